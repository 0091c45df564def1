//! Layout: positioned glyphs → lines → reading order → paragraphs, with dehyphenation.
//!
//! Lines are built in content order (producers draw a line's glyphs in order), then pieces of
//! the same baseline drawn apart are merged and doubled text (fake bold) is dropped. Reading
//! order finds text columns: a vertical gutter that the narrow lines leave free, with lines that
//! cross it (titles, full-width paragraphs) acting as separators between bands of columns.
//! Spaces come from explicit space glyphs or from gaps wider than a fraction of the font size.

use super::interp::{Glyph, PageGlyphs};
use std::collections::HashSet;

/// One line of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The text, spaces included.
    pub text: String,
    /// Left end (along the text direction).
    pub x0: f32,
    /// Right end.
    pub x1: f32,
    /// Baseline.
    pub y: f32,
    /// Largest font size on the line.
    pub size: f32,
    /// Text direction (0 for normal text).
    pub dir: u8,
    /// All glyphs were marked as pagination artifacts by a tagged PDF.
    pub artifact: bool,
    /// A paragraph starts at this line (set by [`order`] / [`paragraphs`]).
    pub para: bool,
}

/// A space is inserted between glyphs further apart than this share of the font size.
const SPACE_GAP: f32 = 0.15;
/// Glyphs further apart than this many font sizes start a new line even on one baseline.
const MAX_WORD_GAP: f32 = 4.0;
/// Separate pieces of one baseline closer than this many font sizes are merged.
const MERGE_GAP: f32 = 0.8;

struct Builder<'a> {
    page: &'a PageGlyphs,
    glyphs: Vec<Glyph>,
}

impl Builder<'_> {
    fn y(&self) -> f32 {
        self.glyphs.first().map_or(0.0, |g| g.y)
    }
    fn end(&self) -> f32 {
        self.glyphs.last().map_or(0.0, |g| g.x + g.w)
    }
    fn size(&self) -> f32 {
        self.glyphs.iter().map(|g| g.size).fold(0.0, f32::max)
    }

    fn accepts(&self, g: &Glyph) -> bool {
        let Some(last) = self.glyphs.last() else {
            return true;
        };
        let size = last.size.max(g.size).max(1.0);
        if (g.y - last.y).abs() > 0.4 * size {
            return false;
        }
        let gap = g.x - self.end();
        gap > -0.6 * size && gap < MAX_WORD_GAP * size
    }

    /// Is `g` a copy of a glyph already on the line (text drawn twice for a bold effect)?
    fn duplicate(&self, g: &Glyph) -> bool {
        let t = self.page.text_of(g);
        self.glyphs.iter().rev().take(4).any(|h| {
            (h.x - g.x).abs() < 0.15 * g.size.max(1.0)
                && (h.y - g.y).abs() < 0.15 * g.size.max(1.0)
                && self.page.text_of(h) == t
                && !t.trim().is_empty()
        })
    }
}

