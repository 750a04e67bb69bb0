//! How an annotation names its themes: a built-in theme of the catalogue by
//! id, or one a user added by number ("u1", "u2", …), with its colour.
//!
//! These are the notes' own values; links, files and exports carry them (see
//! [`crate::formats::share`]), which is why their serde form never changes.
//!
//! ```
//! use andamal_core::notes::theme_ref::ThemeRef;
//! assert_eq!(ThemeRef::BuiltIn("arena").id(), "arena");
//! assert_eq!(ThemeRef::Custom(3).id(), "u3");
//! ```

use serde::{Deserialize, Deserializer, Serialize};

use crate::notes::themes::CATALOGUE;

/// Palette size of theme colours.
pub const PALETTE: u8 = 12;

/// A theme a user added ("u1", "u2", …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomTheme {
    /// The number in "u{n}".
    pub number: u32,
    pub name: String,
    /// Index into the palette.
    pub colour: u8,
}

/// A theme reference: a built-in by id, or a custom one by number.
///
/// Serde (bincode, between the page and its worker) carries a built-in id as a
/// string and turns it back into the catalogue's own `&'static str`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ThemeRef {
    BuiltIn(&'static str),
    Custom(u32),
}

impl ThemeRef {
    /// The id as shown in exports: "arena" or "u3".
    #[must_use]
    pub fn id(&self) -> String {
        match self {
            ThemeRef::BuiltIn(id) => (*id).to_owned(),
            ThemeRef::Custom(n) => format!("u{n}"),
        }
    }
}

impl<'de> Deserialize<'de> for ThemeRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// `ThemeRef` as serialised, with the id owned.
        #[derive(Deserialize)]
        enum Wire {
            BuiltIn(String),
            Custom(u32),
        }
        match Wire::deserialize(deserializer)? {
            Wire::BuiltIn(id) => builtin_id::<D>(&id).map(ThemeRef::BuiltIn),
            Wire::Custom(n) => Ok(ThemeRef::Custom(n)),
        }
    }
}

/// A built-in theme's id as the catalogue's `&'static str`.
pub(crate) fn builtin_id<'de, D: Deserializer<'de>>(id: &str) -> Result<&'static str, D::Error> {
    let found = CATALOGUE.iter().find(|t| t.id == id);
    found.map(|t| t.id).ok_or_else(|| serde::de::Error::custom("unknown theme"))
}
