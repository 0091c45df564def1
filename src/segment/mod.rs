//! Segmentation: a [`Document`] in, its passages and items out. Pure: no I/O.
//!
//! Structure first, then items:
//!
//! 1. `structure` splits the text into blocks: headings, paragraphs (hard-wrapped PDF lines
//!    reflowed), list entries (bullets, list numbers, inline "* a * b" lists) and short field
//!    lines; page furniture and web chrome are dropped.
//! 2. `sections` gives meaning to headings ("Förslag till beslut", "Beslutsplanering",
//!    "Kommunfullmäktigemål", "Uppdrag 2015", "Beslutet skickas till"…): status and kind hints
//!    for the blocks below them.
//! 3. `sentences` cuts paragraphs into sentences (Unicode rules corrected for Swedish
//!    abbreviations).
//! 4. `classify` applies the [`rules`] table to each sentence and list entry, with the context
//!    of its section and of a list lead-in ("… uppdra åt stadskontoret:"), and fills in the
//!    fields.
//!
//! Every item's span reproduces its text: `item_text(&doc.text, item.span) == item.text`.

mod classify;
mod collapse;
mod folding;
mod needles;
pub mod rules;
mod sections;
mod sentences;
mod structure;

use crate::model::{Document, Item, ItemKind, Passage, Span};
use classify::{Classified, Ctx, Lead};
use sections::Section;
use std::borrow::Cow;
use structure::BlockKind;

/// The result of segmenting one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmentation {
    /// Paragraphs, list entries and headings, in document order.
    pub passages: Vec<Passage>,
    /// Goals, assignments, decisions and commitments, in document order.
    pub items: Vec<Item>,
}

/// Finds passages and items in documents. Cheap to share across threads.
#[derive(Debug, Clone, Default)]
pub struct Segmenter {}

/// The text of an item at `span`: whitespace collapsed, a leading bullet or list number
/// removed, and words broken at a line end by a hyphen rejoined (see `collapse`).
/// Every item's `text` equals this for its span.
pub fn item_text(text: &str, span: Span) -> String {
    item_str(text, span).into_owned()
}

/// [`item_text`], borrowed from `text` when nothing needs collapsing.
fn item_str(text: &str, span: Span) -> Cow<'_, str> {
    match collapse::collapse(text.get(span.start..span.end).unwrap_or_default()) {
        Cow::Borrowed(s) => Cow::Borrowed(structure::strip_marker(s)),
        Cow::Owned(mut s) => {
            let n = s.len() - structure::strip_marker(&s).len();
            s.drain(..n);
            Cow::Owned(s)
        }
    }
}

/// [`item_str`] of a sentence (trimmed) in a block that has no whitespace to collapse
/// (`clean`): the text itself, without a marker.
fn sentence_str(text: &str, span: Span, clean: bool) -> Cow<'_, str> {
    if clean {
        Cow::Borrowed(structure::strip_marker(
            text.get(span.start..span.end).unwrap_or_default(),
        ))
    } else {
        item_str(text, span)
    }
}

/// The item text of the sentence at `s..e` of a block (no whitespace at either end) as a slice
/// of the block's passage text `p`: the block collapsed with `shifts` (see
/// [`collapse::collapse_mapped`]), less the `marker` bytes of its list marker. `None` for a
/// sentence that starts inside the marker.
fn sentence_in<'p>(
    p: &'p str,
    shifts: &[(usize, usize)],
    marker: usize,
    s: usize,
    e: usize,
) -> Option<&'p str> {
    let a = collapse::collapsed_offset(shifts, s);
    let z = collapse::collapsed_offset(shifts, e);
    if a >= marker {
        // Its own marker comes off, as in `item_text`.
        return Some(structure::strip_marker(p.get(a - marker..z - marker)?));
    }
    // The block's first sentence, longer than the marker: cutting the marker from it cuts the
    // same bytes as from the whole block.
    if a == 0 && z > marker {
        return p.get(..z - marker);
    }
    None
}

/// Starts of a sentence that continues the previous one ("Samt att …").
fn continues_previous(t: &str) -> bool {
    // Lower-casing is per character, so the first 12 characters, lower-cased, hold any of
    // these prefixes (11 characters at most) that the whole lower-cased text starts with.
    let l: String = t.chars().take(12).flat_map(char::to_lowercase).collect();
    ["samt att ", "och att ", "samt ", "även att ", "liksom att "]
        .iter()
        .any(|p| l.starts_with(p))
}

struct Heading {
    level: u8,
    text: String,
    years: Vec<i32>,
    /// The section this heading opens, its own or the one it inherits.
    section: Option<Section>,
}

impl Segmenter {
    /// A segmenter with the built-in Swedish rules.
    pub fn new() -> Self {
        Segmenter {}
    }

    /// Segments one document.
    pub fn segment(&self, doc: &Document) -> Segmentation {
        let text = doc.text.as_str();
        // Paragraphs are prefiltered on slices of this one folding of the whole text.
        let _folded = folding::FoldScope::new(text);
        let blocks = structure::blocks(text);
        let budget = doc
            .meta
            .doc_type
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("budget"));
        // Plans, strategies, programmes and directives look ahead like budgets (by their type,
        // or their title: "Energi- och klimatplan 2026–2030").
        let plan = [doc.meta.doc_type.as_deref(), doc.meta.title.as_deref()]
            .into_iter()
            .flatten()
            .any(|t| {
                let t = t.to_lowercase();
                [
                    "plan",
                    "strategi",
                    "program",
                    "direktiv",
                    "policy",
                    "riktlinje",
                ]
                .iter()
                .any(|w| t.contains(w))
            });
        let adopted = classify::adopted_document(text);
        let mut out = Segmentation::default();
        // Page of an offset by binary search over the form feeds (Document::page_at scans).
        let feeds: Vec<usize> = text.match_indices('\x0c').map(|(i, _)| i).collect();
        let page_at = |off: usize| 1 + feeds.partition_point(|&f| f < off) as u32;
        let mut path: Vec<Heading> = vec![];
        // Under "Det här lovar vi dig", "Våra servicelöften": each "Vi …" / "Du …" sentence is
        // a promise, in the present as promises are written.
        let mut promise_section = false;
        // Under a table header row that names no kind of item ("Verksamhet | Budget 2026").
        let mut other_table = false;
        // The body a "Kommunfullmäktiges beslut" heading names: it decides the points below
        // that name none, and gives the assignments among them.
        let mut section_body: Option<String> = None;
        let mut section: Option<Section> = None;
        let mut section_assignee: Option<String> = None;
        let mut section_assigner: Option<String> = None;
        let mut lead = Lead::None;
        // A list entry that opens a list of its own ("2. Kommunfullmäktige uppdrar åt
        // kommunstyrelsen att" over "a) inrätta …", "b) avveckla …"): the marker class of the
        // entry and what its sub-entries inherit from it.
        let mut sub_lead: Option<(char, Lead)> = None;
        // A decision point that lists its conditions below it ("2. … med följande villkor:" over
        // "a) köpeskillingen uppgår till …"): the marker class of the point; the conditions
        // are part of it, not items of their own.
        let mut conditions: Option<char> = None;
        // No block but letterhead lines seen yet: the next heading is the document's title.
        let mut title_pending = true;
        // The kind of rows the header row of the table being read names ("Aktivitet<TAB>
        // Ansvarig<TAB>Tidplan": commitments), and whether it has a status column.
        let mut table: Option<(Section, bool)> = None;
        // Right below the heading of one measure ("Åtgärd 3.1 Solceller på kommunala tak"):
        // the first sentence of the text below states the measure.
        let mut measure_first = false;
        // Right below a vision heading ("Vision", "Vision 2035", "Vår vision"): the short
        // paragraph below states the vision, a goal, with or without a verb ("Lomsjö – platsen
        // där företag vågar växa.").
        let mut vision_first = false;
        // The texts and years of `path`, kept up to date when a heading changes it.
        let mut heading_texts: Vec<String> = vec![];
        // The title's years hold for the whole document, also when the title is not a heading
        // block of its own ("Kallby kommun⏎Mål och budget 2027 med plan för 2028–2029⏎Antagen
        // av …" as one block): the title the metadata found, if it stands near the top.
        // A subtitle right below the title counts with it ("Återrapportering av strategin⏎
        // Uppföljning av år två (2025)").
        let title_years = doc
            .meta
            .title
            .as_deref()
            .filter(|t| title_near_top(text, t))
            .map(|t| {
                let mut ys = classify::years_in(t);
                ys.extend(subtitle_lines(text, t).flat_map(classify::years_in));
                ys
            })
            .unwrap_or_default();
        let mut heading_years: Vec<i32> = title_years.clone();

