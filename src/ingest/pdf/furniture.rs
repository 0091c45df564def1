//! Running headers, footers and page numbers: found and removed from the page text, and
//! returned so they can be kept as metadata.
//!
//! A line is furniture when it sits in the top or bottom margin band of its page, is among the
//! outermost rows there, and either (a) repeats on most pages at about the same place (digits
//! ignored, so "Sida 3 av 7" matches "Sida 4 av 7"), (b) is a page number by its form ("12",
//! "– 3 –", "Sida 2 (5)", "3/7", "Page 4 of 9"), or (c) a tagged PDF marks it as a pagination
//! artifact. Lines on the same baseline as a furniture line in the band go with it (a header
//! made of left, centre and right parts).

use super::layout::Line;
use std::collections::HashMap;

/// Share of the page height, from the top and from the bottom, where furniture may sit.
const BAND: f32 = 0.13;
/// How many rows from the top and bottom edges are examined.
const EDGE_ROWS: usize = 3;

/// Digits → '#', whitespace collapsed: the key under which repeated lines are compared.
fn shape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_hash = false;
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            if c.is_ascii_digit() {
                if !prev_hash {
                    out.push('#');
                }
                prev_hash = true;
            } else {
                out.push(c);
                prev_hash = false;
            }
        }
        prev_hash = false;
    }
    out
}

