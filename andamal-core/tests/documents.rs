//! Documents as their programs write them, read by `textfile::file_text`.
//!
//! - `fixtures/office/*.fodt` are converted by LibreOffice (`scripts/office-fixtures`,
//!   Debian's `libreoffice-writer-nogui`, installed by `scripts/setup`) to `.docx` and
//!   `.odt`; both must read as `<name>.expected.txt`, and the finder must find the
//!   ändamål clause in them. Without LibreOffice these tests fail; they never skip.
//! - What LibreOffice cannot write (tracked moves, Word's text boxes in
//!   `mc:AlternateContent`, ZIP64) is a `document.xml` written the way Word writes it,
//!   zipped here with the `zip` crate.
//! - Properties: hostile office XML and arbitrary bytes are read or refused, never a panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use andamal_core::Folds;
use andamal_core::formats::textfile::{FileError, Format, MAX_TEXT_BYTES, file_text};
use andamal_core::statute::finder::find;
use proptest::prelude::*;
use zip::write::SimpleFileOptions;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Converts every LibreOffice source to .docx and .odt in a fresh folder.
fn converted() -> (PathBuf, Vec<String>) {
    let out = std::env::temp_dir().join(format!("andamal-office-{}", std::process::id()));
    let script = root().join("../scripts/office-fixtures");
    let status = Command::new("bash")
        .arg(&script)
        .arg(&out)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(status.success(), "scripts/office-fixtures failed: is LibreOffice installed? Run scripts/setup.");
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/office"))
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().to_str()?.strip_suffix(".fodt").map(str::to_owned))
        .collect();
    names.sort();
    assert!(names.len() >= 2, "{names:?}");
    (out, names)
}

