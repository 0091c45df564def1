//! `styrdok export` from files: batch behaviour (bad files reported, never stopping the batch),
//! output to a file, and option checks. Item content is covered by `tests/export.rs` with
//! hand-made records, so these tests do not depend on what the segmenter finds.

use std::process::Command;

fn styrdok() -> Command {
    Command::new(env!("CARGO_BIN_EXE_styrdok"))
}

#[test]
fn bad_files_are_reported_counted_and_written_to_errors_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("plan.txt"),
        "Kommunstyrelsen ges i uppdrag att ta fram en handlingsplan.",
    )
    .unwrap();
    std::fs::write(
        d.join("broken.pdf"),
        b"<!DOCTYPE html><html>not a pdf</html>",
    )
    .unwrap();
    let out_csv = d.join("out.csv");
    let errors = d.join("errors.jsonl");
    let out = styrdok()
        .arg("export")
        .arg(d)
        .arg("--errors")
        .arg(&errors)
        .arg("-o")
        .arg(&out_csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "exit 1 when a file failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.pdf"), "{stderr}");
    assert!(stderr.contains("not a PDF"), "{stderr}");
    assert!(stderr.contains("1 ok, 1 failed"), "{stderr}");
    let errs = std::fs::read_to_string(&errors).unwrap();
    let lines: Vec<serde_json::Value> = errs
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert!(lines[0]["file"].as_str().unwrap().ends_with("broken.pdf"));
    assert_eq!(lines[0]["status"], "failed");
    assert!(lines[0]["reason"].as_str().unwrap().contains("not a PDF"));
    // The good file's items (whatever the segmenter finds) are still written, with a header.
    let csv = std::fs::read_to_string(&out_csv).unwrap();
    assert!(csv.starts_with("id,municipality,doc_type,doc_title,doc_year,file,page,kind,"));
    assert!(!d.join("out.csv.partial").exists());
    assert!(out.stdout.is_empty(), "with -o nothing goes to stdout");
}

#[test]
fn excel_with_jsonl_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "text").unwrap();
    let out = styrdok()
        .args(["export", "--format", "jsonl", "--excel"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--excel"));
}

#[test]
fn bad_filter_values_are_rejected_with_the_reason() {
    let out = styrdok()
        .args(["export", "--year", "2024..2020", "x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad year range"));
    let out = styrdok()
        .args(["export", "--kind", "wish", "x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown kind"));
}

#[test]
fn jsonl_format_is_chosen_from_the_output_name_and_excel_csv_has_bom() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "Vi ska förenkla för företagen.").unwrap();
    let excel = d.join("x.csv");
    let st = styrdok()
        .arg("export")
        .arg(d.join("a.txt"))
        .arg("--excel")
        .arg("-o")
        .arg(&excel)
        .output()
        .unwrap();
    assert!(st.status.success());
    let bytes = std::fs::read(&excel).unwrap();
    assert!(bytes.starts_with("\u{feff}id;municipality;".as_bytes()));
    let jl = d.join("x.jsonl");
    let st = styrdok()
        .arg("export")
        .arg(d.join("a.txt"))
        .arg("-o")
        .arg(&jl)
        .output()
        .unwrap();
    assert!(st.status.success());
    let s = std::fs::read_to_string(&jl).unwrap();
    assert!(!s.starts_with("id,"), "a .jsonl output is not CSV");
    for line in s.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.get("kind").is_some());
    }
}
