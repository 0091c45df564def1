//! `styrdok search QUERY`: ranked hits with highlighted snippets, optional facets.

use super::Exit;
use anyhow::Context;
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use styrdok::index::{self, Index};
use styrdok::model::{Filter, ItemKind, Status, parse_year_range};
use styrdok::query::{self, Facets, Hit, SearchRequest, Unit};

/// Search the index: documents, passages and items, ranked by BM25, with the matched words
/// highlighted. Words are matched in any inflection and as parts of compounds ("strategi"
/// finds "näringslivsstrategin"); all words must match.
///
/// Query syntax:
///   upphandling              the word in any form, also inside compounds
///   "ges i uppdrag att"      these words in this order
///   testbädd OR testbäddar   either word
///   -skola                   exclude a word (quote the whole query: 'upphandling -skola')
///   upphandl*                words starting with "upphandl"
///
/// Examples:
///   styrdok search testbäddar --kind assignment
///   styrdok search upphandling --kind decision --year 2020..
///   styrdok search kompetensförsörjning --kind goal --municipality Malmö --municipality Lund
///   styrdok search '"ges i uppdrag att"' näringsliv --format jsonl | jq .municipality
///   styrdok search näringslivsstrategi --facets
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The query (several arguments are joined with spaces).
    #[arg(required = true, num_args = 1..)]
    query: Vec<String>,
    /// Index folder.
    #[arg(long, env = index::ENV_VAR, default_value = index::DEFAULT_DIR)]
    index: PathBuf,
    /// Only items of this kind: assignment, decision, goal, commitment (or uppdrag, beslut,
    /// mål, åtagande). Repeat for several.
    #[arg(long, value_parser = parse_kind)]
    kind: Vec<ItemKind>,
    /// Only this municipality (case-insensitive). Repeat for several.
    #[arg(long)]
    municipality: Vec<String>,
    /// Only these years: 2022, 2020..2024, 2020.. or ..2019. An item matches on the years it
    /// names, else on its document's year.
    #[arg(long, value_parser = parse_years)]
    year: Option<(i32, i32)>,
    /// Only this document type (budget, protokoll, strategi, …).
    #[arg(long)]
    doc_type: Option<String>,
    /// Only items with this status: proposed, decided, scheduled.
    #[arg(long, value_parser = parse_status)]
    status: Option<Status>,
    /// Number of hits to show.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Output: a readable list, one JSON object per hit, or CSV. JSON Lines carry id, kind
    /// (item kind, "passage" or "document"), unit, score, file, doc_id, municipality, doc_type,
    /// year, page, heading, text, snippet, highlights (byte ranges into snippet) and, for items,
    /// assignee, assigner, body, status, years and rule; with --facets the last line is
    /// {"facets": {...}, "total": N}.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Also count all matches per municipality, kind and year ("who has what").
    #[arg(long)]
    facets: bool,
    /// Highlight matches in colour: auto (on a terminal unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn parse_kind(s: &str) -> Result<ItemKind, String> {
    ItemKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?}: use assignment, decision, goal or commitment"))
}

fn parse_status(s: &str) -> Result<Status, String> {
    Status::parse(s)
        .ok_or_else(|| format!("unknown status {s:?}: use proposed, decided or scheduled"))
}

fn parse_years(s: &str) -> Result<(i32, i32), String> {
    parse_year_range(s)
        .ok_or_else(|| format!("bad year range {s:?}: use 2022, 2020..2024, 2020.. or ..2019"))
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let index = Index::open(&args.index)?;
    let req = SearchRequest {
        query: args.query.join(" "),
        filter: Filter {
            kinds: args.kind.clone(),
            municipalities: args.municipality.clone(),
            years: args.year,
            doc_type: args.doc_type.clone(),
            status: args.status,
        },
        limit: args.limit.max(1),
        facets: args.facets,
    };
    let res = query::search(&index, &req)?;
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Table => {
            for (i, h) in res.hits.iter().enumerate() {
                write_block(&mut out, i + 1, h, color)?;
            }
            if let Some(f) = &res.facets {
                write_facets(&mut out, f, res.total)?;
            }
        }
        Format::Jsonl => {
            for h in &res.hits {
                writeln!(out, "{}", hit_json(h))?;
            }
            if let Some(f) = &res.facets {
                writeln!(
                    out,
                    "{}",
                    json!({"facets": facets_json(f), "total": res.total})
                )?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "id",
                "kind",
                "score",
                "municipality",
                "year",
                "doc_type",
                "file",
                "page",
                "text",
            ])?;
            for h in &res.hits {
                w.write_record([
                    h.id.clone(),
                    h.unit.label().to_string(),
                    format!("{:.3}", h.score),
                    h.municipality.clone().unwrap_or_default(),
                    h.year.map(|y| y.to_string()).unwrap_or_default(),
                    h.doc_type.clone().unwrap_or_default(),
                    h.file.clone(),
                    h.page.to_string(),
                    h.text.clone(),
                ])?;
            }
            w.flush()?;
            drop(w);
            if let Some(f) = &res.facets {
                let mut err = std::io::stderr().lock();
                write_facets(&mut err, f, res.total)?;
            }
        }
    }
    out.flush().context("writing results")?;
    eprintln!(
        "styrdok: {} of {} match{} shown",
        res.hits.len(),
        res.total,
        if res.total == 1 { "" } else { "es" }
    );
    Ok(Exit::Ok)
}

