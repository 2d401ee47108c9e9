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
        after_help = "Prints one record per postmortem with every field of the extraction contract, `path`, `provenance` (the line each value came from, or \"front-matter\" / \"derived\") and `confidence`.\n\nExit codes: 0 ok, 1 no postmortem could be read, 2 error.\n\nExamples:\n  incidex extract corpus/\n  incidex extract --format table corpus/2024-*.md\n  incidex extract --format json one.md | jq .provenance"
    )]
    Extract(ExtractArgs),
    /// Ingest a folder of postmortems into the store (Parquet table + full-text index)
    #[command(
        after_help = "Incremental: files whose content hash is unchanged are not extracted again (unless the store was written by other extraction code: then every file is extracted again); changed files are re-extracted; deleted files leave the table and the index. Atomic: the new store is built beside the old one and swapped in at the end, so a failed or killed ingest leaves the previous store readable. A second ingest on the same store while one runs is refused.\n\nExit codes: 0 ok (files that could not be read are warnings and do not change it), 2 nothing could be ingested, the store is locked, or it could not be written.\n\nExamples:\n  incidex ingest                     # corpus/ into .incidex/\n  incidex ingest ~/postmortems --store /tmp/pm\n  INCIDEX_STORE=/data/pm incidex ingest docs/incidents"
    )]
    Ingest(IngestArgs),
    /// Show how each field of one postmortem was extracted, and what lost
    #[command(
        after_help = "For every field: the value, the line it came from, the rule that fired, its confidence (0-1), and the other candidates that were considered with the reason each lost.\n\nExit codes: 0 ok, 2 the file could not be read.\n\nExamples:\n  incidex explain corpus/2023-01-09-checkout-memory-leak.md\n  incidex explain --format json notes/outage.md | jq '.fields[] | select(.field==\"end\")'"
    )]
    Explain(ExplainArgs),
    /// Full-text search of past incidents (BM25, stemming, filters)
    #[command(after_help = SEARCH_HELP)]
    Search(SearchArgs),
    /// Incidents most like a given one (more-like-this), with the shared terms
    #[command(after_help = SIMILAR_HELP)]
    Similar(SimilarArgs),
    /// SQL over the incidents table (polars SQL; the table is `incidents`)
    #[command(
        after_help = sql_help()
    )]
    Sql(SqlArgs),
    /// Run a saved query from queries/NAME.sql
    #[command(
        after_help = query_help()
    )]
    Query(QueryArgs),
    /// Reliability metrics per period: time to resolve (median, p90, mean), time to detect
    #[command(after_help = METRICS_HELP)]
    Metrics(MetricsArgs),
    /// Trend charts (SVG or PNG): mttr, causes, detection, ttd
    #[command(
        after_help = "Charts:\n  mttr       per period: median time to resolve (bar) with its 95% interval (orange line), p90 (whisker), mean (dot), n above each bar\n  causes     root causes per period, stacked, one fixed colour per category\n  detection  the detection mix per period, stacked\n  ttd        distribution of time to detect and of detection to resolution, log-spaced minute bins\n\nExit codes: 0 written, 2 error.\n\nExamples:\n  incidex chart mttr --out mttr.svg\n  incidex chart causes --since 2024-01-01 --out causes.png --width 1200 --height 600\n  incidex chart ttd --out ttd.svg"
    )]
    Chart(ChartArgs),
    /// Write the reliability-review report (HTML + Markdown) for a quarter or a date range
    #[command(
        after_help = "The report holds: headline numbers with their n, the time-to-resolve trend against the four previous quarters, the top recurring root causes with the incidents behind each (linked), the longest incidents, the detection and resolution mix, action-item counts, and a data-quality section (what was left out of which figure and why). index.html is self-contained (inline CSS and SVG charts, no network).\n\nExit codes: 0 written, 1 no incident in the period, 2 error.\n\nExamples:\n  incidex report --quarter 2024-Q4         # reports/2024-Q4/index.html and report.md\n  incidex report --since 2024-01-01 --until 2024-06-30 --out /tmp/h1\n  incidex report                               # the latest quarter with incidents"
    )]
    Report(ReportArgs),
    /// What each postmortem's authors should fix so its numbers can be trusted
    #[command(
        after_help = "Rules: no-year, no-date, no-start-time, no-end-time, no-detection-time, duration-mismatch (stated duration vs start-to-end window, and by how much), no-time-zone, mixed-time-zones, unknown-root-cause, no-action-items, front-matter (malformed).\n\nExit codes: 0 nothing to fix, 1 findings (so a postmortem repository can run it in CI), 2 error.\n\nExamples:\n  incidex lint\n  incidex lint docs/postmortems --format json | jq '.[] | select(.findings != [])'"
    )]
    Lint(LintArgs),
    /// Write the incidents table as a dataset (Parquet or CSV, optionally Hive-partitioned by quarter) for DuckDB, Spark, pandas
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
}

