//! Headings run together with the text inside one long line: PDF
//! transcripts put a whole statute on one line ("… kommun 4 Förbundets
//! ändamål Förbundets ändamål är att …"), and so does pasting a web page
//! that lost its paragraphs.
//!
//! Why a module of its own: inside a line nothing but the words around a
//! number or a title says where a section starts, so every shape has its own
//! small reading (a known title after a number, a bare "3 §" after a finished
//! sentence, a side heading before its number, a title in capitals, any short
//! title that continues the numbering), each with the words that rule it out
//! ("3 kap. 4 §", "den 4 juni", a sentence's verb). Whether a candidate is a
//! real section is decided with the whole document in view, in
//! [`crate::statute::structure`].
//!
//! ```
//! use andamal_core::statute::inline::find_inline;
//! let line = "Förbundet heter X. 4 Förbundets ändamål Förbundet ska stödja samverkan.";
//! let found = find_inline(line, false);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].1.number.as_deref(), Some("4"));
//! ```

use crate::statute::heading::{LineHeading, Strength, char_floor, glued_title, leading_number, skip_ws, starts_upper};
use crate::statute::vocab::{is_section_title, match_key, names_andamal};

mod before;
mod chapters;
mod markup;
mod stacked;
pub(crate) use before::after_page_label;
use before::{after_capitals, after_plain_word, after_title_word, allowed_before, ends_with_stop};
use chapters::{chapter_heading, with_runs};
use markup::{markdown_marks, markup_heading};
use stacked::stacked_title;
pub(crate) use stacked::stacked_titles;

/// Finds headings run together inside a long line: a section number, an
/// optional §, a known section title, then text starting with a capital.
/// Returns `(offset in line, heading)` pairs; offsets of the heading are
/// relative to the line too.
#[must_use]
pub fn find_inline(line: &str, ocr: bool) -> Vec<(usize, LineHeading)> {
    find_inline_after(line, ocr, false)
}

