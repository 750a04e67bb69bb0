//! `textfile`'s decoders against `encoding_rs` (the decoders browsers use),
//! on every byte, every byte pair and every surrogate pair, and its guesses
//! on the real clauses of `tests/fixtures/clauses/` saved in each encoding.

use andamal_core::formats::textfile::{decode, mac_roman, utf16, windows_1252};
use encoding_rs::{MACINTOSH, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

#[test]
fn windows_1252_and_mac_roman_agree_with_encoding_rs_on_every_byte() {
    for byte in 0..=255u8 {
        let bytes = [byte];
        let (expected, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
        assert_eq!(windows_1252(byte).to_string(), expected, "Windows-1252 {byte:#04x}");
        let (expected, _) = MACINTOSH.decode_without_bom_handling(&bytes);
        assert_eq!(mac_roman(byte).to_string(), expected, "Mac Roman {byte:#04x}");
    }
}

#[test]
fn utf16_agrees_with_encoding_rs_on_every_code_unit_and_surrogate_pair() {
    for first in 0..=255u8 {
        for second in 0..=255u8 {
            let bytes = [first, second];
            assert_eq!(utf16(&bytes, true), UTF_16LE.decode_without_bom_handling(&bytes).0, "LE {bytes:02x?}");
            assert_eq!(utf16(&bytes, false), UTF_16BE.decode_without_bom_handling(&bytes).0, "BE {bytes:02x?}");
        }
    }
    // Every high surrogate before every low one, and the other way round.
    for high in 0xd800..0xdc00u16 {
        for low in 0xdc00..0xe000u16 {
            for (a, b) in [(high, low), (low, high)] {
                let bytes: Vec<u8> = [a, b].iter().flat_map(|u| u.to_le_bytes()).collect();
                assert_eq!(utf16(&bytes, true), UTF_16LE.decode_without_bom_handling(&bytes).0);
            }
        }
    }
    // A lone last byte.
    assert_eq!(utf16(b"A\x00B", true), UTF_16LE.decode_without_bom_handling(b"A\x00B").0);
}

#[test]
fn lossy_utf8_agrees_with_encoding_rs_on_every_short_sequence() {
    // Replacement characters as the browser's TextDecoder places them: one
    // per maximal invalid subpart. Every one- and two-byte sequence, and every
    // three-byte one that starts with a lead byte.
    let check = |bytes: &[u8]| {
        let ours = String::from_utf8_lossy(bytes);
        let (theirs, _) = UTF_8.decode_without_bom_handling(bytes);
        assert_eq!(ours, theirs, "{bytes:02x?}");
    };
    for first in 0..=255u8 {
        check(&[first]);
        for second in 0..=255u8 {
            check(&[first, second]);
            if first >= 0xc0 {
                for third in 0..=255u8 {
                    check(&[first, second, third]);
                }
            }
        }
    }
}

/// The real clauses, each with what it is called.
fn clauses() -> Vec<(String, String)> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/clauses");
    let mut all: Vec<(String, String)> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| (path.display().to_string(), std::fs::read_to_string(&path).unwrap()))
        .collect();
    all.sort();
    assert!(all.len() >= 30, "{} clauses", all.len());
    all
}

#[test]
fn every_clause_saved_in_each_encoding_reads_back() {
    let mut encodable = [0usize; 2];
    for (name, text) in clauses() {
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le), text, "UTF-16LE without BOM: {name}");
        assert_eq!(decode(&be), text, "UTF-16BE without BOM: {name}");
        for (i, encoding) in [WINDOWS_1252, MACINTOSH].into_iter().enumerate() {
            let (bytes, _, unmappable) = encoding.encode(&text);
            if unmappable || bytes.is_ascii() {
                continue;
            }
            encodable[i] += 1;
            assert_eq!(decode(&bytes), text, "{}: {name}", encoding.name());
        }
        // A few stray bytes in UTF-8: still UTF-8, with U+FFFD where they were.
        if !text.is_ascii() {
            let mut bytes = text.clone().into_bytes();
            let mut expected = text.clone();
            for (at, stray) in [(0, 0x96u8), (text.len() / 2, 0xff)] {
                let at = (at..text.len()).find(|&i| text.is_char_boundary(i)).unwrap();
                let shift = bytes.len() - text.len();
                bytes.insert(at + shift, stray);
                let expected_shift = expected.len() - text.len();
                expected.insert(at + expected_shift, '\u{fffd}');
            }
            assert_eq!(decode(&bytes), expected, "UTF-8 with stray bytes: {name}");
        }
    }
    // Most clauses hold only characters both 8-bit encodings have.
    assert!(encodable.iter().all(|&n| n >= 25), "{encodable:?}");
}
