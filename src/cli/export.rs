//! `styrdok export`: every matching item as CSV or JSON Lines. Also holds the item source and
//! filter options that `styrdok compare` shares.

use super::{Exit, print_summary};
use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use styrdok::export::{CsvOptions, CsvWriter, write_jsonl_record};
use styrdok::ingest::{self, Loaded};
use styrdok::model::{Filter, ItemKind, ItemRecord, Status, parse_year_range};
use styrdok::segment::Segmenter;

/// Write every matching item (goal, assignment, decision, commitment) as CSV or JSON Lines,
/// one row per item, ordered by municipality, document and position in the document.
///
/// Items come straight from files and folders (read and segmented now, no index needed).
/// Without `-o` the output goes to stdout, so it pipes; messages go to stderr.
///
/// CSV columns (stable; later versions only append): id, municipality, doc_type, doc_title,
/// doc_year, file, page, kind, status, assignee, assigner, body, years (joined with ";"),
/// heading (joined with " > "), text, rule. JSON Lines carry the same fields with natural types
/// (plus doc, start, end, year).
///
/// Examples:
///   styrdok export corpus -o items.csv
///   styrdok export corpus --kind uppdrag --year 2020..2024 --excel -o uppdrag.csv
///   styrdok export corpus --format jsonl | jq -r .text
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    source: SourceArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format. Default: jsonl if `-o` ends in .jsonl or .ndjson, else csv.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write CSV for a spreadsheet with Swedish settings (Excel, LibreOffice): UTF-8 with BOM,
    /// ';' between cells, CRLF line ends, and cells starting with = + - @ prefixed with ' so
    /// they never run as formulas.
    #[arg(long)]
    excel: bool,
    /// Write to this file instead of stdout (written to FILE.partial and renamed when done).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Csv,
    Jsonl,
}

/// Where the items come from.
#[derive(Debug, clap::Args)]
pub(super) struct SourceArgs {
    /// Files and folders to read (folders are walked recursively; a manifest.csv beside the
    /// files gives their metadata).
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Write the files that could not be read to FILE as JSON Lines
    /// ({"file": …, "status": "failed", "reason": …}), besides reporting them on stderr.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
}

/// Which items to keep. Every option narrows the selection; repeat an option to allow several
/// values.
#[derive(Debug, clap::Args)]
pub(super) struct FilterArgs {
    /// Item kind: assignment (uppdrag), decision (beslut), goal (mål), commitment (åtagande).
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    pub kind: Vec<ItemKind>,
    /// Municipality, case-insensitive, e.g. `--municipality Malmö --municipality Umeå`.
    #[arg(long, value_name = "NAME")]
    pub municipality: Vec<String>,
    /// Years, inclusive: `2022`, `2020..2024`, `2020..` or `..2024`. An item matches if a year
    /// it names, or else its document's year, is inside.
    #[arg(long, value_name = "RANGE", value_parser = parse_years)]
    pub year: Option<(i32, i32)>,
    /// Document type, e.g. budget, protokoll, strategi, handlingsplan, uppfoljning.
    #[arg(long, value_name = "TYPE")]
    pub doc_type: Option<String>,
    /// Status of assignments and decisions: proposed, decided or scheduled.
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    pub status: Option<Status>,
}

impl FilterArgs {
    pub fn to_filter(&self) -> Filter {
        Filter {
            kinds: self.kind.clone(),
            municipalities: self.municipality.clone(),
            years: self.year,
            doc_type: self.doc_type.clone(),
            status: self.status,
        }
    }
}

fn parse_kind(s: &str) -> Result<ItemKind, String> {
    ItemKind::parse(s).ok_or_else(|| {
        format!("unknown kind {s:?}; use assignment, decision, goal or commitment (or uppdrag, beslut, mål, åtagande)")
    })
}

fn parse_status(s: &str) -> Result<Status, String> {
    Status::parse(s)
        .ok_or_else(|| format!("unknown status {s:?}; use proposed, decided or scheduled"))
}

fn parse_years(s: &str) -> Result<(i32, i32), String> {
    parse_year_range(s)
        .ok_or_else(|| format!("bad year range {s:?}; write 2022, 2020..2024, 2020.. or ..2024"))
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(p)) if has_extension(p, &["jsonl", "ndjson"]) => Format::Jsonl,
        (None, _) => Format::Csv,
    };
    if args.excel && format != Format::Csv {
        bail!("--excel applies to CSV only; drop --format jsonl or --excel");
    }
    let filter = args.filter.to_filter();
    let loaded = load_records(&args.source, &filter)?;
    let n = write_output(args.output.as_deref(), |w| {
        let mut n = 0;
        match format {
            Format::Csv => {
                let mut cw = CsvWriter::new(w, &CsvOptions { excel: args.excel })?;
                for r in &loaded.records {
                    cw.write(r)?;
                    n += 1;
                }
                cw.finish()?;
            }
            Format::Jsonl => {
                for r in &loaded.records {
                    write_jsonl_record(r, &mut *w)?;
                    n += 1;
                }
            }
        }
        Ok(n)
    })?;
    eprintln!("styrdok: {n} item(s) exported");
    print_summary(loaded.ok, loaded.failed, loaded.skipped);
    Ok(Exit::from_failures(loaded.failed))
}

