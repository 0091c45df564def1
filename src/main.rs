//! The `styrdok` binary: parse the command line, run one subcommand, map errors to exit codes.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code.into(),
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                // A closed pipe (`styrdok … | head`) is success, as in ripgrep.
                return cli::Exit::Ok.into();
            }
            eprintln!("styrdok: error: {err:#}");
            cli::Exit::Fatal.into()
        }
    }
}
