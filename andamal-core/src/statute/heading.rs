//! Recognising section headings in the many shapes pasted statutes give them.
//!
//! "4 § Förbundets ändamål", "§ 4 Ändamål", "4§", "4. Ändamål", "Ändamål 4"
//! (PDF reading order), "Ändamål" alone, "l §" for 1 in OCR text, and the
//! markup of Markdown, Typst and LaTeX. This module only reads one line;
//! headings run together with the text inside a long line are
//! [`crate::statute::inline`]'s, and deciding which candidates are real
//! sections, with the lines around them as context, is
//! [`crate::statute::structure`]'s job.
//!
//! ```
//! use andamal_core::statute::heading::{parse_line, Strength};
//! let h = parse_line("4 § Förbundets ändamål", false).unwrap();
//! assert_eq!(h.number.as_deref(), Some("4"));
//! assert_eq!(h.title.map(|t| &"4 § Förbundets ändamål"[t.0..t.1]), Some("Förbundets ändamål"));
//! assert_eq!(h.strength, Strength::Paragraph);
//! assert!(parse_line("Förbundets ändamål är att svara för finansiell samordning.", false).is_none());
//! ```

use crate::statute::inline::run_together_title;
use crate::statute::vocab::{is_section_title, match_key};

/// How sure a line is a heading, before context is considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// A bare title or numbered title not known as a section word: needs context.
    Weak,
    /// A title known from förbundsordningar ("Ändamål", "Medlemmar").
    Vocabulary,
    /// Carries a § sign.
    Paragraph,
}

/// A heading found in a line. Offsets are byte offsets into the line given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineHeading {
    /// Where the heading starts in the line (after Markdown decoration).
    pub start: usize,
    /// The section number as written ("4", "4a"), OCR "l" read as "1".
    pub number: Option<String>,
    /// The title's byte range in the line.
    pub title: Option<(usize, usize)>,
    /// Where the heading ends in the line (the title's or the number's end).
    pub end: usize,
    /// Where body text starts on the same line, for run-together headings.
    pub text_start: Option<usize>,
    pub strength: Strength,
}

/// Parses a whole (trimmed) line as a heading.
#[must_use]
pub fn parse_line(line: &str, ocr: bool) -> Option<LineHeading> {
    let start = markup_prefix(line);
    let core_end = markup_suffix(line);
    if start >= core_end {
        return None;
    }
    let body = &line[start..core_end];
    if let Some((number, after, strength)) = leading_number(body) {
        let mut rest_start = start + skip_ws(body, after);
        // A dash between number and title: "§ 2 – Ändamål", "2 § - Syfte".
        if let Some(dash) = ["– ", "— ", "- "].iter().find(|d| line[rest_start..].starts_with(**d)) {
            rest_start = skip_ws(line, rest_start + dash.len());
        }
        let rest = &line[rest_start..core_end];
        return heading_after_number(number, rest_start, rest, strength, ocr).map(|h| LineHeading { start, ..h });
    }
    // A known title run in before its text ("Ändamål: Föreningen har …"), or
    // glued to it, as a page that lost the markup between them shows it
    // ("SäteFöreningen har sitt säte …").
    let known = |&(title_len, _): &(usize, usize)| is_section_title(&body[..title_len], ocr);
    let run_in = run_in_title(body).filter(known).or_else(|| glued_title(body).map(|len| (len, len)).filter(known));
    if let Some((title_len, text_at)) = run_in {
        return Some(LineHeading {
            start,
            number: None,
            title: Some((start, start + title_len)),
            end: start + title_len,
            text_start: Some(start + text_at),
            strength: Strength::Vocabulary,
        });
    }
    // Title first: "Ändamål 4", "Ändamål 4 §", "Ändamål" alone.
    let (title_end, number) = trailing_number(body);
    let title = body[..title_end].trim_end();
    // A short title may end in a colon, as on web pages ("Ändamål:").
    let title = match title.strip_suffix(':') {
        Some(t) if title_end == body.len() && word_count(t) <= 3 => t.trim_end(),
        _ => title,
    };
    if !is_title_like(title) || title.ends_with(['.', '!', '?', ':', ';', ',']) {
        return None;
    }
    let strength = if is_section_title(title, ocr) { Strength::Vocabulary } else { Strength::Weak };
    Some(LineHeading {
        start,
        number,
        title: Some((start, start + title.len())),
        end: core_end,
        text_start: None,
        strength: if body.contains('§') { Strength::Paragraph } else { strength },
    })
}

