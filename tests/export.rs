//! Export writers (issue 6): CSV parsed back equals the JSON Lines, Excel mode, awkward text,
//! and a read with Python's `csv` module.

use proptest::prelude::*;
use serde_json::Value;
use std::process::Command;
use styrdok::export::{COLUMNS, CsvOptions, write_csv, write_jsonl};
use styrdok::model::{Item, ItemKind, ItemRecord, Span, Status};

fn record(doc: &str, start: usize, kind: ItemKind, text: &str) -> ItemRecord {
    ItemRecord {
        item: Item {
            doc_id: doc.into(),
            file: format!("{doc}.txt"),
            municipality: Some("Malmö".into()),
            kind,
            text: text.into(),
            assignee: None,
            assigner: None,
            body: None,
            status: None,
            years: vec![],
            page: 1,
            span: Span {
                start,
                end: start + text.len(),
            },
            heading: vec![],
            rule: "test.rule".into(),
        },
        doc_type: Some("budget".into()),
        doc_title: Some("Budget 2024".into()),
        doc_year: Some(2024),
    }
}

/// Items whose text and metadata hold everything that breaks naive CSV.
fn awkward_records() -> Vec<ItemRecord> {
    let mut a = record(
        "a1",
        10,
        ItemKind::Assignment,
        "Kommunstyrelsen får i uppdrag att \"se över\" taxor; avgifter, och villkor\nför företag.",
    );
    a.item.assignee = Some("Kommunstyrelsen".into());
    a.item.assigner = Some("Kommunfullmäktige".into());
    a.item.status = Some(Status::Decided);
    a.item.years = vec![2023, 2025];
    a.item.heading = vec!["Näringsliv; arbete".into(), "Mål \"A\"".into()];
    a.item.page = 3;
    let mut b = record(
        "a1",
        200,
        ItemKind::Goal,
        "=HYPERLINK(\"http://x\",\"klicka\")",
    );
    b.doc_title = Some("-Budget, med komma".into());
    b.item.municipality = Some("Östra Göinge".into());
    let mut c = record("b2", 0, ItemKind::Decision, "+46 40 34 10 00 @ stadshuset");
    c.item.body = Some("@kommunfullmäktige".into());
    c.item.status = Some(Status::Proposed);
    c.doc_year = None;
    c.doc_type = None;
    c.item.municipality = None;
    let mut d = record(
        "b2",
        50,
        ItemKind::Commitment,
        "\tTabb först\r\noch CRLF inuti",
    );
    d.item.rule = "commit.vi_ska".into();
    d.item.heading = vec!["Å".into()];
    vec![a, b, c, d]
}

