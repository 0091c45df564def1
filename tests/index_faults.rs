//! Faults and batch behaviour of `styrdok ingest` (issue 9, "Faults"; issue 5): a killed ingest,
//! two concurrent ingests, search during an ingest, unwritable and full index folders, bad files
//! in a batch, and incremental re-runs. These run the real binary on generated folders.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;
use styrdok::index::{Counts, Index};

fn styrdok() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_styrdok"));
    c.env_remove("STYRDOK_INDEX").env("NO_COLOR", "1");
    c
}

fn run(args: &[&str]) -> Output {
    styrdok().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Writes `n` text files `doc<i>.txt` (from `from`) with `paras` paragraphs each.
fn generate(dir: &Path, from: usize, n: usize, paras: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in from..from + n {
        let text: Vec<String> = (0..paras)
            .map(|j| {
                format!(
                    "Stycke {j} i dokument {i}. Kommunstyrelsen ges i uppdrag att utreda \
                     näringslivsstrategin och upphandlingspolicyn för småföretag år {}.",
                    2000 + j
                )
            })
            .collect();
        std::fs::write(dir.join(format!("doc{i:05}.txt")), text.join("\n\n")).unwrap();
    }
}

fn counts(ix: &Path) -> Counts {
    Index::open(ix).unwrap().counts().unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn killed_ingest_leaves_last_commit_and_rerun_completes() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let ix = tmp.path().join("ix");
    generate(&corpus, 0, 50, 10);
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = counts(&ix);
    assert_eq!(first.documents, 50);

    // Enough new files that the run is still busy when it is killed.
    generate(&corpus, 50, 800, 10);
    let mut child = styrdok()
        .args(["ingest", p(&corpus), "--index", p(&ix)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let started = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|l| l.contains("indexing 800"));
    assert!(started, "ingest did not start indexing");
    std::thread::sleep(Duration::from_millis(300));

    // Search works while ingest writes, and sees the last commit.
    let o = run(&[
        "search",
        "näringslivsstrategi",
        "--index",
        p(&ix),
        "--format",
        "jsonl",
        "--limit",
        "1000",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), first.passages);

    assert!(
        child.try_wait().unwrap().is_none(),
        "ingest finished before it could be killed; make the generated folder larger"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // The index opens and answers with the last commit (or, if the kill hit the very end, the
    // new one: a commit is atomic, never half).
    let after = counts(&ix);
    assert!(
        after == first || after.documents == 850,
        "half-committed index: {after:?}"
    );

    // A re-run takes over the writer lock left by the dead process and completes the rest.
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let done = counts(&ix);
    assert_eq!(done.documents, 850);
    assert_eq!(done.passages, 850 * 10);
    if after == first {
        assert!(
            stdout(&o).contains("800 added") && stdout(&o).contains("50 unchanged"),
            "{}",
            stdout(&o)
        );
    }
}

#[test]
fn second_concurrent_ingest_is_refused_and_search_still_works() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let ix = tmp.path().join("ix");
    generate(&corpus, 0, 5, 3);
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(o.status.success(), "{}", stderr(&o));

    // This process holds the writer, as a running ingest would.
    let index = Index::open(&ix).unwrap();
    let writer = index.writer().unwrap();
    generate(&corpus, 5, 2, 3);
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("index is locked by another ingest"),
        "{}",
        stderr(&o)
    );
    let o = run(&[
        "search",
        "småföretag",
        "--index",
        p(&ix),
        "--format",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 10);
    drop(writer);

    // Once the lock is free the same ingest goes through.
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(counts(&ix).documents, 7);
}

/// Tests run as root in CI, where permission bits do not stop writes; an index path whose
/// parent is a regular file cannot be created by anyone, so it stands in for an unwritable
/// folder.
#[test]
fn unwritable_index_folder_gives_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    generate(&corpus, 0, 2, 2);
    let file = tmp.path().join("plain-file");
    std::fs::write(&file, "not a folder").unwrap();
    let ix = file.join("ix");
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("plain-file") && e.to_lowercase().contains("not a directory"),
        "{e}"
    );
    assert!(!e.contains("panicked at"), "{e}");
}

