//! The incidents table: one row per postmortem, built column by column from
//! extracted records, saved as Parquet. Dtypes: `date` is Date, minutes are
//! Int64, shares and money Float64, instants Datetime(ms, UTC), categories
//! strings; each extracted field has a `<field>_confidence` Float64 beside
//! it, and `provenance` keeps the JSON of where every value came from.

use std::fs::File;
use std::path::Path;

use polars::prelude::*;

use crate::error::Result;
use crate::extract::Incident;
use crate::schema::Field as F;

fn days_since_epoch(iso: &str) -> Option<i32> {
    let d: jiff::civil::Date = iso.parse().ok()?;
    Some((d - jiff::civil::date(1970, 1, 1)).get_days())
}

fn millis(rfc3339: &str) -> Option<i64> {
    let ts: jiff::Timestamp = rfc3339.parse().ok()?;
    Some(ts.as_millisecond())
}

/// "2024-Q2" for a date, or None.
pub fn quarter_of(iso: &str) -> Option<String> {
    let d: jiff::civil::Date = iso.parse().ok()?;
    Some(crate::period::period(d, crate::period::By::Quarter))
}

/// Columns of the table beyond the contract's fields: the severity as
/// written, and the services named, joined by [`SERVICES_SEP`].
pub const SEVERITY: &str = "severity";
pub const SERVICES: &str = "services";
pub const SERVICES_SEP: &str = ", ";

/// Build the table from records and their content hashes.
pub fn build(rows: &[(Incident, String)]) -> Result<DataFrame> {
    let n = rows.len();
    let s = |name: &str, f: &dyn Fn(&Incident) -> Option<String>| {
        Column::new(
            name.into(),
            rows.iter().map(|(i, _)| f(i)).collect::<Vec<_>>(),
        )
    };
    let i64c = |name: &str, f: &dyn Fn(&Incident) -> Option<i64>| {
        Column::new(
            name.into(),
            rows.iter().map(|(i, _)| f(i)).collect::<Vec<_>>(),
        )
    };
    let f64c = |name: &str, f: &dyn Fn(&Incident) -> Option<f64>| {
        Column::new(
            name.into(),
            rows.iter().map(|(i, _)| f(i)).collect::<Vec<_>>(),
        )
    };
    let date = Column::new(
        F::Date.as_str().into(),
        rows.iter()
            .map(|(i, _)| i.date.as_deref().and_then(days_since_epoch))
            .collect::<Vec<_>>(),
    )
    .cast(&DataType::Date)?;
    let dt = |name: &str, f: &dyn Fn(&Incident) -> Option<&str>| -> Result<Column> {
        Ok(Column::new(
            name.into(),
            rows.iter()
                .map(|(i, _)| f(i).and_then(millis))
                .collect::<Vec<_>>(),
        )
        .cast(&DataType::Datetime(
            TimeUnit::Milliseconds,
            Some(TimeZone::UTC),
        ))?)
    };
    let mut cols = vec![
        s("path", &|i| Some(i.path.clone())),
        s(F::Title.as_str(), &|i| i.title.clone()),
        date,
        s("quarter", &|i| i.date.as_deref().and_then(quarter_of)),
        s(F::Tz.as_str(), &|i| i.tz.clone()),
        s(F::Start.as_str(), &|i| i.start.clone()),
        s(F::End.as_str(), &|i| i.end.clone()),
        s(F::Detected.as_str(), &|i| i.detected.clone()),
        s("mitigated", &|i| i.mitigated.clone()),
        dt("start_utc", &|i| i.start_utc.as_deref())?,
        dt("end_utc", &|i| i.end_utc.as_deref())?,
        i64c(F::DurationStatedMin.as_str(), &|i| i.duration_stated_min),
        i64c(F::WindowMin.as_str(), &|i| i.window_min),
        i64c(F::TtdMin.as_str(), &|i| i.ttd_min),
        i64c(F::DetectToResolveMin.as_str(), &|i| i.detect_to_resolve_min),
        f64c(F::UsersAffectedPct.as_str(), &|i| i.users_affected_pct),
        i64c(F::UsersAffectedCount.as_str(), &|i| i.users_affected_count),
        f64c(F::RevenueLoss.as_str(), &|i| i.revenue_loss),
        s(F::RootCause.as_str(), &|i| Some(i.root_cause.to_string())),
        s(F::Detection.as_str(), &|i| Some(i.detection.to_string())),
        s(F::Resolution.as_str(), &|i| Some(i.resolution.to_string())),
        i64c(F::ActionItems.as_str(), &|i| Some(i.action_items)),
        s(SEVERITY, &|i| i.severity.clone()),
        s(SERVICES, &|i| {
            (!i.services.is_empty()).then(|| i.services.join(SERVICES_SEP))
        }),
    ];
    for f in F::all().filter(|f| f.has_confidence_column()) {
        cols.push(f64c(&format!("{f}_confidence"), &|i| {
            i.confidence.get(f.as_str()).map(|c| *c as f64)
        }));
    }
    cols.push(s("provenance", &|i| {
        serde_json::to_string(&i.provenance).ok()
    }));
    cols.push(Column::new(
        "content_hash".into(),
        rows.iter().map(|(_, h)| h.clone()).collect::<Vec<_>>(),
    ));
    Ok(DataFrame::new(n, cols)?)
}

