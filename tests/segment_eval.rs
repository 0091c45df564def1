//! Evaluation: runs `../shared/eval/score-items` on the items the segmenter finds in the
//! sample corpus and fails below the sample targets (core macro F1 ≥ 0.95, commitment F1 ≥
//! 0.85, field agreement ≥ 0.90). Skipped, with a message, when `../shared` or `python3` is
//! absent (a clone of the project alone has no `../shared`).

use serde_json::json;
use std::io::Write;
use std::path::Path;
use std::process::Command;
use styrdok::ingest::{self, Loaded};
use styrdok::segment::Segmenter;

#[test]
fn sample_corpus_meets_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `../shared` beside the clone; `../../shared` for a git worktree kept one level deeper.
    let shared = [root.join("../shared"), root.join("../../shared")]
        .into_iter()
        .find(|p| p.join("eval/score-items").is_file())
        .unwrap_or_else(|| root.join("../shared"));
    let scorer = shared.join("eval/score-items");
    let gold = shared.join("eval/seeds.gold.jsonl");
    if !scorer.is_file() || !gold.is_file() {
        eprintln!("skipping: {} not found", scorer.display());
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipping: python3 not found");
        return;
    }
    let mut pred = tempfile::NamedTempFile::new().unwrap();
    let seg = Segmenter::new();
    for l in ingest::load_all(&ingest::discover(&[root.join("corpus")])) {
        if let Loaded::Document(d) = l {
            for it in seg.segment(&d).items {
                let rec = json!({
                    "doc": it.file, "kind": it.kind, "text": it.text,
                    "assignee": it.assignee, "assigner": it.assigner, "body": it.body,
                    "status": it.status, "year": it.years,
                });
                writeln!(pred, "{rec}").unwrap();
            }
        }
    }
    pred.flush().unwrap();
    let out = Command::new("python3")
        .arg(&scorer)
        .arg("--gold")
        .arg(&gold)
        .arg(pred.path())
        .arg("--json")
        .output()
        .expect("running score-items");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("scorer JSON");
    eprintln!("{r}");
    let core = r["core_macro_f1"].as_f64().unwrap();
    let commit = r["kinds"]["commitment"]["f1"].as_f64().unwrap();
    assert!(core >= 0.95, "core macro F1 {core} < 0.95");
    assert!(commit >= 0.85, "commitment F1 {commit} < 0.85");
    let fields = r["fields"].as_object().unwrap();
    let (agree, of) = fields.values().fold((0, 0), |(a, o), f| {
        (
            a + f["agree"].as_u64().unwrap(),
            o + f["of"].as_u64().unwrap(),
        )
    });
    let share = agree as f64 / of as f64;
    assert!(share >= 0.90, "field agreement {share} < 0.90");
    for (name, f) in fields {
        let s = f["share"].as_f64().unwrap();
        assert!(s >= 0.90, "field {name} agreement {s} < 0.90");
    }
}
