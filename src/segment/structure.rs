//! Layout: turns the lines of a document into blocks (headings, paragraphs, list entries, short
//! field lines), reflowing hard-wrapped lines and dropping page furniture and web chrome.
//!
//! Everything here works on byte offsets into the document text, so that every block (and every
//! sentence and item cut from it later) can point back to the exact bytes it came from.

use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// A heading; `level` 1 for "1. Title", 2 for "1.2 Title", 4 for unnumbered headings.
    Heading { level: u8 },
    /// Running text of one or more (reflowed) lines.
    Paragraph,
    /// A list entry that starts with a bullet or a list number ("•", "-", "1.", "a)"…).
    Entry,
    /// A short line among other short lines (contact details, a "Beslutsplanering" entry…).
    Line,
}

/// One block: a byte range of the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub kind: BlockKind,
    /// First byte (the bullet of an entry, if any).
    pub start: usize,
    /// One past the last non-blank byte.
    pub end: usize,
    /// Where the content starts (after the bullet or list number of an entry).
    pub content: usize,
}

/// Known bullets. A bullet must be followed by whitespace.
const BULLETS: &[char] = &[
    '•', '-', '–', '—', '*', '·', '▪', '‣', '○', '●', '◦', '\u{f0b7}', '■', '□', '➢', '►',
];

/// Length in bytes of a leading bullet or list number plus the whitespace after it, if `s`
/// starts with one: "• ", "- ", "1. ", "2) ", "a) ".
pub(crate) fn marker_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    let after = if BULLETS.contains(&c) {
        c.len_utf8()
    } else if c.is_ascii_digit() {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 2 {
            return None;
        }
        match s.as_bytes().get(digits) {
            Some(b'.') | Some(b')') => digits + 1,
            _ => return None,
        }
    } else if c.is_ascii_lowercase() && s.as_bytes().get(1) == Some(&b')') {
        2
    } else {
        return None;
    };
    let rest = &s[after..];
    let ws = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    // "1.5 miljoner" or "-10 grader" are not list markers: whitespace must follow, then text.
    if ws == 0 || rest[ws..].is_empty() {
        return None;
    }
    Some(after + ws)
}

/// Removes a leading bullet or list number (see [`marker_len`]).
pub(crate) fn strip_marker(s: &str) -> &str {
    match marker_len(s) {
        Some(n) => &s[n..],
        None => s,
    }
}

/// Page furniture and web chrome, matched against a whole (trimmed, short) line,
/// case-insensitively. These are general shapes of web pages and forms, not phrases of one file.
const CHROME: &[&str] = &[
    // Navigation and sharing links.
    r"(?i)^(tillbaka|till toppen|till början|dela|dela sidan|skriv ut|lyssna|läs upp|läs mer|relaterat|relaterade sidor|meny|sök|hem|startsida|print|share|cookies?|kontakta oss)\s*:?$",
    // Publishing metadata of web pages.
    r"(?i)^(publicerad|publicerat|senast (uppdaterad|ändrad|granskad)|uppdaterad|sidan (uppdaterades|granskades|publicerades)|datum för publicering)([^\w].{0,40})?$",
    // Photo credits.
    r"(?i)^(foto|fotograf|bild|bildkälla|illustration|photo)\s*:",
    // Comment forms of blogs and news pages.
    r"(?i)^(lämna (ett|en) (svar|kommentar)|kommentera|skriv en kommentar|kommentarer|din e-postadress|e-postadressen publiceras|namn\s*\*|e-post\s*\*|webbplats\s*\*?)([^\w]|$)",
    r"(?i)(ip-nummer|ip-adress|obligatoriska fält|markerade med \*)",
    // Form placeholders of Word templates.
    r"(?i)^(klicka|tryck) här för att (ange|skriva|välja|lägga)",
    // Page numbers: "3", "Sida 3", "3 (12)", "3/12", "Sida 3 av 12".
    r"(?i)^((sida|page|s\.)\s*)?\d{1,4}(\s*(\(|/|av|of)\s*\d{1,4}\)?)?$",
    // Table-of-contents lines: "3.2 Näringsliv ........ 14".
    r"(\.{4,}|…{2,}|_{4,})\s*\d{1,4}$",
    // Separator lines.
    r"^[-–—_=*.·•~#]{2,}$",
    // Link lists at the end of web pages.
    r"(?i)^(mer information( om)?|läs mer om|se även|relaterad information|hitta hit)([^\w][^.!?]{0,80})?$",
];

