//! Query benchmarks on an index of the sample corpus replicated 200 times (1,000 documents):
//! words, compound parts, phrases, prefixes, OR, filters and facets. Each iteration asserts that
//! hits came back. The 1M-item latency targets are measured by the benchmark scripts; this
//! bench tracks the cost of each query shape.
//!
//! Run: `cargo bench --bench query`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use styrdok::index::Index;
use styrdok::ingest;
use styrdok::model::{Filter, ItemKind, SourceFormat};
use styrdok::query::{SearchRequest, search};
use styrdok::segment::Segmenter;

const TEXTS: [&str; 5] = [
    include_str!("../corpus/000_1915b794cc2d0253.txt"),
    include_str!("../corpus/001_9bd86671e8bbc3c8.txt"),
    include_str!("../corpus/002_3d60a64d12cd5465.txt"),
    include_str!("../corpus/003_7363f4b632caecb5.txt"),
    include_str!("../corpus/004_111002b133b95e73.txt"),
];
const MUNICIPALITIES: [&str; 8] = [
    "Malmö", "Lund", "Umeå", "Kiruna", "Visby", "Borås", "Ystad", "Luleå",
];

fn build(dir: &Path) -> Index {
    let ix = Index::create_or_open(dir).expect("index");
    let w = ix.writer().expect("writer");
    let seg = Segmenter::new();
    for i in 0..200 {
        for (j, text) in TEXTS.iter().enumerate() {
            let text = format!("{text}\n\nKopia {i}.");
            let mut doc = ingest::load_bytes(
                Path::new(&format!("{i}-{j}.txt")),
                text.as_bytes(),
                SourceFormat::Text,
                None,
            )
            .expect("sample text loads");
            doc.meta.municipality = Some(MUNICIPALITIES[i % MUNICIPALITIES.len()].into());
            doc.meta.year = Some(2015 + (i % 10) as i32);
            let s = seg.segment(&doc);
            w.add(&doc, &s, "bench").expect("add");
        }
    }
    w.commit().expect("commit");
    ix
}

fn queries(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ix = build(&dir.path().join("ix"));
    let mut g = c.benchmark_group("query");
    let cases: Vec<(&str, SearchRequest)> = vec![
        ("word", req("upphandling")),
        ("compound_part", req("strategi")),
        ("phrase", req("\"ges i uppdrag att\"")),
        ("prefix", req("näringsliv*")),
        ("or_exclusion", req("testbäddar OR innovation -skola")),
        ("common_word_limit_10", req("och")),
        (
            "filtered",
            SearchRequest {
                filter: Filter {
                    municipalities: vec!["Malmö".into()],
                    years: Some((2016, 2020)),
                    ..Default::default()
                },
                ..req("näringsliv")
            },
        ),
        (
            "facets",
            SearchRequest {
                facets: true,
                ..req("företag")
            },
        ),
    ];
    for (name, r) in &cases {
        g.bench_function(*name, |b| {
            b.iter(|| {
                let res = search(&ix, black_box(r)).expect("search");
                assert!(!res.hits.is_empty(), "{name}: no hits");
                res.total
            })
        });
    }
    // Items only (the segmenter may not find items in every build; then the bench is skipped).
    let items_req = SearchRequest {
        filter: Filter {
            kinds: vec![ItemKind::Assignment],
            ..Default::default()
        },
        ..req("uppdrag")
    };
    if search(&ix, &items_req).is_ok_and(|r| !r.hits.is_empty()) {
        g.bench_function("items_only", |b| {
            b.iter(|| {
                let res = search(&ix, black_box(&items_req)).expect("search");
                assert!(!res.hits.is_empty());
                res.total
            })
        });
    } else {
        eprintln!("query/items_only skipped: the segmenter found no assignments");
    }
    g.finish();
}

fn req(q: &str) -> SearchRequest {
    SearchRequest {
        query: q.into(),
        limit: 10,
        ..Default::default()
    }
}

criterion_group!(benches, queries);
criterion_main!(benches);
