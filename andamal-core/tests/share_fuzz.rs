//! The share decoders fuzzed past their checksums.
//!
//! Random bytes never get past a link's CRC-32, so they test only the first
//! line of defence. Here random *record sequences* (known and unknown tags,
//! nested records, offsets in and out of range, strings at and over their
//! caps, invalid UTF-8, wrong varints) are framed exactly as a link is, with a
//! correct CRC-32 (computed here independently, bit by bit), raw deflate and
//! base64url, so every case reaches the record reader and the validation.
//! The `p1.` plain saved format is fuzzed the same way, from random states and
//! from random damage to valid payloads. Whatever opens must satisfy every
//! rule a link's reader enforces, and must round-trip.

use std::cell::RefCell;
use std::collections::BTreeMap;

use andamal_core::formats::share::v1::{self, MAX_NAME_BYTES, MAX_NOTE_BYTES};
use andamal_core::formats::share::{
    LinkError, MAX_SAVED_TEXT_BYTES, MAX_SIDE_BYTES, MAX_TEXT_BYTES, PairNote, Shared, SharedAnnotation, SharedSide,
    decode, decode_saved, encode, encode_plain,
};
use andamal_core::notes::theme_ref::PALETTE;
use andamal_core::notes::theme_ref::{CustomTheme, ThemeRef};
use andamal_core::notes::themes::CATALOGUE;
use andamal_core::statute::selection::Choice;
use andamal_core::{Folds, Span};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// CRC-32 (IEEE), bit by bit: an implementation independent of `v1`'s table.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A record's value as the fuzz builds it.
#[derive(Debug, Clone)]
enum Value {
    Varint(u64),
    Bytes(Vec<u8>),
    Nested(Vec<(u64, Value)>),
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_records(out: &mut Vec<u8>, records: &[(u64, Value)]) {
    for (tag, value) in records {
        let mut bytes = Vec::new();
        match value {
            Value::Varint(n) => put_varint(&mut bytes, *n),
            Value::Bytes(b) => bytes.clone_from(b),
            Value::Nested(inner) => put_records(&mut bytes, inner),
        }
        put_varint(out, *tag);
        put_varint(out, bytes.len() as u64);
        out.extend_from_slice(&bytes);
    }
}

/// The whole payload of a link: version, records, a correct CRC-32.
fn payload(version: u8, records: &[(u64, Value)]) -> Vec<u8> {
    let mut raw = vec![version];
    put_records(&mut raw, records);
    let crc = crc32(&raw);
    raw.extend_from_slice(&crc.to_le_bytes());
    raw
}

fn link(raw: &[u8], level: u8) -> String {
    format!("v1.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(raw, level)))
}

/// Statute-like text, any Unicode, invalid UTF-8, or a string right at a cap.
fn text_bytes(cap: usize) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        60 => "[a-zåäöÅÄÖ §.,\n]{0,40}".prop_map(String::into_bytes),
        10 => any::<String>().prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..12),
        2 => (cap - 2..=cap + 2).prop_map(|n| "å".repeat(n / 2).into_bytes().into_iter().chain(std::iter::repeat_n(b'x', n % 2)).collect()),
    ]
}

/// An offset: mostly small (often inside the text, sometimes mid-character), sometimes anything.
fn offset() -> impl Strategy<Value = Value> {
    prop_oneof![
        60 => (0u64..20).prop_map(Value::Varint),
        1 => any::<u64>().prop_map(Value::Varint),
        1 => text_bytes(4).prop_map(Value::Bytes),
    ]
}

/// Fields of a nested record: some of `fields`, sometimes an unknown tag, in any order.
fn nested(fields: Vec<BoxedStrategy<(u64, Value)>>) -> impl Strategy<Value = Value> {
    let unknown = prop_oneof![40 => (9u64..20).prop_map(|t| t * 2), 1 => (7u64..20).prop_map(|t| t * 2 + 1)];
    let value = prop_oneof![(0u64..300).prop_map(Value::Varint), text_bytes(4).prop_map(Value::Bytes)];
    let extra = prop_oneof![6 => Just(Vec::new()), 1 => prop::collection::vec((unknown, value), 1..2)];
    let keep = prop::collection::vec(prop::bool::weighted(0.95), 8);
    (fields, keep, extra, any::<prop::sample::Index>()).prop_map(|(fields, keep, extra, at)| {
        let mut records: Vec<(u64, Value)> =
            fields.into_iter().zip(keep.iter().cycle()).filter(|(_, k)| **k).map(|(f, _)| f).collect();
        if !extra.is_empty() {
            let i = at.index(records.len() + 1);
            records.splice(i..i, extra);
        }
        Value::Nested(records)
    })
}