/// The [`CHROME`] patterns anchored at the start of the line, as one set: on most lines its
/// automaton stops after a few bytes.
static CHROME_ANCHORED: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(CHROME.iter().filter(|p| anchored(p))).expect("chrome patterns are valid")
});
/// The other [`CHROME`] patterns, one regex each, so that each searches a line with its own
/// literal prefilter ("ip-", "....") instead of an automaton walking the whole line.
static CHROME_FLOATING: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    CHROME
        .iter()
        .filter(|p| !anchored(p))
        .map(|p| Regex::new(p).expect("chrome patterns are valid"))
        .collect()
});

fn anchored(pattern: &str) -> bool {
    pattern.trim_start_matches("(?i)").starts_with('^')
}

/// Running headers and footers with a page number set apart by wide spacing:
/// "BARN- OCH UTBILDNINGSNÄMNDEN          Sida 1 av 2", and the Swedish "page (pages)" form
/// without "Sida": "ÄGARDIREKTIV FÖR AB HEM          2 (3)". Kept out of [`CHROME`], whose
/// patterns are anchored at the start: this one would make the set scan every line to its end.
/// A number alone after wide spacing ("Antal besök      120") is a table cell, not a header.
static RUNNING_HEADER: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\S\s{3,}((sida|page|s\.)\s*\d{1,4}(\s*(\(|/|av|of)\s*\d{1,4}\)?)?|\d{1,4}\s*\(\s*\d{1,4}\s*\))$")
        .expect("running header pattern is valid")
});

/// True if a trimmed line is page furniture or web chrome.
pub(crate) fn is_chrome(line: &str) -> bool {
    line.len() <= 160
        && (CHROME_ANCHORED.is_match(line)
            || CHROME_FLOATING.iter().any(|r| r.is_match(line))
            || line.ends_with(|c: char| c.is_ascii_digit() || c == ')')
                && line.contains("   ")
                && RUNNING_HEADER.is_match(line))
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// Trimmed content range.
    start: usize,
    end: usize,
    /// Bullet length if the line starts with one.
    marker: Option<usize>,
    /// Blank or chrome: separates blocks like an empty line.
    gap: bool,
}

/// Splits `text` into lines at `\n` and form feeds (a page break also ends a line).
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 60 + 1);
    let bytes = text.as_bytes();
    let mut ls = 0;
    let n = bytes.len();
    while ls <= n {
        let le = memchr_line_end(&bytes[ls..]).map_or(n, |i| ls + i);
        let raw = &text[ls..le];
        let trimmed_start = raw.len() - raw.trim_start().len();
        let t = raw.trim();
        let start = ls + trimmed_start;
        let end = start + t.len();
        let gap = t.is_empty() || is_chrome(t);
        out.push(Line {
            start,
            end,
            marker: if gap { None } else { marker_len(t) },
            gap,
        });
        if le >= n {
            break;
        }
        ls = le + 1;
    }
    out
}

fn memchr_line_end(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n' || c == b'\x0c')
}

/// Line widths of a hard-wrapped text (a PDF extraction) cluster below ~130 characters; a text
/// whose paragraphs are single lines has long lines. Returns the typical full line width of a
/// hard-wrapped text, or `None` when lines are not wrapped.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let mut lens: Vec<usize> = lines
        .iter()
        .filter(|l| !l.gap)
        .map(|l| text[l.start..l.end].chars().count())
        .collect();
    if lens.len() < 8 {
        return None;
    }
    lens.sort_unstable();
    let p90 = lens[lens.len() * 9 / 10];
    let mid = lens.iter().filter(|&&n| (40..=130).contains(&n)).count();
    (p90 <= 130 && mid * 2 >= lens.len()).then_some(p90.max(40))
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '"', '”', ')'])
}

fn starts_lower(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '(' || c == ',')
}

