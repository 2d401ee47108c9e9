//! `incidex search`: full-text search of past incidents.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use crate::cli::{FilterArgs, ReportFormat, SearchArgs};
use crate::query::search::{Engine, Filters, Hit};
use crate::store::Store;

pub fn filters(a: &FilterArgs) -> Filters {
    Filters {
        cause: a.cause.clone(),
        detection: a.detection.clone(),
        resolution: a.resolution.clone(),
        since: a.since.clone(),
        until: a.until.clone(),
        min_minutes: a.min_minutes,
    }
}

/// Open the live generation's index.
pub fn engine(store: &std::path::Path) -> Result<Engine> {
    let g = Store::new(store).open()?;
    Ok(Engine::open(&g.index())?)
}

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    let engine = engine(&args.store.store)?;
    let flt = filters(&args.filters);
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
        ReportFormat::Table => print_hits(&mut out, &hits, tty)?,
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

/// Hits as text: a header line per hit and its snippet, with matched terms
/// in bold on a terminal.
pub fn print_hits(out: &mut impl Write, hits: &[Hit], tty: bool) -> Result<()> {
    for h in hits {
        let mins = h
            .window_min
            .or(h.duration_min)
            .map_or("-".to_string(), |m| format!("{m} min"));
        writeln!(
            out,
            "{:>2}. {}  {}  {}  {}  (score {:.2})",
            h.rank,
            h.date.as_deref().unwrap_or("undated"),
            h.root_cause.as_deref().unwrap_or("-"),
            mins,
            h.title.as_deref().unwrap_or("(untitled)"),
            h.score
        )?;
        match &h.snippet {
            Some(s) => {
                let mut text = String::new();
                let mut last = 0;
                for (a, b) in &s.highlights {
                    text.push_str(&s.text[last..*a]);
                    if tty {
                        text.push_str("\x1b[1m");
                        text.push_str(&s.text[*a..*b]);
                        text.push_str("\x1b[0m");
                    } else {
                        text.push_str(&s.text[*a..*b]);
                    }
                    last = *b;
                }
                text.push_str(&s.text[last..]);
                let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                writeln!(out, "    {}:{}", h.path, s.line)?;
                writeln!(out, "    {one_line}")?;
            }
            None => writeln!(out, "    {}", h.path)?,
        }
        if !h.terms.is_empty() {
            writeln!(out, "    shared terms: {}", h.terms.join(", "))?;
        }
    }
    Ok(())
}