const EXPORT_HELP: &str = "Layout:\n  DIR/incidents.parquet (or .csv)                          without --partition\n  DIR/quarter=2024-Q1/part-0.parquet                        --partition quarter: one folder per quarter (Hive)\n  DIR/quarter=__HIVE_DEFAULT_PARTITION__/part-0.parquet     undated incidents (read back as a null quarter)\nAs Hive does, the partition column is in the folder name, not in the files: readers add it back (as the last column). Parquet keeps the table's types (date as DATE, minutes as BIGINT, confidences as DOUBLE, start_utc/end_utc as TIMESTAMP UTC). CSV: a header row, RFC 4180 quoting, an empty cell for null. Rows are sorted by path, so the same store gives byte-identical files.\nThe dataset is written beside DIR and renamed into place: a failed export leaves no half dataset. A non-empty DIR is refused unless --overwrite, which replaces only a previous export (a folder holding other files is refused).\nRead back as one table: DuckDB `read_parquet('DIR/**/*.parquet', hive_partitioning = true)` (or `read_csv_auto`), pandas `pd.read_parquet('DIR')`, Spark `spark.read.parquet('DIR')`.\n\nExit codes: 0 written, 2 error (no store, DIR not empty, it could not be written).\n\nExamples:\n  incidex export /tmp/incidents --partition quarter\n  incidex export out --format csv --overwrite\n  incidex export /data/incidents --partition quarter --store /data/pm";

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The folder to write (created; must be new or empty unless --overwrite)
    pub dir: PathBuf,
    #[arg(long, value_enum, default_value = "parquet")]
    pub format: crate::render::dataset::Format,
    /// Hive-partition the dataset: one folder per quarter
    #[arg(long, value_enum)]
    pub partition: Option<crate::render::dataset::Partition>,
    /// Replace a previous export in DIR
    #[arg(long)]
    pub overwrite: bool,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// The folder of postmortems (or one file)
    #[arg(default_value = "corpus")]
    pub dir: PathBuf,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
    #[arg(long, default_value_t = crate::corpus::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The quarter, e.g. 2024-Q2
    #[arg(long, conflicts_with_all = ["since", "until"])]
    pub quarter: Option<String>,
    /// First day of the period (YYYY-MM-DD)
    #[arg(long, requires = "until")]
    pub since: Option<String>,
    /// Last day of the period (YYYY-MM-DD)
    #[arg(long, requires = "since")]
    pub until: Option<String>,
    /// Output folder (default reports/<period>/)
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, clap::Args)]
pub struct ChartArgs {
    /// Which chart
    #[arg(value_enum)]
    pub kind: crate::render::chart::Kind,
    /// The file to write: .svg or .png
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, value_enum, default_value = "quarter")]
    pub by: crate::period::By,
    /// Incidents on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Incidents on or before this date (YYYY-MM-DD)
    #[arg(long)]
    pub until: Option<String>,
    /// Only this root-cause category
    #[arg(long)]
    pub cause: Option<String>,
    #[arg(long, default_value_t = 0.0)]
    pub min_confidence: f64,
    #[arg(long, default_value_t = 960)]
    pub width: u32,
    #[arg(long, default_value_t = 540)]
    pub height: u32,
}

