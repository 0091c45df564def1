//! Writers for items: CSV and JSON Lines, to any `io::Write`, one record at a time.
//!
//! Both writers stream: they hold one row in memory, so exporting a million items takes no more
//! memory than exporting ten. They only format; choosing and ordering the items is the caller's
//! job (`styrdok export` sorts by municipality, document and position in the document).
//!
//! # The CSV columns (a stable contract)
//!
//! Later versions only append columns; they never rename, drop or reorder these.
//!
//! | column         | content                                                                  |
//! |----------------|--------------------------------------------------------------------------|
//! | `id`           | stable item id, `<document id>:<byte offset>`                            |
//! | `municipality` | municipality of the document (empty if unknown)                          |
//! | `doc_type`     | document type: `budget`, `protokoll`, `strategi`, … (empty if unknown)   |
//! | `doc_title`    | document title                                                           |
//! | `doc_year`     | document year                                                            |
//! | `file`         | file name of the document                                                |
//! | `page`         | 1-based page where the item starts                                       |
//! | `kind`         | `assignment`, `decision`, `goal` or `commitment`                         |
//! | `status`       | `proposed`, `decided` or `scheduled` (assignments and decisions)         |
//! | `assignee`     | who must carry out an assignment                                         |
//! | `assigner`     | who gives the assignment                                                 |
//! | `body`         | who decides (or proposes) a decision                                     |
//! | `years`        | years the item or its heading names, joined with `;` (`2023;2025`)       |
//! | `heading`      | the headings above the item, outermost first, joined with ` > `          |
//! | `text`         | the item text, whitespace collapsed, line-end hyphenation rejoined       |
//! | `rule`         | id of the rule that classified the item                                  |
//!
//! Missing values are empty cells. The first line is the header. Text containing the delimiter,
//! quotes or line breaks is quoted as RFC 4180 says (the `csv` crate does the quoting).
//!
//! With [`CsvOptions::excel`] the file is written for a spreadsheet with Swedish settings:
//! UTF-8 with a byte-order mark (so Excel reads å, ä, ö right), `;` between cells, CRLF line
//! ends, and any cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets an
//! apostrophe in front of it so the spreadsheet shows it as text and never runs it as a
//! formula (CSV injection). Strip one leading `'` from such cells to get the original text.
//!
//! # The JSON Lines fields
//!
//! One JSON object per line with these keys, in this order and with their natural types:
//! `id`, `doc` (file name), `file` (file name), `municipality`, `doc_type`, `doc_title`,
//! `doc_year` (number or null), `page` (number), `start` and `end` (byte offsets into the
//! normalised document text), `kind`, `status`, `assignee`, `assigner`, `body`, `year` and
//! `years` (the same array of numbers), `heading` (array of strings), `text`, `rule`.
//! Missing values are `null`. `styrdok extract` writes the same objects.

mod csv;
mod jsonl;

pub use self::csv::{CsvOptions, CsvWriter, write_csv};
pub use self::jsonl::{JsonRecord, write_jsonl, write_jsonl_record};

use crate::model::ItemRecord;

/// The CSV header, in column order. See the [module docs](self) for what each column holds.
pub const COLUMNS: [&str; 16] = [
    "id",
    "municipality",
    "doc_type",
    "doc_title",
    "doc_year",
    "file",
    "page",
    "kind",
    "status",
    "assignee",
    "assigner",
    "body",
    "years",
    "heading",
    "text",
    "rule",
];

/// What joins the years of the `years` column.
pub const YEAR_SEPARATOR: &str = ";";

/// What joins the heading path of the `heading` column.
pub const HEADING_SEPARATOR: &str = " > ";

/// The cells of one CSV row, in [`COLUMNS`] order, before any Excel neutralising.
pub fn csv_cells(r: &ItemRecord) -> [String; 16] {
    let it = &r.item;
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    [
        it.id(),
        opt(&it.municipality),
        opt(&r.doc_type),
        opt(&r.doc_title),
        r.doc_year.map(|y| y.to_string()).unwrap_or_default(),
        it.file.clone(),
        it.page.to_string(),
        it.kind.as_str().to_string(),
        it.status
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
        opt(&it.assignee),
        opt(&it.assigner),
        opt(&it.body),
        it.years
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(YEAR_SEPARATOR),
        it.heading.join(HEADING_SEPARATOR),
        it.text.clone(),
        it.rule.clone(),
    ]
}
