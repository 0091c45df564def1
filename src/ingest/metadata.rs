//! Metadata inferred from a document's text when no manifest gives it: municipality, year,
//! document type and title.

use crate::model::Metadata;

/// Infers metadata from the text (and file name). Values found are marked
/// [`crate::model::MetaSource::Inferred`]; nothing found stays `None`.
pub fn infer(_text: &str, _file_name: &str) -> Metadata {
    Metadata::default()
}
