//! Metadata inferred from a document's text when no manifest gives it: municipality, year,
//! document type and title.
//!
//! Everything here is a weighing of general cues in how Swedish municipal documents present
//! themselves; nothing is keyed to particular files:
//!
//! - **Municipality**: every mention of one of the 290 municipalities ([`municipalities`]) is
//!   scored. The explicit forms ("Trelleborgs kommun", "Malmö stad", "Göteborgs Stad",
//!   "kommunfullmäktige i Vara", "Lunds kommunstyrelse") weigh most, then a district committee
//!   of Stockholm, Göteborg or Malmö ("Skärholmens stadsdelsnämnd"), then a web or mail domain
//!   ("@umea.se"), then a bare name. Mentions in the first lines count double. Counties and
//!   regions ("Region Stockholm", "Uppsala län", "Länsstyrelsen i Skåne") are not
//!   municipalities and are ignored (except Region Gotland, which is one). Names that are
//!   also ordinary words or personal names ("Mark", "Vara", "Berg", "Lund") count only in the
//!   explicit forms. The file name is weak evidence. Too little evidence gives no answer.
//! - **Year**: a labelled date near the top ("Publicerad: 2023-05-12", "Sammanträdesdatum"),
//!   else a year in the title ("Budget 2015"), else the latest full date near the top, else the
//!   most common plausible year, leaving out target years ("fram till 2030", "Vision 2040").
//! - **Document type**: genre cues first (protokoll, tjänsteskrivelse, blogg, nyhet), since a
//!   news item about a "handlingsplan" is still news; then topic words in the title and first
//!   lines (uppföljning, handlingsplan, budget, strategi, program).
//! - **Title**: the first heading-like line that is not a generic section name or a byline.

pub mod municipalities;

use crate::model::{MetaSource, Metadata};
use municipalities::{AMBIGUOUS, DISTRICTS, MUNICIPALITIES};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Infers metadata from the text (and file name). Values found are marked
/// [`MetaSource::Inferred`]; nothing found stays `None`.
pub fn infer(text: &str, file_name: &str) -> Metadata {
    let title = title(text);
    let municipality = municipality(text, file_name);
    let year = year(text, title.as_deref());
    let doc_type = doc_type(text, title.as_deref());
    let src = |found: bool| found.then_some(MetaSource::Inferred);
    Metadata {
        municipality_source: src(municipality.is_some()),
        municipality,
        doc_type_source: src(doc_type.is_some()),
        doc_type: doc_type.map(str::to_owned),
        year_source: src(year.is_some()),
        year,
        title_source: src(title.is_some()),
        title,
    }
}

// ---------------------------------------------------------------------------------------------
// Municipality
// ---------------------------------------------------------------------------------------------

/// Weight of "X kommun", "Xs stad", "kommunfullmäktige i X"….
const W_EXPLICIT: f64 = 5.0;
/// Weight of "Xs stadsdelsnämnd", "stadsdelsförvaltning X" for a district X.
const W_DISTRICT: f64 = 4.0;
/// Weight of a municipal web or mail domain ("malmo.se").
const W_DOMAIN: f64 = 3.0;
/// Weight of a bare municipality name.
const W_BARE: f64 = 1.0;
/// Weight of a bare district name.
const W_BARE_DISTRICT: f64 = 0.5;
/// Weight of a municipality named in the file name.
const W_FILE: f64 = 2.0;
/// Mentions in the title region count this many times.
const TOP_FACTOR: f64 = 2.0;
/// Below this total score no municipality is reported: one bare mention in the body of a
/// document is not enough to say where it comes from.
const MIN_SCORE: f64 = 2.0;

/// A name to look for: a municipality or a district, as its words.
struct Name {
    words: Vec<&'static str>,
    municipality: &'static str,
    district: bool,
    ambiguous: bool,
}

