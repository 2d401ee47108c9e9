//! `incidex sql`: polars SQL over the incidents table.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::SqlArgs;
use crate::query::sql;
use crate::render::frame;

pub fn run(args: SqlArgs) -> Result<ExitCode> {
    let mut df = sql::run_on_store(&args.store.store, &args.sql)?;
    let rows = frame::write(&mut df, args.format, args.out.as_deref())?;
    Ok(if rows == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
