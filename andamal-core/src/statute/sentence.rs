//! Sentence boundaries in Swedish statute text.
//!
//! A period ends a sentence only when a new sentence follows: not after
//! abbreviations ("t.ex.", "bl.a.", "3 kap. 1 §", "fr.o.m."), not inside law
//! references ("lagen (2003:1210)"), not in numbers. List items ("1.", "a)",
//! "–", "•") are parts of the sentence they continue, never sentences of
//! their own; an item after a finished sentence starts the next one.
//!
//! ```
//! use andamal_core::{Span, statute::sentence::split};
//! let text = "Förbundet ska bl.a. stödja samverkan enl. 3 kap. 1 §. Det gäller fr.o.m. 2019.";
//! let got: Vec<&str> = split(text, Span::new(0, text.len()), &[]).iter().map(|s| s.slice(text)).collect();
//! assert_eq!(got, ["Förbundet ska bl.a. stödja samverkan enl. 3 kap. 1 §.", "Det gäller fr.o.m. 2019."]);
//! ```

use crate::Span;
use crate::statute::vocab::{ABBREVIATIONS, match_key};
use crate::text::normalize::{is_ignorable, is_line_break};

/// Splits `range` of `text` into sentences, skipping `excluded` spans (page
/// furniture). Each sentence runs from its first to its last visible byte.
#[must_use]
pub fn split(text: &str, range: Span, excluded: &[Span]) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_visible_end = range.start;
    let mut i = range.start.min(text.len());
    let end = range.end.min(text.len());
    let first = excluded.partition_point(|s| s.end <= range.start);
    let mut ex = excluded[first..].iter().copied().take_while(|s| s.start < end).peekable();
    while i < end {
        if let Some(span) = ex.peek().copied() {
            if span.start <= i {
                i = span.end.max(i + 1).min(end);
                ex.next();
                while i < end && !text.is_char_boundary(i) {
                    i += 1;
                }
                continue;
            }
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if is_line_break(c) {
            i += len;
            continue;
        }
        if c.is_whitespace() || is_ignorable(c) {
            i += len;
            continue;
        }
        // A list item ("1.", "a)", "–", "•") at a line start goes on with the
        // sentence it belongs to: items are parts of their sentence, never
        // sentences of their own.
        if start.is_none() {
            start = Some(i);
        }
        last_visible_end = i + len;
        if matches!(c, '.' | '!' | '?' | '…') {
            // Closing quotes and brackets belong to the sentence they end.
            let mut j = i + len;
            while let Some(q) = text[j..end].chars().next() {
                if matches!(q, '"' | '\'' | '”' | '’' | '»' | ')' | ']') {
                    j += q.len_utf8();
                } else {
                    break;
                }
            }
            let s = start.unwrap_or(i);
            if ends_sentence(text, s, i, j, end, excluded) {
                sentences.push(Span::new(s, j));
                start = None;
                last_visible_end = j;
            }
            i = j;
            continue;
        }
        i += len;
        // Fast path: inside a sentence, plain ASCII (letters, digits, spaces,
        // most punctuation) and Latin-1 letters (å, ä, ö) need no
        // per-character decision.
        let bytes = text.as_bytes();
        let stop = ex.peek().map_or(end, |s| s.start.min(end));
        while i < stop {
            let b = bytes[i];
            if b == 0xC3 {
                // U+00C0..=U+00FF: visible, never a break or a sentence mark.
                i += 2;
                last_visible_end = i;
                continue;
            }
            if b >= 0x80 || matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r' | 0x0B | 0x0C) {
                break;
            }
            if !b.is_ascii_whitespace() {
                last_visible_end = i + 1;
            }
            i += 1;
        }
    }
    if let Some(s) = start {
        sentences.push(Span::new(s, last_visible_end));
    }
    sentences.retain(|s| !s.is_empty());
    sentences
}

