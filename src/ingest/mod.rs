//! Ingestion: turns files and folders into [`Document`]s. Only this module reads input files,
//! and only `ingest::pdf` knows lopdf.
//!
//! Folders are walked recursively in a stable (sorted) order; hidden files and folders are
//! skipped; the type of a file is sniffed from its content (`%PDF-` magic), not only its
//! extension; anything unsupported is reported as [`Found::Skipped`] with its reason.

pub mod manifest;
pub mod metadata;
pub mod normalize;
pub mod pdf;
pub mod text;

use crate::error::{Error, Result};
use crate::model::{Document, Metadata, SourceFormat};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A file found by [`discover`].
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// A file styrdok can read.
    Document {
        /// The file.
        path: PathBuf,
        /// Its format, sniffed from content.
        format: SourceFormat,
        /// Metadata from a `manifest.csv` in its folder, if it lists the file.
        manifest: Option<Metadata>,
    },
    /// A file or path that is not read, and why.
    Skipped {
        /// The file.
        path: PathBuf,
        /// Why it is skipped.
        reason: String,
    },
    /// A path that could not be examined (missing, unreadable, bad manifest…).
    Failed {
        /// The path.
        path: PathBuf,
        /// The error.
        error: String,
    },
}

impl Found {
    /// The path of the entry.
    pub fn path(&self) -> &Path {
        match self {
            Found::Document { path, .. }
            | Found::Skipped { path, .. }
            | Found::Failed { path, .. } => path,
        }
    }
}

/// Extensions read as plain text (a file without an extension is read if it sniffs as text).
const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];

/// Finds the documents under `paths` (files or folders), in a stable order.
pub fn discover<P: AsRef<Path>>(paths: &[P]) -> Vec<Found> {
    let mut manifests: HashMap<PathBuf, std::result::Result<manifest::Manifest, String>> =
        HashMap::new();
    let mut out = vec![];
    for p in paths {
        let p = p.as_ref();
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                out.push(Found::Failed {
                    path: p.to_owned(),
                    error: e.to_string(),
                });
                continue;
            }
        };
        if meta.is_dir() {
            let walker = walkdir::WalkDir::new(p)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
            for entry in walker {
                match entry {
                    Ok(e) if e.file_type().is_file() => {
                        out.push(classify(e.path(), &mut manifests, false))
                    }
                    Ok(_) => {}
                    Err(e) => out.push(Found::Failed {
                        path: e.path().unwrap_or(p).to_owned(),
                        error: e.to_string(),
                    }),
                }
            }
        } else {
            out.push(classify(p, &mut manifests, true));
        }
    }
    out
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn classify(
    path: &Path,
    manifests: &mut HashMap<PathBuf, std::result::Result<manifest::Manifest, String>>,
    named: bool,
) -> Found {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new("")).to_owned();
    if name.eq_ignore_ascii_case(manifest::MANIFEST_NAME) && !named {
        // The manifest is listed, not read as a document; if it cannot be used, say why here
        // once (its folder's documents are still read, with inferred metadata).
        return match folder_manifest(&dir, manifests) {
            Ok(_) => Found::Skipped {
                path: path.to_owned(),
                reason: "metadata manifest, not a document".into(),
            },
            Err(e) if e.contains(manifest::NOT_A_MANIFEST) => Found::Skipped {
                path: path.to_owned(),
                reason: "CSV without a `file` column, not a styrdok manifest: ignored".into(),
            },
            Err(e) => Found::Failed {
                path: path.to_owned(),
                error: format!("manifest not used: {e}"),
            },
        };
    }
    let head = match read_head(path) {
        Ok(h) => h,
        Err(e) => {
            return Found::Failed {
                path: path.to_owned(),
                error: e.to_string(),
            };
        }
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let format = if is_pdf(&head) {
        SourceFormat::Pdf
    } else if ext == "pdf" {
        // Named .pdf but no magic: the reason tells the user what it is instead.
        let what = if head.is_empty() {
            "empty file".to_string()
        } else if looks_html(&head) {
            "HTML saved as .pdf".to_string()
        } else {
            "no %PDF- header".to_string()
        };
        return Found::Failed {
            path: path.to_owned(),
            error: format!("not a PDF: {what}"),
        };
    } else if TEXT_EXTENSIONS.contains(&ext.as_str())
        || (ext.is_empty() && text::decode(&head).is_ok())
    {
        SourceFormat::Text
    } else {
        let reason = if ext.is_empty() {
            "binary file without extension (styrdok reads PDF and plain text)".to_string()
        } else {
            format!("unsupported file type .{ext} (styrdok reads PDF and plain text .txt)")
        };
        return Found::Skipped {
            path: path.to_owned(),
            reason,
        };
    };
    let manifest = folder_manifest(&dir, manifests)
        .ok()
        .and_then(|m| m.get(&name).cloned());
    Found::Document {
        path: path.to_owned(),
        format,
        manifest,
    }
}

