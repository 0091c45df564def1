//! Segmentation: a [`Document`] in, its passages and items out. Pure: no I/O.

use crate::model::{Document, Item, Passage, Span, collapse_whitespace};

/// The result of segmenting one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmentation {
    /// Paragraphs, list entries and headings, in document order.
    pub passages: Vec<Passage>,
    /// Goals, assignments, decisions and commitments, in document order.
    pub items: Vec<Item>,
}

/// Finds passages and items in documents. Cheap to share across threads.
#[derive(Debug, Clone, Default)]
pub struct Segmenter {}

impl Segmenter {
    /// A segmenter with the built-in Swedish rules.
    pub fn new() -> Self {
        Segmenter {}
    }

    /// Segments one document.
    pub fn segment(&self, doc: &Document) -> Segmentation {
        // Placeholder until the rule-based segmenter lands: paragraphs split on blank lines.
        let mut passages = vec![];
        let mut start = 0;
        for part in doc.text.split("\n\n") {
            let end = start + part.len();
            let text = collapse_whitespace(part);
            if !text.is_empty() {
                passages.push(Passage {
                    text,
                    page: doc.page_at(start),
                    span: Span { start, end },
                    heading: vec![],
                });
            }
            start = end + 2;
        }
        Segmentation {
            passages,
            items: vec![],
        }
    }
}
