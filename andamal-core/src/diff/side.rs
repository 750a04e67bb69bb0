//! Which of the two compared texts: A or B.
//!
//! Everything that belongs to one side (an annotation, a rejected suggestion,
//! a proposal) says so with a [`Side`], never with a bare number. Where a
//! side is written down (a link, a file, the command line's JSON) it is the
//! number 0 or 1, as it always was: see [`Side::number`] and
//! [`Side::from_number`].
//!
//! ```
//! use andamal_core::diff::side::Side;
//! assert_eq!(Side::B.index(), 1);
//! assert_eq!(Side::A.other(), Side::B);
//! assert_eq!(Side::from_number(Side::B.number()), Side::B);
//! ```

/// One of the two compared texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    A,
    B,
}

impl Side {
    /// Both sides, A first.
    pub const BOTH: [Side; 2] = [Side::A, Side::B];

    /// The index into a pair of per-side values (`[a, b]`).
    #[must_use]
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }

    /// The side as written in links and files: 0 for A, 1 for B.
    #[must_use]
    pub fn number(self) -> u8 {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }

    /// The side a written number names: 0 is A, anything else B (as every
    /// reader of the format has always read it).
    #[must_use]
    pub fn from_number(number: u8) -> Side {
        if number == 0 { Side::A } else { Side::B }
    }

    /// The other side.
    #[must_use]
    pub fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_clamp_as_the_format_always_did() {
        for side in Side::BOTH {
            assert_eq!(Side::from_number(side.number()), side);
            assert_eq!(usize::from(side.number()), side.index());
            assert_eq!(side.other().other(), side);
            assert_ne!(side.other(), side);
        }
        // Readers clamped a side above 1 to B (`side.min(1)`).
        assert_eq!(Side::from_number(7), Side::B);
    }
}
