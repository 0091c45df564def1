//! PDF extraction over the shared test material (issues 3 and 9):
//!
//! - `../shared/pdf/dev/`: PDFs from nine producers with their true text. A fidelity floor on
//!   word F1 (computed here the way `score-extract` does: bag of whitespace-separated words
//!   after NFC) and on the Swedish letters.
//! - `../shared/pdf/malformed/`: damaged and hostile PDFs. Every one must come back as text or
//!   a one-line error within a time budget, without a panic escaping or being caught inside.
//!
//! Both skip with a message when `../shared` is absent (a clone of the project alone).
//! `STYRDOK_SHARED=/path/to/shared cargo test` points them elsewhere.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use styrdok::ingest::pdf::{Limits, extract_with};
use unicode_normalization::UnicodeNormalization;

/// `../shared/pdf/<sub>` beside the repository (or under `$STYRDOK_SHARED` when set, for a
/// checkout that is not next to it).
fn shared(sub: &str) -> Option<PathBuf> {
    let root = std::env::var_os("STYRDOK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = root.join("pdf").join(sub);
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: {} not found", p.display());
        None
    }
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    v.sort();
    v
}

fn words(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in s.nfc().collect::<String>().split_whitespace() {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    m
}

fn word_f1(got: &str, truth: &str) -> f64 {
    let (g, t) = (words(got), words(truth));
    let common: usize = g
        .iter()
        .map(|(w, n)| (*n).min(t.get(w).copied().unwrap_or(0)))
        .sum();
    let (ng, nt): (usize, usize) = (g.values().sum(), t.values().sum());
    if ng == 0 || nt == 0 {
        return if ng == nt { 1.0 } else { 0.0 };
    }
    let (p, r) = (common as f64 / ng as f64, common as f64 / nt as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn word_f1_is_a_bag_of_words_measure() {
    assert_eq!(word_f1("a b c", "c b a"), 1.0);
    assert!((word_f1("a b", "a c") - 0.5).abs() < 1e-9);
    assert_eq!(word_f1("", "a"), 0.0);
}

#[test]
fn dev_pdfs_meet_the_fidelity_floor() {
    let Some(dir) = shared("dev") else { return };
    let mut scores = vec![];
    for pdf in pdfs(&dir) {
        let truth_path = pdf.with_extension("truth.txt");
        let Ok(truth) = std::fs::read_to_string(&truth_path) else {
            continue;
        };
        let bytes = std::fs::read(&pdf).unwrap();
        let text = extract_with(&bytes, &Limits::default())
            .unwrap_or_else(|e| panic!("{}: {e}", pdf.display()))
            .pages
            .join("\n");
        let f1 = word_f1(&text, &truth);
        for c in ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'] {
            let (want, got) = (
                truth.matches(c).count(),
                text.nfc().filter(|&x| x == c).count(),
            );
            assert!(got >= want, "{}: {c} {got} < {want}", pdf.display());
        }
        assert!(f1 >= 0.97, "{}: word F1 {f1:.3}", pdf.display());
        scores.push(f1);
    }
    assert!(!scores.is_empty(), "no truth files in {}", dir.display());
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    eprintln!("dev: {} PDFs, mean word F1 {mean:.4}", scores.len());
    assert!(mean >= 0.99, "mean word F1 {mean:.4}");
}

#[test]
fn malformed_pdfs_never_panic_and_errors_are_one_line() {
    let Some(dir) = shared("malformed") else {
        return;
    };
    // Debug builds are slow: each file gets a few seconds, the whole set a bounded time.
    let limits = Limits {
        max_time: Duration::from_secs(5),
        ..Limits::default()
    };
    let start = Instant::now();
    let (mut ok, mut err) = (0, 0);
    for pdf in pdfs(&dir) {
        let bytes = std::fs::read(&pdf).unwrap();
        let t0 = Instant::now();
        let r = std::panic::catch_unwind(|| extract_with(&bytes, &limits));
        let took = t0.elapsed();
        if took > Duration::from_secs(2) {
            eprintln!("{}: {took:?}", pdf.display());
        }
        match r {
            Err(_) => panic!("{}: panicked", pdf.display()),
            Ok(Ok(_)) => ok += 1,
            Ok(Err(e)) => {
                assert!(
                    !e.is_empty() && !e.contains('\n'),
                    "{}: {e:?}",
                    pdf.display()
                );
                assert!(
                    !e.contains("parser failed"),
                    "{}: a panic was caught inside: {e}",
                    pdf.display()
                );
                err += 1;
            }
        }
        assert!(
            took < Duration::from_secs(20),
            "{}: took {took:?}",
            pdf.display()
        );
    }
    eprintln!("malformed: {ok} ok, {err} errors in {:?}", start.elapsed());
    assert!(ok > 0);
}
