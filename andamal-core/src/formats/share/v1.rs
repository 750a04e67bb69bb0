//! The v1 wire format, frozen: links made today must open in every later
//! version. Change it only by adding fields with new tags.
//!
//! ```text
//! payload  = version:u8 (=1) record* crc32:u32le      (crc over all before it)
//! record   = tag:varint len:varint value[len]
//! ```
//! Tags are fixed per field, written in this order and omitted when the value
//! is the default. An unknown *even* tag is skipped (an optional field from a
//! later version); an unknown *odd* tag means the link needs a newer version.
//!
//! | tag | field | value |
//! |-----|-------|-------|
//! | 2 | title | UTF-8 |
//! | 4, 6 | side A, side B | nested: 2 name, 4 text, 6 choice (nested: 2 kind 0 auto/1 candidate/2 manual, 4 start, 6 end) |
//! | 8 | folds | varint bits: 1 case, 2 skall, 4 ocr |
//! | 10 | custom theme (repeated) | nested: 2 number, 4 name, 6 colour |
//! | 12 | hidden built-in theme (repeated) | varint index into the catalogue |
//! | 14 | annotation (repeated) | nested: 2 side, 4 start, 6 end, 8 theme (repeated; built-in index × 2, or custom number × 2 + 1), 10 note, 12 author |
//! | 16 | pair note (repeated) | nested: 2 a start, 4 a end, 6 b start, 8 b end, 10 note, 12 author |

use crate::formats::share::{
    LinkError, MAX_SAVED_TEXT_BYTES, MAX_SIDE_BYTES, PairNote, Shared, SharedAnnotation, SharedSide,
};
use crate::notes::theme_ref::{CustomTheme, PALETTE, ThemeRef};
use crate::notes::themes::CATALOGUE;
use crate::statute::selection::Choice;
use crate::{Folds, Span};

const VERSION: u8 = 1;
/// A note (annotation or pair note) may be this long at most.
pub const MAX_NOTE_BYTES: usize = 20_000;
/// A title, side name, theme name or author may be this long at most.
pub const MAX_NAME_BYTES: usize = 400;

