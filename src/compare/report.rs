//! Writers for a [`Comparison`]: a text table for the terminal, a long-format CSV, JSON, and a
//! self-contained HTML report with inline SVG heat maps.
//!
//! The HTML report loads nothing from the network (no scripts, fonts or style sheets) and
//! escapes every piece of document text and metadata, which is untrusted input.

use super::{Comparison, Similarity};
use crate::model::{ItemKind, ItemRecord};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Escapes text for HTML element content and quoted attribute values: `& < > " '`. Written by
/// hand because it is five characters; a crate would add a dependency for one match.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes the comparison as JSON: one object with the keys `municipalities`, `items`,
/// `without_municipality`, `themes`, `distinctive_terms`, `similarity` (`municipalities`,
/// `matrix`), `similarity_by_kind` (when computed), `shared_wording` and `timeline`.
pub fn write_json<W: Write>(c: &Comparison, mut w: W) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut w, c)?;
    w.write_all(b"\n")
}

/// The columns of the long-format CSV written by [`write_csv`].
pub const CSV_COLUMNS: [&str; 7] = [
    "section",
    "municipality",
    "key",
    "kind",
    "count",
    "value",
    "detail",
];

/// Writes the comparison as one long-format ("tidy") CSV, easy to pivot in a spreadsheet,
/// pandas or R. Columns: `section, municipality, key, kind, count, value, detail`:
///
/// - `theme`: key = theme, kind = empty (all kinds) or a kind, count = items, value = share of
///   the municipality's items (of that kind), detail = item ids joined with `;`.
/// - `distinct`: key = word form, count = occurrences, value = z-score, detail = stem.
/// - `similarity`: key = the other municipality, kind = empty or a kind, value = cosine.
/// - `shared`: key = the other municipality, value = Jaccard, detail = the two item ids
///   joined with `;`.
/// - `timeline`: key = year (empty for undated), count = items.
pub fn write_csv<W: Write>(c: &Comparison, w: W) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(CSV_COLUMNS)?;
    let t = &c.themes;
    for (ti, theme) in t.themes.iter().enumerate() {
        for (mi, m) in t.municipalities.iter().enumerate() {
            let cell = &t.cells[ti][mi];
            out.write_record([
                "theme",
                m,
                theme,
                "",
                &cell.count.to_string(),
                &fmt_f(cell.share),
                &cell.items.join(";"),
            ])?;
            for (k, n) in &cell.by_kind {
                let share = cell.share_by_kind.get(k).copied().unwrap_or(0.0);
                out.write_record([
                    "theme",
                    m,
                    theme,
                    k.as_str(),
                    &n.to_string(),
                    &fmt_f(share),
                    "",
                ])?;
            }
        }
    }
    for d in &c.distinctive_terms {
        for term in &d.terms {
            out.write_record([
                "distinct",
                &d.municipality,
                &term.term,
                "",
                &term.count.to_string(),
                &fmt_f(term.z),
                &term.stem,
            ])?;
        }
    }
    let mut sims: Vec<(&str, &Similarity)> = vec![("", &c.similarity)];
    sims.extend(c.similarity_by_kind.iter().map(|(k, s)| (k.as_str(), s)));
    for (kind, s) in sims {
        for (i, a) in s.municipalities.iter().enumerate() {
            for (j, b) in s.municipalities.iter().enumerate() {
                out.write_record(["similarity", a, b, kind, "", &fmt_f(s.matrix[i][j]), ""])?;
            }
        }
    }
    for p in &c.shared_wording {
        out.write_record([
            "shared",
            &p.a.municipality,
            &p.b.municipality,
            "",
            "",
            &fmt_f(p.jaccard),
            &format!("{};{}", p.a.id, p.b.id),
        ])?;
    }
    let tl = &c.timeline;
    for (mi, m) in tl.municipalities.iter().enumerate() {
        for (yi, y) in tl.years.iter().enumerate() {
            if tl.counts[mi][yi] > 0 {
                let n = tl.counts[mi][yi].to_string();
                out.write_record(["timeline", m, &y.to_string(), "", &n, "", ""])?;
            }
        }
        if tl.undated[mi] > 0 {
            let n = tl.undated[mi].to_string();
            out.write_record(["timeline", m, "", "", &n, "", ""])?;
        }
    }
    out.flush()
}

