//! The plain data types every stage shares: documents, their metadata, passages and items.
//!
//! Swedish source terms, noted once: mål → [`ItemKind::Goal`], uppdrag → [`ItemKind::Assignment`],
//! beslut → [`ItemKind::Decision`], åtagande → [`ItemKind::Commitment`], kommun → municipality,
//! styrdokument → document.
//!
//! Offsets: every `start`/`end` in this crate is a **byte offset into [`Document::text`]**, the
//! normalised text (NFC, LF line ends, plain spaces; see `ingest::normalize`). Pages are separated
//! in that text by a form feed (`\x0c`), so the page of an offset is one plus the number of form
//! feeds before it ([`Document::page_at`]).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MetaSource {
    /// Given by a `manifest.csv` beside the file.
    Manifest,
    /// Guessed from the text (municipality names, dates, type cues).
    Inferred,
}

/// Metadata of one document. Every value is optional: nothing is invented.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// Municipality name in its base form ("Malmö", "Stockholm"), not "Malmö stad".
    pub municipality: Option<String>,
    /// Where `municipality` came from.
    pub municipality_source: Option<MetaSource>,
    /// Document type, a lower-case ASCII token: `budget`, `protokoll`, `tjansteskrivelse`,
    /// `strategi`, `program`, `handlingsplan`, `uppfoljning`, `nyhet`, `blogg`, … (manifest values
    /// are kept as given).
    pub doc_type: Option<String>,
    /// Where `doc_type` came from.
    pub doc_type_source: Option<MetaSource>,
    /// The document's year.
    pub year: Option<i32>,
    /// Where `year` came from.
    pub year_source: Option<MetaSource>,
    /// Title.
    pub title: Option<String>,
    /// Where `title` came from.
    pub title_source: Option<MetaSource>,
}

/// The file format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Plain text in any common encoding.
    Text,
    /// PDF, read with lopdf.
    Pdf,
}

/// One ingested document: its normalised text and metadata.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the first 16 hex digits of the BLAKE3 hash of the file's bytes.
    pub id: String,
    /// Path as given or found while walking a folder.
    pub path: PathBuf,
    /// File name without folders.
    pub file: String,
    /// Format the text was read from.
    pub format: SourceFormat,
    /// Encoding of a text file (`UTF-8`, `UTF-16LE`, `windows-1252`, …); `None` for PDFs.
    pub encoding: Option<String>,
    /// Metadata from the manifest or inferred.
    pub meta: Metadata,
    /// Normalised text; pages separated by `\x0c`.
    pub text: String,
    /// Number of pages (form feeds + 1; 1 for a text without form feeds, 0 for empty PDFs).
    pub pages: u32,
    /// Running headers/footers removed from the text (PDF), kept here as metadata.
    pub furniture: Vec<String>,
    /// Problems that did not stop reading (undecodable bytes, unmapped glyphs, no text layer…).
    pub warnings: Vec<String>,
}

impl Document {
    /// The 1-based page of a byte offset into [`Document::text`].
    pub fn page_at(&self, offset: usize) -> u32 {
        page_at(&self.text, offset)
    }
}

/// The 1-based page of a byte offset in a text whose pages are separated by form feeds.
pub fn page_at(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\x0c')
        .count() as u32
}

/// A byte range into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The four kinds of item (see `../shared/eval/GUIDELINE.md`). Where two fit, the first wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// Uppdrag: a body or unit is given a task.
    Assignment,
    /// Beslut: a decision taken, proposed or scheduled.
    Decision,
    /// Mål: a desired state or a target.
    Goal,
    /// Åtagande: a forward-looking statement that the municipality will do something.
    Commitment,
}

impl ItemKind {
    /// All kinds in priority order.
    pub const ALL: [ItemKind; 4] = [
        ItemKind::Assignment,
        ItemKind::Decision,
        ItemKind::Goal,
        ItemKind::Commitment,
    ];

    /// The lower-case name used in output and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Assignment => "assignment",
            ItemKind::Decision => "decision",
            ItemKind::Goal => "goal",
            ItemKind::Commitment => "commitment",
        }
    }

    /// Parses a kind name (English or the Swedish term).
    pub fn parse(s: &str) -> Option<ItemKind> {
        match s.trim().to_lowercase().as_str() {
            "assignment" | "uppdrag" => Some(ItemKind::Assignment),
            "decision" | "beslut" => Some(ItemKind::Decision),
            "goal" | "mål" | "mal" => Some(ItemKind::Goal),
            "commitment" | "åtagande" | "atagande" => Some(ItemKind::Commitment),
            _ => None,
        }
    }
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Status of an assignment or decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Proposed ("Förslag till beslut", "föreslår").
    Proposed,
    /// Decided ("beslutade", "antogs", an adopted budget's assignments).
    Decided,
    /// Scheduled (an entry of "Beslutsplanering").
    Scheduled,
}

