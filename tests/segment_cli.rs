//! `styrdok extract`: JSON Lines shape, kind filter, and failed inputs (reported on stderr,
//! exit status 1, the other files still extracted).

use std::path::Path;
use std::process::Command;

fn styrdok() -> Command {
    Command::new(env!("CARGO_BIN_EXE_styrdok"))
}

#[test]
fn extract_jsonl_has_the_shared_keys() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let out = styrdok()
        .args(["extract", "--format", "jsonl"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() > 20);
    let keys = [
        "id",
        "doc",
        "file",
        "municipality",
        "doc_type",
        "doc_title",
        "doc_year",
        "page",
        "start",
        "end",
        "kind",
        "status",
        "assignee",
        "assigner",
        "body",
        "year",
        "years",
        "heading",
        "text",
        "rule",
    ];
    for l in &lines {
        let obj = l.as_object().unwrap();
        assert_eq!(obj.len(), keys.len());
        for k in keys {
            assert!(obj.contains_key(k), "missing {k}");
        }
        assert_eq!(l["year"], l["years"]);
    }
    // Items come in input order: files sorted, offsets increasing within a file.
    let docs: Vec<&str> = lines.iter().map(|l| l["doc"].as_str().unwrap()).collect();
    let mut sorted = docs.clone();
    sorted.sort();
    assert_eq!(docs, sorted);
    // The manifest's metadata reaches the items.
    assert!(lines.iter().any(|l| l["municipality"] == "Trelleborg"));
    // Every document of the corpus (text and PDF) loads.
    let n_docs = std::fs::read_dir(&corpus)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            let p = e.path();
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
            (ext == "txt" || ext == "pdf") && p.file_name() != Some("README.md".as_ref())
        })
        .count();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("{n_docs} ok, 0 failed")),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn extract_filters_kinds_and_reports_failures() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Tekniska nämnden ges i uppdrag att ta fram en plan. Vi ska bygga fler bostäder.",
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.pdf"), "<html>not a pdf</html>").unwrap();
    let out = styrdok()
        .args(["extract", "--format", "jsonl", "--kind", "uppdrag"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("\"kind\":\"assignment\""));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.pdf"), "{stderr}");
    assert!(stderr.contains("1 ok, 1 failed"), "{stderr}");

    let out = styrdok()
        .args(["extract", "--kind", "nonsense", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
