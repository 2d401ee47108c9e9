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
    /// Full-text search of past incidents (BM25, stemming, filters)
    #[command(after_help = SEARCH_HELP)]
    Search(SearchArgs),
    /// Incidents most like a given one (more-like-this), with the shared terms
    #[command(after_help = SIMILAR_HELP)]
    Similar(SimilarArgs),
}

const SEARCH_HELP: &str = "Query language (tantivy): words (all must match; stemmed, so `leaks` finds `leak`), \
\"phrases\", AND / OR / NOT, -word, parentheses, prefix* and field:term on the sections \
title, summary, rootcause, timeline, recovery, body, or the categories root_cause, detection, resolution.\n\
Ranking: BM25; a hit in the title (x3) or the root-cause section (x2.5) counts more than one in the body.\n\
Filters are part of the query: --cause/--detection/--resolution match the category exactly; \
--since/--until are inclusive dates (YYYY-MM-DD) on the incident's date (undated incidents never match a date filter); \
--min-minutes keeps incidents whose start-to-end window is at least N minutes.\n\n\
Examples:\n  incidex search \"connection pool\"\n  incidex search leak --cause memory-leak --since 2024-03-01\n  \
incidex search 'rootcause:nginx OR timeline:rollback' --limit 5\n  incidex search 'pay*' --format json | jq '.hits[].path'\n\n\
Exit codes: 0 hits found, 1 no hits, 2 error (bad query, no store).";

const SIMILAR_HELP: &str = "Given a stored incident (its path as shown by `search`), a postmortem file, or --text, \
finds the incidents whose summary and root cause share the most distinctive terms (tf-idf), \
and prints the terms each shares. The incident itself is never its own hit.\n\n\
Examples:\n  incidex similar corpus/2024-03-12-checkout-memory-leak.md\n  \
incidex similar --text \"redis connection pool exhausted during the sale\" --limit 3\n  \
incidex similar new-postmortem.md --format json\n\n\
Exit codes: 0 similar incidents found, 1 none, 2 error.";

#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Only this root-cause category (e.g. memory-leak)
    #[arg(long)]
    pub cause: Option<String>,
    /// Only this detection category (monitoring, customer-report, internal-report, unknown)
    #[arg(long)]
    pub detection: Option<String>,
    /// Only this resolution category (rollback, restart, hotfix, config-fix, ...)
    #[arg(long)]
    pub resolution: Option<String>,
    /// Incidents on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Incidents on or before this date (YYYY-MM-DD)
    #[arg(long)]
    pub until: Option<String>,
    /// Incidents whose start-to-end window is at least this many minutes
    #[arg(long)]
    pub min_minutes: Option<i64>,
}

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The query (`*` for all incidents, with filters)
    pub query: String,
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// At most this many hits
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
}

#[derive(Debug, clap::Args)]
pub struct SimilarArgs {
    /// A stored incident's path, or a postmortem file
    #[arg(required_unless_present = "text", conflicts_with = "text")]
    pub incident: Option<String>,
    /// Find incidents similar to this text instead
    #[arg(long)]
    pub text: Option<String>,
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
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