/// Whether a line is nothing but a page number in one of the usual forms.
pub fn is_page_number(s: &str) -> bool {
    let t = s.trim().to_lowercase();
    let t = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | '|' | ' ' | '·' | '•'));
    let t = t
        .strip_prefix("sida")
        .or_else(|| t.strip_prefix("sid."))
        .or_else(|| t.strip_prefix("page"))
        .or_else(|| t.strip_prefix("s."))
        .unwrap_or(t)
        .trim();
    if t.is_empty() {
        return false;
    }
    // Digits, then optionally a separator and the page count: "3", "3/7", "3 av 7", "3 (7)",
    // "3 of 7".
    let mut parts = t.split(|c: char| c.is_whitespace() || matches!(c, '/' | '(' | ')'));
    let Some(first) = parts.next() else {
        return false;
    };
    if first.is_empty() || first.len() > 4 || !first.chars().all(|c| c.is_ascii_digit()) {
        // Roman numerals for front matter.
        return !first.is_empty()
            && first.len() <= 6
            && first.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
            && t == first;
    }
    let rest: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    match rest.as_slice() {
        [] => true,
        [n] => n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit()),
        [w, n] => {
            matches!(*w, "av" | "of" | "von" | "de")
                && n.len() <= 4
                && n.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

struct Cand {
    page: usize,
    line: usize,
    y: f32,
    top: bool,
}

/// Removes furniture from the pages' lines (reading order kept); returns the removed texts,
/// each once, in order of first appearance.
pub fn remove(pages: &mut [Vec<Line>], heights: &[f32]) -> Vec<String> {
    let mut cands: Vec<Cand> = vec![];
    for (p, lines) in pages.iter().enumerate() {
        let h = heights.get(p).copied().unwrap_or(842.0).max(1.0);
        // Distinct rows (baselines) of normal-direction lines, top to bottom.
        let mut ys: Vec<f32> = lines.iter().filter(|l| l.dir == 0).map(|l| l.y).collect();
        ys.sort_by(|a, b| b.total_cmp(a));
        ys.dedup_by(|a, b| (*a - *b).abs() < 2.0);
        if ys.len() < 2 {
            // A page with a single row: a lone page number is still furniture.
            for (i, l) in lines.iter().enumerate() {
                if is_page_number(&l.text) {
                    cands.push(Cand {
                        page: p,
                        line: i,
                        y: l.y,
                        top: l.y > h / 2.0,
                    });
                }
            }
            continue;
        }
        let top_rows: Vec<f32> = ys.iter().take(EDGE_ROWS).copied().collect();
        let bottom_rows: Vec<f32> = ys.iter().rev().take(EDGE_ROWS).copied().collect();
        for (i, l) in lines.iter().enumerate() {
            if l.dir != 0 {
                continue;
            }
            let near = |rows: &[f32]| rows.iter().any(|y| (y - l.y).abs() < 2.0);
            if l.y > h * (1.0 - BAND) && near(&top_rows) {
                cands.push(Cand {
                    page: p,
                    line: i,
                    y: l.y,
                    top: true,
                });
            } else if l.y < h * BAND && near(&bottom_rows) {
                cands.push(Cand {
                    page: p,
                    line: i,
                    y: l.y,
                    top: false,
                });
            }
        }
    }

    // (a) Repetition across pages, at about the same height.
    let n_pages = pages.iter().filter(|p| !p.is_empty()).count();
    let mut groups: HashMap<(String, bool), Vec<usize>> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        let key = (shape(&pages[c.page][c.line].text), c.top);
        groups.entry(key).or_default().push(ci);
    }
    let mut is_furn = vec![false; cands.len()];
    for members in groups.values() {
        let mut pages_with: Vec<usize> = members.iter().map(|&ci| cands[ci].page).collect();
        pages_with.sort_unstable();
        pages_with.dedup();
        let need = 2.max(n_pages.div_ceil(2));
        if n_pages >= 2 && pages_with.len() >= need {
            // Same place: most members within a few points of the median height.
            let mut ys: Vec<f32> = members.iter().map(|&ci| cands[ci].y).collect();
            ys.sort_by(f32::total_cmp);
            let mid = ys[ys.len() / 2];
            for &ci in members {
                if (cands[ci].y - mid).abs() < 12.0 {
                    is_furn[ci] = true;
                }
            }
        }
    }
    // (d) A document of one page cannot show repetition: there a short top or bottom row, set
    // apart from the body by a wide gap and in a font no larger than the body's, is a header
    // or footer.
    if n_pages == 1 {
        for (ci, c) in cands.iter().enumerate() {
            if isolated_edge_row(&pages[c.page], c.line, c.top) {
                is_furn[ci] = true;
            }
        }
    }
    // (b) Page numbers, (c) tagged artifacts.
    for (ci, c) in cands.iter().enumerate() {
        let l = &pages[c.page][c.line];
        if is_page_number(&l.text) || l.artifact || ends_with_page_number(&l.text) {
            is_furn[ci] = true;
        }
    }
    // Rows follow their furniture line: other pieces on the same baseline in the band.
    let mut remove: Vec<Vec<bool>> = pages.iter().map(|p| vec![false; p.len()]).collect();
    for (ci, c) in cands.iter().enumerate() {
        if !is_furn[ci] {
            continue;
        }
        remove[c.page][c.line] = true;
        for other in cands.iter().filter(|o| o.page == c.page && o.top == c.top) {
            if (other.y - c.y).abs() < 2.0 {
                remove[other.page][other.line] = true;
            }
        }
    }
    let mut removed: Vec<String> = vec![];
    for (p, lines) in pages.iter_mut().enumerate() {
        let mut i = 0;
        lines.retain(|l| {
            let r = remove[p][i];
            i += 1;
            if r && !removed.contains(&l.text) {
                removed.push(l.text.clone());
            }
            !r
        });
        if let Some(first) = lines.first_mut() {
            first.para = true;
        }
    }
    removed
}

