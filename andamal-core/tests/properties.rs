//! Property tests: no input makes the core panic, and every offset it reports
//! lies inside the pasted text on a character boundary.

use andamal_core::diff::word_diff::diff_texts;
use andamal_core::statute::finder::find;
use andamal_core::statute::structure::Document;
use andamal_core::text::normalize::Normalized;
use andamal_core::text::token::tokenize;
use andamal_core::{Folds, Span};
use proptest::prelude::*;

/// Text that looks like pasted statutes: Swedish words, headings, §, page
/// numbers, line breaks of every kind, invisible characters, NFD accents.
fn statute_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("4 § Förbundets ändamål\n".to_owned()),
        Just("§ 2 Medlemmar\n".to_owned()),
        Just("Ändamål\n".to_owned()),
        Just("Förbundets ändamål är att ".to_owned()),
        Just("svara för finansiell samordning".to_owned()),
        Just(". ".to_owned()),
        Just("t.ex. ".to_owned()),
        Just("3 kap. 1 § ".to_owned()),
        Just("samord-\nning ".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\u{2028}".to_owned()),
        Just("\u{c}".to_owned()),
        Just("Sida 2 av 5\n".to_owned()),
        Just("a\u{308}".to_owned()),
        Just("\u{ad}\u{200b}\u{202e}\u{feff}".to_owned()),
        Just("ﬁ ".to_owned()),
        Just("1. ".to_owned()),
        Just("– ".to_owned()),
        Just("😀 ".to_owned()),
        "[a-zåäöA-ZÅÄÖ §.,:;()\\-\n]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn normalisation_is_idempotent(text in statute_like()) {
        let once = Normalized::new(&text, &[]).text().to_owned();
        let twice = Normalized::new(&once, &[]).text().to_owned();
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn normalised_tokens_map_into_the_original(text in statute_like()) {
        for token in tokenize(&Normalized::new(&text, &[])) {
            prop_assert!(valid(&text, token.span), "{:?}", token);
            prop_assert!(!token.span.is_empty());
        }
    }

    #[test]
    fn structure_offsets_are_valid_and_ordered(text in statute_like(), ocr in any::<bool>()) {
        let doc = Document::parse(&text, ocr);
        let mut last_end = 0;
        for section in &doc.sections {
            prop_assert!(valid(&text, section.body));
            if let Some(h) = &section.heading {
                prop_assert!(valid(&text, h.span));
            }
            for stycke in &section.stycken {
                prop_assert!(valid(&text, stycke.span));
                prop_assert!(section.body.contains(stycke.span));
                for s in &stycke.sentences {
                    prop_assert!(valid(&text, *s));
                    prop_assert!(stycke.span.contains(*s));
                    prop_assert!(s.start >= last_end, "sentences overlap");
                    // A sentence is trimmed: it starts and ends with visible text.
                    let inner = s.slice(&text);
                    prop_assert_eq!(inner.trim(), inner);
                    last_end = s.end;
                }
            }
        }
    }

    #[test]
    fn finder_offsets_are_valid(text in statute_like(), ocr in any::<bool>()) {
        let f = find(&text, Folds { ocr, ..Folds::default() });
        prop_assert!(f.candidates.len() <= 10);
        for c in &f.candidates {
            prop_assert!(c.section_start <= c.start && c.start <= c.end);
            prop_assert!(valid(&text, Span::new(c.section_start, c.end)));
            prop_assert!((0.0..=1.0).contains(&c.score));
        }
        for w in f.candidates.windows(2) {
            prop_assert!(w[0].score > w[1].score || (w[0].score == w[1].score && w[0].start <= w[1].start));
        }
    }

    #[test]
    fn word_diff_is_symmetric_and_in_range(a in statute_like(), b in statute_like()) {
        let ab = diff_texts(&a, &b, Folds::default(), None);
        let ba = diff_texts(&b, &a, Folds::default(), None);
        prop_assert!((ab.similarity - ba.similarity).abs() < 1e-9);
        prop_assert!((0.0..=1.0).contains(&ab.similarity));
        for op in &ab.ops {
            if let Some(s) = op.a { prop_assert!(valid(&a, s)); }
            if let Some(s) = op.b { prop_assert!(valid(&b, s)); }
        }
    }
}

#[test]
fn huge_and_hostile_inputs_do_not_panic() {
    let long_line = "ändamål ".repeat(12_500); // 100 000+ characters, one line
    let headings_only = "4 § Ändamål\n".repeat(2000);
    let garbage: String = (0u32..20_000).filter_map(|i| char::from_u32((i * 7919) % 0x11_0000)).collect();
    for text in [long_line.as_str(), headings_only.as_str(), garbage.as_str(), "", "   \n\n  "] {
        let f = find(text, Folds::ALL);
        for c in &f.candidates {
            assert!(valid(text, c.span()));
        }
    }
}

