//! `incidex ingest` (in progress).
use std::process::ExitCode;
pub fn run(_a: crate::cli::IngestArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet")
}