fn is_space(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// Builds the text of a run of glyphs (sorted by x), with spaces from gaps.
fn line_text(page: &PageGlyphs, glyphs: &[Glyph]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Glyph> = None;
    // Middle of the last space glyph: the space counts when the next glyph starts past it
    // (some producers draw a space and then move back over it).
    let mut pending_space: Option<f32> = None;
    for g in glyphs {
        let t = page.text_of(g);
        if is_space(t) {
            pending_space = Some(g.x + 0.5 * g.w);
            continue;
        }
        if let Some(p) = prev {
            let gap = g.x - (p.x + p.w);
            let size = (p.size + g.size) / 2.0;
            let explicit = pending_space.is_some_and(|mid| g.x >= mid);
            if (explicit || gap > SPACE_GAP * size.max(1.0)) && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        pending_space = None;
        out.push_str(t);
        prev = Some(g);
    }
    out.trim().to_string()
}

/// Lines of a page, in reading order, with paragraph starts marked.
pub fn page_lines(page: &PageGlyphs) -> Vec<Line> {
    // Group glyph indices by direction; the direction with most glyphs comes first.
    let mut by_dir: [Vec<Glyph>; 4] = Default::default();
    for g in &page.glyphs {
        by_dir[usize::from(g.dir & 3)].push(*g);
    }
    let mut dirs: Vec<usize> = (0..4).filter(|&d| !by_dir[d].is_empty()).collect();
    dirs.sort_by_key(|&d| std::cmp::Reverse(by_dir[d].len()));
    let mut out = vec![];
    for d in dirs {
        let lines = build_lines(page, &by_dir[d], d as u8);
        let order = order(&lines);
        let mut ordered: Vec<Line> = order.into_iter().map(|i| lines[i].clone()).collect();
        paragraphs(&mut ordered);
        out.extend(ordered);
    }
    out
}

fn build_lines(page: &PageGlyphs, glyphs: &[Glyph], dir: u8) -> Vec<Line> {
    // 1. Content-order runs.
    let mut runs: Vec<Vec<Glyph>> = vec![];
    let mut cur = Builder {
        page,
        glyphs: vec![],
    };
    for g in glyphs {
        if cur.accepts(g) {
            if !cur.duplicate(g) {
                cur.glyphs.push(*g);
            }
        } else {
            runs.push(std::mem::take(&mut cur.glyphs));
            cur.glyphs.push(*g);
        }
    }
    runs.push(cur.glyphs);
    runs.retain(|r| r.iter().any(|g| !is_space(page.text_of(g))));

    // 2. Merge runs on one baseline that touch, and drop runs that repeat another in place.
    let key = |r: &Vec<Glyph>| {
        let b = Builder {
            page,
            glyphs: vec![],
        };
        let _ = b;
        (r[0].y, r[0].x)
    };
    runs.sort_by(|a, b| {
        let (ya, xa) = key(a);
        let (yb, xb) = key(b);
        yb.total_cmp(&ya).then(xa.total_cmp(&xb))
    });
    let mut merged: Vec<Option<Vec<Glyph>>> = runs.into_iter().map(Some).collect();
    for i in 0..merged.len() {
        let Some(mut a) = merged[i].take() else {
            continue;
        };
        let mut j = i + 1;
        let mut scanned = 0;
        while j < merged.len() && scanned < 64 {
            scanned += 1;
            let Some(b) = merged[j].as_ref() else {
                j += 1;
                continue;
            };
            let size = a[0].size.max(b[0].size).max(1.0);
            if (a[0].y - b[0].y).abs() > 0.4 * size {
                if a[0].y - b[0].y > 0.4 * size {
                    break; // sorted by y: nothing further down matches
                }
                j += 1;
                continue;
            }
            let (a0, a1) = span(&a);
            let (b0, b1) = span(b);
            let gap = b0.max(a0) - a1.min(b1);
            let overlap = a1.min(b1) - a0.max(b0);
            let same_text =
                overlap > 0.8 * (a1 - a0).min(b1 - b0) && line_text(page, &a) == line_text(page, b);
            if same_text {
                merged[j] = None; // drawn twice
            } else if gap < MERGE_GAP * size
                && overlap < 0.3 * size
                && let Some(b) = merged[j].take()
            {
                a.extend(b);
                a.sort_by(|p, q| p.x.total_cmp(&q.x));
            }
            j += 1;
        }
        merged[i] = Some(a);
    }
    merged
        .into_iter()
        .flatten()
        .map(|r| {
            let (x0, x1) = span(&r);
            let b = Builder { page, glyphs: r };
            Line {
                text: line_text(page, &b.glyphs),
                x0,
                x1,
                y: b.y(),
                size: b.size(),
                dir,
                artifact: b.glyphs.iter().all(|g| g.artifact),
                para: false,
            }
        })
        .filter(|l| !l.text.is_empty())
        .collect()
}

fn span(glyphs: &[Glyph]) -> (f32, f32) {
    let x0 = glyphs.iter().map(|g| g.x).fold(f32::INFINITY, f32::min);
    let x1 = glyphs
        .iter()
        .map(|g| g.x + g.w)
        .fold(f32::NEG_INFINITY, f32::max);
    (x0, x1)
}

fn median(mut v: Vec<f32>) -> f32 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f32::total_cmp);
    v[v.len() / 2]
}