/// Names indexed by their first word in lower case.
static NAMES: LazyLock<HashMap<String, Vec<Name>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Vec<Name>> = HashMap::new();
    let all = MUNICIPALITIES
        .iter()
        .map(|m| (m.name, m.name, false))
        .chain(DISTRICTS.iter().map(|&(d, m)| (d, m, true)));
    for (name, municipality, district) in all {
        let words: Vec<&'static str> = name.split(' ').collect();
        map.entry(words[0].to_lowercase()).or_default().push(Name {
            words,
            municipality,
            district,
            ambiguous: AMBIGUOUS.contains(&name),
        });
    }
    // Longest names first, so "Östra Göteborg" is tried before a shorter name would be.
    for v in map.values_mut() {
        v.sort_by_key(|n| std::cmp::Reverse(n.words.len()));
    }
    map
});

/// Domain labels ("malmo", "upplandsvasby") to municipalities; labels two municipalities
/// would share (Håbo and Habo both fold to "habo") are left out.
static DOMAINS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut count: HashMap<String, usize> = HashMap::new();
    for m in MUNICIPALITIES {
        *count
            .entry(municipalities::domain_label(m.name))
            .or_default() += 1;
    }
    MUNICIPALITIES
        .iter()
        .map(|m| (municipalities::domain_label(m.name), m.name))
        .filter(|(l, _)| count[l] == 1)
        .collect()
});

/// `something.se` as a host in an address, URL or mail address; group 1 is the label before
/// `.se` (`umea` in `www.umea.se`, `e-tjanster.umea.se`, `info@umea.se`).
static DOMAIN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s@/(<])(?:[a-z0-9-]+\.)*([a-z0-9][a-z0-9-]*)\.se\b")
        .expect("valid regex")
});

/// The matches of [`DOMAIN_RE`] in `text`, in order, without running the regex over all of
/// `text` (its Unicode classes and `\b` keep it off the fast DFA, and it used to be the largest
/// cost of inference).
///
/// A match is a delimiter (or the start of the text) followed by host characters ending in
/// ".se": every character after its first is an ASCII letter, digit, '-' or '.', or one of the
/// few non-ASCII characters that `(?i)` folds onto ASCII letters ("K" for K, "ſ" for s). So a
/// match lies inside one run of such characters plus the character before the run, and it
/// holds ".s" (or ".S", ".ſ"). Runs are cut at every other ASCII character (all non-ASCII
/// characters are kept in runs, to be safe); the regex runs on each run that holds a '.'
/// before an 's', 'S' or non-ASCII byte, with one character of context on each side, which is
/// all its `^`, delimiter and trailing `\b` look at. Matches never span two runs, so the
/// sequence is the same as `DOMAIN_RE.captures_iter(text)`.
fn domain_captures(text: &str) -> Vec<regex::Captures<'_>> {
    let bytes = text.as_bytes();
    let in_run = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b >= 0x80;
    let mut out = vec![];
    let mut i = 0;
    while i < bytes.len() {
        if !in_run(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut candidate = false;
        while i < bytes.len() && in_run(bytes[i]) {
            if bytes[i] == b'.'
                && bytes
                    .get(i + 1)
                    .is_some_and(|&n| n == b's' || n == b'S' || n >= 0x80)
            {
                candidate = true;
            }
            i += 1;
        }
        if !candidate {
            continue;
        }
        // One character of context on each side (ASCII here: runs end at ASCII bytes).
        let from = start.saturating_sub(1);
        let to = (i + 1).min(bytes.len());
        out.extend(DOMAIN_RE.captures_iter(&text[from..to]));
    }
    out
}

/// A word of the text: letters and digits, with inner hyphens ("Dals-Ed", "Rinkeby-Kista").
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = vec![];
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let word_char = c.is_alphanumeric()
            || (c == '-'
                && start.is_some()
                && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric()));
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                toks.push(Tok { start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        toks.push(Tok {
            start: s,
            end: text.len(),
        });
    }
    toks
}

/// True if `written` is `name` as written in running text or in capitals.
fn same_word(written: &str, name: &str) -> bool {
    written == name || (written.chars().count() > 1 && written == name.to_uppercase())
}

/// True if `written` is `name` or its genitive ("Trelleborgs", "MALMÖS").
fn same_or_genitive(written: &str, name: &str) -> bool {
    same_word(written, name)
        || written
            .strip_suffix('s')
            .or_else(|| written.strip_suffix('S'))
            .is_some_and(|w| same_word(w, name))
}

