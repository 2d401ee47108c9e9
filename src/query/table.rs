//! The incidents table loaded into plain records for metrics, charts and
//! reports (reads only the columns they use).

use std::path::Path;

use polars::prelude::*;

use crate::error::Result;
use crate::schema::Field as F;
pub use crate::store::frame::{SERVICES, SERVICES_SEP, SEVERITY};

/// One incident as the metrics see it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub path: String,
    pub title: Option<String>,
    pub date: Option<jiff::civil::Date>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub window_min: Option<i64>,
    pub duration_stated_min: Option<i64>,
    pub ttd_min: Option<i64>,
    pub detect_to_resolve_min: Option<i64>,
    pub root_cause: String,
    pub detection: String,
    pub resolution: String,
    pub action_items: i64,
    /// As the postmortem wrote it (`SEV-2`, `P1`...), when it did.
    pub severity: Option<String>,
    /// The services the postmortem names.
    pub services: Vec<String>,
    pub start_confidence: Option<f64>,
    pub end_confidence: Option<f64>,
    pub detected_confidence: Option<f64>,
    pub duration_confidence: Option<f64>,
}

/// The contract fields a record holds, and those whose confidence it holds.
const RECORD_FIELDS: &[F] = &[
    F::Title,
    F::Date,
    F::Start,
    F::End,
    F::WindowMin,
    F::DurationStatedMin,
    F::TtdMin,
    F::DetectToResolveMin,
    F::RootCause,
    F::Detection,
    F::Resolution,
    F::ActionItems,
];
const CONFIDENCES: &[F] = &[F::Start, F::End, F::Detected, F::DurationStatedMin];

fn confidence_column(f: F) -> String {
    format!("{f}_confidence")
}

/// Column names: `path` (when asked), the fields, their confidences.
fn columns(with_path: bool, fields: &[F]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if with_path {
        out.push("path".into());
    }
    out.extend(fields.iter().map(|f| f.as_str().to_string()));

    out.extend(CONFIDENCES.iter().map(|&f| confidence_column(f)));
    out
}

/// Read the records of a Parquet table.
pub fn load(parquet: &Path) -> Result<Vec<Record>> {
    let mut cols = columns(true, RECORD_FIELDS);
    cols.extend([SEVERITY.to_string(), SERVICES.to_string()]);
    load_columns(parquet, cols)
}

/// The fields the metrics use (no paths or titles: at 100,000 incidents
/// their strings cost more than the figures).
const METRIC_FIELDS: &[F] = &[
    F::Date,
    F::WindowMin,
    F::DurationStatedMin,
    F::TtdMin,
    F::DetectToResolveMin,
];

/// Read only what `metrics` needs, and the string columns named in
/// `extra` (to filter or split by: a string per row costs, so they are
/// read only when asked); other fields of the records are empty.
pub fn load_for_metrics(parquet: &Path, extra: &[&str]) -> Result<Vec<Record>> {
    let mut cols = columns(false, METRIC_FIELDS);
    cols.extend(extra.iter().map(|c| c.to_string()));
    load_columns(parquet, cols)
}