/// Reading order of the lines: indices into `lines`.
pub fn order(lines: &[Line]) -> Vec<usize> {
    let idx: Vec<usize> = (0..lines.len()).collect();
    order_group(lines, idx, 0)
}

/// Top-to-bottom, and left-to-right within a row.
fn by_rows(lines: &[Line], mut idx: Vec<usize>) -> Vec<usize> {
    idx.sort_by(|&a, &b| lines[b].y.total_cmp(&lines[a].y));
    let mut out = Vec::with_capacity(idx.len());
    let mut i = 0;
    while i < idx.len() {
        let top = lines[idx[i]].y;
        let tol = 0.4 * lines[idx[i]].size.max(1.0);
        let mut j = i + 1;
        while j < idx.len() && top - lines[idx[j]].y < tol {
            j += 1;
        }
        let mut row = idx[i..j].to_vec();
        row.sort_by(|&a, &b| lines[a].x0.total_cmp(&lines[b].x0));
        out.extend(row);
        i = j;
    }
    out
}

fn order_group(lines: &[Line], idx: Vec<usize>, depth: usize) -> Vec<usize> {
    if idx.len() < 6 || depth > 3 {
        return by_rows(lines, idx);
    }
    let Some(gutter) = find_gutter(lines, &idx) else {
        return by_rows(lines, idx);
    };
    let (a, b) = gutter;
    // Lines not clearly on one side (crossing the gutter, or inside it like a centred page
    // number) cut the page into bands; in each band the left column comes first.
    let em = median(idx.iter().map(|&i| lines[i].size).collect()).max(1.0);
    let crosses = |l: &Line| l.x1 > a + 0.3 * em && l.x0 < b - 0.3 * em;
    let mut spanning: Vec<usize> = idx
        .iter()
        .copied()
        .filter(|&i| crosses(&lines[i]))
        .collect();
    spanning.sort_by(|&p, &q| lines[q].y.total_cmp(&lines[p].y));
    let mut out = Vec::with_capacity(idx.len());
    let mut upper = f32::INFINITY;
    let bands = spanning.iter().map(Some).chain(std::iter::once(None));
    for s in bands {
        let lower = s.map_or(f32::NEG_INFINITY, |&s| lines[s].y);
        let in_band = |i: &usize| {
            let l = &lines[*i];
            !crosses(l) && l.y <= upper && l.y > lower
        };
        let left: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|i| in_band(i) && (lines[*i].x0 + lines[*i].x1) / 2.0 < (a + b) / 2.0)
            .collect();
        let right: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|i| in_band(i) && (lines[*i].x0 + lines[*i].x1) / 2.0 >= (a + b) / 2.0)
            .collect();
        out.extend(order_group(lines, left, depth + 1));
        out.extend(order_group(lines, right, depth + 1));
        if let Some(&s) = s {
            out.push(s);
            upper = lines[s].y;
        }
    }
    // Lines exactly on a band edge that matched nothing are kept at the end (never lost).
    if out.len() < idx.len() {
        let seen: std::collections::HashSet<usize> = out.iter().copied().collect();
        let rest: Vec<usize> = idx.iter().copied().filter(|i| !seen.contains(i)).collect();
        out.extend(by_rows(lines, rest));
    }
    out
}

