//! Web Annotation export and import: any state a link can carry comes back
//! unchanged from a file, and hostile files are refused without a panic.

use andamal_core::formats::export::web_annotation::{export_web_annotation, import_web_annotation};
use andamal_core::formats::share::{PairNote, Shared, SharedAnnotation, SharedSide};
use andamal_core::notes::theme_ref::{CustomTheme, ThemeRef};
use andamal_core::statute::selection::Choice;
use andamal_core::{Folds, Span};
use proptest::prelude::*;

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-zåäö .§\"\\\\\n😀]{0,80}", any::<String>()]
}

/// The `k`th and `l`th char boundaries of `text` (wrapping), in order.
fn span_at(text: &str, k: usize, l: usize) -> Span {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let (x, y) = (bounds[k % bounds.len()], bounds[l % bounds.len()]);
    Span::new(x.min(y), x.max(y))
}

fn arb_choice(text: &str, k: usize, l: usize, kind: u8) -> Choice {
    let span = span_at(text, k, l);
    match kind {
        1 => Choice::Candidate(span.start),
        2 if !span.is_empty() => Choice::Manual(span),
        _ => Choice::Auto,
    }
}

prop_compose! {
    fn arb_shared()(a in arb_text(), b in arb_text(), title in arb_text(), note in arb_text(),
                    author in "[A-ZÅÄÖ]{0,3}", marks in prop::collection::vec((0u8..2, 0usize..90, 0usize..90, 0u8..4), 0..6),
                    pairs in prop::collection::vec((0usize..90, 0usize..90, 0usize..90, 0usize..90), 0..3),
                    choices in (0u8..3, 0u8..3), fold_bits in 0u8..8, colour in 0u8..12) -> Shared {
        let texts = [a.clone(), b.clone()];
        let annotations = marks.iter().enumerate().map(|(i, &(side, k, l, t))| SharedAnnotation {
            side,
            span: span_at(&texts[usize::from(side)], k, l),
            themes: [vec![], vec![ThemeRef::BuiltIn("arena")], vec![ThemeRef::Custom(7), ThemeRef::BuiltIn("geografi")], vec![ThemeRef::Custom(2)]][usize::from(t)].clone(),
            note: if i % 2 == 0 { note.clone() } else { String::new() },
            author: author.clone(),
        }).collect();
        let pair_notes = pairs.iter().map(|&(k, l, m, n)| PairNote {
            a: span_at(&a, k, l),
            b: span_at(&b, m, n),
            note: note.clone(),
            author: String::new(),
        }).collect();
        Shared {
            title,
            sides: [
                SharedSide { name: "Östra \"A\"".into(), text: a.clone(), choice: arb_choice(&a, 3, 40, choices.0) },
                SharedSide { name: String::new(), text: b.clone(), choice: arb_choice(&b, 1, 9, choices.1) },
            ],
            folds: Folds { case: fold_bits & 1 != 0, skall: fold_bits & 2 != 0, ocr: fold_bits & 4 != 0 },
            themes: vec![
                CustomTheme { number: 7, name: "Egen".into(), colour },
                CustomTheme { number: 2, name: String::new(), colour: 0 },
            ],
            hidden: if fold_bits % 2 == 0 { vec!["geografi", "arena"] } else { vec![] },
            annotations,
            pair_notes,
        }
    }
}

proptest! {
    #[test]
    fn export_then_import_is_the_same_state(shared in arb_shared()) {
        let json = export_web_annotation(&shared);
        prop_assert_eq!(import_web_annotation(&json), Ok(shared));
    }

    #[test]
    fn arbitrary_files_never_panic(text in any::<String>(), shared in arb_shared(), cut in 0usize..4000) {
        let _ = import_web_annotation(&text);
        let json = export_web_annotation(&shared);
        let mut at = cut.min(json.len());
        while !json.is_char_boundary(at) { at -= 1; }
        prop_assert!(at == json.len() || import_web_annotation(&json[..at]).is_err());
    }
}

#[test]
fn the_committed_annotated_vector_survives_a_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/share");
    let link = std::fs::read_to_string(dir.join("annotated_seed_pair.link")).unwrap();
    let shared = andamal_core::formats::share::decode(link.trim()).unwrap();
    assert!(!shared.annotations.is_empty());
    assert_eq!(import_web_annotation(&export_web_annotation(&shared)), Ok(shared));
}
