//! Index-side benchmarks: Swedish analysis (with compound splitting) and writing an index.
//! Inputs are the bundled sample corpus, replicated. Each iteration asserts its output count so a
//! bench cannot quietly measure nothing.
//!
//! Run: `cargo bench --bench index`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use styrdok::index::{Index, analyzer};
use styrdok::ingest;
use styrdok::model::SourceFormat;
use styrdok::segment::Segmenter;

const TEXTS: [(&str, &str); 5] = [
    (
        "000.txt",
        include_str!("../corpus/000_1915b794cc2d0253.txt"),
    ),
    (
        "001.txt",
        include_str!("../corpus/001_9bd86671e8bbc3c8.txt"),
    ),
    (
        "002.txt",
        include_str!("../corpus/002_3d60a64d12cd5465.txt"),
    ),
    (
        "003.txt",
        include_str!("../corpus/003_7363f4b632caecb5.txt"),
    ),
    (
        "004.txt",
        include_str!("../corpus/004_111002b133b95e73.txt"),
    ),
];

fn analysis(c: &mut Criterion) {
    let all: String = TEXTS.iter().map(|t| t.1).collect::<Vec<_>>().join("\n\n");
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(all.len() as u64));
    let mut main = analyzer::main_analyzer();
    g.bench_function("main_field_with_compounds", |b| {
        b.iter(|| {
            let n = analyzer::tokens(&mut main, black_box(&all)).len();
            assert!(n > 5_000, "{n}");
            n
        })
    });
    let mut exact = analyzer::exact_analyzer();
    g.bench_function("exact_field", |b| {
        b.iter(|| {
            let n = analyzer::tokens(&mut exact, black_box(&all)).len();
            assert!(n > 5_000, "{n}");
            n
        })
    });
    g.finish();
}

fn write_index(c: &mut Criterion) {
    const COPIES: usize = 20;
    // Distinct documents: each copy gets its own text (and so its own content hash).
    let docs: Vec<_> = (0..COPIES)
        .flat_map(|i| {
            TEXTS.iter().map(move |(name, text)| {
                let text = format!("{text}\n\nKopia {i}.");
                ingest::load_bytes(
                    Path::new(&format!("{i}-{name}")),
                    text.as_bytes(),
                    SourceFormat::Text,
                    None,
                )
                .expect("sample text loads")
            })
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let seg = Segmenter::new();
    let segs: Vec<_> = docs.iter().map(|d| seg.segment(d)).collect();
    let mut g = c.benchmark_group("index");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("write_and_commit_100_docs", |b| {
        b.iter(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let ix = Index::create_or_open(&dir.path().join("ix")).expect("index");
            let w = ix.writer().expect("writer");
            for (d, s) in docs.iter().zip(&segs) {
                w.add(d, s, "bench").expect("add");
            }
            w.commit().expect("commit");
            let n = ix.counts().expect("counts").documents;
            assert_eq!(n, docs.len());
            n
        })
    });
    g.finish();
}

criterion_group!(benches, analysis, write_index);
criterion_main!(benches);