/// Words after a name that make it the municipality as an organisation: "Malmö stad",
/// "Trelleborgs kommun", "Lunds kommunstyrelse", "Umeå kommuns".
fn is_municipal_word(lower: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "kommunstyrelse",
        "kommunfullmäktige",
        "kommunledning",
        "kommunalråd",
        "kommunkansli",
        "kommundirektör",
        "kommunhus",
        "kommunrevision",
        "kommunförvaltning",
        "stadshus",
        "stadsbyggnad",
        "stadskontor",
        "stadsledning",
        "stadsdirektör",
        "stadsfullmäktige",
        "stadsrevision",
        "stadsdel",
    ];
    matches!(lower, "kommun" | "kommuns" | "stad" | "stads")
        || PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// Words before "i X" that name the municipality's bodies: "kommunfullmäktige i Vara".
fn is_body_before_i(lower: &str) -> bool {
    lower.starts_with("kommunfullmäktige")
        || lower.starts_with("kommunstyrelse")
        || lower == "kommunen"
        || lower.starts_with("stadsfullmäktige")
}

/// Words that make a following name a county or a region, not a municipality.
fn is_regional_word(lower: &str) -> bool {
    matches!(
        lower,
        "region" | "regionen" | "regionförbundet" | "landstinget" | "länsstyrelsen"
    )
}

/// Scores of each municipality named in `text`, in order of first mention.
fn municipality_scores(text: &str) -> Vec<(&'static str, f64)> {
    let toks = tokenize(text);
    let top_end = top_region_end(text);
    let word = |i: usize| &text[toks[i].start..toks[i].end];
    // Words of one phrase: only white space between them (a line break too: PDFs wrap "Malmö
    // stad" across lines), no punctuation.
    let only_space_between =
        |a: usize, b: usize| text[toks[a].end..toks[b].start].trim().is_empty();
    let mut scores: Vec<(&'static str, f64)> = vec![];
    let mut add = |m: &'static str, w: f64| match scores.iter_mut().find(|(n, _)| *n == m) {
        Some((_, s)) => *s += w,
        None => scores.push((m, w)),
    };
    let mut i = 0;
    while i < toks.len() {
        let w = word(i);
        if !w.starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        let lower = w.to_lowercase();
        let mut keys = vec![lower.as_str()];
        if let Some(stem) = lower.strip_suffix('s') {
            keys.push(stem);
        }
        let mut matched: Option<(&Name, usize)> = None;
        'search: for key in keys {
            for name in NAMES.get(key).into_iter().flatten() {
                let n = name.words.len();
                if i + n > toks.len() {
                    continue;
                }
                let ok = name.words.iter().enumerate().all(|(k, nw)| {
                    let written = word(i + k);
                    (k + 1 == n && same_or_genitive(written, nw))
                        || same_word(written, nw)
                        || (k > 0 && written.eq_ignore_ascii_case(nw))
                }) && (1..n).all(|k| only_space_between(i + k - 1, i + k));
                if ok {
                    matched = Some((name, n));
                    break 'search;
                }
            }
        }
        let Some((name, n)) = matched else {
            i += 1;
            continue;
        };
        let at = i;
        let last = i + n - 1;
        let next = (last + 1 < toks.len() && only_space_between(last, last + 1))
            .then(|| word(last + 1).to_lowercase());
        let prev = (i > 0 && only_space_between(i - 1, i)).then(|| word(i - 1).to_lowercase());
        let prev2 = (i > 1 && prev.is_some() && only_space_between(i - 2, i - 1))
            .then(|| word(i - 2).to_lowercase());
        let factor = if toks[i].start < top_end {
            TOP_FACTOR
        } else {
            1.0
        };
        i = last + 1;

        // Counties and regions: "Uppsala län", "Region Stockholm", "Region Jämtland
        // Härjedalen", "Länsstyrelsen i Skåne". Region Gotland is the municipality of Gotland.
        let regional_prev = prev.as_deref().is_some_and(is_regional_word);
        if regional_prev && name.municipality == "Gotland" && !name.district {
            add(name.municipality, W_EXPLICIT * factor);
            continue;
        }
        // "Region Jämtland Härjedalen": a region's name of two words, on one line.
        let capitalised_prev = at > 1
            && word(at - 1).starts_with(char::is_uppercase)
            && !text[toks[at - 2].start..toks[at].start].contains('\n');
        if regional_prev
            || (capitalised_prev && prev2.as_deref().is_some_and(is_regional_word))
            || (prev.as_deref() == Some("i") && prev2.as_deref() == Some("länsstyrelsen"))
            || next.as_deref().is_some_and(|n| n == "län" || n == "läns")
        {
            continue;
        }
        let explicit_next = next.as_deref().is_some_and(is_municipal_word);
        let explicit_prev =
            prev.as_deref() == Some("i") && prev2.as_deref().is_some_and(is_body_before_i);
        let weight = if name.district {
            let stadsdel = next.as_deref().is_some_and(|n| n.starts_with("stadsdel"))
                || prev.as_deref().is_some_and(|p| p.starts_with("stadsdel"));
            if stadsdel {
                W_DISTRICT
            } else {
                W_BARE_DISTRICT
            }
        } else if explicit_next || explicit_prev {
            W_EXPLICIT
        } else if name.ambiguous {
            0.0
        } else {
            W_BARE
        };
        if weight > 0.0 {
            add(name.municipality, weight * factor);
        }
    }
    for cap in domain_captures(text) {
        let Some(label) = cap.get(1) else { continue };
        let label = label.as_str().to_lowercase();
        let label = label
            .strip_suffix("kommun")
            .or_else(|| label.strip_suffix("stad"))
            .filter(|l| !l.is_empty())
            .unwrap_or(&label);
        if let Some(m) = DOMAINS.get(label) {
            add(m, W_DOMAIN);
        }
    }
    scores
}