/// Sentences for alignment: a small vocabulary so pairs, moves and splits happen.
fn sentences_like() -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(
        prop::sample::select(vec![
            "förbundet",
            "ska",
            "stödja",
            "samverkan",
            "mellan",
            "parterna",
            "och",
            "individer",
            "ram",
            "arena",
        ]),
        1..8,
    )
    .prop_map(|w| {
        let mut s = w.join(" ");
        if let Some(first) = s.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        s + "."
    });
    prop::collection::vec((sentence, prop::bool::ANY), 0..8)
        .prop_map(|v| v.into_iter().map(|(s, para)| if para { format!("{s}\n\n") } else { format!("{s} ") }).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn alignment_covers_every_sentence_once_and_mirrors(a in sentences_like(), b in sentences_like()) {
        use andamal_core::diff::align::align;
        let (sa, sb) = (Span::new(0, a.len()), Span::new(0, b.len()));
        let ab = align(&a, sa, &b, sb, Folds::default(), None);
        let mut seen_a = vec![0; ab.a.len()];
        let mut seen_b = vec![0; ab.b.len()];
        for p in &ab.pairs {
            for &i in &p.a { seen_a[i] += 1; }
            for &j in &p.b { seen_b[j] += 1; }
            prop_assert!((0.0..=1.0).contains(&p.similarity));
        }
        prop_assert!(seen_a.iter().all(|&n| n == 1), "{:?}", seen_a);
        prop_assert!(seen_b.iter().all(|&n| n == 1), "{:?}", seen_b);
        let ba = align(&b, sb, &a, sa, Folds::default(), None);
        prop_assert!((ab.similarity - ba.similarity).abs() < 1e-9);
        let mut forward: Vec<_> = ab.pairs.iter().map(|p| (p.a.clone(), p.b.clone(), p.kind)).collect();
        let mut mirrored: Vec<_> = ba.pairs.iter().map(|p| (p.b.clone(), p.a.clone(), p.kind.mirrored())).collect();
        forward.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        mirrored.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        prop_assert_eq!(forward, mirrored);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// After random edits every anchor either lands on text equal to its quote
    /// or is reported as gone (a "lös anteckning"), never elsewhere.
    #[test]
    fn anchors_reanchor_onto_their_quote_or_report_loose(
        text in "[a-zåäö .,]{5,120}",
        picks in prop::collection::vec((0usize..120, 1usize..15), 1..6),
        edits in prop::collection::vec((0usize..140, 0usize..10, "[a-zåä ]{0,8}"), 0..5),
    ) {
        use andamal_core::notes::anchor::Anchor;
        let floor = |t: &str, mut i: usize| { i = i.min(t.len()); while !t.is_char_boundary(i) { i -= 1; } i };
        let anchors: Vec<Anchor> = picks.iter().map(|&(s, l)| {
            let start = floor(&text, s);
            Anchor::new(&text, Span::new(start, floor(&text, start + l)))
        }).collect();
        let mut edited = text.clone();
        for (at, del, ins) in &edits {
            let start = floor(&edited, *at);
            let end = floor(&edited, start + del);
            edited.replace_range(start..end, ins);
        }
        for anchor in &anchors {
            match anchor.resolve(&edited) {
                Some(span) => {
                    prop_assert!(valid(&edited, span));
                    prop_assert_eq!(span.slice(&edited), anchor.exact.as_str());
                }
                None => prop_assert!(anchor.exact.is_empty() || !edited.contains(anchor.exact.as_str())),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The notebook never loses an annotation or pair note to an edit: each is
    /// placed on text equal to its quote, or listed loose exactly once.
    #[test]
    fn notebook_places_every_note_or_lists_it_loose(
        texts in ["[a-zåäö .,]{5,100}", "[a-zåäö .,]{5,100}"],
        picks in prop::collection::vec((0u8..2, 0usize..100, 1usize..12), 1..6),
        edits in prop::collection::vec((0u8..2, 0usize..120, 0usize..10, "[a-zåä ]{0,8}"), 0..5),
    ) {
        use andamal_core::diff::side::Side;
        use andamal_core::notes::notebook::Notebook;
        let floor = |t: &str, mut i: usize| { i = i.min(t.len()); while !t.is_char_boundary(i) { i -= 1; } i };
        let mut book = Notebook::default();
        let mut ids = Vec::new();
        for &(side, s, l) in &picks {
            let text = &texts[usize::from(side)];
            let start = floor(text, s);
            let span = Span::new(start, floor(text, start + l));
            ids.push(book.annotate(Side::from_number(side), text, span, vec![], String::new()));
        }
        let pair = book.note_pair(
            [&texts[0], &texts[1]],
            [Span::new(0, floor(&texts[0], 6)), Span::new(0, floor(&texts[1], 6))],
            "not".into(),
        );
        let mut edited = texts.clone();
        for (side, at, del, ins) in &edits {
            let text = &mut edited[usize::from(*side)];
            let start = floor(text, *at);
            let end = floor(text, start + del);
            text.replace_range(start..end, ins);
        }
        let placed = book.place([&edited[0], &edited[1]]);
        for (a, id) in book.annotations.iter().zip(&ids) {
            let text = &edited[a.side.index()];
            match placed.annotation(*id) {
                Some(span) => {
                    prop_assert!(valid(text, span));
                    prop_assert_eq!(span.slice(text), a.anchor.exact.as_str());
                    prop_assert!(!placed.loose.contains(id));
                }
                None => prop_assert_eq!(placed.loose.iter().filter(|l| *l == id).count(), 1),
            }
        }
        prop_assert!(placed.pair_note(pair).is_some() != placed.loose.contains(&pair));
    }
}