/// [`find_inline`] for a line that opens after a finished sentence (the
/// line before ended with one, a page's furniture between at most): its
/// first words are read as they would be after that sentence's stop.
pub(crate) fn find_inline_after(line: &str, ocr: bool, opens_after_stop: bool) -> Vec<(usize, LineHeading)> {
    let mut found = Vec::new();
    let mut bare: Vec<(usize, LineHeading, bool)> = Vec::new();
    // The next paragraph number of a chapter's run ([`chapter_heading`]).
    let mut chaptered: Option<u32> = None;
    // Where a stacked side heading's number stands, read already ([`stacked_title`]).
    let mut taken: Option<usize> = None;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Headings start after ASCII white space in practice; checking the one
        // byte before is enough and keeps this scan linear and cheap. A run of
        // white space (a line break joined as two spaces) starts none.
        if (i > 0 && !bytes[i - 1].is_ascii_whitespace()) || bytes[i].is_ascii_whitespace() || taken == Some(i) {
            i += 1;
            continue;
        }
        // A heading in markup run into the text: "… Syfte} \\section{Medlemmar}
        // Medlem …", "… spex. ## Syfte Föreningen …".
        if let Some(h) = (i > 0).then(|| markup_heading(line, i, ocr)).flatten() {
            let next = h.text_start.unwrap_or(h.end).max(i + 1);
            found.push((i, h));
            i = next;
            continue;
        }
        // A Markdown heading run into the text: "… spel. ### §5 Oberoende".
        let marks = markdown_marks(&line[i..]);
        let j = i + marks;
        let c = bytes.get(j).copied().unwrap_or(b' ');
        // OCR reads "1" as "l" or "I": "4 l Förbundets ändamål" (page 4, § 1).
        let ocr_one = matches!(c, b'l' | b'I') && bytes.get(j + 1) == Some(&b' ');
        // At the line's start only where it opens after a finished sentence
        // or a heading ("A. Allmänna bestämmelser" / "1 Föreningen …").
        let opens = (i == 0 && opens_after_stop)
            || found.last().is_some_and(|(_, h): &(usize, LineHeading)| h.text_start == Some(i));
        let number_here = c.is_ascii_digit() || c == b'\xC2' || ocr_one;
        let allowed = number_here && i > 0 && allowed_before(&line[..i]);
        if number_here && (allowed || opens) {
            let rest = &line[j..];
            let parsed = if ocr_one { Some(("1".to_owned(), 1, Strength::Weak)) } else { leading_number(rest) };
            if let Some((number, after, strength)) = parsed {
                let mut title_start = skip_ws(rest, after);
                // "2 § – Ändamål": a dash between number and title.
                if let Some(dash) = ["– ", "— ", "- "].iter().find(|d| rest[title_start..].starts_with(**d)) {
                    if title_start > after {
                        title_start = skip_ws(rest, title_start + dash.len());
                    }
                }
                // The chapter's next paragraph ("… tillämpning. 2. Sällskapet
                // består …", [`chapter_heading`]): a number, no title.
                let of_chapter = chaptered.is_some()
                    && rest[..after].strip_suffix('.').and_then(|n| n.parse().ok()) == chaptered
                    && (opens || ends_with_stop(line, i))
                    && starts_sentence(&rest[title_start..]);
                let spaced = !of_chapter
                    && allowed
                    && (title_start > after || strength == Strength::Paragraph || rest[..after].ends_with([' ', '.']));
                // A known title; or any short title after a finished sentence
                // ("… sammanhang. 4 Symbol A-sektionens …"), weak, kept only
                // where it continues the numbering (`structure`'s sequence check).
                let title = spaced
                    .then(|| run_together_title(&rest[title_start..], ocr))
                    .flatten()
                    .map(|len| (len, strength.max(Strength::Vocabulary)))
                    .or_else(|| {
                        let after_sentence = strength == Strength::Weak
                            && !of_chapter
                            && title_start > after
                            && ends_with_stop(line, i)
                            && !line[..i].trim_end().ends_with(':');
                        after_sentence
                            .then(|| unknown_title(&rest[title_start..]))
                            .flatten()
                            .map(|len| (len, Strength::Weak))
                    })
                    .or_else(|| {
                        // A side heading that the transcript printed again
                        // with its number where the text starts ("… (VästKom).
                        // 2 Förbundet har till ändamål 2 Förbundet har till
                        // ändamål att …"): whatever its words, a heading.
                        (ends_with_stop(line, i) && title_start > after && !of_chapter)
                            .then(|| repeated_title(rest, title_start, ocr))
                            .flatten()
                            .map(|len| (len, strength.max(Strength::Vocabulary)))
                    })
                    .or_else(|| {
                        // Any title in capitals after a "§" or a finished
                        // sentence ("… folk. § 2 GRUNDPRINCIPER All …").
                        let numbered = strength == Strength::Paragraph || ends_with_stop(line, i);
                        (numbered && title_start > after && !of_chapter)
                            .then(|| capitals_then_text(&rest[title_start..]))
                            .flatten()
                            .map(|len| (len, strength))
                    });
                if let Some((title_len, strength)) = title {
                    let text_at = skip_ws(rest, title_start + title_len);
                    found.push((
                        i,
                        LineHeading {
                            start: i,
                            number: Some(number),
                            title: Some((j + title_start, j + title_start + title_len)),
                            end: j + title_start + title_len,
                            text_start: Some(j + text_at),
                            strength,
                        },
                    ));
                    i = j + text_at.max(1);
                    continue;
                }
                // A number without title, its text after it.
                let untitled = LineHeading {
                    start: i,
                    number: Some(number),
                    title: None,
                    end: j + rest[..after].trim_end().len(),
                    text_start: Some(j + title_start),
                    strength,
                };
                // A bare "3 §" after a finished sentence and before a capital,
                // as bolagsordningar number their sections without titles:
                // "… i Halmstad. 3 § Det kommunala ändamålet …".
                // Or after a plain word that is no reference, before a sentence
                // ("… och publikationer §2. Förbundets angelägenheter skall …":
                // a list item without its stop), not a title of a table of contents.
                if of_chapter {
                    chaptered = chaptered.map(|n| n + 1);
                    found.push((i, untitled));
                    // Past the text's first word, which opens no heading.
                    i = j + title_start + 1;
                    continue;
                }
                if allowed
                    && strength == Strength::Paragraph
                    && title_start > after
                    && (ends_with_stop(line, i)
                        || after_page_label(&line[..i])
                        || (after_plain_word(&line[..i], ocr) && verb_soon(&rest[title_start..])))
                    && starts_sentence(&rest[title_start..])
                {
                    found.push((i, untitled));
                    i = j + title_start;
                    continue;
                }
                // A bare number after a finished sentence before a sentence
                // ("… obegränsad tid. 2 Den rätt inom föreningen …"): a
                // transcript's paragraph without title, where it belongs to a
                // run from 1 that opens a heading's text ([`with_runs`]), not
                // a count in a sentence. Not "2. Verka …": numbers with a
                // stop number a list's items.
                let sentence = &rest[title_start..];
                if strength == Strength::Weak
                    && title_start > after
                    && rest[..after].bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && !rest[..after].ends_with('.')
                    && (ends_with_stop(line, i) || opens)
                    && !line[..i].trim_end().ends_with(':')
                    && starts_sentence(sentence)
                    && sentence.split_whitespace().nth(1).is_some_and(|w| w.starts_with(char::is_lowercase))
                {
                    bare.push((i, untitled, opens));
                }
            }
        }
        // Titles with no number before them: a side heading before its
        // number ("… kommun. Ändamål 4 Kommunalförbundet …", the text starts
        // at the number), a known title after a finished sentence ("…
        // Eskilstuna. Ändamål Förbundet …"), or one in capitals run into the
        // text ("… föreningar ÄNDAMÅL Sveriges …").
        let stop = (i > 0 && ends_with_stop(line, i)) || (opens_after_stop && line[..i].trim_start().is_empty());
        let capital = i > 0 && (c.is_ascii_uppercase() || c >= 0xC3);
        let unnumbered = (stop || (capital && (after_capitals(line, i) || after_page_label(&line[..i]))))
            .then(|| title_then_paragraph(&line[i..], ocr, stop))
            .flatten()
            .or_else(|| {
                // An ändamål title before its § may follow any word: a
                // capitalised noun inside a sentence is no Swedish ("… sitt
                // säte i Ändamål och verksamhet § 2 Föreningen …", OCR lost a
                // word). Not after a number, whose title it is ("§ 2 Ändamål § 3 …").
                let found = (capital && !stop).then(|| title_then_paragraph(&line[i..], ocr, false)).flatten()?;
                let after_word =
                    line[..i].split_whitespace().next_back().is_some_and(|w| w.chars().all(char::is_alphabetic));
                (after_word && names_andamal(&line[i..i + found.0], ocr)).then_some(found)
            })
            .or_else(|| (stop || after_page_number(line, i)).then(|| title_then_number(&line[i..], ocr)).flatten())
            .map(|(len, text, number)| {
                // A lettered chapter's title ("A. Allmänna bestämmelser 1
                // Föreningen …"): the number after it is its first paragraph's.
                let lettered = line[..i]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.len() == 2 && w.as_bytes()[0].is_ascii_uppercase() && w.ends_with('.'));
                if lettered { (len, skip_ws(line, i + len), None) } else { (len, i + text, Some(number)) }
            })
            .or_else(|| {
                // Short: OCR can hide the verb of a sentence ("Riks uppdrag dr att …").
                // After a finished sentence, or after a title that lost its
                // line ("Stadgar för Västmanlands Kommuner Ändamål Föreningen
                // ska …"): Swedish capitalises no noun inside a sentence.
                let after_title = capital && after_title_word(line, i);
                let len = (stop || after_title || i == 0).then(|| run_together_title(&line[i..], ocr)).flatten()?;
                // Or opening the line, a title run into the list that a text
                // which lost its lines puts under it ("Verksamhet • Hembygdsförbundets …").
                let opens_list = i == 0 && starts_item(line[i + len..].trim_start());
                if i == 0 && !opens_list && !stop {
                    return None;
                }
                let stop = stop || opens_list;
                // Not in a table of contents run into one line ("… Medlemmar
                // Ändamål Organisation …"): titles on both sides.
                let title_next = line[i + len..].split_whitespace().next().is_some_and(|w| is_section_title(w, ocr));
                let title_before = line[..i].split_whitespace().next_back().is_some_and(|w| is_section_title(w, ocr));
                if !stop && (!names_andamal(&line[i..i + len], ocr) || title_next || title_before) {
                    return None;
                }
                let short = line[i..i + len].split_whitespace().count() <= 4;
                let after = line[i + len..].trim_start();
                // A sentence may open with an abbreviation ("Verksamhetsidé
                // SISU Idrottsutbildarna ska …"), after a finished sentence.
                let text = starts_sentence(after) || starts_item(after) || (stop && starts_with_abbreviation(after));
                (short && text).then(|| (len, skip_ws(line, i + len), None))
            })
            .or_else(|| {
                let len = capital.then(|| capital_title(line, i, ocr)).flatten()?;
                Some((len, skip_ws(line, i + len), None))
            })
            .or_else(|| {
                // "… tillsyn. SäteFöreningen har …": a title glued to its text.
                let len = stop.then(|| glued_title(&line[i..])).flatten()?;
                is_section_title(&line[i..i + len], ocr).then_some((len, i + len, None))
            });
        // A chapter's heading run into its text ("Artikel I. Om sällskapets
        // syftemål och sammansättning. 1. Svenska Läkaresällskapet …"): a
        // chapter holds paragraphs, so under it numbers with a stop that run
        // on from its text number paragraphs, not a list's items.
        let chapter = c.is_ascii_uppercase().then(|| chapter_heading(&line[i..])).flatten();
        if let Some((_, _, first)) = chapter {
            chaptered = Some(first);
        }
        let unnumbered = chapter.map(|(len, text_at, _)| (len, i + text_at, None)).or(unnumbered);
        if let Some((len, mut text_at, mut number)) = unnumbered {
            // A number after the title ("Firma och ändamål § 1 Föreningens …")
            // ends the heading; one the text starts at is the text's.
            let end = if number.is_some() { line[..text_at].trim_end().len().max(i + len) } else { i + len };
            // Side headings stacked before their numbers, as a PDF's margin
            // comes out ("Föremål för bolagets verksamhet Ändamålet med
            // bolagets verksamhet 3 Bolaget har … el. 4 Bolagets syfte …"):
            // the first title is the first number's, the second the next's.
            let second_at = text_at;
            let stacked = number.is_none().then(|| stacked_title(line, &line[i..i + len], second_at, ocr)).flatten();
            if let Some((_, first, n, _)) = stacked {
                (number, text_at) = (Some(n.to_string()), first);
            }
            found.push((
                i,
                LineHeading {
                    start: i,
                    number,
                    title: Some((i, i + len)),
                    end,
                    text_start: Some(text_at),
                    strength: Strength::Vocabulary,
                },
            ));
            if let Some((len, _, n, next)) = stacked {
                let title = Some((second_at, second_at + len));
                let number = Some((n + 1).to_string());
                let strength = Strength::Vocabulary;
                let end = second_at + len;
                let second = LineHeading { start: second_at, number, title, end, text_start: Some(next), strength };
                found.push((second_at, second));
                taken = Some(next);
            }
            i = text_at + usize::from(stacked.is_some());
            continue;
        }
        i += 1;
    }
    with_runs(found, bare)
}

