//! `latin`'s generated tables (and `normalize`, which applies them) checked
//! against the `unicode-normalization` crate, which the page cannot afford
//! but the tests can: every Latin letter with every combining mark, every
//! covered letter in NFD, and the letterlike signs NFC folds.

use andamal_core::text::latin::{canonical, compose, is_combining_mark, strip};
use andamal_core::text::normalize::Normalized;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{compose as nfc_compose, is_combining_mark as is_mark};

/// What the tables cover: Latin-1 Supplement and Latin Extended-A/B.
const COVERED: std::ops::RangeInclusive<u32> = 0xC0..=0x24F;

/// Every letter of the Latin blocks (Basic Latin to Latin Extended-E, with the
/// phonetic extensions and the full-width forms).
fn latin_letters() -> impl Iterator<Item = char> {
    [
        0x41..=0x7A,
        0xAA..=0x24F,
        0x250..=0x2AF,
        0x1D00..=0x1DBF,
        0x1E00..=0x1EFF,
        0x2C60..=0x2C7F,
        0xA720..=0xA7FF,
        0xAB30..=0xAB6F,
        0xFF21..=0xFF5A,
    ]
    .into_iter()
    .flatten()
    .filter_map(char::from_u32)
    .filter(|c| c.is_alphabetic())
}

/// Every combining mark (general category M) in Unicode.
fn combining_marks() -> Vec<char> {
    (0..=0x10_FFFF).filter_map(char::from_u32).filter(|&c| is_mark(c)).collect()
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

#[test]
fn every_latin_letter_with_every_mark_composes_as_nfc_does() {
    let marks = combining_marks();
    let letters: Vec<char> = latin_letters().collect();
    assert!(letters.len() > 1000 && marks.len() > 2000, "{} letters, {} marks", letters.len(), marks.len());
    let (mut covered, mut beyond) = (0, 0);
    for &letter in &letters {
        for &mark in &marks {
            let want = nfc_compose(letter, mark);
            let in_table = want.filter(|c| COVERED.contains(&u32::from(*c)));
            assert_eq!(compose(letter, mark), in_table, "{letter:?} + {mark:?} (U+{:04X})", u32::from(mark));
            if in_table.is_some() {
                covered += 1;
                // normalize only composes what it sees as a mark.
                assert!(is_combining_mark(mark), "U+{:04X} composes {letter:?} but is no mark", u32::from(mark));
            } else if want.is_some() {
                beyond += 1;
            }
        }
    }
    // Every composition the tables hold is checked above; those beyond them
    // (Latin Extended Additional, U+1E00–U+1EFF) are Vietnamese and the like.
    assert_eq!(covered, 252, "compositions into U+00C0–U+024F");
    assert!(beyond > 0);
}

#[test]
fn every_covered_letter_in_nfd_normalises_to_nfc() {
    for letter in COVERED.filter_map(char::from_u32) {
        let decomposed: String = letter.to_string().nfd().collect();
        let composed = nfc(&decomposed);
        // Mark by mark, as `normalize` composes.
        let mut chars = decomposed.chars();
        let first = chars.next().unwrap();
        let folded = chars.try_fold(first, compose);
        if decomposed.chars().count() > 1 {
            assert_eq!(folded.map(String::from), Some(composed.clone()), "{letter:?}");
            assert_eq!(strip(letter), first, "{letter:?} without its diacritics");
            for text in [decomposed.clone(), format!("a {decomposed}b"), format!("§ 4{decomposed}")] {
                let want = nfc(&text);
                assert_eq!(Normalized::new(&text, &[]).text(), want, "{text:?}");
            }
        } else {
            assert_eq!(strip(letter), letter, "{letter:?} has no diacritic");
        }
    }
}

#[test]
fn letterlike_signs_fold_as_nfc_does() {
    for (sign, letter) in [('\u{212B}', 'Å'), ('\u{212A}', 'K'), ('\u{2126}', 'Ω')] {
        assert_eq!(nfc(&sign.to_string()), letter.to_string(), "the crate agrees on {sign:?}");
        assert_eq!(canonical(sign), letter);
        let text = format!("4 § {sign}ndamål och {sign}");
        assert_eq!(Normalized::new(&text, &[]).text(), nfc(&text), "{text:?}");
    }
    // NFD of the Ångström sign is A + ring: composes to Å too.
    assert_eq!(Normalized::new("\u{212B}", &[]).text(), Normalized::new("A\u{30A}", &[]).text());
    // `canonical` never changes a character into anything but its NFC.
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let folded = canonical(c);
        if folded != c {
            assert_eq!(folded.to_string(), nfc(&c.to_string()), "U+{:04X}", u32::from(c));
        }
    }
}
