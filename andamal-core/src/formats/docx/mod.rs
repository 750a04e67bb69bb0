//! Plain text out of a Word document (`.docx`), read in the worker.
//!
//! Many förbundsordningar circulate as Word files, often revised with tracked
//! changes and with their paragraphs numbered by Word ("§ 3", "1.") rather
//! than typed. A `.docx` is a zip archive ([`crate::formats::zip`]); the text is in
//! `word/document.xml`, the numbering's definitions in `word/numbering.xml`
//! and the styles that carry numbering (numbered headings) in
//! `word/styles.xml`. This reads the text as Word shows it with every change
//! accepted, one line per paragraph:
//!
//! - tracked changes: `w:ins` and `w:moveTo` kept, `w:del` and `w:moveFrom`
//!   dropped, and a paragraph whose mark was deleted joined to the next;
//! - text boxes once: Word writes each twice, in the two branches of an
//!   `mc:AlternateContent`; only the first branch is read, and a text box's
//!   paragraphs become lines of their own;
//! - automatic numbering computed from `numbering.xml` ([`numbering::Numbering`]):
//!   `w:lvlText` such as "§ %1" or "%1.%2", `w:numFmt` (decimal, letters,
//!   roman, bullets), `w:start`, `w:lvlRestart`, `w:isLgl`, start overrides,
//!   numbering given by a paragraph style, and a counter per list;
//! - `w:noBreakHyphen` as "-", `w:softHyphen` dropped, `w:sym` as its
//!   character (Symbol and Wingdings' common ones), `w:tab` as a tab,
//!   `w:br`/`w:cr` as a line break, hidden text (`w:vanish`) dropped;
//! - tables cell by cell, each cell's paragraphs on lines of their own.
//!
//! Headers, footers, footnotes and comments are left out. Formatting is not
//! interpreted (text in capitals by `w:caps` stays as typed).
//!
//! ```
//! let docx = include_bytes!("../../../tests/fixtures/docx/forbundsordning.docx");
//! let text = andamal_core::formats::docx::text(docx).unwrap();
//! assert!(text.starts_with("4 § Förbundets ändamål\n"));
//! ```

use crate::formats::textfile::{FileError, Format, MAX_TEXT_BYTES};
use crate::formats::xml::{Token, Tokens, attribute, unescape_into};
use crate::formats::zip::{Archive, ZipError};

pub mod numbering;

use numbering::Numbering;

/// An XML part may inflate to at most this much.
pub(crate) const MAX_XML_BYTES: usize = 40 * 1024 * 1024;

/// The document's text, one line per paragraph.
///
/// # Errors
/// A [`FileError`] saying why the bytes are not a readable Word document.
pub fn text(bytes: &[u8]) -> Result<String, FileError> {
    let archive = Archive::open(bytes).map_err(|e| zip_error(e, Format::Word))?;
    let document = part(&archive, "word/document.xml", Format::Word)?;
    let optional = |name| match archive.read(name, MAX_XML_BYTES) {
        Ok(xml) => Ok(String::from_utf8(xml).unwrap_or_default()),
        Err(ZipError::Missing) => Ok(String::new()),
        Err(e) => Err(zip_error(e, Format::Word)),
    };
    let mut numbering = Numbering::parse(&optional("word/numbering.xml")?, &optional("word/styles.xml")?);
    let text = read_document(&document, &mut numbering);
    if text.len() > MAX_TEXT_BYTES {
        return Err(FileError::TooLarge);
    }
    Ok(text)
}

/// The error for a zip-level failure reading a document of `format`.
pub(crate) fn zip_error(error: ZipError, format: Format) -> FileError {
    match error {
        ZipError::NotZip | ZipError::Missing => FileError::NotA(format),
        ZipError::Damaged => FileError::Damaged(format),
        ZipError::Encrypted => FileError::Encrypted(format),
        ZipError::TooLarge => FileError::TooLarge,
    }
}

