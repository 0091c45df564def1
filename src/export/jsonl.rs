//! The JSON Lines writer, shared by `styrdok export` and `styrdok extract`.

use crate::model::{ItemKind, ItemRecord, Status};
use serde::Serialize;
use std::borrow::Borrow;
use std::io::{self, Write};

/// One item as a JSON Lines object, borrowing from its [`ItemRecord`]. The field order here is
/// the key order in the output; see the [module docs](super) for the contract.
#[derive(Debug, Serialize)]
pub struct JsonRecord<'a> {
    /// Item id, `<document id>:<start>`.
    pub id: String,
    /// File name (kept under this key for tools that call it the document).
    pub doc: &'a str,
    /// File name.
    pub file: &'a str,
    /// Municipality.
    pub municipality: Option<&'a str>,
    /// Document type.
    pub doc_type: Option<&'a str>,
    /// Document title.
    pub doc_title: Option<&'a str>,
    /// Document year.
    pub doc_year: Option<i32>,
    /// 1-based page.
    pub page: u32,
    /// First byte of the item in the normalised document text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Kind.
    pub kind: ItemKind,
    /// Status.
    pub status: Option<Status>,
    /// Who must carry out an assignment.
    pub assignee: Option<&'a str>,
    /// Who gives the assignment.
    pub assigner: Option<&'a str>,
    /// Who decides a decision.
    pub body: Option<&'a str>,
    /// Years named by the item or its heading.
    pub year: &'a [i32],
    /// The same years (both keys are part of the contract).
    pub years: &'a [i32],
    /// Heading path, outermost first.
    pub heading: &'a [String],
    /// Item text.
    pub text: &'a str,
    /// Rule that classified the item.
    pub rule: &'a str,
}

impl<'a> From<&'a ItemRecord> for JsonRecord<'a> {
    fn from(r: &'a ItemRecord) -> Self {
        let it = &r.item;
        JsonRecord {
            id: it.id(),
            doc: &it.file,
            file: &it.file,
            municipality: it.municipality.as_deref(),
            doc_type: r.doc_type.as_deref(),
            doc_title: r.doc_title.as_deref(),
            doc_year: r.doc_year,
            page: it.page,
            start: it.span.start,
            end: it.span.end,
            kind: it.kind,
            status: it.status,
            assignee: it.assignee.as_deref(),
            assigner: it.assigner.as_deref(),
            body: it.body.as_deref(),
            year: &it.years,
            years: &it.years,
            heading: &it.heading,
            text: &it.text,
            rule: &it.rule,
        }
    }
}

/// Writes one record as one line of JSON.
pub fn write_jsonl_record<W: Write>(r: &ItemRecord, mut w: W) -> io::Result<()> {
    serde_json::to_writer(&mut w, &JsonRecord::from(r))?;
    w.write_all(b"\n")
}

/// Writes `records` as JSON Lines and returns how many lines were written.
pub fn write_jsonl<I, W>(records: I, mut w: W) -> io::Result<usize>
where
    I: IntoIterator,
    I::Item: Borrow<ItemRecord>,
    W: Write,
{
    let mut n = 0;
    for r in records {
        write_jsonl_record(r.borrow(), &mut w)?;
        n += 1;
    }
    w.flush()?;
    Ok(n)
}
