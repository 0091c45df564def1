//! `styrdok compare`: themes, distinctive terms, similarity, shared wording and timeline
//! across municipalities.

use super::Exit;
use super::export::{FilterArgs, SourceArgs, load_records, write_output};
use anyhow::Context;
use std::path::{Path, PathBuf};
use styrdok::compare::{self, CompareOptions, Themes, report};

/// Compare municipalities by their items (goals, assignments, decisions, commitments):
///
///  1. themes × municipalities: how many items of each municipality mention each theme of a
///     Swedish theme lexicon (upphandling, kompetensförsörjning, …), as counts and shares;
///  2. distinctive terms: the words each municipality uses more than the others (weighted
///     log-odds with an informative Dirichlet prior, on Swedish stems, with z-scores);
///  3. similarity: cosine similarity of tf-idf vectors, as a municipality × municipality matrix;
///  4. shared wording: near-identical items in different municipalities (MinHash + Jaccard),
///     a sign of templates or wording copied between them;
///  5. timeline: items per document year per municipality.
///
/// Items come from the index (`styrdok ingest` builds it), or straight from files and folders
/// given as PATH. All municipalities found are compared unless some are named with
/// --municipality.
///
/// Examples:
///   styrdok compare                                   # everything in .styrdok/index
///   styrdok compare --format html -o report.html      # a report to open in a browser
///   styrdok compare --kind goal --municipality Malmö --municipality Umeå --format json
///   styrdok compare --themes my-themes.txt --format csv -o compare.csv
///   styrdok compare corpus                            # straight from files, no index
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    source: SourceArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output: `table` (text for the terminal), `csv` (one long table: section, municipality,
    /// key, kind, count, value, detail), `json` (keys themes, distinctive_terms, similarity,
    /// similarity_by_kind, shared_wording, timeline) or `html` (a self-contained report with
    /// heat maps; open it in any browser). Default: from the -o extension, else table.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Theme lexicon to use instead of the built-in one. Print the built-in one with
    /// `--print-themes`, edit it, and pass the file here.
    #[arg(long, value_name = "FILE")]
    themes: Option<PathBuf>,
    /// Print the built-in theme lexicon (with its format explained) and exit.
    #[arg(long, exclusive = true)]
    print_themes: bool,
    /// Also compute the similarity matrix for each item kind separately.
    #[arg(long)]
    by_kind: bool,
    /// Distinctive terms to show per municipality.
    #[arg(long, value_name = "N", default_value_t = 15)]
    top: usize,
    /// Least Jaccard similarity (0–1) for two items to count as shared wording.
    #[arg(long, value_name = "J", default_value_t = 0.5, value_parser = parse_unit)]
    min_similarity: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
    Html,
}

fn parse_unit(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("{s:?} is not a number between 0 and 1")),
    }
}

fn format_for(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    match ext.as_str() {
        "html" | "htm" => Some(Format::Html),
        "json" => Some(Format::Json),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    if args.print_themes {
        print!("{}", compare::DEFAULT_THEMES);
        return Ok(Exit::Ok);
    }
    let themes = match &args.themes {
        Some(p) => Themes::load(p)?,
        None => Themes::default(),
    };
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(format_for))
        .unwrap_or(Format::Table);
    let opts = CompareOptions {
        top_terms: args.top,
        similarity_by_kind: args.by_kind,
        shared_threshold: args.min_similarity,
        ..Default::default()
    };
    let loaded = load_records(&args.source, &args.filter.to_filter())?;
    let cmp = compare::compare(&loaded.records, &themes, &opts);
    if cmp.without_municipality > 0 {
        eprintln!(
            "styrdok: {} item(s) left out: their municipality is unknown (give it in a manifest.csv)",
            cmp.without_municipality
        );
    }
    write_output(args.output.as_deref(), |w| {
        match format {
            Format::Table => report::write_table(&cmp, w),
            Format::Csv => report::write_csv(&cmp, w),
            Format::Json => report::write_json(&cmp, w),
            Format::Html => report::write_html(&cmp, &loaded.records, w),
        }
        .context("writing the comparison")
    })?;
    eprintln!(
        "styrdok: compared {} municipalities, {} item(s)",
        cmp.municipalities.len(),
        cmp.items
    );
    loaded.counts.print();
    Ok(Exit::from_failures(loaded.counts.failed))
}