impl Status {
    /// The lower-case name used in output and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Decided => "decided",
            Status::Scheduled => "scheduled",
        }
    }

    /// Parses a status name.
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim().to_lowercase().as_str() {
            "proposed" => Some(Status::Proposed),
            "decided" => Some(Status::Decided),
            "scheduled" => Some(Status::Scheduled),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One goal, assignment, decision or commitment found in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Id of the document ([`Document::id`]).
    pub doc_id: String,
    /// File name of the document.
    pub file: String,
    /// Municipality of the document, if known.
    pub municipality: Option<String>,
    /// Kind.
    pub kind: ItemKind,
    /// The item text: `document.text[span]` with whitespace collapsed to single spaces, a
    /// leading bullet or list number removed, and words broken at a line end by a hyphen
    /// rejoined ("Kommun-⏎fullmäktige" → "Kommunfullmäktige"); see `segment::item_text`.
    pub text: String,
    /// Who must carry out an assignment.
    pub assignee: Option<String>,
    /// Who gives an assignment.
    pub assigner: Option<String>,
    /// Who decides (or proposes to decide) a decision.
    pub body: Option<String>,
    /// Status of an assignment or decision.
    pub status: Option<Status>,
    /// Years the item or its heading names.
    pub years: Vec<i32>,
    /// 1-based page.
    pub page: u32,
    /// Byte span into the document text.
    pub span: Span,
    /// Headings above the item, outermost first.
    pub heading: Vec<String>,
    /// Id of the rule that classified the item.
    pub rule: String,
}

impl Item {
    /// A stable id for the item: document id and start offset, `"<doc_id>:<start>"`.
    pub fn id(&self) -> String {
        format!("{}:{}", self.doc_id, self.span.start)
    }
}

/// An item with the metadata of its document: one row of `export`, one hit of an item search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemRecord {
    /// The item.
    pub item: Item,
    /// Document type ([`Metadata::doc_type`]).
    pub doc_type: Option<String>,
    /// Document title.
    pub doc_title: Option<String>,
    /// Document year.
    pub doc_year: Option<i32>,
}

impl ItemRecord {
    /// Joins an item with its document's metadata.
    pub fn new(item: Item, meta: &Metadata) -> Self {
        ItemRecord {
            item,
            doc_type: meta.doc_type.clone(),
            doc_title: meta.title.clone(),
            doc_year: meta.year,
        }
    }
}

/// The filters shared by `search`, `export` and `compare`. Empty lists and `None` match all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Item kinds.
    pub kinds: Vec<ItemKind>,
    /// Municipalities (compared case-insensitively).
    pub municipalities: Vec<String>,
    /// Inclusive year range: an item matches if one of its years, or else its document's year,
    /// falls inside.
    pub years: Option<(i32, i32)>,
    /// Document type.
    pub doc_type: Option<String>,
    /// Status.
    pub status: Option<Status>,
}

impl Filter {
    /// True if the record passes every filter.
    pub fn matches(&self, r: &ItemRecord) -> bool {
        let it = &r.item;
        (self.kinds.is_empty() || self.kinds.contains(&it.kind))
            && (self.municipalities.is_empty()
                || it.municipality.as_deref().is_some_and(|m| {
                    self.municipalities
                        .iter()
                        .any(|f| f.to_lowercase() == m.to_lowercase())
                }))
            && self.years.is_none_or(|(lo, hi)| {
                let inside = |y: &i32| (lo..=hi).contains(y);
                if it.years.is_empty() {
                    r.doc_year.as_ref().is_some_and(inside)
                } else {
                    it.years.iter().any(inside)
                }
            })
            && self.doc_type.as_deref().is_none_or(|t| {
                r.doc_type
                    .as_deref()
                    .is_some_and(|d| d.eq_ignore_ascii_case(t))
            })
            && self.status.is_none_or(|s| it.status == Some(s))
    }
}

/// Parses a year filter: `2020`, `2020..2024`, `2020..` or `..2024` (inclusive).
pub fn parse_year_range(s: &str) -> Option<(i32, i32)> {
    let s = s.trim();
    if let Some((a, b)) = s.split_once("..") {
        let lo = if a.trim().is_empty() {
            i32::MIN
        } else {
            a.trim().parse().ok()?
        };
        let hi = if b.trim().is_empty() {
            i32::MAX
        } else {
            b.trim().trim_start_matches('=').parse().ok()?
        };
        (lo <= hi).then_some((lo, hi))
    } else {
        let y = s.parse().ok()?;
        Some((y, y))
    }
}