/// Splits a document text into blocks in document order.
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let width = wrap_width(text, &lines);
    let long = |l: &Line| width.is_some_and(|w| text[l.start..l.end].chars().count() * 10 >= w * 6);
    let very_long =
        |l: &Line| width.is_some_and(|w| text[l.start..l.end].chars().count() * 100 >= w * 85);

    // 1. Group lines into raw blocks (start line index, end line index inclusive).
    let mut groups: Vec<(usize, usize)> = vec![];
    let mut cur: Option<(usize, usize)> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.gap {
            if let Some(g) = cur.take() {
                groups.push(g);
            }
            continue;
        }
        match cur {
            None => cur = Some((i, i)),
            Some((s, e)) => {
                let prev = &lines[e];
                let p = &text[prev.start..prev.end];
                let c = &text[l.start..l.end];
                // A tab-separated line is a table row, never the continuation of a wrapped one.
                let join = l.marker.is_none()
                    && !att_entry(p, c)
                    && !p.contains('\t')
                    && !c.contains('\t')
                    // "Ansvar: …  När: …" below a measure, and the next "Aktivitet 3.1.2 …",
                    // are lines of their own however long the line above.
                    && !field_line(c)
                    && !field_line(p)
                    && !super::sections::measure_heading(c)
                    && (starts_lower(c) && !p.ends_with(':')
                        || long(prev) && !ends_sentence(p) && !p.ends_with(':')
                        || very_long(prev) && !p.ends_with(':'));
                if join {
                    cur = Some((s, i));
                } else {
                    groups.push((s, e));
                    cur = Some((i, i));
                }
            }
        }
    }
    if let Some(g) = cur {
        groups.push(g);
    }

    // 2. Classify groups. A group is "isolated" when gaps (or the text's ends) surround it.
    let is_gap_before = |li: usize| li == 0 || lines[li - 1].gap;
    let is_gap_after = |li: usize| li + 1 >= lines.len() || lines[li + 1].gap;
    let mut out: Vec<Block> = Vec::with_capacity(groups.len());
    let mut kinds: Vec<Option<BlockKind>> = Vec::with_capacity(groups.len());
    let mut grp: Vec<Option<(usize, usize)>> = Vec::with_capacity(groups.len());
    for &(s, e) in &groups {
        let first = &lines[s];
        let start = first.start;
        let end = lines[e].end;
        let body = &text[start..end];
        // A numbered heading: "2. Bakgrund" alone on its line between gaps, or with its text
        // right below it ("4. Uppdrag\nBolaget får i uppdrag …", common in PDF text) when it
        // is short (six words at most) and the next line is not another list entry.
        let next_plain = lines
            .get(e + 1)
            .is_some_and(|n| !n.gap && n.marker.is_none());
        let numbered_heading = first.marker.is_some_and(|m| {
            let rest = &body[m..];
            body.starts_with(|c: char| c.is_ascii_digit())
                && s == e
                && is_gap_before(s)
                && (is_gap_after(e) || next_plain && rest.split_whitespace().count() <= 6)
                && rest.split_whitespace().count() <= 12
                && !rest.ends_with(['.', '!', '?', ';', ':', ','])
                && rest.starts_with(char::is_uppercase)
        });
        if numbered_heading {
            out.push(Block {
                kind: BlockKind::Heading {
                    level: heading_level(body),
                },
                start,
                end,
                content: start,
            });
            kinds.push(Some(BlockKind::Heading {
                level: heading_level(body),
            }));
            grp.push(Some((s, e)));
            continue;
        }
        // An "att"-line of a protocol's decision list ("Kommunfullmäktige beslutar\natt anta
        // …,\natt …") is a list entry without a bullet.
        let att_line = s > 0
            && !lines[s - 1].gap
            && att_entry(&text[lines[s - 1].start..lines[s - 1].end], body);
        if first.marker.is_none() && att_line {
            out.push(Block {
                kind: BlockKind::Entry,
                start,
                end,
                content: start,
            });
            kinds.push(Some(BlockKind::Entry));
            grp.push(None);
            continue;
        }
        if let Some(m) = first.marker {
            // Inline lists "* a * b * c": the same bullet again after a space starts a new entry.
            let bullet = &body[..body[..m].trim_end().len()];
            let is_bullet =
                bullet.chars().count() == 1 && !bullet.starts_with(|c: char| c.is_ascii_digit());
            let sep = format!(" {bullet} ");
            if is_bullet && body[m..].contains(&sep) {
                let mut entry_start = start;
                let mut search = start + m;
                while let Some(pos) = text[search..end].find(&sep) {
                    let at = search + pos + 1; // the bullet itself
                    push_entry(text, &mut out, &mut kinds, &mut grp, entry_start, at);
                    entry_start = at;
                    search = at + sep.len() - 1;
                }
                push_entry(text, &mut out, &mut kinds, &mut grp, entry_start, end);
            } else {
                out.push(Block {
                    kind: BlockKind::Entry,
                    start,
                    end,
                    content: start + m,
                });
                kinds.push(Some(BlockKind::Entry));
                grp.push(None);
            }
            continue;
        }
        let single = s == e;
        // Words are counted only for short single lines (the only ones that can be headings).
        let words = if single && body.len() <= 120 {
            body.split_whitespace().count()
        } else {
            usize::MAX
        };
        // A row of a tab-separated table ("2<TAB>Genomföra …<TAB>Näringslivsenheten<TAB>2026",
        // "Nr<TAB>Aktivitet<TAB>Ansvarig") is a line, not a heading; a tab after a section
        // number ("3.1<TAB>Service") is not a table.
        let table_row = single && {
            let mut cells = body.split('\t').map(str::trim).filter(|c| !c.is_empty());
            let first_is_number = cells
                .next()
                .is_some_and(|c| c.chars().all(|ch| ch.is_ascii_digit() || ch == '.'));
            cells.count() >= if first_is_number { 2 } else { 1 }
        };
        let head_shape = single
            && !table_row
            && body.len() <= 120
            && words <= 14
            && !body.ends_with(['.', '!', '?', ';', ','])
            && body.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '”' | '§')
            })
            && !has_finite_verb(body)
            && !super::ends_with_lead_verb(body)
            && (!body.ends_with(':') || words <= 4);
        let kind = if head_shape {
            None // a heading candidate, resolved in step 3
        } else if table_row || single && !long(first) && body.len() <= 80 && !ends_sentence(body) {
            Some(BlockKind::Line)
        } else {
            Some(BlockKind::Paragraph)
        };
        out.push(Block {
            kind: kind.unwrap_or(BlockKind::Line),
            start,
            end,
            content: start,
        });
        kinds.push(kind);
        grp.push(Some((s, e)));
    }

    // 3. Heading candidates: a known section name, or isolated by gaps, or followed by running
    // text (a paragraph or list) without a gap, like "Sammanfattning" above its paragraph.
    // Resolved from the end, so that a title right above such a heading ("Handlingsplan 2025"
    // over "Sammanfattning", both without gaps) is a heading too when a gap or the start of the
    // text is above it.
    for bi in (0..out.len()).rev() {
        if kinds[bi].is_some() {
            continue;
        }
        let b = &out[bi];
        let body = &text[b.start..b.end];
        let Some((s, e)) = grp[bi] else {
            out[bi].kind = BlockKind::Line;
            continue;
        };
        let isolated = is_gap_before(s) && is_gap_after(e);
        let next_running = kinds.get(bi + 1).copied().flatten().is_some_and(|k| {
            k == BlockKind::Paragraph
                    || k == BlockKind::Entry
                    // A table right below: "3.1 Service" over "Nr<TAB>Aktivitet<TAB>…".
                    || k == BlockKind::Line
                        && out
                            .get(bi + 1)
                            .is_some_and(|n| text[n.start..n.end].contains('\t'))
        });
        let next_heading = kinds.get(bi + 1).is_some_and(Option::is_none)
            && matches!(
                out.get(bi + 1).map(|n| n.kind),
                Some(BlockKind::Heading { .. })
            )
            && is_gap_before(s);
        // A protocol's paragraph ("§ 71 Delårsrapport") heads its sections even with its
        // diary number on the line below.
        let known = super::sections::section_of_heading(body).is_some() || body.starts_with('§');
        // The first block of the text, when shaped like a heading, is the title even with a
        // line below it ("Handlingsplan 2025–2026" over "Östra Hamre kommun").
        let title = bi == 0;
        out[bi].kind = if known || isolated || next_running || next_heading || title {
            BlockKind::Heading {
                level: heading_level(body),
            }
        } else {
            BlockKind::Line
        };
    }
    out
}

