//! The library's one error type. Variants carry the context a user needs to act: the path and
//! the reason. The binary adds further context with `anyhow`.

use std::path::PathBuf;

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A PDF could not be read.
    #[error("{}: {reason}", path.display())]
    Pdf {
        /// The file.
        path: PathBuf,
        /// Why, in words.
        reason: String,
    },
    /// The file is not a supported document (binary, unknown type…).
    #[error("{}: unsupported: {reason}", path.display())]
    Unsupported {
        /// The file.
        path: PathBuf,
        /// Why it is not supported.
        reason: String,
    },
    /// A `manifest.csv` could not be read.
    #[error("{}: line {line}: {reason}", path.display())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// 1-based line number (0 if unknown).
        line: u64,
        /// Why.
        reason: String,
    },
    /// The search index failed.
    #[error("index: {0}")]
    Index(String),
    /// The index is locked by another writer.
    #[error("index is locked by another ingest ({0})")]
    IndexLocked(String),
    /// The index on disk has another schema version.
    #[error(
        "index at {path} has schema version {found}, this styrdok needs {expected}; re-run `styrdok ingest` into a new --index directory"
    )]
    SchemaVersion {
        /// Index folder.
        path: String,
        /// Version found.
        found: u32,
        /// Version expected.
        expected: u32,
    },
    /// A search query could not be parsed.
    #[error("query: {0}")]
    Query(String),
    /// Invalid input or option.
    #[error("{0}")]
    Invalid(String),
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
