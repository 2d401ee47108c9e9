//! One module per verb; each exposes `run(args) -> Result<ExitCode>`.

pub mod explain;
pub mod extract;
pub mod ingest;
pub mod search;
pub mod similar;

use std::process::ExitCode;

use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Search(a) => search::run(a),
        Command::Similar(a) => similar::run(a),
    }
}

/// Print a warning line to stderr.
pub fn warn(w: &crate::corpus::Warning) {
    eprintln!("warning: {w}");
}
