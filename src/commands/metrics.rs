//! `incidex metrics`: reliability figures per period.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{MetricsArgs, MetricsFormat};
use crate::query::metrics::{self, Metrics, Select};
use crate::query::table;
use crate::render::table::Table;
use crate::store::Store;

pub fn fmt_min(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{v:.0}"))
}

pub fn run(args: MetricsArgs) -> Result<ExitCode> {
    let g = Store::new(&args.store.store).open()?;
    let records = table::load_for_metrics(&g.parquet(), args.cause.is_some())?;
    let sel = Select {
        since: crate::period::parse_date(&args.since, "--since")?,
        until: crate::period::parse_date(&args.until, "--until")?,
        cause: args.cause.clone(),
    };
    let m = metrics::compute(&records, args.by, &sel, args.min_confidence);
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
                "\n{} incidents; {} undated (counted, not placed in a period). * = small sample (fewer than {} TTR values).",
                m.incidents,
                m.left_out_no_date,
                metrics::SMALL_SAMPLE
            )?;
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

fn table_of(m: &Metrics) -> Table {
    let mut t = Table::new(&[
        "period",
        "n",
        "ttr_n",
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
    ]);
    for b in &m.buckets {
        t.row(vec![
            format!("{}{}", b.period, if b.small_sample { " *" } else { "" }),
            b.n.to_string(),
            b.ttr.n.to_string(),
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
        ]);
    }
    t
}

const CSV_HEADER: [&str; 18] = [
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
];

/// One row per period, then `undated` with the count of undated incidents
/// (empty cells for a missing figure).
fn write_csv(m: &Metrics, out: &mut impl Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v}"));
    for b in &m.buckets {
        w.write_record([
            b.period.clone(),
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
        ])?;
    }
    let mut undated = vec![String::new(); CSV_HEADER.len()];
    undated[0] = "undated".into();
    undated[1] = m.left_out_no_date.to_string();
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
            text.ends_with(&format!(",true\nundated,2{}\n", ",".repeat(16))),
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