#[test]
fn libreoffice_documents_read_as_their_text_in_both_formats() {
    let (out, names) = converted();
    for name in names {
        let expected =
            std::fs::read_to_string(root().join(format!("tests/fixtures/office/{name}.expected.txt"))).unwrap();
        let expected = expected.trim_end();
        for extension in ["docx", "odt"] {
            let file = out.join(format!("{name}.{extension}"));
            let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let text = file_text(&format!("{name}.{extension}"), &bytes).unwrap();
            assert_eq!(text, expected, "{name}.{extension}");
            // The numbered ändamål heading is found.
            let finding = find(&text, Folds::default());
            let chosen = finding.chosen().unwrap_or_else(|| panic!("{name}.{extension}: nothing found"));
            assert!(chosen.heading.as_deref().is_some_and(|h| h.contains("Ändamål")), "{name}.{extension}: {chosen:?}");
            assert!(text[chosen.start..chosen.end].starts_with("Förbundet"), "{name}.{extension}");
        }
    }
    let _ = std::fs::remove_dir_all(out);
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// A Word revision of a förbundsordning: a sentence moved (with its own
/// paragraph), a deletion and an insertion, a text box, numbered headings.
const DOCUMENT: &str = r##"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14 wp14"><w:body>
<w:p w:rsidR="00A1" w:rsidRDefault="00A1"><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Namn</w:t></w:r></w:p>
<w:p><w:r><w:t>Förbundets namn är Samordningsförbundet Exempel.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Ändamål</w:t></w:r></w:p>
<w:p><w:pPr><w:rPr><w:moveFrom w:id="0" w:author="Kansliet" w:date="2024-03-01T10:00:00Z"/></w:rPr></w:pPr><w:moveFromRangeStart w:id="1" w:author="Kansliet" w:date="2024-03-01T10:00:00Z" w:name="move160001"/><w:moveFrom w:id="2" w:author="Kansliet" w:date="2024-03-01T10:00:00Z"><w:r><w:t>Förbundet ska stödja samverkan mellan parterna.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>
<w:p><w:r><w:t xml:space="preserve">Förbundets ändamål är att </w:t></w:r><w:del w:id="3" w:author="Kansliet" w:date="2024-03-01T10:00:00Z"><w:r><w:delText xml:space="preserve">svara för </w:delText></w:r></w:del><w:ins w:id="4" w:author="Kansliet" w:date="2024-03-01T10:00:00Z"><w:r><w:t xml:space="preserve">ansvara för </w:t></w:r></w:ins><w:r><w:t>finansiell samordning inom rehabiliteringsområdet.</w:t></w:r></w:p>
<w:p><w:moveToRangeStart w:id="5" w:author="Kansliet" w:date="2024-03-01T10:00:00Z" w:name="move160001"/><w:moveTo w:id="6" w:author="Kansliet" w:date="2024-03-01T10:00:00Z"><w:r><w:t>Förbundet ska stödja samverkan mellan parterna.</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="5"/></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="2360930" cy="1404620"/><wp:docPr id="217" name="Textruta 2"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:txbx><w:txbxContent><w:p><w:r><w:t>Antagen av förbundsstämman 2024.</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="Textruta 2" o:spid="_x0000_s1026" type="#_x0000_t202"><v:textbox><w:txbxContent><w:p><w:r><w:t>Antagen av förbundsstämman 2024.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Medlemmar</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"##;

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Rubrik1"/><w:lvlText w:val="§ %1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>"#;

const EXPECTED: &str = "§ 1\tNamn\nFörbundets namn är Samordningsförbundet Exempel.\n§ 2\tÄndamål\n\
Förbundets ändamål är att ansvara för finansiell samordning inom rehabiliteringsområdet.\n\
Förbundet ska stödja samverkan mellan parterna.\nAntagen av förbundsstämman 2024.\n§ 3\tMedlemmar";

/// A .docx of these parts, deflated or stored, with ZIP64 records or not.
fn docx(options: SimpleFileOptions, zip64: bool) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    if zip64 {
        writer.set_zip64_comment(Some(""));
    }
    for (name, text) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", DOCUMENT),
        ("word/numbering.xml", NUMBERING),
        ("word/styles.xml", STYLES),
    ] {
        writer.start_file(name, options).unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    let mut bytes = writer.finish().unwrap().into_inner();
    if zip64 {
        // As writers do whose counts overflow: the classic record's fields all
        // ones, so that only the ZIP64 record tells where the directory is.
        let eocd = bytes.windows(4).rposition(|w| w == b"PK\x05\x06").unwrap();
        bytes[eocd + 8..eocd + 12].fill(0xff);
        bytes[eocd + 16..eocd + 20].fill(0xff);
    }
    bytes
}

#[test]
fn a_word_revision_with_moves_and_a_text_box_reads_as_accepted() {
    let deflated = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let text = file_text("ändrad.docx", &docx(deflated, false)).unwrap();
    assert_eq!(text, EXPECTED);
    assert_eq!(text.matches("Förbundet ska stödja").count(), 1, "a move is read once");
    assert_eq!(text.matches("Antagen av").count(), 1, "a text box is read once");
    let chosen = find(&text, Folds::default()).chosen().cloned().expect("the clause");
    assert_eq!(chosen.heading.as_deref(), Some("§ 2\tÄndamål"));
}

#[test]
fn stored_and_zip64_archives_read_the_same() {
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let large = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    for (what, bytes) in [("stored", docx(stored, false)), ("zip64", docx(large, true))] {
        assert_eq!(file_text("x.docx", &bytes).as_deref(), Ok(EXPECTED), "{what}");
    }
}

#[test]
fn a_zip_that_holds_no_document_is_refused_by_its_name() {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer.start_file("bild.png", SimpleFileOptions::default()).unwrap();
    writer.write_all(b"\x89PNG").unwrap();
    let bytes = writer.finish().unwrap().into_inner();
    assert_eq!(file_text("a.docx", &bytes), Err(FileError::NotA(Format::Word)));
    assert_eq!(file_text("a.odt", &bytes), Err(FileError::NotA(Format::OpenDocument)));
}