/// Writes the payload (before deflate).
#[must_use]
pub fn write(shared: &Shared) -> Vec<u8> {
    let mut out = vec![VERSION];
    if !shared.title.is_empty() {
        record(&mut out, 2, shared.title.as_bytes());
    }
    for (tag, side) in [(4, &shared.sides[0]), (6, &shared.sides[1])] {
        record(&mut out, tag, &side_bytes(side));
    }
    let folds = u64::from(shared.folds.case) | u64::from(shared.folds.skall) << 1 | u64::from(shared.folds.ocr) << 2;
    if folds != 0 {
        record(&mut out, 8, &varint_bytes(folds));
    }
    for t in &shared.themes {
        let mut v = Vec::new();
        record(&mut v, 2, &varint_bytes(u64::from(t.number)));
        record(&mut v, 4, t.name.as_bytes());
        record(&mut v, 6, &varint_bytes(u64::from(t.colour)));
        record(&mut out, 10, &v);
    }
    for id in &shared.hidden {
        if let Some(index) = CATALOGUE.iter().position(|t| t.id == *id) {
            record(&mut out, 12, &varint_bytes(index as u64));
        }
    }
    for a in &shared.annotations {
        let mut v = Vec::new();
        record(&mut v, 2, &varint_bytes(u64::from(a.side)));
        record(&mut v, 4, &varint_bytes(a.span.start as u64));
        record(&mut v, 6, &varint_bytes(a.span.end as u64));
        for t in &a.themes {
            let code = match t {
                ThemeRef::BuiltIn(id) => CATALOGUE.iter().position(|c| c.id == *id).unwrap_or(0) as u64 * 2,
                ThemeRef::Custom(n) => u64::from(*n) * 2 + 1,
            };
            record(&mut v, 8, &varint_bytes(code));
        }
        if !a.note.is_empty() {
            record(&mut v, 10, a.note.as_bytes());
        }
        if !a.author.is_empty() {
            record(&mut v, 12, a.author.as_bytes());
        }
        record(&mut out, 14, &v);
    }
    for p in &shared.pair_notes {
        let mut v = Vec::new();
        for (tag, n) in [(2, p.a.start), (4, p.a.end), (6, p.b.start), (8, p.b.end)] {
            record(&mut v, tag, &varint_bytes(n as u64));
        }
        if !p.note.is_empty() {
            record(&mut v, 10, p.note.as_bytes());
        }
        if !p.author.is_empty() {
            record(&mut v, 12, p.author.as_bytes());
        }
        record(&mut out, 16, &v);
    }
    let crc = crc32(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

fn side_bytes(side: &SharedSide) -> Vec<u8> {
    let mut v = Vec::new();
    if !side.name.is_empty() {
        record(&mut v, 2, side.name.as_bytes());
    }
    record(&mut v, 4, side.text.as_bytes());
    let choice = match side.choice {
        Choice::Auto => None,
        Choice::Candidate(start) => Some((1, start, start)),
        Choice::Manual(span) => Some((2, span.start, span.end)),
    };
    if let Some((kind, start, end)) = choice {
        let mut c = Vec::new();
        record(&mut c, 2, &varint_bytes(kind));
        record(&mut c, 4, &varint_bytes(start as u64));
        record(&mut c, 6, &varint_bytes(end as u64));
        record(&mut v, 6, &c);
    }
    v
}

fn record(out: &mut Vec<u8>, tag: u64, value: &[u8]) {
    put_varint(out, tag);
    put_varint(out, value.len() as u64);
    out.extend_from_slice(value);
}

fn varint_bytes(n: u64) -> Vec<u8> {
    let mut v = Vec::new();
    put_varint(&mut v, n);
    v
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads the payload (after inflate), verifying and validating everything;
/// both sides' text together at most `max_text` bytes.
///
/// # Errors
/// [`LinkError::Damaged`] for a wrong checksum or any invalid field,
/// [`LinkError::Newer`] for a version or required field this build does not know,
/// [`LinkError::TooLarge`] for more text than `max_text`.
pub fn read(raw: &[u8], max_text: usize) -> Result<Shared, LinkError> {
    let damaged = |why: &str| LinkError::Damaged(why.to_owned());
    if raw.len() < 5 {
        return Err(LinkError::Truncated);
    }
    let (body, crc) = raw.split_at(raw.len() - 4);
    let want = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(body) != want {
        return Err(damaged("checksum"));
    }
    if body[0] != VERSION {
        return Err(if body[0] > VERSION { LinkError::Newer } else { damaged("version") });
    }
    let mut shared = Shared::default();
    let mut sides_seen = [false; 2];
    for (tag, value) in Records::new(&body[1..]) {
        let value = value?;
        match tag {
            2 => shared.title = string(value, MAX_NAME_BYTES)?,
            4 | 6 => {
                let i = usize::from(tag == 6);
                shared.sides[i] = read_side(value)?;
                sides_seen[i] = true;
            }
            8 => {
                let bits = single_varint(value)?;
                shared.folds = Folds { case: bits & 1 != 0, skall: bits & 2 != 0, ocr: bits & 4 != 0 };
            }
            10 => shared.themes.push(read_theme(value)?),
            12 => {
                let index = usize::try_from(single_varint(value)?).map_err(|_| damaged("theme"))?;
                shared.hidden.push(CATALOGUE.get(index).ok_or_else(|| damaged("hidden theme"))?.id);
            }
            14 => shared.annotations.push(read_annotation(value)?),
            16 => shared.pair_notes.push(read_pair_note(value)?),
            t if t % 2 == 1 => return Err(LinkError::Newer),
            _ => {}
        }
    }
    if !sides_seen[0] || !sides_seen[1] {
        return Err(damaged("a side is missing"));
    }
    validate(&shared, max_text)?;
    Ok(shared)
}

/// Every offset in range and on a char boundary, every theme known, at most
/// `max_text` bytes of text. Also checks what an import of a file builds, so
/// files and links obey one rule.
pub(crate) fn validate(shared: &Shared, max_text: usize) -> Result<(), LinkError> {
    let damaged = |why: &str| Err(LinkError::Damaged(why.to_owned()));
    if shared.sides.iter().map(|s| s.text.len()).sum::<usize>() > max_text {
        return Err(LinkError::TooLarge);
    }
    // The caps `read` applies to each string, for states that did not come
    // through it (the plain saved format, imported files).
    let names = [shared.title.as_str()].into_iter().chain(shared.sides.iter().map(|s| s.name.as_str()));
    let names = names.chain(shared.themes.iter().map(|t| t.name.as_str()));
    let names = names.chain(shared.annotations.iter().map(|a| a.author.as_str()));
    let notes =
        shared.annotations.iter().map(|a| a.note.as_str()).chain(shared.pair_notes.iter().map(|p| p.note.as_str()));
    if names.chain(shared.pair_notes.iter().map(|p| p.author.as_str())).any(|s| s.len() > MAX_NAME_BYTES)
        || notes.clone().any(|s| s.len() > MAX_NOTE_BYTES)
        || shared.sides.iter().any(|s| s.text.len() > MAX_SIDE_BYTES)
    {
        return Err(LinkError::TooLarge);
    }
    if shared.themes.iter().any(|t| t.colour >= PALETTE) {
        return damaged("colour");
    }
    let fits = |text: &str, span: Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for side in &shared.sides {
        match side.choice {
            Choice::Auto => {}
            Choice::Candidate(start) if fits(&side.text, Span::new(start, start)) => {}
            Choice::Manual(span) if fits(&side.text, span) && span.start < span.end => {}
            _ => return damaged("choice outside the text"),
        }
    }
    let mut numbers: Vec<u32> = shared.themes.iter().map(|t| t.number).collect();
    crate::text::order::sort(&mut numbers);
    if numbers.windows(2).any(|w| w[0] == w[1]) || numbers.first() == Some(&0) {
        return damaged("theme numbers");
    }
    for a in &shared.annotations {
        let Some(side) = shared.sides.get(usize::from(a.side)) else { return damaged("annotation side") };
        if !fits(&side.text, a.span) {
            return damaged("annotation outside the text");
        }
        for t in &a.themes {
            if let ThemeRef::Custom(n) = t {
                if numbers.binary_search(n).is_err() {
                    return damaged("unknown theme");
                }
            }
        }
    }
    for p in &shared.pair_notes {
        if !fits(&shared.sides[0].text, p.a) || !fits(&shared.sides[1].text, p.b) {
            return damaged("pair note outside the text");
        }
    }
    Ok(())
}

fn read_side(bytes: &[u8]) -> Result<SharedSide, LinkError> {
    let mut side = SharedSide::default();
    let mut has_text = false;
    for (tag, value) in Records::new(bytes) {
        let value = value?;
        match tag {
            2 => side.name = string(value, MAX_NAME_BYTES)?,
            4 => {
                side.text = string(value, MAX_SIDE_BYTES)?;
                has_text = true;
            }
            6 => {
                let (mut kind, mut start, mut end) = (0, 0, 0);
                for (t, v) in Records::new(value) {
                    let n = single_varint(v?)?;
                    match t {
                        2 => kind = n,
                        4 => start = offset(n)?,
                        6 => end = offset(n)?,
                        t if t % 2 == 1 => return Err(LinkError::Newer),
                        _ => {}
                    }
                }
                side.choice = match kind {
                    0 => Choice::Auto,
                    1 => Choice::Candidate(start),
                    2 => Choice::Manual(Span { start, end }),
                    _ => return Err(LinkError::Newer),
                };
            }
            t if t % 2 == 1 => return Err(LinkError::Newer),
            _ => {}
        }
    }
    if has_text { Ok(side) } else { Err(LinkError::Damaged("a side without text".into())) }
}

fn read_theme(bytes: &[u8]) -> Result<CustomTheme, LinkError> {
    let mut theme = CustomTheme { number: 0, name: String::new(), colour: 0 };
    for (tag, value) in Records::new(bytes) {
        let value = value?;
        match tag {
            2 => {
                theme.number =
                    u32::try_from(single_varint(value)?).map_err(|_| LinkError::Damaged("theme number".into()))?
            }
            4 => theme.name = string(value, MAX_NAME_BYTES)?,
            6 => {
                theme.colour = u8::try_from(single_varint(value)?)
                    .ok()
                    .filter(|c| *c < PALETTE)
                    .ok_or_else(|| LinkError::Damaged("colour".into()))?;
            }
            t if t % 2 == 1 => return Err(LinkError::Newer),
            _ => {}
        }
    }
    Ok(theme)
}

fn read_annotation(bytes: &[u8]) -> Result<SharedAnnotation, LinkError> {
    let mut a = SharedAnnotation {
        side: 0,
        span: Span::default(),
        themes: Vec::new(),
        note: String::new(),
        author: String::new(),
    };
    let (mut start, mut end) = (0, 0);
    for (tag, value) in Records::new(bytes) {
        let value = value?;
        match tag {
            2 => {
                a.side = u8::try_from(single_varint(value)?)
                    .ok()
                    .filter(|s| *s < 2)
                    .ok_or_else(|| LinkError::Damaged("side".into()))?
            }
            4 => start = offset(single_varint(value)?)?,
            6 => end = offset(single_varint(value)?)?,
            8 => {
                let code = single_varint(value)?;
                let theme = if code % 2 == 0 {
                    let index = usize::try_from(code / 2).unwrap_or(usize::MAX);
                    ThemeRef::BuiltIn(
                        CATALOGUE.get(index).ok_or_else(|| LinkError::Damaged("unknown theme".into()))?.id,
                    )
                } else {
                    ThemeRef::Custom(u32::try_from(code / 2).map_err(|_| LinkError::Damaged("theme".into()))?)
                };
                a.themes.push(theme);
            }
            10 => a.note = string(value, MAX_NOTE_BYTES)?,
            12 => a.author = string(value, MAX_NAME_BYTES)?,
            t if t % 2 == 1 => return Err(LinkError::Newer),
            _ => {}
        }
    }
    a.span = Span { start, end };
    Ok(a)
}

fn read_pair_note(bytes: &[u8]) -> Result<PairNote, LinkError> {
    let mut p = PairNote { a: Span::default(), b: Span::default(), note: String::new(), author: String::new() };
    for (tag, value) in Records::new(bytes) {
        let value = value?;
        match tag {
            2 => p.a.start = offset(single_varint(value)?)?,
            4 => p.a.end = offset(single_varint(value)?)?,
            6 => p.b.start = offset(single_varint(value)?)?,
            8 => p.b.end = offset(single_varint(value)?)?,
            10 => p.note = string(value, MAX_NOTE_BYTES)?,
            12 => p.author = string(value, MAX_NAME_BYTES)?,
            t if t % 2 == 1 => return Err(LinkError::Newer),
            _ => {}
        }
    }
    Ok(p)
}

fn offset(n: u64) -> Result<usize, LinkError> {
    // Only a sanity bound: `validate` checks every span against its text.
    usize::try_from(n).ok().filter(|n| *n <= MAX_SAVED_TEXT_BYTES).ok_or_else(|| LinkError::Damaged("offset".into()))
}

fn string(bytes: &[u8], max: usize) -> Result<String, LinkError> {
    if bytes.len() > max {
        return Err(LinkError::TooLarge);
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| LinkError::Damaged("text is not UTF-8".into()))
}

fn single_varint(bytes: &[u8]) -> Result<u64, LinkError> {
    let (n, used) = get_varint(bytes).ok_or_else(|| LinkError::Damaged("number".into()))?;
    if used == bytes.len() { Ok(n) } else { Err(LinkError::Damaged("number".into())) }
}

fn get_varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut n: u64 = 0;
    for (i, b) in bytes.iter().enumerate().take(10) {
        n |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((n, i + 1));
        }
    }
    None
}

/// Iterates `tag, value` records; a malformed record yields an error.
struct Records<'b> {
    bytes: &'b [u8],
    failed: bool,
}

