//! A dropped or opened file as text: `.docx` through [`crate::docx`], plain
//! text in UTF-8, UTF-16 (with its byte-order mark) or Windows-1252, which
//! older Swedish Windows programs still write.
//!
//! ```
//! use andamal_core::textfile::file_text;
//! assert_eq!(file_text("a.txt", b"\xef\xbb\xbf4 \xc2\xa7 \xc3\x84ndam\xc3\xa5l").unwrap(), "4 § Ändamål");
//! assert_eq!(file_text("a.txt", b"F\xf6rbundets \xe4ndam\xe5l").unwrap(), "Förbundets ändamål");
//! ```

use crate::docx;

/// The text of a file, by its name and bytes; `Err` is a Swedish sentence.
///
/// # Errors
/// The reason in Swedish when the file is too large or not readable.
pub fn file_text(name: &str, bytes: &[u8]) -> Result<String, &'static str> {
    let lower = crate::case::lowercase(name);
    if lower.ends_with(".docx") || bytes.starts_with(b"PK\x03\x04") {
        return docx::text(bytes).map_err(docx::DocxError::message);
    }
    if lower.ends_with(".pdf") || bytes.starts_with(b"%PDF") {
        return Err("PDF-filer kan inte läsas här. Öppna PDF:en, markera texten och klistra in den (se ”Hjälp”).");
    }
    if lower.ends_with(".doc") || bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return Err(
            "Äldre Word-filer (.doc) kan inte läsas. Spara dokumentet som .docx eller .txt, eller klistra in texten.",
        );
    }
    let text = decode(bytes);
    if text.len() > docx::MAX_TEXT_BYTES {
        return Err(docx::DocxError::TooLarge.message());
    }
    Ok(text)
}

/// UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark, or else
/// Windows-1252.
fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], little: bool| {
        let units = rest
            .chunks_exact(2)
            .map(|p| if little { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
        char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect()
    };
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, false);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// Windows-1252: Latin-1 with typographic marks in 0x80–0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(file_text("x.txt", b"\xff\xfeA\x00\xe5\x00").unwrap(), "Aå");
        assert_eq!(file_text("x.txt", b"\x93citat\x94 \x96 tankstreck").unwrap(), "“citat” – tankstreck");
        assert_eq!(file_text("x.txt", "redan utf-8: åäö".as_bytes()).unwrap(), "redan utf-8: åäö");
    }

    #[test]
    fn refusals_say_what_to_do() {
        assert!(file_text("x.pdf", b"%PDF-1.4").unwrap_err().contains("klistra in"));
        assert!(file_text("x.doc", &[0xd0, 0xcf, 0x11, 0xe0, 0]).unwrap_err().contains(".docx"));
        assert!(file_text("x.docx", b"PK\x03\x04trasig").is_err());
    }

    #[test]
    fn a_docx_by_name_or_by_content() {
        let docx = include_bytes!("../tests/fixtures/docx/forbundsordning.docx");
        assert!(file_text("ordning.DOCX", docx).unwrap().starts_with("4 § Förbundets ändamål"));
        assert!(file_text("utan-namn", docx).unwrap().starts_with("4 § Förbundets ändamål"));
    }
}
