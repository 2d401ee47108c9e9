//! In-process query benchmark (dev tool for bench/run): opens the store
//! once, then times the fixed query set (top 10 with snippets, as `incidex
//! search` returns them), `metrics --by quarter`, and one SQL group-by.
//!
//!     cargo run --release --example bench_query -- STORE bench/queries.tsv
//!
//! Prints one JSON object: search p50/p99/mean in ms, metrics and SQL ms.
//! `NO_SNIP=1` times the queries without snippets; `SLOWEST=1` lists the
//! queries of the last pass that took over 5 ms (on stderr).

use std::time::Instant;

use incidex::query::metrics::{self, By, Select};
use incidex::query::search::{Engine, Filters};
use incidex::query::{sql, table};
use incidex::store::Store;

fn filters(f: &str) -> Filters {
    let mut out = Filters::default();
    if let Some((k, v)) = f.trim_start_matches("--").split_once('=') {
        let v = v.to_string();
        match k {
            "cause" => out.cause = Some(v),
            "detection" => out.detection = Some(v),
            "resolution" => out.resolution = Some(v),
            "since" => out.since = Some(v),
            "until" => out.until = Some(v),
            "min-minutes" => out.min_minutes = v.parse().ok(),
            _ => {}
        }
    }
    out
}

fn pct(sorted: &[f64], q: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * q;
    let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let store = Store::new(&args[1]);
    let queries = std::fs::read_to_string(&args[2])?;
    let g = store.open()?;
    let t_open = Instant::now();
    let engine = Engine::open(&g.index())?;
    let open_ms = t_open.elapsed().as_secs_f64() * 1e3;
    let parsed: Vec<(String, Filters)> = queries
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut p = l.split('\t');
            let _kind = p.next().unwrap_or("");
            let q = p.next().unwrap_or("").to_string();
            let f = filters(p.next().unwrap_or(""));
            (q, f)
        })
        .collect();
    // One warm-up pass (page cache, lazy structures), then three timed ones.
    let mut hits_total = 0usize;
    let mut times = Vec::new();
    for pass in 0..4 {
        for (q, f) in &parsed {
            let t = Instant::now();
            let query = engine.with_filters(engine.parse(q)?, f)?;
            let (_, hits) =
                engine.search(query.as_ref(), 10, std::env::var_os("NO_SNIP").is_none())?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            if pass > 0 {
                times.push(ms);
                hits_total += hits.len();
            }
            if pass == 3 && std::env::var_os("SLOWEST").is_some() && ms > 5.0 {
                eprintln!("{ms:.1} ms\t{q}\t{f:?}");
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len() as f64;

    // metrics --by quarter, in process: read the table's columns + compute.
    let mut m_times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let records = table::load_for_metrics(&g.parquet(), &[])?;
        let m = metrics::compute(&records, By::Quarter, &Select::default(), 0.0);
        std::hint::black_box(m);
        m_times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    m_times.sort_by(f64::total_cmp);
    let mut s_times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let df = sql::run(
            &g.parquet(),
            "SELECT root_cause, quarter, count(*) AS n, median(window_min) AS med FROM incidents GROUP BY root_cause, quarter",
        )?;
        std::hint::black_box(df);
        s_times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    s_times.sort_by(f64::total_cmp);
    println!(
        "{}",
        serde_json::json!({
            "queries": parsed.len(),
            "timed_runs": times.len(),
            "hits_per_query": hits_total as f64 / times.len() as f64,
            "index_open_ms": open_ms,
            "search_p50_ms": pct(&times, 0.5),
            "search_p99_ms": pct(&times, 0.99),
            "search_mean_ms": mean,
            "metrics_ms": pct(&m_times, 0.5),
            "sql_ms": pct(&s_times, 0.5),
        })
    );
    Ok(())
}
