//! The share format: round trips, damage of every kind refused, and the
//! committed v1 test vectors that must open identically for ever.

use andamal_core::formats::share::{LinkError, PairNote, Shared, SharedAnnotation, SharedSide, decode, encode};
use andamal_core::notes::theme_ref::{CustomTheme, ThemeRef};
use andamal_core::statute::selection::Choice;
use andamal_core::{Folds, Span, sample};
use proptest::prelude::*;

fn seed_with_notes(notes: usize) -> Shared {
    let (a, b) = (sample::OSTRA_OSTERGOTLAND_2017.trim().to_owned(), sample::UMEAREGIONEN_2019.trim().to_owned());
    let annotations = (0..notes)
        .map(|i| SharedAnnotation {
            side: (i % 2) as u8,
            span: Span::new(0, 21),
            themes: vec![ThemeRef::BuiltIn("systemutveckling"), ThemeRef::Custom(1)],
            note: format!(
                "Anteckning {i}: här skiljer sig formuleringen om systemutveckling åt mellan förbunden tydligt."
            ),
            author: "AB".into(),
        })
        .collect();
    Shared {
        title: "Workshop 15 juni".into(),
        sides: [
            SharedSide { name: "Östra Östergötland 2017".into(), text: a, choice: Choice::Auto },
            SharedSide { name: "Umeåregionen 2019".into(), text: b, choice: Choice::Manual(Span::new(0, 22)) },
        ],
        folds: Folds { case: true, skall: true, ocr: false },
        themes: vec![CustomTheme { number: 1, name: "Politisk samordning".into(), colour: 3 }],
        hidden: vec!["geografi"],
        annotations,
        pair_notes: vec![PairNote {
            a: Span::new(0, 21),
            b: Span::new(0, 22),
            note: "Samma rubrik".into(),
            author: String::new(),
        }],
    }
}

#[test]
fn seed_pair_with_ten_notes_fits_two_thousand_characters() {
    // As `andamal share` makes it: the two sections with headings, nothing else.
    let mut bare = seed_with_notes(0);
    bare = Shared {
        sides: bare.sides.map(|s| SharedSide { name: String::new(), choice: Choice::Auto, ..s }),
        ..Shared::default()
    };
    let plain = encode(&bare);
    let noted = encode(&seed_with_notes(10));
    println!("seed pair link: {} characters; with 10 notes: {}", plain.len(), noted.len());
    assert!(plain.len() <= 1400, "{}", plain.len());
    assert!(noted.len() <= 2000, "{}", noted.len());
}

#[test]
fn every_truncation_is_refused() {
    let link = encode(&seed_with_notes(2));
    let original = decode(&link).unwrap();
    for cut in 3..link.len() {
        match decode(&link[..cut]) {
            Err(_) => {}
            Ok(state) => assert_eq!(state, original, "cut at {cut} decoded to something else"),
        }
    }
}

#[test]
fn every_single_character_change_is_refused_or_harmless() {
    let link = encode(&seed_with_notes(1));
    let original = decode(&link).unwrap();
    let alphabet = b"AZaz09-_";
    for i in 3..link.len() {
        for &c in alphabet {
            let mut bytes = link.clone().into_bytes();
            if bytes[i] == c {
                continue;
            }
            bytes[i] = c;
            let changed = String::from_utf8(bytes).unwrap();
            if let Ok(state) = decode(&changed) {
                assert_eq!(state, original, "change at {i} to {} decoded to a different state", c as char);
            }
        }
    }
}

#[test]
fn committed_vectors_open_identically() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/share");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "link") {
            let link = std::fs::read_to_string(&path).unwrap();
            let expected = std::fs::read_to_string(path.with_extension("json")).unwrap();
            let out = andamal_core::cli::run(&["open".into(), link.trim().into()], &|_| unreachable!());
            assert_eq!(out.code, 0, "{}: {}", path.display(), out.stderr);
            let got: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
            let want: serde_json::Value = serde_json::from_str(&expected).unwrap();
            assert_eq!(got, want, "{}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 2, "test vectors present");
}

#[test]
fn damaged_links_say_why() {
    let link = encode(&seed_with_notes(0));
    assert_eq!(decode(&link[..link.len() / 2]), Err(LinkError::Truncated));
    assert!(matches!(decode("v1.!!!!"), Err(LinkError::Truncated | LinkError::Damaged(_))));
    assert!(matches!(decode("v1.________"), Err(LinkError::Truncated | LinkError::Damaged(_))));
    assert_eq!(decode("hej hopp"), Err(LinkError::NotALink));
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-zåäö .§\n😀]{0,60}", any::<String>()]
}

prop_compose! {
    fn arb_shared()(a in arb_text(), b in arb_text(), title in arb_text(), note in arb_text(),
                    n in 0usize..4, fold_bits in 0u8..8, colour in 0u8..12) -> Shared {
        let span_in = |t: &str| {
            let mut end = t.len() / 2;
            while !t.is_char_boundary(end) { end -= 1; }
            Span::new(0, end)
        };
        let annotations = (0..n).map(|i| SharedAnnotation {
            side: (i % 2) as u8,
            span: if i % 2 == 0 { span_in(&a) } else { span_in(&b) },
            themes: vec![ThemeRef::BuiltIn("arena"), ThemeRef::Custom(7)],
            note: note.clone(),
            author: "XY".into(),
        }).collect();
        Shared {
            title,
            sides: [
                SharedSide { name: "A".into(), text: a.clone(), choice: Choice::Auto },
                SharedSide { name: String::new(), text: b.clone(), choice: Choice::Candidate(0) },
            ],
            folds: Folds { case: fold_bits & 1 != 0, skall: fold_bits & 2 != 0, ocr: fold_bits & 4 != 0 },
            themes: vec![CustomTheme { number: 7, name: "Egen".into(), colour }],
            hidden: vec![],
            annotations,
            pair_notes: vec![],
        }
    }
}

proptest! {
    #[test]
    fn round_trips(shared in arb_shared()) {
        let link = encode(&shared);
        prop_assert_eq!(decode(&link).unwrap(), shared);
    }

    /// A bounded fuzz of the decoder: arbitrary bytes, as payload and as
    /// deflated payload, never panic.
    #[test]
    fn arbitrary_input_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), text in any::<String>()) {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let _ = decode(&format!("v1.{}", b64.encode(&bytes)));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
        let _ = decode(&format!("v1.{}", b64.encode(packed)));
        let _ = decode(&text);
        let _ = andamal_core::formats::share::v1::read(&bytes, andamal_core::formats::share::MAX_SAVED_TEXT_BYTES);
    }
}
