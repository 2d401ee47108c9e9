//! SQL over the incidents table (polars SQL; the table is named
//! `incidents`), and the writers for its results.

use std::io::Write;
use std::path::Path;

use polars::prelude::*;
use polars::sql::SQLContext;

use crate::render::table::Table;

#[derive(Debug, thiserror::Error)]
pub enum SqlError {
    #[error("SQL error: {0}")]
    Query(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
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

pub fn write_csv(df: &mut DataFrame, out: &mut impl Write) -> PolarsResult<()> {
    CsvWriter::new(out).finish(df)
}

pub fn write_json(df: &mut DataFrame, out: &mut impl Write) -> PolarsResult<()> {
    JsonWriter::new(out)
        .with_json_format(JsonFormat::Json)
        .finish(df)
}