/// The words of each municipality's name as [`file_name_municipalities`] compares them, in the
/// order of [`MUNICIPALITIES`].
static FILE_NAME_WORDS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    MUNICIPALITIES
        .iter()
        .map(|m| {
            m.name
                .split([' ', '-'])
                .map(municipalities::domain_label)
                .collect()
        })
        .collect()
});

/// Municipalities named in a file name ("malmo_budget_2015.pdf", "Trelleborgs kommun.txt").
fn file_name_municipalities(file_name: &str) -> Vec<&'static str> {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(s, _)| s)
        .to_lowercase();
    let parts: Vec<String> = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(municipalities::domain_label)
        .collect();
    let mut out = vec![];
    for (m, words) in MUNICIPALITIES.iter().zip(FILE_NAME_WORDS.iter()) {
        let n = words.len();
        let found = (0..parts.len()).any(|i| {
            let here = parts.get(i..i + n).is_some_and(|p| {
                p.iter()
                    .zip(words)
                    .enumerate()
                    .all(|(k, (a, b))| a == b || (k + 1 == n && a.strip_suffix('s') == Some(b)))
            });
            let next_is_municipal = parts
                .get(i + n)
                .is_some_and(|w| w == "kommun" || w == "stad");
            here && (!AMBIGUOUS.contains(&m.name) || next_is_municipal)
        });
        if found {
            out.push(m.name);
        }
    }
    out
}

fn municipality(text: &str, file_name: &str) -> Option<String> {
    let mut scores = municipality_scores(text);
    for m in file_name_municipalities(file_name) {
        match scores.iter_mut().find(|(n, _)| *n == m) {
            Some((_, s)) => *s += W_FILE,
            None => scores.push((m, W_FILE)),
        }
    }
    // The highest score wins; on a tie, the municipality named first.
    let mut best: Option<(&'static str, f64)> = None;
    for (m, s) in scores {
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((m, s));
        }
    }
    best.filter(|&(_, s)| s >= MIN_SCORE)
        .map(|(m, _)| m.to_owned())
}