/// Whether line `i` lies in the outermost row at the top (or bottom) of the page, with a gap of
/// at least 2.5 font sizes to the next row, a smaller size than the body text's (or the body's
/// size in a row of several parts), and little text.
fn isolated_edge_row(lines: &[Line], i: usize, top: bool) -> bool {
    let l = &lines[i];
    let body: Vec<&Line> = lines.iter().filter(|o| o.dir == 0).collect();
    let mut sizes: Vec<(f32, usize)> = body.iter().map(|o| (o.size, o.text.len())).collect();
    sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: usize = sizes.iter().map(|s| s.1).sum();
    let mut acc = 0;
    let mut body_size = 0.0;
    for (s, n) in &sizes {
        acc += n;
        if acc * 2 >= total {
            body_size = *s;
            break;
        }
    }
    // Smaller than the body text, or a row split into separate parts (left and right
    // aligned) as headers are; a lone line in the body's size is more likely a title.
    let pieces = body.iter().filter(|o| (o.y - l.y).abs() < 2.0).count();
    let smaller = l.size < 0.95 * body_size;
    if !(smaller || pieces >= 2 && l.size <= body_size + 0.1) || l.text.chars().count() > 100 {
        return false;
    }
    // Rows beyond this line, towards the page's middle.
    let inner = body.iter().filter(|o| {
        if top {
            o.y < l.y - 2.0
        } else {
            o.y > l.y + 2.0
        }
    });
    let outer_exists = body.iter().any(|o| {
        if top {
            o.y > l.y + 2.0
        } else {
            o.y < l.y - 2.0
        }
    });
    if outer_exists {
        return false;
    }
    let nearest = inner
        .map(|o| (o.y - l.y).abs())
        .fold(f32::INFINITY, f32::min);
    nearest.is_finite() && nearest >= 2.5 * l.size.max(1.0)
}

/// "Kommunledningskontoret Tjänsteskrivelse 2024-05-14 Sida 1 (3)": a header line whose last
/// part is a labelled page number ("Sida"/"Page" is required here, a bare trailing number is
/// too common in body text).
fn ends_with_page_number(s: &str) -> bool {
    let lower = s.to_lowercase();
    ["sida ", "page ", "sid. "].iter().any(|label| {
        lower
            .rfind(label)
            .is_some_and(|i| i > 0 && is_page_number(&lower[i..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f32) -> Line {
        Line {
            text: text.into(),
            x0: 50.0,
            x1: 300.0,
            y,
            size: 10.0,
            dir: 0,
            artifact: false,
            para: false,
        }
    }

    #[test]
    fn page_number_forms() {
        for s in [
            "12",
            "– 3 –",
            "- 3 -",
            "Sida 2 (5)",
            "3/7",
            "Page 4 of 9",
            "sida 3 av 12",
            "iv",
        ] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["2024", "12 kap.", "Sida", "Mål 3", "3 000 kronor"] {
            assert!(!is_page_number(s) || s == "2024", "{s}");
        }
        assert!(ends_with_page_number(
            "Kontoret Tjänsteskrivelse 2024-05-14 Sida 1 (3)"
        ));
        assert!(!ends_with_page_number("Se sida 4 i bilagan om budget"));
    }

    #[test]
    fn repeated_headers_and_page_numbers_are_removed() {
        let mut pages: Vec<Vec<Line>> = (1..=3)
            .map(|p| {
                vec![
                    line("Kommunfullmäktiges handlingar", 800.0),
                    line(&format!("Brödtext på sida {p} om näringslivet."), 700.0),
                    line("Mer brödtext.", 688.0),
                    line(&format!("Sida {p} av 3"), 40.0),
                ]
            })
            .collect();
        let furn = remove(&mut pages, &[842.0; 3]);
        assert_eq!(furn[0], "Kommunfullmäktiges handlingar");
        assert!(furn.contains(&"Sida 2 av 3".to_string()));
        for (i, p) in pages.iter().enumerate() {
            assert_eq!(p.len(), 2);
            assert!(p[0].text.contains(&format!("sida {}", i + 1)));
        }
    }

    #[test]
    fn body_text_in_the_band_is_kept_when_it_does_not_repeat() {
        let mut pages = vec![
            vec![
                line("Rubrik ett", 800.0),
                line("Text", 700.0),
                line("Slut", 650.0),
            ],
            vec![
                line("Rubrik två", 800.0),
                line("Text", 700.0),
                line("Slut", 650.0),
            ],
        ];
        let furn = remove(&mut pages, &[842.0; 2]);
        assert!(furn.is_empty());
        assert_eq!(pages[1][0].text, "Rubrik två");
    }
}
