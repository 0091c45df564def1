//! `styrdok compare` on the command line: formats, the theme lexicon options, and batch
//! behaviour. The statistics themselves are unit-tested in `src/compare/tests.rs`.

use std::process::Command;
use styrdok::compare::Themes;

fn styrdok() -> Command {
    Command::new(env!("CARGO_BIN_EXE_styrdok"))
}

#[test]
fn print_themes_gives_an_editable_lexicon_that_loads_back() {
    let out = styrdok()
        .args(["compare", "--print-themes"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let printed = Themes::parse(&text, "printed").unwrap();
    let names = |t: &Themes| t.themes.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&printed), names(&Themes::default()));
}

#[test]
fn a_bad_theme_file_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let themes = dir.path().join("teman.txt");
    std::fs::write(&themes, "[Upphandling]\n*upphandl*\n[Trasig\n").unwrap();
    std::fs::write(dir.path().join("a.txt"), "text").unwrap();
    let out = styrdok()
        .arg("compare")
        .arg(dir.path().join("a.txt"))
        .arg("--themes")
        .arg(&themes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("teman.txt: line 3"), "{err}");
}

#[test]
fn html_and_json_are_chosen_from_the_output_name_and_bad_files_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("plan.txt"), "Vi ska förenkla för företagen.").unwrap();
    std::fs::write(d.join("trasig.pdf"), b"not a pdf at all").unwrap();
    let html = d.join("rapport.html");
    let out = styrdok()
        .arg("compare")
        .arg(d)
        .arg("-o")
        .arg(&html)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "one file failed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("trasig.pdf"));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    assert!(!page.contains("<script") && !page.contains("<link"));

    let json = d.join("c.json");
    let out = styrdok()
        .arg("compare")
        .arg(d.join("plan.txt"))
        .arg("-o")
        .arg(&json)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    for key in [
        "themes",
        "distinctive_terms",
        "similarity",
        "shared_wording",
        "timeline",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert!(v["similarity"]["matrix"].is_array());
}

#[test]
fn min_similarity_outside_0_1_is_rejected() {
    let out = styrdok()
        .args(["compare", "x", "--min-similarity", "1.5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("between 0 and 1"));
}
