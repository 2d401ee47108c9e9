//! Output: terminal tables, and later charts and reports.

pub mod chart;
pub mod dataset;
pub mod frame;
pub mod hits;
pub mod report;
pub mod table;

use std::borrow::Cow;

use polars::prelude::ChunkApply;
use polars::prelude::{DataFrame, DataType, IntoColumn, PolarsResult, StringChunked};

/// A 95% interval in whole minutes, its bounds joined by `sep`: a bound the
/// sample is too small to give is `?`, and under two values there is no
/// interval (`-`).
pub fn interval(ci: Option<[Option<f64>; 2]>, sep: &str) -> String {
    let b = |v: Option<f64>| v.map_or("?".to_string(), |v| format!("{v:.0}"));
    ci.map_or("-".to_string(), |[lo, hi]| {
        format!("{}{sep}{}", b(lo), b(hi))
    })
}

/// A text cell of a CSV file, safe to open in a spreadsheet (OWASP, "CSV
/// Injection"): a cell beginning with `=`, `+`, `-`, `@`, a tab or a
/// carriage return would be read as a formula by Excel, LibreOffice or
/// Google Sheets, so it gets a leading `'`, which they show as text. Titles,
/// services and severities come from postmortems anyone can write. Every
/// CSV the tool writes passes its text cells through this; numbers are
/// written as they are (`-15` in a number column stays a number).
pub fn csv_text(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// `df` with [`csv_text`] applied to every string column (other columns,
/// numbers and dates, unchanged), for a CSV writer.
pub fn csv_safe(df: &DataFrame) -> PolarsResult<DataFrame> {
    let mut out = df.clone();
    for c in df.columns() {
        if c.dtype() == &DataType::String {
            let safe: StringChunked = c.str()?.apply_values(csv_text);
            out.with_column(safe.into_column())?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    #[test]
    fn csv_text_neutralises_formula_starts_only() {
        for s in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "-"] {
            assert_eq!(csv_text(s), format!("'{s}"), "{s:?}");
        }
        for s in ["", "plain", "1-2", " =1", "'=1", "2024-Q1", "{\"a\":1}"] {
            assert!(matches!(csv_text(s), Cow::Borrowed(b) if b == s), "{s:?}");
        }
        let df = df!(
            "title" => [Some("=cmd"), None, Some("ok")],
            "minutes" => [Some(-15i64), Some(3), None],
            "share" => [Some(-0.5f64), None, Some(1.0)],
        )
        .unwrap();
        let safe = csv_safe(&df).unwrap();
        let titles: Vec<_> = safe
            .column("title")
            .unwrap()
            .str()
            .unwrap()
            .iter()
            .collect();
        assert_eq!(titles, [Some("'=cmd"), None, Some("ok")]);
        assert_eq!(
            safe.column("minutes").unwrap(),
            df.column("minutes").unwrap()
        );
        assert_eq!(safe.column("share").unwrap(), df.column("share").unwrap());
    }
}