fn heading_after_number(
    number: String,
    rest_start: usize,
    rest: &str,
    strength: Strength,
    ocr: bool,
) -> Option<LineHeading> {
    if rest.trim().is_empty() {
        // "4 §" alone; a bare "4" or "4." is a page number or list marker.
        return (strength == Strength::Paragraph).then_some(LineHeading {
            start: 0,
            number: Some(number),
            title: None,
            end: rest_start,
            text_start: None,
            strength,
        });
    }
    if is_title_like(rest) {
        let vocab = is_section_title(rest, ocr);
        if strength == Strength::Paragraph || vocab || word_count(rest) <= 6 {
            return Some(LineHeading {
                start: 0,
                number: Some(number),
                title: Some((rest_start, rest_start + rest.len())),
                end: rest_start + rest.len(),
                text_start: None,
                strength: numbered_strength(strength, vocab),
            });
        }
    }
    // A run-in title: "§ 2 Ändamål: Föreningen har till ändamål att …".
    if let Some((title_len, text_at)) = run_in_title(rest) {
        let vocab = is_section_title(&rest[..title_len], ocr);
        return Some(LineHeading {
            start: 0,
            number: Some(number),
            title: Some((rest_start, rest_start + title_len)),
            end: rest_start + title_len,
            text_start: Some(rest_start + text_at),
            strength: numbered_strength(strength, vocab),
        });
    }
    // A title run together with its text: "4 Förbundets ändamål Förbundets ändamål är att …".
    if let Some(title_len) = run_together_title(rest, ocr) {
        let text_at = rest_start + skip_ws(rest, title_len);
        return Some(LineHeading {
            start: 0,
            number: Some(number),
            title: Some((rest_start, rest_start + title_len)),
            end: rest_start + title_len,
            text_start: Some(text_at),
            strength: strength.max(Strength::Vocabulary),
        });
    }
    // Law style: "4 § Förbundet ska …" has no title; the text follows the number.
    (strength == Strength::Paragraph && starts_upper(rest)).then_some(LineHeading {
        start: 0,
        number: Some(number),
        title: None,
        end: rest_start,
        text_start: Some(rest_start),
        strength,
    })
}