/// End (byte offset) of the title region: the first six non-empty lines, at most 1500 bytes.
fn top_region_end(text: &str) -> usize {
    let mut seen = 0;
    let mut end = 0;
    for line in text.split_inclusive(['\n', '\x0c']) {
        end += line.len();
        if !line.trim().is_empty() {
            seen += 1;
            if seen == 6 {
                break;
            }
        }
    }
    let mut end = end.min(1500).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

// ---------------------------------------------------------------------------------------------
// Year
// ---------------------------------------------------------------------------------------------

const MONTHS: &str =
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";

static YEAR_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[89]\d\d|2\d\d\d)\b").expect("valid regex"));

/// A full date: ISO (2026-03-23) or Swedish ("23 mars 2026", "den 1 april 2024").
static FULL_DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:((?:19|20)\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:[1-9]|[12]\d|3[01])\s+(?:{MONTHS})\s+((?:19|20)\d\d))\b"
    ))
    .expect("valid regex")
});

/// Labels of a publication or decision date.
const DATE_LABELS: &[&str] = &[
    "publicerad",
    "publicerat",
    "sammanträdesdatum",
    "beslutsdatum",
    "datum",
    "daterad",
    "antagen",
    "antaget",
    "antagna",
    "fastställd",
    "fastställt",
    "beslutad",
    "beslutat",
    "protokollsdatum",
    "senast uppdaterad",
    "uppdaterad",
];

/// Words before a year that make it a target, not the document's year: "fram till 2030",
/// "senast 2025", "Vision 2040", "Agenda 2030".
const TARGET_WORDS: &[&str] = &["till", "senast", "vision", "agenda", "mot", "före", "innan"];

fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    1970 + (secs / 31_556_952) as i32
}

fn plausible(y: i32) -> bool {
    (1950..=current_year() + 10).contains(&y)
}

/// The matches of [`YEAR_RE`] in `s` made of ASCII digits (the only ones that parse as a
/// year), as byte ranges in order, without running the regex over all of `s`.
///
/// A match is four digits with a word boundary on each side, so its digits are a whole run of
/// ASCII digits of length four. Each such run is checked with the regex itself on the run plus
/// one character on each side, which is all that its `\b`s look at.
fn year_matches(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - start != 4 {
                continue;
            }
            let from = s[..start].char_indices().next_back().map_or(0, |(p, _)| p);
            let to = s[i..].chars().next().map_or(i, |c| i + c.len_utf8());
            if YEAR_RE
                .find(&s[from..to])
                .is_some_and(|m| from + m.start() == start && from + m.end() == i)
            {
                return Some((start, i));
            }
        }
        None
    })
}

/// Years in `s`, in order, that are plausible.
fn years_in(s: &str) -> impl Iterator<Item = i32> + '_ {
    year_matches(s)
        .filter_map(|(a, b)| s[a..b].parse().ok())
        .filter(|&y| plausible(y))
}

fn year(text: &str, title: Option<&str>) -> Option<i32> {
    // 1. A labelled date near the top (or, as web pages put it, at the very end), on the
    //    label's line or the next non-empty one.
    let all: Vec<&str> = text.lines().collect();
    let head = &all[..all.len().min(40)];
    let tail = &all[all.len().saturating_sub(15).max(head.len())..];
    for lines in [head, tail] {
        if let Some(y) = labelled_year(lines) {
            return Some(y);
        }
    }
    // 2. A year in the title: "Budget 2015", "Delårsrapport augusti 2021".
    if let Some(y) = title.and_then(|t| years_in(t).next()) {
        return Some(y);
    }
    // 3. The latest full date near the top: meeting and signing dates of the document itself.
    let top = &text[..top_bytes(text, 3000)];
    let latest = FULL_DATE_RE
        .captures_iter(top)
        .filter_map(|c| c.get(1).or(c.get(2))?.as_str().parse::<i32>().ok())
        .filter(|&y| plausible(y))
        .max();
    if latest.is_some() {
        return latest;
    }
    // 4. The most common year that is not a target year; the later one on a tie.
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for (start, end) in year_matches(text) {
        let Ok(y) = text[start..end].parse::<i32>() else {
            continue;
        };
        if !plausible(y) {
            continue;
        }
        let before = text[..start].trim_end();
        let prev_word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        // A year right after a dash is the end of a range ("2022–2025").
        let after_dash = before.ends_with(['-', '–', '—']);
        if TARGET_WORDS.contains(&prev_word.as_str()) || after_dash {
            continue;
        }
        *counts.entry(y).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
}

/// The year of the first labelled date ("Publicerad: 12 maj 2023", "Datum\n2024-03-01").
fn labelled_year(lines: &[&str]) -> Option<i32> {
    for (i, line) in lines.iter().enumerate() {
        let l = line.trim().to_lowercase();
        let labelled = DATE_LABELS.iter().any(|lab| {
            l.strip_prefix(lab)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ' ', '\t', '.', ',']))
        });
        if !labelled {
            continue;
        }
        if let Some(y) = years_in(line).next() {
            return Some(y);
        }
        if let Some(next) = lines[i + 1..].iter().find(|l| !l.trim().is_empty())
            && next.len() <= 40
            && let Some(y) = years_in(next).next()
        {
            return Some(y);
        }
    }
    None
}

