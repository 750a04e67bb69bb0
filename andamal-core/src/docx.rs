//! Plain text out of a Word document (`.docx`), read in the browser.
//!
//! Many förbundsordningar circulate as Word files. A `.docx` is a zip archive;
//! its text is in `word/document.xml`, in `<w:t>` runs inside `<w:p>`
//! paragraphs. This reads the archive's central directory, inflates that one
//! entry (with the deflate the share link already needs) and keeps the text,
//! one line per paragraph, tabs and line breaks as such. Formatting, tables'
//! structure, headers and footnotes are left out; nothing is interpreted.
//!
//! ```
//! let docx = include_bytes!("../tests/fixtures/docx/forbundsordning.docx");
//! let text = andamal_core::docx::text(docx).unwrap();
//! assert!(text.starts_with("4 § Förbundets ändamål\n"));
//! ```

/// Text past this many bytes is refused, as a paste would be.
pub const MAX_TEXT_BYTES: usize = 5 * 1024 * 1024;
/// The document's XML may inflate to at most this much.
const MAX_XML_BYTES: usize = 40 * 1024 * 1024;
const DOCUMENT: &[u8] = b"word/document.xml";

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocxError {
    /// Not a zip archive with `word/document.xml` (an old `.doc`, a PDF, …).
    NotDocx,
    /// The archive or its XML is damaged.
    Damaged,
    /// More text than a side may hold.
    TooLarge,
}

impl DocxError {
    /// The sentence a user reads.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            DocxError::NotDocx => {
                "Filen verkar inte vara ett Word-dokument (.docx). Spara den som .docx eller .txt, eller kopiera texten och klistra in den."
            }
            DocxError::Damaged => {
                "Word-dokumentet är skadat och kan inte läsas. Kopiera texten och klistra in den i stället."
            }
            DocxError::TooLarge => "Dokumentet innehåller mer än 5 MB text. Klistra in bara ändamålsparagrafen.",
        }
    }
}

/// The document's text, one line per paragraph.
///
/// # Errors
/// A [`DocxError`] saying why the bytes are not a readable Word document.
pub fn text(bytes: &[u8]) -> Result<String, DocxError> {
    let xml = document_xml(bytes)?;
    let xml = std::str::from_utf8(&xml).map_err(|_| DocxError::Damaged)?;
    let text = paragraphs(xml);
    if text.len() > MAX_TEXT_BYTES {
        return Err(DocxError::TooLarge);
    }
    Ok(text)
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?)))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?)).ok()
}

/// `word/document.xml`, found through the zip's central directory.
fn document_xml(bytes: &[u8]) -> Result<Vec<u8>, DocxError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(DocxError::NotDocx);
    }
    // The end-of-central-directory record is in the last 64 KB + 22 bytes.
    let from = bytes.len().saturating_sub(65_557);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .ok_or(DocxError::Damaged)?;
    let entries = u16_at(bytes, eocd + 10).ok_or(DocxError::Damaged)?;
    let mut at = u32_at(bytes, eocd + 16).ok_or(DocxError::Damaged)?;
    for _ in 0..entries {
        if !bytes.get(at..).is_some_and(|b| b.starts_with(b"PK\x01\x02")) {
            return Err(DocxError::Damaged);
        }
        let field = |offset: usize| u16_at(bytes, at + offset).ok_or(DocxError::Damaged);
        let method = field(10)?;
        let compressed = u32_at(bytes, at + 20).ok_or(DocxError::Damaged)?;
        let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
        let local = u32_at(bytes, at + 42).ok_or(DocxError::Damaged)?;
        let name = bytes.get(at + 46..at + 46 + name_len).ok_or(DocxError::Damaged)?;
        if name == DOCUMENT {
            return entry(bytes, local, method, compressed);
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    Err(DocxError::NotDocx)
}

/// One entry's data, inflated when it is deflated.
fn entry(bytes: &[u8], local: usize, method: usize, compressed: usize) -> Result<Vec<u8>, DocxError> {
    if !bytes.get(local..).is_some_and(|b| b.starts_with(b"PK\x03\x04")) {
        return Err(DocxError::Damaged);
    }
    let name_len = u16_at(bytes, local + 26).ok_or(DocxError::Damaged)?;
    let extra_len = u16_at(bytes, local + 28).ok_or(DocxError::Damaged)?;
    let start = local + 30 + name_len + extra_len;
    let data = bytes.get(start..start.checked_add(compressed).ok_or(DocxError::Damaged)?).ok_or(DocxError::Damaged)?;
    match method {
        0 if data.len() <= MAX_XML_BYTES => Ok(data.to_vec()),
        0 => Err(DocxError::TooLarge),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_XML_BYTES).map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => DocxError::TooLarge,
            _ => DocxError::Damaged,
        }),
        _ => Err(DocxError::Damaged),
    }
}

/// The text of `<w:t>` runs; a line per `<w:p>`, `<w:tab/>` and `<w:br/>` kept.
fn paragraphs(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    // Paragraph properties list tab stops as `<w:tab …/>` too: not text.
    let mut in_properties = false;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let name = tag.split([' ', '/']).next().unwrap_or("");
        match name {
            "w:pPr" if !tag.ends_with('/') => in_properties = true,
            "" if tag == "/w:pPr" => in_properties = false,
            _ if in_properties => {}
            "w:t" if !tag.ends_with('/') => {
                let end = rest.find("</w:t>").unwrap_or(rest.len());
                unescape_into(&rest[..end], &mut out);
                rest = &rest[end..];
            }
            "w:tab" => out.push('\t'),
            "w:br" | "w:cr" => out.push('\n'),
            "" if tag == "/w:p" => out.push('\n'),
            "w:p" if tag.ends_with('/') => out.push('\n'),
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

/// XML's five named entities and numeric character references.
fn unescape_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &rest[amp + 1..];
            continue;
        };
        let entity = &rest[amp + 1..amp + semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCX: &[u8] = include_bytes!("../tests/fixtures/docx/forbundsordning.docx");

    #[test]
    fn a_word_document_becomes_paragraphs_of_text() {
        assert_eq!(
            text(DOCX).unwrap(),
            "4 § Förbundets ändamål\nFörbundets ändamål är att inom det geografiska området för kommunerna Finspång & \
             Norrköping svara för finansiell samordning.\nRad ett\nrad två\t<flik> öä"
        );
    }

    #[test]
    fn what_is_not_a_docx_is_refused_and_never_panics() {
        assert_eq!(text(b"%PDF-1.7 ..."), Err(DocxError::NotDocx));
        assert_eq!(text(b""), Err(DocxError::NotDocx));
        for cut in [4, 30, 200, DOCX.len() - 30, DOCX.len() - 1] {
            assert!(text(&DOCX[..cut]).is_err(), "cut at {cut}");
        }
        let mut flipped = DOCX.to_vec();
        for i in (0..flipped.len()).step_by(7) {
            flipped[i] ^= 0x5a;
            let _ = text(&flipped);
        }
    }

    #[test]
    fn tab_stops_are_not_tabs_and_empty_paragraphs_are_lines() {
        let xml = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>c</w:t></w:r></w:p>"#;
        assert_eq!(paragraphs(xml), "a\tb\n\nc");
    }

    #[test]
    fn entities() {
        let mut out = String::new();
        unescape_into("a &amp; b &#228; &#xE5; &unknown; & c", &mut out);
        assert_eq!(out, "a & b ä å &unknown; & c");
    }
}
