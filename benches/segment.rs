//! Segmentation throughput on plain text (one core): the five sample documents, and the same
//! text repeated to about 1 MB, so that fixed costs and per-byte costs both show.
//!
//! Run: `cargo bench --bench segment`. Criterion reports bytes per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use styrdok::ingest;
use styrdok::model::{Document, SourceFormat};
use styrdok::segment::Segmenter;

const SAMPLES: [&str; 5] = [
    include_str!("../corpus/000_1915b794cc2d0253.txt"),
    include_str!("../corpus/001_9bd86671e8bbc3c8.txt"),
    include_str!("../corpus/002_3d60a64d12cd5465.txt"),
    include_str!("../corpus/003_7363f4b632caecb5.txt"),
    include_str!("../corpus/004_111002b133b95e73.txt"),
];

fn doc(text: &str) -> Document {
    ingest::load_bytes(
        Path::new("bench.txt"),
        text.as_bytes(),
        SourceFormat::Text,
        None,
    )
    .expect("sample text loads")
}

fn bench(c: &mut Criterion) {
    let seg = Segmenter::new();
    let docs: Vec<Document> = SAMPLES.iter().map(|t| doc(t)).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let expected: usize = docs.iter().map(|d| seg.segment(d).items.len()).sum();
    assert!(expected > 0);

    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("samples", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| seg.segment(black_box(d)).items.len())
                .sum();
            assert_eq!(n, expected);
        })
    });

    // One large document: the samples joined with blank lines, repeated to ~1 MB.
    let joined = SAMPLES.join("\n\n");
    let reps = (1 << 20) / joined.len() + 1;
    let big = doc(&vec![joined.as_str(); reps].join("\n\n"));
    let big_items = seg.segment(&big).items.len();
    assert!(big_items >= expected * reps / 2);
    g.throughput(Throughput::Bytes(big.text.len() as u64));
    g.sample_size(20);
    g.bench_function("1mb", |b| {
        b.iter(|| assert_eq!(seg.segment(black_box(&big)).items.len(), big_items))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