/// A full disk, simulated with a file-size limit (`ulimit -f`, which binds root too): writing
/// segments fails, the run stops with a clear error and exit 2, and the index keeps its last
/// commit.
#[test]
fn full_disk_keeps_the_last_commit() {
    if Command::new("sh").arg("-c").arg("true").status().is_err() {
        eprintln!("skipping: no sh to set a file-size limit");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let ix = tmp.path().join("ix");
    generate(&corpus, 0, 10, 5);
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = counts(&ix);

    generate(&corpus, 10, 400, 40);
    // SIGXFSZ is ignored so that the write fails with EFBIG instead of killing the process.
    let script = format!(
        "trap '' XFSZ; ulimit -f 256; exec \"$0\" ingest '{}' --index '{}'",
        p(&corpus),
        p(&ix)
    );
    let o = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_styrdok"))
        .output()
        .unwrap();
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(e.contains("disk full") && e.contains("last commit"), "{e}");
    assert!(!e.contains("panicked at"), "{e}");
    assert_eq!(counts(&ix), before);
}

#[test]
fn batch_reports_each_failure_goes_on_and_writes_errors_file() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let ix = tmp.path().join("ix");
    generate(&corpus, 0, 3, 2);
    std::fs::write(corpus.join("saved.pdf"), "<!DOCTYPE html><html>oops</html>").unwrap();
    std::fs::write(corpus.join("empty.pdf"), "").unwrap();
    std::fs::write(corpus.join("notes.docx"), b"PK\x03\x04").unwrap();
    let errors = tmp.path().join("errors.jsonl");
    let o = run(&[
        "ingest",
        p(&corpus),
        "--index",
        p(&ix),
        "--errors",
        p(&errors),
    ]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("3 ok, 2 failed, 1 skipped"), "{e}");
    assert!(e.contains("saved.pdf") && e.contains("HTML"), "{e}");
    let out = stdout(&o);
    assert!(
        out.contains("Failed (2)") && out.contains("Skipped (1)"),
        "{out}"
    );
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let files: Vec<&str> = lines.iter().map(|v| v["file"].as_str().unwrap()).collect();
    assert!(files.iter().any(|f| f.ends_with("empty.pdf")));
    assert!(files.iter().any(|f| f.ends_with("saved.pdf")));
    assert!(
        lines
            .iter()
            .all(|v| !v["reason"].as_str().unwrap().is_empty())
    );
    assert_eq!(counts(&ix).documents, 3);
}

#[test]
fn rerun_is_idempotent_and_incremental_with_prune() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let ix = tmp.path().join("ix");
    generate(&corpus, 0, 4, 3);
    assert!(
        run(&["ingest", p(&corpus), "--index", p(&ix)])
            .status
            .success()
    );
    let first = counts(&ix);
    let meta = std::fs::read(ix.join("meta.json")).unwrap();

    // Same folder again: nothing changes, not even the commit.
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(stdout(&o).contains("4 unchanged") && stdout(&o).contains("no commit"));
    assert_eq!(std::fs::read(ix.join("meta.json")).unwrap(), meta);
    assert_eq!(counts(&ix), first);

    // Change one file, add one, copy one, delete one.
    std::fs::write(corpus.join("doc00000.txt"), "Ny text om upphandling.").unwrap();
    generate(&corpus, 4, 1, 3);
    std::fs::copy(corpus.join("doc00001.txt"), corpus.join("copy.txt")).unwrap();
    std::fs::remove_file(corpus.join("doc00002.txt")).unwrap();
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    let out = stdout(&o);
    assert!(
        out.contains("1 added, 1 updated, 2 unchanged, 1 duplicate, 0 pruned"),
        "{out}"
    );
    // Without --prune the deleted file's document stays.
    assert_eq!(counts(&ix).documents, 5);
    let o = run(&["ingest", p(&corpus), "--index", p(&ix), "--prune"]);
    assert!(stdout(&o).contains("1 pruned"), "{}", stdout(&o));
    let c = counts(&ix);
    assert_eq!(c.documents, 4);
    assert_eq!(c.passages, 3 * 3 + 1);

    // The changed file's old text is gone from search, its new text is found.
    let o = run(&[
        "search",
        "upphandling",
        "--index",
        p(&ix),
        "--format",
        "jsonl",
    ]);
    let hits: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let doc0: Vec<_> = hits
        .iter()
        .filter(|h| h["file"] == "doc00000.txt")
        .collect();
    assert_eq!(doc0.len(), 1);
    assert_eq!(doc0[0]["text"], "Ny text om upphandling.");
    for key in [
        "id",
        "file",
        "municipality",
        "kind",
        "page",
        "text",
        "score",
    ] {
        assert!(hits[0].get(key).is_some(), "{key} missing in {}", hits[0]);
    }
}