/// Whether `s` opens with a capitalised word in lower case ("Det"), not a
/// capital title ("FÖRENINGENS ÄNDAMÅL"), which other rules read.
pub(crate) fn starts_sentence(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// A transcript's page number before `at`, at its line's start or after a
/// finished sentence or a number (a table of contents' last page: "… 43-48 3
/// Firma, säte, ändamål 1 Konsumentföreningen …"): the page's first words
/// open a text.
fn after_page_number(line: &str, at: usize) -> bool {
    let mut back = line[..at].split_whitespace().rev();
    back.next().is_some_and(before::short_number)
        && back.next().is_none_or(|w| w.ends_with(['.', '!', '?']) || w.ends_with(|c: char| c.is_ascii_digit()))
}

/// A line that opens with a transcript's page number, then a title before
/// its paragraph's number ("3 Firma, säte, ändamål 1 Konsumentföreningen …",
/// hard-wrapped): no heading numbered by its page; [`find_inline_after`]
/// reads its title and number.
pub(crate) fn page_then_title(line: &str, ocr: bool) -> bool {
    let at = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start().len();
    at > 0 && after_page_number(line, at) && title_then_number(&line[at..], ocr).is_some()
}

/// "Ändamål 4 Kommunalförbundet skall …" (a side heading before its number,
/// PDF reading order): the title's length, where the text starts (at the
/// number, which belongs to the text), and the number.
fn title_then_number(rest: &str, ocr: bool) -> Option<(usize, usize, String)> {
    if !starts_upper(rest) {
        return None;
    }
    let mut offset = 0;
    for (words, word) in rest.split(' ').enumerate() {
        if words >= 4 {
            return None;
        }
        let word_end = offset + word.len();
        if !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) && words > 0 {
            let title = rest[..offset].trim_end();
            let after = rest[word_end..].trim_start();
            // "… BESTÄMMELSER § 1 Uppgift": a § makes the number its
            // section's own, which `title_then_paragraph` and the number-first
            // reading know.
            if starts_upper(after) && is_section_title(title, ocr) && !title.ends_with(['.', ',', ';', '§']) {
                return Some((title.len(), offset, word.to_owned()));
            }
            return None;
        }
        offset = word_end + 1;
        if offset > rest.len() {
            return None;
        }
    }
    None
}

/// "Firma och ändamål § 1 Föreningens firma är …", "Styrelsens säte § 2
/// Styrelsen …": a group heading before its paragraph's number, as older
/// stadgar of bostadsrättsföreningar set them, run into one line. The §
/// makes the number a section's, so after a finished sentence any short
/// title will do; after a document's title in capitals, only a known one.
/// Returns the title's length, where the text starts (after the number) and
/// the number.
fn title_then_paragraph(rest: &str, ocr: bool, after_stop: bool) -> Option<(usize, usize, String)> {
    let window = &rest[..char_floor(rest, 72)];
    // '§' first (memchr on a rare byte; a space is everywhere), then its space.
    let spaced_sign = window.match_indices('§').map(|(at, _)| at).find(|&at| window[..at].ends_with(' '));
    let (sign, sign_len) = match spaced_sign.map(|at| at - 1) {
        Some(at) => (at, " §".len()),
        None if ocr => (ocr_paragraph_sign(window)?, " s".len()),
        None => return None,
    };
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    // "Title 1 §" or "Title § 1" / "Title §1".
    let before = rest[..sign].rsplit(' ').next().unwrap_or("");
    let (title_end, number, text_from) = if (1..=2).contains(&before.len()) && digits(before) == before.len() {
        (sign.checked_sub(before.len() + 1)?, before, sign + sign_len)
    } else {
        let at = skip_ws(rest, sign + sign_len);
        let n = digits(&rest[at..]);
        if !(1..=2).contains(&n) {
            return None;
        }
        (sign, &rest[at..at + n], at + n)
    };
    let title = rest[..title_end].trim_end();
    if !starts_upper(title) || title.split_whitespace().count() > 5 || title.ends_with(['.', ',', ';', ':']) {
        return None;
    }
    let known = is_section_title(title, ocr);
    let plain = title.split_whitespace().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | ',')));
    if !(known || (after_stop && plain && !title.split_whitespace().any(is_sentence_verb))) {
        return None;
    }
    let text_at = skip_ws(rest, text_from);
    // "Allmänna bestämmelser 1 § Ändamål Förbundet …": a chapter's title,
    // then a section with a title of its own.
    // Its title may also end the line, the text below ("… bestämmelser 1 § Uppgift" / "Svenska …").
    let tail = rest[text_at..].trim_end();
    let titled_section = run_together_title(&rest[text_at..], ocr).is_some()
        || (tail.split_whitespace().count() <= 4 && !tail.ends_with('.') && is_section_title(tail, ocr));
    (text_at > text_from && starts_upper(&rest[text_at..]) && !titled_section)
        .then(|| (title.len(), text_at, number.to_owned()))
}

/// Where OCR read a "§" glued to its number as "s" or "$" (" s2 ", " $3 "):
/// the offset of the space before it.
fn ocr_paragraph_sign(window: &str) -> Option<usize> {
    window.match_indices([' ']).map(|(at, _)| at).find(|&at| {
        let b = window.as_bytes();
        let n = b[at + 1..].iter().skip(1).take_while(|b| b.is_ascii_digit()).count();
        matches!(b.get(at + 1), Some(b's' | b'$')) && (1..=2).contains(&n) && b.get(at + 2 + n) == Some(&b' ')
    })
}

