//! Cross-municipality comparison over plain structs.