/// The manifest of a folder, read once per folder; an empty one if the folder has none.
fn folder_manifest<'a>(
    dir: &Path,
    manifests: &'a mut HashMap<PathBuf, std::result::Result<manifest::Manifest, String>>,
) -> std::result::Result<&'a manifest::Manifest, String> {
    manifests
        .entry(dir.to_owned())
        .or_insert_with(|| {
            let mpath = dir.join(manifest::MANIFEST_NAME);
            if mpath.is_file() {
                manifest::read(&mpath).map_err(|e| e.to_string())
            } else {
                Ok(Default::default())
            }
        })
        .as_ref()
        .map_err(Clone::clone)
}

fn read_head(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(4096);
    std::fs::File::open(path)?
        .take(4096)
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// `%PDF-` within the first 1024 bytes (the PDF spec tolerates junk before it).
pub fn is_pdf(head: &[u8]) -> bool {
    head[..head.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

fn looks_html(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(&head[..head.len().min(512)]).to_lowercase();
    s.contains("<html") || s.contains("<!doctype html")
}

/// Reads one found document. Metadata comes from the manifest where it gives a value, and is
/// inferred from the text otherwise.
pub fn load(path: &Path, format: SourceFormat, manifest: Option<&Metadata>) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    load_bytes(path, &bytes, format, manifest)
}

/// Like [`load`], from bytes already read.
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    format: SourceFormat,
    manifest: Option<&Metadata>,
) -> Result<Document> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = blake3::hash(bytes).to_hex()[..16].to_string();
    let mut warnings = vec![];
    let (raw, encoding, furniture) = match format {
        SourceFormat::Text => {
            let d = text::decode(bytes).map_err(|e| Error::Unsupported {
                path: path.to_owned(),
                reason: e.0,
            })?;
            warnings.extend(d.warnings);
            (d.text, Some(d.encoding.to_string()), vec![])
        }
        SourceFormat::Pdf => {
            let p = pdf::extract(bytes).map_err(|reason| Error::Pdf {
                path: path.to_owned(),
                reason,
            })?;
            warnings.extend(p.warnings);
            (p.pages.join("\x0c"), None, p.furniture)
        }
    };
    let (text, dropped) = normalize::normalize(&raw);
    if dropped > 0 {
        warnings.push(format!("{dropped} control character(s) dropped"));
    }
    let pages = if format == SourceFormat::Pdf && text.is_empty() {
        raw.matches('\x0c').count() as u32 + u32::from(!raw.is_empty())
    } else {
        1 + text.matches('\x0c').count() as u32
    };
    // Inference reads the whole text (it is a large share of ingest time), so it is skipped
    // when the manifest already gives every value.
    let complete = manifest.is_some_and(|m| {
        m.municipality.is_some() && m.doc_type.is_some() && m.year.is_some() && m.title.is_some()
    });
    let meta = match manifest {
        Some(m) if complete => m.clone(),
        _ => merge(manifest, metadata::infer(&text, &file)),
    };
    Ok(Document {
        id,
        path: path.to_owned(),
        file,
        format,
        encoding,
        meta,
        text,
        pages,
        furniture,
        warnings,
    })
}

/// Manifest values win; inferred values fill the gaps.
fn merge(manifest: Option<&Metadata>, inferred: Metadata) -> Metadata {
    let Some(m) = manifest else {
        return inferred;
    };
    let mut out = m.clone();
    if out.municipality.is_none() {
        out.municipality = inferred.municipality;
        out.municipality_source = inferred.municipality_source;
    }
    if out.doc_type.is_none() {
        out.doc_type = inferred.doc_type;
        out.doc_type_source = inferred.doc_type_source;
    }
    if out.year.is_none() {
        out.year = inferred.year;
        out.year_source = inferred.year_source;
    }
    if out.title.is_none() {
        out.title = inferred.title;
        out.title_source = inferred.title_source;
    }
    out
}