/// Whether the mark at `mark` (ending at `after`) ends the sentence begun at `start`.
fn ends_sentence(text: &str, start: usize, mark: usize, after: usize, end: usize, excluded: &[Span]) -> bool {
    let c = text[mark..].chars().next().unwrap_or('.');
    // "1." or "a)" opening a sentence is its list mark, not its end.
    if is_list_marker(&format!("{} ", text[start..after].trim())) && text[start..after].trim().len() <= 4 {
        return false;
    }
    // What follows, skipping white space and furniture.
    let mut k = after;
    let mut saw_space = false;
    let mut saw_break = false;
    while k < end {
        let at = excluded.partition_point(|s| s.end <= k);
        if let Some(ex) = excluded.get(at).filter(|s| s.start <= k) {
            k = ex.end;
            saw_space = true;
            saw_break = true;
            continue;
        }
        let Some(n) = text[k..].chars().next() else {
            break;
        };
        if n.is_whitespace() || is_ignorable(n) {
            saw_space = true;
            saw_break |= is_line_break(n);
            k += n.len_utf8();
        } else {
            break;
        }
    }
    if k >= end {
        return true;
    }
    if !saw_space {
        return false;
    }
    let next = text[k..end].chars().next().unwrap_or(' ');
    let next_starts = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '”' | '„' | '“' | '«' | '(' | '–' | '—' | '-' | '•' | '§')
        || (saw_break && is_list_marker(&text[k..end]));
    if !next_starts {
        return false;
    }
    if c != '.' {
        return true;
    }
    // The word before the period.
    let before = &text[start..mark];
    let word = before.rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("");
    let key = match_key(word, false);
    if key.is_empty() {
        return true;
    }
    if matches!(key.as_str(), "m.m" | "osv" | "o.s.v" | "m.fl" | "mfl" | "etc" | "o.d" | "e.d") {
        // These usually close a sentence.
        return next.is_uppercase() || saw_break;
    }
    if key.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&key.as_str()) {
        // "enligt 3 kap. 1 §": an abbreviation followed by a number continues.
        return !next.is_ascii_digit() && next.is_uppercase() && is_strong_break(saw_break, &key);
    }
    // Single letters ("A. Andersson") and list-like "1." inside a line.
    if key.chars().count() == 1 && key.chars().all(char::is_alphabetic) {
        return false;
    }
    if key.chars().all(|ch| ch.is_ascii_digit()) && !saw_break && next.is_ascii_digit() {
        return false;
    }
    true
}

/// The byte length of the longest [`ABBREVIATIONS`] entry: longer words skip the list.
const LONGEST_ABBREVIATION: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

/// After an abbreviation a capital usually starts a name or a law title, not a
/// sentence; only a line break makes it a sentence end, and never after a
/// dotted multi-part abbreviation such as "bl.a.".
fn is_strong_break(saw_break: bool, key: &str) -> bool {
    saw_break && !key.contains('.') && !matches!(key, "kap" | "p" | "enl" | "resp" | "nr" | "s" | "st" | "jfr")
}

/// "1.", "1)", "a)", "–", "-", "•" followed by a space at the start of a line.
#[must_use]
pub fn is_list_marker(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(first, '–' | '—' | '-' | '•' | '*' | '●' | '▪' | '◦' | '\u{F0B7}') {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let marker_len = s.chars().take_while(char::is_ascii_digit).count();
    let rest = if marker_len > 0 && marker_len <= 2 {
        &s[marker_len..]
    } else if first.is_ascii_lowercase() {
        &s[1..]
    } else {
        return false;
    };
    let mut rest = rest.chars();
    match rest.next() {
        Some(')') => rest.next().is_some_and(char::is_whitespace),
        Some('.') => marker_len > 0 && rest.next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()), &[]).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Detta gäller t.ex. Försäkringskassan m.m. Nästa mening."),
            ["Detta gäller t.ex. Försäkringskassan m.m.", "Nästa mening."]
        );
        assert_eq!(sentences("Se s.k. SIP. Klart."), ["Se s.k. SIP.", "Klart."]);
    }

    #[test]
    fn law_references() {
        assert_eq!(
            sentences(
                "enligt lagen (2003:1210) om finansiell samordning. Förbundet ska enligt 3 kap. 1 § kommunallagen verka."
            ),
            [
                "enligt lagen (2003:1210) om finansiell samordning.",
                "Förbundet ska enligt 3 kap. 1 § kommunallagen verka."
            ]
        );
    }

    #[test]
    fn list_items_belong_to_their_sentence() {
        assert_eq!(
            sentences("Förbundet ska:\n1. finansiera insatser\n2. stödja samverkan\na) något\n– sista"),
            ["Förbundet ska:\n1. finansiera insatser\n2. stödja samverkan\na) något\n– sista"]
        );
        assert_eq!(
            sentences("Kommunalförbundet ska vara huvudman för\n• gymnasieskolan,\n• komvux."),
            ["Kommunalförbundet ska vara huvudman för\n• gymnasieskolan,\n• komvux."]
        );
        // Numbered stycken: each item is a sentence, its number with it.
        assert_eq!(
            sentences(
                "1. Förbundet är huvudman. Vidare gäller detta.\n2. Förbundet ska också vara huvudman.\n3. Det kan också ske."
            ),
            [
                "1. Förbundet är huvudman.",
                "Vidare gäller detta.",
                "2. Förbundet ska också vara huvudman.",
                "3. Det kan också ske."
            ]
        );
    }

    #[test]
    fn quotes_and_question_marks() {
        assert_eq!(sentences("Han sa ”ja.” Sedan? Ja!"), ["Han sa ”ja.”", "Sedan?", "Ja!"]);
    }

    #[test]
    fn lowercase_after_period_continues() {
        assert_eq!(sentences("Kl. 10 börjar det. och sedan"), ["Kl. 10 börjar det. och sedan"]);
    }

    #[test]
    fn list_markers() {
        assert!(is_list_marker("1. a"));
        assert!(is_list_marker("a) b"));
        assert!(is_list_marker("– b"));
        assert!(!is_list_marker("1.5 b"));
        assert!(!is_list_marker("och b"));
        assert!(!is_list_marker("-b"));
    }
}
