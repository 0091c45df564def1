//! Generalisation check: the segmenter on documents written for this test in the style of
//! other Swedish municipalities (`tests/fixtures/generalise/`, see its README), scored against
//! a hand annotation (`gold.jsonl`) made by the annotation guideline before the rules were
//! tuned on them.
//!
//! The scorer is self-contained (no `../shared`, no Python) and follows the guideline's
//! pairing: per document and kind, system and gold items are paired greedily by the F1 of
//! their lowercased word multisets, at least 0.5. It prints precision, recall and F1 per kind,
//! the agreement of the fields on paired items, and every miss and spurious item, and fails
//! below the thresholds at the end of the file.
//!
//! Run with `cargo test --test generalise_eval -- --nocapture` to see the figures.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use styrdok::ingest::{self, Loaded};
use styrdok::segment::Segmenter;

const KINDS: [&str; 4] = ["assignment", "decision", "goal", "commitment"];
const FIELDS: [&str; 4] = ["assignee", "assigner", "body", "status"];

/// One item, from the gold file or from the segmenter.
#[derive(Debug, Clone)]
struct Rec {
    doc: String,
    kind: String,
    text: String,
    fields: HashMap<&'static str, Option<String>>,
    years: Vec<i64>,
}

/// Lowercased word multiset of a text (words as runs of alphanumerics and "_").
fn words(t: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in t
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn overlap_f1(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> f64 {
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0)))
        .sum();
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / b.values().sum::<usize>() as f64;
    let r = common as f64 / a.values().sum::<usize>() as f64;
    2.0 * p * r / (p + r)
}

/// A field value as the guideline compares it: case-insensitive, punctuation and a leading
/// determiner ignored, KS/KF/KSAU read as the bodies they stand for.
fn norm_field(v: &Option<String>) -> Option<String> {
    let v = v.as_ref()?.to_lowercase();
    let v: String = v
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut ws: Vec<&str> = v.split_whitespace().collect();
    if ws.len() > 1 && matches!(ws[0], "den" | "det" | "de") {
        ws.remove(0);
    }
    let v = ws.join(" ");
    let v = match v.as_str() {
        "ks" => "kommunstyrelsen".to_string(),
        "kf" | "fullmäktige" => "kommunfullmäktige".to_string(),
        "ksau" => "kommunstyrelsens arbetsutskott".to_string(),
        _ => v,
    };
    (!v.is_empty()).then_some(v)
}

fn rec_of(v: &serde_json::Value) -> Rec {
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let mut fields = HashMap::new();
    for f in FIELDS {
        fields.insert(f, s(f));
    }
    Rec {
        doc: s("doc").unwrap_or_default(),
        kind: s("kind").unwrap_or_default(),
        text: s("text").unwrap_or_default(),
        fields,
        years: v
            .get("year")
            .and_then(|y| y.as_array())
            .map(|a| a.iter().filter_map(|x| x.as_i64()).collect())
            .unwrap_or_default(),
    }
}