        for (bi, b) in blocks.iter().enumerate() {
            let span = Span {
                start: b.start,
                end: b.end,
            };
            // `item_text(text, span)`, and where collapsing moved the block's characters (the
            // sentences below are cut from it).
            let (collapsed, shifts) =
                collapse::collapse_mapped(text.get(b.start..b.end).unwrap_or_default());
            let marker = collapsed.len() - structure::strip_marker(&collapsed).len();
            if collapsed.len() == marker {
                continue;
            }
            // A slice of the document, when it is one, is what the rules read: the folding
            // of the whole document covers it.
            let in_doc = match collapsed {
                Cow::Borrowed(s) => Some(&s[marker..]),
                Cow::Owned(_) => None,
            };
            out.passages.push(Passage {
                text: match collapsed {
                    Cow::Borrowed(s) => s[marker..].to_string(),
                    Cow::Owned(mut s) => {
                        s.drain(..marker);
                        s
                    }
                },
                page: page_at(b.start),
                span,
                heading: heading_texts.clone(),
            });
            // No whitespace to collapse in the block: none in its sentences either.
            let clean = in_doc.is_some();
            let passage_text: &str =
                in_doc.unwrap_or_else(|| out.passages.last().map_or("", |p| p.text.as_str()));
            // `t` is `item_text(text, span)`, which every caller has at hand.
            let decided_by = section_body.clone();
            let mut emit = |span: Span, t: Cow<'_, str>, mut c: Classified| {
                if t.is_empty() {
                    return;
                }
                match c.kind {
                    ItemKind::Decision if c.body.is_none() => c.body = decided_by.clone(),
                    ItemKind::Assignment if c.assigner.is_none() => c.assigner = decided_by.clone(),
                    _ => {}
                }
                // Years first, while `t` is still a slice whose folding is at hand.
                let mut years = classify::years_in(&t);
                let t = t.into_owned();
                years.extend(heading_years.iter().copied());
                years.sort_unstable();
                years.dedup();
                out.items.push(Item {
                    doc_id: doc.id.clone(),
                    file: doc.file.clone(),
                    municipality: doc.meta.municipality.clone(),
                    kind: c.kind,
                    text: t,
                    assignee: c.assignee,
                    assigner: c.assigner,
                    body: c.body,
                    status: c.status,
                    years,
                    page: page_at(span.start),
                    span,
                    heading: heading_texts.clone(),
                    rule: c.rule.to_string(),
                });
            };

