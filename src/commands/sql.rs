//! `incidex sql`: polars SQL over the incidents table.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::{DataFormat, SqlArgs};
use crate::query::sql;
use crate::store::Store;

pub fn run(args: SqlArgs) -> Result<ExitCode> {
    execute(
        &args.store.store,
        &args.sql,
        args.format,
        args.out.as_deref(),
    )
}

/// Run SQL against a store and write the result as asked.
pub fn execute(
    store: &std::path::Path,
    query: &str,
    format: DataFormat,
    out_path: Option<&std::path::Path>,
) -> Result<ExitCode> {
    let g = Store::new(store).open()?;
    let mut df = sql::run(&g.parquet(), query)?;
    let rows = df.height();
    if format == DataFormat::Parquet {
        let Some(p) = out_path else {
            bail!("--format parquet needs --out FILE");
        };
        let f =
            std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?;
        polars::prelude::ParquetWriter::new(f).finish(&mut df)?;
        eprintln!("wrote {rows} rows to {}", p.display());
    } else {
        let mut out: Box<dyn Write> = match out_path {
            Some(p) => Box::new(std::io::BufWriter::new(
                std::fs::File::create(p)
                    .with_context(|| format!("cannot write {}", p.display()))?,
            )),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        match format {
            DataFormat::Table => sql::write_table(&df, &mut out)?,
            DataFormat::Csv => sql::write_csv(&mut df, &mut out)?,
            DataFormat::Json => {
                sql::write_json(&mut df, &mut out)?;
                writeln!(out)?;
            }
            DataFormat::Parquet => unreachable!(),
        }
        out.flush()?;
    }
    Ok(if rows == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