pub fn write(df: &mut DataFrame, path: &Path) -> Result<()> {
    let f = File::create(path)?;
    ParquetWriter::new(f)
        .with_compression(ParquetCompression::Zstd(None))
        .finish(df)?;
    Ok(())
}

pub fn read(path: &Path) -> Result<DataFrame> {
    let f = File::open(path)?;
    Ok(ParquetReader::new(f).finish()?)
}

/// Keep the rows whose path is not in `drop`.
pub fn without_paths(df: &DataFrame, drop: &[String]) -> Result<DataFrame> {
    if drop.is_empty() {
        return Ok(df.clone());
    }
    let drop: std::collections::HashSet<&str> = drop.iter().map(String::as_str).collect();
    let paths = df.column("path")?.str()?;
    let keep: Vec<bool> = paths
        .iter()
        .map(|p| !p.is_some_and(|p| drop.contains(p)))
        .collect();
    let mask = BooleanChunked::new("keep".into(), keep);
    Ok(df.filter(&mask)?)
}

/// Append `new` rows to `old` and sort by path (a stable order for readers).
pub fn merge(old: Option<DataFrame>, new: DataFrame) -> Result<DataFrame> {
    let df = match old {
        Some(mut o) if o.height() > 0 => {
            o.vstack_mut(&new)?;
            o
        }
        _ => new,
    };
    // The sort gathers every column into new contiguous buffers: no
    // rechunk before it (that was one more copy of the table).
    Ok(df.sort(["path"], SortMultipleOptions::default())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters() {
        assert_eq!(quarter_of("2024-05-01").as_deref(), Some("2024-Q2"));
        assert_eq!(quarter_of("2023-12-31").as_deref(), Some("2023-Q4"));
        assert_eq!(quarter_of("20XX-01-01"), None);
    }

    #[test]
    fn every_contract_field_is_a_column() {
        let df = build(&[(Incident::default(), "h".into())]).unwrap();
        for f in F::all() {
            assert!(df.column(f.as_str()).is_ok(), "no column {f}");
            assert_eq!(
                df.column(&format!("{f}_confidence")).is_ok(),
                f.has_confidence_column(),
                "{f}_confidence"
            );
        }
        assert_eq!(
            df.column("root_cause").unwrap().str().unwrap().get(0),
            Some("unknown")
        );
    }

    #[test]
    fn dtypes_and_nulls() {
        let a = Incident {
            path: "a.md".into(),
            date: Some("2024-03-08".into()),
            window_min: Some(45),
            start_utc: Some("2024-03-08T11:15:00Z".into()),
            root_cause: crate::schema::RootCause::MemoryLeak,
            ..Default::default()
        };
        let b = Incident {
            path: "b.md".into(),
            ..Default::default()
        };
        let df = build(&[(a, "h1".into()), (b, "h2".into())]).unwrap();
        assert_eq!(df.column("date").unwrap().dtype(), &DataType::Date);
        assert_eq!(df.column("window_min").unwrap().dtype(), &DataType::Int64);
        assert!(matches!(
            df.column("start_utc").unwrap().dtype(),
            DataType::Datetime(TimeUnit::Milliseconds, Some(_))
        ));
        assert_eq!(df.column("window_min").unwrap().null_count(), 1);
        assert_eq!(
            df.column("quarter").unwrap().str().unwrap().get(0),
            Some("2024-Q1")
        );
        let kept = without_paths(&df, &["a.md".into()]).unwrap();
        assert_eq!(kept.height(), 1);
    }
}