/// The largest character boundary of `text` at or below `n`: the end of its first `n` bytes.
pub(crate) fn top_bytes(text: &str, n: usize) -> usize {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

// ---------------------------------------------------------------------------------------------
// Document type
// ---------------------------------------------------------------------------------------------

/// Blogs and news items are short; a long report that mentions "bloggar" or "publicerad" is
/// neither.
const SHORT_TEXT: usize = 40_000;

static PARAGRAPH_SIGN_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^\s*§\s*\d+").expect("valid regex"));
static SAYS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bsäger\s+\p{Lu}|,\s*säger\b").expect("valid regex"));
static COMMENTS_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)lämna ett svar|lämna en kommentar|skriv en kommentar|\d+\s+kommentarer|kommentarer\s*\(\d+\)")
        .expect("valid regex")
});

fn doc_type(text: &str, title: Option<&str>) -> Option<&'static str> {
    let head: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    let top = text[..top_bytes(text, 4000)].to_lowercase();
    let tail_start = {
        let mut s = text.len().saturating_sub(2000);
        while !text.is_char_boundary(s) {
            s += 1;
        }
        s
    };
    let tail = text[tail_start..].to_lowercase();
    let line_starts = |s: &str, p: &str| s.lines().any(|l| l.trim_start().starts_with(p));
    let short = text.len() < SHORT_TEXT;

    // Genre scores; each must reach its threshold, the highest wins, earlier on a tie.
    let mut genres: Vec<(&'static str, f64)> = vec![];

    let mut protokoll = 0.0;
    if head.contains("protokoll") {
        protokoll += 3.0;
    }
    if top.contains("protokollsutdrag") || top.contains("utdrag ur protokoll") {
        protokoll += 3.0;
    }
    if top.contains("sammanträdesdatum") {
        protokoll += 2.0;
    }
    if top.contains("justerare") || top.contains("justerandes") || top.contains("justering") {
        protokoll += 2.0;
    }
    if PARAGRAPH_SIGN_RE.find_iter(text).nth(1).is_some() {
        protokoll += 2.0;
    }
    genres.push(("protokoll", if protokoll >= 3.0 { protokoll } else { 0.0 }));

    let mut tjs = 0.0;
    if head.contains("tjänsteskrivelse") {
        tjs += 4.0;
    } else if top.contains("tjänsteskrivelse") {
        tjs += 1.0;
    }
    if top.contains("förslag till beslut") {
        tjs += 2.0;
    }
    if top.contains("diarienummer") || top.contains("dnr") {
        tjs += 1.0;
    }
    if top.contains("beslutsunderlag") {
        tjs += 1.0;
    }
    if line_starts(&top, "ärendet") || line_starts(&top, "ärendebeskrivning") {
        tjs += 1.0;
    }
    genres.push(("tjansteskrivelse", if tjs >= 4.0 { tjs } else { 0.0 }));

    let mut blogg = 0.0;
    if short && (head.contains("blogg") || tail.contains("blogg")) {
        blogg += 3.0;
    }
    if short && COMMENTS_RE.is_match(&tail) {
        blogg += 2.0;
    }
    genres.push(("blogg", if blogg >= 3.0 { blogg } else { 0.0 }));

    let mut nyhet = 0.0;
    if short {
        if line_starts(&top, "publicerad") || line_starts(&tail, "publicerad") {
            nyhet += 3.0;
        }
        if line_starts(&top, "fotograf") || line_starts(&top, "foto:") {
            nyhet += 1.0;
        }
        nyhet += SAYS_RE.find_iter(text).take(2).count() as f64;
        if line_starts(&top, "senast uppdaterad") || line_starts(&tail, "senast uppdaterad") {
            nyhet += 1.0;
        }
    }
    genres.push(("nyhet", if nyhet >= 3.0 { nyhet } else { 0.0 }));

    let mut best: Option<(&'static str, f64)> = None;
    for (g, s) in genres {
        if s > 0.0 && best.is_none_or(|(_, b)| s > b) {
            best = Some((g, s));
        }
    }
    if let Some((g, _)) = best {
        return Some(g);
    }

    // Topic words, in the title first, then in the first lines. Compounds count
    // ("näringslivsstrategi", "budgetuppföljning"); the order settles mixed titles:
    // "Handlingsplan för näringslivsstrategin" is a handlingsplan, "Budgetuppföljning" an
    // uppföljning, "Strategisk plan och budget" a budget.
    const TOPICS: &[(&str, &[&str])] = &[
        (
            "uppfoljning",
            &[
                "uppföljning",
                "tertial",
                "delårsrapport",
                "delårsbokslut",
                "årsredovisning",
                "verksamhetsberättelse",
                "årsrapport",
                "återrapportering",
                "måluppfyllelse",
            ],
        ),
        (
            "handlingsplan",
            &["handlingsplan", "åtgärdsplan", "aktivitetsplan"],
        ),
        ("budget", &["budget", "resursplan"]),
        ("strategi", &["strategi"]),
        ("program", &["program"]),
    ];
    let title = title.map(str::to_lowercase);
    for place in [title.as_deref(), Some(head.as_str())]
        .into_iter()
        .flatten()
    {
        for (token, cues) in TOPICS {
            if cues.iter().any(|c| place.contains(c)) {
                return Some(token);
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Title
// ---------------------------------------------------------------------------------------------

/// Section names and form labels that are never a document's title.
const GENERIC_HEADINGS: &[&str] = &[
    "sammanfattning",
    "innehåll",
    "innehållsförteckning",
    "förord",
    "inledning",
    "bakgrund",
    "ärendet",
    "ärendebeskrivning",
    "beslutsunderlag",
    "förslag till beslut",
    "tjänsteskrivelse",
    "protokoll",
    "sammanträdesprotokoll",
    "protokollsutdrag",
    "beslut",
    "yttrande",
    "bilaga",
    "bilagor",
    "sida",
    "page",
    "datum",
    "diarienummer",
    "dnr",
    "publicerad",
    "nyheter",
    "nyhet",
    "pressmeddelande",
    "beslutsplanering",
    "beslutet skickas till",
    "expedieras till",
    "handläggare",
    "kontaktperson",
    "yrkanden",
    "reservation",
    "underskrift",
    "mottagare",
];

/// Form labels that start a line with a value after them: "Dnr KS 2024/12", "Sida 3 av 9".
const LABEL_PREFIXES: &[&str] = &[
    "dnr",
    "diarienummer",
    "datum",
    "sida",
    "page",
    "publicerad",
    "sammanträdesdatum",
    "beslutsdatum",
    "sammanträde",
];

/// A party in parentheses marks a byline ("Anna Andersson (S)", "kommunalråd ( M )").
static BYLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*(?:S|M|C|V|L|KD|MP|SD|FP|Fp|Kd|Mp)\s*\)").expect("valid regex")
});
/// Leading section numbers: "2. ", "1.3 ", "4 ".
static NUMBERING_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+").expect("valid regex"));

/// True if `line` is a letterhead line, never a title: the municipality's name ("Norrhamns
/// kommun", "LERVIKENS KOMMUN"), a body or unit alone ("Kommunstyrelsen"), the document form
/// ("Tjänsteskrivelse", "Protokoll") or a reference ("Dnr KS 2026/22", "2026-02-03",
/// "Sammanträdesdatum 2025-03-11", "Sida 1 av 3", "1 (3)"). In a running header the first
/// half, before a wide gap, decides ("Hedeby kommun        Dnr KS 2025/318").
pub(crate) fn letterhead_line(line: &str) -> bool {
    let first = line.trim().split("   ").next().unwrap_or_default().trim();
    !first.is_empty() && LETTERHEAD.is_match(first)
}

static LETTERHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?-i:\p{{Lu}})[\p{{L}}-]+\s+(?:kommun|stad|region|stadsdelsförvaltning)|{body}|tjänsteskrivelse|protokoll|sammanträdesprotokoll|protokollsutdrag|(?:sammanträdes)?datum:?\s*\d{{4}}-\d\d-\d\d|(?:dnr|diarienummer|diarienr)\.?:?\s*\S.*|\d{{4}}-\d\d-\d\d|sida\s+\d+(?:\s+av\s+\d+)?|\d+\s*\(\d+\))(?:\s+\d{{4}}-\d\d-\d\d)?$",
        body = r"(?:[\p{L}-]+\s+(?:och|&)\s+)?[\p{L}-]*(?:styrelsen|fullmäktige|nämnden|förvaltningen|kontoret|utskottet|enheten|avdelningen|stadsledningskontoret)"
    ))
    .expect("letterhead pattern is valid")
});

