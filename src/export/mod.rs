//! Writers for items: CSV and JSON Lines, to any `io::Write`.
