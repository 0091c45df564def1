//! The index schema: every field name and [`SCHEMA_VERSION`]. Nothing outside this module spells a
//! field name.
//!
//! One tantivy document is one *unit*: a document (its title, with the document's summary
//! stored), a passage, or an item. All units of a document share its `doc_id`, so replacing a
//! changed file is one delete-by-term.

use super::analyzer;
use tantivy::IndexSettings;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::store::{Compressor, ZstdCompressor};

/// Version of the index layout and text analysis. Bump it whenever a field, an analyzer or the
/// compound lexicon changes; an index of another version is refused with
/// [`crate::Error::SchemaVersion`].
///
/// Version 2: no positions in `text` (phrases and prefixes run on `exact`), no field norms in
/// the keyword fields (they are filters, never scored), and zstd for the stored units.
pub const SCHEMA_VERSION: u32 = 2;

/// `unit`: `document`, `passage` or `item` (indexed, fast).
pub const UNIT: &str = "unit";
/// `id`: the unit's id (`<doc_id>`, `<doc_id>:p<start>`, `<doc_id>:<start>`).
pub const ID: &str = "id";
/// `doc_id`: the document's content hash.
pub const DOC_ID: &str = "doc_id";
/// `path`: the document's path (document units only), for incremental ingest.
pub const PATH: &str = "path";
/// `text`: main full-text field, Swedish analysis with compound parts.
pub const TEXT: &str = "text";
/// `exact`: lower-cased words only, for phrases and prefixes.
pub const EXACT: &str = "exact";
/// `kind`: item kind (items only).
pub const KIND: &str = "kind";
/// `municipality`: municipality as written (fast, for facets).
pub const MUNICIPALITY: &str = "municipality";
/// `municipality_key`: lower-cased municipality (for filters).
pub const MUNICIPALITY_KEY: &str = "municipality_key";
/// `doc_type`: lower-cased document type.
pub const DOC_TYPE: &str = "doc_type";
/// `status`: item status.
pub const STATUS: &str = "status";
/// `year`: the item's years, or else the document's year (multi-valued).
pub const YEAR: &str = "year";
/// `data`: the unit as stored JSON.
pub const DATA: &str = "data";

/// Unit names.
pub const UNIT_DOCUMENT: &str = "document";
/// Unit name of passages.
pub const UNIT_PASSAGE: &str = "passage";
/// Unit name of items.
pub const UNIT_ITEM: &str = "item";

/// Handles of every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// See [`UNIT`].
    pub unit: Field,
    /// See [`ID`].
    pub id: Field,
    /// See [`DOC_ID`].
    pub doc_id: Field,
    /// See [`PATH`].
    pub path: Field,
    /// See [`TEXT`].
    pub text: Field,
    /// See [`EXACT`].
    pub exact: Field,
    /// See [`KIND`].
    pub kind: Field,
    /// See [`MUNICIPALITY`].
    pub municipality: Field,
    /// See [`MUNICIPALITY_KEY`].
    pub municipality_key: Field,
    /// See [`DOC_TYPE`].
    pub doc_type: Field,
    /// See [`STATUS`].
    pub status: Field,
    /// See [`YEAR`].
    pub year: Field,
    /// See [`DATA`].
    pub data: Field,
}

/// Builds the schema.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    let full_text = |tokenizer: &str, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(record),
        )
    };
    // A keyword: one untokenised term, matched as a filter or a key and never scored, so it
    // needs no field norms (tantivy's `STRING` keeps them: one byte per unit and field).
    let keyword = || {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_fieldnorms(false)
                .set_index_option(IndexRecordOption::Basic),
        )
    };
    b.add_text_field(UNIT, keyword() | FAST);
    b.add_text_field(ID, keyword());
    b.add_text_field(DOC_ID, keyword());
    b.add_text_field(PATH, keyword());
    // Words are scored by BM25 on `text`; phrases and prefixes are matched on `exact`, so only
    // `exact` keeps positions.
    b.add_text_field(
        TEXT,
        full_text(analyzer::MAIN, IndexRecordOption::WithFreqs),
    );
    b.add_text_field(
        EXACT,
        full_text(analyzer::EXACT, IndexRecordOption::WithFreqsAndPositions),
    );
    b.add_text_field(KIND, keyword() | FAST);
    b.add_text_field(MUNICIPALITY, keyword() | FAST);
    b.add_text_field(MUNICIPALITY_KEY, keyword());
    b.add_text_field(DOC_TYPE, keyword());
    b.add_text_field(STATUS, keyword());
    b.add_i64_field(YEAR, INDEXED | FAST);
    b.add_text_field(DATA, STORED);
    b.build()
}

/// Index settings: stored units compressed with zstd, which makes the store (most of the index)
/// about half the size LZ4 makes it, at a cost only to the few units a search shows.
pub fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(STORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: STORE_BLOCK_BYTES,
        ..IndexSettings::default()
    }
}

const STORE_ZSTD_LEVEL: i32 = 6;
const STORE_BLOCK_BYTES: usize = 65_536;

/// Looks up the field handles in a schema built by [`build`].
pub fn fields(schema: &Schema) -> tantivy::Result<Fields> {
    Ok(Fields {
        unit: schema.get_field(UNIT)?,
        id: schema.get_field(ID)?,
        doc_id: schema.get_field(DOC_ID)?,
        path: schema.get_field(PATH)?,
        text: schema.get_field(TEXT)?,
        exact: schema.get_field(EXACT)?,
        kind: schema.get_field(KIND)?,
        municipality: schema.get_field(MUNICIPALITY)?,
        municipality_key: schema.get_field(MUNICIPALITY_KEY)?,
        doc_type: schema.get_field(DOC_TYPE)?,
        status: schema.get_field(STATUS)?,
        year: schema.get_field(YEAR)?,
        data: schema.get_field(DATA)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_resolves() {
        let schema = build();
        let f = fields(&schema).unwrap();
        assert_eq!(schema.get_field_name(f.text), TEXT);
        assert_eq!(schema.get_field_name(f.data), DATA);
        assert_eq!(schema.num_fields(), 13);
    }
}