fn title(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.split(['\n', '\x0c']).take(80).map(str::trim).collect();
    let mut non_empty_seen = 0;
    for (i, raw) in lines.iter().enumerate() {
        if raw.is_empty() {
            continue;
        }
        non_empty_seen += 1;
        if non_empty_seen > 15 {
            break;
        }
        let line = crate::model::collapse_whitespace(raw);
        let line = NUMBERING_RE.replace(&line, "").into_owned();
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        let words = line.split_whitespace().count();
        let first = line.chars().next().unwrap_or(' ');
        let continues = lines
            .get(i + 1)
            .is_some_and(|n| n.starts_with(char::is_lowercase));
        let lower = line.to_lowercase();
        let label = lower.trim_end_matches([':', ' ']);
        // The title comes before the body: at the first paragraph (a sentence of some length,
        // or a line that runs on into the next) there is no title to find.
        if words >= 8 && (line.ends_with(['.', '!', '?']) || continues || line.len() > 150) {
            break;
        }
        if letters < 3
            || line.chars().count() > 150
            || words > 18
            || !(first.is_uppercase() || first.is_numeric())
            || line.ends_with(['.', ',', ';', ':'])
            || continues
            || is_lead_in(&lower)
            || FULL_DATE_RE.is_match(&line)
            || letterhead_line(raw)
            || BYLINE_RE.is_match(&line)
            || GENERIC_HEADINGS.contains(&label)
            || LABEL_PREFIXES.iter().any(|p| {
                label
                    .strip_prefix(p)
                    .is_some_and(|r| r.starts_with([' ', ':', '.']))
            })
        {
            continue;
        }
        return Some(sentence_case(&line));
    }
    None
}

/// A line that introduces a list of proposals: "Kommunstyrelsen föreslår kommunfullmäktige
/// besluta", "Nämnden beslutar att".
fn is_lead_in(lower: &str) -> bool {
    lower.contains(" föreslår ")
        || lower.ends_with(" besluta")
        || lower.ends_with(" att")
        || lower.ends_with(" följande")
}

/// "UPPFÖLJNINGSRAPPORT NÄRINGSLIV" → "Uppföljningsrapport näringsliv"; other text unchanged.
fn sentence_case(s: &str) -> String {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 4 || letters.iter().any(|c| c.is_lowercase()) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut first = true;
    for c in s.chars() {
        if first && c.is_alphabetic() {
            out.push(c);
            first = false;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests;
