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

pub mod cli;
pub mod commands;
pub mod corpus;
pub mod error;
pub mod extract;
pub mod period;
pub mod pipeline;
pub mod query;
pub mod render;
pub mod schema;
pub mod store;
pub mod text;