            match b.kind {
                BlockKind::Heading { level } => {
                    // A table's header row ("Nr<TAB>Uppdrag<TAB>Ansvarig") above numbered
                    // rows looks like a heading; it does not end the section it stands in.
                    if table_row(&text[b.start..b.end]) == Some(true) {
                        table = table_kind(&text[b.start..b.end]);
                        continue;
                    }
                    table = None;
                    lead = Lead::None;
                    sub_lead = None;
                    conditions = None;
                    let ctx = Ctx {
                        budget,
                        year: doc.meta.year,
                        plan,
                        adopted,
                        ..Default::default()
                    };
                    // A title can itself report a decision ("Planen antagen i fullmäktige") or
                    // label a goal ("Mål 2: Fler jobb").
                    if passage_text.split_whitespace().nth(2).is_some()
                        && let Some(c) = classify::classify_with(passage_text, &ctx, &|r| {
                            r.kind == ItemKind::Decision || r.id == "goal.label"
                        })
                    {
                        emit(span, Cow::Borrowed(passage_text), c);
                    }
                    // The first block of a document, when a heading, is its title: it stays on
                    // the heading path of everything below. A letterhead above it ("Norrhamns
                    // kommun", "Kommunstyrelsen", "Dnr KS 2026/22") is not the title and not
                    // a heading of anything; a protocol's "§ 12" is a section, not a title.
                    if title_pending && structure::letterhead(&text[b.start..b.end]) {
                        continue;
                    }
                    let is_title = title_pending && !passage_text.starts_with('§');
                    title_pending = false;
                    let level = if is_title { 0 } else { level };
                    while path.last().is_some_and(|h| h.level >= level) {
                        path.pop();
                    }
                    // A sub-heading without a meaning of its own ("Dialog och service" under
                    // "3. Aktiviteter") stays in its parent's section of activities or
                    // assignments. (Not of goals: the chapters of a goals section hold prose
                    // about how the goals are reached.)
                    let own = sections::section_of_heading(&text[b.start..b.end]);
                    let inherited = path
                        .last()
                        .filter(|p| p.level < level && level > 0)
                        .and_then(|p| p.section)
                        .filter(|s| matches!(s, Section::Commitments | Section::Assignments));
                    let own_or_inherited = own.or(inherited);
                    path.push(Heading {
                        level,
                        years: classify::years_in(passage_text),
                        text: passage_text.to_string(),
                        section: own_or_inherited,
                    });
                    // A slogan standing alone as a line ("Åby – där företag vågar växa") is
                    // the document's vision.
                    if passage_text.contains("där")
                        && let Some(c) =
                            classify::classify_with(passage_text, &Ctx::default(), &|r| {
                                r.id == "goal.slogan"
                            })
                    {
                        emit(span, Cow::Borrowed(passage_text), c);
                    }
                    section = own_or_inherited;
                    section_body = if section == Some(Section::Decided) {
                        classify::heading_body(passage_text)
                    } else {
                        None
                    };
                    measure_first = sections::measure_heading(&text[b.start..b.end]);
                    vision_first = sections::vision_heading(&text[b.start..b.end]);
                    promise_section = section == Some(Section::Commitments) && {
                        let h = passage_text.to_lowercase();
                        ["lova", "lovar", "löfte", "garant"]
                            .iter()
                            .any(|w| h.contains(w))
                    };
                    if measure_first && activity_fields_below(text, &blocks, bi) {
                        // The measure's own line is the activity; the field lines below it
                        // ("Ansvar: …") name who and when.
                        measure_first = false;
                        emit(
                            span,
                            Cow::Borrowed(passage_text),
                            Classified::new(ItemKind::Commitment, "commitment.activity"),
                        );
                    }
                    section_assignee = classify::heading_assignee(&path_last_text(&path));
                    heading_texts = path.iter().map(|h| h.text.clone()).collect();
                    heading_years = path
                        .iter()
                        .flat_map(|h| h.years.clone())
                        .chain(title_years.iter().copied())
                        .collect();
                    heading_years.sort_unstable();
                    heading_years.dedup();
                    section_assigner = classify::heading_assigner(&path_last_text(&path));
                }
                BlockKind::Paragraph | BlockKind::Line => {
                    lead = Lead::None;
                    sub_lead = None;
                    conditions = None;
                    if title_pending && !structure::letterhead(&text[b.start..b.end]) {
                        title_pending = false;
                    }
                    if section == Some(Section::Skip) {
                        continue;
                    }
                    // An inline label ("Beslut: Rapporten godkänns.") opens a section for
                    // this paragraph only.
                    let para_section = inline_section(passage_text).or(section);
                    let ctx = Ctx {
                        section: para_section,
                        section_assignee: section_assignee.clone(),
                        section_assigner: section_assigner.clone(),
                        lead: Lead::None,
                        budget,
                        year: doc.meta.year,
                        plan,
                        adopted,
                    };
                    if section == Some(Section::Scheduled) && b.kind == BlockKind::Line {
                        if let Some(c) = classify::scheduled_entry(passage_text) {
                            emit(span, Cow::Borrowed(passage_text), c);
                        }
                        continue;
                    }
                    // A row of an activity, goal or assignment table ("Genomföra X<TAB>Ansvarig
                    // <TAB>2025") is one entry, like a list entry, of the kind its header row
                    // names ("Aktivitet<TAB>Ansvarig<TAB>Tidplan", "Indikator<TAB>Målvärde
                    // 2027") or else the heading above it ("Aktiviteter", "Mål", "Uppdrag");
                    // the header row itself is not an item. An assignment's assignee is the
                    // cell that names a body. In a follow-up table with a status column, an
                    // activity is a commitment only if its row names a time ahead ("Flyttas
                    // till hösten 2026"); the others report what was done.
                    let row = if b.kind == BlockKind::Line {
                        table_row(&text[b.start..b.end])
                    } else {
                        None
                    };
                    if row == Some(true) {
                        table = table_kind(&text[b.start..b.end]);
                        // "Ekonomiska ramar, tkr | Budget 2026 | Plan 2027": a table of another
                        // kind; its rows do not take the kind of the section it stands in.
                        other_table = table.is_none();
                        continue;
                    }
                    if row.is_none() {
                        table = None;
                        other_table = false;
                    }
                    let row_kind = table.map(|(s, _)| s).or(section.filter(|s| {
                        !other_table
                            && matches!(
                                s,
                                Section::Commitments | Section::Goals | Section::Assignments
                            )
                    }));
                    if row == Some(false)
                        && let Some(kind) = row_kind
                    {
                        let status_table = table.is_some_and(|(_, status)| status);
                        let ctx = Ctx {
                            section: Some(kind),
                            ..ctx
                        };
                        if let EntryResult::Item(mut c) = classify_entry(passage_text, &ctx)
                            && !(status_table
                                && c.kind == ItemKind::Commitment
                                && !classify::time_ahead(passage_text, doc.meta.year))
                        {
                            // The row's own "Ansvarig" cell names the assignee better than
                            // the heading above the table ("Uppdrag till nämnderna").
                            if c.kind == ItemKind::Assignment
                                && (c.assignee.is_none() || c.rule == "assignment.section")
                                && let Some(cell) = body_cell(&text[b.start..b.end])
                            {
                                c.assignee = Some(cell);
                            }
                            emit(span, Cow::Borrowed(passage_text), c);
                        }
                        continue;
                    }
                    if std::mem::take(&mut vision_first)
                        && passage_text.split_whitespace().count() <= 30
                        && !passage_text.ends_with(':')
                    {
                        // The rule that names the vision's form, if one does ("Ekby ska vara
                        // …": goal.ska_vara); else the heading makes it one.
                        let c = classify::classify(passage_text, &ctx)
                            .filter(|c| c.kind == ItemKind::Goal)
                            .unwrap_or_else(|| Classified::new(ItemKind::Goal, "goal.vision"));
                        emit(span, Cow::Borrowed(passage_text), c);
                        continue;
                    }
                    // The field lines of an activity name who and when; they state nothing
                    // themselves.
                    if structure::field_line(&text[b.start..b.end])
                        && bi.checked_sub(1).is_some_and(|p| {
                            let prev = &blocks[p];
                            sections::measure_heading(&text[prev.start..prev.end])
                                || structure::field_line(&text[prev.start..prev.end])
                        })
                    {
                        continue;
                    }
                    // "Aktivitet 3.1.1 Införa förhandsbesked …" over "Ansvar: …  När: …": the
                    // labelled line is the activity.
                    if sections::measure_heading(&text[b.start..b.end])
                        && activity_fields_below(text, &blocks, bi)
                    {
                        emit(
                            span,
                            Cow::Borrowed(passage_text),
                            Classified::new(ItemKind::Commitment, "commitment.activity"),
                        );
                        continue;
                    }
                    // A paragraph no rule can match is skipped, unless it may introduce a
                    // list (its lead-in context matters for the entries below).
                    let raw = text[b.start..b.end].trim_end();
                    let measure = std::mem::take(&mut measure_first) && !inline_label(passage_text);
                    if !classify::may_hold_item(raw) && !raw.ends_with(':') && !measure {
                        continue;
                    }
                    let sents = sentences::sentences(&text[b.start..b.end]);
                    let n = sents.len();
                    // The sentences' texts are slices of the passage text, folded once for all
                    // of them (a clean block's passage text is a slice of the document, whose
                    // folding covers it).
                    let _folded = (!clean).then(|| folding::FoldScope::new(passage_text));
                    let mut prev: Option<Classified> = None;
                    // Whether list entries follow this paragraph (its last sentence may lead
                    // them in).
                    let entries_follow = blocks
                        .get(bi + 1)
                        .is_some_and(|n| n.kind == BlockKind::Entry);
                    for (i, (s, e)) in sents.into_iter().enumerate() {
                        let sspan = Span {
                            start: b.start + s,
                            end: b.start + e,
                        };
                        let st = match sentence_in(passage_text, &shifts, marker, s, e) {
                            Some(st) => Cow::Borrowed(st),
                            None => item_str(text, sspan),
                        };
                        let last = i + 1 == n;
                        // The last sentence may introduce a list below it.
                        let to_assignee = last && classify::ends_with_assignee(&st);
                        let is_lead =
                            last && (st.ends_with(':') || ends_with_lead_verb(&st) || to_assignee);
                        // "… beslutade att uppdra åt förvaltningen att" running on into "– ta
                        // fram …": an assignment lead-in like one that ends in a colon.
                        let att_into_list =
                            is_lead && (st.ends_with(" att") || to_assignee) && entries_follow;
                        let mut c = if is_lead {
                            classify::classify_with(&st, &ctx, &|r| {
                                r.kind != ItemKind::Assignment
                                    || !(st.ends_with(':') || att_into_list)
                            })
                        } else {
                            classify::classify(&st, &ctx)
                        };
                        if c.is_none() && measure && i == 0 && !st.ends_with('?') {
                            c = Some(Classified::new(ItemKind::Commitment, "commitment.measure"));
                        }
                        if c.is_none() && promise_section && promise_point(&st) {
                            c = Some(Classified::new(
                                ItemKind::Commitment,
                                "commitment.promise_point",
                            ));
                        }
                        if c.is_none()
                            && continues_previous(&st)
                            && let Some(p) = &prev
                            && matches!(p.kind, ItemKind::Commitment | ItemKind::Goal)
                        {
                            let mut cc = Classified::new(p.kind, "commitment.continued");
                            if p.kind == ItemKind::Goal {
                                cc.rule = "goal.continued";
                            }
                            c = Some(cc);
                        }
                        // "Kommunfullmäktige lämnar följande uppdrag inom området:" names the
                        // giver of the assignments in the rest of the section.
                        if let Some(giver) = classify::lead_assigner(&st) {
                            section_assigner = Some(giver);
                        }
                        if last {
                            lead = if att_into_list {
                                classify::lead_of(&format!("{st}:"), &ctx, c.as_ref())
                            } else {
                                classify::lead_of(&st, &ctx, c.as_ref())
                            };
                            // "… har fastställt följande mål:" only introduces the list; its
                            // entries are the items.
                            if st.ends_with(':')
                                && st.to_lowercase().contains("följande")
                                && lead != Lead::None
                            {
                                c = None;
                            }
                            // "För att nå målen ska kommunen:" above a list: the promise is in
                            // the entries; the lead-in names only who makes it.
                            // So is "Inom projektet kommer kommunen att" running on into
                            // the entries below it.
                            let into_list = st.ends_with(':')
                                || !st.ends_with(['.', '!', '?']) && entries_follow;
                            if lead == Lead::Commit
                                && into_list
                                && (classify::bare_modal_lead(&st)
                                    || classify::bare_commit_lead(&st))
                            {
                                c = None;
                            }
                            // "Med stöd av delegationsordningen beslutar kommunstyrelsens
                            // ordförande" over "1. att …": the lead-in names who decides.
                            if let Lead::Decide {
                                body: Some(body), ..
                            } = &lead
                                && into_list
                                && st
                                    .trim_end_matches([':', ' '])
                                    .to_lowercase()
                                    .ends_with(&body.to_lowercase())
                            {
                                c = None;
                            }
                            // "Kommunen åtar sig att" above a list of infinitives: the promise
                            // is in the entries; the lead-in alone says nothing.
                            if lead == Lead::Commit
                                && !st.ends_with(':')
                                && st.trim_end().to_lowercase().ends_with(" att")
                                && c.as_ref().is_some_and(|c| c.kind == ItemKind::Commitment)
                            {
                                c = None;
                            }
                        }
                        // Under a goals heading, what a sentence says "ska" be is a goal
                        // (what it says someone "kommer att" do stays a commitment).
                        if ctx.section == Some(Section::Goals)
                            && let Some(cc) = c.as_mut()
                            && cc.rule == "commitment.ska"
                            && !st.to_lowercase().contains("kommer")
                        {
                            cc.kind = ItemKind::Goal;
                            cc.rule = "goal.section";
                        }
                        // Under an "Uppdrag" heading, "X ska utreda …" is an assignment to X.
                        if ctx.section == Some(Section::Assignments)
                            && let Some(cc) = c.as_mut()
                            && cc.rule == "commitment.ska"
                        {
                            cc.kind = ItemKind::Assignment;
                            cc.rule = "assignment.section";
                            cc.assignee = classify::leading_body(&st)
                                .or_else(|| ctx.section_assignee.clone());
                            cc.assigner = ctx.section_assigner.clone();
                            cc.status = Some(crate::model::Status::Decided);
                        }
                        if let Some(c) = c.clone() {
                            emit(sspan, st, c);
                        }
                        prev = c;
                    }
                }
                BlockKind::Entry => {
                    title_pending = false;
                    vision_first = false;
                    if section == Some(Section::Skip) {
                        continue;
                    }
                    let class = marker_class(&text[b.start..b.content]);
                    match conditions {
                        Some(c) if c != class => continue,
                        Some(_) => conditions = None,
                        None => {}
                    }
                    let mut entry_lead = lead.clone();
                    match &sub_lead {
                        Some((c, l)) if *c != class => entry_lead = l.clone(),
                        Some(_) => sub_lead = None,
                        None => {}
                    }
                    let ctx = Ctx {
                        section,
                        section_assignee: section_assignee.clone(),
                        section_assigner: section_assigner.clone(),
                        lead: entry_lead,
                        budget,
                        year: doc.meta.year,
                        plan,
                        adopted,
                    };
                    let t = passage_text;
                    // An entry that opens sub-entries of another marker class with an
                    // assignment ("… uppdrar åt kommunstyrelsen att" over "a) …", "att uppdra
                    // åt kommundirektören:" over "– att …"): like an "att"-list's lead-in, it
                    // only introduces; its sub-entries are the assignments, given by the body
                    // it or the decision above it names.
                    if sub_lead.is_none()
                        && (t.ends_with(':')
                            || t.ends_with(" att")
                            || classify::ends_with_assignee(t))
                        && blocks.get(bi + 1).is_some_and(|n| {
                            n.kind == BlockKind::Entry
                                && marker_class(&text[n.start..n.content]) != class
                        })
                        && let Lead::Assign {
                            assignee,
                            assigner,
                            status,
                        } =
                            classify::lead_of(&format!("{}:", t.trim_end_matches(':')), &ctx, None)
                    {
                        let status = status
                            .or(match &ctx.lead {
                                Lead::Decide { status, .. } => *status,
                                _ => None,
                            })
                            .or(match section {
                                Some(Section::Proposal) => Some(crate::model::Status::Proposed),
                                Some(Section::Decided) => Some(crate::model::Status::Decided),
                                _ => None,
                            });
                        let assigner =
                            assigner.or_else(|| classify::leading_body(t)).or_else(|| {
                                match &ctx.lead {
                                    Lead::Decide { body, .. } => body.clone(),
                                    _ => None,
                                }
                            });
                        sub_lead = Some((
                            class,
                            Lead::Assign {
                                assignee,
                                assigner,
                                status,
                            },
                        ));
                        continue;
                    }
                    // "1. att föreslå kommunfullmäktige att" over "a) …": the entry only
                    // introduces the proposals below it, which the body it names decides.
                    if sub_lead.is_none()
                        && (t.ends_with(':') || t.ends_with(" att") || t.ends_with("besluta"))
                        && classify::proposing(t)
                        && blocks.get(bi + 1).is_some_and(|n| {
                            n.kind == BlockKind::Entry
                                && marker_class(&text[n.start..n.content]) != class
                        })
                        && let Some(from) = t.find("föreslå").or_else(|| t.find("Föreslå"))
                        && let Lead::Decide { body, .. } = classify::lead_of(
                            &format!("{}:", t[from..].trim_end_matches(':')),
                            &ctx,
                            None,
                        )
                    {
                        sub_lead = Some((
                            class,
                            Lead::Decide {
                                body,
                                status: Some(crate::model::Status::Proposed),
                            },
                        ));
                        continue;
                    }
                    if sub_lead.is_none()
                        && t.ends_with(':')
                        && (matches!(ctx.lead, Lead::Decide { .. })
                            || matches!(section, Some(Section::Proposal | Section::Decided)))
                        && blocks.get(bi + 1).is_some_and(|n| {
                            n.kind == BlockKind::Entry
                                && marker_class(&text[n.start..n.content]) != class
                        })
                    {
                        conditions = Some(class);
                    }
                    let whole = classify_entry(t, &ctx);
                    match whole {
                        EntryResult::Item(mut c) => {
                            if c.kind == ItemKind::Assignment && c.assignee.is_none() {
                                c.assignee = body_cell(&text[b.start..b.end]);
                            }
                            emit(span, Cow::Borrowed(passage_text), c)
                        }
                        EntryResult::Nothing => {}
                        EntryResult::Sentences => {
                            if !classify::may_hold_item(t) {
                                continue;
                            }
                            let content = &text[b.content..b.end];
                            for (s, e) in sentences::sentences(content) {
                                let sspan = Span {
                                    start: b.content + s,
                                    end: b.content + e,
                                };
                                let st = sentence_str(text, sspan, clean);
                                if let Some(c) = classify::classify(&st, &ctx) {
                                    emit(sspan, st, c);
                                }
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// True for a sentence of a promise section that makes a promise: it starts with "Vi", "Du"
/// or "Ni" followed by a verb in the present ("Vi svarar inom ett dygn.", "Du får en
/// kontaktperson."), not the past ("Vi svarade …", "Vi har …").
fn promise_point(t: &str) -> bool {
    let mut words = t.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let verb = words.next().unwrap_or_default();
    matches!(first.as_str(), "vi" | "du" | "ni")
        && verb.ends_with('r')
        && !matches!(verb.as_str(), "har" | "var" | "är")
        && !t.ends_with('?')
}

/// The class of a list marker: `'1'` for a number ("2.", "3)"), `'a'` for a letter ("a)",
/// "b."), else the bullet itself ("•", "-").
fn marker_class(marker: &str) -> char {
    match marker.trim().chars().next() {
        Some(c) if c.is_ascii_digit() => '1',
        Some(c) if c.is_alphabetic() => 'a',
        Some(c) => c,
        None => ' ',
    }
}

/// True if `t` names who is responsible in parentheses: "(Ansvarig: näringslivschefen, Q1
/// 2027)", "(ansvar: KS)".
fn responsible_in_parentheses(t: &str) -> bool {
    t.match_indices('(').any(|(i, _)| {
        let rest = t[i + 1..].trim_start();
        ["ansvarig:", "ansvar:", "ansvariga:"]
            .iter()
            .any(|p| rest.get(..p.len()).is_some_and(|h| h.to_lowercase() == *p))
    })
}

/// True if the block after block `bi` is a field line of a measure ("Ansvar: Miljöenheten
/// När: 2027"): the labelled line above it is the measure itself.
fn activity_fields_below(text: &str, blocks: &[structure::Block], bi: usize) -> bool {
    blocks
        .get(bi + 1)
        .is_some_and(|n| structure::field_line(&text[n.start..n.end]))
}

/// True for a field line of a form or a measure block: a label of at most three words and a
/// colon ("Ansvarig: Tekniska nämnden", "Tidsplan: 2026–2028").
fn inline_label(p: &str) -> bool {
    p.split_once(':').is_some_and(|(label, _)| {
        let n = label.split_whitespace().count();
        (1..=3).contains(&n) && !label.contains(['.', ','])
    })
}

/// The section of a paragraph that starts with a section label and a colon ("Förslag till
/// beslut: …").
fn inline_section(p: &str) -> Option<Section> {
    let (label, rest) = p.split_once(':')?;
    if label.split_whitespace().count() > 5 || rest.trim().is_empty() {
        return None;
    }
    sections::section_of_heading(label).filter(|s| *s != Section::Skip)
}

/// If `line` is a table row, its cells separated by tabs or runs of three or more spaces:
/// `Some(true)` for a header row, `Some(false)` for a data row. `None` for a line with fewer
/// than two cells.
///
/// A header row has short cells (at most two words, or three with a year) and no numbers, or
/// only years when one of its cells is a usual column name: "Aktivitet | Ansvarig | Tidplan",
/// "Indikator | Utfall 2024 | Målvärde 2027". A row with a year but no column name
/// ("Näringsliv | Kommunstyrelsen | 2026") is data.
fn table_row(line: &str) -> Option<bool> {
    let cells = table_cells(line);
    if cells.len() < 2 {
        return None;
    }
    let short = |c: &&str| c.split_whitespace().count() <= 2;
    if !line.chars().any(|c| c.is_ascii_digit()) {
        return Some(cells.iter().all(short));
    }
    let years_only = line
        .split(|c: char| !c.is_ascii_digit())
        .all(|n| n.is_empty() || (n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))));
    let named = cells.iter().any(|c| {
        let first = c
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        COLUMN_NAMES.contains(&first.trim_end_matches(':'))
    });
    Some(
        years_only
            && named
            && cells
                .iter()
                .all(|c| c.split_whitespace().count() <= 3 && !c.ends_with('.')),
    )
}

/// The first words of usual column names in the tables of plans, budgets and follow-ups.
const COLUMN_NAMES: &[&str] = &[
    "indikator",
    "indikatorer",
    "nyckeltal",
    "mått",
    "mätetal",
    "utfall",
    "mål",
    "målvärde",
    "målnivå",
    "målet",
    "startvärde",
    "utgångsvärde",
    "referensvärde",
    "basår",
    "prognos",
    "budget",
    "aktivitet",
    "aktiviteter",
    "åtgärd",
    "åtgärder",
    "ansvarig",
    "ansvar",
    "tidplan",
    "tidsplan",
    "klart",
    "status",
    "kommentar",
    "uppdrag",
    "beskrivning",
    "kostnad",
    "finansiering",
    "period",
    "källa",
    "år",
    "nr",
];

/// The kind of rows a table's header row names, and whether it has a status column:
/// "Uppdrag" for assignments, "Aktivitet", "Åtgärd" or "Insats" for commitments, a target
/// column ("Mål 2026", "Målvärde 2027", "Målnivå") for goals. `None` for other tables
/// ("Verksamhet | Budget 2026 | Budget 2027").
fn table_kind(header: &str) -> Option<(Section, bool)> {
    let cells: Vec<String> = table_cells(header)
        .iter()
        .map(|c| c.to_lowercase())
        .collect();
    let starts = |ps: &[&str]| {
        cells.iter().any(|c| {
            let w = c.split_whitespace().next().unwrap_or_default();
            ps.contains(&w.trim_end_matches(':'))
        })
    };
    let status = starts(&["status", "läge", "lägesbeskrivning"]);
    // "Tillstånd | Vår garanti | Lagstadgad tid": each row is a service promise.
    let promise = cells
        .iter()
        .any(|c| c.contains("garanti") || c.contains("löfte") || c == "vi lovar");
    // "Insatsområde | Ansvarig | Tidplan": who does what by when, whatever the first column
    // is called.
    let planned = starts(&["ansvarig", "ansvar"])
        && starts(&["tidplan", "tidsplan", "klart", "när", "tidpunkt"]);
    let kind = if starts(&["uppdrag", "uppdraget", "budgetuppdrag"]) {
        Section::Assignments
    } else if starts(&["delegat", "delegationsbeslut"]) && starts(&["beslut", "ärende"]) {
        // "Delegat | Ärende | Beslut | Datum": a report of delegated decisions.
        Section::Decided
    } else if promise
        || planned
        || starts(&[
            "aktivitet",
            "aktiviteter",
            "åtgärd",
            "åtgärder",
            "insats",
            "insatser",
        ])
    {
        Section::Commitments
    } else if starts(&["mål", "målvärde", "målnivå", "målsättning", "målet"]) {
        Section::Goals
    } else {
        return None;
    };
    Some((kind, status))
}

/// The cells of a table row: separated by tabs or runs of three or more spaces.
fn table_cells(line: &str) -> Vec<&str> {
    line.split('\t')
        .flat_map(|c| c.split("   "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// In a table row, the cell that names a body ("Ansvarig: Tekniska nämnden").
fn body_cell(line: &str) -> Option<String> {
    let cells = table_cells(line);
    if cells.len() < 2 {
        return None;
    }
    cells.into_iter().skip(1).find_map(classify::leading_body)
}

fn path_last_text(path: &[Heading]) -> String {
    path.last().map(|h| h.text.clone()).unwrap_or_default()
}

/// True if `title` stands, whitespace and case aside, in the first 1 000 bytes of `text`.
fn title_near_top(text: &str, title: &str) -> bool {
    let end = crate::ingest::metadata::top_bytes(text, 1000);
    let title = crate::model::collapse_whitespace(title).to_lowercase();
    !title.is_empty()
        && crate::model::collapse_whitespace(&text[..end])
            .to_lowercase()
            .contains(&title)
}

/// The short lines right below the title's last line near the top of `text`, up to the first
/// blank line (two at most): a subtitle such as "Uppföljning av år två (2025)" or "Plan för
/// 2027–2029". A line that ends a sentence is text, not a subtitle.
fn subtitle_lines<'t>(text: &'t str, title: &str) -> impl Iterator<Item = &'t str> {
    let end = crate::ingest::metadata::top_bytes(text, 1000);
    let title = crate::model::collapse_whitespace(title).to_lowercase();
    let lines: Vec<&str> = text[..end].lines().collect();
    // The lines the title spans: each a part of it.
    let in_title = |l: &str| {
        let l = crate::model::collapse_whitespace(l).to_lowercase();
        !l.is_empty() && title.contains(&l)
    };
    let first = lines.iter().position(|l| {
        let l = crate::model::collapse_whitespace(l).to_lowercase();
        !l.is_empty() && title.starts_with(&l)
    });
    let mut i = first.map_or(lines.len(), |f| f + 1);
    while i < lines.len() && in_title(lines[i]) {
        i += 1;
    }
    lines
        .into_iter()
        .skip(i)
        .take_while(|l| !l.trim().is_empty())
        .take(2)
        .filter(|l| {
            let l = l.trim();
            l.split_whitespace().count() <= 10 && !l.ends_with(['.', '!', '?', ':'])
        })
}

/// "… föreslår kommunstyrelsen besluta" introduces numbered points without a colon.
pub(crate) fn ends_with_lead_verb(t: &str) -> bool {
    // Lower-casing is per character: the last 9 characters, lower-cased, end with any of these
    // suffixes (9 characters at most) that the whole lower-cased text ends with.
    let t = t.trim_end_matches([' ', '.']);
    let tail = t.char_indices().rev().nth(8).map_or(0, |(i, _)| i);
    let l = t[tail..].to_lowercase();
    l.ends_with(" besluta") || l.ends_with(" beslutar") || l.ends_with(" att")
}

enum EntryResult {
    Item(Classified),
    Nothing,
    Sentences,
}

/// A list entry under a lead-in or in a section with meaning is one item whose kind the
/// context decides; other entries are read sentence by sentence like a paragraph.
fn classify_entry(t: &str, ctx: &Ctx) -> EntryResult {
    // A quote set off by a dash ("– Vi kommer att rösta nej, säger gruppledaren.") is no
    // point of the list or section around it: its sentences stand alone.
    if classify::quoted(t) {
        return EntryResult::Sentences;
    }
    let own = classify::classify(t, ctx);
    // "Införa en gemensam företagslots (Ansvarig: samhällsbyggnadschefen, klart Q2 2027)": an
    // activity of a plan, whatever its grammar.
    if own.is_none() && responsible_in_parentheses(t) {
        return EntryResult::Item(Classified::new(ItemKind::Commitment, "commitment.activity"));
    }
    let keep = |c: &Classified, kinds: &[ItemKind]| kinds.contains(&c.kind);
    match (&ctx.lead, ctx.section) {
        (Lead::Assign { .. }, _) => {
            let mut c = match own {
                Some(c) if c.kind == ItemKind::Assignment => c,
                _ => Classified::new(ItemKind::Assignment, "assignment.att_list"),
            };
            if let Lead::Assign {
                assignee,
                assigner,
                status,
            } = &ctx.lead
            {
                c.assignee = c.assignee.or_else(|| assignee.clone());
                c.assigner = c.assigner.or_else(|| assigner.clone());
                c.status = status.or(c.status);
            }
            EntryResult::Item(c)
        }
        (Lead::Decide { body, status }, _) => match own {
            Some(c) if c.kind == ItemKind::Assignment => {
                let mut c = c;
                c.status = status.or(c.status);
                c.assigner = c.assigner.or_else(|| body.clone());
                EntryResult::Item(c)
            }
            Some(mut c) if c.kind == ItemKind::Decision => {
                // "att upphäva riktlinjerna antagna 2019": the point is the lead-in's decision.
                c.body = c.body.or_else(|| body.clone());
                c.status = c.status.or(*status);
                EntryResult::Item(c)
            }
            _ => {
                let mut c = Classified::new(ItemKind::Decision, "decision.list_point");
                // "Kommunstyrelsen får rätt att …" under "Kommunfullmäktige föreslås
                // besluta": the body at the start decides only if a deciding verb follows.
                c.body = classify::deciding_body(t)
                    .or_else(|| body.clone())
                    .or_else(|| classify::leading_body(t));
                c.status = *status;
                EntryResult::Item(c)
            }
        },
        (_, Some(Section::Scheduled)) => match classify::scheduled_entry(t) {
            Some(c) => EntryResult::Item(c),
            None => EntryResult::Nothing,
        },
        (_, Some(Section::Proposal | Section::Decided)) => match own {
            Some(c) if keep(&c, &[ItemKind::Assignment, ItemKind::Decision]) => {
                EntryResult::Item(c)
            }
            _ => {
                let mut c = Classified::new(ItemKind::Decision, "decision.list_point");
                c.body = classify::leading_body(t);
                c.status = if ctx.section == Some(Section::Proposal) {
                    Some(crate::model::Status::Proposed)
                } else {
                    Some(crate::model::Status::Decided)
                };
                EntryResult::Item(c)
            }
        },
        (Lead::Goal, _) | (Lead::None, Some(Section::Goals)) => match own {
            Some(c) if keep(&c, &[ItemKind::Assignment, ItemKind::Decision]) => {
                EntryResult::Item(c)
            }
            _ => EntryResult::Item(Classified::new(ItemKind::Goal, "goal.list")),
        },
        (Lead::Commit, _) | (Lead::None, Some(Section::Commitments)) => match own {
            Some(c) => EntryResult::Item(c),
            None => EntryResult::Item(Classified::new(ItemKind::Commitment, "commitment.list")),
        },
        (Lead::None, Some(Section::Assignments)) => match own {
            Some(c) if keep(&c, &[ItemKind::Assignment, ItemKind::Decision]) => {
                EntryResult::Item(c)
            }
            _ => {
                let mut c = Classified::new(ItemKind::Assignment, "assignment.section");
                c.status = Some(crate::model::Status::Decided);
                c.assignee = classify::leading_body(t).or_else(|| ctx.section_assignee.clone());
                c.assigner = ctx.section_assigner.clone();
                EntryResult::Item(c)
            }
        },
        (Lead::Past, _) => match own {
            Some(c) => EntryResult::Item(c),
            None => EntryResult::Nothing,
        },
        _ => EntryResult::Sentences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    /// The items of a text segmented as a plain-text document: (kind, rule, text, assignee,
    /// assigner, status).
    fn items_of(text: &str) -> Vec<Item> {
        let doc = crate::ingest::load_bytes(
            std::path::Path::new("test.txt"),
            text.as_bytes(),
            crate::model::SourceFormat::Text,
            None,
        )
        .expect("text loads");
        Segmenter::new().segment(&doc).items
    }

    #[test]
    fn a_letter_that_grows_when_lower_cased_does_not_shift_the_proposing_verb() {
        // "İ" lower-cases to three bytes: an index into a lower-cased copy is no index into
        // the original (this panicked inside "ö").
        let items = items_of(
            "Beslut\n\
             Kommunstyrelsen beslutar\n\
             1. İİ att föreslå kommunfullmäktige att\n\
             a) anta planen,\n\
             b) upphäva den gamla.\n",
        );
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(
            items
                .iter()
                .all(|i| i.body.as_deref() == Some("kommunfullmäktige"))
        );
    }

    #[test]
    fn lead_ins_that_run_on_into_their_list_without_a_colon() {
        let items = items_of(
            "Projektplan\n\n\
             Under projekttiden kommer kommunen att\n\
             * bygga en ny gästhamn vid Norrudden,\n\
             * anställa en hamnvärd för sommarsäsongen.\n\n\
             Uppföljning\n\n\
             Socialnämnden beslutade 2026-01-20 att uppdra åt förvaltningen att\n\
             – kartlägga behovet av feriejobb,\n\
             – återrapportera till nämnden i maj 2026.\n",
        );
        let got: Vec<(&str, ItemKind)> = items.iter().map(|i| (i.text.as_str(), i.kind)).collect();
        // The modal lead-in promises nothing by itself; its entries are the commitments.
        assert!(
            !got.iter().any(|(t, _)| t.starts_with("Under projekttiden")),
            "{got:?}"
        );
        assert!(got.contains(&("bygga en ny gästhamn vid Norrudden,", ItemKind::Commitment)));
        // The decision that gives the tasks is a decision; each dash entry an assignment to
        // the unit the lead-in names.
        let lead = items
            .iter()
            .find(|i| i.text.starts_with("Socialnämnden"))
            .expect("lead");
        assert_eq!(lead.kind, ItemKind::Decision);
        let task = items
            .iter()
            .find(|i| i.text.starts_with("kartlägga"))
            .expect("entry");
        assert_eq!(task.kind, ItemKind::Assignment);
        assert_eq!(task.assignee.as_deref(), Some("förvaltningen"));
    }

    #[test]
    fn an_inverted_decision_lead_in_names_the_body_of_its_points() {
        let items = items_of(
            "Ordförandebeslut\n\n\
             Beslut\n\
             Med stöd av delegationsordningen beslutar kommunstyrelsens ordförande\n\
             1. att kommunen ansöker om medel ur landsbygdsfonden,\n\
             2. att kommunen medfinansierar projektet med 200 000 kronor.\n",
        );
        assert_eq!(items.len(), 2, "{items:?}");
        for i in &items {
            assert_eq!(i.kind, ItemKind::Decision);
            assert_eq!(i.body.as_deref(), Some("kommunstyrelsens ordförande"));
        }
    }

    #[test]
    fn a_slogan_line_is_a_goal_and_a_budget_table_under_assignments_holds_none() {
        let items = items_of(
            "Näringslivsstrategi\n\n\
             Åby – platsen där företag vågar växa\n\n\
             Uppdrag 2026\n\
             - Kommunstyrelsen får i uppdrag att ta fram en lokalförsörjningsplan.\n\n\
             Ramar, tkr\tBudget 2026\tPlan 2027\n\
             Kommunstyrelsen\t14 300\t14 600\n\
             Tekniska nämnden\t52 100\t53 000\n",
        );
        let got: Vec<(&str, ItemKind)> = items.iter().map(|i| (i.text.as_str(), i.kind)).collect();
        assert!(
            got.contains(&("Åby – platsen där företag vågar växa", ItemKind::Goal)),
            "{got:?}"
        );
        assert_eq!(
            got.iter()
                .filter(|(_, k)| *k == ItemKind::Assignment)
                .count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn a_decision_ending_in_its_assignee_runs_on_into_the_tasks_below() {
        let items = items_of(
            "Protokoll\n\n\
             Nämnden beslutar därutöver att uppdra åt förvaltningen\n\
             - att kartlägga behovet av praktikplatser,\n\
             - att återrapportera till nämnden i maj.\n\n\
             Det här gör kommunen\n\n\
             Krispaketet beslutades i går och innehåller bland annat:\n\n\
             * Ett omställningskontor i biblioteket.\n\
             * Korta utbildningar inom svets.\n\n\
             Uppföljning\n\n\
             Insatsområde\tAnsvarig\tTidplan\n\
             Företagslots\tKommunstyrelsen\t2027\n",
        );
        let got: Vec<(&str, ItemKind)> = items.iter().map(|i| (i.text.as_str(), i.kind)).collect();
        let task = items
            .iter()
            .find(|i| i.text.starts_with("att kartlägga"))
            .expect("a task");
        assert_eq!(task.kind, ItemKind::Assignment, "{got:?}");
        assert_eq!(task.assignee.as_deref(), Some("förvaltningen"));
        assert!(
            got.contains(&(
                "Ett omställningskontor i biblioteket.",
                ItemKind::Commitment
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(t, k)| t.starts_with("Företagslots") && *k == ItemKind::Commitment),
            "{got:?}"
        );
    }

    #[test]
    fn sentences_under_a_promise_heading_are_promises() {
        let items = items_of(
            "Servicedeklaration\n\n\
             Det här lovar vi dig\n\n\
             Vi ringer tillbaka inom en arbetsdag.\n\
             Du får ett skriftligt besked om handläggningstiden.\n\
             Vi har arbetat med service sedan 2019.\n",
        );
        let got: Vec<(&str, ItemKind)> = items.iter().map(|i| (i.text.as_str(), i.kind)).collect();
        assert!(
            got.contains(&(
                "Vi ringer tillbaka inom en arbetsdag.",
                ItemKind::Commitment
            )),
            "{got:?}"
        );
        assert!(got.iter().any(|(t, _)| t.starts_with("Du får")), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.starts_with("Vi har")), "{got:?}");
        assert!(promise_point("Vi svarar inom ett dygn."));
        assert!(!promise_point("Vi svarade inom ett dygn."));
        assert!(!promise_point("Kommunen svarar inom ett dygn."));
    }

    #[test]
    fn a_promise_table_and_a_target_table_in_an_appendix() {
        let items = items_of(
            "Företagsservice\n\n\
             Tillstånd\tVår garanti\tLagstadgad tid\n\
             Bygglov\tBeslut inom 4 veckor\t10 veckor\n\n\
             Bilaga: Nyckeltal\n\
             Indikator\tUtfall 2025\tMål 2029\n\
             Antal nya företag\t88\t120\n",
        );
        let got: Vec<(&str, ItemKind)> = items.iter().map(|i| (i.text.as_str(), i.kind)).collect();
        assert!(
            got.iter()
                .any(|(t, k)| t.starts_with("Bygglov") && *k == ItemKind::Commitment),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(t, k)| t.starts_with("Antal nya företag") && *k == ItemKind::Goal),
            "{got:?}"
        );
    }

    #[test]
    fn a_point_that_proposes_to_the_council_passes_its_body_and_status_to_its_sub_points() {
        let items = items_of(
            "Protokoll\n\n\
             Beslut\n\
             Tekniska nämnden beslutar\n\
             1. att föreslå kommunfullmäktige att\n\
             a) godkänna avtalet om ny avfallsanläggning,\n\
             b) avsätta fem miljoner kronor för anläggningen.\n\
             2. att själv godkänna tidplanen för arbetet.\n",
        );
        let got: Vec<(&str, ItemKind, Option<&str>, Option<Status>)> = items
            .iter()
            .map(|i| (i.text.as_str(), i.kind, i.body.as_deref(), i.status))
            .collect();
        // The lead-in point only introduces; its sub-points are proposals that the council
        // decides. The next point is the board's own decision again.
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1, ItemKind::Decision);
        assert!(got[0].0.starts_with("godkänna avtalet"), "{got:?}");
        assert_eq!(got[0].2, Some("kommunfullmäktige"));
        assert_eq!(got[0].3, Some(Status::Proposed));
        assert_eq!(got[1].3, Some(Status::Proposed));
        assert!(got[2].0.contains("tidplanen"), "{got:?}");
        assert_eq!(got[2].3, Some(Status::Decided));
    }

    #[test]
    fn the_contents_of_a_plan_are_commitments_but_quotes_below_them_are_not_points() {
        let items = items_of(
            "Nytt lyft för centrum\n\n\
             Det här innehåller planen\n\
             * Ett hyresbidrag för nya butiker i tomma lokaler.\n\
             * En ombyggnad av torget till sommaren.\n\n\
             – Bidragen snedvrider konkurrensen. Vi kommer att rösta nej, säger gruppledaren.\n",
        );
        let texts: Vec<(&str, ItemKind)> =
            items.iter().map(|i| (i.text.as_str(), i.kind)).collect();
        assert_eq!(
            texts[..2],
            [
                (
                    "Ett hyresbidrag för nya butiker i tomma lokaler.",
                    ItemKind::Commitment
                ),
                (
                    "En ombyggnad av torget till sommaren.",
                    ItemKind::Commitment
                ),
            ]
        );
        assert!(
            !texts.iter().any(|(t, _)| t.contains("snedvrider")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_labelled_activity_over_its_field_lines_is_a_commitment() {
        let items = items_of(
            "Handlingsplan 2027\n\n3.1 Service\n\
             Aktivitet 3.1.1 Införa förhandsbesked om tidsåtgång i varje ärende om bygglov och \
             marklov för företag\n\
             Ansvar: Samhällsbyggnadsförvaltningen    När: Från 2027-04-01\n\
             Aktivitet 3.1.2 Servicegarantier tas fram\n\
             Ansvar: Miljöenheten    När: 2027\n",
        );
        let got: Vec<(&str, &str)> = items
            .iter()
            .map(|i| (i.text.as_str(), i.rule.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Aktivitet 3.1.1 Införa förhandsbesked om tidsåtgång i varje ärende om \
                     bygglov och marklov för företag",
                    "commitment.activity"
                ),
                (
                    "Aktivitet 3.1.2 Servicegarantier tas fram",
                    "commitment.activity"
                ),
            ]
        );
        // A measure heading over prose: the prose states the measure (as before).
        let items = items_of(
            "Plan 2027\n\nÅtgärd 2 Solceller\n\nKommunen installerar solceller på skolorna.\n",
        );
        assert!(
            items.iter().all(|i| i.rule != "commitment.activity"),
            "{items:?}"
        );
    }

    #[test]
    fn an_entry_with_its_responsible_in_parentheses_is_an_activity() {
        let items = items_of(
            "Handlingsplan 2027\n\nInsatser för service\n\
             - Införa en företagslots (Ansvarig: samhällsbyggnadschefen, klart Q2 2027)\n\
             - Frukostmöten fyra gånger per termin (ansvar: näringslivsenheten)\n\
             - Bakgrunden finns i programmet från 2024.\n",
        );
        let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(items.len(), 2, "{texts:?}");
        assert!(items.iter().all(|i| i.kind == ItemKind::Commitment));
        assert!(!responsible_in_parentheses(
            "Kommunen (som ansvarar) bygger."
        ));
    }

    #[test]
    fn the_line_below_a_vision_heading_is_a_goal() {
        let items = items_of(
            "Näringslivsprogram\n\nVision 2035\nNorrby – platsen där företag vågar växa.\n\n\
             Bakgrund\nKommunen har 9 000 invånare.\n",
        );
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!(items[0].kind, ItemKind::Goal);
        assert_eq!(items[0].text, "Norrby – platsen där företag vågar växa.");
        // Only the first paragraph, and not a long text about the vision.
        let items = items_of(
            "Program\n\nVisionen\nHär beskriver vi hur visionen togs fram i dialog med \
             företagen under två år av möten, enkäter och workshoppar i alla delar av kommunen \
             och med alla som ville vara med.\n",
        );
        assert!(items.is_empty(), "{items:?}");
    }

    #[test]
    fn the_conditions_of_a_decision_point_are_part_of_it() {
        let items = items_of(
            "Förslag till beslut\n\
             Kommunstyrelsen föreslår kommunfullmäktige besluta\n\
             1. Kommunfullmäktige godkänner försäljningen av tomten, med följande villkor:\n\
             a) köpeskillingen uppgår till 350 kronor per kvadratmeter,\n\
             b) tillträde sker senast 2027-09-01.\n\
             2. Kommunstyrelsen får i uppdrag att följa upp försäljningen.\n",
        );
        let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Kommunfullmäktige godkänner"));
        assert_eq!(items[1].kind, ItemKind::Assignment);
    }

    #[test]
    fn a_numbered_point_that_assigns_passes_its_assignee_to_lettered_sub_points() {
        let items = items_of(
            "Förslag till beslut\n\
             Kommunstyrelsen föreslår kommunfullmäktige besluta\n\
             1. Taxan för bygglov höjs med två procent.\n\
             2. Kommunfullmäktige uppdrar åt tekniska nämnden att\n   \
             a) bygga om torget,\n   \
             b) återkomma med en kostnadsberäkning senast i juni.\n\
             3. Riktlinjerna för markanvisning upphävs.\n",
        );
        let got: Vec<(ItemKind, &str, Option<&str>, Option<&str>)> = items
            .iter()
            .map(|i| {
                (
                    i.kind,
                    i.text.as_str(),
                    i.assignee.as_deref(),
                    i.assigner.as_deref(),
                )
            })
            .collect();
        // The point that gives the task only introduces its lettered sub-points (as the
        // guideline has it for a lead-in), which are the assignments.
        assert_eq!(
            got[1],
            (
                ItemKind::Assignment,
                "bygga om torget,",
                Some("tekniska nämnden"),
                Some("Kommunfullmäktige")
            ),
            "{got:?}"
        );
        assert_eq!(got[2].0, ItemKind::Assignment, "{got:?}");
        // A point of the numbered list again: a decision, no longer the assignment's.
        assert_eq!(got[3].0, ItemKind::Decision, "{got:?}");
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            items[1..3]
                .iter()
                .all(|i| i.status == Some(crate::model::Status::Proposed))
        );
        // A numbered point ending in "att" without sub-points stays what it is.
        let items = items_of(
            "Förslag till beslut\n\
             Kommunstyrelsen föreslår kommunfullmäktige besluta\n\
             1. Kommunfullmäktige uppdrar åt tekniska nämnden att\n\
             2. Taxan höjs.\n",
        );
        assert_eq!(items[0].kind, ItemKind::Assignment, "{items:?}");
    }

    #[test]
    fn words_broken_at_a_line_end_are_rejoined() {
        let whole = |text: &str| {
            item_text(
                text,
                Span {
                    start: 0,
                    end: text.len(),
                },
            )
        };
        assert_eq!(
            whole(
                "Kommun-\nfullmäktige beslutar en-\n ligt IT-\navdelningens förslag om barn-\noch utbildning."
            ),
            "Kommunfullmäktige beslutar enligt IT-avdelningens förslag om barn- och utbildning."
        );
        // A hyphen before a space, or a dash on its own, is no broken word.
        assert_eq!(
            whole("Mål 2026 -\nFler jobb, barn- och ungdomar"),
            "Mål 2026 - Fler jobb, barn- och ungdomar"
        );
    }

    #[test]
    fn a_table_header_names_the_kind_of_its_rows() {
        assert_eq!(
            table_kind("Aktivitet\tAnsvarig\tTidplan"),
            Some((Section::Commitments, false))
        );
        assert_eq!(
            table_kind("Nr\tUppdrag\tAnsvarig\tStatus"),
            Some((Section::Assignments, true))
        );
        assert_eq!(
            table_kind("Indikator\tUtfall 2025\tMålvärde 2027"),
            Some((Section::Goals, false))
        );
        assert_eq!(
            table_kind("Nr\tAktivitet\tStatus\tKommentar"),
            Some((Section::Commitments, true))
        );
        // Budget tables and outcome tables name no kind of item.
        assert_eq!(table_kind("Verksamhet\tBudget 2026\tBudget 2027"), None);
        assert_eq!(table_kind("Indikator\tUtfall 2024\tUtfall 2025"), None);
    }

    #[test]
    fn a_subtitle_below_the_title_counts_with_it() {
        let text = "Norrby kommun\n\nUppföljning av strategin\nÅr två (2025)\n\nText 2019.\n";
        let sub: Vec<&str> = subtitle_lines(text, "Uppföljning av strategin").collect();
        assert_eq!(sub, ["År två (2025)"]);
        // A sentence below the title is text; nothing below it before a blank line: none.
        let text = "Plan för näringslivet\nPlanen gäller från 2026.\n";
        assert_eq!(subtitle_lines(text, "Plan för näringslivet").count(), 0);
        let text = "Plan för\nnäringslivet\n\nÅr 2026\n";
        assert_eq!(subtitle_lines(text, "Plan för näringslivet").count(), 0);
        assert_eq!(subtitle_lines(text, "Ingen sådan titel").count(), 0);
    }

    #[test]
    fn the_title_counts_only_near_the_top() {
        let text = "Kallby kommun\nMål och budget 2027 med plan för 2028–2029\nAntagen av kommunfullmäktige";
        assert!(title_near_top(
            text,
            "Mål och budget 2027 med plan  för 2028–2029"
        ));
        assert!(!title_near_top(
            text,
            "En stad för arbete (budget 2015, kapitel 2)"
        ));
        assert!(!title_near_top(text, ""));
    }

    #[test]
    fn table_rows_and_their_header() {
        assert_eq!(table_row("Aktivitet\tAnsvarig\tTidplan"), Some(true));
        assert_eq!(table_row("Åtgärd     Ansvar     Klart"), Some(true));
        assert_eq!(
            table_row("Ta fram en lägesbild\tKommunledningskontoret\tVåren 2026"),
            Some(false)
        );
        assert_eq!(
            table_row("Ökad trygghet   Andel trygga   80 %"),
            Some(false)
        );
        // Years in a header, next to a column name; not in a data row without one.
        assert_eq!(
            table_row("Indikator\tUtfall 2024\tMålvärde 2027"),
            Some(true)
        );
        assert_eq!(table_row("Nyckeltal   Mål 2026   Mål 2028"), Some(true));
        assert_eq!(table_row("Andel nöjda företagare\t68\t72"), Some(false));
        assert_eq!(table_row("Näringsliv\tKommunstyrelsen\t2026"), Some(false));
        assert_eq!(
            table_row("Mål 2026\tFler företag ska starta i kommunen."),
            Some(false)
        );
        // Running text and single cells are not tables.
        assert_eq!(table_row("Kommunen ska ta fram en plan."), None);
        assert_eq!(table_row("Aktivitet:  Ta fram en plan"), None);
        assert_eq!(
            table_cells("1\tUtreda lokaliseringen\tKommunstyrelsen\tDecember 2026"),
            [
                "1",
                "Utreda lokaliseringen",
                "Kommunstyrelsen",
                "December 2026"
            ]
        );
        assert_eq!(
            body_cell("1\tUtreda lokaliseringen\tKommunstyrelsen\tDecember 2026").as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(
            body_cell("Kommunstyrelsen ska utreda lokaliseringen."),
            None
        );
    }
}
