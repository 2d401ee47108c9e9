//! SQL over the incidents table (polars SQL; the table is named
//! `incidents`). Results are frames; `render::frame` writes them.

use std::path::Path;

use polars::prelude::*;
use polars::sql::SQLContext;

#[derive(Debug, thiserror::Error)]
pub enum SqlError {
    #[error("SQL error: {0}")]
    Query(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] crate::error::Error),
}

/// Run one SQL statement against the live generation of a store.
pub fn run_on_store(store: &Path, sql: &str) -> Result<DataFrame, SqlError> {
    let g = crate::store::Store::new(store).open()?;
    run(&g.parquet(), sql)
}

/// Run one SQL statement against the table stored at `parquet`.
pub fn run(parquet: &Path, sql: &str) -> Result<DataFrame, SqlError> {
    let lf = LazyFrame::scan_parquet(
        PlRefPath::from(parquet.to_string_lossy().as_ref()),
        ScanArgsParquet::default(),
    )
    .map_err(|e| SqlError::Query(e.to_string()))?;
    let mut ctx = SQLContext::new();
    ctx.register("incidents", lf);
    let plan = ctx
        .execute(sql)
        .map_err(|e| SqlError::Query(one_line(&e)))?;
    plan.collect().map_err(|e| SqlError::Query(one_line(&e)))
}

fn one_line(e: &PolarsError) -> String {
    let s = e.to_string();
    let s = s.trim();
    // polars appends context lines; the first says what is wrong.
    s.lines().next().unwrap_or(s).trim().to_string()
}
