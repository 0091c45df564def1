//! The tantivy index of documents, passages and items: opening, creating, writing and reading
//! it back. The only module that names tantivy fields (see [`schema`]).
//!
//! Layout of an index folder: tantivy's files plus `styrdok-index.json`, which records the
//! [`schema::SCHEMA_VERSION`]. Every write goes through one [`Writer`]; tantivy's writer lock
//! makes a second concurrent writer fail with [`Error::IndexLocked`], and readers never need a
//! lock, so `search` works while `ingest` writes. A commit is atomic (tantivy swaps its
//! `meta.json` in one rename), so a killed or failed ingest leaves the last commit intact.

pub mod analyzer;
mod build;
mod scan_dir;
pub mod schema;

pub use build::{Event, IngestOptions, IngestReport, ingest};

use crate::error::{Error, Result};
use crate::model::{Document, Filter, Item, ItemRecord, Passage, SourceFormat};
use crate::segment::Segmentation;
use schema::Fields;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tantivy::collector::DocSetCollector;
use tantivy::directory::error::LockError;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};

/// Default index folder, relative to the working directory.
pub const DEFAULT_DIR: &str = ".styrdok/index";
/// Environment variable that overrides [`DEFAULT_DIR`].
pub const ENV_VAR: &str = "STYRDOK_INDEX";
/// Name of the file recording the schema version.
const VERSION_FILE: &str = "styrdok-index.json";
/// Memory the writer may use before it flushes a segment (split across its threads).
const WRITER_MEMORY: usize = 120_000_000;

/// The contents of `styrdok-index.json`.
#[derive(Debug, Serialize, Deserialize)]
struct VersionFile {
    schema_version: u32,
    created_by: String,
}

/// What the index knows of one document: its metadata and how many units it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocEntry {
    /// Content hash ([`Document::id`]).
    pub id: String,
    /// Path as found when it was ingested.
    pub path: PathBuf,
    /// File name.
    pub file: String,
    /// Format.
    pub format: SourceFormat,
    /// Municipality.
    pub municipality: Option<String>,
    /// Document type.
    pub doc_type: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Title.
    pub title: Option<String>,
    /// Pages.
    pub pages: u32,
    /// Number of passages indexed.
    pub passages: usize,
    /// Number of items indexed, per kind name.
    pub items: BTreeMap<String, usize>,
    /// Warnings from reading the file.
    pub warnings: Vec<String>,
    /// Bytes of normalised text.
    #[serde(default)]
    pub text_bytes: usize,
    /// Hash of the content and the manifest metadata: a change of either re-indexes the file.
    pub fingerprint: String,
}

impl DocEntry {
    /// Total number of items.
    pub fn item_count(&self) -> usize {
        self.items.values().sum()
    }
}

/// A stored passage with the metadata of its document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PassageRecord {
    /// Document id.
    pub doc_id: String,
    /// File name.
    pub file: String,
    /// Municipality.
    pub municipality: Option<String>,
    /// Document type.
    pub doc_type: Option<String>,
    /// Document title.
    pub doc_title: Option<String>,
    /// Document year.
    pub doc_year: Option<i32>,
    /// The passage.
    pub passage: Passage,
}

impl PassageRecord {
    /// The passage's id: `<doc_id>:p<start>`.
    pub fn id(&self) -> String {
        format!("{}:p{}", self.doc_id, self.passage.span.start)
    }
}

/// One stored unit, as [`Index::get`] returns it.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A document.
    Document(DocEntry),
    /// A passage.
    Passage(PassageRecord),
    /// An item.
    Item(ItemRecord),
}

/// Total counts of an index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Documents.
    pub documents: usize,
    /// Passages.
    pub passages: usize,
    /// Items.
    pub items: usize,
}

/// An open styrdok index.
pub struct Index {
    dir: PathBuf,
    index: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index").field("dir", &self.dir).finish()
    }
}

fn tantivy_err(dir: &Path, e: tantivy::TantivyError) -> Error {
    match e {
        tantivy::TantivyError::LockFailure(LockError::LockBusy, _) => {
            Error::IndexLocked(dir.display().to_string())
        }
        tantivy::TantivyError::IoError(io) => Error::Io {
            path: dir.to_owned(),
            source: std::io::Error::new(io.kind(), io.to_string()),
        },
        other => Error::Index(format!("{}: {other}", dir.display())),
    }
}

