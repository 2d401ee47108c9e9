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

/// Whether an error comes from writing to a closed pipe (`incidex extract |
/// head`), which is not an error for the user: an [`std::io::Error`] of kind
/// `BrokenPipe` anywhere in the chain. polars' IO errors give their
/// `io::Error` as their source, so the chain reaches it; serde_json's
/// `source()` skips its `io::Error`, so it is asked for the kind.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(BrokenPipe))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;
    use std::io::{self, ErrorKind};

    fn closed() -> io::Error {
        io::Error::from(ErrorKind::BrokenPipe)
    }

    #[test]
    fn broken_pipes_are_found_by_kind_through_the_chain() {
        assert!(is_broken_pipe(&anyhow::Error::new(closed())));
        let e: anyhow::Result<()> = Err(closed()).context("writing the table");
        assert!(is_broken_pipe(&e.unwrap_err()));
        // polars (CsvWriter, JsonWriter) wraps the io::Error.
        let e: anyhow::Result<()> =
            Err(polars::error::PolarsError::from(closed())).context("writing csv");
        assert!(is_broken_pipe(&e.unwrap_err()));
        // io::Error::other(...) around such an error, as polars converts back.
        let wrapped = io::Error::other(polars::error::PolarsError::from(closed()));
        assert!(is_broken_pipe(&anyhow::Error::new(wrapped)));
        // serde_json (extract's JSON lines).
        struct Closed;
        impl io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(closed())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let e = serde_json::to_writer(Closed, &[1, 2, 3]).unwrap_err();
        assert!(is_broken_pipe(&anyhow::Error::new(e)));
    }

    #[test]
    fn other_errors_are_not_broken_pipes() {
        assert!(!is_broken_pipe(&anyhow::Error::new(io::Error::from(
            ErrorKind::NotFound
        ))));
        assert!(!is_broken_pipe(&anyhow::anyhow!("Broken pipe")));
        let text_only = polars::error::PolarsError::ComputeError("Broken pipe".into());
        assert!(!is_broken_pipe(&anyhow::Error::new(text_only)));
        let e: anyhow::Result<()> = Err(serde_json::from_str::<u8>("x").unwrap_err()).context("x");
        assert!(!is_broken_pipe(&e.unwrap_err()));
    }
}