fn push_entry(
    text: &str,
    out: &mut Vec<Block>,
    kinds: &mut Vec<Option<BlockKind>>,
    grp: &mut Vec<Option<(usize, usize)>>,
    start: usize,
    end: usize,
) {
    let seg = &text[start..end];
    let end = start + seg.trim_end().len();
    let m = marker_len(&text[start..end]).unwrap_or(0);
    if end > start + m {
        out.push(Block {
            kind: BlockKind::Entry,
            start,
            end,
            content: start + m,
        });
        kinds.push(Some(BlockKind::Entry));
        grp.push(None);
    }
}

/// True if every line of `block` is letterhead: the municipality's name ("Norrhamns kommun",
/// "LERVIKENS KOMMUN", also with a running header's other half after a wide gap), a body or
/// unit alone ("Kommunstyrelsen", "Kultur- och fritidsförvaltningen"), the document form
/// ("Tjänsteskrivelse", "Protokoll") or a reference line ("Dnr KS 2026/22", "2026-02-03",
/// "Sammanträdesdatum 2025-03-11", "Sida 1 av 3", "1 (3)").
pub(crate) fn letterhead(block: &str) -> bool {
    let mut any = false;
    for line in block.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !crate::ingest::metadata::letterhead_line(line) {
            return false;
        }
        any = true;
    }
    any
}

