//! Typed errors of the library; the binary adds context with anyhow.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no incidex store at {path}: run `incidex ingest [DIR] --store {path}` first")]
    NoStore { path: PathBuf },
    #[error(
        "another ingest is running on {path} (lock file {lock}); wait for it or remove the lock if no incidex process is running"
    )]
    Locked { path: PathBuf, lock: PathBuf },
    #[error("nothing to ingest: no postmortem could be read under {0}")]
    NothingIngested(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Polars(#[from] polars::error::PolarsError),
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
