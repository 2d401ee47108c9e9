//! `incidex report`: write the reliability-review report for a period.

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};

use crate::cli::ReportArgs;
use crate::extract::lint;
use crate::pipeline;
use crate::query::metrics::{self, By};
use crate::query::recurrence;
use crate::query::table::{self, Record};
use crate::render::report::{self, Inputs, Period};
use crate::store::Store;

/// `to` relative to the directory `from` (both absolute), with `/`.
pub fn relative(from: &Path, to: &Path) -> String {
    let a: Vec<Component> = from.components().collect();
    let b: Vec<Component> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".into(); a.len() - common];
    parts.extend(
        b[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().to_string()),
    );
    parts.join("/")
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let g = Store::new(&args.store.store).open()?;
    let records = table::load(&g.parquet())?;
    let period = if let Some(q) = &args.quarter {
        Period::quarter(q)
            .with_context(|| format!("--quarter {q}: expected YYYY-QN, e.g. 2024-Q2"))?
    } else if let (Some(s), Some(u)) = (&args.since, &args.until) {
        let s = crate::period::parse_date(&Some(s.clone()), "--since")?.unwrap();
        let u = crate::period::parse_date(&Some(u.clone()), "--until")?.unwrap();
        if u < s {
            bail!("--until {u} is before --since {s}");
        }
        Period::range(s, u)
    } else {
        let Some(last) = records.iter().filter_map(|r| r.date).max() else {
            bail!("no dated incident in the store: give --since and --until");
        };
        Period::quarter(&metrics::period(last, By::Quarter)).unwrap()
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("reports").join(period.slug()));
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    let out_abs = absolute(&out);
    let out_abs = std::fs::canonicalize(&out_abs).unwrap_or(out_abs);
    // Incident paths are stored as the ingest saw them (the corpus folder as
    // given, then the file); the manifest knows where that folder is.
    let corpus = g.manifest.corpus.clone();
    let corpus_abs = PathBuf::from(&g.manifest.corpus_abs);
    let link = |r: &Record| -> String {
        let rel = Path::new(&r.path)
            .strip_prefix(&corpus)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| PathBuf::from(&r.path));
        relative(&out_abs, &corpus_abs.join(rel))
    };
    let file_of = |r: &Record| {
        let rel = Path::new(&r.path)
            .strip_prefix(&corpus)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| PathBuf::from(&r.path));
        corpus_abs.join(rel)
    };
    let unplaced = why_undated(&records, &file_of);
    let n_in = records
        .iter()
        .filter(|r| {
            r.date
                .is_some_and(|d| d >= period.since && d <= period.until)
        })
        .count();
    // Earlier incidents like each of the period's, from the store's index.
    let engine = crate::query::search::Engine::open(&g.index())?;
    let seen = recurrence::for_period(&engine, &records, period.since, period.until)?;
    let rendered = report::render(&Inputs {
        records: &records,
        seen_before: Some(&seen),
        period: period.clone(),
        link: &link,
        generated: generated_day()?,
        unplaced: &unplaced,
    })?;
    std::fs::write(out.join("index.html"), &rendered.html)?;
    std::fs::write(out.join("report.md"), &rendered.markdown)?;
    for (name, svg) in &rendered.svgs {
        std::fs::write(out.join(name), svg)?;
    }
    eprintln!(
        "wrote {} and {} ({n_in} incidents in {})",
        out.join("index.html").display(),
        out.join("report.md").display(),
        period.label
    );
    Ok(if n_in == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Why each undated postmortem has no date: `lint`'s findings about its
/// date, read from the file as it is now (the report names the file, so
/// its authors can fix it).
fn why_undated(
    records: &[Record],
    file_of: &dyn Fn(&Record) -> PathBuf,
) -> BTreeMap<String, Vec<String>> {
    records
        .iter()
        .filter(|r| r.date.is_none())
        .map(|r| {
            let why = match pipeline::process(&file_of(r), crate::corpus::DEFAULT_MAX_BYTES) {
                Ok(p) => lint::check(&p.extraction)
                    .into_iter()
                    .filter(|f| lint::UNDATED_RULES.contains(&f.rule))
                    .map(|f| match f.line {
                        Some(l) => format!("line {l}: {}", f.message),
                        None => f.message,
                    })
                    .collect(),
                Err(w) => vec![format!("cannot read it now: {}", w.reason)],
            };
            (r.path.clone(), why)
        })
        .collect()
}

/// The day the report says it was generated: today, or the day of
/// `SOURCE_DATE_EPOCH` (seconds since 1970, in UTC) when it is set, so
/// that a report regenerated later from the same store is byte-identical
/// (the reproducible-builds convention).
fn generated_day() -> Result<String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().with_context(|| {
                format!("SOURCE_DATE_EPOCH is {v:?}: expected whole seconds since 1970-01-01 UTC")
            })?;
            let ts = jiff::Timestamp::from_second(secs)
                .with_context(|| format!("SOURCE_DATE_EPOCH {secs} is out of range"))?;
            Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        }
        Err(_) => Ok(jiff::Zoned::now().date().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links() {
        assert_eq!(
            relative(Path::new("/w/reports/2024-Q2"), Path::new("/w/corpus/a.md")),
            "../../corpus/a.md"
        );
        assert_eq!(
            relative(Path::new("/w"), Path::new("/w/corpus/a.md")),
            "corpus/a.md"
        );
    }
}
