//! What stands before a number or a title inside a line decides whether it
//! starts a section: a finished sentence, a page number or label, a range or
//! a title that lost its line let one start; a reference word ("kap.",
//! "enligt", "den") or a number ending in a digit makes it a reference.
//!
//! Why apart from the shapes in [`super`]: every shape asks the same few
//! questions of the words before it, and they are tuned together.

use super::is_capitals;
use crate::statute::heading::starts_upper;
use crate::statute::vocab::{is_section_title, match_key};

/// Whether the word before `at` is in capitals ("… BOSTADSRÄTTSFÖRENINGEN
/// EXEMPLET Firma och ändamål § 1"): a document's title, done.
pub(super) fn after_capitals(line: &str, at: usize) -> bool {
    line[..at].split_whitespace().next_back().is_some_and(is_capitals)
}

/// After a word of letters that refers to nothing ("enligt", "i", "kap."
/// make a number a reference) and is no title standing before its number
/// ("Ändamål § 1 Föreningens …", read as one heading elsewhere).
pub(super) fn after_plain_word(before: &str, ocr: bool) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().all(char::is_alphabetic) && !is_reference_word(w) && !is_section_title(w, ocr))
}

/// After a capitalised word that is no sentence's first: the end of a title.
pub(super) fn after_title_word(line: &str, at: usize) -> bool {
    let mut back = line[..at].split_whitespace().rev();
    let (Some(prev), Some(before)) = (back.next(), back.next()) else {
        return false;
    };
    starts_upper(prev) && prev.chars().all(char::is_alphabetic) && !before.ends_with(['.', '!', '?', ':'])
}

/// A page's number as a transcript runs it into the text: one to three digits.
pub(super) fn short_number(w: &str) -> bool {
    !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
}

/// After a page label run into the text ("Sida 2 av 5 5 Fullmäktiges yttranderätt").
pub(crate) fn after_page_label(before: &str) -> bool {
    let mut last = before.trim_end().rsplit(char::is_whitespace);
    matches!((last.next(), last.next(), last.next()), (Some(total), Some("av" | "of" | "/"), Some(page)) if short_number(total) && short_number(page))
}

/// Words before a number that make it a reference, not a heading ("3 kap. 4 §", "den 4 juni").
pub(super) fn allowed_before(before: &str) -> bool {
    let trimmed = before.trim();
    // A page number at the start of a transcript line: "2 1 Ändamål och medlemmar".
    if short_number(trimmed) {
        return true;
    }
    if after_page_label(trimmed) {
        return true;
    }
    // A page number, or a page's last and the next page's first, between a
    // finished sentence (or a page label) and the section number: "…
    // förvärvsarbeta. 1(5) 2 5 Styrelsen", "… tid. 3 4 1 Förbundets ändamål".
    let finished = |w: &str| w.ends_with(['.', ')', ':', '!', '?']) && !w.ends_with("kap.");
    let back: Vec<&str> = trimmed.rsplit(char::is_whitespace).take(3).collect();
    if let [page, before_page, rest @ ..] = back.as_slice() {
        if short_number(page)
            && (finished(before_page) || (short_number(before_page) && rest.first().is_some_and(|w| finished(w))))
        {
            return true;
        }
    }
    let prev = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    // A range closes its reference ("Församlingens stadgar § 1-8 § 1 Verksamhet …").
    if let Some((from, to)) = prev.split_once(['-', '–']) {
        if short_number(from) && short_number(to) {
            return true;
        }
    }
    // A table of contents' last entry number run into the first section
    // ("… Upplösning av förbundet 1:20 1:1 Ändamål Svenska …"): a chapter
    // and section pair is no reference's number, which a word would precede.
    let pair = |w: &str| w.split_once(':').is_some_and(|(c, s)| short_number(c) && short_number(s));
    let (before_prev, word) = word_before(before, prev);
    if pair(prev) && !is_reference_word(word) && !pair(word) {
        return true;
    }
    // After a finished sentence a number starts something new; not after
    // "kap." or "Mom." ("Mom. 1. Konstnärernas …" numbers a moment).
    let reference = ["kap.", "Mom.", "mom."].iter().any(|r| prev.ends_with(r));
    if prev.ends_with(['.', '!', '?', ':']) && !reference && prev.chars().count() > 2 {
        return true;
    }
    // A page number run into the text before the section number, where a
    // line start showed it ("… Ikraftträdande 2 1 Ändamål och medlemmar"),
    // unless a reference word stands before it ("3 kap. 2 1 …" is no page).
    let page_number = short_number(prev);
    if page_number {
        let before = before_prev;
        // A page's last number and the next page's first, in order, after
        // a word that is no reference ("… Stadgar2016 1 2 1.Ändamål").
        let page_turn = short_number(word) && word.parse::<u32>().ok().map(|n| n + 1) == prev.parse::<u32>().ok() && {
            let earlier = before[..before.len() - word.len()].trim_end();
            earlier
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.chars().any(char::is_alphabetic) && !is_reference_word(w) && !w.ends_with(','))
        };
        return page_turn || (!word.is_empty() && word.chars().all(char::is_alphabetic) && !is_reference_word(word));
    }
    !(prev.ends_with(|c: char| c.is_ascii_digit()) || is_reference_word(prev))
}

/// The text before `prev` (the last word of `before`), and the last word of that text.
fn word_before<'a>(before: &'a str, prev: &str) -> (&'a str, &'a str) {
    let trimmed = before.trim_end();
    let rest = trimmed[..trimmed.len() - prev.len()].trim_end();
    (rest, rest.rsplit(char::is_whitespace).next().unwrap_or(""))
}

/// Words before a number that make it a reference ("kap. 4", "punkt 2", "den 4 juni").
pub(super) fn is_reference_word(word: &str) -> bool {
    matches!(
        match_key(word, false).trim_end_matches(['.', ',']),
        "kap"
            | "mom"
            | "moment"
            | "§"
            | "lagen"
            | "den"
            | "punkt"
            | "p"
            | "bilaga"
            | "bilagan"
            | "och"
            | "till"
            | "av"
            | "enligt"
            | "i"
            | "se"
            | "samt"
            | "med"
            | "om"
    )
}

/// Whether `line[..at]`, trimmed, ends with "." or ":"; checked at every word
/// of a long line, so plain ASCII is decided from the bytes.
pub(super) fn ends_with_stop(line: &str, at: usize) -> bool {
    let bytes = &line.as_bytes()[..at];
    let mut end = at;
    while end > 0 && matches!(bytes[end - 1], b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
        end -= 1;
    }
    match bytes[..end].last() {
        Some(&b) if b.is_ascii() => matches!(b, b'.' | b':'),
        Some(_) => line[..at].trim_end().ends_with(['.', ':']),
        None => false,
    }
}
