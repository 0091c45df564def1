//! Property tests for text decoding and normalisation (issue 9, "Fuzzing"): on generated input
//! the decoder never panics, the normaliser keeps its promises, and Swedish text survives a
//! round trip through every encoding styrdok reads.

use encoding_rs::WINDOWS_1252;
use proptest::prelude::*;
use styrdok::ingest::normalize::normalize;
use styrdok::ingest::text::decode;
use unicode_normalization::{UnicodeNormalization, is_nfc};

/// Characters the normaliser must handle specially, mixed into otherwise ordinary text.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => prop::sample::select(vec!['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é', ' ', '\n', '.']),
        1 => prop::sample::select(vec![
            '\r', '\t', '\x0c', '\u{a0}', '\u{2009}', '\u{202f}', '\u{3000}', '\u{ad}',
            '\u{200b}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{2028}', '\u{2029}', '\u{0}',
            '\u{7}', '\u{85}', '\u{30a}', '\u{308}', '\u{301}', '\u{327}', 'Å', 'Ω', 'ﬁ',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_string() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..200).prop_map(|v| v.into_iter().collect())
}

/// Swedish-looking text: words with å, ä, ö and é, Swedish punctuation, numbers, line and
/// page breaks. (Real Swedish documents, not arbitrary Unicode: windows-1252 can only carry
/// Latin-1 letters, and a detector needs some words to recognise an encoding.)
fn swedish_text() -> impl Strategy<Value = String> {
    let words = vec![
        "kommunen",
        "näringsliv",
        "företag",
        "åtgärder",
        "mål",
        "uppdrag",
        "beslut",
        "år",
        "Malmö",
        "Göteborg",
        "Västerås",
        "Örebro",
        "Umeå",
        "Ängelholm",
        "kvalitet",
        "större",
        "möjligheter",
        "samverkan",
        "arbetsmarknad",
        "idé",
        "café",
        "miljö",
        "tillväxt",
        "ökad",
        "säkerställa",
        "utvärdering",
        "Åtagande",
        "fördelning",
        "skärgård",
        "exportråd",
        "2024",
        "4,5",
        "100",
        "–",
        "”",
        "€",
        "§",
        "(",
        ")",
        ":",
        ";",
        "…",
        "%",
        "‘",
        "’",
    ];
    let sep = prop::sample::select(vec![" ", " ", " ", " ", ", ", ". ", ".\n", "\n\n", "\x0c"]);
    prop::collection::vec((prop::sample::select(words), sep), 8..120).prop_map(|parts| {
        let mut s = String::new();
        for (w, sep) in parts {
            s.push_str(w);
            s.push_str(sep);
        }
        s.trim_end().to_owned()
    })
}

fn utf16(s: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let mut v = vec![];
    if bom {
        v.extend(if little_endian {
            [0xff, 0xfe]
        } else {
            [0xfe, 0xff]
        });
    }
    for u in s.encode_utf16() {
        v.extend(if little_endian {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        if let Ok(d) = decode(&bytes) {
            // Whatever was decoded normalises without panicking.
            let _ = normalize(&d.text);
        }
    }

    #[test]
    fn decode_never_panics_on_text_like_bytes(s in tricky_string(), junk in prop::collection::vec(any::<u8>(), 0..8)) {
        let mut bytes = s.into_bytes();
        bytes.extend(junk);
        let _ = decode(&bytes);
    }

    #[test]
    fn normalize_is_idempotent(s in tricky_string()) {
        let (once, _) = normalize(&s);
        let (twice, dropped) = normalize(&once);
        prop_assert_eq!(&twice, &once);
        prop_assert_eq!(dropped, 0);
    }

    #[test]
    fn normalize_is_idempotent_on_any_unicode(s in any::<String>()) {
        let (once, _) = normalize(&s);
        prop_assert_eq!(normalize(&once).0, once);
    }

    #[test]
    fn normalized_text_has_no_cr_no_odd_spaces_and_is_nfc(s in tricky_string()) {
        let (n, _) = normalize(&s);
        prop_assert!(!n.contains('\r'));
        for bad in ['\u{a0}', '\u{2009}', '\u{202f}', '\u{3000}', '\u{ad}', '\u{200b}', '\u{feff}'] {
            prop_assert!(!n.contains(bad), "{:?} left in {:?}", bad, n);
        }
        prop_assert!(is_nfc(&n), "not NFC: {:?}", n);
        // Form feeds (page breaks) and line feeds survive.
        prop_assert_eq!(n.matches('\x0c').count(), s.matches('\x0c').count());
    }

    #[test]
    fn decomposed_swedish_text_normalises_to_the_composed_text(s in swedish_text()) {
        let decomposed: String = s.nfd().collect();
        prop_assert_eq!(normalize(&decomposed).0, normalize(&s).0);
    }

    #[test]
    fn crlf_and_cr_line_ends_normalise_like_lf(s in swedish_text()) {
        let crlf = s.replace('\n', "\r\n");
        let cr = s.replace('\n', "\r");
        prop_assert_eq!(normalize(&crlf).0, normalize(&s).0);
        prop_assert_eq!(normalize(&cr).0, normalize(&s).0);
    }

    #[test]
    fn utf8_with_and_without_bom_round_trips(s in swedish_text()) {
        prop_assert_eq!(&decode(s.as_bytes()).unwrap().text, &s);
        let mut b = vec![0xef, 0xbb, 0xbf];
        b.extend(s.as_bytes());
        prop_assert_eq!(&decode(&b).unwrap().text, &s);
    }

    #[test]
    fn utf16_round_trips(s in swedish_text(), le in any::<bool>(), bom in any::<bool>()) {
        let d = decode(&utf16(&s, le, bom)).unwrap();
        prop_assert_eq!(&d.text, &s);
        prop_assert_eq!(d.encoding, if le { "UTF-16LE" } else { "UTF-16BE" });
    }

    #[test]
    fn windows_1252_round_trips(s in swedish_text()) {
        let (bytes, _, unmappable) = WINDOWS_1252.encode(&s);
        prop_assert!(!unmappable);
        let d = decode(&bytes).unwrap();
        prop_assert_eq!(&d.text, &s, "decoded as {}", d.encoding);
        prop_assert!(d.warnings.is_empty());
    }

    #[test]
    fn every_encoding_gives_the_same_normalised_text(s in swedish_text()) {
        let want = normalize(&s).0;
        let (cp1252, _, _) = WINDOWS_1252.encode(&s);
        for bytes in [s.as_bytes().to_vec(), utf16(&s, true, true), utf16(&s, false, true), cp1252.into_owned()] {
            prop_assert_eq!(&normalize(&decode(&bytes).unwrap().text).0, &want);
        }
    }
}
