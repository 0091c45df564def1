//! Search: a query string and filters in, BM25-ranked [`Hit`]s (documents, passages and items)
//! with highlighted snippets and optional facet counts out.
//!
//! Query syntax (all words must match unless joined by `OR`):
//!
//! | syntax | meaning |
//! | --- | --- |
//! | `upphandling` | the word, any inflection, also as part of a compound ("upphandlingspolicy") |
//! | `"ges i uppdrag att"` | these words in this order and form |
//! | `testbädd OR testbäddar` | either |
//! | `-skola` | not this word (also `-"…"`) |
//! | `upphandl*` | a word starting with `upphandl` |
//!
//! The parser is written here instead of using tantivy's `QueryParser` because each kind of
//! term goes to a different field (words to the stemmed field with compound parts, phrases and
//! prefixes to the exact field), and because a malformed query must get a message a user can act
//! on.

use crate::error::{Error, Result};
use crate::index::analyzer::{self, tokens};
use crate::index::{DocEntry, Index, PassageRecord, schema};
use crate::model::{Filter, ItemKind, ItemRecord, Span};
use std::collections::{BTreeMap, HashSet};
use std::ops::Bound;
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery, RegexQuery,
    TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, Term};

/// A search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query string (see the module docs for the syntax).
    pub query: String,
    /// Filters. A non-empty `kinds` or a `status` restricts the search to items.
    pub filter: Filter,
    /// Maximum number of hits (0 means 10).
    pub limit: usize,
    /// Also count matches per municipality, kind and year.
    pub facets: bool,
}

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A document, matched on its title.
    Document,
    /// A passage (paragraph, list entry, heading) that is not an item.
    Passage,
    /// An item of this kind.
    Item(ItemKind),
}

impl Unit {
    /// `document`, `passage` or the item kind.
    pub fn label(self) -> &'static str {
        match self {
            Unit::Document => "document",
            Unit::Passage => "passage",
            Unit::Item(k) => k.as_str(),
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Id for `styrdok show`.
    pub id: String,
    /// Document, passage or item.
    pub unit: Unit,
    /// BM25 score.
    pub score: f32,
    /// Document id.
    pub doc_id: String,
    /// File name.
    pub file: String,
    /// Municipality.
    pub municipality: Option<String>,
    /// Document type.
    pub doc_type: Option<String>,
    /// Document year.
    pub year: Option<i32>,
    /// 1-based page.
    pub page: u32,
    /// Span in the document text.
    pub span: Span,
    /// Headings above.
    pub heading: Vec<String>,
    /// The full text of the unit.
    pub text: String,
    /// Byte ranges of `text` that matched the query, sorted and disjoint.
    pub highlights: Vec<(usize, usize)>,
    /// The item, for item hits.
    pub item: Option<ItemRecord>,
}

impl Hit {
    /// A short excerpt of [`Hit::text`] around the first match, at most about `max_chars`
    /// characters, with the highlight ranges shifted into it. "…" marks cut ends.
    pub fn snippet(&self, max_chars: usize) -> (String, Vec<(usize, usize)>) {
        snippet(&self.text, &self.highlights, max_chars)
    }
}

/// Counts per facet value, most frequent first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// Per municipality (units without one are not counted).
    pub municipality: Vec<(String, u64)>,
    /// Per item kind, plus `passage` and `document`.
    pub kind: Vec<(String, u64)>,
    /// Per year (an item counts under each year it names, else its document's year).
    pub year: Vec<(i64, u64)>,
}

/// The result of [`search`].
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    /// Best hits first.
    pub hits: Vec<Hit>,
    /// Number of matching units.
    pub total: usize,
    /// Facet counts, if asked for.
    pub facets: Option<Facets>,
}

/// One element of a parsed query.
#[derive(Debug, Clone, PartialEq)]
enum Atom {
    Word(String),
    Phrase(Vec<String>),
    Prefix(String),
}

/// A parsed query: groups that must all match (each an OR of atoms), and atoms that must not.
#[derive(Debug, Clone, Default, PartialEq)]
struct Parsed {
    must: Vec<Vec<Atom>>,
    must_not: Vec<Atom>,
}

fn qerr(msg: impl Into<String>) -> Error {
    Error::Query(msg.into())
}

