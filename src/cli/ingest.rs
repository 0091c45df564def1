//! `styrdok ingest [PATH...]`: read, segment and index files; print what changed.

use super::{Exit, print_summary};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;
use styrdok::index::{self, DocEntry, Event, Index, IngestOptions, IngestReport};
use styrdok::model::ItemKind;

/// Read documents into the search index: PDFs and text files are read in parallel, segmented
/// into passages and items (goals, assignments, decisions, commitments) and written in one
/// commit.
///
/// Incremental: files are known by a hash of their content (and their manifest.csv row), so a
/// re-run only reads new and changed files and changes nothing when nothing changed. A changed
/// file's old items are replaced. A killed run leaves the index as the last run left it.
///
/// Bad files are reported and skipped; the run ends with a table per municipality and a line
/// "N ok, M failed, K skipped". Exit status: 0 all ok, 1 some files failed, 2 the index could
/// not be written (locked by another ingest, unwritable folder, full disk).
///
/// Examples:
///   styrdok ingest                      # corpus/ into .styrdok/index
///   styrdok ingest archive/malmo archive/umea.pdf --index /data/styrdok
///   styrdok ingest --prune --errors failed.jsonl
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files and folders to read (folders recursively; hidden files skipped). Default: corpus/
    paths: Vec<PathBuf>,
    /// Index folder; created if missing.
    #[arg(long, env = index::ENV_VAR, default_value = index::DEFAULT_DIR)]
    index: PathBuf,
    /// Also drop documents whose files no longer exist.
    #[arg(long)]
    prune: bool,
    /// Write each failed file as a JSON line {"file": …, "error": …} to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let paths = if args.paths.is_empty() {
        let corpus = PathBuf::from("corpus");
        if !corpus.is_dir() {
            anyhow::bail!(
                "no PATH given and no corpus/ folder here; name the files or folders to ingest"
            );
        }
        vec![corpus]
    } else {
        args.paths.clone()
    };
    let started = Instant::now();
    let index = Index::create_or_open(&args.index)
        .with_context(|| format!("opening index {}", args.index.display()))?;

    let bar: Mutex<Option<ProgressBar>> = Mutex::new(None);
    let on_event = |e: Event| {
        let Ok(mut bar) = bar.lock() else { return };
        match e {
            Event::Planned(n) if n > 0 && std::io::stderr().is_terminal() => {
                let pb = ProgressBar::new(n as u64);
                if let Ok(style) = ProgressStyle::with_template(
                    "{spinner} indexing {pos}/{len} files [{bar:30}] {elapsed} eta {eta} {wide_msg}",
                ) {
                    pb.set_style(style.progress_chars("=> "));
                }
                *bar = Some(pb);
            }
            Event::Planned(n) => {
                if n > 0 {
                    eprintln!("styrdok: indexing {n} new or changed file(s)");
                }
            }
            Event::Done(path) => {
                if let Some(pb) = bar.as_ref() {
                    pb.set_message(path.display().to_string());
                    pb.inc(1);
                }
            }
        }
    };
    let report = index::ingest(
        &index,
        &paths,
        &IngestOptions { prune: args.prune },
        &on_event,
    );
    if let Ok(mut bar) = bar.lock()
        && let Some(pb) = bar.take()
    {
        pb.finish_and_clear();
    }
    let report = report.with_context(|| format!("ingest into {}", args.index.display()))?;

    for (path, error) in &report.failed {
        eprintln!("styrdok: {}: {error}", path.display());
    }
    if let Some(file) = &args.errors {
        write_errors(file, &report).with_context(|| format!("writing {}", file.display()))?;
    }
    let secs = started.elapsed().as_secs_f64();
    let docs = index.documents().context("reading the index back")?;
    let size = index.size_on_disk().unwrap_or(0);
    let mut out = std::io::stdout().lock();
    print_report(&mut out, &args.index, &report, &docs, secs, size).context("writing summary")?;
    out.flush()?;
    let ok = report.added.len() + report.updated.len() + report.unchanged + report.duplicates.len();
    print_summary(ok, report.failed.len(), report.skipped.len());
    Ok(Exit::from_failures(report.failed.len()))
}

