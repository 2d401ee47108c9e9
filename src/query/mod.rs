//! Questions asked of the store: full-text search (tantivy), and later SQL
//! and reliability metrics (polars).

pub mod metrics;
pub mod recurrence;
pub mod search;
pub mod sql;
pub mod stats;
pub mod table;