/// A vertical gutter between text columns: an x-range no narrow line enters, with at least
/// three column-wide lines on each side whose vertical extents overlap.
fn find_gutter(lines: &[Line], idx: &[usize]) -> Option<(f32, f32)> {
    let minx = idx
        .iter()
        .map(|&i| lines[i].x0)
        .fold(f32::INFINITY, f32::min);
    let maxx = idx
        .iter()
        .map(|&i| lines[i].x1)
        .fold(f32::NEG_INFINITY, f32::max);
    let width = maxx - minx;
    if width.is_nan() || width <= 0.0 {
        return None;
    }
    let em = median(idx.iter().map(|&i| lines[i].size).collect()).max(1.0);
    let narrow: Vec<(f32, f32)> = idx
        .iter()
        .map(|&i| (lines[i].x0, lines[i].x1))
        .filter(|(x0, x1)| x1 - x0 < 0.62 * width)
        .collect();
    if narrow.len() < 6 {
        return None;
    }
    // Coverage of the x axis by narrow lines; a gutter may be crossed by a few short lines
    // (a centred page number, a figure label), which then act as separators.
    let tolerated = (narrow.len() / 25).max(1) as i32;
    let mut events: Vec<(f32, i32)> = narrow
        .iter()
        .flat_map(|&(x0, x1)| [(x0, 1), (x1, -1)])
        .collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut best: Option<(f32, f32)> = None;
    let mut count = 0;
    let mut open: Option<f32> = None;
    for (x, d) in events {
        let before = count;
        count += d;
        if before > tolerated && count <= tolerated {
            open = Some(x);
        } else if before <= tolerated
            && count > tolerated
            && let Some(a) = open.take()
        {
            let b = x;
            if b - a > 0.8 * em
                && accept_gutter(lines, idx, a, b, width, em)
                && best.is_none_or(|(p, q)| b - a > q - p)
            {
                best = Some((a, b));
            }
        }
    }
    best
}

fn accept_gutter(lines: &[Line], idx: &[usize], a: f32, b: f32, width: f32, em: f32) -> bool {
    let left: Vec<&Line> = idx
        .iter()
        .map(|&i| &lines[i])
        .filter(|l| l.x1 <= a + 0.1 * em)
        .collect();
    let right: Vec<&Line> = idx
        .iter()
        .map(|&i| &lines[i])
        .filter(|l| l.x0 >= b - 0.1 * em)
        .collect();
    if left.len() < 3 || right.len() < 3 {
        return false;
    }
    // Columns of text, not a column of numbers beside labels.
    let lw = median(left.iter().map(|l| l.x1 - l.x0).collect());
    let rw = median(right.iter().map(|l| l.x1 - l.x0).collect());
    if lw < 0.25 * width || rw < 0.25 * width {
        return false;
    }
    let (ltop, lbot) = left
        .iter()
        .fold((f32::NEG_INFINITY, f32::INFINITY), |(t, b), l| {
            (t.max(l.y), b.min(l.y))
        });
    let (rtop, rbot) = right
        .iter()
        .fold((f32::NEG_INFINITY, f32::INFINITY), |(t, b), l| {
            (t.max(l.y), b.min(l.y))
        });
    let overlap = ltop.min(rtop) - lbot.max(rbot);
    overlap > 2.0 * em
}

/// Marks paragraph starts in reading-ordered lines: a jump up (new column), a vertical gap
/// clearly larger than the usual line spacing, or a change of font size.
pub fn paragraphs(lines: &mut [Line]) {
    let spacings: Vec<f32> = lines
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .zip(lines.iter().map(|l| l.size))
        .filter(|(dy, s)| *dy > 0.8 * s && *dy < 2.5 * s)
        .map(|(dy, s)| dy / s.max(1.0))
        .collect();
    let typical = median(spacings).clamp(1.0, 2.2);
    for i in 0..lines.len() {
        if i == 0 {
            lines[i].para = true;
            continue;
        }
        let (p, l) = (&lines[i - 1], &lines[i]);
        let size = p.size.max(l.size).max(1.0);
        let dy = p.y - l.y;
        let size_change = (p.size - l.size).abs() > 0.12 * size;
        let brk = dy < 0.3 * size || dy > (typical * 1.3).max(typical + 0.25) * size || size_change;
        // A word broken at the end of a column continues at the top of the next one.
        let continues = breaks_word(&p.text, &l.text);
        lines[i].para = brk && !continues;
    }
}

/// Swedish words that follow a suspended hyphen ("närings- och arbetsmarknadsfrågor").
const CONJUNCTIONS: &[&str] = &[
    "och",
    "eller",
    "samt",
    "respektive",
    "resp.",
    "som",
    "till",
    "men",
    "and",
    "or",
];

