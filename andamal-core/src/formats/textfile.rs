//! A dropped or opened file as text, read in the worker: the document
//! formats by their own modules ([`crate::formats::docx`], [`crate::formats::odt`],
//! [`crate::formats::html`], [`crate::formats::rtf`]) and plain text in whatever encoding it
//! came in, with every refusal a [`FileError`] whose Swedish sentence is made
//! here, in [`FileError::message`].
//!
//! The format is decided by the file's first bytes (a zip archive, `{\rtf`,
//! `<html`, PDF's `%PDF`, the old Office container) and, where those say
//! nothing, by its name. Plain text is decoded as:
//!
//! - UTF-8, UTF-16LE or UTF-16BE when a byte-order mark says so;
//! - UTF-16 without a byte-order mark when every other byte is NUL (Notepad's
//!   "Unicode" and many exports);
//! - UTF-8 when it is valid, and also when it is mostly valid: a file with a
//!   few stray bytes keeps its å, ä and ö, with U+FFFD where the bytes were bad;
//! - otherwise Windows-1252, which older Swedish Windows programs write, or
//!   Mac Roman when that reads as Swedish and Windows-1252 does not ("Fšrbundets
//!   ŠndamŒl" is Mac Roman read as Windows-1252).
//!
//! The decoders are a page of tables and arithmetic; the tests check them
//! against `encoding_rs` on every byte and every byte pair, so the worker does
//! not carry its tables for the two encodings it needs.
//!
//! ```
//! use andamal_core::formats::textfile::file_text;
//! assert_eq!(file_text("a.txt", b"\xef\xbb\xbf4 \xc2\xa7 \xc3\x84ndam\xc3\xa5l").unwrap(), "4 § Ändamål");
//! assert_eq!(file_text("a.txt", b"F\xf6rbundets \xe4ndam\xe5l").unwrap(), "Förbundets ändamål");
//! assert_eq!(file_text("a.txt", b"F\x9arbundets \x8andam\x8cl").unwrap(), "Förbundets ändamål");
//! ```

use crate::{formats::docx, formats::html, formats::odt, formats::rtf};

/// Text past this many bytes is refused, as a paste would be.
pub const MAX_TEXT_BYTES: usize = 5 * 1024 * 1024;

/// The document formats read here besides plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Word's `.docx`.
    Word,
    /// OpenDocument text (`.odt`), LibreOffice's own format.
    OpenDocument,
    /// Rich Text Format (`.rtf`).
    Rtf,
}

/// Why a file's text cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    /// Not a document of this format, though its name says so (or a zip
    /// archive that holds no document).
    NotA(Format),
    /// A document of this format, damaged.
    Damaged(Format),
    /// A password-protected document.
    Encrypted(Format),
    /// More text than a side may hold.
    TooLarge,
    /// An old binary Word document (`.doc`).
    OldWord,
    /// A PDF.
    Pdf,
    /// Not text at all (an image, a program).
    NotText,
    /// A readable file without any text (an empty file, a document of
    /// pictures only): opening it would empty the side.
    Empty,
}

impl FileError {
    /// The sentence a user reads. Every file message is here, to be reviewed
    /// together.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            FileError::NotA(Format::Word) => {
                "Filen verkar inte vara ett Word-dokument (.docx). Spara den som .docx eller .txt, eller kopiera texten och klistra in den."
            }
            FileError::NotA(Format::OpenDocument) => {
                "Filen verkar inte vara ett OpenDocument-dokument (.odt). Spara den som .odt, .docx eller .txt, eller kopiera texten och klistra in den."
            }
            FileError::NotA(Format::Rtf) => {
                "Filen verkar inte vara en RTF-fil. Spara den som .docx eller .txt, eller kopiera texten och klistra in den."
            }
            FileError::Damaged(Format::Word) => {
                "Word-dokumentet är skadat och kan inte läsas. Kopiera texten och klistra in den i stället."
            }
            FileError::Damaged(Format::OpenDocument) => {
                "OpenDocument-dokumentet är skadat och kan inte läsas. Kopiera texten och klistra in den i stället."
            }
            FileError::Damaged(Format::Rtf) => {
                "RTF-filen är skadad och kan inte läsas. Spara den som .docx eller .txt, eller kopiera texten och klistra in den."
            }
            FileError::Encrypted(_) => {
                "Dokumentet är skyddat med lösenord och kan inte läsas här. Öppna det, ta bort lösenordet (eller spara en kopia som .txt) och försök igen."
            }
            FileError::TooLarge => "Dokumentet innehåller mer än 5 MB text. Klistra in bara ändamålsparagrafen.",
            FileError::OldWord => {
                "Äldre Word-filer (.doc) kan inte läsas. Spara dokumentet som .docx eller .txt, eller klistra in texten."
            }
            FileError::Pdf => {
                "PDF-filer kan inte läsas här. Öppna PDF:en, markera texten och klistra in den (se ”Hjälp”)."
            }
            FileError::Empty => {
                "Filen innehåller ingen text (kanske bara bilder, som i en skannad kopia). Texten i rutan är kvar. Kopiera texten ur originalet och klistra in den."
            }
            FileError::NotText => {
                "Filen innehåller ingen text som går att läsa (den ser ut att vara en bild eller ett program). Öppna en .txt-, .docx-, .odt-, .rtf- eller .html-fil, eller klistra in texten."
            }
        }
    }
}