/// Splits the query into raw terms: `(negated, quoted, text)` and the `OR` marker.
fn lex(q: &str) -> Result<Vec<Option<(bool, bool, String)>>> {
    let mut out = vec![];
    let mut chars = q.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        let negated = c == '-';
        if negated {
            chars.next();
            if chars.peek().is_none_or(|c| c.is_whitespace()) {
                return Err(qerr(
                    "a '-' must stand right before the word or \"phrase\" to exclude, as in -skola",
                ));
            }
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut s = String::new();
            let mut closed = false;
            for c in chars.by_ref() {
                if c == '"' {
                    closed = true;
                    break;
                }
                s.push(c);
            }
            if !closed {
                return Err(qerr(format!(
                    "unclosed quote in {q:?}: end the phrase with a second \""
                )));
            }
            out.push(Some((negated, true, s)));
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' {
                    break;
                }
                s.push(c);
                chars.next();
            }
            if s == "OR" && !negated {
                out.push(None);
            } else {
                out.push(Some((negated, false, s)));
            }
        }
    }
    Ok(out)
}

fn parse(q: &str) -> Result<Parsed> {
    let mut exact = analyzer::exact_analyzer();
    let lexed = lex(q)?;
    let mut parsed = Parsed::default();
    let mut join_next = false;
    for (i, t) in lexed.iter().enumerate() {
        let Some((negated, quoted, text)) = t else {
            let before = i > 0 && matches!(lexed[i - 1], Some((false, _, _)));
            let after = matches!(lexed.get(i + 1), Some(Some((false, _, _))));
            if !before || !after {
                return Err(qerr(
                    "OR needs a word or \"phrase\" on both sides (and cannot join an -exclusion)",
                ));
            }
            join_next = true;
            continue;
        };
        let words: Vec<String> = tokens(&mut exact, text).into_iter().map(|t| t.0).collect();
        let atom = if *quoted {
            if words.is_empty() {
                return Err(qerr(format!("the phrase \"{text}\" has no words")));
            }
            Atom::Phrase(words)
        } else if let Some(stem) = text.strip_suffix('*') {
            if stem.contains('*') || words.len() != 1 {
                return Err(qerr(format!(
                    "prefix search takes one word before the '*', as in upphandl* (got {text:?})"
                )));
            }
            if stem.chars().count() < 2 {
                return Err(qerr(format!(
                    "the prefix in {text:?} is too short: give at least two letters"
                )));
            }
            Atom::Prefix(words[0].clone())
        } else if words.is_empty() {
            // Punctuation only ("&", "–"): nothing to search for.
            if join_next {
                return Err(qerr("OR needs a word on both sides"));
            }
            continue;
        } else if words.len() == 1 {
            Atom::Word(text.clone())
        } else {
            // "e-post", "2020-2024": the pieces in order.
            Atom::Phrase(words)
        };
        if *negated {
            parsed.must_not.push(atom);
        } else if join_next {
            match parsed.must.last_mut() {
                Some(group) => group.push(atom),
                None => parsed.must.push(vec![atom]),
            }
            join_next = false;
        } else {
            parsed.must.push(vec![atom]);
        }
    }
    if parsed.must.is_empty() {
        return Err(qerr(if parsed.must_not.is_empty() {
            "the query has no words to search for".to_string()
        } else {
            "the query only excludes words; add a word to search for".to_string()
        }));
    }
    Ok(parsed)
}

/// Terms used for highlighting.
#[derive(Debug, Default)]
struct Highlight {
    stems: HashSet<String>,
    phrases: Vec<Vec<String>>,
    prefixes: Vec<String>,
}

fn atom_query(index: &Index, atom: &Atom, hl: &mut Highlight) -> Result<Box<dyn Query>> {
    let f = index.fields();
    Ok(match atom {
        Atom::Word(w) => {
            let mut qa = analyzer::query_analyzer();
            let stem = tokens(&mut qa, w)
                .into_iter()
                .next()
                .map(|t| t.0)
                .unwrap_or_default();
            let lower = w.to_lowercase();
            hl.stems.insert(stem.clone());
            let main: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(f.text, &stem),
                IndexRecordOption::WithFreqs,
            ));
            // The word as written scores a little extra over other forms of it.
            let exact: Box<dyn Query> = Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.exact, &lower),
                    IndexRecordOption::WithFreqs,
                )),
                0.3,
            ));
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, main),
                (Occur::Should, exact),
            ]))
        }
        Atom::Phrase(words) => {
            hl.phrases.push(words.clone());
            if words.len() == 1 {
                Box::new(TermQuery::new(
                    Term::from_field_text(f.exact, &words[0]),
                    IndexRecordOption::WithFreqs,
                ))
            } else {
                Box::new(PhraseQuery::new(
                    words
                        .iter()
                        .map(|w| Term::from_field_text(f.exact, w))
                        .collect(),
                ))
            }
        }
        Atom::Prefix(p) => {
            hl.prefixes.push(p.clone());
            let pattern = format!("{}.*", regex_syntax_escape(p));
            Box::new(
                RegexQuery::from_pattern(&pattern, f.exact)
                    .map_err(|e| qerr(format!("prefix {p}*: {e}")))?,
            )
        }
    })
}

