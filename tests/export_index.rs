//! `styrdok export` and `styrdok compare` reading from an index: the export holds the same
//! items as written into the index, in (municipality, file, position) order, with filters, and
//! `STYRDOK_INDEX` picks the index when no PATH is given.

use std::path::Path;
use std::process::Command;
use styrdok::export::write_jsonl;
use styrdok::index::Index;
use styrdok::ingest;
use styrdok::model::{Item, ItemKind, ItemRecord, Metadata, SourceFormat, Span, Status};
use styrdok::segment::Segmentation;

fn styrdok() -> Command {
    Command::new(env!("CARGO_BIN_EXE_styrdok"))
}

/// Makes a document with items at the given sentences of its text.
fn doc_with_items(
    file: &str,
    municipality: &str,
    text: &str,
    items: &[(&str, ItemKind)],
) -> (styrdok::Document, Segmentation) {
    let meta = Metadata {
        municipality: Some(municipality.into()),
        year: Some(2023),
        doc_type: Some("strategi".into()),
        title: Some(format!("Strategi för {municipality}")),
        ..Default::default()
    };
    let doc = ingest::load_bytes(
        Path::new(file),
        text.as_bytes(),
        SourceFormat::Text,
        Some(&meta),
    )
    .unwrap();
    let items = items
        .iter()
        .map(|(sentence, kind)| {
            let start = doc.text.find(sentence).unwrap();
            Item {
                doc_id: doc.id.clone(),
                file: doc.file.clone(),
                municipality: doc.meta.municipality.clone(),
                kind: *kind,
                text: sentence.to_string(),
                assignee: (*kind == ItemKind::Assignment).then(|| "Kommunstyrelsen".into()),
                assigner: None,
                body: None,
                status: (*kind == ItemKind::Assignment).then_some(Status::Decided),
                years: vec![2025],
                page: 1,
                span: Span {
                    start,
                    end: start + sentence.len(),
                },
                heading: vec!["Näringsliv".into()],
                rule: "test".into(),
            }
        })
        .collect();
    (
        doc,
        Segmentation {
            passages: vec![],
            items,
        },
    )
}

#[test]
fn export_from_an_index_holds_the_indexed_items_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let idx_dir = dir.path().join("index");
    let docs = [
        doc_with_items(
            "umea.txt",
            "Umeå",
            "Vi ska förenkla för företagen. Kommunstyrelsen får i uppdrag att se över taxorna, \"snabbt\"; och enkelt.",
            &[
                (
                    "Kommunstyrelsen får i uppdrag att se över taxorna, \"snabbt\"; och enkelt.",
                    ItemKind::Assignment,
                ),
                ("Vi ska förenkla för företagen.", ItemKind::Commitment),
            ],
        ),
        doc_with_items(
            "lulea.txt",
            "Luleå",
            "Fler företag ska starta i Luleå. =Formel i text.",
            &[("Fler företag ska starta i Luleå.", ItemKind::Goal)],
        ),
    ];
    {
        let index = Index::create_or_open(&idx_dir).unwrap();
        let w = index.writer().unwrap();
        for (d, seg) in &docs {
            w.add(d, seg, &d.id).unwrap();
        }
        w.commit().unwrap();
    }
    // Expected: Luleå before Umeå; within a document by position.
    let mut expected: Vec<ItemRecord> = vec![];
    for (d, seg) in [&docs[1], &docs[0]] {
        let mut recs: Vec<ItemRecord> = seg
            .items
            .iter()
            .map(|i| ItemRecord::new(i.clone(), &d.meta))
            .collect();
        recs.sort_by_key(|r| r.item.span.start);
        expected.extend(recs);
    }
    let mut want = Vec::new();
    write_jsonl(&expected, &mut want).unwrap();

    let out = styrdok()
        .args(["export", "--format", "jsonl", "--index"])
        .arg(&idx_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(want).unwrap()
    );

    // STYRDOK_INDEX is used without PATH; filters apply; CSV rows parse back.
    let out = styrdok()
        .args(["export", "--kind", "uppdrag"])
        .env("STYRDOK_INDEX", &idx_dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][1], "Umeå");
    assert_eq!(&rows[0][7], "assignment");
    assert_eq!(&rows[0][8], "decided");
    assert_eq!(
        &rows[0][14],
        "Kommunstyrelsen får i uppdrag att se över taxorna, \"snabbt\"; och enkelt."
    );

    // Compare reads the same index.
    let out = styrdok()
        .args(["compare", "--format", "json", "--index"])
        .arg(&idx_dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["similarity"]["municipalities"],
        serde_json::json!(["Luleå", "Umeå"])
    );
    assert_eq!(v["items"], 3);
}

#[test]
fn a_missing_index_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.csv");
    let out = styrdok()
        .args(["export", "--index"])
        .arg(dir.path().join("nowhere"))
        .arg("-o")
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nowhere") && err.contains("styrdok ingest"),
        "{err}"
    );
    assert!(!out_file.exists());
    let mut partial = out_file.into_os_string();
    partial.push(".partial");
    assert!(!Path::new(&partial).exists());
}