/// A passage of plain text (a paragraph, list entry or heading) that search can return even when
/// it is not an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Text with whitespace collapsed.
    pub text: String,
    /// 1-based page.
    pub page: u32,
    /// Byte span into the document text.
    pub span: Span,
    /// Headings above the passage, outermost first.
    pub heading: Vec<String>,
}

/// Collapses every run of whitespace (including form feeds and newlines) to one space and trims.
pub fn collapse_whitespace(s: &str) -> String {
    // The same as joining `s.split_whitespace()` with single spaces, without decoding
    // characters: only ASCII whitespace and the lead bytes of the non-ASCII White_Space
    // characters (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) can start whitespace.
    const fn classes() -> [u8; 256] {
        let mut t = [0u8; 256];
        t[b' ' as usize] = 1;
        let mut c = b'\t';
        while c <= b'\r' {
            t[c as usize] = 1;
            c += 1;
        }
        t[0xc2] = 2;
        t[0xe1] = 2;
        t[0xe2] = 2;
        t[0xe3] = 2;
        t
    }
    static CLASS: [u8; 256] = classes();
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    loop {
        // Skip whitespace.
        while i < n {
            let ws = match CLASS[b[i] as usize] {
                0 => 0,
                1 => 1,
                _ => s[i..]
                    .chars()
                    .next()
                    .filter(|c| c.is_whitespace())
                    .map_or(0, char::len_utf8),
            };
            if ws == 0 {
                break;
            }
            i += ws;
        }
        if i >= n {
            return out;
        }
        // A word: up to the next whitespace.
        let w = i;
        while i < n {
            match CLASS[b[i] as usize] {
                0 => i += 1,
                1 => break,
                _ => {
                    if s[i..].chars().next().is_some_and(char::is_whitespace) {
                        break;
                    }
                    i += 1;
                }
            }
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[w..i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_whitespace_is_split_whitespace_joined() {
        for s in [
            "",
            " ",
            "a",
            "  a  b\t\tc\n\x0b\x0cd\r ",
            "å\u{a0}ä\u{85}ö\u{1680}x\u{2000}\u{200a}y\u{2028}\u{2029}\u{202f}z\u{205f}\u{3000}",
            "§ ¤ € – — … ” “ ‘ ’ \u{e2}\u{200b}x \u{feff}y",
            "\u{3000}lead and trail\u{a0}",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_whitespace(s), want, "{s:?}");
        }
    }

    #[test]
    fn page_at_counts_form_feeds() {
        let t = "a\x0cb\x0cc";
        assert_eq!(page_at(t, 0), 1);
        assert_eq!(page_at(t, 2), 2);
        assert_eq!(page_at(t, 4), 3);
        assert_eq!(page_at(t, 99), 3);
    }

    #[test]
    fn kinds_round_trip() {
        for k in ItemKind::ALL {
            assert_eq!(ItemKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ItemKind::parse("uppdrag"), Some(ItemKind::Assignment));
        assert_eq!(ItemKind::parse("nonsense"), None);
    }

    #[test]
    fn year_ranges() {
        assert_eq!(parse_year_range("2020..2024"), Some((2020, 2024)));
        assert_eq!(parse_year_range("2021"), Some((2021, 2021)));
        assert_eq!(parse_year_range("2020.."), Some((2020, i32::MAX)));
        assert_eq!(parse_year_range("2024..2020"), None);
        assert_eq!(parse_year_range("x"), None);
    }

    #[test]
    fn filter_matches_kind_municipality_and_years() {
        let item = Item {
            doc_id: "d".into(),
            file: "f.txt".into(),
            municipality: Some("Malmö".into()),
            kind: ItemKind::Goal,
            text: "t".into(),
            assignee: None,
            assigner: None,
            body: None,
            status: None,
            years: vec![],
            page: 1,
            span: Span { start: 0, end: 1 },
            heading: vec![],
            rule: "r".into(),
        };
        let meta = Metadata {
            year: Some(2019),
            ..Default::default()
        };
        let r = ItemRecord::new(item, &meta);
        assert!(Filter::default().matches(&r));
        let f = Filter {
            municipalities: vec!["malmö".into()],
            kinds: vec![ItemKind::Goal],
            years: Some((2018, 2020)),
            ..Default::default()
        };
        assert!(f.matches(&r));
        assert!(
            !Filter {
                years: Some((2020, 2021)),
                ..f.clone()
            }
            .matches(&r)
        );
        assert!(
            !Filter {
                kinds: vec![ItemKind::Decision],
                ..f
            }
            .matches(&r)
        );
    }

    #[test]
    fn collapse() {
        assert_eq!(collapse_whitespace("  a \n\x0c b\t c "), "a b c");
    }
}