const METRICS_HELP: &str = "Definitions:\n  time to resolve (TTR) = the start-to-end window (window_min) when the start and end times are known, else the duration the postmortem states (duration_stated_min), else the incident is left out of TTR; `ttr_from_stated` counts the values taken from a stated duration.\n  time to detect (TTD) = detected - start; detection to resolution = end - detected (medians).\n  Percentiles interpolate linearly between the nearest ranks. Incident durations are long-tailed: read the median and p90, not only the mean. Buckets with fewer than 5 TTR values are marked small (*).\n  median_95% / p90_95% = 95% intervals from order statistics (distribution-free, no random numbers): `?` is a bound the sample is too small to give (null in JSON and empty in CSV); fewer than 6 values never bound a median. ttr_geomean = geometric mean of the positive values, beside the mean.\n  ttr_cov = the share of the period's incidents the TTR figures rest on; `!` marks under 60% (JSON and CSV also give each figure's median confidence).\n  change = the period's median TTR against the pooled values of the 4 periods before it (within the selection), by Mood's median test (an exact permutation test, two-sided, 5% level): `up`/`down` when the difference is larger than chance gives at these sample sizes; `no clear change` when it is not and these sizes would have seen a 1.5x change; `too few to tell` when they could not (the detectable change, at 80% power, is in JSON and CSV) or a side has under 3 values. The last period's verdict is printed in words under the table.\n  --split severity|service|root_cause|detection: the same figures per value, under each period's total (all); an incident without a value counts as unknown, and once per service it names, so services can sum to more than the total.\n  Undated incidents are counted (left_out_no_date) but never placed in a period. --min-confidence drops values whose source fields were extracted with lower confidence.\n\nExit codes: 0 ok, 1 no incident matched, 2 error.\n\nExamples:\n  incidex metrics\n  incidex metrics --by month --since 2024-01-01 --cause database\n  incidex metrics --by year --split severity\n  incidex metrics --format json | jq '.buckets[] | {period, p90: .ttr.p90}'";

pub use crate::render::frame::DataFormat;

#[derive(Debug, clap::Args)]
pub struct SqlArgs {
    /// One SQL statement over the table `incidents`
    pub sql: String,
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, value_enum, default_value = "table")]
    pub format: DataFormat,
    /// Write the result to this file instead of stdout (required for parquet)
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// The saved query's name (queries/NAME.sql)
    #[arg(required_unless_present = "list")]
    pub name: Option<String>,
    /// List the saved queries with their first comment line
    #[arg(long)]
    pub list: bool,
    /// Where saved queries live
    #[arg(long, default_value = "queries")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, value_enum, default_value = "table")]
    pub format: DataFormat,
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum MetricsFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct MetricsArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, value_enum, default_value = "quarter")]
    pub by: crate::period::By,
    /// Incidents on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Incidents on or before this date (YYYY-MM-DD)
    #[arg(long)]
    pub until: Option<String>,
    /// Only this root-cause category
    #[arg(long)]
    pub cause: Option<String>,
    /// Ignore values extracted with a confidence below this (0-1)
    #[arg(long, default_value_t = 0.0)]
    pub min_confidence: f64,
    /// Also break each period down by this (an incident counts once per
    /// service it names)
    #[arg(long, value_enum)]
    pub split: Option<crate::query::metrics::SplitBy>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: MetricsFormat,
}