/// The civil date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`): a few integer operations, where a calendar span
/// addition per row cost a tenth of `metrics` at 100,000 rows.
fn civil_from_days(days: i32) -> Option<jiff::civil::Date> {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    jiff::civil::Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

fn load_columns(parquet: &Path, columns: Vec<String>) -> Result<Vec<Record>> {
    let f = std::fs::File::open(parquet)?;
    let df = ParquetReader::new(f).with_columns(Some(columns)).finish()?;
    from_frame(&df)
}

/// Records from a DataFrame with (at least) the columns above.
pub fn from_frame(df: &DataFrame) -> Result<Vec<Record>> {
    let n = df.height();
    // A column missing from the frame reads as all nulls, without a
    // vector of nulls per column (at 100,000 rows they were a fifth of
    // `metrics`'s time, in page faults).
    let has = |name: &str| df.column(name).is_ok();
    let strs = |name: &str| -> Result<Option<std::vec::IntoIter<Option<String>>>> {
        if !has(name) {
            return Ok(None);
        }
        let c = df.column(name)?.cast(&DataType::String)?;
        let v: Vec<Option<String>> = c.str()?.iter().map(|v| v.map(str::to_string)).collect();
        Ok(Some(v.into_iter()))
    };
    let ints = |name: &str| -> Result<Option<Vec<Option<i64>>>> {
        if !has(name) {
            return Ok(None);
        }
        let c = df.column(name)?.cast(&DataType::Int64)?;
        Ok(Some(c.i64()?.iter().collect()))
    };
    let floats = |name: &str| -> Result<Option<Vec<Option<f64>>>> {
        if !has(name) {
            return Ok(None);
        }
        let c = df.column(name)?.cast(&DataType::Float64)?;
        Ok(Some(c.f64()?.iter().collect()))
    };
    // Dates as days since 1970 (no text round trip).
    let dates: Vec<Option<jiff::civil::Date>> = {
        let c = df.column(F::Date.as_str())?.cast(&DataType::Int32)?;
        c.i32()?
            .iter()
            .map(|d| d.and_then(civil_from_days))
            .collect()
    };
    let mut path = strs("path")?;
    let mut title = strs(F::Title.as_str())?;
    let mut start = strs(F::Start.as_str())?;
    let mut end = strs(F::End.as_str())?;
    let window = ints(F::WindowMin.as_str())?;
    let stated = ints(F::DurationStatedMin.as_str())?;
    let ttd = ints(F::TtdMin.as_str())?;
    let dtr = ints(F::DetectToResolveMin.as_str())?;
    let mut cause = strs(F::RootCause.as_str())?;
    let mut detection = strs(F::Detection.as_str())?;
    let mut resolution = strs(F::Resolution.as_str())?;
    let actions = ints(F::ActionItems.as_str())?;
    let mut severity = strs(SEVERITY)?;
    let mut services = strs(SERVICES)?;
    let sc = floats(&confidence_column(F::Start))?;
    let ec = floats(&confidence_column(F::End))?;
    let dc = floats(&confidence_column(F::Detected))?;
    let duc = floats(&confidence_column(F::DurationStatedMin))?;
    let next = |it: &mut Option<std::vec::IntoIter<Option<String>>>| {
        it.as_mut().and_then(|i| i.next()).flatten()
    };
    // A categorical column the caller did not read stays empty (no
    // allocation per row); one that was read and is null reads "unknown".
    let cat = |it: &mut Option<std::vec::IntoIter<Option<String>>>| -> String {
        match it {
            None => String::new(),
            Some(i) => i.next().flatten().unwrap_or_else(|| "unknown".to_string()),
        }
    };
    let at = |v: &Option<Vec<Option<i64>>>, i: usize| v.as_ref().and_then(|v| v[i]);
    let atf = |v: &Option<Vec<Option<f64>>>, i: usize| v.as_ref().and_then(|v| v[i]);
    let mut out = Vec::with_capacity(n);
    for (i, date) in dates.into_iter().enumerate() {
        out.push(Record {
            path: next(&mut path).unwrap_or_default(),
            title: next(&mut title),
            date,
            start: next(&mut start),
            end: next(&mut end),
            window_min: at(&window, i),
            duration_stated_min: at(&stated, i),
            ttd_min: at(&ttd, i),
            detect_to_resolve_min: at(&dtr, i),
            root_cause: cat(&mut cause),
            detection: cat(&mut detection),
            resolution: cat(&mut resolution),
            action_items: at(&actions, i).unwrap_or(0),
            severity: next(&mut severity),
            services: next(&mut services).map_or_else(Vec::new, |s| {
                s.split(SERVICES_SEP)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            }),
            start_confidence: atf(&sc, i),
            end_confidence: atf(&ec, i),
            detected_confidence: atf(&dc, i),
            duration_confidence: atf(&duc, i),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn day_numbers_become_the_same_dates_as_calendar_arithmetic() {
        let epoch = jiff::civil::date(1970, 1, 1);
        for days in (-800_000..800_000)
            .step_by(997)
            .chain([-1, 0, 59, 60, 11_016, 19_782])
        {
            let want = epoch.checked_add(jiff::Span::new().days(days)).unwrap();
            assert_eq!(civil_from_days(days), Some(want), "day {days}");
        }
    }
}