/// A JSON value as the CSV contract renders it.
fn cell_from_json(col: &str, v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => {
            let parts: Vec<String> = a
                .iter()
                .map(|x| match x {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            parts.join(if col == "heading" { " > " } else { ";" })
        }
        other => panic!("unexpected JSON value for {col}: {other}"),
    }
}

fn jsonl_values(records: &[ItemRecord]) -> Vec<serde_json::Map<String, Value>> {
    let mut buf = Vec::new();
    assert_eq!(write_jsonl(records, &mut buf).unwrap(), records.len());
    let s = String::from_utf8(buf).unwrap();
    s.lines()
        .map(|l| match serde_json::from_str(l).unwrap() {
            Value::Object(m) => m,
            other => panic!("not an object: {other}"),
        })
        .collect()
}

fn parse_csv(bytes: &[u8], excel: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = if excel {
        bytes
            .strip_prefix("\u{feff}".as_bytes())
            .expect("Excel CSV starts with a BOM")
    } else {
        bytes
    };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .from_reader(bytes);
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// The CSV, parsed back, holds exactly what the JSON Lines hold.
fn assert_csv_equals_jsonl(records: &[ItemRecord], excel: bool) {
    let json = jsonl_values(records);
    let mut buf = Vec::new();
    let n = write_csv(records, &mut buf, &CsvOptions { excel }).unwrap();
    assert_eq!(n, records.len());
    let (header, rows) = parse_csv(&buf, excel);
    assert_eq!(header, COLUMNS);
    assert_eq!(rows.len(), json.len());
    for (row, obj) in rows.iter().zip(&json) {
        for (col, cell) in COLUMNS.iter().zip(row) {
            let v = obj
                .get(*col)
                .unwrap_or_else(|| panic!("JSON has no key {col}"));
            let want = cell_from_json(col, v);
            let got = if excel && want.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                cell.strip_prefix('\'')
                    .unwrap_or_else(|| panic!("{col}: {cell:?} not neutralised"))
            } else {
                cell.as_str()
            };
            assert_eq!(got, want, "column {col}");
        }
    }
}

#[test]
fn csv_round_trips_to_the_jsonl() {
    assert_csv_equals_jsonl(&awkward_records(), false);
}

#[test]
fn excel_csv_round_trips_to_the_jsonl() {
    assert_csv_equals_jsonl(&awkward_records(), true);
}

#[test]
fn jsonl_has_exactly_the_contract_keys_with_natural_types() {
    let json = jsonl_values(&awkward_records());
    let keys: Vec<&str> = json[0].keys().map(String::as_str).collect();
    let mut want = vec![
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
    let mut got = keys.clone();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    let a = &json[0];
    assert_eq!(a["id"], "a1:10");
    assert_eq!(a["doc"], "a1.txt");
    assert_eq!(a["file"], "a1.txt");
    assert_eq!(a["doc_year"], 2024);
    assert_eq!(a["page"], 3);
    assert_eq!(a["start"], 10);
    assert!(a["end"].as_u64().unwrap() > 10);
    assert_eq!(a["kind"], "assignment");
    assert_eq!(a["status"], "decided");
    assert_eq!(a["year"], serde_json::json!([2023, 2025]));
    assert_eq!(a["years"], a["year"]);
    assert_eq!(
        a["heading"],
        serde_json::json!(["Näringsliv; arbete", "Mål \"A\""])
    );
    let c = &json[2];
    assert!(c["municipality"].is_null());
    assert!(c["doc_year"].is_null());
    assert_eq!(c["body"], "@kommunfullmäktige");
    assert_eq!(json[3]["years"], serde_json::json!([]));
}

#[test]
fn excel_mode_has_bom_semicolons_crlf_and_inert_formulas() {
    let mut buf = Vec::new();
    write_csv(awkward_records(), &mut buf, &CsvOptions { excel: true }).unwrap();
    assert!(
        buf.starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 byte-order mark"
    );
    let s = std::str::from_utf8(&buf).unwrap();
    let first_line = s.split("\r\n").next().unwrap();
    assert_eq!(first_line, format!("\u{feff}{}", COLUMNS.join(";")));
    assert!(s.ends_with("\r\n"));
    // Records end in CRLF: with no line breaks in the text, there is no bare LF at all.
    let plain = vec![
        record("c", 0, ItemKind::Goal, "En rad"),
        record("c", 9, ItemKind::Goal, "Två"),
    ];
    let mut b2 = Vec::new();
    write_csv(&plain, &mut b2, &CsvOptions { excel: true }).unwrap();
    let s2 = String::from_utf8(b2).unwrap();
    assert_eq!(s2.matches("\r\n").count(), 3);
    assert!(!s2.replace("\r\n", "").contains('\n'));
    // Dangerous cells start with an apostrophe, inside or outside quotes.
    assert!(s.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klicka\"\")\""));
    assert!(s.contains("'+46 40 34 10 00 @ stadshuset"));
    assert!(s.contains("'@kommunfullmäktige"));
    assert!(s.contains("'-Budget, med komma"));
    assert!(s.contains("\"'\tTabb först\r\noch CRLF inuti\""));
    // No cell of the parsed file starts a formula.
    let (_, rows) = parse_csv(&buf, true);
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "live formula cell {cell:?}"
            );
        }
    }
    // Å, ä, ö survive as UTF-8.
    assert!(s.contains("Östra Göinge"));
}

