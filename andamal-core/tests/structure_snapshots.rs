//! Snapshots of the parsed structure of real documents: headings, stycken and
//! sentences as a reader would list them. A change to the parser shows up
//! here as a reviewable diff.

use std::fmt::Write;

use andamal_core::statute::structure::Document;

fn outline(text: &str, ocr: bool) -> String {
    let doc = Document::parse(text, ocr);
    let mut out = String::new();
    let _ = writeln!(out, "hard_wrapped: {}, furniture lines: {}", doc.hard_wrapped, doc.furniture.len());
    for section in &doc.sections {
        match &section.heading {
            Some(h) => {
                let _ = writeln!(out, "§ {:?} number={:?}", h.span.slice(text), h.number);
            }
            None => {
                let _ = writeln!(out, "§ (no heading)");
            }
        }
        for (k, st) in section.stycken.iter().enumerate() {
            for (m, s) in st.sentences.iter().enumerate() {
                let words: Vec<&str> = s.slice(text).split_whitespace().collect();
                let head = words.iter().take(6).copied().collect::<Vec<_>>().join(" ");
                let tail = if words.len() > 6 { format!(" … {}", words[words.len() - 1]) } else { String::new() };
                let _ = writeln!(out, "  st. {} m. {}: {head}{tail}", k + 1, m + 1);
            }
        }
    }
    out
}

macro_rules! snapshot_fixture {
    ($name:ident, $path:literal, $ocr:expr) => {
        #[test]
        fn $name() {
            let text = include_str!(concat!("fixtures/", $path));
            insta::assert_snapshot!(outline(text, $ocr));
        }
    };
}

snapshot_fixture!(seed_motion_with_two_clauses, "seeds/001_motion_two_clauses.txt", false);
snapshot_fixture!(web_vasteras, "find/02_vasteras_4par_web/input.txt", false);
snapshot_fixture!(pdf_halland_one_line, "find/03_halland_fs_pdf_oneline_footer/input.txt", false);
snapshot_fixture!(pdf_trollhattan_page_break, "find/04_trollhattan_pagebreak_midsentence/input.txt", false);
snapshot_fixture!(sydarkivera_toc, "find/09_sydarkivera_toc_trap/input.txt", false);
snapshot_fixture!(law_sfs_2003_1210, "find/23_law_sfs_2003_1210/input.txt", false);
snapshot_fixture!(synthetic_hard_wrap, "find/35_synthetic_hardwrap_header_vasteras/input.txt", false);
snapshot_fixture!(synthetic_ocr, "find/34_synthetic_ocr_nvsam/input.txt", true);
