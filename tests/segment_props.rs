//! Property tests: the segmenter never panics and every span it reports is valid and
//! reproduces its text, whatever the input.

use proptest::prelude::*;
use std::path::PathBuf;
use styrdok::model::{Document, Metadata, SourceFormat};
use styrdok::segment::{Segmenter, item_text};

/// A document whose text is `input` as it is (not normalised: the segmenter must cope with
/// any string, not only what ingest produces).
fn doc(input: &str) -> Document {
    Document {
        id: "0123456789abcdef".into(),
        path: PathBuf::from("x.txt"),
        file: "x.txt".into(),
        format: SourceFormat::Text,
        encoding: None,
        meta: Metadata::default(),
        text: input.to_string(),
        pages: 1,
        furniture: vec![],
        warnings: vec![],
    }
}

fn check(input: &str) -> Result<(), TestCaseError> {
    let doc = doc(input);
    let seg = Segmenter::new().segment(&doc);
    let t = &doc.text;
    let mut last = 0;
    for it in &seg.items {
        let s = it.span;
        prop_assert!(s.start < s.end && s.end <= t.len());
        prop_assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        prop_assert!(s.start >= last);
        last = s.start;
        prop_assert_eq!(&item_text(t, s), &it.text);
        prop_assert!(!it.text.is_empty());
    }
    for p in &seg.passages {
        prop_assert!(p.span.start < p.span.end && p.span.end <= t.len());
        prop_assert!(t.is_char_boundary(p.span.start) && t.is_char_boundary(p.span.end));
    }
    Ok(())
}

/// Pieces of Swedish administrative text, bullets and layout, so that generated inputs reach
/// the rules and the list and section logic, not only the "no trigger" fast path.
const PIECES: &[&str] = &[
    "Kommunstyrelsen ges i uppdrag att ",
    "ger stadskontoret i uppdrag att utreda",
    "beslutade i maj 2024 att",
    " uppdra åt nämnden:",
    "\n- att ",
    "\n• ",
    "\n1. ",
    "* a * b ",
    "Förslag till beslut\n",
    "Beslutsplanering\nKommunstyrelsen 2026-04-01\n",
    "Beslutet skickas till\n",
    "Uppdrag 2015:\n",
    "Mål:\n",
    "Vi ska ",
    "ska vara ",
    "kommer att ",
    "som ska ",
    "Målet är ",
    " antogs i kommunfullmäktige",
    "t.ex. ",
    "m.m. ",
    ". ",
    ":",
    "?",
    "\n\n",
    "\n",
    "\x0c",
    " ",
    "å",
    "–",
    "2025",
    "Malmö ",
    "Samt att ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_unicode_never_panics(s in any::<String>()) {
        check(&s)?;
    }

    #[test]
    fn arbitrary_administrative_text_keeps_span_invariants(
        parts in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(PIECES).prop_map(str::to_string),
                "[a-zåäöA-ZÅÄÖ0-9 .,:;\n*•–-]{0,12}",
                any::<char>().prop_map(|c| c.to_string()),
            ],
            0..60,
        )
    ) {
        check(&parts.concat())?;
    }
}
