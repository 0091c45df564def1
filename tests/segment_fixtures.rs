//! Fixture tests of the segmenter: the sample corpus and hand-written documents in
//! `tests/fixtures/segment/`. Every document is first checked against the invariants (spans
//! inside the text, in order, reproducing the item text), then its items are compared with an
//! insta snapshot (`cargo insta review` after an intended change).

use std::path::{Path, PathBuf};
use styrdok::ingest::{self, Loaded};
use styrdok::model::{Document, Item, ItemKind, Status};
use styrdok::segment::{Segmenter, item_text};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn load_all(dir: &Path) -> Vec<Document> {
    ingest::load_all(&ingest::discover(&[dir]))
        .into_iter()
        .filter_map(|l| match l {
            Loaded::Document(d) => Some(*d),
            _ => None,
        })
        .collect()
}

/// Checks the invariants every segmentation must hold and returns the items.
fn checked_items(doc: &Document) -> Vec<Item> {
    let seg = Segmenter::new().segment(doc);
    let text = &doc.text;
    let mut last = 0;
    for it in &seg.items {
        let sp = it.span;
        assert!(
            sp.start < sp.end && sp.end <= text.len(),
            "{}: span {sp:?}",
            doc.file
        );
        assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        assert!(
            sp.start >= last,
            "{}: items out of order at {sp:?}",
            doc.file
        );
        last = sp.start;
        assert_eq!(
            item_text(text, sp),
            it.text,
            "{}: span does not reproduce text",
            doc.file
        );
        assert!(!it.text.is_empty());
        assert_eq!(it.page, doc.page_at(sp.start));
        assert_eq!(it.doc_id, doc.id);
        assert!(!it.rule.is_empty());
    }
    for p in &seg.passages {
        assert!(p.span.end <= text.len() && p.span.start < p.span.end);
        assert!(!p.text.is_empty());
    }
    seg.items
}

fn render(items: &[Item]) -> String {
    let mut s = String::new();
    for it in items {
        let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
        s.push_str(&format!(
            "{} [{}] p{} {}..{} assignee={} assigner={} body={} status={} years={:?} heading={:?}\n    {}\n",
            it.kind,
            it.rule,
            it.page,
            it.span.start,
            it.span.end,
            opt(&it.assignee),
            opt(&it.assigner),
            opt(&it.body),
            it.status.map_or("-".into(), |s| s.to_string()),
            it.years,
            it.heading,
            it.text
        ));
    }
    s
}

fn snapshot_dir(dir: &Path, name: &str) {
    let docs = load_all(dir);
    assert!(!docs.is_empty(), "no documents in {}", dir.display());
    for doc in docs {
        let items = checked_items(&doc);
        let stem = doc.file.trim_end_matches(".txt").to_string();
        insta::with_settings!({
            snapshot_path => root().join("tests/fixtures/segment/snapshots"),
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("{name}__{stem}"), render(&items));
        });
    }
}

#[test]
fn corpus_snapshots() {
    snapshot_dir(&root().join("corpus"), "corpus");
}

#[test]
fn own_fixture_snapshots() {
    snapshot_dir(&root().join("tests/fixtures/segment"), "fixture");
}

/// Hand-written expectations for the hand-written documents: these are the generalisation
/// checks (documents unlike the samples, written for these tests).
fn find<'a>(items: &'a [Item], needle: &str) -> &'a Item {
    items
        .iter()
        .find(|i| i.text.contains(needle))
        .unwrap_or_else(|| panic!("no item containing {needle:?}:\n{}", render(items)))
}

fn absent(items: &[Item], needle: &str) {
    assert!(
        !items.iter().any(|i| i.text.contains(needle)),
        "unexpected item containing {needle:?}:\n{}",
        render(items)
    );
}

fn fixture(name: &str) -> Vec<Item> {
    let p = root().join("tests/fixtures/segment").join(name);
    let docs = load_all(&p);
    checked_items(&docs[0])
}