fn fmt_f(x: f64) -> String {
    format!("{x:.4}")
}

/// Cuts a text to at most `n` characters, marking the cut with "…".
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Writes the comparison as plain text tables for the terminal.
pub fn write_table<W: Write>(c: &Comparison, mut w: W) -> io::Result<()> {
    let ms = &c.municipalities;
    writeln!(
        w,
        "{} municipalities, {} items{}",
        ms.len(),
        c.items,
        if c.without_municipality > 0 {
            format!(
                " ({} items without a municipality left out)",
                c.without_municipality
            )
        } else {
            String::new()
        }
    )?;
    let t = &c.themes;
    let theme_w = t
        .themes
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let col_w = ms
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .max(10);
    let pad = |s: &str, n: usize| format!("{s}{}", " ".repeat(n.saturating_sub(s.chars().count())));
    let header = |w: &mut W, first: &str, first_w: usize| -> io::Result<()> {
        let mut line = pad(first, first_w);
        for m in ms {
            line.push_str("  ");
            line.push_str(&pad(m, col_w));
        }
        writeln!(w, "{}", line.trim_end())
    };
    writeln!(w, "\nThemes: items (share of the municipality's items)")?;
    header(&mut w, "theme", theme_w)?;
    let mut rows: Vec<(String, Vec<String>)> = t
        .themes
        .iter()
        .enumerate()
        .map(|(ti, name)| {
            let cells = t.cells[ti]
                .iter()
                .map(|c| format!("{} ({:.0}%)", c.count, c.share * 100.0))
                .collect();
            (name.clone(), cells)
        })
        .collect();
    rows.push((
        "(no theme)".into(),
        t.unthemed.iter().map(|n| n.to_string()).collect(),
    ));
    rows.push((
        "(all items)".into(),
        t.totals.iter().map(|n| n.to_string()).collect(),
    ));
    for (name, cells) in rows {
        let mut line = pad(&name, theme_w);
        for cell in cells {
            line.push_str("  ");
            line.push_str(&pad(&cell, col_w));
        }
        writeln!(w, "{}", line.trim_end())?;
    }
    writeln!(
        w,
        "\nDistinctive terms (weighted log-odds z-score against the others)"
    )?;
    for d in &c.distinctive_terms {
        let terms: Vec<String> = d
            .terms
            .iter()
            .map(|t| format!("{} ({:.1})", t.term, t.z))
            .collect();
        writeln!(
            w,
            "{}: {}",
            d.municipality,
            if terms.is_empty() {
                "-".into()
            } else {
                terms.join(", ")
            }
        )?;
    }
    writeln!(w, "\nSimilarity (cosine of tf-idf vectors)")?;
    let name_w = ms.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    header(&mut w, "", name_w)?;
    for (i, m) in ms.iter().enumerate() {
        let mut line = pad(m, name_w);
        for v in &c.similarity.matrix[i] {
            line.push_str("  ");
            line.push_str(&pad(&format!("{v:.2}"), col_w));
        }
        writeln!(w, "{}", line.trim_end())?;
    }
    writeln!(w, "\nShared wording ({} pairs)", c.shared_wording.len())?;
    for p in c.shared_wording.iter().take(20) {
        writeln!(
            w,
            "{:.2}  {} [{}]: {}",
            p.jaccard,
            p.a.municipality,
            p.a.id,
            cut(&p.a.text, 100)
        )?;
        writeln!(
            w,
            "      {} [{}]: {}",
            p.b.municipality,
            p.b.id,
            cut(&p.b.text, 100)
        )?;
    }
    if c.shared_wording.len() > 20 {
        writeln!(
            w,
            "… {} more (use --format json or html)",
            c.shared_wording.len() - 20
        )?;
    }
    let tl = &c.timeline;
    writeln!(w, "\nTimeline: items per document year")?;
    let mut line = pad("", name_w);
    for y in &tl.years {
        let _ = write!(line, "  {y:>5}");
    }
    line.push_str("  undated");
    writeln!(w, "{line}")?;
    for (i, m) in tl.municipalities.iter().enumerate() {
        let mut line = pad(m, name_w);
        for n in &tl.counts[i] {
            let _ = write!(line, "  {n:>5}");
        }
        let _ = write!(line, "  {:>7}", tl.undated[i]);
        writeln!(w, "{line}")?;
    }
    Ok(())
}

