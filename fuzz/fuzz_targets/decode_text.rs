//! Text decoding and normalisation on arbitrary bytes: never panics, and the normalised text
//! keeps the normaliser's promises (idempotent, no CR, no NBSP, no soft hyphen, NFC).
#![no_main]

use libfuzzer_sys::fuzz_target;
use styrdok::ingest::{normalize::normalize, text::decode};
use unicode_normalization::is_nfc;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(data) else {
        return;
    };
    let (text, _dropped) = normalize(&decoded.text);
    assert!(!text.contains('\r'), "CR left in normalised text");
    assert!(!text.contains('\u{a0}'), "NBSP left in normalised text");
    assert!(
        !text.contains('\u{ad}'),
        "soft hyphen left in normalised text"
    );
    assert!(is_nfc(&text), "normalised text is not NFC");
    let (again, dropped_again) = normalize(&text);
    assert_eq!(again, text, "normalize is not idempotent");
    assert_eq!(dropped_again, 0, "second normalize dropped characters");
});