/// The outcome of loading one found entry.
#[derive(Debug)]
pub enum Loaded {
    /// A document.
    Document(Box<Document>),
    /// Skipped, with the reason.
    Skipped {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Failed, with the error.
    Failed {
        /// The file.
        path: PathBuf,
        /// The error, naming the reason.
        error: String,
    },
}

/// Loads every found entry in parallel (rayon), keeping the order of `found`.
pub fn load_all(found: &[Found]) -> Vec<Loaded> {
    found.par_iter().map(load_found).collect()
}

/// Loads one found entry.
pub fn load_found(f: &Found) -> Loaded {
    match f {
        Found::Document {
            path,
            format,
            manifest,
        } => match load(path, *format, manifest.as_ref()) {
            Ok(d) => Loaded::Document(Box::new(d)),
            Err(e) => Loaded::Failed {
                path: path.clone(),
                error: error_reason(&e),
            },
        },
        Found::Skipped { path, reason } => Loaded::Skipped {
            path: path.clone(),
            reason: reason.clone(),
        },
        Found::Failed { path, error } => Loaded::Failed {
            path: path.clone(),
            error: error.clone(),
        },
    }
}

/// The reason of an error without the path prefix (the caller prints the path itself).
fn error_reason(e: &Error) -> String {
    match e {
        Error::Pdf { reason, .. } | Error::Unsupported { reason, .. } => reason.clone(),
        Error::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_pdf_magic_not_extension() {
        assert!(is_pdf(b"%PDF-1.7\n..."));
        assert!(is_pdf(b"\n\n junk %PDF-1.4"));
        assert!(!is_pdf(b"<html><body>%PD"));
    }

    #[test]
    fn discover_walks_sorted_skips_hidden_and_reports_unsupported() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("b/.git")).unwrap();
        std::fs::write(d.join("b/z.txt"), "Malmö stad").unwrap();
        std::fs::write(d.join("b/.git/x.txt"), "hidden").unwrap();
        std::fs::write(d.join("a.txt"), "text").unwrap();
        std::fs::write(d.join(".hidden.txt"), "hidden").unwrap();
        std::fs::write(d.join("c.docx"), b"PK\x03\x04").unwrap();
        std::fs::write(d.join("pdf-without-ext"), b"%PDF-1.4\n").unwrap();
        std::fs::write(d.join("fake.pdf"), b"<!DOCTYPE html><html>").unwrap();
        std::fs::write(d.join("manifest.csv"), "file,municipality\na.txt,Umeå\n").unwrap();
        let found = discover(&[d]);
        let names: Vec<_> = found
            .iter()
            .map(|f| {
                f.path()
                    .strip_prefix(d)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(
            names,
            [
                "a.txt",
                "b/z.txt",
                "c.docx",
                "fake.pdf",
                "manifest.csv",
                "pdf-without-ext"
            ]
        );
        match &found[0] {
            Found::Document {
                format, manifest, ..
            } => {
                assert_eq!(*format, SourceFormat::Text);
                assert_eq!(
                    manifest.as_ref().unwrap().municipality.as_deref(),
                    Some("Umeå")
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&found[2], Found::Skipped { reason, .. } if reason.contains(".docx")));
        assert!(matches!(&found[3], Found::Failed { error, .. } if error.contains("HTML")));
        assert!(matches!(&found[4], Found::Skipped { .. }));
        assert!(matches!(
            &found[5],
            Found::Document {
                format: SourceFormat::Pdf,
                ..
            }
        ));
    }

    #[test]
    fn foreign_or_broken_manifest_does_not_fail_the_documents() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("foreign")).unwrap();
        std::fs::create_dir_all(d.join("broken")).unwrap();
        std::fs::write(d.join("foreign/manifest.csv"), "pdf,producer\na.txt,x\n").unwrap();
        std::fs::write(d.join("foreign/a.txt"), "text").unwrap();
        std::fs::write(d.join("broken/manifest.csv"), "file,year\nb.txt,tjugo\n").unwrap();
        std::fs::write(d.join("broken/b.txt"), "text").unwrap();
        let found = discover(&[d]);
        assert_eq!(found.len(), 4);
        assert!(matches!(&found[0], Found::Document { manifest: None, .. }));
        assert!(matches!(&found[1], Found::Failed { error, .. } if error.contains("tjugo")));
        assert!(matches!(&found[2], Found::Document { manifest: None, .. }));
        assert!(matches!(&found[3], Found::Skipped { reason, .. } if reason.contains("ignored")));
    }

    #[test]
    fn a_complete_manifest_is_taken_as_it_is() {
        let m = Metadata {
            municipality: Some("Umeå".into()),
            municipality_source: Some(crate::model::MetaSource::Manifest),
            doc_type: Some("program".into()),
            doc_type_source: Some(crate::model::MetaSource::Manifest),
            year: Some(2019),
            year_source: Some(crate::model::MetaSource::Manifest),
            title: Some("Näringslivsprogram".into()),
            title_source: Some(crate::model::MetaSource::Manifest),
        };
        let text = "Protokoll fört vid sammanträde med kommunstyrelsen i Luleå kommun 2024-02-01.";
        let d = load_bytes(
            Path::new("p.txt"),
            text.as_bytes(),
            SourceFormat::Text,
            Some(&m),
        )
        .unwrap();
        assert_eq!(d.meta, m);
        // Without the manifest the same text gives other, inferred values.
        let d = load_bytes(
            Path::new("p.txt"),
            text.as_bytes(),
            SourceFormat::Text,
            None,
        )
        .unwrap();
        assert_ne!(d.meta.municipality.as_deref(), Some("Umeå"));
    }

    #[test]
    fn missing_path_is_reported() {
        let found = discover(&["/no/such/dir/styrdok"]);
        assert!(matches!(&found[0], Found::Failed { .. }));
    }

    #[test]
    fn load_text_normalises_and_hashes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.txt");
        std::fs::write(&p, "Ma\u{30a}l\r\nrad 2\x0csida 2").unwrap();
        let d = load(&p, SourceFormat::Text, None).unwrap();
        assert_eq!(d.text, "Mål\nrad 2\x0csida 2");
        assert_eq!(d.pages, 2);
        assert_eq!(d.id.len(), 16);
        assert_eq!(d.encoding.as_deref(), Some("UTF-8"));
    }
}