/// Markup made of the element names the readers act on, in any order and
/// nesting, with text, references and attributes between.
fn hostile_xml() -> impl Strategy<Value = String> {
    let names = prop::sample::select(vec![
        "w:p",
        "w:r",
        "w:t",
        "w:del",
        "w:ins",
        "w:moveFrom",
        "w:pPr",
        "w:rPr",
        "w:numPr",
        "w:numId",
        "w:ilvl",
        "w:pStyle",
        "w:vanish",
        "w:tab",
        "w:sym",
        "w:br",
        "w:noBreakHyphen",
        "mc:AlternateContent",
        "mc:Choice",
        "mc:Fallback",
        "w:txbxContent",
        "w:abstractNum",
        "w:num",
        "w:lvl",
        "w:lvlText",
        "w:numFmt",
        "w:start",
        "w:abstractNumId",
        "w:lvlOverride",
        "w:startOverride",
        "w:style",
        "w:basedOn",
        "office:text",
        "text:p",
        "text:h",
        "text:list",
        "text:list-item",
        "text:s",
        "text:tab",
        "text:line-break",
        "text:tracked-changes",
        "text:list-style",
        "text:outline-style",
        "text:outline-level-style",
        "text:list-level-style-number",
    ]);
    let attribute = prop::sample::select(vec![
        "",
        " w:val=\"1\"",
        " w:val=\"%1.%2 §\"",
        " w:val=\"999999999999\"",
        " w:ilvl=\"8\"",
        " w:ilvl=\"99\"",
        " w:numId=\"1\"",
        " w:abstractNumId=\"1\"",
        " w:val=\"upperRoman\"",
        " w:val=\"lowerLetter\"",
        " w:char=\"F0B7\" w:font=\"Symbol\"",
        " text:level=\"11\"",
        " text:outline-level=\"0\"",
        " text:c=\"99999\"",
        " style:name=\"L\" text:style-name=\"L\"",
        " style:num-format=\"a\" text:display-levels=\"10\"",
        " w:val=\"&#xD800;\"",
    ]);
    let piece = prop_oneof![
        (names.clone(), attribute, any::<bool>())
            .prop_map(|(n, a, empty)| format!("<{n}{a}{}>", if empty { "/" } else { "" })),
        names.prop_map(|n| format!("</{n}>")),
        "[a-zåäö &;#<>\"]{0,6}",
        Just("<![CDATA[x]]>".to_owned()),
        Just("<!-- c -->".to_owned()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

fn zipped(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in entries {
        writer.start_file(*name, SimpleFileOptions::default()).unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn hostile_office_xml_never_makes_the_readers_panic(document in hostile_xml(), numbering in hostile_xml()) {
        let docx = zipped(&[("word/document.xml", &document), ("word/numbering.xml", &numbering), ("word/styles.xml", &numbering)]);
        if let Ok(text) = file_text("x.docx", &docx) {
            prop_assert!(text.len() <= MAX_TEXT_BYTES);
        }
        let odt = zipped(&[("content.xml", &document), ("styles.xml", &numbering)]);
        if let Ok(text) = file_text("x.odt", &odt) {
            prop_assert!(text.len() <= MAX_TEXT_BYTES);
        }
        let _ = file_text("x.html", document.as_bytes());
    }

    #[test]
    fn any_bytes_are_read_or_refused_never_a_panic(
        prefix in prop::sample::select(vec![&b""[..], b"PK\x03\x04", b"{\\rtf1", b"<!DOCTYPE html>", b"\xff\xfe", b"\xef\xbb\xbf", b"%PDF"]),
        body in prop::collection::vec(any::<u8>(), 0..3000),
        name in prop::sample::select(vec!["a.txt", "a.docx", "a.odt", "a.rtf", "a.html", "a"]),
    ) {
        let mut bytes = prefix.to_vec();
        bytes.extend(body);
        if let Ok(text) = file_text(name, &bytes) {
            prop_assert!(text.len() <= MAX_TEXT_BYTES);
        }
    }
}
