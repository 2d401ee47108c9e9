//! One module per verb; each exposes `run(args) -> Result<ExitCode>`.

pub mod chart;
pub mod explain;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod lint;
pub mod metrics;
pub mod query;
pub mod report;
pub mod search;
pub mod similar;
pub mod sql;

use std::process::ExitCode;

use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Search(a) => search::run(a),
        Command::Similar(a) => similar::run(a),
        Command::Sql(a) => sql::run(a),
        Command::Query(a) => query::run(a),
        Command::Metrics(a) => metrics::run(a),
        Command::Chart(a) => chart::run(a),
        Command::Report(a) => report::run(a),
        Command::Lint(a) => lint::run(a),
        Command::Export(a) => export::run(a),
    }
}

/// Print a warning line to stderr.
pub fn warn(w: &crate::corpus::Warning) {
    eprintln!("warning: {w}");
}
