//! `incidex metrics`: reliability figures per period.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{MetricsArgs, MetricsFormat};
use crate::query::metrics::{self, Bucket, Metrics, Select, SplitBy};
use crate::query::table;
use crate::render::csv_text;
use crate::render::table::Table;
use crate::store::Store;

pub fn fmt_min(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{v:.0}"))
}

pub fn run(args: MetricsArgs) -> Result<ExitCode> {
    let g = Store::new(&args.store.store).open()?;
    let mut extra: Vec<&str> = Vec::new();
    if args.cause.is_some() {
        extra.push(crate::schema::Field::RootCause.as_str());
    }
    if let Some(s) = args.split {
        extra.push(column_of(s));
    }
    extra.dedup();
    let records = table::load_for_metrics(&g.parquet(), &extra)?;
    let sel = Select {
        since: crate::period::parse_date(&args.since, "--since")?,
        until: crate::period::parse_date(&args.until, "--until")?,
        cause: args.cause.clone(),
    };
    let m = metrics::compute_split(&records, args.by, &sel, args.min_confidence, args.split);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        MetricsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &m)?;
            writeln!(out)?;
        }
        MetricsFormat::Csv => write_csv(&m, &mut out)?,
        MetricsFormat::Table => {
            write!(out, "{}", table_of(&m).render())?;
            writeln!(
                out,
                "\n{} incidents; {} undated (counted, not placed in a period). * = small sample (fewer than {} TTR values); ! = TTR from under {:.0}% of the period's incidents.",
                m.incidents,
                m.left_out_no_date,
                metrics::SMALL_SAMPLE,
                metrics::COVERAGE_WARN * 100.0
            )?;
            if let Some(b) = m.buckets.last()
                && let Some(c) = &b.change
            {
                if c.against.is_empty() {
                    writeln!(out, "{}: {}.", b.period, c.words)?;
                } else {
                    writeln!(
                        out,
                        "{} against {}: {}.",
                        b.period,
                        span(&c.against),
                        c.words
                    )?;
                }
            }
            writeln!(
                out,
                "TTR = start-to-end window, else the stated duration (see --help). Minutes."
            )?;
        }
    }
    out.flush()?;
    Ok(if m.incidents == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The table column a split reads.
fn column_of(s: SplitBy) -> &'static str {
    match s {
        SplitBy::Severity => table::SEVERITY,
        SplitBy::Service => table::SERVICES,
        SplitBy::RootCause => crate::schema::Field::RootCause.as_str(),
        SplitBy::Detection => crate::schema::Field::Detection.as_str(),
    }
}

/// "2023-Q4..2024-Q3", or the one period.
fn span(periods: &[String]) -> String {
    match periods {
        [] => String::new(),
        [one] => one.clone(),
        [first, .., last] => format!("{first}..{last}"),
    }
}

fn coverage_cell(c: &metrics::Coverage) -> String {
    match c.share {
        None => "-".into(),
        Some(s) => format!("{:.0}%{}", s * 100.0, if c.low { " !" } else { "" }),
    }
}

const HEADER: [&str; 15] = [
    "period",
    "n",
    "ttr_n",
    "ttr_cov",
    "ttr_median",
    "median_95%",
    "ttr_p90",
    "p90_95%",
    "ttr_mean",
    "ttr_geomean",
    "from_stated",
    "ttd_median",
    "det_to_res_median",
    "no_times",
    "change",
];

fn row_of(period: String, b: &Bucket) -> Vec<String> {
    vec![
        format!("{period}{}", if b.small_sample { " *" } else { "" }),
        b.n.to_string(),
        b.ttr.n.to_string(),
        coverage_cell(&b.coverage.ttr),
        fmt_min(b.ttr.median),
        crate::render::interval(b.ttr.median_ci, "-"),
        fmt_min(b.ttr.p90),
        crate::render::interval(b.ttr.p90_ci, "-"),
        fmt_min(b.ttr.mean),
        fmt_min(b.ttr.geomean),
        b.ttr_from_stated.to_string(),
        fmt_min(b.ttd.median),
        fmt_min(b.detect_to_resolve.median),
        b.left_out_no_times.to_string(),
        b.change.as_ref().map_or("-".into(), |c| c.short()),
    ]
}

/// One row per period; with a split, the period's total (`all`) and then
/// a row per value of the split.
fn table_of(m: &Metrics) -> Table {
    let Some(split) = &m.split else {
        let mut t = Table::new(&HEADER);
        for b in &m.buckets {
            t.row(row_of(b.period.clone(), b));
        }
        return t;
    };
    let mut header: Vec<&str> = HEADER.to_vec();
    header.insert(1, split.by.name());
    let mut t = Table::new(&header);
    for (i, b) in m.buckets.iter().enumerate() {
        let mut row = row_of(b.period.clone(), b);
        row.insert(1, ALL.into());
        t.row(row);
        for g in &split.groups {
            let gb = &g.buckets[i];
            if gb.n == 0 {
                continue;
            }
            let mut row = row_of(b.period.clone(), gb);
            row.insert(1, g.value.clone());
            t.row(row);
        }
    }
    t
}

/// The value of a total's row in a split table.
const ALL: &str = "(all)";

