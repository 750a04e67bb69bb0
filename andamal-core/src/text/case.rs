//! Letter case for matching and badges, by arithmetic instead of tables.
//!
//! The standard library's `to_lowercase` and `to_uppercase` carry the whole
//! Unicode case tables, about 10 kB gzip in the page's wasm. Förbundsordningar
//! are written in Swedish and quote little beyond Latin script, so this module
//! covers the alphabets a statute can plausibly contain (ASCII, Latin-1,
//! Latin Extended-A, Greek and Cyrillic) and leaves every other character as it
//! is. Within those ranges it agrees with the standard library wherever that
//! maps one character to one (the tests check every code point).
//!
//! ```
//! use andamal_core::text::case::{lower, upper, lowercase};
//! assert_eq!(lowercase("Samordningsförbundet ÖSTRA"), "samordningsförbundet östra");
//! assert_eq!(lower('Å'), 'å');
//! assert_eq!(upper('ö'), 'Ö');
//! ```

/// The lower-case form of `c`; `c` itself outside the covered alphabets and
/// for İ (whose lower case is two characters). Never changes the letter's
/// UTF-8 length, so byte offsets into lowered text are offsets into the text.
#[must_use]
pub fn lower(c: char) -> char {
    let n = u32::from(c);
    let to = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => n + 0x20,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 if n % 2 == 0 && n != 0x130 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 0x3F,
        0x400..=0x40F => n + 0x50,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if n % 2 == 0 => n + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if n % 2 == 1 => n + 1,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// The upper-case form of `c`; `c` itself outside the covered alphabets and
/// where the upper case is more than one letter (ß).
#[must_use]
pub fn upper(c: char) -> char {
    let n = u32::from(c);
    let to = match n {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => n - 0x20,
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x131 => u32::from('I'),
        0x17F => u32::from('S'),
        0x101..=0x137 | 0x14B..=0x177 if n % 2 == 1 && n != 0x131 => n - 1,
        0x13A..=0x148 | 0x17A..=0x17E if n % 2 == 0 => n - 1,
        0x3C2 => 0x3A3,
        0x3AC => 0x386,
        0x3AD..=0x3AF => n - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => n - 0x3F,
        0x450..=0x45F => n - 0x50,
        0x461..=0x481 | 0x48B..=0x4BF | 0x4D1..=0x4FF if n % 2 == 1 => n - 1,
        0x4CF => 0x4C0,
        0x4C2..=0x4CE if n % 2 == 0 => n - 1,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// `text` with every letter [`lower`]ed; the same length in characters.
#[must_use]
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower).collect()
}

/// `text` with every letter [`upper`]ed.
#[must_use]
pub fn uppercase(text: &str) -> String {
    text.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The alphabets this module promises to handle: Latin to the end of
    /// Extended-A, modern Greek, Cyrillic.
    fn covered(c: char) -> bool {
        matches!(u32::from(c), 0..=0x17F | 0x386..=0x3CE | 0x400..=0x4FF)
    }

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    /// Exact inside the covered alphabets; elsewhere right or unchanged.
    fn agrees(ours: fn(char) -> char, std: fn(char) -> Option<char>) -> usize {
        let mut exact = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let got = ours(c);
            match std(c) {
                Some(expected) if covered(c) => {
                    assert_eq!(got, expected, "{c:?} U+{:04X}", u32::from(c));
                    exact += usize::from(expected != c);
                }
                expected => assert!(got == c || Some(got) == expected, "{c:?} U+{:04X} gave {got:?}", u32::from(c)),
            }
        }
        exact
    }

    #[test]
    fn lower_agrees_with_std() {
        assert!(agrees(lower, |c| single(c.to_lowercase())) > 250);
    }

    #[test]
    fn upper_agrees_with_std() {
        assert!(agrees(upper, |c| single(c.to_uppercase())) > 250);
    }

    #[test]
    fn other_scripts_are_left_as_they_are() {
        for c in ['Ա', 'ა', 'Ꭰ', '中', '😀'] {
            assert_eq!(lower(c), c);
            assert_eq!(upper(c), c);
        }
        // Their other case is two characters: ß → SS, İ → i + combining dot.
        assert_eq!(upper('ß'), 'ß');
        assert_eq!(lower('İ'), 'İ');
    }

    #[test]
    fn lower_keeps_every_utf8_length() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(lower(c).len_utf8(), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn swedish_round_trips() {
        let text = "Samordningsförbundet ÅÄÖ åäö Éé Üü";
        assert_eq!(lowercase(text), text.to_lowercase());
        assert_eq!(uppercase(text), text.to_uppercase());
    }
}