fn write_errors(file: &Path, report: &IngestReport) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(file)?);
    for (path, error) in &report.failed {
        writeln!(
            w,
            "{}",
            json!({"file": path.display().to_string(), "error": error})
        )?;
    }
    w.flush()
}

fn print_report(
    out: &mut impl Write,
    dir: &Path,
    r: &IngestReport,
    docs: &[DocEntry],
    secs: f64,
    size: u64,
) -> std::io::Result<()> {
    let mb = |b: f64| b / 1_000_000.0;
    let all_text: usize = docs.iter().map(|d| d.text_bytes).sum();
    writeln!(
        out,
        "Index {} (schema v{}): {} documents, {:.1} MB on disk ({:.2}× their {:.1} MB of text)",
        dir.display(),
        index::schema::SCHEMA_VERSION,
        docs.len(),
        mb(size as f64),
        size as f64 / all_text.max(1) as f64,
        mb(all_text as f64),
    )?;
    writeln!(
        out,
        "Read {:.1} MB of text in {:.2} s ({:.1} MB/s)",
        mb(r.text_bytes as f64),
        secs,
        mb(r.text_bytes as f64) / secs.max(1e-9)
    )?;
    writeln!(
        out,
        "This run: {} added, {} updated, {} unchanged, {} duplicate, {} pruned, {} skipped, {} failed; {} passages and {} items written{}",
        r.added.len(),
        r.updated.len(),
        r.unchanged,
        r.duplicates.len(),
        r.pruned.len(),
        r.skipped.len(),
        r.failed.len(),
        r.passages_added,
        r.items_added,
        if r.committed {
            ""
        } else {
            " (nothing changed, no commit)"
        }
    )?;
    writeln!(out)?;

    // Per municipality: documents, passages, items per kind.
    let mut rows: BTreeMap<(bool, String), [usize; 7]> = BTreeMap::new();
    for d in docs {
        let name = d.municipality.clone().unwrap_or_else(|| "(unknown)".into());
        let row = rows.entry((d.municipality.is_none(), name)).or_default();
        row[0] += 1;
        row[1] += d.passages;
        row[2] += d.item_count();
        for (i, k) in ItemKind::ALL.iter().enumerate() {
            row[3 + i] += d.items.get(k.as_str()).copied().unwrap_or(0);
        }
    }
    let mut total = [0usize; 7];
    for r in rows.values() {
        for (t, v) in total.iter_mut().zip(r) {
            *t += v;
        }
    }
    let head = [
        "municipality",
        "docs",
        "passages",
        "items",
        "assignment",
        "decision",
        "goal",
        "commitment",
    ];
    let mut table: Vec<Vec<String>> = vec![head.iter().map(|s| s.to_string()).collect()];
    for ((_, name), r) in &rows {
        let mut line = vec![name.clone()];
        line.extend(r.iter().map(|v| v.to_string()));
        table.push(line);
    }
    let mut line = vec!["total".to_string()];
    line.extend(total.iter().map(|v| v.to_string()));
    table.push(line);
    let widths: Vec<usize> = (0..head.len())
        .map(|c| {
            table
                .iter()
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &table {
        let mut s = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            if c == 0 {
                s.push_str(cell);
                s.extend(std::iter::repeat_n(' ', pad));
            } else {
                s.push_str("  ");
                s.extend(std::iter::repeat_n(' ', pad));
                s.push_str(cell);
            }
        }
        writeln!(out, "{}", s.trim_end())?;
    }

    let list = |out: &mut dyn Write, title: &str, items: &[(PathBuf, String)]| {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(out, "\n{title} ({}):", items.len())?;
        for (p, why) in items {
            writeln!(out, "  {}: {why}", p.display())?;
        }
        Ok::<(), std::io::Error>(())
    };
    let dups: Vec<(PathBuf, String)> = r
        .duplicates
        .iter()
        .map(|(p, first)| (p.clone(), format!("same content as {}", first.display())))
        .collect();
    list(out, "Duplicates, not indexed again", &dups)?;
    let pruned: Vec<(PathBuf, String)> = r
        .pruned
        .iter()
        .map(|p| (p.clone(), "file is gone, dropped from the index".into()))
        .collect();
    list(out, "Pruned", &pruned)?;
    list(out, "Skipped", &r.skipped)?;
    list(out, "Failed", &r.failed)?;
    Ok(())
}