/// The text of a file, by its name and bytes.
///
/// # Errors
/// A [`FileError`] when the file is too large or not readable.
pub fn file_text(name: &str, bytes: &[u8]) -> Result<String, FileError> {
    let lower = crate::text::case::lowercase(name);
    let named = |extensions: &[&str]| extensions.iter().any(|e| lower.ends_with(e));
    let text = if bytes.starts_with(b"PK\x03\x04") {
        zipped(bytes, named(&[".odt", ".ott", ".fodt"]))?
    } else if named(&[".docx", ".docm", ".dotx"]) && bytes.starts_with(OLE) {
        // Word saves a password-protected .docx in the old container.
        return Err(FileError::Encrypted(Format::Word));
    } else if named(&[".docx", ".docm", ".dotx"]) {
        return Err(FileError::NotA(Format::Word));
    } else if named(&[".odt", ".ott"]) {
        return Err(FileError::NotA(Format::OpenDocument));
    } else if bytes.starts_with(b"%PDF") || named(&[".pdf"]) {
        return Err(FileError::Pdf);
    } else if bytes.starts_with(OLE) || named(&[".doc"]) {
        return Err(FileError::OldWord);
    } else if bytes.starts_with(b"{\\rtf") {
        rtf::text(bytes)?
    } else if named(&[".rtf"]) {
        return Err(FileError::NotA(Format::Rtf));
    } else if named(&[".html", ".htm", ".xhtml"]) || html::looks_like_html(bytes) {
        html::text(bytes)
    } else {
        let text = decode(bytes);
        if !looks_like_text(&text) {
            return Err(FileError::NotText);
        }
        text
    };
    if text.len() > MAX_TEXT_BYTES {
        return Err(FileError::TooLarge);
    }
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    Ok(text)
}

/// The container of old Office files (Compound File Binary).
const OLE: &[u8] = &[0xd0, 0xcf, 0x11, 0xe0];

/// A zip archive: a Word or an OpenDocument document.
fn zipped(bytes: &[u8], named_odt: bool) -> Result<String, FileError> {
    let named = if named_odt { Format::OpenDocument } else { Format::Word };
    let archive = crate::formats::zip::Archive::open(bytes).map_err(|e| docx::zip_error(e, named))?;
    if archive.contains("word/document.xml") {
        docx::text(bytes)
    } else if archive.contains("content.xml") {
        odt::text(bytes)
    } else if named_odt {
        Err(FileError::NotA(Format::OpenDocument))
    } else {
        Err(FileError::NotA(Format::Word))
    }
}

/// Text has few control characters; an image or a program read as
/// Windows-1252 has many.
fn looks_like_text(text: &str) -> bool {
    let controls = text.chars().filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')).count();
    controls * 20 <= text.chars().count().min(100_000)
}

/// Plain text's bytes as text (see the module's guide for the order of
/// guesses).
#[must_use]
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, false);
    }
    if let Some(little) = utf16_by_nuls(bytes) {
        return utf16(bytes, little);
    }
    decode_8bit(bytes)
}