/// A required XML part, as text.
pub(crate) fn part(archive: &Archive<'_>, name: &str, format: Format) -> Result<String, FileError> {
    let xml = archive.read(name, MAX_XML_BYTES).map_err(|e| zip_error(e, format))?;
    String::from_utf8(xml).map_err(|_| FileError::Damaged(format))
}

/// Whether an on/off property such as `<w:vanish/>` is on.
pub(crate) fn is_on(attributes: &str) -> bool {
    !matches!(attribute(attributes, "w:val").as_deref(), Some("0" | "false" | "off"))
}

/// A paragraph being read: its numbering, and whether its mark was deleted.
#[derive(Debug, Default)]
struct Paragraph {
    style: Option<String>,
    num_id: Option<String>,
    level: Option<usize>,
    mark_deleted: bool,
    /// Whether it anchors a text box (whose paragraphs end their own lines).
    boxed: bool,
    /// Whether its number (if any) has been written.
    labelled: bool,
}

/// Reads `word/document.xml` into lines of text.
fn read_document(xml: &str, numbering: &mut Numbering) -> String {
    let mut out = String::new();
    let mut stack: Vec<&str> = Vec::new();
    // While Some(depth), everything inside the element at that depth is skipped.
    let mut skip: Option<usize> = None;
    // One entry per open mc:AlternateContent: whether a branch was read.
    let mut alternatives: Vec<bool> = Vec::new();
    // The paragraphs open: a text box's paragraphs sit inside a run of another.
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut in_properties = false;
    let mut hidden_run = false;

    for token in Tokens::new(xml) {
        let (name, attributes, empty) = match token {
            Token::Open { name, attributes, empty } => (name, attributes, empty),
            Token::Close(name) => {
                if skip == Some(stack.len().saturating_sub(1)) && stack.last() == Some(&name) {
                    skip = None;
                } else if skip.is_none() {
                    match name {
                        "w:pPr" => in_properties = false,
                        "w:r" => hidden_run = false,
                        "mc:AlternateContent" => {
                            alternatives.pop();
                        }
                        "w:p" => {
                            if let Some(paragraph) = paragraphs.pop() {
                                end_paragraph(paragraph, numbering, &mut out);
                            }
                        }
                        _ => {}
                    }
                }
                if stack.last() == Some(&name) {
                    stack.pop();
                } else if let Some(at) = open_at(&stack, name) {
                    // Damaged nesting: close what was left open inside.
                    stack.truncate(at);
                    skip = skip.filter(|&depth| depth < at);
                }
                continue;
            }
            Token::Text(text) | Token::CData(text) => {
                if skip.is_none() && !hidden_run && matches!(stack.last(), Some(&("w:t" | "m:t"))) {
                    if let Some(paragraph) = paragraphs.last_mut() {
                        write_label(paragraph, numbering, &mut out);
                    }
                    if matches!(token, Token::CData(_)) {
                        out.push_str(text);
                    } else {
                        unescape_into(text, &mut out);
                    }
                }
                continue;
            }
        };
        if !empty {
            stack.push(name);
        }
        if skip.is_some() {
            continue;
        }
        let depth = stack.len().saturating_sub(1);
        let mut skip_this = || {
            if !empty {
                skip = Some(depth);
            }
        };
        if in_properties {
            let Some(paragraph) = paragraphs.last_mut() else { continue };
            match name {
                // Earlier properties of a revised paragraph: not what it is now.
                "w:pPrChange" | "w:rPrChange" | "w:numberingChange" | "w:sectPr" => skip_this(),
                "w:pStyle" => paragraph.style = attribute(attributes, "w:val").map(Into::into),
                "w:numId" => paragraph.num_id = attribute(attributes, "w:val").map(Into::into),
                "w:ilvl" => paragraph.level = attribute(attributes, "w:val").and_then(|v| v.parse().ok()),
                // The paragraph mark itself deleted or moved away: the
                // paragraph runs on into the next once the change is accepted.
                "w:del" | "w:moveFrom" => paragraph.mark_deleted = true,
                _ => {}
            }
            continue;
        }
        match name {
            "w:del" | "w:moveFrom" | "mc:Fallback" | "w:rPrChange" | "w:pPrChange" | "w:tblPrChange"
            | "w:trPrChange" | "w:tcPrChange" | "w:sectPrChange" | "w:instrText" | "w:delText" => skip_this(),
            "mc:AlternateContent" if !empty => alternatives.push(false),
            "mc:Choice" => match alternatives.last_mut() {
                Some(chosen) if *chosen => skip_this(),
                Some(chosen) => *chosen = true,
                None => {}
            },
            "w:p" => {
                let paragraph = Paragraph::default();
                if empty {
                    end_paragraph(paragraph, numbering, &mut out);
                } else {
                    paragraphs.push(paragraph);
                }
            }
            "w:pPr" if !empty => in_properties = true,
            // A text box's paragraphs start on a line of their own.
            "w:txbxContent" => {
                if let Some(paragraph) = paragraphs.last_mut() {
                    paragraph.boxed = true;
                }
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            "w:r" => hidden_run = false,
            "w:vanish" if stack.contains(&"w:rPr") => {
                hidden_run = is_on(attributes);
            }
            _ if hidden_run => {}
            "w:tab" | "w:ptab" | "w:br" | "w:cr" | "w:noBreakHyphen" | "w:sym" => {
                if let Some(paragraph) = paragraphs.last_mut() {
                    write_label(paragraph, numbering, &mut out);
                }
                match name {
                    "w:tab" | "w:ptab" => out.push('\t'),
                    "w:br" | "w:cr" => out.push('\n'),
                    "w:noBreakHyphen" => out.push('-'),
                    _ => out.extend(symbol(attributes)),
                }
            }
            _ => {}
        }
    }
    // Paragraphs left open by a truncated document.
    while let Some(paragraph) = paragraphs.pop() {
        end_paragraph(paragraph, numbering, &mut out);
    }
    out.trim_end().to_owned()
}

/// Where the innermost open element `name` is in `stack`, looking at most 64
/// levels up: a stray end tag in a damaged file costs nothing, however deep.
pub(crate) fn open_at<S: AsRef<str>>(stack: &[S], name: &str) -> Option<usize> {
    let found = stack.iter().rev().take(64).position(|open| open.as_ref() == name)?;
    Some(stack.len() - 1 - found)
}

/// Writes the paragraph's number, once, before its first text.
fn write_label(paragraph: &mut Paragraph, numbering: &mut Numbering, out: &mut String) {
    if paragraph.labelled {
        return;
    }
    paragraph.labelled = true;
    if let Some(label) = numbering.label(paragraph.style.as_deref(), paragraph.num_id.as_deref(), paragraph.level) {
        out.push_str(&label);
    }
}

/// Ends a paragraph: a line break, unless its mark was deleted (then it runs
/// on into the next) or it only anchored a text box, whose lines are ended.
/// An empty numbered paragraph still shows its number, as in Word; a deleted
/// one leaves nothing.
fn end_paragraph(mut paragraph: Paragraph, numbering: &mut Numbering, out: &mut String) {
    if paragraph.mark_deleted || (paragraph.boxed && out.ends_with('\n')) {
        return;
    }
    write_label(&mut paragraph, numbering, out);
    out.push('\n');
}

/// `<w:sym w:font="Symbol" w:char="F0B7"/>`: a character from a symbol font.
/// Codes F000–F0FF are the font's own 8-bit codes; the common ones of Symbol
/// and Wingdings are mapped, other codes of those fonts become "•"-like marks
/// only where they are list marks, otherwise they are left out.
fn symbol(attributes: &str) -> Option<char> {
    let code = u32::from_str_radix(&attribute(attributes, "w:char")?, 16).ok()?;
    let font = attribute(attributes, "w:font").unwrap_or_default();
    let byte = match code {
        0xf000..=0xf0ff => u8::try_from(code - 0xf000).ok()?,
        _ => return char::from_u32(code).filter(|c| !('\u{e000}'..='\u{f8ff}').contains(c)),
    };
    match font.as_ref() {
        "Symbol" => symbol_font(byte),
        "Wingdings" => match byte {
            0x9f | 0x6c | 0x6e | 0xa7 => Some('•'),
            0xfc => Some('✓'),
            0xfb => Some('✗'),
            0xe0 | 0xe8 | 0xd8 => Some('→'),
            _ => None,
        },
        _ => (0x20..0x7f).contains(&byte).then(|| char::from(byte)),
    }
}

/// The Symbol font's 8-bit codes: Greek letters and the common signs.
fn symbol_font(byte: u8) -> Option<char> {
    const GREEK_UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
    const GREEK_LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
    match byte {
        0x41..=0x5a => GREEK_UPPER.chars().nth(usize::from(byte - 0x41)),
        0x61..=0x7a => GREEK_LOWER.chars().nth(usize::from(byte - 0x61)),
        0x22 => Some('∀'),
        0x24 => Some('∃'),
        0x2d => Some('−'),
        0xa3 => Some('≤'),
        0xb3 => Some('≥'),
        0xb0 => Some('°'),
        0xb1 => Some('±'),
        0xb4 => Some('×'),
        0xb7 => Some('•'),
        0xb8 => Some('÷'),
        0xb9 => Some('≠'),
        0xbb => Some('≈'),
        0xbc => Some('…'),
        0xae => Some('→'),
        0xac => Some('←'),
        0xd2 | 0xe2 => Some('®'),
        0xd3 | 0xe3 => Some('©'),
        0xd4 | 0xe4 => Some('™'),
        0x20..=0x40 | 0x5b..=0x60 | 0x7b..=0x7e => Some(char::from(byte)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::numbering::format_number;
    use super::*;

    const DOCX: &[u8] = include_bytes!("../../../tests/fixtures/docx/forbundsordning.docx");

    fn body(xml: &str) -> String {
        read_document(xml, &mut Numbering::default())
    }

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
        assert_eq!(text(b"%PDF-1.7 ..."), Err(FileError::NotA(Format::Word)));
        assert_eq!(text(b""), Err(FileError::NotA(Format::Word)));
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
        assert_eq!(body(xml), "a\tb\n\nc");
    }

    #[test]
    fn tracked_changes_are_read_as_accepted() {
        // As Word writes them: an insertion, a deletion, and a sentence moved
        // from the first paragraph to the end of the second.
        let xml = r#"<w:body>
<w:p><w:r><w:t xml:space="preserve">Förbundet ska </w:t></w:r><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">stödja </w:delText></w:r></w:del><w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">främja </w:t></w:r></w:ins><w:r><w:t>samverkan.</w:t></w:r><w:moveFromRangeStart w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z" w:name="move1"/><w:moveFrom w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> Det flyttade.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="3"/></w:p>
<w:p><w:r><w:t>Andra stycket.</w:t></w:r><w:moveToRangeStart w:id="5" w:author="A" w:date="2024-01-01T00:00:00Z" w:name="move1"/><w:moveTo w:id="6" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> Det flyttade.</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="5"/></w:p>
<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="8" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Ett struket stycke.</w:delText></w:r></w:del></w:p>
<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Ihop </w:t></w:r></w:p>
<w:p><w:pPr><w:pPrChange w:id="10" w:author="A" w:date="2024-01-01T00:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:rPrChange w:id="11" w:author="A" w:date="2024-01-01T00:00:00Z"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>med nästa.</w:t></w:r></w:p>
</w:body>"#;
        assert_eq!(body(xml), "Förbundet ska främja samverkan.\nAndra stycket. Det flyttade.\nIhop med nästa.");
    }

    #[test]
    fn text_boxes_once_and_hyphens_symbols_and_hidden_text() {
        // A text box as Word 2010+ writes it: DrawingML first, VML fallback.
        let xml = r#"<w:p><w:r><w:t>Före</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Textruta 1"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>efter</w:t></w:r></w:p>
<w:p><w:r><w:t>EU</w:t><w:noBreakHyphen/><w:t>stöd till sam</w:t><w:softHyphen/><w:t>ordning </w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t xml:space="preserve"> 2</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>dold</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> syns</w:t></w:r></w:p>"#;
        assert_eq!(body(xml), "Före\nI rutan\nefter\nEU-stöd till samordning ≥ 2 syns");
    }

    #[test]
    fn tables_are_read_cell_by_cell() {
        let xml = r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="1"/></w:tcPr><w:p><w:r><w:t>4 §</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ändamål</w:t></w:r></w:p><w:p><w:r><w:t>Förbundet ska …</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(body(xml), "4 §\nÄndamål\nFörbundet ska …");
    }

    const NUMBERING: &str = r#"<w:numbering>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Rubrik1"/><w:lvlText w:val="§ %1"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="0"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"#;
    const STYLES: &str = r#"<w:styles><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MinRubrik"><w:basedOn w:val="Rubrik1"/></w:style></w:styles>"#;

    fn paragraph(style: &str, num: Option<(u32, u32)>, text: &str) -> String {
        let style = if style.is_empty() { String::new() } else { format!(r#"<w:pStyle w:val="{style}"/>"#) };
        let num = num.map_or(String::new(), |(id, level)| {
            format!(r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr>"#)
        });
        format!(r#"<w:p><w:pPr>{style}{num}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
    }

    #[test]
    fn numbered_headings_and_lists_get_their_numbers() {
        let xml = [
            paragraph("Rubrik1", None, "Namn"),
            paragraph("", None, "Text."),
            paragraph("MinRubrik", None, "Ändamål"),
            paragraph("", Some((1, 1)), "första"),
            paragraph("", Some((1, 1)), "andra"),
            paragraph("Rubrik1", None, "Medlemmar"),
            paragraph("", Some((1, 1)), "åter a"),
            paragraph("", Some((2, 0)), "ett"),
            paragraph("", Some((2, 1)), "ett.ett"),
            paragraph("", Some((5, 0)), "två, samma lista"),
            paragraph("", Some((2, 1)), "utan omstart"),
            paragraph("", Some((2, 2)), "juridisk"),
            paragraph("", Some((3, 0)), "egen start"),
            paragraph("", Some((4, 0)), "punkt"),
            paragraph("Rubrik1", Some((0, 0)), "Onumrerad"),
        ]
        .concat();
        let mut numbering = Numbering::parse(NUMBERING, STYLES);
        assert_eq!(
            read_document(&xml, &mut numbering),
            "§ 1 Namn\nText.\n§ 2 Ändamål\na)\tförsta\nb)\tandra\n§ 3 Medlemmar\na)\tåter a\n1.\tett\n1.1\tett.ett\n\
             2.\ttvå, samma lista\n2.2\tutan omstart\n2.2.1\tjuridisk\n7.\tegen start\n•\tpunkt\nOnumrerad"
        );
    }

    #[test]
    fn number_formats() {
        let cases = [
            (1, "lowerLetter", "a"),
            (27, "upperLetter", "AA"),
            (1994, "upperRoman", "MCMXCIV"),
            (4, "lowerRoman", "iv"),
            (3, "decimalZero", "03"),
            (12, "ordinal", "12"),
        ];
        for (value, format, expected) in cases {
            assert_eq!(format_number(value, format), expected, "{format}");
        }
    }
}
