//! Side headings stacked before their numbers: a PDF whose headings stand in
//! the margin comes out with two titles in a row, then the first number, its
//! text, the next number and its text ("Föremål för bolagets verksamhet
//! Ändamålet med bolagets verksamhet 3 Bolaget har … el. 4 Bolagets syfte
//! är …"). The first title is the first number's, the second the next's.
//!
//! Why apart: read one title at a time, the two make one long heading over
//! both texts, and the second title (often the ändamål) heads nothing. Only
//! two known section titles in a row, then a number and, after a finished
//! sentence, the next number, are read this way.

use crate::statute::heading::{char_floor, starts_upper};
use crate::statute::vocab::{is_section_title, match_key};

/// The second of two side headings stacked before their numbers, at `at`
/// right after the first: a known title, a number before a capital, and the
/// next number after a finished sentence further on. Returns the title's
/// length, where the first number stands, its value, and where the next stands.
pub(super) fn stacked_title(line: &str, first_title: &str, at: usize, ocr: bool) -> Option<(usize, usize, u32, usize)> {
    let rest = &line[at..];
    let number =
        rest.split(' ').take(6).position(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))?;
    let first = at + rest.split(' ').take(number).map(|w| w.len() + 1).sum::<usize>();
    let title = line[at..first].trim_end();
    if number == 0 || !starts_upper(title) || !is_section_title(title, ocr) || heads_a_group(first_title, title) {
        return None;
    }
    let digits = line[first..].bytes().take_while(u8::is_ascii_digit).count();
    let n: u32 = line[first..first + digits].parse().ok()?;
    let opens = |at: usize| line[at..].starts_with(' ') && starts_upper(line[at..].trim_start());
    if !opens(first + digits) {
        return None;
    }
    let marker = format!(". {} ", n + 1);
    let window = &line[first..char_floor(line, (first + 600).min(line.len()))];
    let next = first + window.find(&marker)? + 2;
    opens(next + marker.len() - 3).then_some((title.len(), first, n, next))
}

/// Whether either of two titles in a row heads a group of paragraphs
/// ("Allmänna bestämmelser Föreningens ändamål 1 …" is a chapter and its
/// first paragraph's title, not two side headings).
fn heads_a_group(first: &str, second: &str) -> bool {
    [first, second].iter().any(|t| match_key(t, false).trim_end().ends_with("bestammelser"))
}

/// Where the second title starts in a heading's `title` that is two known
/// section titles in a row ("Föremål för bolagets verksamhet Ändamålet med
/// bolagets verksamhet"), as a hard wrap leaves them on a line of their own
/// with the first number: the line is one heading until the block it stands
/// in, read across its lines, finds where the second's number stands.
pub(crate) fn stacked_titles(title: &str, ocr: bool) -> Option<usize> {
    // Titles set in running text, a capital and then small letters: a title
    // in capitals ("ÄNDAMÅL OCH VERKSAMHET") is one title.
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    let words = title.match_indices(' ').map(|(at, _)| at + 1);
    words.filter(|&at| capitalised(&title[at..])).find(|&at| {
        let first = title[..at].trim_end();
        is_section_title(first, ocr) && is_section_title(&title[at..], ocr) && !heads_a_group(first, &title[at..])
    })
}