fn has_extension(p: &Path, exts: &[&str]) -> bool {
    p.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| exts.contains(&e.as_str()))
}

/// Items read from files, in export order, with the batch counts.
pub(super) struct Records {
    pub records: Vec<ItemRecord>,
    pub ok: usize,
    pub failed: usize,
    pub skipped: usize,
}

/// One document's matching items, or why there are none.
enum DocOutcome {
    Items {
        key: (Option<String>, String, PathBuf),
        records: Vec<ItemRecord>,
    },
    Skipped,
    Failed {
        path: PathBuf,
        error: String,
    },
}

/// Reads and segments every document under the paths in parallel, keeps the items that pass
/// the filter, and orders them by (municipality, file, position). Unknown municipalities sort
/// last. Failures are reported on stderr (and to `--errors`) and counted; they never stop the
/// batch. Only the items are kept in memory, not the document texts.
pub(super) fn load_records(src: &SourceArgs, filter: &Filter) -> anyhow::Result<Records> {
    let found = ingest::discover(&src.paths);
    let bar = if std::io::stderr().is_terminal() {
        let b = ProgressBar::new(found.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files {msg}") {
            b.set_style(style);
        }
        b
    } else {
        ProgressBar::hidden()
    };
    let segmenter = Segmenter::new();
    let outcomes: Vec<DocOutcome> = found
        .par_iter()
        .map(|f| {
            let out = match ingest::load_found(f) {
                Loaded::Document(doc) => {
                    // A panic in the segmenter is a bug, but it must not take the rest of the
                    // batch with it: report it as this file's failure.
                    let seg = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        segmenter.segment(&doc)
                    }));
                    match seg {
                        Ok(seg) => DocOutcome::Items {
                            key: (
                                doc.meta.municipality.clone(),
                                doc.file.clone(),
                                doc.path.clone(),
                            ),
                            records: seg
                                .items
                                .into_iter()
                                .map(|i| ItemRecord::new(i, &doc.meta))
                                .filter(|r| filter.matches(r))
                                .collect(),
                        },
                        Err(_) => DocOutcome::Failed {
                            path: doc.path.clone(),
                            error: "internal error while segmenting (a bug: please report it)"
                                .into(),
                        },
                    }
                }
                Loaded::Skipped { .. } => DocOutcome::Skipped,
                Loaded::Failed { path, error } => DocOutcome::Failed { path, error },
            };
            bar.inc(1);
            out
        })
        .collect();
    bar.finish_and_clear();

    let mut errors_out = match &src.errors {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    let (mut ok, mut failed, mut skipped) = (0, 0, 0);
    let mut docs = vec![];
    for o in outcomes {
        match o {
            DocOutcome::Items { key, records } => {
                ok += 1;
                docs.push((key, records));
            }
            DocOutcome::Skipped => skipped += 1,
            DocOutcome::Failed { path, error } => {
                failed += 1;
                eprintln!("styrdok: {}: {error}", path.display());
                if let Some(w) = errors_out.as_mut() {
                    let line = json!({"file": path.display().to_string(), "status": "failed", "reason": error});
                    writeln!(w, "{line}").context("writing --errors file")?;
                }
            }
        }
    }
    if let Some(mut w) = errors_out {
        w.flush().context("writing --errors file")?;
    }
    // Known municipalities first (alphabetically), unknown last; then file, then path.
    docs.sort_by(|(a, _), (b, _)| {
        (a.0.is_none(), &a.0, &a.1, &a.2).cmp(&(b.0.is_none(), &b.0, &b.1, &b.2))
    });
    let records = docs
        .into_iter()
        .flat_map(|(_, mut recs)| {
            recs.sort_by_key(|r| (r.item.span.start, r.item.span.end));
            recs
        })
        .collect();
    Ok(Records {
        records,
        ok,
        failed,
        skipped,
    })
}

/// Runs `f` on stdout, or on `path` written through `path.partial` and renamed when `f`
/// succeeds, so a failed run never leaves a half-written file under the requested name.
pub(super) fn write_output<T>(
    path: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    match path {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let v = f(&mut out)?;
            out.flush()?;
            Ok(v)
        }
        Some(p) => {
            let mut tmp = p.as_os_str().to_owned();
            tmp.push(".partial");
            let tmp = PathBuf::from(tmp);
            let file = std::fs::File::create(&tmp)
                .with_context(|| format!("creating {}", tmp.display()))?;
            let mut out = std::io::BufWriter::new(file);
            let res = f(&mut out).and_then(|v| {
                out.flush()?;
                Ok(v)
            });
            drop(out);
            match res {
                Ok(v) => {
                    std::fs::rename(&tmp, p).with_context(|| {
                        format!("renaming {} to {}", tmp.display(), p.display())
                    })?;
                    Ok(v)
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    Err(e.context(format!("writing {}", p.display())))
                }
            }
        }
    }
}
