//! Command-line interface: one file per subcommand, each with a clap `Args` struct (whose doc
//! comments are the `--help`) and a `run` function that calls the library.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::Path;

mod compare;
mod export;
mod extract;
mod ingest;
mod inspect;
mod search;
mod show;
mod text;

/// Exit status: 0 = everything ok, 1 = finished but some inputs failed (each reported),
/// 2 = usage or fatal error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// All inputs were handled.
    Ok = 0,
    /// Finished, but some inputs failed; each failure was reported.
    Partial = 1,
    /// Usage or fatal error.
    Fatal = 2,
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e as u8)
    }
}

impl Exit {
    /// `Partial` if any input failed, else `Ok`.
    pub fn from_failures(failed: usize) -> Exit {
        if failed > 0 { Exit::Partial } else { Exit::Ok }
    }
}

/// Compare Swedish municipal policy documents (styrdokument).
///
/// styrdok reads PDFs and plain text files, finds their goals (mål), assignments (uppdrag),
/// decisions (beslut) and commitments (åtaganden), indexes them with Swedish text analysis,
/// and lets you search, export and compare them across municipalities.
///
/// Start with `styrdok ingest corpus` and `styrdok search upphandling`.
#[derive(Debug, Parser)]
#[command(name = "styrdok", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Text(text::Args),
    Inspect(inspect::Args),
    Extract(extract::Args),
    Ingest(ingest::Args),
    Search(search::Args),
    Show(show::Args),
    Export(export::Args),
    Compare(compare::Args),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        Command::Text(a) => text::run(a),
        Command::Inspect(a) => inspect::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Search(a) => search::run(a),
        Command::Show(a) => show::run(a),
        Command::Export(a) => export::run(a),
        Command::Compare(a) => compare::run(a),
    }
}

/// True if the error is a write to a closed pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints the end-of-batch summary on stderr: "N ok, M failed, K skipped".
pub fn print_summary(ok: usize, failed: usize, skipped: usize) {
    eprintln!("styrdok: {ok} ok, {failed} failed, {skipped} skipped");
}

/// The `--errors` file of batch commands: one JSON object per failed input,
/// `{"file": …, "status": "failed", "reason": …}`.
pub struct ErrorLog(Option<std::io::BufWriter<std::fs::File>>);

impl ErrorLog {
    pub fn create(path: Option<&Path>) -> anyhow::Result<ErrorLog> {
        Ok(ErrorLog(match path {
            Some(p) => Some(std::io::BufWriter::new(
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
            )),
            None => None,
        }))
    }

    pub fn log(&mut self, path: &Path, reason: &str) -> anyhow::Result<()> {
        if let Some(w) = self.0.as_mut() {
            let line = serde_json::json!({"file": path.display().to_string(), "status": "failed", "reason": reason});
            writeln!(w, "{line}").context("writing --errors file")?;
        }
        Ok(())
    }

    pub fn finish(self) -> anyhow::Result<()> {
        if let Some(mut w) = self.0 {
            w.flush().context("writing --errors file")?;
        }
        Ok(())
    }
}

/// Writes rows as an aligned table with a header: columns separated by two spaces, each padded
/// to its widest cell (in characters), the last column never padded. Rows with fewer cells than
/// the header (a "skipped: reason" line) are printed as they are and do not widen the columns.
pub fn write_table<S: AsRef<str>>(
    out: &mut dyn Write,
    head: &[&str],
    rows: &[Vec<S>],
) -> std::io::Result<()> {
    let mut width: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for r in rows.iter().filter(|r| r.len() == head.len()) {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.as_ref().chars().count());
        }
    }
    let mut line = |cells: &mut dyn Iterator<Item = &str>| -> std::io::Result<()> {
        let cells: Vec<&str> = cells.collect();
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                let pad = width.get(i).copied().unwrap_or(0);
                s.extend(std::iter::repeat_n(
                    ' ',
                    pad.saturating_sub(c.chars().count()),
                ));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(&mut head.iter().copied())?;
    for r in rows {
        line(&mut r.iter().map(AsRef::as_ref))?;
    }
    Ok(())
}