/// A leading section number: "§ 4", "4 §", "4§", "4.", "4", OCR "l §".
/// Returns the number, the byte offset after it, and whether a § was seen.
pub(crate) fn leading_number(s: &str) -> Option<(String, usize, Strength)> {
    let mut i = 0;
    let mut para = false;
    if s.starts_with('§') {
        para = true;
        i = skip_ws(s, '§'.len_utf8());
    } else if s.starts_with("$ ") && s[2..].starts_with(|c: char| c.is_ascii_digit()) {
        // OCR reads "§" as "$".
        para = true;
        i = 2;
    }
    let digits_start = i;
    let b = s.as_bytes();
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut number = s[digits_start..i].to_owned();
    if number.is_empty() {
        // OCR: "l §" or "I §" for 1.
        if matches!(b.get(i), Some(b'l' | b'I')) {
            let after = skip_ws(s, i + 1);
            if s[after..].starts_with('§') {
                number = "1".to_owned();
                i += 1;
            }
        }
        if number.is_empty() {
            return None;
        }
    }
    if number.len() > 2 || number.starts_with('0') {
        return None;
    }
    // Chapter and section, "1:1 Ändamål" (idrottsförbund's stadgar), but not
    // "2003:1210".
    if s[i..].starts_with(':') && number.len() <= 2 {
        let sub = s[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&sub) && s[i + 1 + sub..].starts_with(' ') {
            number = format!("{number}:{}", &s[i + 1..i + 1 + sub]);
            return Some((number, i + 1 + sub, Strength::Weak));
        }
    }
    // Report-style "2.0 Bakgrund", "3.1 Framväxten": weak, needs a title;
    // "§ 1.2 Syfte" is a paragraph.
    if s[i..].starts_with('.') {
        let sub = s[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&sub) && s[i + 1 + sub..].starts_with(char::is_whitespace) {
            number = format!("{number}.{}", &s[i + 1..i + 1 + sub]);
            return Some((number, i + 1 + sub, if para { Strength::Paragraph } else { Strength::Weak }));
        }
        if (1..=2).contains(&sub) && latex_separator(&s[i + 1 + sub..]) > 0 {
            number = format!("{number}.{}", &s[i + 1..i + 1 + sub]);
            return Some((number, i + 1 + sub + 2, Strength::Vocabulary));
        }
    }
    // "4 a Organisation" (PDF spacing of "4a")
    if !para && b.get(i) == Some(&b' ') && matches!(b.get(i + 1), Some(b'a'..=b'c')) && b.get(i + 2) == Some(&b' ') {
        let title_at = i + 3;
        if s[title_at..].starts_with(char::is_uppercase) {
            number.push(char::from(b[i + 1]));
            return Some((number, title_at, Strength::Weak));
        }
    }
    // "4a §"
    if let Some(&c) = b.get(i) {
        if (b'a'..=b'c').contains(&c) && s[i + 1..].trim_start().starts_with('§') {
            number.push(char::from(c));
            i += 1;
        }
    }
    let after_ws = skip_ws(s, i);
    if !para && s[after_ws..].starts_with('§') {
        para = true;
        i = after_ws + '§'.len_utf8();
    } else if s[i..].starts_with('.') || s[i..].starts_with(':') || s[i..].starts_with(')') {
        // "4. Ändamål", and "1.Ändamål" as PDF transcripts lose the space,
        // but not "3.1 Text" or "2003:1210".
        let next = s[i + 1..].chars().next();
        let run_together = s[i..].starts_with('.') && next.is_some_and(char::is_uppercase);
        if next.is_some_and(|c| !c.is_whitespace()) && !run_together {
            return None;
        }
        i += 1;
    } else if i < s.len() && !s[i..].starts_with(char::is_whitespace) {
        return None;
    }
    if para {
        // "§ 4." / "4 §."
        if s[i..].starts_with(['.', ':']) {
            i += 1;
        }
    }
    Some((number, i, if para { Strength::Paragraph } else { Strength::Weak }))
}

/// "Ändamål 4", "Ändamål 4 §", "Ändamål § 4": the title's end and the number.
fn trailing_number(body: &str) -> (usize, Option<String>) {
    let trimmed = body.trim_end();
    let without_para = trimmed.strip_suffix('§').map_or(trimmed, str::trim_end);
    let digits = without_para.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return (trimmed.len(), None);
    }
    let before = without_para[..without_para.len() - digits].trim_end();
    let before = before.strip_suffix('§').map_or(before, str::trim_end);
    if before.is_empty() || before.len() == without_para.len() - digits {
        return (trimmed.len(), None);
    }
    (before.len(), Some(without_para[without_para.len() - digits..].to_owned()))
}

/// A numbered title's strength: a § decides; otherwise a known title word.
fn numbered_strength(number: Strength, vocab: bool) -> Strength {
    if number == Strength::Paragraph {
        number
    } else if vocab {
        Strength::Vocabulary
    } else {
        Strength::Weak
    }
}