#[test]
fn plain_mode_quotes_commas_quotes_and_newlines_and_leaves_text_alone() {
    let mut buf = Vec::new();
    write_csv(awkward_records(), &mut buf, &CsvOptions::default()).unwrap();
    let s = String::from_utf8(buf).unwrap();
    assert!(!s.starts_with('\u{feff}'));
    assert!(s.starts_with("id,municipality,doc_type,"));
    assert!(s.contains(
        "\"Kommunstyrelsen får i uppdrag att \"\"se över\"\" taxor; avgifter, och villkor\nför företag.\""
    ));
    assert!(s.contains(",2023;2025,"));
    assert!(s.contains("\"Mål \"\"A\"\"\"") || s.contains("Mål \"\"A\"\""));
    assert!(
        s.contains(",\"=HYPERLINK("),
        "plain mode keeps text as it is"
    );
}

#[test]
fn python_csv_module_reads_both_variants() {
    let Ok(out) = Command::new("python3").arg("--version").output() else {
        eprintln!("skipping: python3 not found");
        return;
    };
    if !out.status.success() {
        eprintln!("skipping: python3 --version failed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let recs = awkward_records();
    for excel in [false, true] {
        let path = dir.path().join(format!("items-{excel}.csv"));
        let mut f = std::fs::File::create(&path).unwrap();
        write_csv(&recs, &mut f, &CsvOptions { excel }).unwrap();
        drop(f);
        let (enc, delim) = if excel {
            ("utf-8-sig", ";")
        } else {
            ("utf-8", ",")
        };
        let script = format!(
            "import csv, json, sys\n\
             with open(sys.argv[1], newline='', encoding='{enc}') as f:\n\
             \x20   rows = list(csv.DictReader(f, delimiter='{delim}'))\n\
             print(json.dumps(rows))\n"
        );
        let out = Command::new("python3")
            .arg("-c")
            .arg(&script)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "python failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let rows: Vec<serde_json::Map<String, Value>> =
            serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(rows.len(), recs.len());
        let json = jsonl_values(&recs);
        for (row, obj) in rows.iter().zip(&json) {
            let keys: Vec<&String> = row.keys().collect();
            assert_eq!(keys.len(), COLUMNS.len(), "python sees every column");
            for col in COLUMNS {
                let want = cell_from_json(col, &obj[col]);
                let got = row[col].as_str().unwrap();
                let got = if excel && want.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    got.strip_prefix('\'').unwrap()
                } else {
                    got
                };
                assert_eq!(got, want, "python, excel={excel}, column {col}");
            }
        }
    }
}

fn arb_record() -> impl Strategy<Value = ItemRecord> {
    let text = "[ -~åäöÅÄÖé\n\r\t\"';,=+@-]{0,40}";
    (
        text,
        proptest::option::of(text),
        proptest::option::of(text),
        proptest::collection::vec(1900i32..2100, 0..3),
        proptest::collection::vec(text, 0..3),
        0usize..100_000,
        proptest::option::of(1900i32..2100),
    )
        .prop_map(|(t, muni, body, years, heading, start, year)| {
            let mut r = record("p", start, ItemKind::Goal, &t);
            r.item.municipality = muni;
            r.item.body = body;
            r.item.years = years;
            r.item.heading = heading;
            r.doc_year = year;
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_round_trips(recs in proptest::collection::vec(arb_record(), 0..6)) {
        // Heading parts containing the separator cannot be split back; the rule is only that
        // the joined cell equals the joined JSON array, which `assert_csv_equals_jsonl` checks.
        assert_csv_equals_jsonl(&recs, false);
        assert_csv_equals_jsonl(&recs, true);
    }
}
