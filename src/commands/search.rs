//! `incidex search`: full-text search of past incidents.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use crate::cli::{ReportFormat, SearchArgs};
use crate::query::search::Engine;

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    let engine = Engine::open_store(&args.store.store)?;
    let flt = args.filters.filters();
    let q = engine.parse(&args.query)?;
    let q = engine.with_filters(q, &flt)?;
    let (total, hits) = engine.search(q.as_ref(), args.limit, true)?;
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &json!({"query": args.query, "total": total, "hits": hits}),
            )?;
            writeln!(out)?;
        }
        ReportFormat::Table => crate::render::hits::write(&mut out, &hits, tty)?,
    }
    out.flush()?;
    if !matches!(args.format, ReportFormat::Json) {
        eprintln!(
            "{} of {total} matching incident{}",
            hits.len(),
            if total == 1 { "" } else { "s" }
        );
    }
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
