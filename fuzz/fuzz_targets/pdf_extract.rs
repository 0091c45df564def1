//! PDF text extraction on arbitrary bytes: never panics (errors are fine), and the extracted
//! pages, once loaded as a document, segment without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use styrdok::ingest::{load_bytes, pdf};
use styrdok::model::SourceFormat;
use styrdok::segment::Segmenter;

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = pdf::extract(data) {
        assert!(
            p.pages.iter().all(|page| !page.contains('\x0c')),
            "a page contains a form feed"
        );
    }
    if let Ok(doc) = load_bytes(Path::new("fuzz.pdf"), data, SourceFormat::Pdf, None) {
        let _ = Segmenter::new().segment(&doc);
    }
});
