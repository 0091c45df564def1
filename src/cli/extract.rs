//! `styrdok extract PATH...`: stream the items of files and folders, without an index.

use super::{ErrorLog, Exit, print_summary, write_table};
use anyhow::Context;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use styrdok::export::{CsvOptions, CsvWriter, write_jsonl_record};
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
///   styrdok extract corpus --format csv --excel > items.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files and folders (folders are walked recursively; hidden files are skipped).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format: an aligned table for people; one JSON object per item (keys: id, doc,
    /// file, municipality, doc_type, doc_title, doc_year, page, start, end, kind, status,
    /// assignee, assigner, body, year, years, heading, text, rule); or CSV with the columns of
    /// `styrdok export`.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// With --format csv: write for a Swedish Excel (UTF-8 BOM, `;`, CRLF, formulas made inert).
    #[arg(long)]
    excel: bool,
    /// Also write the files that could not be read to FILE, one JSON object per line
    /// (`file`, `status`, `reason`).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Only items of this kind: assignment, decision, goal, commitment (or the Swedish uppdrag,
    /// beslut, mål, åtagande). Repeat for several kinds.
    #[arg(long = "kind", value_parser = parse_kind)]
    kinds: Vec<ItemKind>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Jsonl,
    Csv,
}

fn parse_kind(s: &str) -> Result<ItemKind, String> {
    ItemKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?}; use assignment, decision, goal or commitment"))
}

enum Outcome {
    Items(Vec<ItemRecord>),
    Skipped,
    Failed(PathBuf, String),
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let found = ingest::discover(&args.paths);
    let segmenter = Segmenter::new();
    let out = std::io::stdout().lock();
    let mut csv = match args.format {
        Format::Csv => Some(CsvWriter::new(out, &CsvOptions { excel: args.excel })?),
        _ => None,
    };
    // Buffered: stdout alone flushes at every line, and JSON Lines are many short lines.
    // Flushed after each chunk of documents below, so output still starts early.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let (mut ok, mut failed, mut skipped) = (0, 0, 0);
    let mut rows: Vec<[String; 6]> = vec![];
    let mut errors = ErrorLog::create(args.errors.as_deref())?;
    // Documents are read and segmented in parallel a chunk at a time and printed in input
    // order after each chunk, so output starts early and memory stays flat on big folders.
    let chunk = rayon::current_num_threads().max(1) * 8;
    for part in found.chunks(chunk) {
        let outcomes: Vec<Outcome> = part
            .par_iter()
            .map(|f| match ingest::load_found(f) {
                Loaded::Document(d) => {
                    let recs = segmenter
                        .segment(&d)
                        .items
                        .into_iter()
                        .filter(|i| args.kinds.is_empty() || args.kinds.contains(&i.kind))
                        .map(|i| ItemRecord::new(i, &d.meta))
                        .collect();
                    Outcome::Items(recs)
                }
                Loaded::Skipped { .. } => Outcome::Skipped,
                Loaded::Failed { path, error } => Outcome::Failed(path, error),
            })
            .collect();
        for o in outcomes {
            match o {
                Outcome::Items(recs) => {
                    ok += 1;
                    for r in &recs {
                        match (&mut csv, args.format) {
                            (Some(w), _) => w.write(r)?,
                            (None, Format::Jsonl) => write_jsonl_record(r, &mut out)?,
                            (None, _) => rows.push(table_row(r)),
                        }
                    }
                }
                Outcome::Skipped => skipped += 1,
                Outcome::Failed(path, error) => {
                    failed += 1;
                    out.flush()?;
                    eprintln!("styrdok: {}: {error}", path.display());
                    errors.log(&path, &error)?;
                }
            }
        }
        out.flush()?;
    }
    if let Some(w) = csv {
        w.finish()?.flush()?;
    }
    if let Format::Table = args.format {
        print_table(&mut out, &rows).context("writing table")?;
    }
    out.flush()?;
    errors.finish()?;
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
    let rows: Vec<Vec<&String>> = rows.iter().map(|r| r.iter().collect()).collect();
    write_table(out, &HEAD, &rows)
}