impl<'b> Records<'b> {
    fn new(bytes: &'b [u8]) -> Records<'b> {
        Records { bytes, failed: false }
    }
}

impl<'b> Iterator for Records<'b> {
    type Item = (u64, Result<&'b [u8], LinkError>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.bytes.is_empty() || self.failed {
            return None;
        }
        let bad = |s: &mut Self| {
            s.failed = true;
            Some((0, Err(LinkError::Damaged("record".into()))))
        };
        let Some((tag, a)) = get_varint(self.bytes) else { return bad(self) };
        let Some((len, b)) = get_varint(&self.bytes[a..]) else { return bad(self) };
        let Ok(len) = usize::try_from(len) else { return bad(self) };
        let start = a + b;
        let Some(end) = start.checked_add(len).filter(|e| *e <= self.bytes.len()) else { return bad(self) };
        let value = &self.bytes[start..end];
        self.bytes = &self.bytes[end..];
        Some((tag, Ok(value)))
    }
}

/// CRC-32 (IEEE 802.3, as zlib and PNG compute it) of `bytes`.
///
/// A byte-at-a-time table of 1 KB: `crc32fast`'s sixteen tables (16 KB of
/// data that hardly compresses) cost the page more than its size budget
/// allows, and a payload of a few hundred kilobytes is checked in well under
/// a millisecond either way.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| CRC_TABLE[usize::from((crc as u8) ^ b)] ^ (crc >> 8))
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

#[cfg(test)]
mod crc_tests {
    #[test]
    fn crc32_is_zlibs() {
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(super::crc32(b""), 0);
    }
}
