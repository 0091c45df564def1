//! Scale figures for the export writers and compare (issues 6 and 7). Ignored by default: they
//! print figures rather than assert timings. Run them in release:
//!
//! ```text
//! cargo test --release --test export_scale -- --ignored --nocapture
//! ```

use std::time::Instant;
use styrdok::compare::{CompareOptions, Themes, compare};
use styrdok::export::{CsvOptions, CsvWriter, write_jsonl_record};
use styrdok::model::{Item, ItemKind, ItemRecord, Span};

const WORDS: &[&str] = &[
    "kommunen",
    "ska",
    "företag",
    "upphandling",
    "näringsliv",
    "samverkan",
    "utveckla",
    "kompetensförsörjning",
    "etablering",
    "turism",
    "digitalisering",
    "hållbar",
    "arbetsmarknad",
    "infrastruktur",
    "dialog",
    "service",
    "innovation",
    "export",
    "trygghet",
    "skola",
    "mark",
    "detaljplan",
    "besöksnäring",
    "lokala",
    "fler",
    "stärka",
    "öka",
    "förenkla",
    "regionen",
];

/// A deterministic synthetic item: word choice from a simple LCG.
fn item(i: usize) -> ItemRecord {
    let mut x = (i as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut words = Vec::with_capacity(18);
    for _ in 0..18 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        words.push(WORDS[(x >> 33) as usize % WORDS.len()]);
    }
    let text = words.join(" ");
    ItemRecord {
        item: Item {
            doc_id: format!("{:016x}", i / 50),
            file: format!("dok_{}.txt", i / 50),
            municipality: Some(format!("Kommun {}", (i / 50) % 40)),
            kind: ItemKind::ALL[i % 4],
            text,
            assignee: None,
            assigner: None,
            body: None,
            status: None,
            years: vec![2020 + (i % 5) as i32],
            page: 1 + (i % 30) as u32,
            span: Span {
                start: i * 200,
                end: i * 200 + 150,
            },
            heading: vec!["Näringsliv".into(), "Mål och uppdrag".into()],
            rule: "synthetic".into(),
        },
        doc_type: Some("strategi".into()),
        doc_title: Some("Näringslivsstrategi".into()),
        doc_year: Some(2020 + ((i / 50) % 5) as i32),
    }
}

/// Peak resident memory of this process in MB (Linux), or 0 if unknown.
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

#[test]
#[ignore]
fn export_one_million_items_streams_in_flat_memory() {
    let n = 1_000_000;
    let before = peak_rss_mb();
    let t = Instant::now();
    let mut sink = std::io::BufWriter::new(std::io::sink());
    let mut w = CsvWriter::new(&mut sink, &CsvOptions { excel: true }).unwrap();
    for i in 0..n {
        w.write(&item(i)).unwrap();
    }
    w.finish().unwrap();
    let csv_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for i in 0..n {
        write_jsonl_record(&item(i), &mut sink).unwrap();
    }
    let jsonl_s = t.elapsed().as_secs_f64();
    let after = peak_rss_mb();
    eprintln!(
        "export: {n} items: Excel CSV {csv_s:.2} s ({:.0} items/s), JSON Lines {jsonl_s:.2} s ({:.0} items/s); peak RSS {before:.1} MB before, {after:.1} MB after",
        n as f64 / csv_s,
        n as f64 / jsonl_s
    );
    assert!(
        after - before < 50.0,
        "memory grew by {} MB",
        after - before
    );
}

#[test]
#[ignore]
fn compare_scale_figures() {
    let themes = Themes::default();
    for n in [10_000, 100_000] {
        let recs: Vec<ItemRecord> = (0..n).map(item).collect();
        let t = Instant::now();
        let c = compare(&recs, &themes, &CompareOptions::default());
        eprintln!(
            "compare: {n} items, {} municipalities: {:.2} s ({} shared pairs); peak RSS {:.0} MB",
            c.municipalities.len(),
            t.elapsed().as_secs_f64(),
            c.shared_wording.len(),
            peak_rss_mb()
        );
    }
}