/// A title (1–6 words, a known section word first) followed by text that
/// starts with a capital letter. Returns the title's byte length.
pub(crate) fn run_together_title(rest: &str, ocr: bool) -> Option<usize> {
    if !starts_upper(rest) {
        return None;
    }
    // Where each of the first seven words ends; checked at every sentence
    // start of a long line, so kept off the heap.
    // A number starts the next section, never ends a title: the words stop
    // before the first one after the title's first word.
    let mut ends = [0; 7];
    let mut count = 0;
    let mut word_start = None;
    for (i, ch) in rest.char_indices() {
        if ch.is_whitespace() {
            if let Some(start) = word_start.take() {
                // "4", "§1.1", "2:3", "§": a section number.
                let word = &rest.as_bytes()[start..i];
                let number = rest[start..i] == *"§"
                    || (word.iter().any(u8::is_ascii_digit)
                        && word.iter().all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b':') || b >= 0x80)
                        && (word.iter().all(u8::is_ascii) || rest[start..i].starts_with('§')));
                if count > 0 && number {
                    break;
                }
                ends[count] = i;
                count += 1;
                if count == ends.len() {
                    break;
                }
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    // The shortest known title followed by a capitalised word.
    for &end in &ends[..count] {
        let title = &rest[..end];
        // The text may open with a quotation ("ÄNDAMÅL ”Föreningen har …").
        let after = rest[end..].trim_start().trim_start_matches(['”', '"', '“', '„', '»']);
        // Text in lower case goes on: nothing below can hold (a word in
        // capitals starts upper too), and most sentences end here.
        if !starts_upper(after) && !starts_subsection(after) && !starts_item(after) {
            continue;
        }
        // A capital title goes on while its words do ("FÖRENINGENS ÄNDAMÅL
        // OCH VERKSAMHET Föreningen …").
        if is_capitals(title) && after.split_whitespace().next().is_some_and(is_capitals) {
            continue;
        }
        if (starts_upper(after) || starts_subsection(after) || starts_item(after))
            && (!title.ends_with(['.', ',', ';', ':'])
                || ends_with_abbreviation(title)
                // "1 § Föreningens ändamål. Föreningen är …": a short title with a stop.
                || (title.ends_with('.') && title.split_whitespace().count() <= 3))
            && is_section_title(title, ocr)
            && (is_capitals(title) || title.split_whitespace().skip(1).all(|w| !starts_upper(w) || w.len() <= 3))
            && !title.split_whitespace().any(is_sentence_verb)
        {
            return Some(end + translation(title, &rest[end..]));
        }
    }
    None
}

/// A title's translation after a slash ("Verksamhetsföremål / Object of the
/// company's business Föremålet …"): its first word, then words in lower
/// case; the text starts at the next capital. Returns its byte length.
fn translation(title: &str, after: &str) -> usize {
    if !title.ends_with('/') {
        return 0;
    }
    let mut words = after.split_whitespace();
    let Some(first) = words.next() else { return 0 };
    let mut end = after.find(first).unwrap_or(0) + first.len();
    for word in words.take(7) {
        if starts_upper(word) {
            return end;
        }
        end = after[end..].find(word).map_or(end, |at| end + at + word.len());
    }
    0
}

/// A known title in capitals at `line[at..]`, one to four words, not inside a
/// longer run of capitals, followed by a sentence ("ÄNDAMÅL Sveriges …").
/// Returns the title's byte length.
fn capital_title(line: &str, at: usize, ocr: bool) -> Option<usize> {
    // Most words are no capitals: decided before looking back.
    if !line[at..].split(' ').next().is_some_and(is_capitals) {
        return None;
    }
    let before = line[..at].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    if is_capitals(before) && !before.ends_with(['.', ':']) {
        return None;
    }
    let rest = &line[at..];
    let mut end = 0;
    for (n, word) in rest.split(' ').enumerate().take(4) {
        if !is_capitals(word) || word.chars().any(|c| !c.is_alphabetic() && c != ',') {
            return None;
        }
        end += word.len() + usize::from(n > 0);
        let after = rest[end..].trim_start();
        // Text, or the first numbered section of a chapter ("… musik.
        // ALLMÄNNA BESTÄMMELSER § 2. Beslutande organ …").
        if starts_sentence(after) || after.starts_with('§') {
            let title = &rest[..end];
            return (!title.ends_with(',') && is_section_title(title, ocr)).then_some(end);
        }
    }
    None
}

/// A title of one to three words outside the vocabulary ("Symbol", "Färg",
/// "Val av revisorer"): a capital first, the rest in lower case, no verb,
/// then text opening with a capital. Returns the title's byte length.
/// A title of up to five words in capitals followed by a sentence: its length.
fn capitals_then_text(rest: &str) -> Option<usize> {
    let mut end = 0;
    for (n, word) in rest.split(' ').enumerate().take(5) {
        if !is_capitals(word) || word.chars().any(|c| !c.is_alphabetic() && !matches!(c, ',' | '-')) {
            return None;
        }
        end += word.len() + usize::from(n > 0);
        if starts_sentence(rest[end..].trim_start()) {
            return (!rest[..end].ends_with(',')).then_some(end);
        }
    }
    None
}

/// The length of the title at `rest[title_start..]` when the number and
/// title (`rest[..title_start]` and up to eight words) come again right
/// after it, the second time opening the text; compared as match keys, as
/// a wrapped line or OCR may write the two differently.
fn repeated_title(rest: &str, title_start: usize, ocr: bool) -> Option<usize> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for word in rest.split_whitespace().take(2 * 11 + 1) {
        at += rest[at..].find(word).unwrap_or(0);
        words.push((at, word));
        at += word.len();
    }
    let numbered = words.iter().take_while(|(at, _)| *at < title_start).count();
    let key = |w: &str| match_key(w, ocr);
    for n in numbered + 1..=numbered + 8 {
        let (last_at, last) = *words.get(n - 1)?;
        if last.ends_with(['.', ':', ',', ';']) {
            return None;
        }
        let again = words.get(n..2 * n)?;
        if words.len() > 2 * n && words[..n].iter().zip(again).all(|(a, b)| key(a.1) == key(b.1)) {
            return Some(last_at + last.len() - title_start);
        }
    }
    None
}

/// A page's own title opening a text that lost its lines ("Vårt uppdrag
/// Det övergripande målet …"): two to four words no vocabulary need know,
/// before a sentence that starts with a word and a word in lower case and
/// has its verb soon (not a name: "Samordningsförbundet Östra Södertörn är …").
/// Returns the title's byte length.
pub(crate) fn opening_title(line: &str) -> Option<usize> {
    let len = unknown_title(line)?;
    let after = &line[skip_ws(line, len)..];
    let second = after.split_whitespace().nth(1)?;
    (line[..len].split_whitespace().count() >= 2
        && starts_sentence(after)
        && second.starts_with(char::is_lowercase)
        && verb_soon(after.split_inclusive(':').next().unwrap_or(after)))
    .then_some(len)
}

fn unknown_title(rest: &str) -> Option<usize> {
    if !starts_sentence(rest) {
        return None;
    }
    let mut end = 0;
    for (n, word) in rest.split(' ').enumerate().take(4) {
        let word_end = end + word.len() + usize::from(n > 0);
        let after = rest[word_end..].trim_start();
        let title = &rest[..word_end];
        let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-') && !w.is_empty();
        if !plain(word) || (n > 0 && !word.starts_with(char::is_lowercase)) || is_sentence_verb(word) {
            return None;
        }
        if starts_upper(after) && !after.starts_with(|c: char| c.is_ascii_digit()) && title.len() <= 40 {
            return Some(word_end);
        }
        end = word_end;
    }
    None
}

/// Verbs that make words a sentence, not a title ("Styrelsen ska ha sitt
/// säte i" opens a section's text), compared without diacritics so that OCR
/// damage ("ar" for "är") does not make a sentence a title.
const SENTENCE_VERBS: &[&str] = &["ska", "skall", "ar", "har", "far", "kan", "utgors", "bestar", "valjs", "utses"];

/// A sentence's verb among the first words of `rest`.
fn verb_soon(rest: &str) -> bool {
    rest.split_whitespace().take(6).any(is_sentence_verb)
}