/// Words that may follow the deciding verb of an "att"-list lead-in ("… beslutar för egen
/// del", "… beslutar därutöver").
pub(crate) const DECIDE_QUALIFIERS: &[&str] = &[
    "för egen del",
    "för sin del",
    "därutöver",
    "härutöver",
    "vidare",
    "dessutom",
    "därtill",
    "också",
    "även",
    "slutligen",
];

/// True if line `c` is an entry of an "att"-list whose previous line is `p`: it starts with
/// "att " and the line before introduces the list ("… beslutar", "…:") or is itself an entry
/// ending in "," / ";" / "samt" / "och".
fn att_entry(p: &str, c: &str) -> bool {
    if !c.starts_with("att ") {
        return false;
    }
    let mut pl = p.trim_end().to_lowercase();
    // "Kommunstyrelsen beslutar för egen del", "Nämnden beslutar därutöver": a qualifier after
    // the deciding verb still leads in the list.
    for q in DECIDE_QUALIFIERS {
        if let Some(rest) = pl.strip_suffix(q)
            && rest.ends_with(' ')
        {
            pl = rest.trim_end().to_string();
            break;
        }
    }
    pl.ends_with(':')
        || pl.ends_with(" beslutar")
        || pl.ends_with(" besluta")
        || pl.ends_with(" beslöt")
        || pl.ends_with(" beslutade")
        || pl.ends_with(" föreslår")
        || (pl.starts_with("att ")
            && (pl.ends_with(',')
                || pl.ends_with(';')
                || pl.ends_with(" samt")
                || pl.ends_with(" och")
                // A point without punctuation that stops well short of a wrapped line's
                // width ends there: "att anta strategin⏎att följa upp den årligen".
                || pl.chars().count() < 64))
}

/// A field line of a measure, an activity or a form: a usual field name and a colon
/// ("Ansvar: Miljöenheten", "När: 2027", "Tidplan: hösten 2026", "Ansvarig: KS").
pub(crate) fn field_line(l: &str) -> bool {
    const FIELDS: &[&str] = &[
        "ansvar",
        "ansvarig",
        "ansvariga",
        "när",
        "tidplan",
        "tidsplan",
        "klart",
        "klar",
        "status",
        "kostnad",
        "finansiering",
        "resurser",
        "start",
        "period",
        "samverkan",
        "samverkansparter",
        "indikator",
        "mått",
        "målvärde",
        "uppföljning",
        "kontaktperson",
    ];
    l.trim_start().split_once(':').is_some_and(|(label, _)| {
        let label = label.trim().to_lowercase();
        FIELDS.contains(&label.as_str())
    })
}