/// A short title set off from the text that follows on its line by a colon,
/// a dash or a full stop ("Ändamål: Föreningen …", "Ändamål – Föreningen …",
/// "Ändamål. Föreningen …") or set in bold ("**Ändamål** Föreningen …"), as
/// web pages and Word documents write run-in headings. Returns the title's length and where the text starts.
fn run_in_title(s: &str) -> Option<(usize, usize)> {
    let window = &s[..char_floor(s, 80)];
    let (title_len, sep_len) = [": ", " – ", " — ", " - ", ". ", "** ", ":** ", "__ "]
        .iter()
        .filter_map(|sep| window.find(sep).map(|at| (at, sep.len())))
        .min()?;
    let title = &s[..title_len];
    let text_at = skip_ws(s, title_len + sep_len);
    let words = word_count(title);
    let ok = words <= if sep_len == 2 && s[title_len..].starts_with('.') { 4 } else { 6 }
        && is_title_like(title)
        && !title.ends_with(['.', ':', ',', ';'])
        && s[text_at..].starts_with(char::is_uppercase)
        // The text is a sentence, not more title ("Namn – Säte – Ändamål").
        && !is_title_like(s[text_at..].split(['.', ':']).next().unwrap_or(""));
    ok.then_some((title_len, text_at))
}

/// Where a capitalised first word turns into another ("SäteFöreningen",
/// "MedlemskapMedlemskap/…"): the length of the first, when the second
/// opens a sentence. Read at a line's start and, in one-line text, after a
/// finished sentence.
pub(crate) fn glued_title(s: &str) -> Option<usize> {
    // Offsets are the word's, so it must open `s`.
    let word = s.split(char::is_whitespace).next().filter(|w| !w.is_empty())?;
    let mut chars = word.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut prev = first;
    while let Some((at, c)) = chars.next() {
        if prev.is_lowercase() && c.is_uppercase() {
            // Lower case next, or a digit OCR read for a letter ("F6reningen").
            let opens_sentence = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric() && !n.is_uppercase());
            return (at >= 3 && opens_sentence).then_some(at);
        }
        if !c.is_alphabetic() {
            return None;
        }
        prev = c;
    }
    None
}

/// Short, capitalised, no sentence punctuation, no finite verb typical of
/// body text.
fn is_title_like(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || !starts_upper(s) || s.chars().count() > 80 {
        return false;
    }
    let words = word_count(s);
    if words > 8 {
        return false;
    }
    if s.ends_with([',', ';']) || (s.ends_with(['.', ':', '!', '?']) && words > 3) {
        return false;
    }
    let key = match_key(s, false);
    // A line that a hard wrap cut mid-sentence ends in a little word
    // ("… bedrivs av ett för"); a title of some length does not.
    let cut_mid_sentence = words > 3
        && key.split_whitespace().last().is_some_and(|w| {
            matches!(
                w,
                "av" | "for"
                    | "och"
                    | "att"
                    | "i"
                    | "med"
                    | "till"
                    | "om"
                    | "som"
                    | "en"
                    | "ett"
                    | "den"
                    | "det"
                    | "pa"
            )
        });
    // A sentence's verb, with or without a comma after it ("Vi ska, enligt lagen").
    !cut_mid_sentence
        && !key
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "ar" | "ska" | "skall" | "har" | "kan" | "far" | "galler" | "utgor" | "bestar"))
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

pub(crate) fn starts_upper(s: &str) -> bool {
    s.trim_start().trim_start_matches(['`', '*', '_']).chars().next().is_some_and(char::is_uppercase)
}

