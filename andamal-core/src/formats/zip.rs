//! Reading single entries out of a zip archive, the container of `.docx` and
//! `.odt` files.
//!
//! Only what office documents need: the central directory (ZIP64 too, which
//! some tools write for any archive), stored and deflated entries, and a cap
//! on what an entry may inflate to so that a zip bomb costs nothing. Inflating
//! uses `miniz_oxide`, which the share link already links; a whole zip crate
//! would add its own deflate and bring the worker nothing more.
//!
//! ```
//! use andamal_core::formats::zip::Archive;
//! let docx = include_bytes!("../../tests/fixtures/docx/forbundsordning.docx");
//! let archive = Archive::open(docx).unwrap();
//! assert!(archive.contains("word/document.xml"));
//! assert!(archive.read("word/document.xml", 1 << 20).unwrap().starts_with(b"<?xml"));
//! ```

/// Why an archive or one of its entries cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipError {
    /// The bytes do not start like a zip archive.
    NotZip,
    /// No such entry in the archive.
    Missing,
    /// The directory or an entry is damaged, or compressed in a way other
    /// than stored or deflated.
    Damaged,
    /// The entry is encrypted (zip's own password protection).
    Encrypted,
    /// The entry inflates to more than the caller's limit.
    TooLarge,
}

/// An entry's place in the archive, from the central directory.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    method: u16,
    flags: u16,
    compressed: u64,
    local: u64,
}

/// A zip archive's directory over its bytes.
#[derive(Debug)]
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at.checked_add(8)?)?.try_into().ok()?))
}

fn index(at: u64) -> Option<usize> {
    usize::try_from(at).ok()
}

/// Where the central directory starts and how many entries it has, from the
/// end-of-central-directory record (and its ZIP64 twin when the classic one
/// says its fields overflowed).
fn directory(bytes: &[u8]) -> Option<(usize, usize)> {
    // The record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
    let from = bytes.len().saturating_sub(65_557);
    let eocd = (from..bytes.len().saturating_sub(21)).rev().find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))?;
    let entries = u16_at(bytes, eocd + 10)?;
    let start = u32_at(bytes, eocd + 16)?;
    if entries != u16::MAX && start != u32::MAX {
        return Some((index(start.into())?, entries.into()));
    }
    // ZIP64: a locator right before the record points to the ZIP64 record.
    let locator = eocd.checked_sub(20)?;
    if !bytes[locator..].starts_with(b"PK\x06\x07") {
        return Some((index(start.into())?, entries.into()));
    }
    let record = index(u64_at(bytes, locator + 8)?)?;
    if !bytes.get(record..)?.starts_with(b"PK\x06\x06") {
        return None;
    }
    Some((index(u64_at(bytes, record + 48)?)?, index(u64_at(bytes, record + 32)?)?))
}

