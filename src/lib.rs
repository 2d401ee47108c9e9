//! incidex: offline analytics over a corpus of incident postmortems.
//!
//! The pipeline, each stage feeding the next and never reaching back:
//!
//! ```text
//! corpus::walk        parallel walk, bad files become warnings
//! corpus::document    front matter + pulldown-cmark -> classified lines, sections
//! extract::*          one module per fact, candidates -> resolver -> Incident
//! store               .incidex/: incidents.parquet, tantivy index, manifest
//! query               SQL, saved queries, reliability metrics
//! render              tables, JSON/CSV, charts, reports
//! ```
//!
//! The CLI (`cli`, `commands`) only wires the stages together.
//!
//! The `engine` feature (on by default) holds everything above one file's
//! extraction: `store`, `query`, `render`, `cli`, `commands` and the store's
//! `error`. Without it the crate is the text, corpus, extract and pipeline
//! layers alone, which is what the fuzz targets in `fuzz/` link.

#[cfg(feature = "engine")]
pub mod cli;
#[cfg(feature = "engine")]
pub mod commands;
pub mod corpus;
#[cfg(feature = "engine")]
pub mod error;
pub mod extract;
pub mod period;
pub mod pipeline;
#[cfg(feature = "engine")]
pub mod query;
#[cfg(feature = "engine")]
pub mod render;
pub mod schema;
#[cfg(feature = "engine")]
pub mod store;
pub mod text;