#[test]
fn protocol_with_decision_sections() {
    let items = fixture("protokoll_kommunstyrelsen.txt");
    let i = find(&items, "att godkänna förslaget");
    assert_eq!(
        (i.kind, i.status),
        (ItemKind::Decision, Some(Status::Decided))
    );
    assert_eq!(i.body.as_deref(), Some("Kommunstyrelsen"));
    let i = find(&items, "att uppdra åt samhällsbyggnadsförvaltningen");
    assert_eq!(i.kind, ItemKind::Assignment);
    assert_eq!(i.assignee.as_deref(), Some("samhällsbyggnadsförvaltningen"));
    assert_eq!(i.assigner.as_deref(), Some("Kommunstyrelsen"));
    let proposed: Vec<_> = items
        .iter()
        .filter(|i| i.status == Some(Status::Proposed))
        .collect();
    assert_eq!(proposed.len(), 2, "{}", render(&items));
    assert_eq!(
        find(&items, "avslå medborgarförslaget").kind,
        ItemKind::Decision
    );
    assert_eq!(find(&items, "antog nuvarande riktlinjer").years, [2019]);
    assert_eq!(find(&items, "planerar dock").kind, ItemKind::Commitment);
    // Lead-ins, distribution lists, motions and a citizen's proposal are not items.
    absent(&items, "yrkar bifall");
    absent(&items, "En medborgare föreslår");
    absent(&items, "Ekonomiavdelningen");
    assert!(!items.iter().any(|i| i.text == "Kommunstyrelsen beslutar"));
}

#[test]
fn wrapped_officer_report() {
    let items = fixture("tjansteskrivelse_wrapped.txt");
    let i = find(&items, "antar biblioteksplan");
    assert_eq!(
        (i.kind, i.status),
        (ItemKind::Decision, Some(Status::Proposed))
    );
    assert_eq!(i.body.as_deref(), Some("Kommunfullmäktige"));
    let i = find(&items, "plan antogs av kommunfullmäktige");
    assert_eq!(
        (i.kind, i.status),
        (ItemKind::Decision, Some(Status::Decided))
    );
    let i = find(&items, "meröppna bibliotek");
    assert_eq!(
        (i.kind, i.status),
        (ItemKind::Assignment, Some(Status::Proposed))
    );
    assert_eq!(i.assignee.as_deref(), Some("förvaltningen"));
    assert_eq!(i.assigner.as_deref(), Some("nämnden"));
    assert_eq!(
        find(&items, "Målet är att andelen barn").kind,
        ItemKind::Goal
    );
    assert_eq!(
        find(&items, "kommer att följa upp planen").kind,
        ItemKind::Commitment
    );
    let scheduled: Vec<_> = items
        .iter()
        .filter(|i| i.status == Some(Status::Scheduled))
        .map(|i| i.body.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        scheduled,
        [
            "Kultur- och fritidsnämnden",
            "Kommunstyrelsen",
            "Kommunfullmäktige"
        ]
    );
    absent(&items, "Enligt bibliotekslagen");
    absent(&items, "påverka kostnaderna");
    absent(&items, "Förvaltningschef");
}

#[test]
fn strategy_with_goal_and_commitment_lists() {
    let items = fixture("strategi_ekby.txt");
    let goals = items.iter().filter(|i| i.kind == ItemKind::Goal).count();
    assert_eq!(goals, 5, "{}", render(&items));
    assert_eq!(find(&items, "40 företagsbesök").kind, ItemKind::Commitment);
    assert_eq!(find(&items, "e-tjänst").kind, ItemKind::Commitment);
    assert_eq!(
        find(&items, "kommer vi att utveckla").kind,
        ItemKind::Commitment
    );
    let i = find(&items, "fastställde strategin");
    assert_eq!(i.body.as_deref(), Some("Kommunstyrelsen"));
    absent(&items, "arbetar i dag");
    absent(&items, "upplever att det är svårt");
    absent(&items, "Senast uppdaterad");
}

#[test]
fn budget_assignment_section() {
    let items = fixture("budget_uppdrag.txt");
    let assignments: Vec<_> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Assignment)
        .collect();
    assert_eq!(assignments.len(), 5, "{}", render(&items));
    let i = find(&items, "Utreda förutsättningarna");
    assert_eq!(i.assignee.as_deref(), Some("samhällsbyggnadsnämnden"));
    assert_eq!(i.status, Some(Status::Decided));
    let i = find(&items, "uppdrar vidare åt samtliga nämnder");
    assert_eq!(i.assignee.as_deref(), Some("samtliga nämnder"));
    assert_eq!(i.assigner.as_deref(), Some("Fullmäktige"));
    let i = find(&items, "Handläggningstiden för bygglov");
    assert_eq!(i.kind, ItemKind::Goal);
    assert!(i.years.contains(&2026));
    absent(&items, "ansvarsområde omfattar");
    absent(&items, "ram ökar");
}