/// As [`decode`] for bytes known not to be UTF-16: UTF-8, mostly UTF-8,
/// Mac Roman or Windows-1252.
#[must_use]
pub fn decode_8bit(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    if mostly_utf8(bytes) {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    if reads_better_as_mac_roman(bytes) {
        return bytes.iter().map(|&b| mac_roman(b)).collect();
    }
    bytes.iter().map(|&b| windows_1252(b)).collect()
}

/// UTF-16 code units, unpaired surrogates and an odd last byte as U+FFFD
/// (as the browser's `TextDecoder` reads them).
#[must_use]
pub fn utf16(bytes: &[u8], little: bool) -> String {
    let units = bytes
        .chunks_exact(2)
        .map(|p| if little { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
    let mut text: String = char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect();
    if bytes.len() % 2 == 1 {
        text.push('\u{fffd}');
    }
    text
}

/// UTF-16 without a byte-order mark: in Latin-script text one byte of most
/// code units is NUL (the high byte, first in big-endian), and the other
/// almost never is. `Some(true)` for little-endian.
fn utf16_by_nuls(bytes: &[u8]) -> Option<bool> {
    let units = bytes.len() / 2;
    if units < 2 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(1 << 16) & !1];
    let nuls_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (nuls_at(0), nuls_at(1));
    let pairs = sample.len() / 2;
    // Most high bytes NUL, and low bytes NUL at most where the text has NULs.
    if odd * 2 > pairs && even * 10 < pairs {
        Some(true)
    } else if even * 2 > pairs && odd * 10 < pairs {
        Some(false)
    } else {
        None
    }
}

/// Whether invalid UTF-8 is mostly valid: more characters beyond ASCII are
/// well formed than byte sequences are broken. Windows-1252 text has (almost)
/// no well-formed sequences: "ö" followed by "r" is already broken.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                good += valid.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                good += std::str::from_utf8(valid).map_or(0, |v| v.chars().filter(|c| !c.is_ascii()).count());
                bad += 1;
                rest = &after[e.error_len().unwrap_or(after.len())..];
            }
        }
    }
    good > bad
}

/// How likely a character is in Swedish text: its letters, then other
/// Latin letters and common typography; symbols and controls count against.
fn plausibility(c: char) -> i32 {
    match c {
        'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö' => 3,
        'é' | 'É' | 'ü' | 'Ü' | '“' | '”' | '’' | '–' | '—' | '…' | '§' | '\u{a0}' | '•' | '°' | '«' | '»' => {
            1
        }
        'À'..='ÿ' if c != '×' && c != '÷' => 1,
        '\u{80}'..='\u{9f}' => -3,
        _ => -1,
    }
}

/// Whether Mac Roman reads the text's non-ASCII bytes as more plausible
/// Swedish than Windows-1252 does.
fn reads_better_as_mac_roman(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|b| !b.is_ascii());
    let (mac, windows) = high
        .fold((0, 0), |(mac, windows), &b| (mac + plausibility(mac_roman(b)), windows + plausibility(windows_1252(b))));
    mac > windows
}

