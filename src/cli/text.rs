//! `styrdok text FILE`: print a document's normalised text.

use super::Exit;
use anyhow::{Context, bail};
use std::io::Write;
use std::path::PathBuf;
use styrdok::ingest::{self, Found};

/// Print the text of one document (plain text in any encoding, or PDF), normalised to NFC with
/// LF line ends; pages are separated by a form feed.
///
/// Examples:
///   styrdok text corpus/004_111002b133b95e73.txt | less
///   styrdok text report.pdf > report.txt
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The file to read. Warnings (undecodable bytes, unmapped glyphs, no text layer…) go to
    /// stderr.
    file: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<Exit> {
    let found = ingest::discover(&[&args.file]);
    let Some(f) = found.into_iter().next() else {
        bail!("{}: nothing to read", args.file.display());
    };
    let doc = match f {
        Found::Document {
            path,
            format,
            manifest,
        } => ingest::load(&path, format, manifest.as_ref())?,
        Found::Skipped { path, reason } => bail!("{}: {reason}", path.display()),
        Found::Failed { path, error } => bail!("{}: {error}", path.display()),
    };
    for w in &doc.warnings {
        eprintln!("styrdok: warning: {}: {w}", doc.path.display());
    }
    let mut out = std::io::stdout().lock();
    out.write_all(doc.text.as_bytes())
        .and_then(|_| {
            if doc.text.ends_with('\n') || doc.text.is_empty() {
                Ok(())
            } else {
                out.write_all(b"\n")
            }
        })
        .context("writing text")?;
    Ok(Exit::Ok)
}
