//! `styrdok inspect`: documents with metadata, skipped and failed files.

use crate::util::*;
use serde_json::Value;

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn corpus_documents_carry_manifest_metadata() {
    let dir = Dir::new();
    let mut c = dir.cmd();
    c.args(["inspect", "--format", "jsonl"]).arg(corpus());
    let out = run(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = jsonl(&stdout(&out));
    let manifest = std::fs::read_to_string(corpus().join("manifest.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(manifest.as_bytes());
    let mut checked = 0;
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let row = rows
            .iter()
            .find(|r| r["file"].as_str().unwrap().ends_with(&rec[0]))
            .unwrap_or_else(|| panic!("{} not listed", &rec[0]));
        assert_eq!(row["status"], "ok");
        assert_eq!(row["municipality"], rec[1]);
        assert_eq!(row["municipality_source"], "manifest");
        assert_eq!(row["doc_type"], rec[2]);
        assert_eq!(row["title"], rec[4]);
        assert!(row["chars"].as_u64().unwrap() > 1000);
        assert!(row["pages"].as_u64().unwrap() >= 1);
        for key in ["encoding", "warnings", "year"] {
            assert!(row.get(key).is_some(), "missing {key}");
        }
        checked += 1;
    }
    assert!(checked >= 5);
    // The manifest and the README are listed as skipped, with a reason, not silently dropped.
    let skipped: Vec<_> = rows.iter().filter(|r| r["status"] == "skipped").collect();
    assert!(
        skipped
            .iter()
            .any(|r| r["file"].as_str().unwrap().ends_with("manifest.csv"))
    );
    assert!(
        skipped
            .iter()
            .all(|r| !r["reason"].as_str().unwrap().is_empty())
    );
}

#[test]
fn bad_files_are_reported_and_the_batch_goes_on() {
    let dir = Dir::new();
    dir.write(
        "docs/a.txt",
        "Kommunfullmäktige i Umeå kommun antog planen.",
    );
    dir.write(
        "docs/fake.pdf",
        "<!DOCTYPE html><html><body>404</body></html>",
    );
    dir.write("docs/empty.pdf", "");
    dir.write("docs/sub/b.txt", "Västerås stad");
    dir.write("docs/.hidden.txt", "dold");
    let mut c = dir.cmd();
    c.args(["inspect", "--format", "jsonl", "docs"]);
    let out = run(c);
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let rows = jsonl(&stdout(&out));
    let files: Vec<_> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(
        files,
        [
            "docs/a.txt",
            "docs/empty.pdf",
            "docs/fake.pdf",
            "docs/sub/b.txt"
        ]
    );
    assert_eq!(rows[0]["status"], "ok");
    assert_eq!(rows[1]["status"], "failed");
    assert!(rows[2]["reason"].as_str().unwrap().contains("HTML"));
    let err = stderr(&out);
    assert!(err.contains("docs/fake.pdf"), "{err}");
    assert!(err.contains("2 ok, 2 failed"), "{err}");
}

#[test]
fn table_lists_documents_and_skips() {
    let dir = Dir::new();
    let mut c = dir.cmd();
    c.arg("inspect").arg(corpus());
    let out = run(c);
    assert!(out.status.success());
    let s = stdout(&out);
    assert!(s.starts_with("file"));
    assert!(s.contains("Robertsfors"));
    assert!(s.contains("skipped"));
}
