//! Questions asked of the store: full-text search (tantivy), and later SQL
//! and reliability metrics (polars).

pub mod search;