fn field(tag: u64, value: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<(u64, Value)> {
    value.prop_map(move |v| (tag, v)).boxed()
}

fn side() -> impl Strategy<Value = Value> {
    let choice = nested(vec![
        field(2, prop_oneof![30 => Just(0u64), 15 => 1u64..3, 1 => 3u64..5].prop_map(Value::Varint)),
        field(4, offset()),
        field(6, offset()),
    ]);
    nested(vec![
        field(2, text_bytes(MAX_NAME_BYTES).prop_map(Value::Bytes)),
        field(4, text_bytes(64).prop_map(Value::Bytes)),
        field(6, choice),
    ])
}

fn theme_code() -> impl Strategy<Value = Value> {
    let builtins = CATALOGUE.len() as u64;
    prop_oneof![
        16 => (0..builtins).prop_map(|i| i * 2),
        1 => (builtins..builtins + 2).prop_map(|i| i * 2),
        2 => (0u64..5).prop_map(|n| n * 2 + 1),
    ]
    .prop_map(Value::Varint)
}

fn top_level() -> impl Strategy<Value = (u64, Value)> {
    let builtins = CATALOGUE.len() as u64;
    prop_oneof![
        8 => field(2, text_bytes(MAX_NAME_BYTES).prop_map(Value::Bytes)),
        8 => field(8, (0u64..16).prop_map(Value::Varint)),
        8 => field(
            10,
            nested(vec![
                field(2, (0u64..5).prop_map(Value::Varint)),
                field(4, text_bytes(MAX_NAME_BYTES).prop_map(Value::Bytes)),
                field(6, prop_oneof![10 => 0..u64::from(PALETTE), 1 => u64::from(PALETTE)..20].prop_map(Value::Varint)),
            ])
        ),
        8 => field(12, (0..builtins + 2).prop_map(Value::Varint)),
        16 => field(
            14,
            nested(vec![
                field(2, prop_oneof![30 => 0u64..2, 1 => Just(2u64)].prop_map(Value::Varint)),
                field(4, offset()),
                field(6, offset()),
                field(8, theme_code()),
                field(8, theme_code()),
                field(10, text_bytes(MAX_NOTE_BYTES).prop_map(Value::Bytes)),
                field(12, text_bytes(MAX_NAME_BYTES).prop_map(Value::Bytes)),
            ])
        ),
        8 => field(
            16,
            nested(vec![
                field(2, offset()),
                field(4, offset()),
                field(6, offset()),
                field(8, offset()),
                field(10, text_bytes(MAX_NOTE_BYTES).prop_map(Value::Bytes)),
                field(12, text_bytes(MAX_NAME_BYTES).prop_map(Value::Bytes)),
            ])
        ),
        2 => (9u64..30).prop_map(|t| (t * 2, Value::Bytes(b"later".to_vec()))),
        1 => (7u64..30).prop_map(|t| (t * 2 + 1, Value::Bytes(b"newer".to_vec()))),
    ]
}

/// A payload: both sides (almost always), other records in any order, a version byte that is mostly 1.
fn records() -> impl Strategy<Value = (u8, Vec<(u64, Value)>)> {
    let version = prop_oneof![60 => Just(1u8), 1 => Just(0u8), 1 => Just(2u8)];
    let sides = prop_oneof![40 => (side(), side()).prop_map(|(a, b)| vec![(4, a), (6, b)]), 1 => side().prop_map(|a| vec![(4, a)])];
    (version, sides, prop::collection::vec(top_level(), 0..8), any::<prop::sample::Index>()).prop_map(
        |(version, sides, mut rest, at)| {
            let i = at.index(rest.len() + 1);
            rest.splice(i..i, sides);
            (version, rest)
        },
    )
}

/// Every rule a link's reader enforces, checked on what it returned.
fn assert_valid(shared: &Shared, max_text: usize) {
    let fits = |text: &str, span: Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    assert!(shared.sides.iter().map(|s| s.text.len()).sum::<usize>() <= max_text);
    assert!(shared.title.len() <= MAX_NAME_BYTES);
    for side in &shared.sides {
        assert!(side.text.len() <= MAX_SIDE_BYTES && side.name.len() <= MAX_NAME_BYTES);
        match side.choice {
            Choice::Auto => {}
            Choice::Candidate(at) => assert!(fits(&side.text, Span::new(at, at))),
            Choice::Manual(span) => assert!(fits(&side.text, span) && !span.is_empty()),
        }
    }
    let numbers: Vec<u32> = shared.themes.iter().map(|t| t.number).collect();
    for t in &shared.themes {
        assert!(t.number > 0 && t.colour < PALETTE && t.name.len() <= MAX_NAME_BYTES, "{t:?}");
        assert_eq!(numbers.iter().filter(|n| **n == t.number).count(), 1, "theme numbers are unique");
    }
    for id in &shared.hidden {
        assert!(CATALOGUE.iter().any(|t| t.id == *id));
    }
    for a in &shared.annotations {
        assert!(a.side < 2 && fits(&shared.sides[usize::from(a.side)].text, a.span), "{a:?}");
        assert!(a.note.len() <= MAX_NOTE_BYTES && a.author.len() <= MAX_NAME_BYTES);
        for t in &a.themes {
            match t {
                ThemeRef::BuiltIn(id) => assert!(CATALOGUE.iter().any(|c| c.id == *id)),
                ThemeRef::Custom(n) => assert!(numbers.contains(n), "theme u{n} is defined"),
            }
        }
    }
    for p in &shared.pair_notes {
        assert!(fits(&shared.sides[0].text, p.a) && fits(&shared.sides[1].text, p.b), "{p:?}");
        assert!(p.note.len() <= MAX_NOTE_BYTES && p.author.len() <= MAX_NAME_BYTES);
    }
}

/// How each case ended, by kind: the fuzz must reach every outcome, and
/// never stop at the checksum.
fn outcome(result: &Result<Shared, LinkError>) -> String {
    match result {
        Ok(_) => "ok".into(),
        Err(LinkError::Damaged(why)) => format!("damaged: {why}"),
        Err(other) => format!("{other:?}"),
    }
}

#[test]
fn links_with_valid_checksums_decode_or_fail_cleanly() {
    let outcomes = RefCell::new(BTreeMap::<String, usize>::new());
    let mut runner = TestRunner::new(Config { cases: 2000, failure_persistence: None, ..Config::default() });
    let cases = (records(), 0u8..=10, 0usize..160);
    runner
        .run(&cases, |((version, records), level, max_text)| {
            let raw = payload(version, &records);
            let result = decode(&link(&raw, level));
            *outcomes.borrow_mut().entry(outcome(&result)).or_default() += 1;
            match &result {
                Ok(shared) => {
                    assert_valid(shared, MAX_TEXT_BYTES);
                    // Reading the same payload with a smaller cap opens it only if it fits.
                    let total: usize = shared.sides.iter().map(|s| s.text.len()).sum();
                    let capped = v1::read(&raw, max_text);
                    if total <= max_text {
                        prop_assert_eq!(capped.as_ref(), Ok(shared));
                    } else {
                        prop_assert_eq!(capped, Err(LinkError::TooLarge));
                    }
                    // What opened is what a link made from it opens to.
                    let again = decode(&encode(shared));
                    prop_assert_eq!(again.as_ref(), Ok(shared));
                }
                Err(LinkError::NotALink | LinkError::Truncated) => prop_assert!(false, "{result:?} for a whole link"),
                Err(LinkError::Newer) => prop_assert!(version > 1 || needs_newer(&records, Level::Top)),
                Err(LinkError::Damaged(_) | LinkError::TooLarge) => {}
            }
            Ok(())
        })
        .unwrap();
    let outcomes = outcomes.into_inner();
    println!("outcomes of {} cases: {outcomes:#?}", outcomes.values().sum::<usize>());
    assert!(!outcomes.contains_key("damaged: checksum"), "the fuzz's CRC-32 is v1's");
    // The fuzz reaches deep: many links open, and each kind of refusal happens.
    assert!(outcomes.get("ok").copied().unwrap_or(0) >= 100, "{outcomes:?}");
    for kind in [
        "Newer",
        "TooLarge",
        "damaged: text is not UTF-8",
        "damaged: number",
        "damaged: choice outside the text",
        "damaged: annotation outside the text",
        "damaged: pair note outside the text",
        "damaged: unknown theme",
        "damaged: theme numbers",
        "damaged: colour",
        "damaged: a side is missing",
        "damaged: offset",
    ] {
        assert!(outcomes.contains_key(kind), "no case ended {kind}: {outcomes:?}");
    }
}

/// Where a record list sits in the payload.
#[derive(Clone, Copy, PartialEq)]
enum Level {
    Top,
    Side,
    Choice,
    Other,
}

/// Whether a record asks for a newer version: an odd tag anywhere, or a
/// choice kind this version does not know.
fn needs_newer(records: &[(u64, Value)], level: Level) -> bool {
    records.iter().any(|(tag, value)| {
        let inner = match (level, tag) {
            (Level::Top, 4 | 6) => Level::Side,
            (Level::Side, 6) => Level::Choice,
            _ => Level::Other,
        };
        tag % 2 == 1
            || matches!(value, Value::Varint(kind) if level == Level::Choice && *tag == 2 && *kind > 2)
            || matches!(value, Value::Nested(records) if needs_newer(records, inner))
    })
}

/// A random state, valid or not: offsets, colours and theme references anywhere.
fn arb_state() -> impl Strategy<Value = Shared> {
    let text = || "[a-zåäö §.\n]{0,30}";
    // Spans in order: the plain format (serde) stores a span as its two ends, in order.
    let span = || (0usize..40, 0usize..40).prop_map(|(s, e)| Span::new(s, e));
    let choice =
        prop_oneof![Just(Choice::Auto), (0usize..40).prop_map(Choice::Candidate), span().prop_map(Choice::Manual)];
    let side = (text(), text(), choice).prop_map(|(name, text, choice)| SharedSide { name, text, choice });
    let theme = (0u32..4, text(), 0u8..16).prop_map(|(number, name, colour)| CustomTheme { number, name, colour });
    let theme_ref = prop_oneof![
        prop::sample::select(CATALOGUE).prop_map(|t| ThemeRef::BuiltIn(t.id)),
        (0u32..4).prop_map(ThemeRef::Custom)
    ];
    let annotation = (0u8..3, span(), prop::collection::vec(theme_ref, 0..3), text(), text())
        .prop_map(|(side, span, themes, note, author)| SharedAnnotation { side, span, themes, note, author });
    let pair_note = (span(), span(), text(), text()).prop_map(|(a, b, note, author)| PairNote { a, b, note, author });
    let long = prop_oneof![4 => Just(0usize), 1 => Just(MAX_NAME_BYTES + 1), 1 => Just(MAX_NOTE_BYTES + 1)];
    (
        (text(), side.clone(), side, 0u8..8),
        prop::collection::vec(theme, 0..3),
        prop::collection::vec(prop::sample::select(CATALOGUE).prop_map(|t| t.id), 0..2),
        prop::collection::vec(annotation, 0..3),
        prop::collection::vec(pair_note, 0..2),
        long,
    )
        .prop_map(|((title, a, b, bits), themes, hidden, mut annotations, pair_notes, long)| {
            if let Some(first) = annotations.first_mut() {
                first.note.push_str(&"x".repeat(long));
            }
            Shared {
                title,
                sides: [a, b],
                folds: Folds { case: bits & 1 != 0, skall: bits & 2 != 0, ocr: bits & 4 != 0 },
                themes,
                hidden,
                annotations,
                pair_notes,
            }
        })
}

proptest! {
    #![proptest_config(Config { cases: 1000, failure_persistence: None, ..Config::default() })]

    /// `p1.` opens a state exactly when a link of it opens, to the same state.
    #[test]
    fn plain_format_validates_as_links_do(shared in arb_state()) {
        let plain = decode_saved(&encode_plain(&shared));
        let linked = v1::read(&v1::write(&shared), MAX_SAVED_TEXT_BYTES);
        match (&plain, &linked) {
            (Ok(p), Ok(l)) => {
                prop_assert_eq!(p, &shared);
                prop_assert_eq!(l, &shared);
                assert_valid(p, MAX_SAVED_TEXT_BYTES);
            }
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "p1 {:?} but v1 {:?}", plain.as_ref().map(|_| ()), linked.as_ref().map(|_| ())),
        }
    }

    /// Damage to a plain payload (bytes changed, cut, or inserted) never
    /// panics, and whatever still opens is valid.
    #[test]
    fn damaged_plain_payloads_never_open_invalid(
        shared in arb_state(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
    ) {
        let mut bytes: Vec<u8> = encode_plain(&shared).strip_prefix("p1.").unwrap().chars().map(|c| c as u8).collect();
        for (at, byte, kind) in edits {
            let i = at.index(bytes.len() + 1);
            match kind {
                0 if i < bytes.len() => bytes[i] = byte,
                1 => bytes.truncate(i),
                _ => bytes.insert(i, byte),
            }
        }
        let damaged: String = "p1.".chars().chain(bytes.iter().map(|&b| char::from(b))).collect();
        if let Ok(opened) = decode_saved(&damaged) {
            assert_valid(&opened, MAX_SAVED_TEXT_BYTES);
        }
        // A character above U+00FF is never a byte.
        let wide = format!("{damaged}\u{100}");
        prop_assert!(matches!(decode_saved(&wide), Err(LinkError::Damaged(_))));
    }
}
