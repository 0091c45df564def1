//! Search over a small hand-made index: stemming, compound parts (recall and precision),
//! phrases, OR, exclusion, prefixes, filters, facets, item/passage labels, and the
//! `Index::items` stream. The documents are written here, not taken from the segmenter.

use std::path::PathBuf;
use styrdok::index::{Entry, Index};
use styrdok::model::{
    Document, Filter, Item, ItemKind, ItemRecord, Metadata, Passage, SourceFormat, Span, Status,
};
use styrdok::query::{SearchRequest, Unit, search};
use styrdok::segment::Segmentation;

/// An item to place in a test document: kind, its text (a substring of a paragraph), status,
/// years.
type ItemSpec<'a> = (ItemKind, &'a str, Option<Status>, &'a [i32]);

struct Spec<'a> {
    id: &'a str,
    municipality: &'a str,
    doc_type: &'a str,
    year: Option<i32>,
    paragraphs: &'a [&'a str],
    items: &'a [ItemSpec<'a>],
}

fn build(spec: &Spec) -> (Document, Segmentation) {
    let text = spec.paragraphs.join("\n\n");
    let meta = Metadata {
        municipality: Some(spec.municipality.into()),
        doc_type: Some(spec.doc_type.into()),
        year: spec.year,
        title: Some(format!("Dokument {}", spec.id)),
        ..Default::default()
    };
    let file = format!("{}.txt", spec.id);
    let doc = Document {
        id: spec.id.into(),
        path: PathBuf::from("corpus").join(&file),
        file: file.clone(),
        format: SourceFormat::Text,
        encoding: Some("UTF-8".into()),
        meta,
        text: text.clone(),
        pages: 1,
        furniture: vec![],
        warnings: vec![],
    };
    let mut passages = vec![];
    let mut at = 0;
    for p in spec.paragraphs {
        passages.push(Passage {
            text: p.to_string(),
            page: 1,
            span: Span {
                start: at,
                end: at + p.len(),
            },
            heading: vec!["Rubrik".into()],
        });
        at += p.len() + 2;
    }
    let items = spec
        .items
        .iter()
        .map(|(kind, t, status, years)| {
            let start = text.find(t).expect("item text is in a paragraph");
            Item {
                doc_id: spec.id.into(),
                file: file.clone(),
                municipality: Some(spec.municipality.into()),
                kind: *kind,
                text: t.to_string(),
                assignee: Some("Kommunstyrelsen".into()),
                assigner: None,
                body: None,
                status: *status,
                years: years.to_vec(),
                page: 1,
                span: Span {
                    start,
                    end: start + t.len(),
                },
                heading: vec!["Rubrik".into()],
                rule: format!("test.{}", kind.as_str()),
            }
        })
        .collect();
    (doc, Segmentation { passages, items })
}

const A_ITEM: &str = "Kommunstyrelsen ges i uppdrag att ta fram en ny näringslivsstrategi.";
const B_ITEM: &str = "Fullmäktige beslutade att anta upphandlingspolicyn.";

fn specs() -> Vec<Spec<'static>> {
    vec![
        Spec {
            id: "aaaa000000000001",
            municipality: "Malmö",
            doc_type: "budget",
            year: Some(2015),
            paragraphs: &[
                "Kommunstyrelsen ges i uppdrag att ta fram en ny näringslivsstrategi. Arbetet startar i höst.",
                "Småföretag ska få bättre service. Uppdrag ges i maj till nämnderna.",
                "Vi får inte glömma vår far.",
            ],
            items: &[
                (ItemKind::Assignment, A_ITEM, Some(Status::Decided), &[2016]),
                (
                    ItemKind::Goal,
                    "Småföretag ska få bättre service.",
                    None,
                    &[],
                ),
            ],
        },
        Spec {
            id: "bbbb000000000002",
            municipality: "Lund",
            doc_type: "protokoll",
            year: Some(2022),
            paragraphs: &[
                "Fullmäktige beslutade att anta upphandlingspolicyn.",
                "Företagsklimatet har förbättrats. Upphandlingar ska bli enklare för företagen.",
                "Handeln i centrum växer och rapporten visar export till fler länder.",
            ],
            items: &[
                (ItemKind::Decision, B_ITEM, Some(Status::Decided), &[]),
                (
                    ItemKind::Commitment,
                    "Upphandlingar ska bli enklare för företagen.",
                    None,
                    &[],
                ),
            ],
        },
        Spec {
            id: "cccc000000000003",
            municipality: "Umeå",
            doc_type: "strategi",
            year: Some(2019),
            paragraphs: &[
                "Strategier för stadsdelen tas fram med handlingsplanen som grund.",
                "Förhandlingen om behandling av ärendet pågår. Medel och andel fördelas.",
                "Vi ska upphandla testbäddar för nya lösningar.",
            ],
            items: &[(
                ItemKind::Commitment,
                "Vi ska upphandla testbäddar för nya lösningar.",
                None,
                &[2020, 2021],
            )],
        },
    ]
}

