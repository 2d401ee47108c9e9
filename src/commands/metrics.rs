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
        "ttr_p90",
        "ttr_mean",
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
            fmt_min(b.ttr.p90),
            fmt_min(b.ttr.mean),
            b.ttr_from_stated.to_string(),
            fmt_min(b.ttd.median),
            fmt_min(b.detect_to_resolve.median),
            b.left_out_no_times.to_string(),
        ]);
    }
    t
}

fn write_csv(m: &Metrics, out: &mut impl Write) -> Result<()> {
    writeln!(
        out,
        "period,n,ttr_n,ttr_median_min,ttr_p90_min,ttr_mean_min,ttr_from_stated,ttd_n,ttd_median_min,detect_to_resolve_n,detect_to_resolve_median_min,left_out_no_times,small_sample"
    )?;
    let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v}"));
    for b in &m.buckets {
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{},{}",
            b.period,
            b.n,
            b.ttr.n,
            f(b.ttr.median),
            f(b.ttr.p90),
            f(b.ttr.mean),
            b.ttr_from_stated,
            b.ttd.n,
            f(b.ttd.median),
            b.detect_to_resolve.n,
            f(b.detect_to_resolve.median),
            b.left_out_no_times,
            b.small_sample
        )?;
    }
    writeln!(out, "undated,{},,,,,,,,,,,", m.left_out_no_date)?;
    Ok(())
}
