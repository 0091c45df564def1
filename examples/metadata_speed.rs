//! Prints how fast metadata inference runs on the bundled sample texts, each alone and all of
//! them concatenated many times into one large document (a long PDF's worth of text).
//!
//! Run: `cargo run --release --example metadata_speed`

use std::time::Instant;
use styrdok::ingest::metadata::infer;

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut texts = vec![];
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path)?);
        }
    }
    texts.sort();
    let total: usize = texts.iter().map(String::len).sum();
    let rounds = 200;
    let t = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for text in &texts {
            found += usize::from(infer(text, "doc.txt").municipality.is_some());
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "small documents: {} docs x {rounds} rounds, {:.1} MB in {secs:.3} s = {:.1} MB/s, {:.0} docs/s ({found} municipalities found)",
        texts.len(),
        (total * rounds) as f64 / 1e6,
        (total * rounds) as f64 / 1e6 / secs,
        (texts.len() * rounds) as f64 / secs
    );
    let big = texts.join("\n\n").repeat(200);
    let t = Instant::now();
    let m = infer(&big, "big.txt");
    let secs = t.elapsed().as_secs_f64();
    println!(
        "one large document: {:.1} MB in {secs:.3} s = {:.1} MB/s (municipality {:?})",
        big.len() as f64 / 1e6,
        big.len() as f64 / 1e6 / secs,
        m.municipality
    );
    Ok(())
}
