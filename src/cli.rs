//! Command-line arguments: one clap `Args` struct per verb, dispatched to
//! `commands/<verb>.rs`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

pub const EXIT_CODES: &str = "Exit codes: 0 ok (warnings about single files do not change it), \
1 no result, 2 error (bad arguments, no store, nothing could be read, the store could not be written).";

#[derive(Debug, Parser)]
#[command(
    name = "incidex",
    version,
    about = "Offline analytics over a folder of incident postmortems",
    long_about = "incidex turns a folder of incident postmortems (Markdown or plain text) into facts: \
it extracts dates, times, durations, impact, root cause, detection, resolution and action items \
with the line each came from, stores them in a Parquet table and a tantivy index, and answers \
questions about them.",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the facts of postmortems and print them (no store needed)
    #[command(
        after_help = "Examples:\n  incidex extract corpus/\n  incidex extract --format table corpus/2024-*.md\n  incidex extract --format json one.md | jq .provenance\n\n\
Prints one record per postmortem with every field of the extraction contract, `path`, \
`provenance` (the line each value came from, or \"front-matter\" / \"derived\") and `confidence`.\n\n\
Exit codes: 0 ok, 1 no postmortem could be read, 2 error."
    )]
    Extract(ExtractArgs),
    /// Ingest a folder of postmortems into the store (Parquet table + full-text index)
    #[command(
        after_help = "Examples:\n  incidex ingest                     # corpus/ into .incidex/\n  incidex ingest ~/postmortems --store /tmp/pm\n  INCIDEX_STORE=/data/pm incidex ingest docs/incidents\n\n\
Incremental: files whose content hash is unchanged are not extracted again; changed files are \
re-extracted; deleted files leave the table and the index. Atomic: the new store is built beside \
the old one and swapped in at the end, so a failed or killed ingest leaves the previous store \
readable. A second ingest on the same store while one runs is refused.\n\n\
Exit codes: 0 ok (files that could not be read are warnings and do not change it), \
2 nothing could be ingested, the store is locked, or it could not be written."
    )]
    Ingest(IngestArgs),
    /// Show how each field of one postmortem was extracted, and what lost
    #[command(
        after_help = "Examples:\n  incidex explain corpus/2024-03-12-checkout-memory-leak.md\n  incidex explain --format json notes/outage.md | jq '.fields[] | select(.field==\"end\")'\n\n\
For every field: the value, the line it came from, the rule that fired, its confidence (0-1), \
and the other candidates that were considered with the reason each lost.\n\n\
Exit codes: 0 ok, 2 the file could not be read."
    )]
    Explain(ExplainArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The postmortem file
    pub path: PathBuf,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
    /// Refuse files larger than this many bytes
    #[arg(long, default_value_t = crate::corpus::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum RecordFormat {
    Jsonl,
    Json,
    Table,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files or directories (walked for .md, .markdown and .txt files)
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: RecordFormat,
    /// Skip files larger than this many bytes
    #[arg(long, default_value_t = crate::corpus::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

#[derive(Debug, clap::Args)]
pub struct StoreArg {
    /// The store directory
    #[arg(long, env = "INCIDEX_STORE", default_value = ".incidex")]
    pub store: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// The corpus directory
    #[arg(default_value = "corpus")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub store: StoreArg,
    /// Skip files larger than this many bytes
    #[arg(long, default_value_t = crate::corpus::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Re-extract every file even if unchanged
    #[arg(long)]
    pub force: bool,
    /// Print nothing but warnings and errors
    #[arg(long, short)]
    pub quiet: bool,
}
