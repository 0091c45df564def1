//! `compare` on the hand-checked gold items of the shared sample corpus (issue 7): the
//! invariants every comparison must keep, checked on real municipal wording.
//!
//! Needs `../shared` (the gold items and the corpus manifest; or set `STYRDOK_SHARED`); skips
//! with a message when absent.
//! Set `STYRDOK_REPORT_OUT=/some/report.html` to also write the HTML report for a look.

use std::collections::HashMap;
use std::path::Path;
use styrdok::compare::{CompareOptions, Themes, compare, report};
use styrdok::model::{Item, ItemKind, ItemRecord, Span, Status};

/// Municipality, document type, year and title of a corpus file.
type DocMeta = (String, Option<String>, Option<i32>, Option<String>);

fn gold_records(shared: &Path) -> Vec<ItemRecord> {
    let manifest = std::fs::read(shared.join("corpus/manifest.csv")).unwrap();
    let mut r = csv::Reader::from_reader(manifest.as_slice());
    let mut meta: HashMap<String, DocMeta> = HashMap::new();
    for row in r.records() {
        let row = row.unwrap();
        meta.insert(
            row[0].to_string(),
            (
                row[1].to_string(),
                Some(row[2].to_string()).filter(|s| !s.is_empty()),
                row[3].parse().ok(),
                Some(row[4].to_string()).filter(|s| !s.is_empty()),
            ),
        );
    }
    let gold = std::fs::read_to_string(shared.join("eval/seeds.gold.jsonl")).unwrap();
    let mut offsets: HashMap<String, usize> = HashMap::new();
    gold.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let doc = v["doc"].as_str().unwrap().to_string();
            let (muni, doc_type, year, title) = meta[&doc].clone();
            let text = v["text"].as_str().unwrap().to_string();
            // Gold items carry no offsets; consecutive positions keep ids unique and ordered.
            let start = offsets.entry(doc.clone()).or_insert(0);
            let span = Span {
                start: *start,
                end: *start + text.len(),
            };
            *start = span.end + 1;
            let s = |k: &str| v[k].as_str().map(String::from);
            ItemRecord {
                item: Item {
                    doc_id: doc.trim_end_matches(".txt").to_string(),
                    file: doc,
                    municipality: Some(muni),
                    kind: ItemKind::parse(v["kind"].as_str().unwrap()).unwrap(),
                    text,
                    assignee: s("assignee"),
                    assigner: s("assigner"),
                    body: s("body"),
                    status: v["status"].as_str().and_then(Status::parse),
                    years: v["year"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|y| y.as_i64())
                                .map(|y| y as i32)
                                .collect()
                        })
                        .unwrap_or_default(),
                    page: 1,
                    span,
                    heading: vec![],
                    rule: "gold".into(),
                },
                doc_type,
                doc_title: title,
                doc_year: year,
            }
        })
        .collect()
}

#[test]
fn comparison_of_the_gold_items_keeps_its_invariants() {
    // STYRDOK_SHARED points elsewhere when the checkout has no `shared/` beside it.
    let shared = std::env::var_os("STYRDOK_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if !shared.join("eval/seeds.gold.jsonl").is_file() {
        eprintln!("skipping: ../shared/eval/seeds.gold.jsonl not found");
        return;
    }
    let recs = gold_records(&shared);
    let opts = CompareOptions {
        similarity_by_kind: true,
        ..Default::default()
    };
    let c = compare(&recs, &Themes::default(), &opts);
    let mut munis: Vec<String> = recs
        .iter()
        .filter_map(|r| r.item.municipality.clone())
        .collect();
    munis.sort();
    munis.dedup();
    assert_eq!(c.municipalities, munis);
    assert_eq!(c.items, recs.len());
    let per_muni = |m: &str| {
        recs.iter()
            .filter(|r| r.item.municipality.as_deref() == Some(m))
            .count()
    };

    // Themes: totals, shares and ids agree with the items.
    let t = &c.themes;
    let by_id: HashMap<String, &ItemRecord> = recs.iter().map(|r| (r.item.id(), r)).collect();
    for (mi, m) in t.municipalities.iter().enumerate() {
        assert_eq!(t.totals[mi], per_muni(m));
        for row in &t.cells {
            let cell = &row[mi];
            assert_eq!(cell.items.len(), cell.count);
            assert!((0.0..=1.0).contains(&cell.share));
            assert_eq!(cell.by_kind.values().sum::<usize>(), cell.count);
            for id in &cell.items {
                assert_eq!(by_id[id].item.municipality.as_deref(), Some(m.as_str()));
            }
        }
    }
    let themed: usize = t.cells.iter().flatten().map(|c| c.count).sum();
    assert!(
        themed > 0,
        "the default lexicon finds themes in real municipal text"
    );

    // Similarity: symmetric, unit diagonal, in [0, 1]; also per kind.
    for s in std::iter::once(&c.similarity).chain(c.similarity_by_kind.values()) {
        assert_eq!(s.municipalities, munis);
        for (i, row) in s.matrix.iter().enumerate() {
            assert_eq!(row[i], 1.0);
            for (j, v) in row.iter().enumerate() {
                assert_eq!(*v, s.matrix[j][i]);
                assert!((0.0..=1.0).contains(v));
            }
        }
    }

    // Distinctive terms: sorted by z, counts within the municipality's tokens.
    for d in &c.distinctive_terms {
        for w in d.terms.windows(2) {
            assert!(w[0].z >= w[1].z);
        }
        for term in &d.terms {
            assert!(term.count >= 2 && term.count <= d.tokens);
        }
    }

    // Shared wording: different municipalities, Jaccard over the threshold.
    for p in &c.shared_wording {
        assert_ne!(p.a.municipality, p.b.municipality);
        assert!(p.jaccard >= opts.shared_threshold && p.jaccard <= 1.0);
    }

    // Timeline: every item is in a year or undated.
    let tl = &c.timeline;
    for (mi, m) in tl.municipalities.iter().enumerate() {
        assert_eq!(
            tl.counts[mi].iter().sum::<usize>() + tl.undated[mi],
            per_muni(m)
        );
    }

    let mut html = Vec::new();
    report::write_html(&c, &recs, &mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    for m in &munis {
        assert!(html.contains(m.as_str()));
    }
    if let Some(out) = std::env::var_os("STYRDOK_REPORT_OUT") {
        std::fs::write(&out, &html).unwrap();
        let mut table = Vec::new();
        report::write_table(&c, &mut table).unwrap();
        eprintln!("{}", String::from_utf8_lossy(&table));
    }
}