/// The largest char boundary of `s` at or before `at`.
pub(crate) fn char_floor(s: &str, at: usize) -> usize {
    let mut end = at.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

pub(crate) fn skip_ws(s: &str, from: usize) -> usize {
    let from = from.min(s.len());
    from + (s[from..].len() - s[from..].trim_start().len())
}

/// The level a heading's markup gives it, deeper the larger: Markdown's
/// "#" count, Typst's "=" count or `#heading(level: n)`, LaTeX's
/// `\part` … `\subparagraph`. `None` for a heading without such markup
/// (numbers say nothing of depth: "2 §" and "2.1" may both be sections).
#[must_use]
pub fn markup_level(heading: &str) -> Option<u8> {
    let s = heading.trim_start();
    for mark in [b'#', b'='] {
        let n = s.bytes().take_while(|&b| b == mark).count();
        if (1..=6).contains(&n) && s.as_bytes().get(n) == Some(&b' ') {
            return u8::try_from(n).ok();
        }
    }
    if let Some(args) = s.strip_prefix("#heading") {
        let level = args.strip_prefix("(level:").and_then(|a| a.trim_start().bytes().next());
        return Some(level.filter(u8::is_ascii_digit).map_or(1, |d| d - b'0'));
    }
    let command = s.strip_prefix('\\')?;
    let name = &command[..command.bytes().take_while(u8::is_ascii_alphabetic).count()];
    let level = ["part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"]
        .iter()
        .position(|c| *c == name)?;
    let after = command[name.len()..].strip_prefix('*').unwrap_or(&command[name.len()..]);
    after.starts_with('{').then(|| u8::try_from(level).ok()).flatten()
}

/// Decoration before a heading: Markdown ("### ", "**", "`"), Typst ("= "),
/// a bullet ("• "), an opening quote mark, or a LaTeX command ("\\section{",
/// "\\paragraf{").
fn markup_prefix(line: &str) -> usize {
    // An opening quote mark too: a quoted section ("”§ 3 Ändamål").
    let mut at = line.len()
        - line.trim_start_matches(['#', '*', '_', '`', '=', '•', ' ', '\t', '\u{a0}', '"', '”', '“', '„', '»']).len();
    let rest = &line[at..];
    // Typst's function form: "#heading[Ändamål]", "#heading(level: 2)[Syfte]".
    if let Some(args) = rest.strip_prefix("heading") {
        let args = args.strip_prefix('(').and_then(|a| a.find(')').map(|close| &a[close + 1..])).unwrap_or(args);
        if let Some(title) = args.strip_prefix('[') {
            return line.len() - title.len();
        }
    }
    if let Some(command) = rest.strip_prefix('\\') {
        let name = command.bytes().take_while(u8::is_ascii_alphabetic).count();
        let after = &command[name..];
        let after = after.strip_prefix('*').unwrap_or(after);
        if name > 0 && after.starts_with('{') {
            at += 1 + (command.len() - after.len()) + 1;
        }
    }
    at
}

fn markup_suffix(line: &str) -> usize {
    let end = line.trim_end_matches(['*', '_', '`', '}', ']', ' ', '\t', '\u{a0}']).len();
    // A Typst label after the heading: "= Ändamål <andamal>".
    let core = &line[..end];
    match core.rfind(" <") {
        Some(at) if is_label(&core[at + 1..]) => {
            line[..at].trim_end_matches(['*', '_', '`', '}', ']', ' ', '\t', '\u{a0}']).len()
        }
        _ => end,
    }
}

/// A Typst label, "<andamal>", "<sec:syfte>", "<ändamål>" (Typst names may
/// hold any letters): a name to refer to, not text.
#[must_use]
pub fn is_label(s: &str) -> bool {
    s.strip_prefix('<').and_then(|s| s.strip_suffix('>')).is_some_and(|name| {
        !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
    })
}

/// A line of markup that is no text: a Typst label ("<andamal>"), a comment
/// ("// …", "% …"), Typst code ("#v(1em)", "#pagebreak()", "#set par(…)")
/// or a LaTeX command that only lays out ("\\label{…}", "\\vspace{1em}",
/// "\\begin{itemize}"). Source files of statutes put such lines between a
/// heading and its text; a reader of the printed page never sees them.
#[must_use]
pub fn is_markup_line(line: &str) -> bool {
    let s = line.trim();
    if is_label(s) || s.starts_with("//") || s.starts_with('%') {
        return true;
    }
    if let Some(code) = s.strip_prefix('#') {
        // Code, not content: no "[…]" block that could hold words, and no
        // sentences (a whole Typst file joined into one line starts with code).
        return code.starts_with(|c: char| c.is_ascii_alphabetic()) && !code.contains('[') && !code.contains(". ");
    }
    const LAYOUT: [&str; 16] = [
        "label",
        "vspace",
        "hspace",
        "newpage",
        "clearpage",
        "pagebreak",
        "noindent",
        "medskip",
        "bigskip",
        "smallskip",
        "begin",
        "end",
        "centering",
        "par",
        "hline",
        "index",
    ];
    let mut rest = s;
    while let Some(command) = rest.strip_prefix('\\') {
        let name = command.bytes().take_while(u8::is_ascii_alphabetic).count();
        if !LAYOUT.contains(&&command[..name]) {
            return false;
        }
        rest = command[name..].trim_start_matches('*');
        while let Some(close) = match rest.as_bytes().first() {
            Some(b'{') => rest.find('}'),
            Some(b'[') => rest.find(']'),
            _ => None,
        } {
            rest = &rest[close + 1..];
        }
        rest = rest.trim_start();
    }
    rest.is_empty() && s.starts_with('\\')
}

/// LaTeX's "}{" between a macro's number and its title ("\\paragraf{1.2}{Ändamål}")
/// separates like white space.
fn latex_separator(s: &str) -> usize {
    if s.starts_with("}{") { 2 } else { 0 }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_with_a_sentence_s_verb_is_no_title() {
        assert!(super::parse_line("Vi ska, enligt lagen om samverkansorgan", false).is_none());
        assert!(super::parse_line("Vårt uppdrag", false).is_some());
    }

    #[test]
    fn markup_gives_a_heading_its_depth() {
        use super::markup_level as level;
        assert_eq!(level("## Ändamål"), Some(2));
        assert_eq!(level("=== Syfte <syfte>"), Some(3));
        assert_eq!(level("#heading(level: 2)[Syfte]"), Some(2));
        assert_eq!(level("#heading[Ändamål]"), Some(1));
        assert!(level("\\section{Ändamål}") < level("\\subsection*{Syfte}"));
        assert_eq!(level("\\paragraf{Ändamål}"), None);
        assert_eq!(level("4 § Ändamål"), None);
        assert_eq!(level("#Ändamål"), None);
    }

    use super::*;

    fn parts(line: &str) -> Option<(Option<String>, Option<String>, Strength)> {
        parse_line(line, false).map(|h| (h.number, h.title.map(|(s, e)| line[s..e].to_owned()), h.strength))
    }

    #[test]
    fn heading_shapes() {
        let cases = [
            ("4 § Förbundets ändamål", Some("4"), Some("Förbundets ändamål"), Strength::Paragraph),
            ("§ 4 Förbundets ändamål", Some("4"), Some("Förbundets ändamål"), Strength::Paragraph),
            ("4§ Förbundets ändamål", Some("4"), Some("Förbundets ändamål"), Strength::Paragraph),
            ("4\u{a0}§ Ändamål", Some("4"), Some("Ändamål"), Strength::Paragraph),
            ("§ 4. Ändamål", Some("4"), Some("Ändamål"), Strength::Paragraph),
            ("4. Ändamål", Some("4"), Some("Ändamål"), Strength::Vocabulary),
            ("Ändamål", None, Some("Ändamål"), Strength::Vocabulary),
            ("Ändamål 4", Some("4"), Some("Ändamål"), Strength::Vocabulary),
            ("Ändamål 4 §", Some("4"), Some("Ändamål"), Strength::Paragraph),
            ("Förbundets ändamål och uppgifter", None, Some("Förbundets ändamål och uppgifter"), Strength::Vocabulary),
            ("l § Namn", Some("1"), Some("Namn"), Strength::Paragraph),
            ("### 3. Syfte", Some("3"), Some("Syfte"), Strength::Vocabulary),
            ("4 §", Some("4"), None, Strength::Paragraph),
            ("Ändamål:", None, Some("Ändamål"), Strength::Vocabulary),
            ("§ 2 – Ändamål", Some("2"), Some("Ändamål"), Strength::Paragraph),
            ("2. - Syfte", Some("2"), Some("Syfte"), Strength::Vocabulary),
            ("Föreningens ändamål:", None, Some("Föreningens ändamål"), Strength::Vocabulary),
            ("Forbundets dndamal", None, Some("Forbundets dndamal"), Strength::Weak),
        ];
        for (line, num, title, strength) in cases {
            assert_eq!(parts(line), Some((num.map(str::to_owned), title.map(str::to_owned), strength)), "{line}");
        }
        assert_eq!(parse_line("Forbundets dndamal", true).unwrap().strength, Strength::Vocabulary);
    }

    #[test]
    fn run_in_titles() {
        let cases = [
            ("§ 2 Ändamål: Föreningen har till ändamål att", Some("2"), "Ändamål", Strength::Paragraph),
            ("2. Ändamål – Föreningen ska verka för", Some("2"), "Ändamål", Strength::Vocabulary),
            ("§ 2. Ändamål. Föreningen ska verka för", Some("2"), "Ändamål", Strength::Paragraph),
            ("Ändamål: Föreningen har till ändamål att", None, "Ändamål", Strength::Vocabulary),
            ("**Ändamål** Föreningen har till ändamål att", None, "Ändamål", Strength::Vocabulary),
            ("3. Namn: Föreningens namn är Vännerna.", Some("3"), "Namn", Strength::Vocabulary),
        ];
        for (line, num, title, strength) in cases {
            let h = parse_line(line, false).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(h.number.as_deref(), num, "{line}");
            assert_eq!(h.title.map(|(s, e)| &line[s..e]), Some(title), "{line}");
            assert!(line[h.text_start.unwrap()..].starts_with("För"), "{line}");
            assert_eq!(h.strength, strength, "{line}");
        }
        // Unknown titles need a number; a sentence is no title; titles in a row are no text.
        for line in ["Obs: Föreningen har till ändamål att", "Föreningen ska: Verka för", "1. Namn – Säte – Ändamål"]
        {
            assert!(parse_line(line, false).is_none_or(|h| h.text_start.is_none()), "{line}");
        }
    }

    #[test]
    fn a_title_glued_to_its_text() {
        let line = "SäteFöreningen har sitt säte i Borlänge.";
        let h = parse_line(line, false).unwrap();
        assert_eq!(h.title.map(|(s, e)| &line[s..e]), Some("Säte"));
        assert_eq!(&line[h.text_start.unwrap()..], "Föreningen har sitt säte i Borlänge.");
        let line = "MedlemskapMedlemskap/familjemedlemskap erhålls genom avgift.";
        assert_eq!(parse_line(line, false).and_then(|h| h.title).map(|(s, e)| &line[s..e]), Some("Medlemskap"));
        // Not a name with capitals inside, nor an unknown word.
        for line in ["McDonald har sitt säte här.", "KalleAnka är en figur."] {
            assert!(parse_line(line, false).is_none_or(|h| h.text_start.is_none()), "{line}");
        }
    }

    #[test]
    fn not_headings() {
        for line in [
            "3.1 Kommunalförbundet ska i förbundsmedlemmarnas ställe fullgöra uppgifter.",
            "Förbundets ändamål är att svara för finansiell samordning.",
            "2003:1210",
            "12345",
            "4",
            "4.",
            "och kommunerna i syfte att underlätta",
            "Föreningen ska verka för:",
            "Till exempel följande verksamheter:",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }

    #[test]
    fn law_style_text_after_number() {
        let h = parse_line("4 § Ett samordningsförbund får bildas.", false).unwrap();
        assert_eq!(h.title, None);
        assert_eq!(h.text_start, Some(5));
    }
}