/// Escapes regex metacharacters (the prefix is analysed text, but digits and letters only is
/// not guaranteed for every script).
fn regex_syntax_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn term_filter(field: tantivy::schema::Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// The filter part of a search as queries that match without scoring.
fn filter_queries(index: &Index, filter: &Filter) -> Vec<Box<dyn Query>> {
    let f = index.fields();
    let mut out: Vec<Box<dyn Query>> = vec![];
    let any_of = |qs: Vec<Box<dyn Query>>| -> Box<dyn Query> {
        Box::new(BooleanQuery::new(
            qs.into_iter().map(|q| (Occur::Should, q)).collect(),
        ))
    };
    if !filter.kinds.is_empty() {
        let missing: Vec<ItemKind> = ItemKind::ALL
            .into_iter()
            .filter(|k| !filter.kinds.contains(k))
            .collect();
        // Intersecting with a union of several big posting lists costs most of a search (it
        // is seeked for every candidate), so three or four kinds are asked as "an item, not
        // of the missing kinds": one posting list, and a cheap exclusion.
        if missing.len() <= 1 {
            let mut clauses = vec![(Occur::Must, term_filter(f.unit, schema::UNIT_ITEM))];
            clauses.extend(
                missing
                    .iter()
                    .map(|k| (Occur::MustNot, term_filter(f.kind, k.as_str()))),
            );
            out.push(Box::new(BooleanQuery::new(clauses)));
        } else {
            out.push(any_of(
                filter
                    .kinds
                    .iter()
                    .map(|k| term_filter(f.kind, k.as_str()))
                    .collect(),
            ));
        }
    }
    if !filter.municipalities.is_empty() {
        out.push(any_of(
            filter
                .municipalities
                .iter()
                .map(|m| term_filter(f.municipality_key, &m.to_lowercase()))
                .collect(),
        ));
    }
    if let Some(t) = &filter.doc_type {
        out.push(term_filter(f.doc_type, &t.to_lowercase()));
    }
    if let Some(s) = filter.status {
        out.push(term_filter(f.status, s.as_str()));
    }
    if let Some((lo, hi)) = filter.years {
        out.push(Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_i64(f.year, i64::from(lo))),
            Bound::Included(Term::from_field_i64(f.year, i64::from(hi))),
        )));
    }
    out.into_iter()
        .map(|q| Box::new(ConstScoreQuery::new(q, 0.0)) as Box<dyn Query>)
        .collect()
}

/// Runs a search. Only the stored data of the returned hits is read.
pub fn search(index: &Index, req: &SearchRequest) -> Result<SearchResults> {
    let parsed = parse(&req.query)?;
    let mut hl = Highlight::default();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![];
    for group in &parsed.must {
        let mut alts = vec![];
        for a in group {
            alts.push((Occur::Should, atom_query(index, a, &mut hl)?));
        }
        let q: Box<dyn Query> = if alts.len() == 1 {
            alts.pop()
                .map(|(_, q)| q)
                .unwrap_or_else(|| unreachable_query(index))
        } else {
            Box::new(BooleanQuery::new(alts))
        };
        clauses.push((Occur::Must, q));
    }
    for a in &parsed.must_not {
        let mut ignore = Highlight::default();
        clauses.push((Occur::MustNot, atom_query(index, a, &mut ignore)?));
    }
    for q in filter_queries(index, &req.filter) {
        clauses.push((Occur::Must, q));
    }
    let query = BooleanQuery::new(clauses);
    let limit = if req.limit == 0 { 10 } else { req.limit };
    let searcher = index.searcher();
    // Fetch extra hits so that passages repeating an item can be dropped and still fill `limit`.
    let top = TopDocs::with_limit(limit * 2 + 5).order_by_score();
    let facet_collector = req.facets.then_some(FacetCollector);
    let (top, total, facets) = searcher
        .search(&query, &(top, Count, facet_collector))
        .map_err(|e| Error::Index(format!("{}: {e}", index.dir().display())))?;

    // Stored data is read only for hits that are shown: first the top `limit`, then more only
    // if some were dropped as repeats of an item.
    let mut loaded: Vec<Hit> = vec![];
    let mut end = limit.min(top.len());
    let mut hits = loop {
        for &(score, addr) in &top[loaded.len()..end] {
            let raw = index.stored_json(&searcher, addr)?;
            loaded.push(decode_hit(&raw, score)?);
        }
        let kept = drop_repeated_passages(&loaded, &hl);
        if kept.len() >= limit || end == top.len() {
            break kept;
        }
        end = (end + limit - kept.len()).min(top.len());
    };
    hits.truncate(limit);
    for h in &mut hits {
        h.highlights = highlight(&h.text, &hl);
    }
    Ok(SearchResults {
        hits,
        total,
        facets: facets.map(|f| f.into_facets()),
    })
}

