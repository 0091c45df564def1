//! CLI tests: one integration binary, a module per subcommand (see `util.rs` for the helpers).

mod inspect;
mod text;
mod util;
