//! `styrdok inspect PATH...`: list the documents found under files and folders.

use super::{ErrorLog, Exit, print_summary, write_table};
use anyhow::Context;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use styrdok::ingest::{self, Loaded};
use styrdok::model::{Document, MetaSource};

/// List the documents under files and folders, with their metadata (from a `manifest.csv`
/// beside them, or inferred from the text), pages, size and encoding. Unsupported files are
/// listed as skipped with the reason; unreadable ones as failed.
///
/// Examples:
///   styrdok inspect corpus
///   styrdok inspect corpus --format jsonl | jq .municipality
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files and folders (folders are walked recursively; hidden files are skipped).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format: an aligned table for people, or one JSON object per file.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Also write the files that could not be read to FILE, one JSON object per line
    /// (`file`, `status`, `reason`).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Jsonl,
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let found = ingest::discover(&args.paths);
    let loaded = ingest::load_all(&found);
    let mut out = std::io::stdout().lock();
    let (mut ok, mut failed, mut skipped) = (0, 0, 0);
    let mut rows = vec![];
    let mut errors = ErrorLog::create(args.errors.as_deref())?;
    for l in &loaded {
        match l {
            Loaded::Document(d) => {
                ok += 1;
                match args.format {
                    Format::Jsonl => writeln!(out, "{}", doc_json(d))?,
                    Format::Table => rows.push(doc_row(d)),
                }
            }
            Loaded::Skipped { path, reason } => {
                skipped += 1;
                match args.format {
                    Format::Jsonl => writeln!(
                        out,
                        "{}",
                        json!({"file": path.display().to_string(), "status": "skipped", "reason": reason})
                    )?,
                    Format::Table => rows.push(vec![
                        path.display().to_string(),
                        format!("skipped: {reason}"),
                    ]),
                }
            }
            Loaded::Failed { path, error } => {
                failed += 1;
                eprintln!("styrdok: {}: {error}", path.display());
                errors.log(path, error)?;
                if let Format::Jsonl = args.format {
                    writeln!(
                        out,
                        "{}",
                        json!({"file": path.display().to_string(), "status": "failed", "reason": error})
                    )?;
                } else {
                    rows.push(vec![path.display().to_string(), format!("FAILED: {error}")]);
                }
            }
        }
    }
    if let Format::Table = args.format {
        print_table(&mut out, &rows).context("writing table")?;
    }
    out.flush()?;
    errors.finish()?;
    print_summary(ok, failed, skipped);
    Ok(Exit::from_failures(failed))
}

fn src(s: Option<MetaSource>) -> serde_json::Value {
    json!(s)
}

fn doc_json(d: &Document) -> serde_json::Value {
    json!({
        "file": d.path.display().to_string(),
        "status": "ok",
        "id": d.id,
        "format": d.format,
        "municipality": d.meta.municipality,
        "municipality_source": src(d.meta.municipality_source),
        "doc_type": d.meta.doc_type,
        "doc_type_source": src(d.meta.doc_type_source),
        "year": d.meta.year,
        "year_source": src(d.meta.year_source),
        "title": d.meta.title,
        "pages": d.pages,
        "chars": d.text.chars().count(),
        "encoding": d.encoding,
        "furniture": d.furniture,
        "warnings": d.warnings,
    })
}

/// A value with a `*` when inferred, so the table shows what the manifest did not give.
fn mark(v: Option<String>, s: Option<MetaSource>) -> String {
    match (v, s) {
        (Some(v), Some(MetaSource::Inferred)) => format!("{v}*"),
        (Some(v), _) => v,
        (None, _) => "-".into(),
    }
}

fn doc_row(d: &Document) -> Vec<String> {
    let m = &d.meta;
    vec![
        d.path.display().to_string(),
        mark(m.municipality.clone(), m.municipality_source),
        mark(m.doc_type.clone(), m.doc_type_source),
        mark(m.year.map(|y| y.to_string()), m.year_source),
        d.pages.to_string(),
        d.text.chars().count().to_string(),
        d.encoding.clone().unwrap_or_else(|| "pdf".into()),
        d.warnings.len().to_string(),
        mark(m.title.clone(), m.title_source),
    ]
}

fn print_table(out: &mut impl Write, rows: &[Vec<String>]) -> std::io::Result<()> {
    const HEAD: [&str; 9] = [
        "file",
        "municipality",
        "type",
        "year",
        "pages",
        "chars",
        "encoding",
        "warn",
        "title",
    ];
    write_table(out, &HEAD, rows)?;
    writeln!(out, "(* = inferred from the text, not given by a manifest)")
}