/// An error while writing segments or committing: most often a full disk or a folder that
/// became unwritable. tantivy's worker threads lose the underlying I/O error, so the message
/// names the likely causes.
fn write_err(dir: &Path, e: tantivy::TantivyError) -> Error {
    let detail = match &e {
        tantivy::TantivyError::IoError(io) => io.to_string(),
        // tantivy reports a failed worker thread as "…encountered an error (io::Error most
        // likely) or panicked"; the thread's own error is gone, so say what is known.
        tantivy::TantivyError::ErrorInThread(_) => "a worker thread could not write".to_string(),
        other => other.to_string(),
    };
    Error::Index(format!(
        "writing the index at {} failed: {detail}; is the disk full or the folder not writable? \
         Nothing of this run was committed: the index still holds its last commit",
        dir.display()
    ))
}

impl Index {
    /// Opens an existing index. Errors name the folder: missing index, another schema version,
    /// damaged files.
    pub fn open(dir: &Path) -> Result<Index> {
        Self::check_version(dir)?;
        let index = tantivy::Index::open_in_dir(dir).map_err(|e| tantivy_err(dir, e))?;
        Self::wrap(dir, index)
    }

    /// Opens an existing index for a scan of everything in it ([`Index::items`] for `export` and
    /// `compare`): files are read with positioned reads instead of memory maps, so the process's
    /// resident memory stays flat however large the index is (see `scan_dir`).
    pub fn open_for_scan(dir: &Path) -> Result<Index> {
        Self::check_version(dir)?;
        let directory = scan_dir::ScanDirectory::open(dir).map_err(|e| tantivy_err(dir, e))?;
        let index = tantivy::Index::open(directory).map_err(|e| tantivy_err(dir, e))?;
        Self::wrap(dir, index)
    }

    /// Checks that `dir` holds a styrdok index of this schema version.
    fn check_version(dir: &Path) -> Result<()> {
        let vpath = dir.join(VERSION_FILE);
        if !dir.join("meta.json").is_file() || !vpath.is_file() {
            return Err(Error::Index(format!(
                "no styrdok index at {}; run `styrdok ingest` first (or pass --index / set {ENV_VAR})",
                dir.display()
            )));
        }
        let raw = std::fs::read(&vpath).map_err(|e| Error::io(&vpath, e))?;
        let version: VersionFile = serde_json::from_slice(&raw).map_err(|e| {
            Error::Index(format!("{}: unreadable version file: {e}", vpath.display()))
        })?;
        if version.schema_version != schema::SCHEMA_VERSION {
            return Err(Error::SchemaVersion {
                path: dir.display().to_string(),
                found: version.schema_version,
                expected: schema::SCHEMA_VERSION,
            });
        }
        Ok(())
    }

