//! `styrdok export`: every matching item as CSV or JSON Lines. Also holds the item source and
//! filter options that `styrdok compare` shares.

use super::ErrorLog;
use super::{Exit, print_summary};
use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use styrdok::export::{CsvOptions, CsvWriter, write_jsonl_record};
use styrdok::index::{self, Index};
use styrdok::ingest::{self, Loaded};
use styrdok::model::{Filter, ItemKind, ItemRecord, Status, parse_year_range};
use styrdok::segment::Segmenter;

/// Write every matching item (goal, assignment, decision, commitment) as CSV or JSON Lines,
/// one row per item, ordered by municipality, document and position in the document.
///
/// Items come from the index (`styrdok ingest` builds it), or straight from files and folders
/// given as PATH (read and segmented now, no index needed). Without `-o` the output goes to
/// stdout, so it pipes; messages go to stderr.
///
/// CSV columns (stable; later versions only append): id, municipality, doc_type, doc_title,
/// doc_year, file, page, kind, status, assignee, assigner, body, years (joined with ";"),
/// heading (joined with " > "), text, rule. JSON Lines carry the same fields with natural types
/// (plus doc, start, end, year).
///
/// Examples:
///   styrdok export -o items.csv                       # everything in .styrdok/index
///   styrdok export --kind uppdrag --year 2020..2024 --excel -o uppdrag.csv
///   styrdok export --index /data/index --municipality Umeå --format jsonl | jq -r .text
///   styrdok export corpus -o items.csv                # straight from files, no index
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
    /// Files and folders to read directly, without an index (folders are walked recursively;
    /// a manifest.csv beside the files gives their metadata). Without PATH the items come
    /// from the index.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Index to read the items from when no PATH is given (made by `styrdok ingest`).
    /// Default: $STYRDOK_INDEX, else .styrdok/index.
    #[arg(long, value_name = "DIR", conflicts_with = "paths")]
    pub index: Option<PathBuf>,
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
    let excel = args.excel;
    args.source.check()?;
    let counts = write_output(args.output.as_deref(), |w| {
        let mut n = 0;
        let counts = match format {
            Format::Csv => {
                let mut cw = CsvWriter::new(w, &CsvOptions { excel })?;
                let counts = for_each_record(&args.source, &filter, |r| {
                    n += 1;
                    Ok(cw.write(&r)?)
                })?;
                cw.finish()?;
                counts
            }
            Format::Jsonl => for_each_record(&args.source, &filter, |r| {
                n += 1;
                Ok(write_jsonl_record(&r, &mut *w)?)
            })?,
        };
        eprintln!("styrdok: {n} item(s) exported");
        Ok(counts)
    })?;
    counts.print();
    Ok(Exit::from_failures(counts.failed))
}

/// How a batch went: documents read, failed and skipped.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Counts {
    pub ok: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Whether the items came from an index (the summary then counts failures only).
    pub from_index: bool,
}

impl Counts {
    /// Prints the end-of-batch summary on stderr.
    pub fn print(&self) {
        if self.from_index {
            if self.failed > 0 {
                eprintln!(
                    "styrdok: {} document(s) could not be read from the index",
                    self.failed
                );
            }
        } else {
            print_summary(self.ok, self.failed, self.skipped);
        }
    }
}

/// Where items come from, resolved from the options.
enum Source {
    Files,
    Index(PathBuf),
}

impl SourceArgs {
    /// Fails early, before any output is written, if the index cannot be opened.
    pub fn check(&self) -> anyhow::Result<()> {
        if let Source::Index(dir) = self.source() {
            Index::open(&dir)?;
        }
        Ok(())
    }

    fn source(&self) -> Source {
        if !self.paths.is_empty() {
            return Source::Files;
        }
        let dir = self
            .index
            .clone()
            .or_else(|| std::env::var_os(index::ENV_VAR).map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from(index::DEFAULT_DIR));
        Source::Index(dir)
    }
}

/// Calls `f` on every item that passes the filter, in export order: from the index (streamed,
/// one document at a time) or from files (see [`load_records`]). Failures are reported on
/// stderr and to `--errors`, counted, and never stop the batch; an error from `f` (writing the
/// output) does.
pub(super) fn for_each_record(
    src: &SourceArgs,
    filter: &Filter,
    mut f: impl FnMut(ItemRecord) -> anyhow::Result<()>,
) -> anyhow::Result<Counts> {
    match src.source() {
        Source::Files => {
            let loaded = load_records(src, filter)?;
            for r in loaded.records {
                f(r)?;
            }
            Ok(loaded.counts)
        }
        Source::Index(dir) => {
            let index = Index::open_for_scan(&dir)?;
            let mut errors = ErrorLog::create(src.errors.as_deref())?;
            let mut counts = Counts {
                from_index: true,
                ..Default::default()
            };
            for r in index.items(filter)? {
                match r {
                    Ok(r) => f(r)?,
                    Err(e) => {
                        counts.failed += 1;
                        eprintln!("styrdok: {e}");
                        errors.log(&dir, &e.to_string())?;
                    }
                }
            }
            errors.finish()?;
            Ok(counts)
        }
    }
}

fn has_extension(p: &Path, exts: &[&str]) -> bool {
    p.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| exts.contains(&e.as_str()))
}

/// Items in export order, with the batch counts.
pub(super) struct Records {
    pub records: Vec<ItemRecord>,
    pub counts: Counts,
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

/// All items that pass the filter, in export order, from the index or from files.
///
/// From files: reads and segments every document under the paths in parallel, keeps the items
/// that pass the filter, and orders them by (municipality, file, position), unknown
/// municipalities last. Failures are reported on stderr (and to `--errors`) and counted; they
/// never stop the batch. Only the items are kept in memory, not the document texts.
pub(super) fn load_records(src: &SourceArgs, filter: &Filter) -> anyhow::Result<Records> {
    if let Source::Index(_) = src.source() {
        let mut records = vec![];
        let counts = for_each_record(src, filter, |r| {
            records.push(r);
            Ok(())
        })?;
        return Ok(Records { records, counts });
    }
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

    let mut errors = ErrorLog::create(src.errors.as_deref())?;
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
                errors.log(&path, &error)?;
            }
        }
    }
    errors.finish()?;
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
        counts: Counts {
            ok,
            failed,
            skipped,
            from_index: false,
        },
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