/// Drops a passage that contains item hits of the same document and matches nowhere outside
/// them: it says the same thing, and the items carry more information.
fn drop_repeated_passages(hits: &[Hit], hl: &Highlight) -> Vec<Hit> {
    let items: Vec<(&str, Span, &str)> = hits
        .iter()
        .filter(|h| matches!(h.unit, Unit::Item(_)))
        .map(|h| (h.doc_id.as_str(), h.span, h.text.as_str()))
        .collect();
    hits.iter()
        .filter(|h| {
            if h.unit != Unit::Passage {
                return true;
            }
            let mut rest = h.text.clone();
            let mut covered = false;
            for (d, s, text) in &items {
                if *d == h.doc_id && s.start >= h.span.start && s.end <= h.span.end {
                    covered = true;
                    rest = rest.replace(text, " ");
                }
            }
            !covered || !highlight(&rest, hl).is_empty()
        })
        .cloned()
        .collect()
}

/// A query matching nothing, for the impossible empty group.
fn unreachable_query(index: &Index) -> Box<dyn Query> {
    term_filter(index.fields().id, "\u{0}")
}

fn decode_hit(raw: &str, score: f32) -> Result<Hit> {
    let bad = |e: serde_json::Error| Error::Index(format!("damaged stored unit: {e}"));
    let v: serde_json::Value = serde_json::from_str(raw).map_err(bad)?;
    if v.get("item").is_some() {
        let r: ItemRecord = serde_json::from_value(v).map_err(bad)?;
        let it = &r.item;
        Ok(Hit {
            id: it.id(),
            unit: Unit::Item(it.kind),
            score,
            doc_id: it.doc_id.clone(),
            file: it.file.clone(),
            municipality: it.municipality.clone(),
            doc_type: r.doc_type.clone(),
            year: r.doc_year,
            page: it.page,
            span: it.span,
            heading: it.heading.clone(),
            text: it.text.clone(),
            highlights: vec![],
            item: Some(r),
        })
    } else if v.get("passage").is_some() {
        let p: PassageRecord = serde_json::from_value(v).map_err(bad)?;
        Ok(Hit {
            id: p.id(),
            unit: Unit::Passage,
            score,
            doc_id: p.doc_id,
            file: p.file,
            municipality: p.municipality,
            doc_type: p.doc_type,
            year: p.doc_year,
            page: p.passage.page,
            span: p.passage.span,
            heading: p.passage.heading,
            text: p.passage.text,
            highlights: vec![],
            item: None,
        })
    } else {
        let d: DocEntry = serde_json::from_value(v).map_err(bad)?;
        Ok(Hit {
            id: d.id.clone(),
            unit: Unit::Document,
            score,
            doc_id: d.id,
            file: d.file.clone(),
            municipality: d.municipality,
            doc_type: d.doc_type,
            year: d.year,
            page: 1,
            span: Span { start: 0, end: 0 },
            heading: vec![],
            text: d.title.unwrap_or(d.file),
            highlights: vec![],
            item: None,
        })
    }
}

