//! The whole text path on arbitrary bytes: decoding, normalisation, metadata inference and
//! segmentation. Never panics; every passage and item span lies on character boundaries inside
//! the document text and reproduces the passage or item text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use styrdok::ingest::load_bytes;
use styrdok::model::{SourceFormat, collapse_whitespace};
use styrdok::segment::{Segmenter, item_text};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = load_bytes(Path::new("fuzz.txt"), data, SourceFormat::Text, None) else {
        return;
    };
    let seg = Segmenter::new().segment(&doc);
    let text = &doc.text;
    let mut last_start = 0;
    for p in &seg.passages {
        let s = p.span;
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "passage span {s:?} outside text"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "passage span {s:?} splits a character"
        );
        assert!(s.start >= last_start, "passages out of order");
        last_start = s.start;
        // A list entry's passage text leaves out its bullet or number, so it is a suffix of
        // the collapsed span.
        assert!(
            collapse_whitespace(&text[s.start..s.end]).ends_with(p.text.as_str()),
            "passage text does not match its span"
        );
        assert_eq!(p.page, doc.page_at(s.start), "passage page");
    }
    for it in &seg.items {
        let s = it.span;
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "item span {s:?} outside text"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "item span {s:?} splits a character"
        );
        assert_eq!(
            item_text(text, s),
            it.text,
            "item text does not match its span"
        );
        assert_eq!(it.page, doc.page_at(s.start), "item page");
    }
});
