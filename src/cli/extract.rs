//! `styrdok extract PATH...`: stream the items of files and folders, without an index.

use super::{Exit, print_summary};
use anyhow::Context;
use rayon::prelude::*;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use styrdok::ingest::{self, Loaded};
use styrdok::model::{ItemKind, ItemRecord};
use styrdok::segment::Segmenter;

/// Find the goals (mål), assignments (uppdrag), decisions (beslut) and commitments (åtaganden)
/// in files and folders and print them, one per line, without building an index.
///
/// Each item carries its kind, the fields the text gives (assignee, assigner, deciding body,
/// status, years), its page, byte span and headings, and the id of the rule that classified
/// it, so you can see why something was found. Documents are read in parallel and printed in
/// input order; unreadable files are reported on stderr and the exit status is 1.
///
/// Examples:
///   styrdok extract corpus
///   styrdok extract plan.pdf --kind assignment --kind decision
///   styrdok extract corpus --format jsonl | jq -r 'select(.kind=="goal") | .text'
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files and folders (folders are walked recursively; hidden files are skipped).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format: an aligned table for people, or one JSON object per item (keys: id, doc,
    /// file, municipality, doc_type, doc_title, doc_year, page, start, end, kind, status,
    /// assignee, assigner, body, year, years, heading, text, rule).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Only items of this kind: assignment, decision, goal, commitment (or the Swedish uppdrag,
    /// beslut, mål, åtagande). Repeat for several kinds.
    #[arg(long = "kind", value_parser = parse_kind)]
    kinds: Vec<ItemKind>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Jsonl,
}

fn parse_kind(s: &str) -> Result<ItemKind, String> {
    ItemKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?}; use assignment, decision, goal or commitment"))
}

/// The JSON Lines object of one item; the same shape as `export --format jsonl`.
pub fn record_json(r: &ItemRecord, path: &str) -> serde_json::Value {
    let it = &r.item;
    json!({
        "id": it.id(),
        "doc": it.file,
        "file": path,
        "municipality": it.municipality,
        "doc_type": r.doc_type,
        "doc_title": r.doc_title,
        "doc_year": r.doc_year,
        "page": it.page,
        "start": it.span.start,
        "end": it.span.end,
        "kind": it.kind,
        "status": it.status,
        "assignee": it.assignee,
        "assigner": it.assigner,
        "body": it.body,
        "year": it.years,
        "years": it.years,
        "heading": it.heading,
        "text": it.text,
        "rule": it.rule,
    })
}

enum Outcome {
    Items(String, Vec<ItemRecord>),
    Skipped,
    Failed(String),
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let found = ingest::discover(&args.paths);
    let segmenter = Segmenter::new();
    let outcomes: Vec<Outcome> = found
        .par_iter()
        .map(|f| match ingest::load_found(f) {
            Loaded::Document(d) => {
                let seg = segmenter.segment(&d);
                let recs = seg
                    .items
                    .into_iter()
                    .filter(|i| args.kinds.is_empty() || args.kinds.contains(&i.kind))
                    .map(|i| ItemRecord::new(i, &d.meta))
                    .collect();
                Outcome::Items(d.path.display().to_string(), recs)
            }
            Loaded::Skipped { .. } => Outcome::Skipped,
            Loaded::Failed { path, error } => {
                Outcome::Failed(format!("{}: {error}", path.display()))
            }
        })
        .collect();

    let mut out = std::io::stdout().lock();
    let (mut ok, mut failed, mut skipped) = (0, 0, 0);
    let mut rows: Vec<[String; 6]> = vec![];
    for o in &outcomes {
        match o {
            Outcome::Items(path, recs) => {
                ok += 1;
                for r in recs {
                    match args.format {
                        Format::Jsonl => writeln!(out, "{}", record_json(r, path))?,
                        Format::Table => rows.push(table_row(r)),
                    }
                }
            }
            Outcome::Skipped => skipped += 1,
            Outcome::Failed(e) => {
                failed += 1;
                eprintln!("styrdok: {e}");
            }
        }
    }
    if let Format::Table = args.format {
        print_table(&mut out, &rows).context("writing table")?;
    }
    out.flush()?;
    print_summary(ok, failed, skipped);
    Ok(Exit::from_failures(failed))
}

fn table_row(r: &ItemRecord) -> [String; 6] {
    let it = &r.item;
    let who = it
        .assignee
        .as_deref()
        .or(it.body.as_deref())
        .unwrap_or("-")
        .to_string();
    let text: String = if it.text.chars().count() > 100 {
        let mut s: String = it.text.chars().take(99).collect();
        s.push('…');
        s
    } else {
        it.text.clone()
    };
    [
        format!("{}:{}", it.file, it.page),
        it.kind.to_string(),
        it.status.map_or("-".into(), |s| s.to_string()),
        who,
        it.rule.clone(),
        text,
    ]
}

fn print_table(out: &mut impl Write, rows: &[[String; 6]]) -> std::io::Result<()> {
    const HEAD: [&str; 6] = ["doc:page", "kind", "status", "who", "rule", "text"];
    let mut width = HEAD.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: [&str; 6]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                let pad = width[i].saturating_sub(c.chars().count());
                s.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, HEAD)?;
    for r in rows {
        line(out, [&r[0], &r[1], &r[2], &r[3], &r[4], &r[5]])?;
    }
    Ok(())
}
