//! `styrdok show ID`: one item (or passage, or document) from the index, in context.

use super::Exit;
use anyhow::Context;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use styrdok::index::{self, DocEntry, Entry, Index, PassageRecord};
use styrdok::model::Span;

/// Show one item with its fields, the rule that found it, its heading path, page and the
/// surrounding text. Also takes a passage id (`<doc>:p<offset>`) or a document id (`<doc>`,
/// which lists the document's items).
///
/// Ids are printed by `styrdok search` and `styrdok extract`.
///
/// Examples:
///   styrdok show 111002b133b95e73:5120
///   styrdok show 111002b133b95e73:5120 --context 3
///   styrdok show 111002b133b95e73 --format json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Item, passage or document id.
    id: String,
    /// Index folder.
    #[arg(long, env = index::ENV_VAR, default_value = index::DEFAULT_DIR)]
    index: PathBuf,
    /// Passages of surrounding text to show before and after.
    #[arg(long, default_value_t = 1)]
    context: usize,
    /// Output: readable text or one JSON object.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let index = Index::open(&args.index)?;
    let id = args.id.trim();
    let Some(entry) = index.get(id)? else {
        eprintln!(
            "styrdok: no item, passage or document with id {id:?} in {}; ids are printed by `styrdok search`",
            args.index.display()
        );
        return Ok(Exit::Partial);
    };
    let doc_id = match &entry {
        Entry::Document(d) => d.id.clone(),
        Entry::Passage(p) => p.doc_id.clone(),
        Entry::Item(r) => r.item.doc_id.clone(),
    };
    let doc = index.get(&doc_id)?.and_then(|e| match e {
        Entry::Document(d) => Some(d),
        _ => None,
    });
    let mut out = std::io::stdout().lock();
    match (&entry, args.format) {
        (Entry::Document(d), Format::Json) => {
            let items = index.document_items(&d.id)?;
            writeln!(out, "{}", json!({"document": d, "items": items}))?;
        }
        (Entry::Document(d), Format::Text) => {
            write_doc(&mut out, d)?;
            let items = index.document_items(&d.id)?;
            writeln!(out, "\nitems ({}):", items.len())?;
            for r in &items {
                let it = &r.item;
                writeln!(
                    out,
                    "  {:<11} p.{:<3} {}  {}",
                    it.kind.as_str(),
                    it.page,
                    it.id(),
                    it.text
                )?;
            }
        }
        (_, fmt) => {
            let span = match &entry {
                Entry::Passage(p) => p.passage.span,
                Entry::Item(r) => r.item.span,
                Entry::Document(_) => Span { start: 0, end: 0 },
            };
            let passages = index.passages(&doc_id)?;
            let context = surrounding(&passages, span, args.context);
            match fmt {
                Format::Json => {
                    let unit = match &entry {
                        Entry::Item(r) => json!({"item": r}),
                        Entry::Passage(p) => json!({"passage": p}),
                        Entry::Document(d) => json!({"document": d}),
                    };
                    let ctx: Vec<_> = context
                        .iter()
                        .map(|(p, here)| json!({"id": p.id(), "page": p.passage.page, "text": p.passage.text, "contains": here}))
                        .collect();
                    writeln!(
                        out,
                        "{}",
                        json!({"unit": unit, "document": doc, "context": ctx})
                    )?;
                }
                Format::Text => {
                    match &entry {
                        Entry::Item(r) => {
                            let it = &r.item;
                            writeln!(out, "{} {}", it.kind.as_str(), it.id())?;
                            writeln!(out, "text:      {}", it.text)?;
                            let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
                            writeln!(out, "page:      {}", it.page)?;
                            writeln!(
                                out,
                                "heading:   {}",
                                if it.heading.is_empty() {
                                    "-".into()
                                } else {
                                    it.heading.join(" › ")
                                }
                            )?;
                            writeln!(out, "assignee:  {}", opt(&it.assignee))?;
                            writeln!(out, "assigner:  {}", opt(&it.assigner))?;
                            writeln!(out, "body:      {}", opt(&it.body))?;
                            writeln!(
                                out,
                                "status:    {}",
                                it.status.map_or("-".to_string(), |s| s.to_string())
                            )?;
                            let years: Vec<String> =
                                it.years.iter().map(|y| y.to_string()).collect();
                            writeln!(
                                out,
                                "years:     {}",
                                if years.is_empty() {
                                    "-".into()
                                } else {
                                    years.join(", ")
                                }
                            )?;
                            writeln!(out, "rule:      {}", it.rule)?;
                            writeln!(out, "span:      {}..{}", it.span.start, it.span.end)?;
                        }
                        Entry::Passage(p) => {
                            writeln!(out, "passage {}", p.id())?;
                            writeln!(out, "page:      {}", p.passage.page)?;
                            writeln!(out, "heading:   {}", p.passage.heading.join(" › "))?;
                        }
                        Entry::Document(_) => {}
                    }
                    if let Some(d) = &doc {
                        writeln!(out)?;
                        write_doc(&mut out, d)?;
                    }
                    writeln!(out, "\ncontext:")?;
                    if context.is_empty() {
                        writeln!(out, "  (no passages stored for this document)")?;
                    }
                    for (p, here) in &context {
                        let mark = if *here { ">" } else { " " };
                        writeln!(out, "{mark} p.{:<3} {}", p.passage.page, p.passage.text)?;
                    }
                }
            }
        }
    }
    out.flush().context("writing output")?;
    Ok(Exit::Ok)
}

fn write_doc(out: &mut impl Write, d: &DocEntry) -> std::io::Result<()> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    writeln!(out, "document:  {} ({})", d.path.display(), d.id)?;
    writeln!(out, "title:     {}", opt(&d.title))?;
    writeln!(
        out,
        "from:      {}, {}, {}",
        opt(&d.municipality),
        opt(&d.doc_type),
        d.year.map_or("-".into(), |y| y.to_string())
    )?;
    writeln!(
        out,
        "contents:  {} pages, {} passages, {} items",
        d.pages,
        d.passages,
        d.item_count()
    )
}

/// The passages overlapping `span`, with `n` passages before and after; `true` marks those
/// that overlap.
fn surrounding(passages: &[PassageRecord], span: Span, n: usize) -> Vec<(&PassageRecord, bool)> {
    let overlaps = |p: &PassageRecord| {
        p.passage.span.start < span.end.max(span.start + 1) && span.start < p.passage.span.end
    };
    let hits: Vec<usize> = (0..passages.len())
        .filter(|&i| overlaps(&passages[i]))
        .collect();
    let (first, last) = match (hits.first(), hits.last()) {
        (Some(&a), Some(&b)) => (a, b),
        _ => {
            // No passage covers the span: take the nearest one before it.
            let i = passages
                .iter()
                .rposition(|p| p.passage.span.start <= span.start)
                .unwrap_or(0);
            (i, i)
        }
    };
    let lo = first.saturating_sub(n);
    let hi = (last + n + 1).min(passages.len());
    (lo..hi)
        .map(|i| (&passages[i], hits.contains(&i)))
        .collect()
}
