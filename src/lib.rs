//! # styrdok
//!
//! Compare Swedish municipal policy documents (styrdokument). styrdok reads PDFs and plain text
//! files, finds their goals, assignments, decisions and commitments ("items"), indexes them
//! with Swedish text analysis, and lets analysts search, export and compare them across
//! municipalities.
//!
//! ```
//! use styrdok::ingest;
//! use styrdok::model::SourceFormat;
//! use std::path::Path;
//!
//! let text = "Kommunstyrelsen ges i uppdrag att utreda en ny näringslivsstrategi.";
//! let doc = ingest::load_bytes(Path::new("plan.txt"), text.as_bytes(), SourceFormat::Text, None)
//!     .unwrap();
//! assert_eq!(doc.text, text);
//! let seg = styrdok::segment::Segmenter::new().segment(&doc);
//! assert!(!seg.passages.is_empty());
//! ```
#![deny(missing_docs)]

pub mod compare;
pub mod error;
pub mod export;
pub mod index;
pub mod ingest;
pub mod model;
pub mod query;
pub mod segment;

pub use error::{Error, Result};
pub use model::{Document, Item, ItemKind, Metadata, Passage, Span, Status};
