//! Share links: the whole annotated comparison in the URL fragment,
//! `#v1.<payload>`, never sent to a server.
//!
//! The payload is base64url (no padding) of raw deflate of a compact binary
//! encoding, [`v1`], with a CRC-32 inside. The wire format is its own type
//! with explicit field order and tags, never a serialisation of in-memory
//! structs, so a refactor cannot silently break old links; committed test
//! vectors pin it. Decoding is defensive: inflation is capped (a zlib bomb is
//! refused), the checksum verified, every field validated.
//!
//! ```
//! use andamal_core::formats::share::{Shared, SharedSide, encode, decode};
//! let shared = Shared {
//!     sides: [
//!         SharedSide { name: "A".into(), text: "4 § Ändamål\nFörbundet ska stödja.".into(), ..SharedSide::default() },
//!         SharedSide { name: "B".into(), text: "4 § Ändamål\nFörbundet ska främja.".into(), ..SharedSide::default() },
//!     ],
//!     ..Shared::default()
//! };
//! let fragment = encode(&shared);
//! assert!(fragment.starts_with("v1."));
//! assert_eq!(decode(&fragment).unwrap(), shared);
//! ```

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Deserializer, Serialize};

use crate::diff::comparison::{self, Comparison};
use crate::notes::theme_ref::{self, CustomTheme, ThemeRef};
use crate::statute::selection::Choice;
use crate::{Folds, Span};

pub mod v1;

/// At most this much text (both sides) travels in a link; bigger comparisons
/// travel as a file.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
/// The inflated payload of a link may be this large at most (text plus annotations).
pub const MAX_PAYLOAD_BYTES: usize = MAX_TEXT_BYTES + 512 * 1024;
/// A side's text in saved work and comparison files: the page's own limit
/// for a paste or an opened file.
pub const MAX_SIDE_BYTES: usize = 5 * 1024 * 1024;
/// Both sides' text in saved work and comparison files (see [`decode_saved`]).
pub const MAX_SAVED_TEXT_BYTES: usize = 2 * MAX_SIDE_BYTES;

/// One side of a shared comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SharedSide {
    /// "Östra Östergötland 2017".
    pub name: String,
    /// The stored text (by default the ändamål section with its heading).
    pub text: String,
    /// Which part of `text` is compared.
    pub choice: Choice,
}

/// An annotation on a span of one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAnnotation {
    /// 0 for A, 1 for B.
    pub side: u8,
    pub span: Span,
    pub themes: Vec<ThemeRef>,
    pub note: String,
    /// The author's initials, when the room's work was collected.
    pub author: String,
}

/// A note on a sentence pair, anchored by both sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairNote {
    pub a: Span,
    pub b: Span,
    pub note: String,
    pub author: String,
}

/// Everything a link carries.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Shared {
    /// "Workshop 15 juni".
    pub title: String,
    pub sides: [SharedSide; 2],
    pub folds: Folds,
    pub themes: Vec<CustomTheme>,
    /// Built-in themes the user hid.
    #[serde(deserialize_with = "builtin_ids")]
    pub hidden: Vec<&'static str>,
    pub annotations: Vec<SharedAnnotation>,
    pub pair_notes: Vec<PairNote>,
}

impl Shared {
    /// The comparison this state shows: each side's choice resolved against
    /// its text, then aligned with the shared folds.
    #[must_use]
    pub fn compare(&self) -> Comparison {
        let [a, b] = &self.sides;
        comparison::compare([a.text.as_str(), b.text.as_str()], [a.choice, b.choice], self.folds)
    }
}

fn builtin_ids<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<&'static str>, D::Error> {
    Vec::<String>::deserialize(deserializer)?.iter().map(|id| theme_ref::builtin_id::<D>(id)).collect()
}

/// Why a link could not be opened. The Swedish sentence is made at the UI
/// edge (see [`LinkError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// No `v1.` payload found at all.
    NotALink,
    /// The payload ends too early: the link was cut when copied.
    Truncated,
    /// Checksum or structure is wrong.
    Damaged(String),
    /// Made by a newer version of the tool.
    Newer,
    /// More than a link may carry.
    TooLarge,
}

