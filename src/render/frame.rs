//! Frames (SQL results) written as a terminal table, CSV, JSON or Parquet.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use polars::prelude::*;

use crate::render::table::Table;

#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum DataFormat {
    Table,
    Csv,
    Json,
    Parquet,
}

/// Write a frame as asked, to a file or to stdout; returns its row count.
/// Parquet needs a file.
pub fn write(df: &mut DataFrame, format: DataFormat, out_path: Option<&Path>) -> Result<usize> {
    let rows = df.height();
    if format == DataFormat::Parquet {
        let Some(p) = out_path else {
            bail!("--format parquet needs --out FILE");
        };
        let f =
            std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?;
        ParquetWriter::new(f).finish(df)?;
        eprintln!("wrote {rows} rows to {}", p.display());
        return Ok(rows);
    }
    let mut out: Box<dyn Write> = match out_path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    match format {
        DataFormat::Table => write_table(df, &mut out)?,
        DataFormat::Csv => write_csv(df, &mut out)?,
        DataFormat::Json => {
            write_json(df, &mut out)?;
            writeln!(out)?;
        }
        DataFormat::Parquet => unreachable!("handled above"),
    }
    out.flush()?;
    Ok(rows)
}

/// A cell as text for the terminal (nulls as "null").
pub fn cell(v: &AnyValue) -> String {
    match v {
        AnyValue::Null => "null".into(),
        AnyValue::String(s) => s.to_string(),
        AnyValue::StringOwned(s) => s.to_string(),
        AnyValue::Float64(f) => format_float(*f),
        AnyValue::Float32(f) => format_float(*f as f64),
        other => other.to_string().trim_matches('"').to_string(),
    }
}

/// Up to two decimals, trailing zeros trimmed: 516, 206.4, 111.25.
fn format_float(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    let s = format!("{f:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn write_table(df: &DataFrame, out: &mut impl Write) -> std::io::Result<()> {
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut t = Table::new(&refs);
    for i in 0..df.height() {
        let row = df
            .columns()
            .iter()
            .map(|c| c.get(i).map(|v| cell(&v)).unwrap_or_default())
            .collect();
        t.row(row);
    }
    out.write_all(t.render().as_bytes())
}

/// CSV with a header row; text cells that a spreadsheet would run as a
/// formula are neutralised ([`super::csv_text`]).
pub fn write_csv(df: &mut DataFrame, out: &mut impl Write) -> PolarsResult<()> {
    CsvWriter::new(out).finish(&mut super::csv_safe(df)?)
}

pub fn write_json(df: &mut DataFrame, out: &mut impl Write) -> PolarsResult<()> {
    JsonWriter::new(out)
        .with_json_format(JsonFormat::Json)
        .finish(df)
}