const SEARCH_HELP: &str = "Query language (tantivy): words (all must match; stemmed, so `leaks` finds `leak`), \"phrases\", AND / OR / NOT, -word, parentheses, prefix* and field:term on the sections title, summary, rootcause, timeline, recovery, body, or the categories root_cause, detection, resolution.\nRanking: BM25; a hit in the title (x3) or the root-cause section (x2.5) counts more than one in the body.\nFilters are part of the query: --cause/--detection/--resolution match the category exactly; --since/--until are inclusive dates (YYYY-MM-DD) on the incident's date (undated incidents never match a date filter); --min-minutes keeps incidents whose start-to-end window is at least N minutes.\n\nExit codes: 0 hits found, 1 no hits, 2 error (bad query, no store).\n\nExamples:\n  incidex search \"connection pool\"\n  incidex search leak --cause memory-leak --since 2024-03-01\n  incidex search 'rootcause:nginx OR timeline:rollback' --limit 5\n  incidex search 'pay*' --format json | jq '.hits[].path'";

const SIMILAR_HELP: &str = "Given a stored incident (its path as shown by `search`), a postmortem file, or --text, finds the incidents whose summary and root cause share the most distinctive terms (tf-idf), and prints the terms each shares. The incident itself is never its own hit.\n\nExit codes: 0 similar incidents found, 1 none, 2 error.\n\nExamples:\n  incidex similar corpus/2023-01-09-checkout-memory-leak.md\n  incidex similar --text \"redis connection pool exhausted during the sale\" --limit 3\n  incidex similar new-postmortem.md --format json";

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

impl FilterArgs {
    /// The filters as the search engine takes them.
    pub fn filters(&self) -> crate::query::search::Filters {
        crate::query::search::Filters {
            cause: self.cause.clone(),
            detection: self.detection.clone(),
            resolution: self.resolution.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            min_minutes: self.min_minutes,
        }
    }
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

/// The columns of the table `incidents`, from the schema: what a saved
/// query or an SQL statement can use.
pub fn columns_doc() -> String {
    use crate::schema::{Field, Kind};
    let mut out = String::from("Columns of `incidents`:\n");
    for f in Field::all() {
        let ty = match f.kind() {
            Kind::Text | Kind::Zone => "TEXT".to_string(),
            Kind::Date => "DATE".to_string(),
            Kind::Clock => "TEXT (HH:MM, the document's clock)".to_string(),
            Kind::Minutes => match f.derived_from() {
                Some((a, b)) => format!("BIGINT minutes, {b} - {a}"),
                None => "BIGINT minutes".to_string(),
            },
            Kind::Percent => "DOUBLE percent".to_string(),
            Kind::Count => "BIGINT".to_string(),
            Kind::Money => "DOUBLE (the stated currency)".to_string(),
            Kind::Category => format!(
                "TEXT, one of {}",
                f.categories().unwrap_or_default().join(", ")
            ),
        };
        out.push_str(&format!("  {f}: {ty}\n"));
    }
    out.push_str("  also: path, quarter (e.g. 2024-Q2), start_utc / end_utc (TIMESTAMP UTC), mitigated, severity, services, <field>_confidence (DOUBLE 0-1), provenance (JSON), content_hash\n");
    out
}

fn sql_help() -> String {
    format!(
        "{}\nExit codes: 0 rows returned, 1 no rows, 2 error (an SQL error is shown as one line).\n\nExamples:\n  incidex sql \"SELECT root_cause, count(*) AS n FROM incidents GROUP BY root_cause\"\n  incidex sql \"SELECT path, title FROM incidents WHERE root_cause = 'memory-leak'\" --format csv\n  incidex sql \"SELECT * FROM incidents\" --format parquet --out all.parquet",
        columns_doc()
    )
}

fn query_help() -> String {
    format!(
        "Saved queries are plain SQL files whose first comment line says what they answer; copy one and edit it.\n\n{}\nExit codes: 0 rows returned, 1 no rows, 2 error.\n\nExamples:\n  incidex query --list\n  incidex query mttr_by_quarter\n  incidex query recurring_causes --format csv",
        columns_doc()
    )
}