fn is_sentence_verb(word: &str) -> bool {
    SENTENCE_VERBS.contains(&match_key(word, false).as_str())
}

/// "Ändamål m.m.", "Ändamål mm.", "Styrelse m. fl.": a title may end with
/// an abbreviation, whose last dot ends no sentence.
fn ends_with_abbreviation(title: &str) -> bool {
    let mut words = title.rsplit(char::is_whitespace);
    let last = words.next().unwrap_or("");
    let dotted = last.len() <= 6 && last.ends_with('.') && last[..last.len() - 1].contains('.');
    let undotted = matches!(last, "mm." | "mfl." | "m.fl." | "etc." | "osv.");
    let spaced = matches!(last, "m." | "fl.") && words.next() == Some("m.");
    dotted || undotted || spaced
}

/// Whether `s` has letters, at least two, and all of them capitals.
pub(crate) fn is_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// "SISU Idrottsutbildarna ska …", "SKR är …": a name in capitals, two to
/// six letters, then more words.
fn starts_with_abbreviation(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let letters = first.chars().count();
    (2..=6).contains(&letters) && first.chars().all(char::is_uppercase) && words.next().is_some()
}

/// "3.1 Text": a numbered subsection opening the body.
fn starts_subsection(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && s[digits..].starts_with('.')
        && s[digits + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// "1. Text" or "• Text": a list that opens the body ("Förbundets uppgifter
/// 1. Kalmarsunds gymnasieförbund är …", "Verksamhet • Hembygdsförbundets …").
fn starts_item(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let bullet = ["• ", "· "].iter().any(|b| s.starts_with(b));
    bullet || ((1..=2).contains(&digits) && s[digits..].starts_with(". ") && starts_sentence(&s[digits + 2..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn run_together_in_line() {
        let line = "Gäller från 2019 Kungsbacka kommun 4 Förbundets ändamål Förbundets ändamål är att svara för";
        let found = find_inline(line, false);
        assert_eq!(found.len(), 1);
        let (at, h) = &found[0];
        assert_eq!(&line[*at..h.end], "4 Förbundets ändamål");
        assert!(line[h.text_start.unwrap()..].starts_with("Förbundets ändamål är att"));
    }

    #[test]
    fn references_are_not_inline_headings() {
        assert!(find_inline("enligt 3 kap. 4 § Medlemmar ska", false).is_empty());
        assert!(find_inline("beslut den 4 Ändamål Det", false).is_empty());
    }

    fn inline_headings(line: &str) -> Vec<(&str, Option<&str>, &str)> {
        find_inline(line, false)
            .into_iter()
            .map(|(at, h)| (&line[at..h.end], h.title.map(|(s, e)| &line[s..e]), &line[h.text_start.unwrap()..]))
            .collect()
    }

    #[test]
    fn bare_paragraph_numbers_after_a_sentence() {
        let line = "Bolagets firma är Hem AB. 2 § Styrelsen ska ha sitt säte i Halmstad. 3 § Det kommunala ändamålet";
        let found = inline_headings(line);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].0, found[0].1), ("2 §", None));
        assert!(found[1].2.starts_with("Det kommunala ändamålet"));
        // Not without a finished sentence before, nor before a small letter,
        // nor after a chapter reference.
        assert!(find_inline("enligt lagen 2 § Styrelsen ska", false).is_empty());
        assert!(find_inline("gäller. 2 § och 3 § lagen", false).is_empty());
        assert!(find_inline("enligt 9 kap. 3 § Kommunallagen gäller", false).is_empty());
        // A capital title is read as a title, by the rules for titles.
        assert!(inline_headings("Förening. § 2 FÖRENINGENS ÄNDAMÅL Föreningen har").iter().all(|h| h.0 != "§ 2"));
    }

    #[test]
    fn bare_numbers_that_run_from_a_chapter_s_heading_number_its_paragraphs() {
        let numbers = |line: &str| -> Vec<(Option<String>, Option<String>)> {
            find_inline(line, false)
                .into_iter()
                .map(|(_, h)| (h.number.clone(), h.title.map(|(s, e)| line[s..e].to_owned())))
                .collect()
        };
        let line = "Stadgar för Brf Exempel nr 3 A. Allmänna bestämmelser 1 Föreningen, vars firma är Brf Exempel nr 3, har till ändamål att förvalta hus. 2 Den rätt som medlem har benämnes bostadsrätt. 3 Medlems bostadsrätt avser lägenheten. B. Medlemskap Medlem blir den som antas.";
        let n = |s: &str| Some(s.to_owned());
        assert_eq!(
            numbers(line),
            [
                (None, n("Allmänna bestämmelser")),
                (n("1"), None),
                (n("2"), None),
                (n("3"), None),
                (None, n("Medlemskap"))
            ]
        );
        // Not after sentences alone (a count, a list's items without a
        // heading before the first), nor numbers with a stop ("2. Verka").
        let items = "Förbundet ska verka för samverkan. 1 Den ena parten ska bidra. 2 Den andra parten ska bidra.";
        assert!(numbers(items).is_empty());
        let dotted = "A. Allmänna bestämmelser 1. Föreningen har till ändamål att förvalta hus. 2. Den rätt som medlem har benämnes bostadsrätt.";
        assert!(numbers(dotted).iter().all(|(number, _)| number.is_none()));
    }

    #[test]
    fn numbers_with_a_stop_under_a_chapter_s_label_number_its_paragraphs() {
        let numbers = |line: &str| -> Vec<(Option<String>, Option<String>, String)> {
            find_inline(line, false)
                .into_iter()
                .map(|(_, h)| {
                    let text = line[h.text_start.unwrap()..].split(' ').next().unwrap_or("").to_owned();
                    (h.number.clone(), h.title.map(|(s, e)| line[s..e].to_owned()), text)
                })
                .collect()
        };
        let n = |s: &str| Some(s.to_owned());
        let line = "2 Artikel I. Om sällskapets syftemål och sammansättning. 1. Svenska Läkaresällskapet har till syftemål att främja vetenskapen. 2. Sällskapet består af ledamöter. 3. Ledamöterna utgöras af i Sverige legitimerade läkare.";
        assert_eq!(
            numbers(line),
            [
                (None, n("Artikel I. Om sällskapets syftemål och sammansättning."), "1.".to_owned()),
                (n("1"), None, "Svenska".to_owned()),
                (n("2"), None, "Sällskapet".to_owned()),
                (n("3"), None, "Ledamöterna".to_owned()),
            ]
        );
        // The run ends where a number breaks it; a chapter with a numbered label too.
        let broken = "Kapitel 2 Medlemmar. 1. Medlem blir den som antas. 3. Medlem kan uteslutas.";
        assert_eq!(numbers(broken).iter().map(|h| h.0.clone()).collect::<Vec<_>>(), [None, n("1")]);
        // Without a chapter's label, numbers with a stop are a list's items.
        let items = "Om sällskapets syftemål och sammansättning. 1. Sällskapet har till syftemål att främja vetenskapen. 2. Sällskapet består af ledamöter.";
        assert!(numbers(items).iter().all(|h| h.0.is_none()));
        // Nor is a label without a title of one sentence before its first number a chapter's heading.
        let contents = numbers("Kap. 1 Förbundsmöten Kap. 2 Förbundsstyrelsen Kap. 3 Valberedningen Kap. 4 Revisorer");
        assert!(contents.iter().all(|h| !h.1.as_deref().is_some_and(|t| t.starts_with("Kap."))), "{contents:?}");
    }

    #[test]
    fn side_headings_stacked_before_their_numbers() {
        let line = "Styrelsen ska ha sitt säte i Byn. Föremål för bolagets verksamhet Ändamålet med bolagets verksamhet 3 Bolaget har till föremål att sälja el. 4 Bolagets syfte är att tillhandahålla el.";
        let found: Vec<_> = find_inline(line, false)
            .into_iter()
            .map(|(_, h)| (h.title.map(|(s, e)| &line[s..e]), h.number, &line[h.text_start.unwrap()..][..10]))
            .collect();
        let n = |s: &str| Some(s.to_owned());
        assert_eq!(
            found,
            [
                (Some("Föremål för bolagets verksamhet"), n("3"), "3 Bolaget "),
                (Some("Ändamålet med bolagets verksamhet"), n("4"), "4 Bolagets")
            ]
        );
        // A chapter's title and its first paragraph's are no stacked pair.
        let chapter = "Antagna 2020. Allmänna bestämmelser Föreningens ändamål 1 Föreningen har till ändamål att främja idrott. 2 Föreningen ska vara ansluten.";
        assert!(find_inline(chapter, false).iter().all(|(_, h)| h.number.as_deref() != Some("2")), "{chapter}");
        // Only where the next number follows: one title's text, else.
        let alone = "Styrelsen ska ha sitt säte i Byn. Föremål för bolagets verksamhet Ändamålet med bolagets verksamhet 3 Bolaget har till föremål att sälja el.";
        assert!(find_inline(alone, false).iter().all(|(_, h)| h.number.is_none()));
    }

    #[test]
    fn a_heading_after_two_spaces_starts_at_its_word() {
        // A hard wrap's "\r\n", read across the lines, is two spaces.
        let line = "Styrelsen skall ha sitt säte i Byn, Södermanlands län.  Aktiekapital 5 Aktiekapitalet skall utgöra 100 kronor.";
        let found = find_inline(line, false);
        let title = found.iter().find_map(|(_, h)| h.title.map(|(s, e)| &line[s..e]));
        assert_eq!(title, Some("Aktiekapital"), "{found:?}");
    }

    #[test]
    fn markdown_marks_before_an_inline_heading() {
        let found = inline_headings("Stadgar. ### §4 Syfte Föreningens syfte är att främja spel.");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), ("### §4 Syfte", Some("Syfte")));
        assert!(find_inline("spel. #### Föreningen", false).is_empty());
    }

    #[test]
    fn markup_headings_inside_a_line() {
        let found =
            inline_headings("spex. \\section{Syfte} \\subsection{Mål} Föreningen ska spexa. \\paragraf{1.3}{Namn} X.");
        let titles: Vec<_> = found.iter().map(|f| f.1).collect();
        assert_eq!(titles, [Some("Syfte"), Some("Mål"), Some("Namn")]);
        let found = inline_headings("spel. ## Kapitel 2 Medlemskap Medlem är den. = Syfte Föreningen ska spela.");
        let titles: Vec<_> = found.iter().map(|f| f.1).collect();
        assert_eq!(titles, [Some("Kapitel"), Some("Syfte")]);
        let found =
            inline_headings("dess musik. ALLMÄNNA BESTÄMMELSER § 2. Beslutande organ Föreningens organ är årsmötet.");
        assert_eq!(found.first().map(|f| f.1), Some(Some("ALLMÄNNA BESTÄMMELSER")));
        let found = inline_headings(
            "systerföreningar. §1 ALLMÄNNA BESTÄMMELSER   §1.1     Ändamål Föreningen har som ändamål att idrotta.",
        );
        assert_eq!(found.iter().map(|f| f.1).collect::<Vec<_>>(), [Some("ALLMÄNNA BESTÄMMELSER"), Some("Ändamål")]);
        let found = inline_headings("i Kalmar. Förbundets uppgifter 1. Kalmarsunds gymnasieförbund är huvudman.");
        assert_eq!(
            found.first().map(|f| (f.1, f.2)),
            Some((Some("Förbundets uppgifter"), "1. Kalmarsunds gymnasieförbund är huvudman."))
        );
        let found = inline_headings("folk. 1 § Föreningens ändamål. Föreningen är ideell.");
        assert_eq!(found.first().map(|f| (f.1, f.2)), Some((Some("Föreningens ändamål."), "Föreningen är ideell.")));
        assert!(
            find_inline("som redovisas i bilaga 1 Förbundets verksamhetsområden. Medlemmarna får", false).is_empty()
        );
        let found = inline_headings("grupper och folk. § 2 GRUNDPRINCIPER All verksamhet sker ideellt.");
        assert_eq!(found.first().map(|f| f.1), Some(Some("GRUNDPRINCIPER")));
        assert!(find_inline("enligt § 2 EU Förordningen", false).is_empty());
        let found = inline_headings("scoutlöfte. **§ 1.3 Grunder** Scouterna arbetar.");
        assert!(found.len() == 1 && found[0].0.starts_with("**§ 1.3"));
        // Not markup: a formula, a layout command, a hash in prose.
        assert!(find_inline("där x = Summa av avgifter \\vspace{1em} och # Nummer", false).is_empty());
    }

    #[test]
    fn capital_titles_go_on_while_their_words_are_capitals() {
        let found = inline_headings("Förening. § 2 FÖRENINGENS ÄNDAMÅL OCH VERKSAMHET Föreningen har till ändamål");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("FÖRENINGENS ÄNDAMÅL OCH VERKSAMHET"));
        assert!(found[0].2.starts_with("Föreningen har"));
    }

    #[test]
    fn titles_may_end_with_an_abbreviation() {
        let found = inline_headings("gälla. § 3 Ändamål m.m. Förbundets syfte är att");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Ändamål m.m."));
        let found = inline_headings("heter Vännerna. 2 § – Föreningens ändamål Föreningen har till ändamål att");
        assert_eq!(found[0].1, Some("Föreningens ändamål"));
        // A group heading before its §, after a title in capitals, a finished
        // sentence or a page label; "N §" and "§N" too.
        let line = "STADGAR FÖR BRF EXEMPLET Firma och ändamål § 1 Föreningens firma är Brf Exemplet. Styrelsens säte 2 § Styrelsen ska ha sitt säte i Ås. Sida 1 av 4 Medlemskap §3 Fråga om medlemskap avgörs av styrelsen.";
        let found: Vec<_> = find_inline(line, false)
            .into_iter()
            .map(|(_, h)| {
                (h.title.map(|(s, e)| &line[s..e]), h.number, line[h.text_start.unwrap()..].split(' ').next())
            })
            .collect();
        assert_eq!(
            found,
            [
                (Some("Firma och ändamål"), Some("1".to_owned()), Some("Föreningens")),
                (Some("Styrelsens säte"), Some("2".to_owned()), Some("Styrelsen")),
                (Some("Medlemskap"), Some("3".to_owned()), Some("Fråga")),
            ]
        );
        // A chapter's title before a section with a title of its own.
        let line = "uppvisning. 1 kap. Allmänna bestämmelser 1 § Uppgift Svenska Exempelförbundet har till uppgift att";
        let found = inline_headings(line);
        assert_eq!(found.last().map(|h| h.1), Some(Some("Uppgift")));
        let line = "uppvisning. 1 kap. ALLMÄNNA BESTÄMMELSER § 1 Uppgift Svenska Exempelförbundet har till uppgift att";
        let found = inline_headings(line);
        assert_eq!(found.last().map(|h| (h.0, h.1)), Some(("§ 1 Uppgift", Some("Uppgift"))));
        for title in ["Ändamål mm.", "Ändamål m. m."] {
            let line = format!("ek.för. 2 {title} Föreningen har till ändamål att");
            let found = inline_headings(&line);
            assert_eq!(found[0].1, Some(title));
        }
        assert!(ends_with_abbreviation("Styrelse m.fl."));
        assert!(!ends_with_abbreviation("Ändamål."));
    }

    #[test]
    fn any_short_title_after_a_finished_sentence_is_a_weak_heading() {
        let line = "Ändamål Sektionen har som ändamål att verka för god anda. 4 Symbol A-sektionens symbol är ett A. 5 Val av revisorer Stämman väljer.";
        let found = find_inline(line, false);
        let titles: Vec<_> =
            found.iter().map(|(_, h)| (h.number.as_deref(), h.title.map(|(s, e)| &line[s..e]), h.strength)).collect();
        assert_eq!(
            titles,
            [(Some("4"), Some("Symbol"), Strength::Weak), (Some("5"), Some("Val av revisorer"), Strength::Weak)]
        );
        // Not after a colon (a list), not a sentence ("3 Styrelsen ska …"), not a count.
        assert!(find_inline("Förbundet ska verka för följande: 2 Samverkan Förbundet stödjer.", false).is_empty());
        assert!(find_inline("Förbundet bildades år 2004. 3 Styrelsen ska ha sitt säte i Kalmar.", false).is_empty());
        assert!(find_inline("Föreningen har cirka 4 000 medlemmar. 12 Medlemmar Deltog i mötet.", false).len() == 1);
    }

    #[test]
    fn a_known_title_in_capitals_run_into_the_text() {
        let found = inline_headings(
            "Gemensamma stadgar för förbund och föreningar ÄNDAMÅL Sveriges Civilförsvarsförbund är en ideell förening.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("ÄNDAMÅL"));
        assert!(found[0].2.starts_with("Sveriges Civilförsvarsförbund"));
        // Inside a longer run of capitals, or before more capitals, it is part of that title.
        assert!(
            inline_headings("Föreningen. STADGAR OM NAMN OCH ÄNDAMÅL OCH SÄTE OCH ANNAT Föreningen är en förening.")
                .is_empty()
        );
        // An unknown word in capitals is no heading.
        assert!(inline_headings("Stadgar för förbund och föreningar SAMVERKAN Förbundet är en förening.").is_empty());
    }

    #[test]
    fn a_known_title_after_a_finished_sentence() {
        let found = inline_headings("Bolagets firma är Elbolaget AB. Ändamål Förbundet har till ändamål att sälja el.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Ändamål"));
        assert!(found[0].2.starts_with("Förbundet har"));
        // A sentence whose verb OCR damaged ("är" read "ar", "dr") stays a sentence.
        assert!(
            inline_headings("Styrelsen väljs av stämman. Förbundets ändamål ar att Stödja rehabilitering.").is_empty()
        );
        assert!(
            inline_headings("Stämman väljer styrelsen. Riks uppdrag dr att företräda Friskis i frågor.").is_empty()
        );
    }

    #[test]
    fn a_transcript_may_lose_the_space_after_the_number_but_moments_are_no_headings() {
        let line = "Stadgar 2016 1 2 x. 1.Ändamål Mom. 1. Konstnärernas Riksorganisation är en organisation. Mom. 2. KRO skall främja konst. 2.Organisation KRO utövar sin verksamhet.";
        let titles: Vec<_> = inline_headings(line).into_iter().map(|(_, t, _)| t).collect();
        assert_eq!(titles, [Some("Ändamål"), Some("Organisation")]);
        // Not a decimal or a date.
        assert_eq!(leading_number("3.1 Text").map(|(n, _, _)| n).as_deref(), Some("3.1"));
        assert!(leading_number("2.a").is_none());
    }

    #[test]
    fn ocr_reads_a_glued_paragraph_sign_as_s() {
        let line = "Styrelsen har sitt sdte i Andamdl och verksamhet s2 Foreningen har till iindamil att friimja. Medlemskap s3 Frigan avgors av styrelsen.";
        let found: Vec<_> = find_inline(line, true)
            .into_iter()
            .map(|(at, h)| (&line[at..h.end], h.number, line[h.text_start.unwrap()..].split(' ').next()))
            .collect();
        assert_eq!(
            found,
            [
                ("Andamdl och verksamhet s2", Some("2".to_owned()), Some("Foreningen")),
                ("Medlemskap s3", Some("3".to_owned()), Some("Frigan")),
            ]
        );
        // Without the OCR fold "s2" is a word, and after a plain word only
        // an ändamål title stands before its §.
        assert!(inline_headings(line).iter().all(|h| !h.0.starts_with("Andamdl")));
        assert!(inline_headings("Styrelsen har sitt säte i Medlemskap § 3 Frågan avgörs av styrelsen.").is_empty());
        // In a table of contents run into one line the title is its number's.
        let toc = inline_headings(
            "Innehåll § 1 Namn och säte § 2 Föreningens ändamål § 3 Föreningens verksamhet § 4 Föreningens organisation § 5 Medlemsmöten",
        );
        assert!(toc.iter().all(|h| !h.0.ends_with("§ 3")), "{toc:?}");
    }

    #[test]
    fn a_title_opening_a_line_before_its_list() {
        let line =
            "Verksamhet  • Hembygdsförbundets uppgift är att främja hembygdsvård. • Förbundet är samarbetsorgan.";
        let found = find_inline(line, false);
        assert_eq!(found.len(), 1);
        let (at, h) = &found[0];
        assert_eq!(&line[*at..h.end], "Verksamhet");
        assert!(line[h.text_start.unwrap()..].starts_with("• Hembygdsförbundets"));
        // Before a sentence, the line's start is the parser's to read.
        assert!(find_inline("Medlemmar Föreningen har medlemmar i hela länet och i grannlänen.", false).is_empty());
    }

    #[test]
    fn a_range_closes_its_reference() {
        let found = inline_headings(
            "Församlingens stadgar § 1-8 § 1 Verksamhet och ändamål Mom. 1. Församlingen är en fri församling.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "§ 1 Verksamhet och ändamål");
        // A number that only continues a reference is still none.
        assert!(inline_headings("Se § 1-8 och 9 Ändamål i stadgarna.").is_empty());
    }

    #[test]
    fn the_singular_uppgift_names_a_section() {
        let found = inline_headings(
            "Styrelsen har sitt säte i Stockholm. Uppgift Förbundet är en sammanslutning av arbetstagare.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Uppgift"));
    }

    #[test]
    fn a_page_number_run_into_the_text_before_a_section_number() {
        let found = inline_headings(
            "Antagen av fullmäktige Ikraftträdande 2 1 Ändamål och medlemmar Danderyd och Järfälla är medlemmar.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "1 Ändamål och medlemmar");
        // After a reference word or a year, the numbers are a reference.
        assert!(inline_headings("Enligt punkt 2 1 Ändamål och medlemmar Danderyd är medlem.").is_empty());
        assert!(inline_headings("Se 3 kap. 2 1 Ändamål Förbundet ska stödja.").is_empty());
    }

    #[test]
    fn a_bare_paragraph_sign_after_a_list_item_without_its_stop() {
        let found = inline_headings(
            "Genom utställningar, program och publikationer §2. Förbundets angelägenheter skall handhas av en styrelse.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "§2.");
        assert_eq!(found[0].1, None);
        // A reference, or a table of contents' titles, are no sections.
        assert!(inline_headings("Detta beslutas enligt §2. Förbundets styrelse skall besluta.").is_empty());
        assert!(inline_headings("Innehåll Namn och säte §4 Styrelsens sammansättning Revisorer").is_empty());
    }

    #[test]
    fn a_title_with_its_translation_after_a_slash() {
        let found = inline_headings(
            "Styrelsen skall ha sitt säte i Stockholm. § 3 Verksamhetsföremål / Object of the company’s business Föremålet för bolagets verksamhet är att äga.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Verksamhetsföremål / Object of the company’s business"));
        assert!(found[0].2.starts_with("Föremålet för bolagets"));
    }

    #[test]
    fn a_title_glued_to_its_text_after_a_sentence() {
        let found = inline_headings("Genom utbildning under statlig tillsyn. SäteFöreningen har sitt säte i Borlänge.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Säte"));
        assert_eq!(found[0].2, "Föreningen har sitt säte i Borlänge.");
        assert!(inline_headings("Genom utbildning. KalleAnka är en figur.").is_empty());
        // Found by the offsets property: spaces before the word.
        assert!(inline_headings("Ändamål ät.ex.   QåUkL ;(UÄndamål").iter().all(|h| h.1 != Some("Qå")));
    }

    #[test]
    fn a_chapter_title_before_a_titled_paragraph_that_ends_the_line() {
        // The text of "1 § Uppgift" stands on the next line: no group heading with "Uppgift" for text.
        let line = "Idrotten består av lek. 1 kap. Allmänna bestämmelser 1 § Uppgift";
        assert!(inline_headings(line).iter().all(|h| h.1 != Some("Allmänna bestämmelser")));
        let text = format!(
            "{line}\nFörbundet har till uppgift att främja idrotten.\n2 § Sammansättning\nFörbundet består av föreningar."
        );
        let d = crate::statute::structure::Document::parse(&text, false);
        let titles: Vec<&str> =
            d.sections.iter().filter_map(|s| s.heading.as_ref()).map(|h| h.span.slice(&text)).collect();
        assert!(titles.contains(&"1 § Uppgift"), "{titles:?}");
    }

    #[test]
    fn a_title_before_a_quotation() {
        let found =
            inline_headings("Föreningens namn är X § 2 ÄNDAMÅL OCH VERKSAMHET ”Föreningen har bildats av boende.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("ÄNDAMÅL OCH VERKSAMHET"));
    }

    #[test]
    fn an_andamal_title_after_a_title_that_lost_its_line() {
        let found =
            inline_headings("Stadgar Stadgar för Västmanlands Kommuner Ändamål Föreningen ska verka för samverkan.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Ändamål"));
        // Other titles there need a finished sentence before them.
        assert!(inline_headings("Stadgar för Västmanlands Kommuner Medlemskap Berättigade är kommunerna.").is_empty());
        // Inside a sentence's first words, a capital is the sentence's own.
        assert!(inline_headings("Därför Ändamål Föreningen ska verka.").is_empty());
        // A table of contents run into one line lists titles, not headings.
        assert!(inline_headings("Innehåll Namn och säte Medlemmar Ändamål Organisation Revisorer").is_empty());
    }

    #[test]
    fn a_title_of_an_abbreviation_s_purpose_and_a_title_before_an_abbreviation() {
        // "SISU:s ändamål, …" names the ändamål as "Föreningens ändamål" does.
        let found = inline_headings(
            "Grundläggande bestämmelser för SISU Idrottsutbildarna 1 SISU:s ändamål, verksamhetsidé och vision Studieförbundet SISU är en organisation.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].0, found[0].1),
            ("1 SISU:s ändamål, verksamhetsidé och vision", Some("SISU:s ändamål, verksamhetsidé och vision"))
        );
        // A sentence may open with an abbreviation after a title that follows a stop.
        let found = inline_headings(
            "Förbundet ska utveckla människor. Verksamhetsidé SISU Idrottsutbildarna ska vara en resurs.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Some("Verksamhetsidé"));
        // Not without the stop, nor before a run of capitals that is no name.
        assert!(
            inline_headings("Förbundet ska utveckla Verksamhetsidé SISU Idrottsutbildarna ska vara en resurs.")
                .is_empty()
        );
        assert!(inline_headings("Förbundet ska utveckla människor. Verksamhetsidé SISU").is_empty());
    }

    #[test]
    fn a_side_heading_printed_again_where_its_text_starts() {
        let found =
            inline_headings("Medlem i X. 2 Förbundet har till ändamål 2 Förbundet har till ändamål att tillvarata.");
        assert_eq!(
            found,
            vec![(
                "2 Förbundet har till ändamål",
                Some("Förbundet har till ändamål"),
                "2 Förbundet har till ändamål att tillvarata."
            )]
        );
        // Not across a comma, nor without the number again.
        assert!(inline_headings("Medlem i X. 2 Förbundet, 2 Förbundet har ändamål.").is_empty());
        assert!(inline_headings("Medlem i X. 2 Förbundet har Förbundet har ändamål.").is_empty());
    }

    #[test]
    fn a_page_s_last_number_and_the_next_page_s_first_before_a_section_number() {
        // "3" ended one page, "4" opened the next, then § 1 (OCR read "1" as "l").
        let found =
            inline_headings("Bildat för obestämd tid. 3 4 l Förbundets ändamål Förbundets ändamål är att samverka.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "l Förbundets ändamål");
        let found = inline_headings("Bildat för obestämd tid. 3 4 1 Ändamål Förbundet ska stödja samverkan.");
        assert_eq!(found[0].0, "1 Ändamål");
        // Numbers after a reference are no page numbers.
        assert!(inline_headings("Se 3 kap. 3 4 1 Ändamål Förbundet ska stödja.").is_empty());
        // A contents' last entry number run into the first section.
        let found = inline_headings(
            "Skiljeklausul 1:19 Upplösning av förbundet 1:20 1:1 Ändamål Förbundet är en organisation.",
        );
        assert_eq!(found.last().unwrap().0, "1:1 Ändamål");
        assert!(inline_headings("Beslut enligt 1:20 1:1 Ändamål Förbundet är en organisation.").is_empty());
        // A page's last number after the running header, the next page's first.
        let found = inline_headings("Föreningen X Stadgar2016 1 2 1.Ändamål Mom. 1. Föreningen är en organisation.");
        assert_eq!(found[0].0, "1.Ändamål");
        // Numbers out of order are no page turn.
        assert!(
            inline_headings("Föreningen X Stadgar2016 1 3 1.Ändamål Mom. 1. Föreningen är en organisation.").is_empty()
        );
    }
}