fn index() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::create_or_open(&dir.path().join("ix")).unwrap();
    let w = index.writer().unwrap();
    for s in specs() {
        let (doc, seg) = build(&s);
        w.add(&doc, &seg, "fp").unwrap();
    }
    w.commit().unwrap();
    (dir, index)
}

fn req(q: &str) -> SearchRequest {
    SearchRequest {
        query: q.into(),
        limit: 50,
        ..Default::default()
    }
}

fn texts(index: &Index, r: &SearchRequest) -> Vec<String> {
    search(index, r)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.text)
        .collect()
}

fn any_contains(hits: &[String], needle: &str) -> bool {
    hits.iter().any(|h| h.contains(needle))
}

#[test]
fn stemming_matches_inflections_but_keeps_swedish_letters() {
    let (_d, ix) = index();
    let hits = texts(&ix, &req("upphandling"));
    assert!(any_contains(&hits, "Upphandlingar ska"), "{hits:?}");
    let hits = texts(&ix, &req("strategi"));
    assert!(any_contains(&hits, "Strategier för stadsdelen"), "{hits:?}");
    // "far" and "får" are different words.
    let far = texts(&ix, &req("far"));
    let far_hits: Vec<_> = far.iter().filter(|h| h.contains("vår far")).collect();
    assert_eq!(far_hits.len(), 1);
    assert!(texts(&ix, &req("fär")).is_empty());
    let far_only = texts(&ix, &req("far -får"));
    assert!(
        far_only.is_empty(),
        "the same passage holds får: {far_only:?}"
    );
}

