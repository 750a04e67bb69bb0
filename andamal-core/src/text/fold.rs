//! Optional folds a user switches on: what counts as *equal* when matching.
//!
//! Folds never change what is shown; they only decide whether two tokens
//! match. Case and "skall"/"ska" are exact folds (a canonical key); the OCR
//! fold also tolerates the letter confusions OCR makes of å, ä and ö, and one
//! extra edit in longer words, which no canonical key can express, so it adds
//! a fuzzy comparison ([`Folds::fuzzy_eq`]) on top of the key.
//!
//! ```
//! use andamal_core::Folds;
//! let ocr = Folds { ocr: true, ..Folds::default() };
//! assert!(ocr.tokens_match("dndamdl", "ändamål"));
//! assert!(ocr.tokens_match("méinniskor", "människor"));
//! assert!(!Folds::default().tokens_match("Ändamål", "ändamål"));
//! assert!(Folds { case: true, ..Folds::default() }.tokens_match("Ändamål", "ändamål"));
//! ```

use std::borrow::Cow;

use crate::text::latin::{is_combining_mark, strip};
use serde::{Deserialize, Serialize};

/// The folds in force for a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Folds {
    /// Upper and lower case are equal.
    pub case: bool,
    /// "skall" equals "ska" (older statutes use "skall").
    pub skall: bool,
    /// OCR damage of å, ä and ö is tolerated.
    pub ocr: bool,
}

/// Why a fold list given as text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFold(pub String);

impl Folds {
    /// Every fold on.
    pub const ALL: Folds = Folds { case: true, skall: true, ocr: true };

    /// Parses a comma-separated list such as `"case,skall,ocr"`.
    ///
    /// # Errors
    /// Names the first unknown fold.
    pub fn parse(list: &str) -> Result<Folds, UnknownFold> {
        let mut folds = Folds::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "case" => folds.case = true,
                "skall" => folds.skall = true,
                "ocr" => folds.ocr = true,
                other => return Err(UnknownFold(other.to_owned())),
            }
        }
        Ok(folds)
    }

    /// The canonical key of a word under these folds: two words with equal
    /// keys always match.
    #[must_use]
    pub fn key(self, word: &str) -> Cow<'_, str> {
        if !(self.case || self.ocr || self.skall) {
            return Cow::Borrowed(word);
        }
        let mut key: String = if self.case || self.ocr { crate::text::case::lowercase(word) } else { word.to_owned() };
        if self.skall {
            key = fold_skall(&key, self.case || self.ocr);
        }
        if self.ocr {
            key = ocr_canonical(&key);
        }
        Cow::Owned(key)
    }

    /// Whether two words match under these folds, including the OCR fold's
    /// tolerance that keys cannot express.
    #[must_use]
    pub fn tokens_match(self, a: &str, b: &str) -> bool {
        self.key(a) == self.key(b) || self.fuzzy_eq(a, b)
    }

    /// The OCR fold's tolerant comparison: letters compared through confusion
    /// classes ({å ä a d i @}, {ö o 6}, with é in both), plus one extra edit in
    /// words of six letters or more. Always false when the OCR fold is off.
    #[must_use]
    pub fn fuzzy_eq(self, a: &str, b: &str) -> bool {
        if !self.ocr {
            return false;
        }
        let a: Vec<char> = a.chars().map(crate::text::case::lower).map(ocr_class).collect();
        let b: Vec<char> = b.chars().map(crate::text::case::lower).map(ocr_class).collect();
        let allowed = usize::from(a.len().min(b.len()) >= 6);
        within_edits(&a, &b, allowed)
    }
}

fn fold_skall(word: &str, lower: bool) -> String {
    let matches = |w: &str| {
        if lower { w == "skall" } else { w.eq_ignore_ascii_case("skall") }
    };
    if matches(word) {
        if word.starts_with('S') { "Ska".to_owned() } else { "ska".to_owned() }
    } else {
        word.to_owned()
    }
}

/// Wildcard class for é, which OCR makes of both ä and ö.
const WILD: char = '*';

fn ocr_class(c: char) -> char {
    match c {
        'å' | 'ä' | 'a' | 'd' | 'i' | '@' | 'à' | 'á' | 'â' => 'a',
        'ö' | 'o' | '6' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
        'é' => WILD,
        other => other,
    }
}

/// The canonical OCR key: lower case, confusion classes collapsed, other
/// accents stripped.
fn ocr_canonical(word: &str) -> String {
    word.chars()
        .map(|c| match ocr_class(c) {
            WILD => 'e',
            other => other,
        })
        .map(strip)
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

fn class_eq(a: char, b: char) -> bool {
    a == b || (a == WILD && matches!(b, 'a' | 'o' | WILD)) || (b == WILD && matches!(a, 'a' | 'o'))
}

/// Edit distance at most `allowed` (0 or 1) under `class_eq`.
fn within_edits(a: &[char], b: &[char], allowed: usize) -> bool {
    if a.len().abs_diff(b.len()) > allowed {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| class_eq(**x, **y)).count();
    if prefix == a.len() && prefix == b.len() {
        return true;
    }
    if allowed == 0 {
        return false;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let eq_tail = |x: &[char], y: &[char]| x.len() == y.len() && x.iter().zip(y).all(|(p, q)| class_eq(*p, *q));
    // substitution, deletion from a, insertion into a
    (!ra.is_empty() && !rb.is_empty() && eq_tail(&ra[1..], &rb[1..]))
        || (!ra.is_empty() && eq_tail(&ra[1..], rb))
        || (!rb.is_empty() && eq_tail(ra, &rb[1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OCR: Folds = Folds { case: false, skall: false, ocr: true };

    #[test]
    fn parse_lists() {
        assert_eq!(Folds::parse("case,ocr").unwrap(), Folds { case: true, skall: false, ocr: true });
        assert_eq!(Folds::parse("").unwrap(), Folds::default());
        assert_eq!(Folds::parse("case,bogus"), Err(UnknownFold("bogus".into())));
    }

    #[test]
    fn skall_fold() {
        let f = Folds { skall: true, ..Folds::default() };
        assert!(f.tokens_match("skall", "ska"));
        assert!(f.tokens_match("Skall", "Ska"));
        assert!(!f.tokens_match("skalle", "ska"));
        assert!(!Folds::default().tokens_match("skall", "ska"));
    }

    #[test]
    fn ocr_damage_from_seed_003() {
        for (damaged, clean) in [
            ("Forbundets", "Förbundets"),
            ("dndamal", "ändamål"),
            ("begrinsning", "begränsning"),
            ("méinniskor", "människor"),
            ("férméga", "förmåga"),
            ("utifrdin", "utifrån"),
            ("Ostergdtland", "Östergötland"),
            ("6ver", "över"),
            ("forsakringskassan", "försäkringskassan"),
        ] {
            assert!(OCR.tokens_match(damaged, clean), "{damaged} ~ {clean}");
        }
    }

    #[test]
    fn ocr_does_not_equate_everything() {
        assert!(!OCR.tokens_match("ram", "rum"));
        assert!(!OCR.tokens_match("kommun", "kommunerna"));
        // Short words get no extra edit.
        assert!(!OCR.tokens_match("ska", "sk"));
        assert!(!OCR.tokens_match("region", "regler"));
    }
}