/// Byte ranges of `text` that match: words whose stem (or a compound part's stem) was asked
/// for, phrases word by word in order, and prefixes.
fn highlight(text: &str, hl: &Highlight) -> Vec<(usize, usize)> {
    let mut ranges = vec![];
    let words = tokens(&mut analyzer::exact_analyzer(), text);
    if !hl.stems.is_empty() {
        // Full analysis (compound splitting, stemming) costs; run it only on words that
        // contain a searched stem at all.
        let mut main = analyzer::main_analyzer();
        for (w, from, to, _) in &words {
            if !hl.stems.iter().any(|s| w.contains(s.as_str())) {
                continue;
            }
            for (t, a, b, _) in tokens(&mut main, &text[*from..*to]) {
                if hl.stems.contains(&t) {
                    ranges.push((from + a, from + b));
                }
            }
        }
    }
    if !hl.phrases.is_empty() || !hl.prefixes.is_empty() {
        for (t, from, to, _) in &words {
            if hl.prefixes.iter().any(|p| t.starts_with(p.as_str())) {
                ranges.push((*from, *to));
            }
        }
        for phrase in &hl.phrases {
            for i in 0..words.len() {
                if words.len() - i >= phrase.len()
                    && phrase.iter().zip(&words[i..]).all(|(p, w)| *p == w.0)
                {
                    ranges.push((words[i].1, words[i + phrase.len() - 1].2));
                }
            }
        }
    }
    ranges.sort();
    let mut merged: Vec<(usize, usize)> = vec![];
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// See [`Hit::snippet`].
pub fn snippet(
    text: &str,
    highlights: &[(usize, usize)],
    max_chars: usize,
) -> (String, Vec<(usize, usize)>) {
    if text.chars().count() <= max_chars {
        return (text.to_string(), highlights.to_vec());
    }
    let first = highlights.first().map(|h| h.0).unwrap_or(0);
    // Start about a quarter of the window before the first match, at a word boundary.
    let lead = max_chars / 4;
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(lead)
        .map(|(i, _)| i)
        .unwrap_or(0);
    if start > 0 {
        start = text[start..]
            .find(' ')
            .map(|i| start + i + 1)
            .filter(|&s| s <= first)
            .unwrap_or(start);
    }
    let mut end = text[start..]
        .char_indices()
        .nth(max_chars)
        .map(|(i, _)| start + i)
        .unwrap_or(text.len());
    if end < text.len()
        && let Some(i) = text[start..end].rfind(' ').filter(|&i| start + i > first)
    {
        end = start + i;
    }
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let shift = prefix.len();
    let ranges = highlights
        .iter()
        .filter(|(a, b)| *a >= start && *b <= end)
        .map(|(a, b)| (a - start + shift, b - start + shift))
        .collect();
    (format!("{prefix}{}{suffix}", &text[start..end]), ranges)
}

/// Counts municipality, kind and year over every match, from fast fields (no stored data).
struct FacetCollector;

struct FacetSegment {
    municipality: Option<StrColumn>,
    unit: Option<StrColumn>,
    kind: Option<StrColumn>,
    year: Column<i64>,
    municipality_counts: Vec<u64>,
    unit_counts: Vec<u64>,
    kind_counts: Vec<u64>,
    years: BTreeMap<i64, u64>,
}

#[derive(Default)]
struct FacetFruit {
    municipality: BTreeMap<String, u64>,
    kind: BTreeMap<String, u64>,
    year: BTreeMap<i64, u64>,
}

impl FacetFruit {
    fn into_facets(self) -> Facets {
        fn sorted<K: Ord + Clone>(m: BTreeMap<K, u64>) -> Vec<(K, u64)> {
            let mut v: Vec<_> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        }
        let mut year: Vec<_> = self.year.into_iter().collect();
        year.sort_by_key(|y| std::cmp::Reverse(y.0));
        Facets {
            municipality: sorted(self.municipality),
            kind: sorted(self.kind),
            year,
        }
    }
}

impl Collector for FacetCollector {
    type Fruit = FacetFruit;
    type Child = FacetSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetSegment> {
        let ff = reader.fast_fields();
        let municipality = ff.str(schema::MUNICIPALITY)?;
        let unit = ff.str(schema::UNIT)?;
        let kind = ff.str(schema::KIND)?;
        let n = |c: &Option<StrColumn>| c.as_ref().map_or(0, |c| c.num_terms());
        Ok(FacetSegment {
            municipality_counts: vec![0; n(&municipality)],
            unit_counts: vec![0; n(&unit)],
            kind_counts: vec![0; n(&kind)],
            municipality,
            unit,
            kind,
            year: ff.i64(schema::YEAR)?,
            years: BTreeMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetFruit>) -> tantivy::Result<FacetFruit> {
        let mut out = FacetFruit::default();
        for f in fruits {
            for (k, v) in f.municipality {
                *out.municipality.entry(k).or_default() += v;
            }
            for (k, v) in f.kind {
                *out.kind.entry(k).or_default() += v;
            }
            for (k, v) in f.year {
                *out.year.entry(k).or_default() += v;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for FacetSegment {
    type Fruit = FacetFruit;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let count = |col: &Option<StrColumn>, counts: &mut Vec<u64>| {
            if let Some(c) = col {
                for ord in c.term_ords(doc) {
                    if let Some(slot) = counts.get_mut(ord as usize) {
                        *slot += 1;
                    }
                }
            }
        };
        count(&self.municipality, &mut self.municipality_counts);
        count(&self.unit, &mut self.unit_counts);
        count(&self.kind, &mut self.kind_counts);
        for y in self.year.values_for_doc(doc) {
            *self.years.entry(y).or_default() += 1;
        }
    }

    fn harvest(self) -> FacetFruit {
        let names = |col: &Option<StrColumn>, counts: Vec<u64>| {
            let mut out = BTreeMap::new();
            if let Some(c) = col {
                let mut s = String::new();
                for (ord, n) in counts.into_iter().enumerate() {
                    if n > 0 && c.ord_to_str(ord as u64, &mut s).unwrap_or(false) {
                        out.insert(s.clone(), n);
                    }
                }
            }
            out
        };
        let mut kind = names(&self.kind, self.kind_counts);
        // Items are counted under their kind; other units under their unit name.
        for (unit, n) in names(&self.unit, self.unit_counts) {
            if unit != schema::UNIT_ITEM {
                kind.insert(unit, n);
            }
        }
        FacetFruit {
            municipality: names(&self.municipality, self.municipality_counts),
            kind,
            year: self.years,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_phrases_or_exclusions_and_prefixes() {
        let p = parse("upphandling \"ges i uppdrag\" testbädd OR testbäddar -skola upph*").unwrap();
        assert_eq!(p.must.len(), 4);
        assert_eq!(p.must[0], vec![Atom::Word("upphandling".into())]);
        assert_eq!(
            p.must[1],
            vec![Atom::Phrase(vec![
                "ges".into(),
                "i".into(),
                "uppdrag".into()
            ])]
        );
        assert_eq!(p.must[2].len(), 2);
        assert_eq!(p.must[3], vec![Atom::Prefix("upph".into())]);
        assert_eq!(p.must_not, vec![Atom::Word("skola".into())]);
        // A hyphenated word is searched as its pieces in order.
        assert_eq!(
            parse("e-post").unwrap().must[0],
            vec![Atom::Phrase(vec!["e".into(), "post".into()])]
        );
    }

    #[test]
    fn malformed_queries_get_clear_messages() {
        for (q, needle) in [
            ("\"ges i uppdrag", "unclosed quote"),
            ("", "no words"),
            ("-skola", "only excludes"),
            ("OR skola", "OR needs"),
            ("skola OR", "OR needs"),
            ("skola OR -förskola", "OR needs"),
            ("u*", "too short"),
            ("up*h*", "prefix"),
            ("skola - förskola", "'-'"),
            ("\"\" skola", "no words"),
        ] {
            let e = parse(q).unwrap_err().to_string();
            assert!(e.contains(needle), "{q:?}: {e}");
        }
    }

    #[test]
    fn highlights_words_compound_parts_phrases_and_prefixes() {
        let mut hl = Highlight::default();
        hl.stems.insert(
            tokens(&mut analyzer::query_analyzer(), "strategi")[0]
                .0
                .clone(),
        );
        let text = "En ny näringslivsstrategin och strategier.";
        let r = highlight(text, &hl);
        let marked: Vec<&str> = r.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(marked, ["strategin", "strategier"]);

        let hl = Highlight {
            phrases: vec![vec!["ges".into(), "i".into(), "uppdrag".into()]],
            prefixes: vec!["upphandl".into()],
            ..Default::default()
        };
        let text = "KS ges i uppdrag att se över Upphandlingen. Uppdrag ges i maj.";
        let r = highlight(text, &hl);
        let marked: Vec<&str> = r.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(marked, ["ges i uppdrag", "Upphandlingen"]);
    }

    #[test]
    fn snippet_cuts_around_the_first_match_and_shifts_ranges() {
        let text = format!(
            "{} målet är nåt {}",
            "ord ".repeat(100),
            "slut ".repeat(100)
        );
        let at = text.find("målet").unwrap();
        let (s, r) = snippet(&text, &[(at, at + "målet".len())], 80);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= 82);
        assert_eq!(&s[r[0].0..r[0].1], "målet");
        let (short, r2) = snippet("kort text", &[(0, 4)], 80);
        assert_eq!((short.as_str(), r2), ("kort text", vec![(0, 4)]));
    }
}