/// Recall and precision of compound matching on queries whose relevant units are known.
#[test]
fn compound_parts_recall_and_precision() {
    let (_d, ix) = index();
    // (query, substrings of every relevant unit, substrings of units that must not match)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "strategi",
            &["näringslivsstrategi", "Strategier för"],
            &["Förhandlingen"],
        ),
        (
            "upphandling",
            &["upphandlingspolicyn", "Upphandlingar ska"],
            &["handlingsplanen", "Förhandlingen"],
        ),
        (
            "företag",
            &["Småföretag", "Företagsklimatet", "för företagen"],
            &["Handeln i centrum"],
        ),
        ("policy", &["upphandlingspolicyn"], &[]),
        ("plan", &["handlingsplanen"], &["Förhandlingen"]),
        ("del", &["stadsdelen"], &["Handeln", "Medel och andel"]),
        (
            "handling",
            &["handlingsplanen"],
            &["upphandlingspolicyn", "Upphandlingar ska"],
        ),
        ("tag", &[], &["Småföretag", "företagen"]),
        ("ort", &[], &["rapporten visar export"]),
        ("klimat", &["Företagsklimatet"], &[]),
    ];
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (q, relevant, unrelated) in cases {
        let hits = texts(&ix, &req(q));
        for r in *relevant {
            if any_contains(&hits, r) {
                tp += 1;
            } else {
                fn_ += 1;
                eprintln!("missed: {q} → {r}");
            }
        }
        for h in &hits {
            if !relevant.iter().any(|r| h.contains(r)) {
                fp += 1;
                eprintln!("unexpected: {q} → {h}");
            }
        }
        for u in *unrelated {
            assert!(!any_contains(&hits, u), "{q} dragged in {u:?}: {hits:?}");
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    eprintln!(
        "compound matching: precision {precision:.2}, recall {recall:.2} (tp {tp}, fp {fp}, fn {fn_})"
    );
    assert!(recall >= 0.99, "recall {recall}");
    assert!(precision >= 0.9, "precision {precision}");
}

#[test]
fn phrases_are_exact_and_ordered() {
    let (_d, ix) = index();
    let hits = texts(&ix, &req("\"ges i uppdrag att\""));
    assert_eq!(hits, [A_ITEM]);
    // Same words, another order: only the passage that has that order.
    let hits = texts(&ix, &req("\"uppdrag ges\""));
    assert_eq!(hits.len(), 1);
    assert!(hits[0].contains("Uppdrag ges i maj"));
    // A phrase does not stem: "strategin" is not "strategi".
    assert!(texts(&ix, &req("\"ny näringslivsstrategin\"")).is_empty());
}

#[test]
fn or_exclusion_and_prefix() {
    let (_d, ix) = index();
    let hits = texts(&ix, &req("testbäddar OR upphandlingspolicyn"));
    assert!(any_contains(&hits, "testbäddar") && any_contains(&hits, "upphandlingspolicyn"));
    let hits = texts(&ix, &req("upphandling -policy"));
    assert!(!any_contains(&hits, "upphandlingspolicyn"), "{hits:?}");
    assert!(any_contains(&hits, "Upphandlingar"));
    let hits = texts(&ix, &req("upphandl*"));
    assert!(any_contains(&hits, "upphandlingspolicyn") && any_contains(&hits, "upphandla"));
    assert!(!any_contains(&hits, "Förhandlingen"));
    let err = search(&ix, &req("\"ges i")).unwrap_err().to_string();
    assert!(err.contains("unclosed quote"), "{err}");
}

#[test]
fn hits_say_item_kind_or_passage_and_items_replace_their_passage() {
    let (_d, ix) = index();
    let res = search(&ix, &req("näringslivsstrategi")).unwrap();
    let first = &res.hits[0];
    assert_eq!(first.unit, Unit::Item(ItemKind::Assignment));
    assert_eq!(first.id, format!("aaaa000000000001:{}", 0));
    // The paragraph holding the item is not listed again as a passage.
    assert!(
        !res.hits
            .iter()
            .any(|h| h.unit == Unit::Passage && h.text.contains("Arbetet startar")),
        "{:?}",
        res.hits
    );
    // A plain passage is labelled as such, and highlights point at the matched word.
    let res = search(&ix, &req("handlingsplanen")).unwrap();
    let h = &res.hits[0];
    assert_eq!(h.unit, Unit::Passage);
    let (a, b) = h.highlights[0];
    assert_eq!(&h.text[a..b], "handlingsplanen");
    // Compound parts are highlighted inside the word.
    let res = search(&ix, &req("policy")).unwrap();
    let h = &res.hits[0];
    let marked: Vec<&str> = h.highlights.iter().map(|&(a, b)| &h.text[a..b]).collect();
    assert_eq!(marked, ["policyn"]);
}

#[test]
fn filters_restrict_by_kind_municipality_year_type_and_status() {
    let (_d, ix) = index();
    let with = |f: Filter| {
        let mut r = req("upphandling OR strategi OR småföretag OR testbäddar");
        r.filter = f;
        search(&ix, &r).unwrap().hits
    };
    let all = with(Filter::default());
    assert!(all.iter().any(|h| h.unit == Unit::Passage));

    let kinds = with(Filter {
        kinds: vec![ItemKind::Decision, ItemKind::Goal],
        ..Default::default()
    });
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    assert!(
        kinds
            .iter()
            .all(|h| matches!(h.unit, Unit::Item(ItemKind::Decision | ItemKind::Goal)))
    );
    // Three or four kinds are asked another way (items, minus the kinds left out): the same
    // answer as filtering the unfiltered hits by kind.
    let wide = |f: Filter| {
        let mut r = req("upphandling OR strategi OR småföretag OR testbäddar OR mål");
        r.filter = f;
        r.limit = 1000;
        search(&ix, &r).unwrap().hits
    };
    let items_of = |ks: &[ItemKind]| -> Vec<String> {
        let mut ids: Vec<String> = wide(Filter::default())
            .into_iter()
            .filter(|h| matches!(h.unit, Unit::Item(k) if ks.contains(&k)))
            .map(|h| h.id)
            .collect();
        ids.sort();
        ids
    };
    for ks in [
        ItemKind::ALL.to_vec(),
        vec![ItemKind::Assignment, ItemKind::Goal, ItemKind::Commitment],
        vec![ItemKind::Assignment, ItemKind::Decision, ItemKind::Goal],
    ] {
        let mut got: Vec<String> = wide(Filter {
            kinds: ks.clone(),
            ..Default::default()
        })
        .into_iter()
        .map(|h| h.id)
        .collect();
        got.sort();
        let want = items_of(&ks);
        assert!(!want.is_empty(), "{ks:?}");
        assert_eq!(got, want, "{ks:?}");
    }

    let lund = with(Filter {
        municipalities: vec!["LUND".into()],
        ..Default::default()
    });
    assert!(!lund.is_empty());
    assert!(
        lund.iter()
            .all(|h| h.municipality.as_deref() == Some("Lund"))
    );

    // The assignment names 2016 (its document is from 2015): it is found by its own year…
    let y2016 = with(Filter {
        years: Some((2016, 2016)),
        ..Default::default()
    });
    assert_eq!(y2016.len(), 1);
    assert_eq!(y2016[0].unit, Unit::Item(ItemKind::Assignment));
    // …and the Umeå commitment by its years 2020–2021, not by its document's 2019.
    let y2020 = with(Filter {
        years: Some((2020, 2024)),
        ..Default::default()
    });
    assert!(y2020.iter().any(|h| h.text.contains("testbäddar")));
    assert!(
        y2020
            .iter()
            .all(|h| h.municipality.as_deref() != Some("Malmö"))
    );
    let lund_items_2022: Vec<_> = y2020
        .iter()
        .filter(|h| h.municipality.as_deref() == Some("Lund"))
        .collect();
    assert!(
        !lund_items_2022.is_empty(),
        "Lund's 2022 units have no own years"
    );

    let strat = with(Filter {
        doc_type: Some("Strategi".into()),
        ..Default::default()
    });
    assert!(!strat.is_empty());
    assert!(
        strat
            .iter()
            .all(|h| h.doc_type.as_deref() == Some("strategi"))
    );

    let decided = with(Filter {
        status: Some(Status::Decided),
        ..Default::default()
    });
    assert_eq!(decided.len(), 2, "{decided:?}");
}

#[test]
fn facets_count_all_matches_per_municipality_kind_and_year() {
    let (_d, ix) = index();
    let mut r = req("upphandling OR företag");
    r.facets = true;
    r.limit = 1;
    let res = search(&ix, &r).unwrap();
    assert_eq!(res.hits.len(), 1);
    let f = res.facets.unwrap();
    let total: u64 = f.municipality.iter().map(|(_, n)| n).sum();
    assert_eq!(total as usize, res.total);
    let get = |v: &[(String, u64)], k: &str| v.iter().find(|(n, _)| n == k).map(|(_, n)| *n);
    assert_eq!(get(&f.municipality, "Malmö"), Some(2)); // passage + goal (Småföretag)
    assert_eq!(get(&f.kind, "decision"), Some(1));
    assert_eq!(get(&f.kind, "goal"), Some(1));
    assert!(get(&f.kind, "passage").is_some());
    assert!(f.year.iter().any(|(y, _)| *y == 2022));
}

#[test]
fn items_stream_in_order_and_reproduce_the_records() {
    let (_d, ix) = index();
    let all: Vec<ItemRecord> = ix
        .items(&Filter::default())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let order: Vec<(String, usize)> = all
        .iter()
        .map(|r| (r.item.municipality.clone().unwrap(), r.item.span.start))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert_eq!(all.len(), 5);
    // Exactly what the segmenter gave, joined with the document's metadata.
    for s in specs() {
        let (doc, seg) = build(&s);
        for it in seg.items {
            let want = ItemRecord::new(it, &doc.meta);
            assert!(all.contains(&want), "{want:?}");
        }
    }
    let goals: Vec<_> = ix
        .items(&Filter {
            kinds: vec![ItemKind::Goal],
            municipalities: vec!["malmö".into()],
            ..Default::default()
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].item.text, "Småföretag ska få bättre service.");
}

#[test]
fn get_returns_items_passages_and_documents() {
    let (_d, ix) = index();
    match ix.get("aaaa000000000001:0").unwrap() {
        Some(Entry::Item(r)) => {
            assert_eq!(r.item.rule, "test.assignment");
            assert_eq!(r.item.heading, ["Rubrik"]);
            assert_eq!(r.doc_year, Some(2015));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        ix.get("aaaa000000000001:p0").unwrap(),
        Some(Entry::Passage(_))
    ));
    match ix.get("bbbb000000000002").unwrap() {
        Some(Entry::Document(d)) => {
            assert_eq!(d.passages, 3);
            assert_eq!(d.item_count(), 2);
        }
        other => panic!("{other:?}"),
    }
    assert!(ix.get("nope:1").unwrap().is_none());
    assert_eq!(ix.passages("cccc000000000003").unwrap().len(), 3);
}

#[test]
fn opening_refuses_missing_index_and_other_schema_versions() {
    let dir = tempfile::tempdir().unwrap();
    let err = Index::open(&dir.path().join("none"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no styrdok index") && err.contains("none"),
        "{err}"
    );

    let ix_dir = dir.path().join("ix");
    drop(Index::create_or_open(&ix_dir).unwrap());
    let vfile = ix_dir.join("styrdok-index.json");
    let raw = std::fs::read_to_string(&vfile).unwrap();
    let bumped = raw.replace(
        &format!(
            "\"schema_version\": {}",
            styrdok::index::schema::SCHEMA_VERSION
        ),
        "\"schema_version\": 999",
    );
    assert_ne!(raw, bumped);
    std::fs::write(&vfile, bumped).unwrap();
    match Index::open(&ix_dir) {
        Err(styrdok::Error::SchemaVersion {
            found, expected, ..
        }) => {
            assert_eq!(found, 999);
            assert_eq!(expected, styrdok::index::schema::SCHEMA_VERSION);
        }
        other => panic!("{other:?}"),
    }

    // An interrupted creation (version file and lock files, no tantivy meta) is completed.
    let half = dir.path().join("half");
    std::fs::create_dir_all(&half).unwrap();
    std::fs::write(half.join("styrdok-index.json"), "{}").unwrap();
    std::fs::write(half.join(".tantivy-writer.lock"), "").unwrap();
    let ix = Index::create_or_open(&half).unwrap();
    assert_eq!(ix.counts().unwrap().documents, 0);
    drop(ix);
    assert!(Index::open(&half).is_ok());

    // A folder holding other files is not taken over.
    let busy = dir.path().join("busy");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), "x").unwrap();
    let err = Index::create_or_open(&busy).unwrap_err().to_string();
    assert!(err.contains("not empty"), "{err}");
}

#[test]
fn show_prints_an_item_with_fields_rule_heading_and_context() {
    let (dir, _ix) = index();
    let ix_dir = dir.path().join("ix");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_styrdok"))
        .args(["show", "aaaa000000000001:0", "--index"])
        .arg(&ix_dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    for needle in [
        "assignment aaaa000000000001:0",
        "rule:      test.assignment",
        "heading:   Rubrik",
        "assignee:  Kommunstyrelsen",
        "status:    decided",
        "years:     2016",
        "from:      Malmö, budget, 2015",
        // The paragraph holding the item is marked, the next one follows as context.
        "> p.1   Kommunstyrelsen ges i uppdrag",
        "  p.1   Småföretag ska få bättre service.",
    ] {
        assert!(out.contains(needle), "{needle:?} not in:\n{out}");
    }
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_styrdok"))
        .args(["show", "aaaa000000000001:0", "--format", "json", "--index"])
        .arg(&ix_dir)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["unit"]["item"]["item"]["kind"], "assignment");
    assert_eq!(v["context"][0]["contains"], true);
}
