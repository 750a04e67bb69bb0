//! Golden tests on the real seed documents in `../shared/seeds` (copied into
//! `tests/fixtures/seeds` so the crate tests stand alone).

use andamal_core::diff::word_diff::{WordOp, diff_tokens};
use andamal_core::statute::finder::{Confidence, find};
use andamal_core::statute::structure::Document;
use andamal_core::{Folds, Span, text::normalize::Normalized, text::token::tokenize};

const MOTION: &str = include_str!("fixtures/seeds/001_motion_two_clauses.txt");
const OCR_REPORT: &str = include_str!("fixtures/seeds/003_ocr_report.txt");

fn sentences(text: &str, span: Span, ocr: bool) -> Vec<Span> {
    let doc = Document::parse(text, ocr);
    doc.sections.iter().flat_map(|s| s.sentences().collect::<Vec<_>>()).filter(|s| span.contains(*s)).collect()
}

#[test]
fn motion_quotes_two_clauses_both_found() {
    let f = find(MOTION, Folds::default());
    assert!(f.found);
    // Two förbund's clauses, quoted: found, but the reader says which.
    assert_eq!(f.confidence, Confidence::Low);
    let headings: Vec<_> = f.candidates.iter().take(2).map(|c| c.heading.clone().unwrap()).collect();
    assert_eq!(headings, ["4§ Förbundets ändamål", "4 § Förbundets ändamål"]);
    let a = &f.candidates[0];
    assert!(MOTION[a.start..a.end].starts_with("Förbundets ändamål är att inom det geografiska området"));
    assert!(MOTION[a.start..a.end].ends_with("inte begränsas av de ekonomiska ramarna."));
    let b = &f.candidates[1];
    assert!(MOTION[b.start..b.end].ends_with("funktionsnedsättning eller ålder."));
    // The page break inside "förbundsordning\n\nfrån 2019" does not split the sentence.
    let doc = Document::parse(MOTION, false);
    let joined = doc
        .sections
        .iter()
        .flat_map(|s| s.sentences().collect::<Vec<_>>())
        .find(|s| s.slice(MOTION).contains("förbundsordning\n\nfrån 2019"));
    assert!(joined.is_some());
}

/// With the OCR fold on, both damaged clauses in the report are found, each
/// sentence pairs with its clean counterpart, and at most 3 words per text
/// still differ.
#[test]
fn ocr_damaged_clauses_match_their_clean_originals() {
    let folds = Folds { ocr: true, ..Folds::default() };
    let ocr = find(OCR_REPORT, folds);
    let clean = find(MOTION, Folds::default());
    assert!(ocr.found);
    // The two best, in the order the report quotes them (which of two
    // quoted clauses ranks first is the model's call).
    let in_order = |f: &andamal_core::statute::finder::Finding| {
        let mut two: Vec<_> = f.candidates.iter().take(2).cloned().collect();
        two.sort_by_key(|c| c.start);
        two
    };
    let (ocr_two, clean_two) = (in_order(&ocr), in_order(&clean));
    let ocr_headings: Vec<_> = ocr_two.iter().map(|c| c.heading.clone().unwrap()).collect();
    assert_eq!(ocr_headings, ["Forbundets dndamal", "4 § Forbundets andamal"]);
    for (damaged, original) in ocr_two.iter().zip(&clean_two) {
        let ds = sentences(OCR_REPORT, damaged.span(), true);
        let cs = sentences(MOTION, original.span(), false);
        assert_eq!(ds.len(), cs.len(), "sentence count for {:?}", damaged.heading);
        let mut differing = 0;
        for (d, c) in ds.iter().zip(&cs) {
            let (dn, cn) = (Normalized::of_range(OCR_REPORT, *d, &[]), Normalized::of_range(MOTION, *c, &[]));
            let diff = diff_tokens((dn.text(), &tokenize(&dn)), (cn.text(), &tokenize(&cn)), folds, None);
            assert!(diff.similarity > 0.8, "{:?} vs {:?}: {}", d.slice(OCR_REPORT), c.slice(MOTION), diff.similarity);
            for op in diff.ops.iter().filter(|o| o.op == WordOp::Delete) {
                let words = op.a.unwrap().slice(OCR_REPORT).split_whitespace().count();
                differing += words;
                eprintln!("still differs: {:?}", op.a.unwrap().slice(OCR_REPORT));
            }
        }
        eprintln!("{:?}: {differing} words differ", damaged.heading);
        assert!(differing <= 3, "{differing} words still differ in {:?}", damaged.heading);
    }
}