impl<'a> Archive<'a> {
    /// Reads the archive's central directory.
    ///
    /// # Errors
    /// [`ZipError::NotZip`] when the bytes are not a zip archive,
    /// [`ZipError::Damaged`] when its directory cannot be read.
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        if !bytes.starts_with(b"PK\x03\x04") {
            return Err(ZipError::NotZip);
        }
        let (mut at, count) = directory(bytes).ok_or(ZipError::Damaged)?;
        // Each directory entry takes at least 46 bytes: a damaged count cannot
        // make us reserve more than the file could hold.
        let mut entries = Vec::with_capacity(count.min(bytes.len() / 46));
        for _ in 0..count {
            entries.push(Self::entry(bytes, &mut at).ok_or(ZipError::Damaged)?);
        }
        Ok(Archive { bytes, entries })
    }

    /// One central-directory entry at `at`, which moves past it.
    fn entry(bytes: &[u8], at: &mut usize) -> Option<Entry> {
        let here = *at;
        if !bytes.get(here..)?.starts_with(b"PK\x01\x02") {
            return None;
        }
        let flags = u16_at(bytes, here + 8)?;
        let method = u16_at(bytes, here + 10)?;
        let mut compressed = u64::from(u32_at(bytes, here + 20)?);
        let uncompressed = u32_at(bytes, here + 24)?;
        let name_len = usize::from(u16_at(bytes, here + 28)?);
        let extra_len = usize::from(u16_at(bytes, here + 30)?);
        let comment_len = usize::from(u16_at(bytes, here + 32)?);
        let mut local = u64::from(u32_at(bytes, here + 42)?);
        let name = bytes.get(here + 46..here + 46 + name_len)?;
        let extra = bytes.get(here + 46 + name_len..here + 46 + name_len + extra_len)?;
        // ZIP64 extended information (tag 1): the overflowed fields as u64s,
        // in this order, only those whose classic field is all ones.
        let mut field = 0;
        while field + 4 <= extra.len() {
            let (tag, size) = (u16_at(extra, field)?, usize::from(u16_at(extra, field + 2)?));
            if tag == 1 {
                let mut value = field + 4;
                let mut next = || {
                    let v = u64_at(extra, value);
                    value += 8;
                    v
                };
                if uncompressed == u32::MAX {
                    next()?;
                }
                if compressed == u64::from(u32::MAX) {
                    compressed = next()?;
                }
                if local == u64::from(u32::MAX) {
                    local = next()?;
                }
            }
            field += 4 + size;
        }
        *at = here + 46 + name_len + extra_len + comment_len;
        // Names are UTF-8 in office files; some writers use backslashes.
        let name = String::from_utf8_lossy(name).replace('\\', "/");
        Some(Entry { name, method, flags, compressed, local })
    }

    /// Whether the archive has an entry of this name.
    #[must_use]
    pub fn contains(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    /// The entry's data, inflated, refused past `limit` bytes.
    ///
    /// # Errors
    /// A [`ZipError`] saying why the entry cannot be read.
    pub fn read(&self, name: &str, limit: usize) -> Result<Vec<u8>, ZipError> {
        let entry = self.entries.iter().find(|e| e.name == name).ok_or(ZipError::Missing)?;
        if entry.flags & 1 != 0 {
            return Err(ZipError::Encrypted);
        }
        let bytes = self.bytes;
        let local = index(entry.local).ok_or(ZipError::Damaged)?;
        if !bytes.get(local..).is_some_and(|b| b.starts_with(b"PK\x03\x04")) {
            return Err(ZipError::Damaged);
        }
        let name_len = usize::from(u16_at(bytes, local + 26).ok_or(ZipError::Damaged)?);
        let extra_len = usize::from(u16_at(bytes, local + 28).ok_or(ZipError::Damaged)?);
        let start = local + 30 + name_len + extra_len;
        let end = index(entry.compressed).and_then(|c| start.checked_add(c)).ok_or(ZipError::Damaged)?;
        let data = bytes.get(start..end).ok_or(ZipError::Damaged)?;
        match entry.method {
            0 if data.len() <= limit => Ok(data.to_vec()),
            0 => Err(ZipError::TooLarge),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).map_err(|e| match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooLarge,
                _ => ZipError::Damaged,
            }),
            _ => Err(ZipError::Damaged),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCX: &[u8] = include_bytes!("../../tests/fixtures/docx/forbundsordning.docx");

    #[test]
    fn missing_entries_and_non_zips() {
        let archive = Archive::open(DOCX).unwrap();
        assert_eq!(archive.read("content.xml", 1000), Err(ZipError::Missing));
        assert_eq!(archive.read("word/document.xml", 10), Err(ZipError::TooLarge));
        assert_eq!(Archive::open(b"%PDF-1.7").unwrap_err(), ZipError::NotZip);
        assert_eq!(Archive::open(b"PK\x03\x04").unwrap_err(), ZipError::Damaged);
    }

    #[test]
    fn damage_is_an_error_never_a_panic() {
        for cut in 0..DOCX.len() {
            if let Ok(archive) = Archive::open(&DOCX[..cut]) {
                let _ = archive.read("word/document.xml", 1 << 20);
            }
        }
        let mut flipped = DOCX.to_vec();
        for i in 0..flipped.len() {
            flipped[i] ^= 0xff;
            if let Ok(archive) = Archive::open(&flipped) {
                let _ = archive.read("word/document.xml", 1 << 20);
            }
            flipped[i] ^= 0xff;
        }
    }
}
