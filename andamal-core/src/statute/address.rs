//! Clause addresses: "4 § st. 2 m. 1" (section, stycke, mening), as Swedish
//! lawyers cite statute text, and spelled out for screen readers and print.
//!
//! ```
//! use andamal_core::statute::address::Address;
//! let a = Address { section: Some("4".into()), stycke: 2, mening: 1 };
//! assert_eq!(a.short(), "4 § st. 2 m. 1");
//! assert_eq!(a.spelled(), "4 §, andra stycket, första meningen");
//! let b = Address { section: None, stycke: 1, mening: 3 };
//! assert_eq!(b.short(), "Ändamål st. 1 m. 3");
//! ```

use serde::{Deserialize, Serialize};

/// Where a sentence stands in its section.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    /// The section number ("4"), or `None` for a section without one.
    pub section: Option<String>,
    /// 1-based.
    pub stycke: usize,
    /// 1-based, within the stycke.
    pub mening: usize,
}

impl Address {
    /// "4 § st. 2 m. 1", or "Ändamål st. 2 m. 1" without a section number.
    #[must_use]
    pub fn short(&self) -> String {
        format!("{} st. {} m. {}", self.section_label(), self.stycke, self.mening)
    }

    /// "4 §, andra stycket, första meningen".
    #[must_use]
    pub fn spelled(&self) -> String {
        format!("{}, {} stycket, {} meningen", self.section_label(), ordinal(self.stycke), ordinal(self.mening))
    }

    /// "st. 2" alone, for "flyttad från st. 3".
    #[must_use]
    pub fn stycke_short(&self) -> String {
        format!("st. {}", self.stycke)
    }

    fn section_label(&self) -> String {
        match &self.section {
            Some(n) => format!("{n} §"),
            None => "Ändamål".to_owned(),
        }
    }
}

/// Swedish ordinals in the definite form used with "stycket" and "meningen".
#[must_use]
pub fn ordinal(n: usize) -> String {
    const WORDS: [&str; 20] = [
        "första",
        "andra",
        "tredje",
        "fjärde",
        "femte",
        "sjätte",
        "sjunde",
        "åttonde",
        "nionde",
        "tionde",
        "elfte",
        "tolfte",
        "trettonde",
        "fjortonde",
        "femtonde",
        "sextonde",
        "sjuttonde",
        "artonde",
        "nittonde",
        "tjugonde",
    ];
    match n {
        1..=20 => WORDS[n - 1].to_owned(),
        // "21:a", "22:a", otherwise ":e".
        _ if (n % 10 == 1 || n % 10 == 2) && n % 100 != 11 && n % 100 != 12 => format!("{n}:a"),
        _ => format!("{n}:e"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(1), "första");
        assert_eq!(ordinal(8), "åttonde");
        assert_eq!(ordinal(21), "21:a");
        assert_eq!(ordinal(22), "22:a");
        assert_eq!(ordinal(25), "25:e");
        assert_eq!(ordinal(111), "111:e");
    }
}