/// Colour of a value in 0..=1 on a white-to-blue scale.
fn colour(v: f64) -> String {
    let v = if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let lerp = |a: f64, b: f64| (a + (b - a) * v).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        lerp(247.0, 8.0),
        lerp(251.0, 48.0),
        lerp(255.0, 107.0)
    )
}

/// An SVG heat map. `values` are the colour intensities in 0..=1 (`None`: a grey cell),
/// `labels` the text in each cell and `tips` the hover text; every string is escaped here.
fn heatmap(
    rows: &[String],
    cols: &[String],
    values: &[Vec<Option<f64>>],
    labels: &[Vec<String>],
    tips: &[Vec<String>],
) -> String {
    let char_w = 7.0;
    let row_label_w =
        rows.iter().map(|r| r.chars().count()).max().unwrap_or(0) as f64 * char_w + 12.0;
    let col_label_h =
        cols.iter().map(|c| c.chars().count()).max().unwrap_or(0) as f64 * char_w * 0.75 + 16.0;
    let (cw, ch) = (78.0, 26.0);
    let width = row_label_w + cw * cols.len() as f64 + 40.0;
    let height = col_label_h + ch * rows.len() as f64 + 4.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="sans-serif" font-size="12">"#
    );
    for (j, c) in cols.iter().enumerate() {
        let x = row_label_w + cw * j as f64 + cw / 2.0;
        let _ = write!(
            s,
            r#"<text x="{x:.1}" y="{:.1}" transform="rotate(-35 {x:.1} {:.1})">{}</text>"#,
            col_label_h - 6.0,
            col_label_h - 6.0,
            escape_html(c)
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = col_label_h + ch * i as f64;
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            row_label_w - 8.0,
            y + ch / 2.0 + 4.0,
            escape_html(r)
        );
        for (j, _) in cols.iter().enumerate() {
            let v = values.get(i).and_then(|r| r.get(j)).copied().flatten();
            let label = labels
                .get(i)
                .and_then(|r| r.get(j))
                .map(String::as_str)
                .unwrap_or("");
            let tip = tips
                .get(i)
                .and_then(|r| r.get(j))
                .map(String::as_str)
                .unwrap_or("");
            let x = row_label_w + cw * j as f64;
            let fg = if v.is_some_and(|v| v > 0.55) {
                "#fff"
            } else {
                "#222"
            };
            let fill = v.map(colour).unwrap_or_else(|| "#e4e4e4".into());
            let _ = write!(
                s,
                r##"<g><title>{}</title><rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{}" stroke="#fff"/><text x="{:.1}" y="{:.1}" text-anchor="middle" fill="{fg}">{}</text></g>"##,
                escape_html(tip),
                cw - 1.0,
                ch - 1.0,
                fill,
                x + cw / 2.0,
                y + ch / 2.0 + 4.0,
                escape_html(label)
            );
        }
    }
    s.push_str("</svg>");
    s
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 1.5em;max-width:1150px;color:#222;line-height:1.4}\
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}\
th{background:#f3f5f8}.num{text-align:right;font-variant-numeric:tabular-nums}\
.terms{display:flex;flex-wrap:wrap;gap:1.2em}.terms table{font-size:.9em}\
.bar{display:inline-block;height:.7em;background:#4a78b5;vertical-align:middle}\
table.shared{width:100%;table-layout:fixed}.shared th:first-child{width:4.5em}.muted{color:#666;font-size:.9em}details{margin:.3em 0}summary{cursor:pointer}\
.scroll{overflow-x:auto}mark{background:#ffe08a}";

/// How many items a theme cell lists in the report before "and N more".
const ITEMS_PER_CELL: usize = 8;

/// Writes a self-contained HTML report. `records` supply the texts of the items listed under
/// each theme; ids not among them are listed by id only.
pub fn write_html<W: Write>(c: &Comparison, records: &[ItemRecord], mut w: W) -> io::Result<()> {
    let by_id: HashMap<String, &ItemRecord> = records.iter().map(|r| (r.item.id(), r)).collect();
    let e = escape_html;
    let ms = &c.municipalities;
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.push_str("<title>styrdok: jämförelse av kommuner</title>");
    let _ = write!(h, "<style>{STYLE}</style></head><body>");
    let _ = write!(
        h,
        "<h1>Jämförelse av kommuner</h1><p>{} kommuner, {} poster (mål, uppdrag, beslut, åtaganden){}. Skapad av styrdok.</p>",
        ms.len(),
        c.items,
        if c.without_municipality > 0 {
            format!(
                "; {} poster utan känd kommun är inte med",
                c.without_municipality
            )
        } else {
            String::new()
        }
    );
    if ms.is_empty() {
        h.push_str("<p>Inga poster med känd kommun att jämföra.</p>");
    }

    // 1. Themes.
    let t = &c.themes;
    h.push_str("<h2>Teman × kommuner</h2><p class=\"muted\">Andel av kommunens poster som nämner temat (antal i rutan). En post kan höra till flera teman. Håll muspekaren över en ruta för fördelningen per typ.</p><div class=\"scroll\">");
    let max_share = t
        .cells
        .iter()
        .flatten()
        .map(|c| c.share)
        .fold(0.0, f64::max);
    let values: Vec<Vec<Option<f64>>> = t
        .cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| {
                    Some(if max_share > 0.0 {
                        c.share / max_share
                    } else {
                        0.0
                    })
                })
                .collect()
        })
        .collect();
    let labels: Vec<Vec<String>> = t
        .cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| {
                    if c.count == 0 {
                        String::new()
                    } else {
                        format!("{} · {:.0}%", c.count, c.share * 100.0)
                    }
                })
                .collect()
        })
        .collect();
    let tips: Vec<Vec<String>> = t
        .cells
        .iter()
        .enumerate()
        .map(|(ti, row)| {
            row.iter()
                .enumerate()
                .map(|(mi, c)| {
                    let kinds: Vec<String> =
                        c.by_kind.iter().map(|(k, n)| format!("{k}: {n}")).collect();
                    format!(
                        "{} – {}: {} av {} poster ({:.1}%){}{}",
                        t.themes[ti],
                        t.municipalities[mi],
                        c.count,
                        t.totals[mi],
                        c.share * 100.0,
                        if kinds.is_empty() { "" } else { "\n" },
                        kinds.join(", ")
                    )
                })
                .collect()
        })
        .collect();
    h.push_str(&heatmap(
        &t.themes,
        &t.municipalities,
        &values,
        &labels,
        &tips,
    ));
    h.push_str("</div><h3>Posterna per tema</h3>");
    for (ti, theme) in t.themes.iter().enumerate() {
        let total: usize = t.cells[ti].iter().map(|c| c.count).sum();
        if total == 0 {
            continue;
        }
        let _ = write!(h, "<details><summary>{} ({total})</summary>", e(theme));
        for (mi, m) in t.municipalities.iter().enumerate() {
            let cell = &t.cells[ti][mi];
            if cell.count == 0 {
                continue;
            }
            let _ = write!(h, "<p><b>{}</b> ({})</p><ul>", e(m), cell.count);
            for id in cell.items.iter().take(ITEMS_PER_CELL) {
                match by_id.get(id) {
                    Some(r) => {
                        let _ = write!(
                            h,
                            "<li>{} <span class=\"muted\">({}, {}, s. {})</span></li>",
                            e(&r.item.text),
                            e(r.item.kind.as_str()),
                            e(&r.item.file),
                            r.item.page
                        );
                    }
                    None => {
                        let _ = write!(h, "<li>{}</li>", e(id));
                    }
                }
            }
            if cell.items.len() > ITEMS_PER_CELL {
                let _ = write!(
                    h,
                    "<li class=\"muted\">… och {} till</li>",
                    cell.items.len() - ITEMS_PER_CELL
                );
            }
            h.push_str("</ul>");
        }
        h.push_str("</details>");
    }

    // 2. Distinctive terms.
    h.push_str("<h2>Utmärkande ord</h2><p class=\"muted\">Ord (ordstammar) som kommunen använder mer än de andra: viktad log-odds med informativ Dirichlet-prior (Monroe, Colaresi &amp; Quinn 2008); z över 1,96 motsvarar ungefär 95 % säkerhet.</p><div class=\"terms\">");
    for d in &c.distinctive_terms {
        let top = d.terms.first().map(|t| t.z).unwrap_or(1.0).max(1e-9);
        let _ = write!(
            h,
            "<table><tr><th colspan=\"3\">{}</th></tr><tr><th>ord</th><th>antal</th><th>z</th></tr>",
            e(&d.municipality)
        );
        if d.terms.is_empty() {
            h.push_str("<tr><td colspan=\"3\" class=\"muted\">för lite text</td></tr>");
        }
        for term in &d.terms {
            let width = (term.z.max(0.0) / top * 60.0).round();
            let _ = write!(
                h,
                "<tr><td title=\"stam: {}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{:.2} <span class=\"bar\" style=\"width:{width}px\"></span></td></tr>",
                e(&term.stem),
                e(&term.term),
                term.count,
                term.z
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</div>");

    // 3. Similarity.
    h.push_str("<h2>Likhet</h2><p class=\"muted\">Cosinuslikhet mellan kommunernas tf-idf-vektorer (1 = samma ordförråd i samma proportioner, 0 = inga gemensamma ord).</p>");
    let mut sims: Vec<(String, &Similarity)> = vec![("Alla poster".into(), &c.similarity)];
    sims.extend(
        c.similarity_by_kind
            .iter()
            .map(|(k, s)| (kind_sv(*k).to_string(), s)),
    );
    for (title, s) in sims {
        if sims_is_trivial(s) {
            continue;
        }
        let _ = write!(h, "<h3>{}</h3><div class=\"scroll\">", e(&title));
        let labels: Vec<Vec<String>> = s
            .matrix
            .iter()
            .map(|r| r.iter().map(|v| format!("{v:.2}")).collect())
            .collect();
        let tips: Vec<Vec<String>> = s
            .matrix
            .iter()
            .enumerate()
            .map(|(i, r)| {
                r.iter()
                    .enumerate()
                    .map(|(j, v)| {
                        format!("{} – {}: {v:.3}", s.municipalities[i], s.municipalities[j])
                    })
                    .collect()
            })
            .collect();
        // Colours span the off-diagonal values, so that differences between municipalities
        // show; the diagonal (always 1) is grey.
        let max_off = s
            .matrix
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                r.iter()
                    .enumerate()
                    .filter(move |(j, _)| *j != i)
                    .map(|(_, v)| *v)
            })
            .fold(0.0, f64::max);
        let values: Vec<Vec<Option<f64>>> = s
            .matrix
            .iter()
            .enumerate()
            .map(|(i, r)| {
                r.iter()
                    .enumerate()
                    .map(|(j, v)| (i != j).then(|| if max_off > 0.0 { v / max_off } else { 0.0 }))
                    .collect()
            })
            .collect();
        h.push_str(&heatmap(
            &s.municipalities,
            &s.municipalities,
            &values,
            &labels,
            &tips,
        ));
        h.push_str("</div>");
    }

    // 4. Shared wording.
    let _ = write!(
        h,
        "<h2>Gemensamma formuleringar</h2><p class=\"muted\">Nästan likalydande poster i olika kommuner (Jaccard-likhet för ordtripletter; MinHash/LSH). Ord som bara finns i den ena texten är markerade. {} par.</p>",
        c.shared_wording.len()
    );
    if !c.shared_wording.is_empty() {
        h.push_str(
            "<table class=\"shared\"><tr><th>likhet</th><th>den ena</th><th>den andra</th></tr>",
        );
        for p in &c.shared_wording {
            let side = |s: &super::SharedItem, other: &super::SharedItem| {
                format!(
                    "<b>{}</b> <span class=\"muted\">{}{} · {}</span><br>{}",
                    e(&s.municipality),
                    e(&s.file),
                    s.doc_year.map(|y| format!(" ({y})")).unwrap_or_default(),
                    e(s.kind.as_str()),
                    highlight_diff(&s.text, &other.text)
                )
            };
            let _ = write!(
                h,
                "<tr><td class=\"num\">{:.2}</td><td>{}</td><td>{}</td></tr>",
                p.jaccard,
                side(&p.a, &p.b),
                side(&p.b, &p.a)
            );
        }
        h.push_str("</table>");
    }

    // 5. Timeline.
    let tl = &c.timeline;
    h.push_str("<h2>Tidslinje</h2><p class=\"muted\">Poster per dokumentår och kommun.</p>");
    if !tl.years.is_empty() && !tl.municipalities.is_empty() {
        let max = tl
            .counts
            .iter()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0)
            .max(1) as f64;
        let years: Vec<String> = tl.years.iter().map(|y| y.to_string()).collect();
        let values: Vec<Vec<Option<f64>>> = tl
            .counts
            .iter()
            .map(|r| r.iter().map(|n| Some(*n as f64 / max)).collect())
            .collect();
        let labels: Vec<Vec<String>> = tl
            .counts
            .iter()
            .map(|r| {
                r.iter()
                    .map(|n| {
                        if *n == 0 {
                            String::new()
                        } else {
                            n.to_string()
                        }
                    })
                    .collect()
            })
            .collect();
        let tips: Vec<Vec<String>> = tl
            .counts
            .iter()
            .enumerate()
            .map(|(i, r)| {
                r.iter()
                    .enumerate()
                    .map(|(j, n)| format!("{} {}: {n}", tl.municipalities[i], tl.years[j]))
                    .collect()
            })
            .collect();
        h.push_str("<div class=\"scroll\">");
        h.push_str(&heatmap(
            &tl.municipalities,
            &years,
            &values,
            &labels,
            &tips,
        ));
        h.push_str("</div>");
    }
    let undated: Vec<String> = tl
        .municipalities
        .iter()
        .zip(&tl.undated)
        .filter(|(_, n)| **n > 0)
        .map(|(m, n)| format!("{} {n}", e(m)))
        .collect();
    if !undated.is_empty() {
        let _ = write!(h, "<p class=\"muted\">Utan år: {}.</p>", undated.join(", "));
    }
    h.push_str("</body></html>\n");
    w.write_all(h.as_bytes())
}