/// Whether `prev` ends in a letter and a hyphen and `next` starts with a lower-case letter: a
/// word broken across lines.
fn breaks_word(prev: &str, next: &str) -> bool {
    let mut rev = prev.chars().rev();
    rev.next() == Some('-')
        && rev.next().is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_lowercase)
}

/// The words of the given texts, lower-cased and without surrounding punctuation. A word
/// broken at a line end is rejoined the way the document writes it elsewhere: with its hyphen
/// ("upp-arbetet", "EU-projekt") or as one word ("gemensamt" for "gemen- samt").
///
/// Only the words [`dehyphenate`] can ask about are kept: those with a hyphen, and those ending
/// in one of the [`CONJUNCTIONS`] (a word closed over a suspended hyphen, "gemensamt"). Keeping
/// every word cost a tenth of the extraction time of a text PDF.
pub fn hyphenated_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    let mut set = HashSet::new();
    for t in texts {
        for w in t.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                continue;
            }
            if w.contains('-') {
                set.insert(w.to_lowercase());
            } else if w.is_ascii() {
                let ends_with = |c: &&str| {
                    w.len() >= c.len()
                        && w.as_bytes()[w.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
                };
                if CONJUNCTIONS.iter().any(ends_with) {
                    set.insert(w.to_ascii_lowercase());
                }
            } else {
                let lower = w.to_lowercase();
                if CONJUNCTIONS.iter().any(|c| lower.ends_with(c)) {
                    set.insert(lower);
                }
            }
        }
    }
    set
}

/// Joins lines into page text: lines of a paragraph by newlines, paragraphs by a blank line;
/// a word hyphenated at a line end is joined, a suspended compound hyphen is kept, and so is
/// a hyphen that the document writes elsewhere in the same word (`known`, see
/// [`hyphenated_words`]).
pub fn assemble(lines: &[Line], known: &HashSet<String>) -> String {
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            // A paragraph start that continues a broken word (the lines between were
            // furniture, or a column ended) is not a paragraph start.
            if l.para && !breaks_word(&out, &l.text) {
                out.push_str("\n\n");
            } else if let Some(keep) = dehyphenate(&out, &l.text, known) {
                if !keep {
                    out.pop();
                }
                out.push_str(&l.text);
                continue;
            } else {
                out.push('\n');
            }
        }
        out.push_str(&l.text);
    }
    out
}