#[test]
fn search_and_show_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let ix = tmp.path().join("ix");
    generate(&corpus, 0, 3, 3);
    assert!(
        run(&["ingest", p(&corpus), "--index", p(&ix)])
            .status
            .success()
    );

    // Piped output is plain: no colour codes.
    let o = run(&["search", "småföretag", "--index", p(&ix), "--limit", "2"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("småföretag") && !out.contains('\x1b'), "{out}");
    let o = run(&[
        "search",
        "småföretag",
        "--index",
        p(&ix),
        "--limit",
        "2",
        "--color",
        "always",
    ]);
    assert!(
        stdout(&o).contains("\x1b[1;31msmåföretag\x1b[0m"),
        "{}",
        stdout(&o)
    );

    // Malformed query: a clear message and exit 2, no panic.
    let o = run(&["search", "\"ges i", "--index", p(&ix)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unclosed quote"), "{}", stderr(&o));

    // Facets as the last JSON line, over metadata from a manifest.
    std::fs::write(
        corpus.join("manifest.csv"),
        "file,municipality,doc_type,year,title\n\
         doc00000.txt,Malmö,budget,2021,A\n\
         doc00001.txt,Lund,budget,2022,B\n\
         doc00002.txt,Malmö,protokoll,2022,C\n",
    )
    .unwrap();
    let o = run(&["ingest", p(&corpus), "--index", p(&ix)]);
    assert!(stdout(&o).contains("3 updated"), "{}", stdout(&o));
    let o = run(&[
        "search",
        "uppdrag",
        "--index",
        p(&ix),
        "--format",
        "jsonl",
        "--facets",
        "--year",
        "2022",
    ]);
    let last: serde_json::Value = serde_json::from_str(stdout(&o).lines().last().unwrap()).unwrap();
    assert_eq!(last["total"], 6, "{last}");
    assert_eq!(last["facets"]["year"]["2022"], 6);
    assert_eq!(last["facets"]["municipality"]["Lund"], 3);
    assert_eq!(last["facets"]["municipality"]["Malmö"], 3);
    assert_eq!(last["facets"]["kind"]["passage"], 6);

    // show: a passage id from search, with its context.
    let o = run(&["search", "Stycke 1", "--index", p(&ix), "--format", "jsonl"]);
    let first: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    let id = first["id"].as_str().unwrap().to_string();
    let o = run(&["show", &id, "--index", p(&ix)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(&format!("passage {id}")), "{out}");
    assert!(
        out.contains("> p.1") && out.contains("Stycke 0") && out.contains("Stycke 2"),
        "{out}"
    );
    let o = run(&["show", "nope:1", "--index", p(&ix)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no item, passage or document"));

    // A missing index is named.
    let o = run(&["search", "x", "--index", p(&tmp.path().join("none"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no styrdok index"), "{}", stderr(&o));
}

/// The index of the current schema version stored under tests/fixtures still opens and answers.
/// Regenerate with `cargo test --test index_faults -- --ignored regenerate_fixture_index` when
/// SCHEMA_VERSION changes (keep the old folders: they document what older versions look like).
#[test]
fn fixture_index_of_current_schema_opens() {
    let src = fixture_dir();
    if !src.join("meta.json").exists() {
        panic!(
            "no fixture index at {}; run the ignored test regenerate_fixture_index",
            src.display()
        );
    }
    // Copied, because opening may create lock files.
    let tmp = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(&src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), tmp.path().join(e.file_name())).unwrap();
    }
    let index = Index::open(tmp.path()).unwrap();
    let c = index.counts().unwrap();
    assert_eq!(c.documents, 2);
    assert!(c.passages >= 2, "{c:?}");
    let res = styrdok::query::search(
        &index,
        &styrdok::query::SearchRequest {
            query: "strategi".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(res.total, 1);
    assert!(res.hits[0].text.contains("näringslivsstrategin"));
}

/// The fixture indexes of older schema versions are refused with a message that names the
/// folder, both versions and what to do, not opened or overwritten.
#[test]
fn fixture_indexes_of_older_schemas_are_refused_clearly() {
    let current = styrdok::index::schema::SCHEMA_VERSION;
    let mut seen = 0;
    for v in 1..current {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/index-v{v}"));
        if !src.join("meta.json").exists() {
            continue;
        }
        seen += 1;
        let tmp = tempfile::tempdir().unwrap();
        for e in std::fs::read_dir(&src).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), tmp.path().join(e.file_name())).unwrap();
        }
        let before = std::fs::read(tmp.path().join("meta.json")).unwrap();
        let o = run(&["search", "strategi", "--index", p(tmp.path())]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains(&format!("{}", tmp.path().display()))
                && err.contains(&format!("version {v}"))
                && err.contains(&format!("{current}")),
            "{err}"
        );
        let o = run(&["ingest", p(tmp.path()), "--index", p(tmp.path())]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert_eq!(std::fs::read(tmp.path().join("meta.json")).unwrap(), before);
    }
    assert!(seen > 0 || current == 1, "no older fixture index kept");
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "tests/fixtures/index-v{}",
        styrdok::index::schema::SCHEMA_VERSION
    ))
}

#[test]
#[ignore = "writes tests/fixtures/index-v<N>; run by hand when the schema changes"]
fn regenerate_fixture_index() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("fixture");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Kommunen antog näringslivsstrategin.\n\nFöretagen växer.",
    )
    .unwrap();
    std::fs::write(
        corpus.join("b.txt"),
        "Upphandlingspolicyn gäller.\n\nSmåföretag får stöd.",
    )
    .unwrap();
    let out = fixture_dir();
    let _ = std::fs::remove_dir_all(&out);
    let o = run(&["ingest", p(&corpus), "--index", p(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(counts(&out).documents, 2);
    for lock in [".tantivy-meta.lock", ".tantivy-writer.lock"] {
        let _ = std::fs::remove_file(out.join(lock));
    }
}

#[test]
fn index_folder_from_environment_and_default_corpus_folder() {
    let tmp = tempfile::tempdir().unwrap();
    generate(&tmp.path().join("corpus"), 0, 2, 2);
    let ix = tmp.path().join("env-ix");
    // No PATH: corpus/ in the working directory; no --index: STYRDOK_INDEX.
    let o = styrdok()
        .arg("ingest")
        .env("STYRDOK_INDEX", &ix)
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(counts(&ix).documents, 2);
    let o = styrdok()
        .args(["search", "småföretag", "--format", "jsonl"])
        .env("STYRDOK_INDEX", &ix)
        .output()
        .unwrap();
    assert_eq!(stdout(&o).lines().count(), 4);
    // Without either, ingest names what is missing.
    let empty = tempfile::tempdir().unwrap();
    let o = styrdok()
        .arg("ingest")
        .current_dir(empty.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no corpus/ folder"), "{}", stderr(&o));
}
