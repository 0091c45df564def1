//! Incremental ingest into an index: discover files, decide what changed, read and segment the
//! changed ones in parallel (rayon), feed the one writer, commit once.
//!
//! A file is identified by its content hash ([`crate::model::Document::id`]); its *fingerprint*
//! adds the manifest metadata, so editing `manifest.csv` re-indexes the files it describes.
//! Re-running on unchanged files reads and hashes them but parses nothing and commits nothing.

use super::{DocEntry, Index};
use crate::error::{Error, Result};
use crate::ingest::{self, Found};
use crate::model::{Metadata, SourceFormat};
use crate::segment::{Segmentation, Segmenter};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Options of [`ingest()`].
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Drop documents whose files no longer exist.
    pub prune: bool,
}

/// Progress of [`ingest()`], for a progress bar.
#[derive(Debug)]
pub enum Event<'a> {
    /// This many files will be read and indexed.
    Planned(usize),
    /// One file was read (or failed).
    Done(&'a Path),
}

/// What [`ingest()`] did.
#[derive(Debug, Clone, Default)]
pub struct IngestReport {
    /// Files indexed for the first time.
    pub added: Vec<PathBuf>,
    /// Files whose content or metadata changed and whose units were replaced.
    pub updated: Vec<PathBuf>,
    /// Files already indexed with the same content and metadata.
    pub unchanged: usize,
    /// Files with the same content as another file (path, the file indexed).
    pub duplicates: Vec<(PathBuf, PathBuf)>,
    /// Documents dropped because their file is gone (`prune`).
    pub pruned: Vec<PathBuf>,
    /// Files not read, with the reason.
    pub skipped: Vec<(PathBuf, String)>,
    /// Files that failed, with the reason.
    pub failed: Vec<(PathBuf, String)>,
    /// Passages written.
    pub passages_added: usize,
    /// Items written.
    pub items_added: usize,
    /// Bytes of text read from the files indexed in this run.
    pub text_bytes: usize,
    /// True if a commit was made (false when nothing changed).
    pub committed: bool,
}

/// A file to read and index.
struct Todo {
    path: PathBuf,
    format: SourceFormat,
    manifest: Option<Metadata>,
    /// Ids whose units the new version replaces.
    replaces: Vec<String>,
    update: bool,
}

/// The fingerprint of a content hash and the manifest metadata given for the file.
fn fingerprint(id: &str, manifest: Option<&Metadata>) -> String {
    let mut h = blake3::Hasher::new();
    h.update(id.as_bytes());
    h.update(b"\0");
    if let Some(m) = manifest {
        h.update(serde_json::to_string(m).unwrap_or_default().as_bytes());
    }
    h.finalize().to_hex()[..16].to_string()
}

fn content_id(path: &Path) -> std::result::Result<String, String> {
    let mut h = blake3::Hasher::new();
    h.update_reader(std::fs::File::open(path).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    Ok(h.finalize().to_hex()[..16].to_string())
}

/// Segments, turning a panic in the segmenter into an error for this one file.
fn segment(
    seg: &Segmenter,
    doc: &crate::model::Document,
) -> std::result::Result<Segmentation, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| seg.segment(doc)))
        .map_err(|_| "internal error in the segmenter (please report this file)".to_string())
}