/// For text ending in a hyphen followed by `next`: `Some(false)` to join without the hyphen,
/// `Some(true)` to join keeping it, `None` to keep the line break (not a broken word).
pub fn dehyphenate(prev: &str, next: &str, known: &HashSet<String>) -> Option<bool> {
    let stem = prev.strip_suffix('-')?;
    let before: Vec<char> = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let first_word: String = next.split_whitespace().next().unwrap_or("").to_string();
    let first = first_word.chars().next()?;
    if !first.is_alphanumeric() {
        return None;
    }
    let Some(&last) = before.first() else {
        // "organisationer/-\ngrupper": a hyphen after a slash belongs to the next word.
        return stem.ends_with('/').then_some(true);
    };
    let bare = first_word.trim_end_matches([',', '.', ';', ':', ')']);
    let stem_word: String = before.iter().rev().collect();
    let joined = format!("{stem_word}-{bare}").to_lowercase();
    if known.contains(joined.trim_matches(|c: char| !c.is_alphanumeric())) {
        return Some(true); // "Växla upp-\narbetet" where the text also has "upp-arbetet"
    }
    if CONJUNCTIONS.contains(&bare.to_lowercase().as_str()) {
        // "närings- och": a suspended hyphen, keep the break (a space), unless the document
        // has the joined word elsewhere ("gemen- samt" and "gemensamt").
        let closed = format!("{stem_word}{bare}").to_lowercase();
        return known.contains(&closed).then_some(false);
    }
    if last.is_lowercase() && first.is_lowercase() && before.len() > 1 {
        Some(false)
    } else {
        // "EU-\nprojekt", "2024-\n2025", "Malmö-\nLund": the hyphen is part of the word.
        Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, x0: f32, x1: f32, y: f32) -> Line {
        Line {
            text: text.into(),
            x0,
            x1,
            y,
            size: 10.0,
            dir: 0,
            artifact: false,
            para: false,
        }
    }

    #[test]
    fn dehyphenation_rules() {
        let none = HashSet::new();
        assert_eq!(
            dehyphenate("organisationer/-", "grupper.", &none),
            Some(true)
        );
        let known = hyphenated_words(["Arbetet i Växla upp-arbetet, och EU-projekt gemensamt."]);
        assert_eq!(
            dehyphenate("ett gemen-", "samt arbete", &known),
            Some(false)
        );
        assert_eq!(dehyphenate("närings-", "samt arbetsliv", &known), None);
        assert!(known.contains("upp-arbetet") && known.contains("eu-projekt"));
        // Only words dehyphenation can ask about are kept, lower-cased, ASCII or not.
        let kept = hyphenated_words(["GEMENSAMT Arbetet Växte Åtminstone Läsårsom Näringsliv-"]);
        assert!(kept.contains("gemensamt") && kept.contains("läsårsom"));
        assert!(
            !kept.contains("arbetet") && !kept.contains("växte") && !kept.contains("åtminstone")
        );
        assert_eq!(
            dehyphenate("Läsår-", "som", &kept),
            Some(false),
            "closed over a suspended hyphen, as the document writes it"
        );
        assert_eq!(dehyphenate("Växla upp-", "arbetet går", &known), Some(true));
        assert_eq!(dehyphenate("för-", "valtningen", &known), Some(false));
        assert_eq!(dehyphenate("för-", "valtningen ska", &none), Some(false));
        assert_eq!(dehyphenate("närings-", "och arbetsmarknad", &none), None);
        assert_eq!(dehyphenate("EU-", "projekt", &none), Some(true));
        assert_eq!(dehyphenate("slut.", "Nästa", &none), None);
        assert_eq!(dehyphenate("x –", "y", &none), None);
        let mut ls = vec![
            line("Kommunen ska utveckla för-", 0.0, 200.0, 700.0),
            line("valtningen och närings-", 0.0, 200.0, 688.0),
            line("och arbetsmarknadsfrågor.", 0.0, 150.0, 676.0),
        ];
        paragraphs(&mut ls);
        assert_eq!(
            assemble(&ls, &none),
            "Kommunen ska utveckla förvaltningen och närings-\noch arbetsmarknadsfrågor."
        );
    }

    #[test]
    fn two_columns_read_left_then_right() {
        let mut ls = vec![line("Rubrik över båda spalterna", 0.0, 400.0, 800.0)];
        for i in 0..8 {
            let y = 780.0 - 12.0 * i as f32;
            ls.push(line(&format!("V{i}"), 0.0, 190.0, y));
            ls.push(line(&format!("H{i}"), 210.0, 400.0, y));
        }
        ls.push(line("Sidfot över hela bredden", 0.0, 400.0, 600.0));
        let texts: Vec<&str> = order(&ls).iter().map(|&i| ls[i].text.as_str()).collect();
        let expect: Vec<String> = std::iter::once("Rubrik över båda spalterna".to_string())
            .chain((0..8).map(|i| format!("V{i}")))
            .chain((0..8).map(|i| format!("H{i}")))
            .chain(std::iter::once("Sidfot över hela bredden".to_string()))
            .collect();
        assert_eq!(texts, expect);
    }

    #[test]
    fn single_column_with_short_lines_stays_in_row_order() {
        let mut ls = vec![];
        for i in 0..10 {
            let y = 780.0 - 12.0 * i as f32;
            let x1 = if i % 3 == 2 { 120.0 } else { 400.0 };
            ls.push(line(&format!("L{i}"), 0.0, x1, y));
        }
        ls.push(line("2024-05-14", 330.0, 400.0, 820.0));
        let o = order(&ls);
        let texts: Vec<&str> = o.iter().map(|&i| ls[i].text.as_str()).collect();
        assert_eq!(texts[0], "2024-05-14");
        assert_eq!(
            texts[1..],
            (0..10).map(|i| format!("L{i}")).collect::<Vec<_>>()
        );
    }
}