const CSV_HEADER: [&str; 26] = [
    "period",
    "n",
    "ttr_n",
    "ttr_median_min",
    "ttr_median_lo_min",
    "ttr_median_hi_min",
    "ttr_p90_min",
    "ttr_p90_lo_min",
    "ttr_p90_hi_min",
    "ttr_mean_min",
    "ttr_geomean_min",
    "ttr_from_stated",
    "ttd_n",
    "ttd_median_min",
    "detect_to_resolve_n",
    "detect_to_resolve_median_min",
    "left_out_no_times",
    "small_sample",
    "ttr_coverage",
    "ttr_median_confidence",
    "ttd_coverage",
    "detect_to_resolve_coverage",
    "change",
    "change_ratio",
    "change_p_value",
    "change_detectable_ratio",
];

fn csv_row(b: &Bucket) -> Vec<String> {
    let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v}"));
    let c = b.change.as_ref();
    vec![
        csv_text(&b.period).into_owned(),
        b.n.to_string(),
        b.ttr.n.to_string(),
        f(b.ttr.median),
        f(b.ttr.median_ci.and_then(|c| c[0])),
        f(b.ttr.median_ci.and_then(|c| c[1])),
        f(b.ttr.p90),
        f(b.ttr.p90_ci.and_then(|c| c[0])),
        f(b.ttr.p90_ci.and_then(|c| c[1])),
        f(b.ttr.mean),
        f(b.ttr.geomean),
        b.ttr_from_stated.to_string(),
        b.ttd.n.to_string(),
        f(b.ttd.median),
        b.detect_to_resolve.n.to_string(),
        f(b.detect_to_resolve.median),
        b.left_out_no_times.to_string(),
        b.small_sample.to_string(),
        f(b.coverage.ttr.share),
        f(b.coverage.ttr.median_confidence),
        f(b.coverage.ttd.share),
        f(b.coverage.detect_to_resolve.share),
        c.map_or(String::new(), |c| {
            serde_json::to_value(c.verdict)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        }),
        f(c.and_then(|c| c.ratio)),
        f(c.and_then(|c| c.p_value)),
        f(c.and_then(|c| c.detectable_ratio)),
    ]
}

/// One row per period (with a split, the period's total, `(all)`, then a
/// row per value), then `undated` with the count of undated incidents
/// (empty cells for a missing figure). The period and the split's value
/// are text (a severity or a service is what a postmortem wrote), so a
/// spreadsheet formula in them is neutralised ([`csv_text`]); the figures
/// are numbers.
fn write_csv(m: &Metrics, out: &mut impl Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let split = m.split.as_ref();
    let mut header: Vec<&str> = CSV_HEADER.to_vec();
    if let Some(s) = split {
        header.insert(1, s.by.name());
    }
    w.write_record(&header)?;
    for (i, b) in m.buckets.iter().enumerate() {
        let mut row = csv_row(b);
        if let Some(s) = split {
            row.insert(1, ALL.into());
            w.write_record(&row)?;
            for g in s.groups.iter().filter(|g| g.buckets[i].n > 0) {
                let mut row = csv_row(&g.buckets[i]);
                row.insert(1, csv_text(&g.value).into_owned());
                w.write_record(&row)?;
            }
        } else {
            w.write_record(&row)?;
        }
    }
    let mut undated = vec![String::new(); header.len()];
    undated[0] = "undated".into();
    undated[if split.is_some() { 2 } else { 1 }] = m.left_out_no_date.to_string();
    w.write_record(&undated)?;
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting_and_reads_back() {
        let mut m = metrics::compute(&[], metrics::By::Quarter, &Select::default(), 0.0);
        let odd = "2024-Q1, \"peak\"\nweek";
        let b = metrics::Bucket {
            period: odd.into(),
            n: 3,
            ttr: metrics::stat(&[10, 20, 45]),
            ttr_from_stated: 1,
            ttd: metrics::stat(&[]),
            detect_to_resolve: metrics::stat(&[7]),
            left_out_no_times: 0,
            small_sample: true,
            coverage: Default::default(),
            change: None,
        };
        m.buckets = vec![b];
        m.left_out_no_date = 2;
        let mut out = Vec::new();
        write_csv(&m, &mut out).unwrap();
        let text = String::from_utf8(out.clone()).unwrap();
        assert!(
            text.contains("\n\"2024-Q1, \"\"peak\"\"\nweek\",3,3,20,"),
            "{text}"
        );
        assert!(
            text.ends_with(&format!(
                ",true{}\nundated,2{}\n",
                ",".repeat(8),
                ",".repeat(24)
            )),
            "{text}"
        );
        let mut r = csv::Reader::from_reader(out.as_slice());
        assert_eq!(r.headers().unwrap(), CSV_HEADER.as_slice());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][0], odd);
        assert_eq!(&rows[0][3], "20");
        // Mean 25 and geometric mean 20.8 (the cube root of 9,000); three values bound neither end
        // of the median's 95% interval (empty cells, not 0).
        assert_eq!(&rows[0][9], "25");
        assert_eq!(&rows[0][10], "20.8");
        assert_eq!((&rows[0][4], &rows[0][5]), ("", ""));
        assert_eq!(&rows[1][0], "undated");
        assert_eq!(&rows[1][1], "2");
    }
}
