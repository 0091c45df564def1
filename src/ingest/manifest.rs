//! `manifest.csv`: per-folder metadata (`file,municipality,doc_type,year,title`; extra columns
//! are allowed and ignored).

use crate::error::{Error, Result};
use crate::model::{MetaSource, Metadata};
use std::collections::HashMap;
use std::path::Path;

/// The file name looked for in every folder.
pub const MANIFEST_NAME: &str = "manifest.csv";

/// Metadata per file name, from one manifest.
pub type Manifest = HashMap<String, Metadata>;

/// The reason given when a `manifest.csv` has no `file` column: some other program's CSV that
/// happens to have the name, which styrdok ignores rather than failing the folder's documents.
pub const NOT_A_MANIFEST: &str = "no `file` column in the header";

/// Reads a manifest. Keys are the `file` column as written (a file name, or a path relative to
/// the manifest's folder with `/` separators).
pub fn read(path: &Path) -> Result<Manifest> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    parse(&bytes).map_err(|(line, reason)| Error::Manifest {
        path: path.to_owned(),
        line,
        reason,
    })
}

/// Parses manifest bytes; errors carry a line number and reason.
pub fn parse(bytes: &[u8]) -> std::result::Result<Manifest, (u64, String)> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = rdr.headers().map_err(|e| (1, e.to_string()))?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let file_col = col("file").ok_or((1, NOT_A_MANIFEST.to_string()))?;
    let (muni, dtype, year, title) = (
        col("municipality"),
        col("doc_type"),
        col("year"),
        col("title"),
    );
    let mut out = Manifest::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| (e.position().map_or(0, |p| p.line()), e.to_string()))?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let Some(file) = get(Some(file_col)) else {
            continue;
        };
        let year = match get(year) {
            Some(y) => Some(
                y.parse::<i32>()
                    .map_err(|_| (line, format!("year {y:?} is not a number")))?,
            ),
            None => None,
        };
        let src = |v: &Option<_>| v.as_ref().map(|_| MetaSource::Manifest);
        let municipality = get(muni);
        let doc_type = get(dtype);
        let title = get(title);
        out.insert(
            file,
            Metadata {
                municipality_source: src(&municipality),
                doc_type_source: src(&doc_type),
                year_source: year.map(|_| MetaSource::Manifest),
                title_source: src(&title),
                municipality,
                doc_type,
                year,
                title,
            },
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_in_any_order_with_extras() {
        let m = parse(
            "title,extra,file,year,municipality,doc_type\n\"Plan, reviderad\",x,a.txt,2021,Umeå,handlingsplan\nb.pdf,,b.pdf,,,\n"
                .as_bytes(),
        )
        .unwrap();
        let a = &m["a.txt"];
        assert_eq!(a.municipality.as_deref(), Some("Umeå"));
        assert_eq!(a.year, Some(2021));
        assert_eq!(a.title.as_deref(), Some("Plan, reviderad"));
        assert_eq!(a.municipality_source, Some(MetaSource::Manifest));
        let b = &m["b.pdf"];
        assert_eq!(b.municipality, None);
        assert_eq!(b.municipality_source, None);
    }

    #[test]
    fn bad_year_names_the_line() {
        let e = parse(b"file,year\na.txt,2020\nb.txt,tjugo\n").unwrap_err();
        assert_eq!(e.0, 3);
        assert!(e.1.contains("tjugo"));
    }

    #[test]
    fn missing_file_column_is_an_error() {
        assert!(parse(b"name,year\na,1\n").is_err());
    }
}
