//! The CSV writer: plain RFC 4180 CSV, or a spreadsheet-safe variant for Excel.

use super::{COLUMNS, csv_cells};
use crate::model::ItemRecord;
use std::borrow::{Borrow, Cow};
use std::io::{self, Write};

/// How to write CSV.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Write for Excel with Swedish settings: UTF-8 byte-order mark, `;` as delimiter, CRLF line
    /// ends, and cells that would start a formula prefixed with an apostrophe.
    pub excel: bool,
}

/// Writes items as CSV rows, one at a time. The header is written by [`CsvWriter::new`].
///
/// ```
/// use styrdok::export::{CsvOptions, CsvWriter};
/// let mut w = CsvWriter::new(Vec::new(), &CsvOptions { excel: true }).unwrap();
/// // w.write(&record)? for every record, then:
/// let bytes = w.finish().unwrap();
/// assert!(bytes.starts_with("\u{feff}id;municipality;".as_bytes()));
/// ```
pub struct CsvWriter<W: Write> {
    inner: ::csv::Writer<W>,
    excel: bool,
}

impl<W: Write> CsvWriter<W> {
    /// Starts a CSV file on `w`: the byte-order mark (Excel mode) and the header line.
    pub fn new(mut w: W, opts: &CsvOptions) -> io::Result<Self> {
        if opts.excel {
            w.write_all("\u{feff}".as_bytes())?;
        }
        let mut b = ::csv::WriterBuilder::new();
        if opts.excel {
            b.delimiter(b';').terminator(::csv::Terminator::CRLF);
        }
        let mut inner = b.from_writer(w);
        inner.write_record(COLUMNS)?;
        Ok(CsvWriter {
            inner,
            excel: opts.excel,
        })
    }

    /// Writes one record as one row.
    pub fn write(&mut self, r: &ItemRecord) -> io::Result<()> {
        let cells = csv_cells(r);
        if self.excel {
            self.inner
                .write_record(cells.iter().map(|c| neutralize_formula(c).into_owned()))?;
        } else {
            self.inner.write_record(&cells)?;
        }
        Ok(())
    }

    /// Flushes and returns the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        self.inner
            .into_inner()
            .map_err(|e| io::Error::new(e.error().kind(), e.error().to_string()))
    }
}

/// Writes `records` as CSV (header first) and returns how many rows were written.
pub fn write_csv<I, W>(records: I, w: W, opts: &CsvOptions) -> io::Result<usize>
where
    I: IntoIterator,
    I::Item: Borrow<ItemRecord>,
    W: Write,
{
    let mut cw = CsvWriter::new(w, opts)?;
    let mut n = 0;
    for r in records {
        cw.write(r.borrow())?;
        n += 1;
    }
    cw.finish()?;
    Ok(n)
}

/// Prefixes a cell with `'` if a spreadsheet would read it as a formula: it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return (the OWASP list for CSV injection).
pub fn neutralize_formula(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_other_cells_kept() {
        assert_eq!(neutralize_formula("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralize_formula("+46 40"), "'+46 40");
        assert_eq!(neutralize_formula("-1"), "'-1");
        assert_eq!(neutralize_formula("@x"), "'@x");
        assert_eq!(neutralize_formula("\tx"), "'\tx");
        assert_eq!(neutralize_formula("\rx"), "'\rx");
        assert_eq!(neutralize_formula("a=b"), "a=b");
        assert_eq!(neutralize_formula(""), "");
        assert!(matches!(neutralize_formula("Malmö"), Cow::Borrowed(_)));
    }

    #[test]
    fn empty_export_is_just_the_header() {
        let out = write_csv(Vec::<ItemRecord>::new(), Vec::new(), &CsvOptions::default());
        assert_eq!(out.unwrap(), 0);
        let mut buf = Vec::new();
        write_csv(
            Vec::<ItemRecord>::new(),
            &mut buf,
            &CsvOptions { excel: true },
        )
        .unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s, format!("\u{feff}{}\r\n", COLUMNS.join(";")));
    }
}