impl LinkError {
    /// The sentence a user reads.
    #[must_use]
    pub fn message(&self) -> &'static str {
        match self {
            LinkError::NotALink => "Det här ser inte ut som en länk till en jämförelse.",
            LinkError::Truncated => "Länken verkar avkortad – kopiera hela länken.",
            LinkError::Damaged(_) => "Länken är skadad och kan inte öppnas.",
            LinkError::Newer => {
                "Länken skapades med en nyare version av Ändamålsjämföraren. Ladda om sidan och försök igen."
            }
            LinkError::TooLarge => "Länken innehåller mer än en länk kan bära. Dela jämförelsen som fil i stället.",
        }
    }
}

/// Encodes a comparison as a fragment (`v1.…`, without `#`).
#[must_use]
pub fn encode(shared: &Shared) -> String {
    let raw = v1::write(shared);
    let packed = miniz_oxide::deflate::compress_to_vec(&raw, 10);
    format!("v1.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Finds the fragment in what a user pasted: `#v1.…`, `v1.…`, a whole URL,
/// or a URL whose `#` and `.` a mail client percent-encoded.
#[must_use]
pub fn extract_fragment(input: &str) -> Option<String> {
    let decoded = percent_decode(input.trim());
    let at = decoded.rfind("v1.").or_else(|| decoded.rfind('v').filter(|&i| decoded[i..].starts_with("v1")))?;
    let mut fragment: String =
        decoded[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    if !fragment.starts_with("v1.") {
        return None;
    }
    while fragment.ends_with('.') {
        fragment.pop();
    }
    Some(fragment)
}

/// Whether the input holds a `v<n>.` fragment of a later version (n ≥ 2).
fn newer(input: &str) -> bool {
    let decoded = percent_decode(input);
    decoded.match_indices('v').any(|(at, _)| {
        let digits: String = decoded[at + 1..].chars().take_while(char::is_ascii_digit).collect();
        decoded[at + 1 + digits.len()..].starts_with('.') && digits.parse::<u32>().is_ok_and(|n| n >= 2)
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes a fragment (with or without `#`, or a whole URL), within a link's
/// capacity ([`MAX_TEXT_BYTES`]).
///
/// # Errors
/// A [`LinkError`] saying what is wrong; nothing is partially decoded.
pub fn decode(input: &str) -> Result<Shared, LinkError> {
    decode_within(input, MAX_TEXT_BYTES)
}

/// Decodes a payload the page saved itself (autosave), which may hold the
/// whole documents up to [`MAX_SAVED_TEXT_BYTES`]: more than a link carries.
/// Reads both the link format and the plain one ([`encode_plain`]).
///
/// # Errors
/// As [`decode`].
pub fn decode_saved(input: &str) -> Result<Shared, LinkError> {
    match input.strip_prefix(PLAIN) {
        Some(plain) => decode_plain(plain),
        None => decode_within(input, MAX_SAVED_TEXT_BYTES),
    }
}

/// The prefix of the plain saved format.
const PLAIN: &str = "p1.";

/// Encodes a comparison for saving at once, as the page closes: postcard
/// bytes, one character per byte (U+0000 to U+00FF), with no compression, so
/// that the page can write it without the link codec, which only its worker
/// carries. Never a link; the next autosave replaces it with the link format.
///
/// ```
/// use andamal_core::formats::share::{Shared, decode_saved, encode_plain};
/// let shared = Shared { title: "Workshop".into(), ..Shared::default() };
/// assert!(encode_plain(&shared).starts_with("p1."));
/// assert_eq!(decode_saved(&encode_plain(&shared)), Ok(shared));
/// ```
#[must_use]
pub fn encode_plain(shared: &Shared) -> String {
    let bytes = postcard::to_allocvec(shared).unwrap_or_default();
    let mut out = String::with_capacity(PLAIN.len() + 2 * bytes.len());
    out.push_str(PLAIN);
    out.extend(bytes.iter().map(|&b| char::from(b)));
    out
}

fn decode_plain(plain: &str) -> Result<Shared, LinkError> {
    if plain.len() > 2 * (MAX_SAVED_TEXT_BYTES + 512 * 1024) {
        return Err(LinkError::TooLarge);
    }
    let bytes: Vec<u8> = plain
        .chars()
        .map(|c| u8::try_from(u32::from(c)))
        .collect::<Result<_, _>>()
        .map_err(|_| LinkError::Damaged("plain: not a byte".into()))?;
    let shared: Shared = postcard::from_bytes(&bytes).map_err(|_| LinkError::Damaged("plain: postcard".into()))?;
    v1::validate(&shared, MAX_SAVED_TEXT_BYTES)?;
    Ok(shared)
}

fn decode_within(input: &str, max_text: usize) -> Result<Shared, LinkError> {
    let max_payload = max_text + 512 * 1024;
    let fragment =
        extract_fragment(input).ok_or_else(|| if newer(input) { LinkError::Newer } else { LinkError::NotALink })?;
    let payload = fragment.get(3..).unwrap_or("");
    if payload.is_empty() {
        return Err(LinkError::Truncated);
    }
    // A base64 length of 1 mod 4 can only come from a cut.
    if payload.len() % 4 == 1 {
        return Err(LinkError::Truncated);
    }
    let packed = URL_SAFE_NO_PAD.decode(payload).map_err(|e| LinkError::Damaged(format!("base64: {e}")))?;
    if packed.len() > max_payload {
        return Err(LinkError::TooLarge);
    }
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, max_payload).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
        miniz_oxide::inflate::TINFLStatus::FailedCannotMakeProgress => LinkError::Truncated,
        other => LinkError::Damaged(format!("inflate: {other:?}")),
    })?;
    v1::read(&raw, max_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_fragments_from_what_users_paste() {
        for input in [
            "v1.abc",
            "#v1.abc",
            "https://exempel.se/andamal/#v1.abc",
            "https://exempel.se/andamal/%23v1.abc",
            "https://exempel.se/andamal/%23v1%2Eabc",
            "  <https://exempel.se/andamal/#v1.abc>  ",
        ] {
            assert_eq!(extract_fragment(input).as_deref(), Some("v1.abc"), "{input}");
        }
        assert_eq!(extract_fragment("hej"), None);
    }

    #[test]
    fn saved_work_holds_more_than_a_link_carries() {
        let side = |bytes: usize| SharedSide { text: "a".repeat(bytes), ..SharedSide::default() };
        let big = Shared { sides: [side(1_600_000), side(1_600_000)], ..Shared::default() };
        let payload = encode(&big);
        assert_eq!(decode(&payload), Err(LinkError::TooLarge), "3.2 MB is more than a link carries");
        assert_eq!(decode_saved(&payload), Ok(big));
        let too_big = Shared { sides: [side(MAX_SIDE_BYTES + 1), side(1)], ..Shared::default() };
        assert_eq!(decode_saved(&encode(&too_big)), Err(LinkError::TooLarge), "over the page's own limit");
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 2 * MAX_SAVED_TEXT_BYTES], 10);
        assert_eq!(decode_saved(&format!("v1.{}", URL_SAFE_NO_PAD.encode(bomb))), Err(LinkError::TooLarge));
    }

    #[test]
    fn the_plain_format_round_trips_and_is_validated() {
        let annotated = crate::sample::annotated();
        let plain = encode_plain(&annotated);
        assert_eq!(decode_saved(&plain), Ok(annotated.clone()));
        assert_eq!(decode(&plain), Err(LinkError::NotALink), "never a link");
        // Cut, or with a character that is not a byte, or pointing outside its text: refused.
        assert!(matches!(decode_saved(&plain[..plain.len() / 2]), Err(LinkError::Damaged(_))));
        assert!(matches!(decode_saved(&format!("{plain}ā")), Err(LinkError::Damaged(_))));
        let mut outside = annotated;
        outside.annotations[0].span = Span::new(0, outside.sides[0].text.len() + 1);
        assert!(matches!(decode_saved(&encode_plain(&outside)), Err(LinkError::Damaged(_))));
        let big = Shared { sides: [side_of(1_600_000), side_of(1_600_000)], ..Shared::default() };
        assert_eq!(decode_saved(&encode_plain(&big)), Ok(big));
    }

    fn side_of(bytes: usize) -> SharedSide {
        SharedSide { text: "å".repeat(bytes / 2), ..SharedSide::default() }
    }

    #[test]
    fn zip_bomb_is_refused() {
        // 10 MB of zeros deflate to about 10 KB.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 10 * 1024 * 1024], 10);
        assert!(bomb.len() < 20_000, "{}", bomb.len());
        let link = format!("v1.{}", URL_SAFE_NO_PAD.encode(bomb));
        assert_eq!(decode(&link), Err(LinkError::TooLarge));
    }

    #[test]
    fn newer_versions_are_named() {
        assert_eq!(decode("#v2.AAAA"), Err(LinkError::Newer));
        assert_eq!(decode("https://exempel.se/andamal/#v12.AAAA"), Err(LinkError::Newer));
        assert_eq!(decode("%23v9%2EAAAA"), Err(LinkError::Newer));
        assert_eq!(decode("version.txt"), Err(LinkError::NotALink));
    }
}
