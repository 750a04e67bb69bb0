//! Where a clause begins and ends inside its section.
//!
//! A section is not always the clause: words that introduce a quotation
//! ("Ur stadgarna:") come before it, a report's own stycken, a page's footer,
//! rule or link label, or narrative ("Vi arbetade …", "…, säger ordföranden")
//! come after it. Kept apart from the features, which weigh what a candidate
//! is; this decides how far it reaches, from the same words every time.

use super::wording;
use crate::Span;
use crate::statute::heading::starts_upper;
use crate::statute::inline::{after_page_label, is_capitals};
use crate::statute::sentence::is_list_marker;
use crate::statute::structure::{Section, Stycke};
use crate::statute::vocab::match_key;

/// The end of the first of `stycken` and of the stycken that go on with it:
/// a list it introduces with a colon, list items (marked, or opening with
/// the word of the first item after the colon: "Att …", "Att …"), or a
/// stycke that takes the purpose up ("Föreningen ska i detta syfte …").
pub(super) fn stycke_end(text: &str, stycken: &[Stycke]) -> usize {
    let first_word = |s: &str| s.split_whitespace().next().map(|w| match_key(w, false));
    let mut end = stycken[0].span.end;
    let mut item: Option<String> = None;
    for pair in stycken.windows(2) {
        let before = pair[0].span.slice(text).trim_end();
        let next = pair[1].span.slice(text).trim_start();
        let introduced = before.ends_with([':', ';', ',']);
        let next_word = first_word(next);
        if introduced {
            item.clone_from(&next_word);
        }
        let key = match_key(wording::prefix(next, 120), false);
        let takes_up =
            ["i detta syfte", "i det syftet", "for detta andamal", "for detta syfte"].iter().any(|p| key.contains(p));
        let goes_on = introduced || is_list_marker(next) || takes_up || (item.is_some() && next_word == item);
        if !goes_on {
            break;
        }
        end = pair[1].span.end;
    }
    end
}

/// Where a clause quoted from `start` ends: just after the quote mark that
/// closes it (among `stycken`, the first holding `start`): a mark after a
/// word or stop and before white space or the text's end. A single quote
/// mark closes only after a stop ("… syften.' Verksamheten …"); elsewhere
/// it is an apostrophe.
pub(super) fn quote_end(text: &str, stycken: &[Stycke], start: usize) -> Option<usize> {
    stycken.iter().find_map(|stycke| {
        let from = stycke.span.start.max(start);
        let part = &text[from..stycke.span.end.max(from)];
        part.char_indices().find_map(|(i, c)| {
            let before = part[..i].chars().next_back()?;
            let after = part[i + c.len_utf8()..].chars().next();
            let closes_here = after.is_none_or(|a| a.is_whitespace() || matches!(a, ',' | '.' | ';' | ')'));
            let mark = match c {
                '"' | '”' | '»' => !before.is_whitespace(),
                '\'' | '’' => matches!(before, '.' | '!' | '?'),
                _ => false,
            };
            (mark && closes_here).then_some(from + i + c.len_utf8())
        })
    })
}

/// Words of a förbund's organisation: a sentence with one has left the purpose.
pub(super) const ORGANISATION: &[&str] =
    &["styrelse", "ledamot", "ledamoter", "ersattare", "ordforande", "revisor", "mandat", "ledas av", "sate i"];

/// Where a quotation starts when the section's text opens with words that
/// introduce it from a statute ("Citat ur stadgarna:", "Ur föreningens
/// stadgar:", "Förbundsordningen säger:"): after their colon.
pub(super) fn quotation_after_intro(text: &str, section: &Section, ocr: bool) -> Option<usize> {
    opening_intro(text, section, ocr).or_else(|| quoted_later(text, section, ocr))
}

/// Words that name a statute, as key prefixes ("stadgarna", "förbundsordningen").
const STATUTES: [&str; 4] = ["stadga", "forbundsordning", "bolagsordning", "reglemente"];

/// Later in the section, words that introduce a statute's words on their own
/// line, then a quote mark ("I stiftelsestadgarnas §2 kan man läsa:\n”…"):
/// where the quotation starts.
fn quoted_later(text: &str, section: &Section, ocr: bool) -> Option<usize> {
    let body = section.body.slice(text);
    let statutes = STATUTES.map(|w| match_key(w, ocr));
    body.match_indices(':').find_map(|(colon, _)| {
        let rest = body[colon + 1..].trim_start();
        if !rest.starts_with(OPENING_QUOTES) {
            return None;
        }
        let line = &body[body[..colon].rfind('\n').map_or(0, |n| n + 1)..colon];
        let introduces = !line.contains('.')
            && line.split_whitespace().count() <= 10
            && statutes.iter().any(|s| match_key(line, ocr).contains(s.as_str()));
        (introduces && starts_upper(rest.trim_start_matches(OPENING_QUOTES))).then(|| section.body.end - rest.len())
    })
}

