use super::*;
use crate::model::{Item, Span};

fn rec(
    muni: Option<&str>,
    start: usize,
    kind: ItemKind,
    year: Option<i32>,
    text: &str,
) -> ItemRecord {
    ItemRecord {
        item: Item {
            doc_id: format!("d{}", muni.unwrap_or("x")),
            file: "f.txt".into(),
            municipality: muni.map(String::from),
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
            rule: "t".into(),
        },
        doc_type: None,
        doc_title: None,
        doc_year: year,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn log_odds_matches_hand_computation() {
    // Two groups of 4 tokens: a×3 b×1 against a×1 b×3. Prior α_w = corpus count: α_a = 4,
    // α₀ = 8. δ = ln(7/5) − ln(5/7) = 2 ln 1.4; σ² = 1/7 + 1/5.
    let (d, z) = log_odds_z(3.0, 4.0, 1.0, 4.0, 4.0, 8.0);
    assert!(close(d, 2.0 * 1.4f64.ln()), "{d}");
    assert!(
        close(z, 2.0 * 1.4f64.ln() / (1.0 / 7.0 + 1.0 / 5.0f64).sqrt()),
        "{z}"
    );
    assert!((z - 1.149_271_5).abs() < 1e-6, "{z}");
    // Symmetry: the other group gets the opposite sign.
    let (d2, z2) = log_odds_z(1.0, 4.0, 3.0, 4.0, 4.0, 8.0);
    assert!(close(d2, -d) && close(z2, -z));
    // Equal rates: zero.
    let (d3, z3) = log_odds_z(2.0, 10.0, 4.0, 20.0, 0.6, 3.0);
    // (2.6 / 10.4) vs (4.6 / 18.4): 0.25 and 0.25.
    assert!(close(d3, 0.0) && close(z3, 0.0));
}

#[test]
fn distinctive_terms_use_the_formula_on_stems() {
    // Malmö: "hamn" ×3 (as hamnen/hamnar/hamn), Umeå none; both share "företag".
    let recs = vec![
        rec(Some("Malmö"), 0, ItemKind::Goal, None, "hamnen företag"),
        rec(Some("Malmö"), 20, ItemKind::Goal, None, "hamnar företag"),
        rec(Some("Malmö"), 40, ItemKind::Goal, None, "hamn"),
        rec(Some("Umeå"), 0, ItemKind::Goal, None, "företag skog"),
        rec(Some("Umeå"), 20, ItemKind::Goal, None, "företag skog"),
    ];
    let c = compare(&recs, &Themes::default(), &CompareOptions::default());
    let malmo = &c.distinctive_terms[0];
    assert_eq!(malmo.municipality, "Malmö");
    assert_eq!(malmo.tokens, 5);
    let top = &malmo.terms[0];
    assert_eq!(top.stem, "hamn");
    assert_eq!(top.count, 3);
    assert_eq!(top.count_rest, 0);
    // N = 9, α₀ = 9, α_hamn = 3: y_i = 3, n_i = 5, y_j = 0, n_j = 4.
    let (d, z) = log_odds_z(3.0, 5.0, 0.0, 4.0, 3.0, 9.0);
    assert!(close(top.log_odds, d) && close(top.z, z));
    assert!(close(d, (6.0f64 / 8.0).ln() - (3.0f64 / 10.0).ln()));
    // "företag" is shared; it ranks below "hamn" for Malmö.
    assert!(malmo.terms.iter().all(|t| t.z <= top.z));
    let umea = &c.distinctive_terms[1];
    assert_eq!(umea.terms[0].stem, "skog");
}

#[test]
fn cosine_of_small_vectors() {
    let a = [(0, 1.0), (2, 1.0)];
    let b = [(0, 1.0), (1, 1.0)];
    assert!(close(cosine(&a, &b), 0.5));
    assert!(close(cosine(&a, &a), 1.0));
    assert!(close(cosine(&a, &[(1, 3.0)]), 0.0));
    assert!(close(cosine(&a, &[]), 0.0));
    // [3,4] · [4,3] / 25 = 24/25.
    assert!(close(
        cosine(&[(0, 3.0), (1, 4.0)], &[(0, 4.0), (1, 3.0)]),
        0.96
    ));
}

#[test]
fn similarity_matrix_is_symmetric_with_unit_diagonal() {
    let recs = vec![
        rec(
            Some("A"),
            0,
            ItemKind::Goal,
            None,
            "upphandling av livsmedel",
        ),
        rec(
            Some("B"),
            0,
            ItemKind::Goal,
            None,
            "upphandling av livsmedel",
        ),
        rec(
            Some("C"),
            0,
            ItemKind::Goal,
            None,
            "turism och besöksnäring",
        ),
        rec(Some("D"), 0, ItemKind::Goal, None, "upphandling och turism"),
    ];
    let c = compare(&recs, &Themes::default(), &CompareOptions::default());
    let m = &c.similarity.matrix;
    assert_eq!(c.similarity.municipalities, ["A", "B", "C", "D"]);
    for (i, row) in m.iter().enumerate() {
        assert_eq!(row[i], 1.0);
        for (j, v) in row.iter().enumerate() {
            assert_eq!(*v, m[j][i]);
        }
    }
    assert!(close(m[0][1], 1.0), "same words: {}", m[0][1]);
    assert!(close(m[0][2], 0.0), "no shared stem: {}", m[0][2]);
    assert!(m[0][3] > 0.0 && m[0][3] < 1.0);
    assert!(c.similarity_by_kind.is_empty());
}

#[test]
fn similarity_by_kind_only_counts_that_kind() {
    let recs = vec![
        rec(Some("A"), 0, ItemKind::Goal, None, "skog"),
        rec(Some("A"), 9, ItemKind::Assignment, None, "hamn"),
        rec(Some("B"), 0, ItemKind::Goal, None, "skog"),
        rec(Some("B"), 9, ItemKind::Assignment, None, "flyg"),
    ];
    let opts = CompareOptions {
        similarity_by_kind: true,
        ..Default::default()
    };
    let c = compare(&recs, &Themes::default(), &opts);
    assert!(close(
        c.similarity_by_kind[&ItemKind::Goal].matrix[0][1],
        1.0
    ));
    assert!(close(
        c.similarity_by_kind[&ItemKind::Assignment].matrix[0][1],
        0.0
    ));
    let all = c.similarity.matrix[0][1];
    assert!(all > 0.0 && all < 1.0);
}

#[test]
fn jaccard_of_shingles() {
    let w = |s: &str| words(s);
    let a = shingles(&w("a b c d"), 2); // ab bc cd
    let b = shingles(&w("a b c e"), 2); // ab bc ce
    assert_eq!(a.len(), 3);
    assert!(close(jaccard(&a, &b), 2.0 / 4.0));
    assert!(close(jaccard(&a, &a), 1.0));
    assert!(close(jaccard(&a, &shingles(&w("x y"), 2)), 0.0));
    // Case and punctuation do not matter.
    assert_eq!(shingles(&w("A, b. C d"), 2), a);
}

#[test]
fn shared_wording_pairs_municipalities_not_repeats() {
    let s = "Kommunen ska tillsammans med näringslivet ta fram en gemensam plan för kompetensförsörjning i regionen";
    let near = "Kommunen ska tillsammans med näringslivet ta fram en gemensam plan för kompetensförsörjning i länet";
    let recs = vec![
        rec(Some("A"), 0, ItemKind::Commitment, Some(2020), s),
        rec(Some("A"), 500, ItemKind::Commitment, Some(2021), s), // repeat within A
        rec(Some("B"), 0, ItemKind::Commitment, Some(2022), near),
        rec(
            Some("B"),
            300,
            ItemKind::Goal,
            Some(2022),
            "Fler företag ska välja att etablera sig här",
        ),
        rec(
            Some("C"),
            0,
            ItemKind::Goal,
            None,
            "Helt annan text om turism och besöksnäring i kommunen",
        ),
    ];
    let c = compare(&recs, &Themes::default(), &CompareOptions::default());
    assert_eq!(c.shared_wording.len(), 1, "{:#?}", c.shared_wording);
    let p = &c.shared_wording[0];
    assert_eq!(p.a.municipality, "A");
    assert_eq!(p.b.municipality, "B");
    assert_eq!(p.a.id, "dA:0");
    // 14 words → 12 trigrams each; 11 shared: 11 / 13.
    assert!(close(p.jaccard, 11.0 / 13.0), "{}", p.jaccard);
    // Same wording within one municipality is never a pair.
    let same = vec![
        rec(Some("A"), 0, ItemKind::Goal, None, s),
        rec(Some("A"), 500, ItemKind::Goal, None, near),
    ];
    let c = compare(&same, &Themes::default(), &CompareOptions::default());
    assert!(c.shared_wording.is_empty());
}

#[test]
fn theme_matrix_counts_shares_kinds_and_ids() {
    let themes = Themes::parse("[Upphandling]\n*upphandl*\n[Turism]\nturism*\n", "t").unwrap();
    let recs = vec![
        rec(
            Some("A"),
            0,
            ItemKind::Goal,
            None,
            "Fler lokala företag ska vinna upphandlingar",
        ),
        rec(
            Some("A"),
            50,
            ItemKind::Assignment,
            None,
            "Utred livsmedelsupphandlingen",
        ),
        rec(Some("A"), 90, ItemKind::Assignment, None, "Något annat"),
        rec(
            Some("A"),
            99,
            ItemKind::Goal,
            None,
            "Upphandling och turism",
        ),
        rec(Some("B"), 0, ItemKind::Goal, None, "Turismen ska växa"),
        rec(None, 0, ItemKind::Goal, None, "upphandling utan kommun"),
    ];
    let c = compare(&recs, &themes, &CompareOptions::default());
    assert_eq!(c.items, 5);
    assert_eq!(c.without_municipality, 1);
    let t = &c.themes;
    assert_eq!(t.themes, ["Upphandling", "Turism"]);
    assert_eq!(t.totals, [4, 1]);
    let cell = &t.cells[0][0];
    assert_eq!(cell.count, 3);
    assert!(close(cell.share, 0.75));
    assert_eq!(cell.by_kind[&ItemKind::Goal], 2);
    assert_eq!(cell.by_kind[&ItemKind::Assignment], 1);
    assert!(close(cell.share_by_kind[&ItemKind::Assignment], 0.5));
    assert_eq!(cell.items, ["dA:0", "dA:50", "dA:99"]);
    assert_eq!(t.cells[1][0].count, 1);
    assert_eq!(t.cells[1][1].count, 1);
    assert!(close(t.cells[1][1].share, 1.0));
    assert_eq!(t.cells[0][1].count, 0);
    assert_eq!(t.unthemed, [1, 0]);
}

#[test]
fn timeline_counts_items_per_document_year() {
    let recs = vec![
        rec(Some("A"), 0, ItemKind::Goal, Some(2021), "x"),
        rec(Some("A"), 1, ItemKind::Goal, Some(2021), "y"),
        rec(Some("A"), 2, ItemKind::Goal, Some(2023), "z"),
        rec(Some("B"), 0, ItemKind::Goal, Some(2023), "z"),
        rec(Some("B"), 1, ItemKind::Goal, None, "z"),
    ];
    let t = compare(&recs, &Themes::default(), &CompareOptions::default()).timeline;
    assert_eq!(t.years, [2021, 2023]);
    assert_eq!(t.counts, [vec![2, 1], vec![0, 1]]);
    assert_eq!(t.undated, [0, 1]);
}

#[test]
fn empty_input_gives_empty_tables() {
    let c = compare(&[], &Themes::default(), &CompareOptions::default());
    assert!(c.municipalities.is_empty());
    assert!(c.similarity.matrix.is_empty());
    assert!(c.shared_wording.is_empty());
    assert_eq!(c.themes.cells.len(), Themes::default().themes.len());
}