/// A few finite verbs that show a short line is a sentence, not a heading.
fn has_finite_verb(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "har"
                | "är"
                | "ska"
                | "skall"
                | "kommer"
                | "var"
                | "hade"
                | "blir"
                | "finns"
                | "föreslår"
                | "beslutar"
                | "beslutade"
        )
    })
}

/// 1 for "1. Titel" and for a protocol's "§ 12 Titel" (the headings inside a paragraph,
/// "Beslut", "Ärendebeskrivning", belong under it), 2 for "1.2 Titel", 3 for "1.2.3 Titel", 4
/// otherwise.
fn heading_level(s: &str) -> u8 {
    if s.starts_with('§') {
        return 1;
    }
    let num: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return 4;
    }
    let parts = num.trim_end_matches('.').split('.').count();
    parts.clamp(1, 3) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, String)> {
        blocks(text)
            .into_iter()
            .map(|b| {
                (
                    b.kind,
                    crate::model::collapse_whitespace(&text[b.content..b.end]),
                )
            })
            .collect()
    }

    #[test]
    fn markers() {
        assert_eq!(marker_len("• Text"), Some("• ".len()));
        assert_eq!(marker_len("1. Text"), Some(3));
        assert_eq!(marker_len("12) Text"), Some(4));
        assert_eq!(marker_len("a) text"), Some(3));
        assert_eq!(marker_len("2021 och"), None);
        assert_eq!(marker_len("1.5 miljoner"), None);
        assert_eq!(marker_len("-10 grader"), None);
        assert_eq!(marker_len("–"), None);
        assert_eq!(strip_marker("– att göra"), "att göra");
    }

    #[test]
    fn chrome_lines() {
        for s in [
            "Tillbaka",
            "Publicerad:",
            "Publicerad 12 mars 2024",
            "Foto: Anna Andersson",
            "Lämna en kommentar",
            "Klicka här för att ange text.",
            "Sida 3 av 12",
            "14",
            "-----",
            "3.2 Näringsliv och arbete ........ 14",
        ] {
            assert!(is_chrome(s), "{s}");
        }
        for s in [
            "Kommunen ska bli bättre på att dela information.",
            "Tillbaka till arbetsmarknaden ska fler komma genom praktik.",
            "2024",
        ] {
            // "2024" alone is a page-number shape and is dropped; the others are content.
            if s != "2024" {
                assert!(!is_chrome(s), "{s}");
            }
        }
    }

    #[test]
    fn tab_separated_rows_are_not_reflowed() {
        let mut text = String::new();
        for _ in 0..3 {
            text.push_str("Kommunen har under lång tid arbetat med frågor om lokaler och hur de ska användas\n");
        }
        text.push_str("\nSärskilda uppdrag 2026\nNr\tUppdrag\tAnsvarig\n");
        text.push_str("1\tUtreda en samlad lokalisering av kommunens förvaltningar och bolag\tKommunstyrelsen\n");
        text.push_str("2\tTa fram en strategi för minskad energianvändning i alla lokaler\tTekniska nämnden\n");
        let k = kinds(&text);
        let rows: Vec<_> = k
            .iter()
            .filter(|(_, t)| t.starts_with("Nr ") || t.starts_with("1 ") || t.starts_with("2 "))
            .collect();
        assert_eq!(rows.len(), 3, "{k:?}");
    }

    #[test]
    fn short_numbered_headings_with_their_text_right_below() {
        let k = kinds("Inledning\n\n4. Uppdrag\nBolaget får i uppdrag att bygga fler bostäder.\n");
        assert!(matches!(k[1].0, BlockKind::Heading { .. }), "{k:?}");
        // Entries of a numbered list, one below the other, stay entries.
        let k = kinds("Inledning\n\n1. Fler i arbete\n2. Fler i studier\n");
        assert_eq!(k[1].0, BlockKind::Entry, "{k:?}");
        // A long numbered line with text below it is not a heading.
        let k = kinds(
            "Inledning\n\n1. Nämnden ska under året se över hela organisationen för hemtjänst\nDetta sker i samråd.\n",
        );
        assert!(!matches!(k[1].0, BlockKind::Heading { .. }), "{k:?}");
    }

    #[test]
    fn running_headers_with_page_numbers_are_chrome() {
        assert!(is_chrome(
            "BARN- OCH UTBILDNINGSNÄMNDEN          Sida 1 av 2"
        ));
        assert!(is_chrome("Ängsby kommun     Page 3"));
        assert!(is_chrome(
            "RIKTLINJER FÖR PARKERING                     2 (7)"
        ));
        // A number after wide spacing without the "(pages)" is a table cell.
        assert!(!is_chrome("Antal besök per år      120"));
        assert!(!is_chrome("Se sammanställningen i bilaga 2 (3 sidor)"));
        // One space before "sida" is running text.
        assert!(!is_chrome("Se tabellen på sida 3"));
        assert!(!is_chrome("Kommunen ska redovisa resultatet sida 3"));
    }

    #[test]
    fn protocol_paragraphs_are_above_their_sections() {
        assert_eq!(heading_level("§ 71 Delårsrapport per april 2025"), 1);
        let k = kinds(
            "§ 71 Delårsrapport per april 2025\nDnr KS 2025/102\n\nBeslut\nKommunstyrelsen beslutar enligt förslaget.\n",
        );
        assert_eq!(k[0].0, BlockKind::Heading { level: 1 });
        assert_eq!(k[1].0, BlockKind::Line);
        assert_eq!(k[2], (BlockKind::Heading { level: 4 }, "Beslut".into()));
        assert_eq!(heading_level("Beslut"), 4);
        assert_eq!(heading_level("2.1 Mål"), 2);
    }

    #[test]
    fn the_first_line_is_a_title_even_with_a_line_below_it() {
        let k = kinds(
            "Handlingsplan 2025–2026\nÖstra Hamre kommun\n\nBakgrund\nKommunen genomförde en mätning.\n",
        );
        assert_eq!(
            k[0],
            (
                BlockKind::Heading { level: 4 },
                "Handlingsplan 2025–2026".into()
            )
        );
        assert_eq!(k[1], (BlockKind::Line, "Östra Hamre kommun".into()));
        // Only the first block: a later short line above another line stays a line.
        let k = kinds("Rubrik\n\nKommunen ska bygga.\nÖstra Hamre kommun\nNorra vägen 3\n");
        assert_eq!(k[2].0, BlockKind::Line);
    }

    #[test]
    fn reflows_hard_wrapped_lines_and_finds_headings() {
        let mut text = String::from("Sammanfattning \n");
        for _ in 0..4 {
            text.push_str(
                "Nämnden har under året arbetat vidare med frågan om hur verksamheten kan \n",
            );
            text.push_str("utvecklas och vad som behöver göras härnäst i arbetet med detta. \n");
        }
        text.push_str(
            "\nBeslutsplanering \nKommunstyrelsen 2026-04-01 \nKommunfullmäktige 2026-04-20 \n",
        );
        let k = kinds(&text);
        assert_eq!(k[0].0, BlockKind::Heading { level: 4 });
        assert_eq!(k[1].0, BlockKind::Paragraph);
        assert!(k[1].1.starts_with("Nämnden har under året"));
        assert!(k[1].1.contains("kan utvecklas"), "{:?}", k[1]);
        assert_eq!(
            k[2],
            (BlockKind::Heading { level: 4 }, "Beslutsplanering".into())
        );
        assert_eq!(k[3], (BlockKind::Line, "Kommunstyrelsen 2026-04-01".into()));
        assert_eq!(
            k[4],
            (BlockKind::Line, "Kommunfullmäktige 2026-04-20".into())
        );
    }

    /// The texts of the list entries found in `text`.
    fn entries(text: &str) -> Vec<String> {
        kinds(text)
            .into_iter()
            .filter(|(b, _)| *b == BlockKind::Entry)
            .map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn lists_including_inline_lists() {
        let text = "Vi lovar:\n\n* Snabb service. * Tydliga kontakter, * Bra dialog.\n\n- att utreda frågan;\n- att återkomma.\n";
        let entries = entries(text);
        assert_eq!(
            entries,
            [
                "Snabb service.",
                "Tydliga kontakter,",
                "Bra dialog.",
                "att utreda frågan;",
                "att återkomma."
            ]
        );
    }

    #[test]
    fn att_lines_of_a_protocol_are_entries() {
        let text = "Beslut\nKommunfullmäktige beslutar\natt anta taxan, samt\natt taxan ska gälla från 2026.\n\nDärefter att vi går vidare\natt göra något.\n";
        let entries = entries(text);
        assert_eq!(
            entries,
            ["att anta taxan, samt", "att taxan ska gälla från 2026."]
        );
    }

    #[test]
    fn att_points_without_punctuation() {
        let text =
            "Nämnden beslutar\natt anta strategin för 2026–2030\natt följa upp den årligen\n";
        assert_eq!(
            entries(text),
            [
                "att anta strategin för 2026–2030",
                "att följa upp den årligen"
            ]
        );
        // A point wrapped at the full width of the page goes on below.
        let text = "Nämnden beslutar\natt ge förvaltningen i uppdrag att i samråd med näringslivet och skolorna\natt ta fram en plan.\n";
        assert_eq!(entries(text).len(), 1);
    }

    #[test]
    fn letterheads() {
        for l in [
            "Norrhamns kommun\nKommunstyrelsen",
            "LERVIKENS KOMMUN                                Riktlinjer för bostadsförsörjning\n      1 (3)",
            "Forsbacka kommun\nKommunledningsförvaltningen\nTjänsteskrivelse 2026-02-03\nDnr KS 2026/22",
            "PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2025-03-11",
            "Kultur- och fritidsförvaltningen",
        ] {
            assert!(letterhead(l), "{l}");
        }
        for l in [
            "Budgetdirektiv 2027 med plan för 2028–2029",
            "Näringslivsstrategi för Ekby kommun 2025–2030",
            "Kommunstyrelsen beslutar att anta planen.",
            "Uppföljning av uppdrag i Mål och budget 2025",
            "",
        ] {
            assert!(!letterhead(l), "{l}");
        }
    }

    #[test]
    fn att_lists_after_a_qualified_deciding_verb() {
        let text = "Socialnämnden beslutar för egen del\natt godkänna rapporten,\natt lägga den till handlingarna.\n\nNämnden beslutar därutöver\natt anta riktlinjen.\n\nArbetet går vidare\natt bygga ut.\n";
        assert_eq!(
            entries(text),
            [
                "att godkänna rapporten,",
                "att lägga den till handlingarna.",
                "att anta riktlinjen."
            ]
        );
    }

    #[test]
    fn numbered_table_rows_are_lines_under_their_heading() {
        let k = kinds(
            "Aktiviteter\n\n2.1 Bemötande\nNr\tAktivitet\tAnsvarig\n1\tGenomföra en \
             enkät bland företagen om kommunens service\tNäringslivskontoret\n2\tÖka \
             antalet besök\tKommunstyrelsen\n\n3.1\tLokaler\n\nText om lokaler.\n",
        );
        assert_eq!(
            k[1],
            (BlockKind::Heading { level: 2 }, "2.1 Bemötande".into())
        );
        for row in &k[2..5] {
            assert_eq!(row.0, BlockKind::Line, "{k:?}");
        }
        // A tab after a section number alone does not make a table.
        assert_eq!(
            k[5],
            (BlockKind::Heading { level: 2 }, "3.1 Lokaler".into())
        );
    }

    #[test]
    fn field_lines_and_labelled_measures_are_never_reflowed_into_the_line_above() {
        let long = "Aktivitet 3.1.1 Införa förhandsbesked om tidsåtgång i varje bygglovsärende \
                    för företagen i hela kommunen";
        let text = format!(
            "{long}\nAnsvar: Samhällsbyggnadsförvaltningen    När: Från 2027-04-01\n\
             Aktivitet 3.1.2 Servicegarantier\nAnsvar: Miljöenheten\n"
        );
        let k = kinds(&text);
        assert_eq!(k.len(), 4, "{k:?}");
        assert!(field_line("Ansvar: Miljöenheten"));
        assert!(field_line("  När: 2027"));
        assert!(!field_line("Bakgrund: kommunen växer"));
    }

    #[test]
    fn numbered_headings_have_levels() {
        assert_eq!(heading_level("2. En stad för alla"), 1);
        assert_eq!(heading_level("2.3 Näringsliv"), 2);
        assert_eq!(heading_level("Mål"), 4);
    }
}