    /// Opens the index at `dir`, creating the folder and an empty index if there is none.
    pub fn create_or_open(dir: &Path) -> Result<Index> {
        if dir.join("meta.json").exists() {
            return Self::open(dir);
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        // Leftovers of a creation that was interrupted are ours to reuse; any other file means
        // the folder belongs to something else.
        let tmp = dir.join(format!("{VERSION_FILE}.tmp"));
        for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = name == VERSION_FILE
                || entry.path() == tmp
                || name == ".managed.json"
                || name.starts_with(".tantivy-");
            if !ours {
                return Err(Error::Index(format!(
                    "{} is not empty and holds no styrdok index; choose another --index folder",
                    dir.display()
                )));
            }
        }
        // The version file comes first: a crash after it leaves a folder this function
        // recognises and completes, never a tantivy index without a version.
        let version = VersionFile {
            schema_version: schema::SCHEMA_VERSION,
            created_by: format!("styrdok {}", env!("CARGO_PKG_VERSION")),
        };
        let vpath = dir.join(VERSION_FILE);
        let json = serde_json::to_vec_pretty(&version).map_err(|e| Error::Index(e.to_string()))?;
        // Written aside and renamed, so a crash never leaves a half-written version file.
        std::fs::write(&tmp, json).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, &vpath).map_err(|e| Error::io(&vpath, e))?;
        let index = tantivy::Index::builder()
            .schema(schema::build())
            .settings(schema::settings())
            .create_in_dir(dir)
            .map_err(|e| tantivy_err(dir, e))?;
        Self::wrap(dir, index)
    }

    fn wrap(dir: &Path, index: tantivy::Index) -> Result<Index> {
        analyzer::register(index.tokenizers());
        let fields = schema::fields(&index.schema()).map_err(|e| tantivy_err(dir, e))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| tantivy_err(dir, e))?;
        Ok(Index {
            dir: dir.to_owned(),
            index,
            reader,
            fields,
        })
    }

    /// The index folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The field handles (for [`crate::query`]).
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// A searcher over the last commit seen by this handle (see [`Index::reload`]).
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Makes the handle see the latest commit.
    pub fn reload(&self) -> Result<()> {
        self.reader.reload().map_err(|e| tantivy_err(&self.dir, e))
    }

    /// Takes the writer lock. Fails with [`Error::IndexLocked`] while another writer (another
    /// `styrdok ingest`) holds it.
    pub fn writer(&self) -> Result<Writer<'_>> {
        let writer = self
            .index
            .writer(WRITER_MEMORY)
            .map_err(|e| tantivy_err(&self.dir, e))?;
        Ok(Writer {
            index: self,
            writer,
        })
    }

    fn load_json<T: serde::de::DeserializeOwned>(
        &self,
        searcher: &Searcher,
        addr: DocAddress,
    ) -> Result<T> {
        let doc: TantivyDocument = searcher.doc(addr).map_err(|e| tantivy_err(&self.dir, e))?;
        let raw = doc
            .get_first(self.fields.data)
            .and_then(|v| v.as_str())
            .ok_or_else(|| Error::Index(format!("{}: unit without data", self.dir.display())))?;
        serde_json::from_str(raw)
            .map_err(|e| Error::Index(format!("{}: damaged stored unit: {e}", self.dir.display())))
    }

    /// The stored JSON of a unit (for [`crate::query`], which decodes it by unit).
    pub(crate) fn stored_json(&self, searcher: &Searcher, addr: DocAddress) -> Result<String> {
        let doc: TantivyDocument = searcher.doc(addr).map_err(|e| tantivy_err(&self.dir, e))?;
        doc.get_first(self.fields.data)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .ok_or_else(|| Error::Index(format!("{}: unit without data", self.dir.display())))
    }

    fn term(&self, field: tantivy::schema::Field, value: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    }

    /// Addresses of every unit matching the query, in index order.
    fn matching(&self, searcher: &Searcher, q: &dyn Query) -> Result<Vec<DocAddress>> {
        let mut set: Vec<DocAddress> = searcher
            .search(q, &DocSetCollector)
            .map_err(|e| tantivy_err(&self.dir, e))?
            .into_iter()
            .collect();
        set.sort();
        Ok(set)
    }

    /// Bytes the index folder takes on disk.
    pub fn size_on_disk(&self) -> Result<u64> {
        let mut total = 0;
        for e in std::fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))? {
            let e = e.map_err(|e| Error::io(&self.dir, e))?;
            if let Ok(m) = e.metadata()
                && m.is_file()
            {
                total += m.len();
            }
        }
        Ok(total)
    }

    /// Every document in the index, sorted by municipality (unknown last), file and path.
    pub fn documents(&self) -> Result<Vec<DocEntry>> {
        let searcher = self.searcher();
        let q = self.term(self.fields.unit, schema::UNIT_DOCUMENT);
        let mut docs = vec![];
        for addr in self.matching(&searcher, q.as_ref())? {
            docs.push(self.load_json::<DocEntry>(&searcher, addr)?);
        }
        docs.sort_by(|a, b| {
            document_order(&a.municipality, &a.file, &a.path).cmp(&document_order(
                &b.municipality,
                &b.file,
                &b.path,
            ))
        });
        Ok(docs)
    }

    /// Counts of documents, passages and items.
    pub fn counts(&self) -> Result<Counts> {
        let searcher = self.searcher();
        let count = |unit: &str| -> Result<usize> {
            searcher
                .search(
                    self.term(self.fields.unit, unit).as_ref(),
                    &tantivy::collector::Count,
                )
                .map_err(|e| tantivy_err(&self.dir, e))
        };
        Ok(Counts {
            documents: count(schema::UNIT_DOCUMENT)?,
            passages: count(schema::UNIT_PASSAGE)?,
            items: count(schema::UNIT_ITEM)?,
        })
    }

    /// One unit by id (`<doc_id>`, `<doc_id>:p<start>` or `<doc_id>:<start>`).
    pub fn get(&self, id: &str) -> Result<Option<Entry>> {
        let searcher = self.searcher();
        let q = self.term(self.fields.id, id);
        let Some(&addr) = self.matching(&searcher, q.as_ref())?.first() else {
            return Ok(None);
        };
        let unit = if !id.contains(':') {
            Entry::Document(self.load_json(&searcher, addr)?)
        } else if id.contains(":p") {
            Entry::Passage(self.load_json(&searcher, addr)?)
        } else {
            Entry::Item(self.load_json(&searcher, addr)?)
        };
        Ok(Some(unit))
    }

    fn units_of(&self, doc_id: &str, unit: &str) -> Result<Vec<String>> {
        let searcher = self.searcher();
        let q = BooleanQuery::new(vec![
            (Occur::Must, self.term(self.fields.doc_id, doc_id)),
            (Occur::Must, self.term(self.fields.unit, unit)),
        ]);
        self.matching(&searcher, &q)?
            .into_iter()
            .map(|a| self.stored_json(&searcher, a))
            .collect()
    }

    /// The passages of one document, in text order.
    pub fn passages(&self, doc_id: &str) -> Result<Vec<PassageRecord>> {
        let mut out = self
            .units_of(doc_id, schema::UNIT_PASSAGE)?
            .iter()
            .map(|s| {
                serde_json::from_str::<PassageRecord>(s)
                    .map_err(|e| Error::Index(format!("damaged stored passage: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        out.sort_by_key(|p| (p.passage.span.start, p.passage.span.end));
        Ok(out)
    }

    /// The items of one document, in text order.
    pub fn document_items(&self, doc_id: &str) -> Result<Vec<ItemRecord>> {
        let mut out = self
            .units_of(doc_id, schema::UNIT_ITEM)?
            .iter()
            .map(|s| {
                serde_json::from_str::<ItemRecord>(s)
                    .map_err(|e| Error::Index(format!("damaged stored item: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        out.sort_by_key(|r| (r.item.span.start, r.item.span.end, r.item.kind));
        Ok(out)
    }

    /// Every item passing `filter`, ordered by municipality (unknown last), file and position.
    /// Streams one document at a time, so memory stays flat however large the index.
    pub fn items<'a>(
        &'a self,
        filter: &Filter,
    ) -> Result<impl Iterator<Item = Result<ItemRecord>> + 'a> {
        let filter = filter.clone();
        // Only the sort key and id of each document are kept, not its whole entry: an export
        // of a large index then holds a few dozen bytes per document, not a kilobyte.
        let searcher = self.searcher();
        let q = self.term(self.fields.unit, schema::UNIT_DOCUMENT);
        let mut keys: Vec<DocKey> = vec![];
        for addr in self.matching(&searcher, q.as_ref())? {
            let d = self.load_json::<DocEntry>(&searcher, addr)?;
            let keep = d.item_count() > 0
                && (filter.municipalities.is_empty()
                    || d.municipality.as_deref().is_some_and(|m| {
                        filter
                            .municipalities
                            .iter()
                            .any(|f| f.to_lowercase() == m.to_lowercase())
                    }))
                && filter.doc_type.as_deref().is_none_or(|t| {
                    d.doc_type
                        .as_deref()
                        .is_some_and(|dt| dt.eq_ignore_ascii_case(t))
                });
            if keep {
                keys.push(DocKey {
                    municipality: d.municipality,
                    file: d.file,
                    path: d.path.into_boxed_path(),
                    id: d.id,
                });
            }
        }
        keys.sort_by(|a, b| a.order().cmp(&b.order()));
        let docs: Vec<String> = keys.into_iter().map(|k| k.id).collect();
        Ok(ItemsIter {
            index: self,
            filter,
            docs: docs.into_iter(),
            buffer: Vec::new().into_iter(),
        })
    }
}

/// What [`Index::items`] keeps of a document: its place in the export order and its id.
struct DocKey {
    municipality: Option<String>,
    file: String,
    path: Box<Path>,
    id: String,
}

impl DocKey {
    /// The order of [`Index::documents`] ([`document_order`]).
    fn order(&self) -> (bool, &Option<String>, &str, &Path) {
        document_order(&self.municipality, &self.file, &self.path)
    }
}

/// The sort key of documents in listings and exports: by municipality (documents without one
/// last), file name and path.
fn document_order<'a>(
    municipality: &'a Option<String>,
    file: &'a str,
    path: &'a Path,
) -> (bool, &'a Option<String>, &'a str, &'a Path) {
    (municipality.is_none(), municipality, file, path)
}

/// The iterator of [`Index::items`].
struct ItemsIter<'a> {
    index: &'a Index,
    filter: Filter,
    docs: std::vec::IntoIter<String>,
    buffer: std::vec::IntoIter<ItemRecord>,
}

impl Iterator for ItemsIter<'_> {
    type Item = Result<ItemRecord>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(r) = self.buffer.next() {
                return Some(Ok(r));
            }
            let doc = self.docs.next()?;
            match self.index.document_items(&doc) {
                Ok(items) => {
                    let keep: Vec<_> = items
                        .into_iter()
                        .filter(|r| self.filter.matches(r))
                        .collect();
                    self.buffer = keep.into_iter();
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// The one writer of an index. `add` and `delete` take `&self`, so rayon threads can feed it;
/// nothing is visible to readers before [`Writer::commit`].
pub struct Writer<'a> {
    index: &'a Index,
    writer: IndexWriter,
}

impl Writer<'_> {
    /// Deletes every unit of a document.
    pub fn delete(&self, doc_id: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.index.fields.doc_id, doc_id));
    }

    /// Adds a document with its passages and items, returning its summary. `fingerprint`
    /// identifies the content and metadata it was made from (see [`DocEntry::fingerprint`]).
    pub fn add(&self, doc: &Document, seg: &Segmentation, fingerprint: &str) -> Result<DocEntry> {
        let f = &self.index.fields;
        let meta = &doc.meta;
        let mut items = BTreeMap::new();
        for it in &seg.items {
            *items.entry(it.kind.as_str().to_string()).or_insert(0) += 1;
        }
        let entry = DocEntry {
            id: doc.id.clone(),
            path: doc.path.clone(),
            file: doc.file.clone(),
            format: doc.format,
            municipality: meta.municipality.clone(),
            doc_type: meta.doc_type.clone(),
            year: meta.year,
            title: meta.title.clone(),
            pages: doc.pages,
            passages: seg.passages.len(),
            items,
            warnings: doc.warnings.clone(),
            text_bytes: doc.text.len(),
            fingerprint: fingerprint.to_string(),
        };
        let common = |unit: &str, id: &str, text: &str| {
            let mut d = TantivyDocument::default();
            d.add_text(f.unit, unit);
            d.add_text(f.id, id);
            d.add_text(f.doc_id, &doc.id);
            d.add_text(f.text, text);
            d.add_text(f.exact, text);
            if let Some(m) = &meta.municipality {
                d.add_text(f.municipality, m);
                d.add_text(f.municipality_key, m.to_lowercase());
            }
            if let Some(t) = &meta.doc_type {
                d.add_text(f.doc_type, t.to_lowercase());
            }
            d
        };

        let title = meta.title.clone().unwrap_or_else(|| doc.file.clone());
        let mut d = common(schema::UNIT_DOCUMENT, &doc.id, &title);
        d.add_text(f.path, doc.path.to_string_lossy());
        if let Some(y) = meta.year {
            d.add_i64(f.year, i64::from(y));
        }
        d.add_text(f.data, json(&entry)?);
        self.add_doc(d)?;

        for p in &seg.passages {
            let rec = PassageRecord {
                doc_id: doc.id.clone(),
                file: doc.file.clone(),
                municipality: meta.municipality.clone(),
                doc_type: meta.doc_type.clone(),
                doc_title: meta.title.clone(),
                doc_year: meta.year,
                passage: p.clone(),
            };
            let mut d = common(schema::UNIT_PASSAGE, &rec.id(), &p.text);
            if let Some(y) = meta.year {
                d.add_i64(f.year, i64::from(y));
            }
            d.add_text(f.data, json(&rec)?);
            self.add_doc(d)?;
        }
        for it in &seg.items {
            let rec = ItemRecord::new(it.clone(), meta);
            let mut d = common(schema::UNIT_ITEM, &it.id(), &it.text);
            d.add_text(f.kind, it.kind.as_str());
            if let Some(s) = it.status {
                d.add_text(f.status, s.as_str());
            }
            for y in item_years(it, meta.year) {
                d.add_i64(f.year, i64::from(y));
            }
            d.add_text(f.data, json(&rec)?);
            self.add_doc(d)?;
        }
        Ok(entry)
    }

    fn add_doc(&self, d: TantivyDocument) -> Result<()> {
        self.writer
            .add_document(d)
            .map(|_| ())
            .map_err(|e| write_err(&self.index.dir, e))
    }

    /// Commits everything added and deleted, atomically, and waits for merges to finish so the
    /// index is compact when the process ends.
    pub fn commit(mut self) -> Result<()> {
        let dir = self.index.dir.clone();
        self.writer.commit().map_err(|e| write_err(&dir, e))?;
        // A failed merge loses nothing: the committed segments stay as they are.
        self.writer
            .wait_merging_threads()
            .map_err(|e| write_err(&dir, e))?;
        self.index.reload()
    }

    /// Drops everything since the last commit.
    pub fn rollback(mut self) -> Result<()> {
        self.writer
            .rollback()
            .map(|_| ())
            .map_err(|e| tantivy_err(&self.index.dir, e))
    }
}

/// The years an item is filed under: its own, or else its document's (see [`Filter::years`]).
fn item_years(it: &Item, doc_year: Option<i32>) -> Vec<i32> {
    if it.years.is_empty() {
        doc_year.into_iter().collect()
    } else {
        it.years.clone()
    }
}

fn json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::Index(format!("serialising a unit: {e}")))
}