/// Windows-1252: Latin-1 with typographic marks in 0x80–0x9F (the five
/// unassigned bytes as the C1 controls, as browsers decode them).
#[must_use]
pub fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Mac Roman (the classic Mac OS encoding; 0xDB is the euro sign). The
/// table is Python's `bytes(range(128, 256)).decode("mac_roman")`.
#[must_use]
pub fn mac_roman(b: u8) -> char {
    const HIGH: [char; 128] = [
        'Ä', 'Å', 'Ç', 'É', 'Ñ', 'Ö', 'Ü', 'á', 'à', 'â', 'ä', 'ã', 'å', 'ç', 'é', 'è', 'ê', 'ë', 'í', 'ì', 'î', 'ï',
        'ñ', 'ó', 'ò', 'ô', 'ö', 'õ', 'ú', 'ù', 'û', 'ü', '†', '°', '¢', '£', '§', '•', '¶', 'ß', '®', '©', '™', '´',
        '¨', '≠', 'Æ', 'Ø', '∞', '±', '≤', '≥', '¥', 'µ', '∂', '∑', '∏', 'π', '∫', 'ª', 'º', 'Ω', 'æ', 'ø', '¿', '¡',
        '¬', '√', 'ƒ', '≈', '∆', '«', '»', '…', '\u{a0}', 'À', 'Ã', 'Õ', 'Œ', 'œ', '–', '—', '“', '”', '‘', '’', '÷',
        '◊', 'ÿ', 'Ÿ', '⁄', '€', '‹', '›', 'ﬁ', 'ﬂ', '‡', '·', '‚', '„', '‰', 'Â', 'Ê', 'Á', 'Ë', 'È', 'Í', 'Î', 'Ï',
        'Ì', 'Ó', 'Ô', '\u{f8ff}', 'Ò', 'Ú', 'Û', 'Ù', 'ı', 'ˆ', '˜', '¯', '˘', '˙', '˚', '¸', '˝', '˛', 'ˇ',
    ];
    if b.is_ascii() { char::from(b) } else { HIGH[usize::from(b - 0x80)] }
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
    fn utf16_without_a_byte_order_mark() {
        let text = "4 § Förbundets ändamål – “citat”\r\nRad två";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(file_text("x.txt", &le).unwrap(), text);
        assert_eq!(file_text("x.txt", &be).unwrap(), text);
        // Plain ASCII is not mistaken for UTF-16.
        assert_eq!(decode(b"ab"), "ab");
    }

    #[test]
    fn a_few_bad_bytes_keep_a_utf8_file_utf8() {
        let mut bytes = "Förbundets ändamål är att främja samverkan.".as_bytes().to_vec();
        bytes.insert(11, 0xff);
        bytes.push(0x96);
        assert_eq!(file_text("x.txt", &bytes).unwrap(), "Förbundets\u{fffd} ändamål är att främja samverkan.\u{fffd}");
        // Windows-1252 Swedish stays Windows-1252.
        assert_eq!(
            file_text("x.txt", b"\xc5rsm\xf6te \xe4r h\xf6gsta beslutande organ").unwrap(),
            "Årsmöte är högsta beslutande organ"
        );
    }

    #[test]
    fn mac_roman_when_windows_1252_reads_as_nonsense() {
        assert_eq!(
            file_text("x.txt", b"F\x9arbundets \x8andam\x8cl \xd0 \xd2citat\xd3").unwrap(),
            "Förbundets ändamål – “citat”"
        );
        assert_eq!(file_text("x.txt", b"\x81rsm\x9ate \x80r h\x9agsta").unwrap(), "Årsmöte Är högsta");
    }

    #[test]
    fn refusals_say_what_to_do() {
        assert!(file_text("x.pdf", b"%PDF-1.4").unwrap_err().message().contains("klistra in"));
        assert_eq!(file_text("x.doc", &[0xd0, 0xcf, 0x11, 0xe0, 0]), Err(FileError::OldWord));
        assert_eq!(file_text("x.docx", &[0xd0, 0xcf, 0x11, 0xe0, 0]), Err(FileError::Encrypted(Format::Word)));
        assert_eq!(file_text("x.docx", b"PK\x03\x04trasig"), Err(FileError::Damaged(Format::Word)));
        assert_eq!(file_text("x.odt", b"PK\x03\x04trasig"), Err(FileError::Damaged(Format::OpenDocument)));
        assert_eq!(file_text("x.docx", b"inte en zip"), Err(FileError::NotA(Format::Word)));
        assert_eq!(file_text("x.odt", b"inte en zip"), Err(FileError::NotA(Format::OpenDocument)));
        assert_eq!(file_text("x.rtf", b"inte rtf"), Err(FileError::NotA(Format::Rtf)));
        let png =
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66";
        assert_eq!(file_text("bild.png", png), Err(FileError::NotText));
        assert_eq!(file_text("tom.txt", b" \r\n"), Err(FileError::Empty));
        assert_eq!(file_text("tom.rtf", br"{\rtf1{\pict 89504e47}}"), Err(FileError::Empty));
    }

    #[test]
    fn every_message_is_swedish_and_says_what_to_do() {
        let all = [
            FileError::NotA(Format::Word),
            FileError::NotA(Format::OpenDocument),
            FileError::NotA(Format::Rtf),
            FileError::Damaged(Format::Word),
            FileError::Damaged(Format::OpenDocument),
            FileError::Damaged(Format::Rtf),
            FileError::Encrypted(Format::OpenDocument),
            FileError::TooLarge,
            FileError::OldWord,
            FileError::Pdf,
            FileError::NotText,
            FileError::Empty,
        ];
        for error in all {
            let message = error.message();
            assert!(message.ends_with('.'), "{message}");
            let lower = crate::text::case::lowercase(message);
            assert!(lower.contains("klistra in") || lower.contains("försök igen"), "{message}");
        }
    }

    #[test]
    fn a_docx_by_name_or_by_content() {
        let docx = include_bytes!("../../tests/fixtures/docx/forbundsordning.docx");
        assert!(file_text("ordning.DOCX", docx).unwrap().starts_with("4 § Förbundets ändamål"));
        assert!(file_text("utan-namn", docx).unwrap().starts_with("4 § Förbundets ändamål"));
    }
}