fn paint(text: &str, ranges: &[(usize, usize)], color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let mut s = String::with_capacity(text.len() + ranges.len() * 12);
    let mut at = 0;
    for &(a, b) in ranges {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        s.push_str(&text[at..a]);
        s.push_str("\x1b[1;31m");
        s.push_str(&text[a..b]);
        s.push_str("\x1b[0m");
        at = b;
    }
    s.push_str(&text[at..]);
    s
}

fn write_block(out: &mut impl Write, n: usize, h: &Hit, color: bool) -> std::io::Result<()> {
    let (snip, ranges) = h.snippet(240);
    let mut meta = vec![h.municipality.clone().unwrap_or_else(|| "?".into())];
    if let Some(y) = h.year {
        meta.push(y.to_string());
    }
    if let Some(t) = &h.doc_type {
        meta.push(t.clone());
    }
    let kind = match h.unit {
        Unit::Item(k) if color => format!("\x1b[1m{k}\x1b[0m"),
        u => u.label().to_string(),
    };
    writeln!(
        out,
        "{n:>2}. {kind}  {}  {} p.{}  [{}]  score {:.2}",
        meta.join(" "),
        h.file,
        h.page,
        h.id,
        h.score
    )?;
    if !h.heading.is_empty() {
        writeln!(out, "    § {}", h.heading.join(" › "))?;
    }
    writeln!(out, "    {}", paint(&snip, &ranges, color))?;
    writeln!(out)
}

fn write_facets(out: &mut dyn Write, f: &Facets, total: usize) -> std::io::Result<()> {
    writeln!(out, "Facets over all {total} matches:")?;
    let line = |v: Vec<String>| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(", ")
        }
    };
    writeln!(
        out,
        "  municipality: {}",
        line(
            f.municipality
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect()
        )
    )?;
    writeln!(
        out,
        "  kind:         {}",
        line(f.kind.iter().map(|(k, n)| format!("{k} {n}")).collect())
    )?;
    writeln!(
        out,
        "  year:         {}",
        line(f.year.iter().map(|(k, n)| format!("{k} {n}")).collect())
    )
}

fn facets_json(f: &Facets) -> serde_json::Value {
    let obj = |v: &[(String, u64)]| {
        serde_json::Value::Object(v.iter().map(|(k, n)| (k.clone(), json!(n))).collect())
    };
    json!({
        "municipality": obj(&f.municipality),
        "kind": obj(&f.kind),
        "year": serde_json::Value::Object(
            f.year.iter().map(|(y, n)| (y.to_string(), json!(n))).collect()
        ),
    })
}

fn hit_json(h: &Hit) -> serde_json::Value {
    let (snip, ranges) = h.snippet(240);
    let mut v = json!({
        "id": h.id,
        "kind": h.unit.label(),
        "unit": match h.unit { Unit::Item(_) => "item", Unit::Passage => "passage", Unit::Document => "document" },
        "score": h.score,
        "file": h.file,
        "doc_id": h.doc_id,
        "municipality": h.municipality,
        "doc_type": h.doc_type,
        "year": h.year,
        "page": h.page,
        "heading": h.heading,
        "text": h.text,
        "snippet": snip,
        "highlights": ranges,
    });
    if let (Some(r), Some(obj)) = (&h.item, v.as_object_mut()) {
        let it = &r.item;
        obj.insert("assignee".into(), json!(it.assignee));
        obj.insert("assigner".into(), json!(it.assigner));
        obj.insert("body".into(), json!(it.body));
        obj.insert("status".into(), json!(it.status));
        obj.insert("years".into(), json!(it.years));
        obj.insert("rule".into(), json!(it.rule));
    }
    v
}