/// Greedy pairing by word-overlap F1 ≥ 0.5, best pairs first.
fn pair(gold: &[&Rec], pred: &[&Rec]) -> Vec<(usize, usize)> {
    let gw: Vec<_> = gold.iter().map(|g| words(&g.text)).collect();
    let pw: Vec<_> = pred.iter().map(|p| words(&p.text)).collect();
    let mut cands = vec![];
    for (i, g) in gw.iter().enumerate() {
        for (j, p) in pw.iter().enumerate() {
            let s = overlap_f1(g, p);
            if s >= 0.5 {
                cands.push((s, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.partial_cmp(a).unwrap());
    let (mut ug, mut up, mut pairs) = (vec![false; gold.len()], vec![false; pred.len()], vec![]);
    for (_, i, j) in cands {
        if !ug[i] && !up[j] {
            ug[i] = true;
            up[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

#[derive(Default, Debug)]
struct Scores {
    tp: BTreeMap<&'static str, usize>,
    fp: BTreeMap<&'static str, usize>,
    fn_: BTreeMap<&'static str, usize>,
    agree: BTreeMap<&'static str, (usize, usize)>,
    errors: Vec<String>,
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn score(gold: &[Rec], pred: &[Rec]) -> Scores {
    let mut s = Scores::default();
    let mut docs: Vec<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    for doc in docs {
        for kind in KINDS {
            let gk: Vec<&Rec> = gold
                .iter()
                .filter(|g| g.doc == doc && g.kind == kind)
                .collect();
            let pk: Vec<&Rec> = pred
                .iter()
                .filter(|p| p.doc == doc && p.kind == kind)
                .collect();
            let pairs = pair(&gk, &pk);
            *s.tp.entry(kind).or_default() += pairs.len();
            *s.fp.entry(kind).or_default() += pk.len() - pairs.len();
            *s.fn_.entry(kind).or_default() += gk.len() - pairs.len();
            for &(i, j) in &pairs {
                let (g, p) = (gk[i], pk[j]);
                for f in FIELDS {
                    let gv = norm_field(&g.fields[f]);
                    if let Some(gv) = gv {
                        let pv = norm_field(&p.fields[f]);
                        let e = s.agree.entry(f).or_default();
                        e.1 += 1;
                        if pv.as_deref() == Some(gv.as_str()) {
                            e.0 += 1;
                        } else {
                            s.errors.push(format!(
                                "field    {f:<9}{doc}: want {gv:?}, got {pv:?}: {}",
                                g.text
                            ));
                        }
                    }
                }
                if !g.years.is_empty() {
                    let e = s.agree.entry("year").or_default();
                    e.1 += 1;
                    if g.years.iter().any(|y| p.years.contains(y)) {
                        e.0 += 1;
                    } else {
                        s.errors.push(format!(
                            "field    year     {doc}: want {:?}, got {:?}: {}",
                            g.years, p.years, g.text
                        ));
                    }
                }
            }
            for (i, g) in gk.iter().enumerate() {
                if !pairs.iter().any(|&(a, _)| a == i) {
                    s.errors
                        .push(format!("missed   {kind:<11}{doc}: {}", g.text));
                }
            }
            for (j, p) in pk.iter().enumerate() {
                if !pairs.iter().any(|&(_, b)| b == j) {
                    s.errors
                        .push(format!("spurious {kind:<11}{doc}: {}", p.text));
                }
            }
        }
    }
    s
}

#[test]
fn scorer_pairs_by_word_overlap() {
    let mk = |doc: &str, kind: &str, text: &str| Rec {
        doc: doc.into(),
        kind: kind.into(),
        text: text.into(),
        fields: FIELDS.iter().map(|f| (*f, None)).collect(),
        years: vec![],
    };
    let gold = vec![
        mk("a", "goal", "Kommunen ska vara fossilfri senast 2035."),
        mk("a", "commitment", "Vi ska bygga fler bostäder."),
    ];
    let pred = vec![
        // Same words, other case and punctuation: paired.
        mk("a", "goal", "kommunen ska vara fossilfri senast 2035"),
        // Right text, wrong kind: a false positive and a miss.
        mk("a", "goal", "Vi ska bygga fler bostäder."),
    ];
    let s = score(&gold, &pred);
    assert_eq!(s.tp["goal"], 1);
    assert_eq!(s.fp["goal"], 1);
    assert_eq!(s.fn_["commitment"], 1);
    let a = words("Ska ska vara");
    let b = words("ska vara något annat");
    assert!(
        (overlap_f1(&a, &b) - 2.0 * (2.0 / 4.0) * (2.0 / 3.0) / (2.0 / 4.0 + 2.0 / 3.0)).abs()
            < 1e-9
    );
    assert_eq!(
        norm_field(&Some("KS".into())),
        Some("kommunstyrelsen".into())
    );
    assert_eq!(
        norm_field(&Some("Den tekniska nämnden.".into())),
        Some("tekniska nämnden".into())
    );
}

#[test]
fn generalisation_documents_meet_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/generalise");
    let gold: Vec<Rec> = std::fs::read_to_string(dir.join("gold.jsonl"))
        .expect("gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| rec_of(&serde_json::from_str(l).expect("gold line is JSON")))
        .collect();
    let seg = Segmenter::new();
    let mut pred = vec![];
    let mut seen = vec![];
    for l in ingest::load_all(&ingest::discover(std::slice::from_ref(&dir))) {
        if let Loaded::Document(d) = l {
            seen.push(d.file.clone());
            for it in seg.segment(&d).items {
                let v = serde_json::json!({
                    "doc": it.file, "kind": it.kind, "text": it.text,
                    "assignee": it.assignee, "assigner": it.assigner, "body": it.body,
                    "status": it.status, "year": it.years,
                });
                pred.push(rec_of(&v));
            }
        }
    }
    // Every annotated document was read (a renamed fixture must not silently score 1.0).
    for g in &gold {
        assert!(
            seen.contains(&g.doc),
            "{} not found in {}",
            g.doc,
            dir.display()
        );
    }
    let s = score(&gold, &pred);
    println!(
        "{:<12}{:>5}{:>5}{:>5}{:>8}{:>8}{:>8}",
        "kind", "tp", "fp", "fn", "P", "R", "F1"
    );
    let mut f1 = HashMap::new();
    for k in KINDS {
        let (tp, fp, fn_) = (s.tp[k], s.fp[k], s.fn_[k]);
        let (p, r, f) = prf(tp, fp, fn_);
        f1.insert(k, f);
        println!("{k:<12}{tp:>5}{fp:>5}{fn_:>5}{p:>8.3}{r:>8.3}{f:>8.3}");
    }
    let (tp, fp, fn_) = (
        s.tp.values().sum(),
        s.fp.values().sum(),
        s.fn_.values().sum(),
    );
    let (p, r, micro) = prf(tp, fp, fn_);
    let core = (f1["assignment"] + f1["decision"] + f1["goal"]) / 3.0;
    println!("micro P={p:.3} R={r:.3} F1={micro:.3}  core macro F1={core:.3}");
    println!("fields on paired items:");
    let mut field_share = HashMap::new();
    for (f, (ok, of)) in &s.agree {
        let share = *ok as f64 / *of as f64;
        field_share.insert(*f, share);
        println!("  {f:<10}{ok:>4}/{of:<4}{share:.3}");
    }
    for e in &s.errors {
        println!("{e}");
    }
    // Thresholds set just under the figures reached (see the constants below); never below
    // core macro F1 0.90 and commitment F1 0.75.
    assert!(
        core >= CORE_MACRO_F1,
        "core macro F1 {core:.3} < {CORE_MACRO_F1}"
    );
    assert!(
        f1["commitment"] >= COMMITMENT_F1,
        "commitment F1 {:.3} < {COMMITMENT_F1}",
        f1["commitment"]
    );
    for (f, min) in FIELD_MIN {
        let got = field_share.get(f).copied().unwrap_or(1.0);
        assert!(got >= min, "{f} agreement {got:.3} < {min}");
    }
}

// Reached at the last rule change (165 documents, 1918 gold items, twenty-five batches): core
// macro F1 0.957, commitment F1 0.892; assignee 211/220, assigner 142/153, body 350/388,
// status 618/636, year 1074/1095. The eighth to fourteenth and sixteenth to twenty-sixth
// batches were written by other authors and scored before any rule was changed for them
// (core macro F1 0.701, 0.890, 0.782, 0.942, 0.767, 0.800, 0.909, 0.888, 0.795, 0.946,
// 0.898, 0.894, 0.915, 0.877, 0.901, 0.837, 0.893 and 0.810; commitment F1 0.731, 0.727,
// 0.587, 0.846, 0.617, 0.603, 0.554, 0.735, 0.708, 0.786, 0.747, 0.863, 0.744, 0.795, 0.778,
// 0.815, 0.912 and 0.683; see the README). Body: annotators differ on "X föreslår Y att anta
// …" (the proposer or the decider) and on whether a heading's body counts; the tool names the
// decider. Their remaining misses are left in on purpose, so the thresholds below sit a
// little under the figures reached, with room for a few items, and never below core macro F1
// 0.90 and commitment F1 0.75.
const CORE_MACRO_F1: f64 = 0.95;
const COMMITMENT_F1: f64 = 0.88;
const FIELD_MIN: [(&str, f64); 5] = [
    ("assignee", 0.95),
    ("assigner", 0.91),
    ("body", 0.89),
    ("status", 0.96),
    ("year", 0.97),
];