/// Words at the section's start that introduce a statute's words.
fn opening_intro(text: &str, section: &Section, ocr: bool) -> Option<usize> {
    let body = section.body.slice(text);
    let head = wording::prefix(body, 100);
    let line_end = head.find(": ").or_else(|| head.find(":\n")).or_else(|| head.find(":\r"))? + 1;
    // The words since the last blank line: a page title may stand before them.
    let line = &body[body[..line_end].rfind("\n\n").map_or(0, |blank| blank + 2)..line_end];
    let introduces = !line.contains('.') && line.split_whitespace().count() <= 8 && {
        let statutes = STATUTES.map(|w| match_key(w, ocr));
        match_key(line, ocr).split_whitespace().any(|w| statutes.iter().any(|s| w.starts_with(s.as_str())))
    };
    let after = section.body.start + line_end;
    let rest = text[after..section.body.end].trim_start();
    let quotation = rest.trim_start_matches(OPENING_QUOTES);
    // A statute's words, not a page's buttons in capitals ("Stadgar för X
    // Save this PDF as: WORD PNG TXT").
    let shouting = quotation.split_whitespace().next().is_some_and(is_capitals);
    (introduces && starts_upper(quotation) && !shouting).then(|| section.body.end - rest.len())
}

/// Whether a quote mark stands right before `at` (on its line).
pub(super) fn opens_quote(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches([' ', '\t']).ends_with(['"', '”', '“', '„', '»'])
}

/// A clause that opened after a quote mark ends before the closing one.
pub(super) fn without_closing_quote(text: &str, start: usize, end: usize) -> usize {
    const QUOTES: [char; 6] = ['"', '”', '“', '»', '\'', '’'];
    let opened = text[..start].trim_end().ends_with(QUOTES);
    let clause = &text[start..end];
    if opened { start + clause.trim_end().trim_end_matches(QUOTES).trim_end().len() } else { end }
}

/// Marks that open a quotation (a straight or single one closes it too).
pub(super) const OPENING_QUOTES: [char; 7] = ['"', '”', '“', '„', '»', '\'', '’'];

/// A clause quoted in a report starts after its opening quote mark.
pub(super) fn skip_opening_quote(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let trimmed = rest.trim_start_matches(OPENING_QUOTES);
    if trimmed.len() == rest.len() { start } else { start + (rest.len() - trimmed.len()) }
}

/// Where a clause that starts at stycke `first` ends: before the first later
/// stycke that talks *about* the statute (a report quoting the clause goes on
/// with "Styrelsen kunde genom den utökade ändamålsparagrafen …").
pub(super) fn clause_end(text: &str, section: &Section, first: usize, ocr: bool) -> usize {
    let mut end = section.body.end;
    let later = section.stycken.get(first + 1..).unwrap_or_default();
    // One look over all later stycken at once: usually none hints at a marker.
    if let (false, Some(a), Some(b)) = (ocr, later.first(), later.last()) {
        if !hints_marker(Span::new(a.span.start, b.span.end).slice(text)) {
            return end;
        }
    }
    for (i, stycke) in section.stycken.iter().enumerate().skip(first + 1) {
        if about_the_statute(stycke.span.slice(text), ocr) {
            end = section.stycken[i - 1].span.end;
            break;
        }
    }
    end
}

/// Where an unheaded clause that ends without a stop runs into a title in
/// capitals (a web page's tagline before its news: "… och välbefinnande" /
/// "BEVILJADE UNDERSTÖD" / "16.11.2021 …", on lines of their own or run
/// together): just after its last word, before two or more words in
/// capitals (one of four letters or more) that follow a word in lower case
/// and that no word in lower case goes on from ("inom FINSAM KALMAR LÄN
/// samordna …" is a name inside the sentence).
pub(super) fn before_shouted_title(text: &str, start: usize, end: usize) -> usize {
    let shouted = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_uppercase);
    let (mut cut, mut run, mut long) = (None, 0, false);
    for w in text[start..end].split_whitespace() {
        if shouted(w) {
            run += 1;
            long |= w.chars().count() >= 4;
            continue;
        }
        if run >= 2 && long && !w.starts_with(char::is_lowercase) {
            if let Some(at) = cut {
                return at;
            }
        }
        run = 0;
        long = false;
        cut = w.ends_with(char::is_lowercase).then(|| w.as_ptr() as usize - text.as_ptr() as usize + w.len());
    }
    match cut {
        Some(at) if run >= 2 && long => at,
        _ => end,
    }
}

