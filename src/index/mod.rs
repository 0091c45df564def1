//! The tantivy index of documents, passages and items. The only module that names tantivy fields.