/// Ingests files and folders into `index`: one writer, one commit. Takes the writer lock first,
/// so a concurrent ingest fails at once with [`Error::IndexLocked`]. Each bad file is reported in
/// [`IngestReport::failed`] and the rest go on; an error writing the index (full disk…) stops
/// the run without committing, leaving the last commit intact.
pub fn ingest<P: AsRef<Path> + Sync>(
    index: &Index,
    paths: &[P],
    opts: &IngestOptions,
    on_event: &(dyn Fn(Event) + Sync),
) -> Result<IngestReport> {
    let writer = index.writer()?;
    let existing = index.documents()?;
    let by_id: HashMap<&str, &DocEntry> = existing.iter().map(|d| (d.id.as_str(), d)).collect();
    let by_path: HashMap<&Path, &DocEntry> =
        existing.iter().map(|d| (d.path.as_path(), d)).collect();
    let mut report = IngestReport::default();

    let mut docs = vec![];
    for f in ingest::discover(paths) {
        match f {
            Found::Document {
                path,
                format,
                manifest,
            } => docs.push((path, format, manifest)),
            Found::Skipped { path, reason } => report.skipped.push((path, reason)),
            Found::Failed { path, error } => report.failed.push((path, error)),
        }
    }
    let ids: Vec<std::result::Result<String, String>> =
        docs.par_iter().map(|(p, _, _)| content_id(p)).collect();
    let found_ids: HashMap<PathBuf, String> = docs
        .iter()
        .zip(&ids)
        .filter_map(|((p, _, _), id)| Some((p.clone(), id.clone().ok()?)))
        .collect();

    let mut todo = vec![];
    let mut claimed: HashMap<String, PathBuf> = HashMap::new();
    for ((path, format, manifest), id) in docs.into_iter().zip(ids) {
        let id = match id {
            Ok(id) => id,
            Err(e) => {
                report.failed.push((path, e));
                continue;
            }
        };
        if let Some(first) = claimed.get(&id) {
            report.duplicates.push((path, first.clone()));
            continue;
        }
        let fp = fingerprint(&id, manifest.as_ref());
        let mut replaces = vec![];
        if let Some(old) = by_id.get(id.as_str()) {
            let old_still_there = old.path != path
                && old.path.exists()
                && found_ids.get(&old.path).is_none_or(|i| *i == id);
            if old.path == path && old.fingerprint == fp {
                claimed.insert(id, path);
                report.unchanged += 1;
                continue;
            }
            if old_still_there {
                report.duplicates.push((path, old.path.clone()));
                continue;
            }
            replaces.push(id.clone());
        }
        let old_here = by_path.get(path.as_path());
        if let Some(old) = old_here
            && old.id != id
        {
            replaces.push(old.id.clone());
        }
        claimed.insert(id, path.clone());
        todo.push(Todo {
            update: old_here.is_some(),
            path,
            format,
            manifest,
            replaces,
        });
    }

    let mut deletes = 0;
    if opts.prune {
        let reindexed: HashSet<&str> = todo
            .iter()
            .flat_map(|t| t.replaces.iter().map(String::as_str))
            .collect();
        for d in &existing {
            if !d.path.exists() && !reindexed.contains(d.id.as_str()) {
                writer.delete(&d.id);
                deletes += 1;
                report.pruned.push(d.path.clone());
            }
        }
    }

    on_event(Event::Planned(todo.len()));
    let segmenter = Segmenter::new();
    let results: Vec<Result<std::result::Result<DocEntry, String>>> = todo
        .par_iter()
        .map(|t| {
            let out = ingest::load(&t.path, t.format, t.manifest.as_ref())
                .map_err(|e| reason(&e))
                .and_then(|doc| Ok((segment(&segmenter, &doc)?, doc)));
            let out = match out {
                Ok((seg, doc)) => {
                    // Deleting the document's own id too covers a file that changed again
                    // since it was hashed. A delete only hits units added before it.
                    for old in t.replaces.iter().chain([&doc.id]) {
                        writer.delete(old);
                    }
                    let fp = fingerprint(&doc.id, t.manifest.as_ref());
                    writer.add(&doc, &seg, &fp).map(Ok)
                }
                Err(e) => Ok(Err(e)),
            };
            on_event(Event::Done(&t.path));
            out
        })
        .collect();

    for (t, r) in todo.iter().zip(results) {
        match r {
            Err(fatal) => {
                // Nothing is committed: dropping the writer discards this run.
                drop(writer);
                return Err(fatal);
            }
            Ok(Err(e)) => report.failed.push((t.path.clone(), e)),
            Ok(Ok(entry)) => {
                report.passages_added += entry.passages;
                report.items_added += entry.item_count();
                report.text_bytes += entry.text_bytes;
                if t.update {
                    report.updated.push(t.path.clone());
                } else {
                    report.added.push(t.path.clone());
                }
            }
        }
    }
    if report.added.is_empty() && report.updated.is_empty() && deletes == 0 {
        writer.rollback()?;
    } else {
        writer.commit()?;
        report.committed = true;
    }
    Ok(report)
}

/// The reason of a load error without the path (the report pairs it with the path).
fn reason(e: &Error) -> String {
    match e {
        Error::Pdf { reason, .. } | Error::Unsupported { reason, .. } => reason.clone(),
        Error::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}
