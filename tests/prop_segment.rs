//! Property tests for the segmenter (issue 9, "Fuzzing"): on generated documents it never
//! panics and every passage and item points at the text it claims to come from.

use proptest::prelude::*;
use std::path::Path;
use styrdok::ingest::load_bytes;
use styrdok::model::{Document, SourceFormat, collapse_whitespace};
use styrdok::segment::Segmenter;

/// Lines of the kinds municipal documents are made of: headings, numbered and bulleted list
/// entries, assignment and decision sentences, prose, blank lines and page breaks.
fn line() -> impl Strategy<Value = String> {
    let phrase = prop::sample::select(vec![
        "Kommunstyrelsen ges i uppdrag att utreda näringslivets behov",
        "Kommunfullmäktige beslutar att anta strategin",
        "Målet är att andelen företag ska öka till 2030",
        "Vi ska arbeta för ett bättre företagsklimat",
        "Stadskontoret får i uppdrag att",
        "samordna arbetet med testbäddar i Malmö",
        "Näringslivsstrategi 2024–2030",
        "Förslag till beslut",
        "Åtgärder",
        "Uppföljning sker årligen",
        "Ärendet",
        "Budget 2025",
    ]);
    let prefix = prop::sample::select(vec![
        "", "", "", "- ", "• ", "* ", "1. ", "2) ", "§ 12 ", "  ",
    ]);
    let suffix = prop::sample::select(vec!["", ".", ":", ";", " ", "\u{a0}"]);
    prop_oneof![
        6 => (prefix, phrase, suffix).prop_map(|(p, s, e)| format!("{p}{s}{e}")),
        2 => Just(String::new()),
        1 => Just("\x0c".to_owned()),
        1 => "[a-zåäöA-ZÅÄÖ0-9 ,.:;()–-]{0,40}",
    ]
}

fn document_text() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..60).prop_map(|lines| lines.join("\n"))
}

fn load(text: &str) -> Option<Document> {
    load_bytes(
        Path::new("prop.txt"),
        text.as_bytes(),
        SourceFormat::Text,
        None,
    )
    .ok()
}

fn check_spans(doc: &Document) -> Result<(), TestCaseError> {
    let seg = Segmenter::new().segment(doc);
    let text = &doc.text;
    let mut prev_end = 0;
    for p in &seg.passages {
        let s = p.span;
        prop_assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {:?} outside",
            s
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(
            s.start >= prev_end,
            "passages overlap or are out of order at {:?}",
            s
        );
        prev_end = s.end;
        // As for items, a list entry's text leaves out its bullet or number.
        prop_assert!(
            reproduces(&text[s.start..s.end], &p.text),
            "passage text {:?} is not its span {:?}",
            p.text,
            &text[s.start..s.end]
        );
        prop_assert!(!p.text.is_empty());
        prop_assert_eq!(p.page, doc.page_at(s.start));
    }
    let mut prev_start = 0;
    for it in &seg.items {
        let s = it.span;
        prop_assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {:?} outside",
            s
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(s.start >= prev_start, "items out of order");
        prev_start = s.start;
        prop_assert!(
            reproduces(&text[s.start..s.end], &it.text),
            "item text {:?} is not its span {:?}",
            it.text,
            &text[s.start..s.end]
        );
        prop_assert_eq!(it.page, doc.page_at(s.start));
        prop_assert_eq!(&it.doc_id, &doc.id);
    }
    Ok(())
}

/// True if `shown` is the text of `span`: its whitespace collapsed, a leading bullet or number
/// left out, and words broken at a line end by a hyphen rejoined. Where the span has no such
/// break the text must be exactly the collapsed span's end; otherwise its letters and digits
/// must be the span's, in order, hyphens and whitespace aside.
fn reproduces(span: &str, shown: &str) -> bool {
    if !span.contains("-\n") {
        return collapse_whitespace(span).ends_with(shown);
    }
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect()
    };
    squash(span).ends_with(&squash(shown))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_reproduce_passages_and_items(text in document_text()) {
        let doc = load(&text);
        prop_assert!(doc.is_some(), "generated document text did not load");
        check_spans(&doc.unwrap())?;
    }

    #[test]
    fn any_text_segments_without_panicking(text in any::<String>()) {
        // Text with many control characters is rejected as binary, which is fine.
        if let Some(doc) = load(&text) {
            check_spans(&doc)?;
        }
    }
}
