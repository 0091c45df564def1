//! `styrdok show` (not implemented yet).

use super::Exit;

/// Not implemented yet.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<Exit> {
    anyhow::bail!("`styrdok show` is not implemented yet")
}