/// The text, HTML-escaped, with the words the other text lacks wrapped in `<mark>`, so that
/// the differences in a pair of near-identical items stand out.
fn highlight_diff(text: &str, other: &str) -> String {
    let theirs: HashSet<String> = other
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(first) = rest.chars().next() {
        let is_word = first.is_alphanumeric();
        let end = rest
            .find(|c: char| c.is_alphanumeric() != is_word)
            .unwrap_or(rest.len());
        let piece = &rest[..end];
        if is_word && !theirs.contains(&piece.to_lowercase()) {
            let _ = write!(out, "<mark>{}</mark>", escape_html(piece));
        } else {
            out.push_str(&escape_html(piece));
        }
        rest = &rest[end..];
    }
    out
}

fn sims_is_trivial(s: &Similarity) -> bool {
    s.municipalities.is_empty()
}

fn kind_sv(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Assignment => "Uppdrag",
        ItemKind::Decision => "Beslut",
        ItemKind::Goal => "Mål",
        ItemKind::Commitment => "Åtaganden",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{CompareOptions, Themes, compare};
    use crate::model::{Item, Span};

    fn rec(muni: &str, start: usize, text: &str) -> ItemRecord {
        ItemRecord {
            item: Item {
                doc_id: "d".into(),
                file: "<b>fil</b>.txt".into(),
                municipality: Some(muni.into()),
                kind: ItemKind::Goal,
                text: text.into(),
                assignee: None,
                assigner: None,
                body: None,
                status: None,
                years: vec![],
                page: 1,
                span: Span {
                    start,
                    end: start + 1,
                },
                heading: vec![],
                rule: "r".into(),
            },
            doc_type: None,
            doc_title: None,
            doc_year: Some(2022),
        }
    }

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(
            escape_html(r#"<script>alert("x&y")</script> 'a'"#),
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#39;a&#39;"
        );
        assert_eq!(escape_html("Malmö"), "Malmö");
    }

    #[test]
    fn html_report_escapes_all_document_text_and_metadata() {
        let evil = "<script>alert(1)</script> upphandling av <img src=x onerror=alert(2)> livsmedel i hela kommunen varje år";
        let recs = vec![
            rec("<Evil & Co>", 0, evil),
            rec("Umeå", 0, evil),
            rec("Umeå", 400, "Fler företag \"ska\" etablera sig"),
        ];
        let c = compare(&recs, &Themes::default(), &CompareOptions::default());
        assert_eq!(c.shared_wording.len(), 1);
        let mut buf = Vec::new();
        write_html(&c, &recs, &mut buf).unwrap();
        let html = String::from_utf8(buf).unwrap();
        assert!(!html.contains("<script"), "no live script tag");
        assert!(!html.contains("<img"), "no live img tag");
        assert!(!html.contains("<b>fil"), "file names are escaped");
        assert!(!html.contains("<Evil"), "municipality names are escaped");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;Evil &amp; Co&gt;"));
        // Self-contained: nothing is fetched.
        for needle in ["http://", "https://", "src=\"", "<link", "@import", "url("] {
            let rest = html.replace("http://www.w3.org/2000/svg", "");
            assert!(!rest.contains(needle), "external reference {needle}");
        }
        assert!(html.contains("<svg"), "heat maps are inline SVG");
    }

    #[test]
    fn diff_highlight_marks_missing_words_and_escapes() {
        assert_eq!(
            highlight_diff(
                "Kommunen <b>ska</b> växa i länet",
                "kommunen ska växa i regionen"
            ),
            "Kommunen &lt;<mark>b</mark>&gt;ska&lt;/<mark>b</mark>&gt; växa i <mark>länet</mark>"
        );
        assert_eq!(highlight_diff("", "x"), "");
    }

    #[test]
    fn json_has_the_contract_keys() {
        let recs = vec![rec("A", 0, "upphandling"), rec("B", 0, "turism")];
        let c = compare(&recs, &Themes::default(), &CompareOptions::default());
        let mut buf = Vec::new();
        write_json(&c, &mut buf).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        for part in ["theme", "distinct", "similar", "shared", "timeline"] {
            assert!(
                keys.iter().any(|k| k.contains(part)),
                "no key with {part}: {keys:?}"
            );
        }
        assert_eq!(
            v["similarity"]["municipalities"],
            serde_json::json!(["A", "B"])
        );
        assert_eq!(v["similarity"]["matrix"][0][0], 1.0);
        assert_eq!(
            v["themes"]["cells"].as_array().unwrap().len(),
            c.themes.themes.len()
        );
    }

    #[test]
    fn csv_is_long_format_and_parses_back() {
        let recs = vec![
            rec("A", 0, "upphandling, med komma"),
            rec("B", 0, "upphandling"),
        ];
        let c = compare(&recs, &Themes::default(), &CompareOptions::default());
        let mut buf = Vec::new();
        write_csv(&c, &mut buf).unwrap();
        let mut r = csv::Reader::from_reader(buf.as_slice());
        assert_eq!(r.headers().unwrap(), CSV_COLUMNS.as_slice());
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        let theme_row = rows
            .iter()
            .find(|x| &x[0] == "theme" && &x[1] == "A" && &x[2] == "Upphandling" && x[3].is_empty())
            .unwrap();
        assert_eq!(&theme_row[4], "1");
        assert_eq!(&theme_row[5], "1.0000");
        assert_eq!(&theme_row[6], "d:0");
        let sim: Vec<_> = rows.iter().filter(|x| &x[0] == "similarity").collect();
        assert_eq!(sim.len(), 4);
    }
}