/// A page's chrome run into the clause (a transcript that lost its lines):
/// a footer that ends its last sentence ("… i bolaget. 2 Antagen vid X AB:s
/// bolagsstämma Sida 2 av 5"), or a horizontal rule ("… hembygdsförbund.
/// Stadgar för X - hela dokumentet ------"). The clause ends before it.
pub(super) fn before_page_chrome(text: &str, sentences: &[Span], start: usize, end: usize, ocr: bool) -> usize {
    let inside = &sentences[sentences.partition_point(|s| s.end <= start)..sentences.partition_point(|s| s.end <= end)];
    if let Some(at) = inside.iter().skip(1).position(|s| s.slice(text).contains("-----")) {
        return inside[at].end;
    }
    let [.., before, last] = inside else {
        return end;
    };
    let raw = last.slice(text).trim();
    let label = after_page_label(raw)
        && raw
            .split_whitespace()
            .nth_back(3)
            .is_some_and(|w| w.eq_ignore_ascii_case("sida") || w.eq_ignore_ascii_case("page"));
    // A link's label, which ends with no stop: "Länk till stadgar antagna 2012".
    // Under the OCR fold, as its letters may be misread ("Lank till").
    let key = match_key(wording::prefix(raw, 40), ocr);
    let link = ["lank till ", "las mer", "klicka har"].iter().any(|l| key.starts_with(match_key(l, ocr).as_str()))
        && !raw.ends_with(['.', '!', '?']);
    if label || link { before.end } else { end }
}

/// Whether `raw` talks *about* a statute or tells of the förbund (a
/// report's "ändamålsparagrafen", news' "säger ordföranden", a page's
/// "finns att läsa här"): words a clause itself never uses.
pub(super) fn about_the_statute(raw: &str, ocr: bool) -> bool {
    // Only text with a hint of a marker pays for the full key.
    if !ocr && !hints_marker(raw) {
        return false;
    }
    // Discussion words match as word prefixes, narrative phrases as whole words.
    let key = format!(" {} ", match_key(raw, ocr));
    // "Vi ska …" states a mandate in the first person, as an about page
    // lists its tasks ("Vi ska, enligt lagen om samverkansorgan • …").
    let narrative = |m: &str| {
        let phrase = format!(" {} ", match_key(m, ocr));
        key.match_indices(&phrase).any(|(at, _)| {
            let after = &key[at + phrase.len()..];
            !(after.starts_with("ska") || after.starts_with("skall"))
        })
    };
    ABOUT_STATUTES.iter().any(|m| key.contains(&format!(" {}", match_key(m, ocr))))
        || NARRATIVE.iter().any(|m| narrative(m))
}

/// Whether a sentence points away from the clause to the page or the
/// news around it ("Förbundsordningen i sin helhet finns att läsa här.",
/// "…, säger ordföranden."): inside a stycke only these few; a clause may
/// well say "vi" or "rapportera".
pub(super) fn points_away(raw: &str, ocr: bool) -> bool {
    (ocr || hints_marker(raw)) && {
        let key = format!(" {} ", match_key(raw, ocr));
        POINTERS.iter().any(|m| key.contains(&format!(" {} ", match_key(m, ocr))))
    }
}

/// Phrases of a page or a news item about a statute, never of the statute.
pub(super) const POINTERS: &[&str] = &["finns att lasa", "las mer", "sager", "andamalsparagrafen"];

/// Whether `raw` holds a [`MARKER_HINTS`] fragment, ASCII case ignored.
pub(super) fn hints_marker(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    MARKER_HINTS.iter().any(|h| lower.contains(h))
}

/// ASCII fragments of every marker, matched case-insensitively on the raw
/// text before the (costlier) key is built.
pub(super) const MARKER_HINTS: &[&str] = &[
    "finns att l",
    "s mer",
    "paragraf",
    "motion",
    "rapport",
    "utredning",
    "utl",
    "vi ",
    "styrelsen kunde",
    "styrelsen har",
    "arbetsgrupp",
    "diskuter",
    "säger",
];

/// Words of reports about a statute; statutes themselves say "denna
/// förbundsordning" and "beslutar", so those do not count here.
pub(super) const ABOUT_STATUTES: &[&str] = &["andamalsparagraf", "motion", "rapport", "utredning", "tjansteutlatande"];

/// Openings of narrative about a förbund, never found in its statute.
pub(super) const NARRATIVE: &[&str] = &[
    "vi",
    "styrelsen kunde",
    "styrelsen har",
    "arbetsgruppen",
    "har diskuterats",
    "motionen",
    "finns att lasa",
    "las mer",
    // Reported speech in news ("…, säger ordföranden."): statutes never say it.
    "sager",
];
