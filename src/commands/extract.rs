//! `incidex extract`: print the extracted record of each postmortem.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{ExtractArgs, RecordFormat};
use crate::corpus;
use crate::pipeline;
use crate::render::table::Table;

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let (files, walk_warnings) = corpus::walk(&args.paths);
    for w in &walk_warnings {
        super::warn(w);
    }
    let results = pipeline::process_all(&files, args.max_bytes, || {});
    let mut records = Vec::new();
    for r in results {
        match r {
            Ok(p) => {
                for w in &p.extraction.warnings {
                    eprintln!("warning: {}: {w}", p.extraction.incident.path);
                }
                records.push(p.extraction.incident);
            }
            Err(w) => super::warn(&w),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        RecordFormat::Jsonl => {
            for r in &records {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        RecordFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &records)?;
            out.write_all(b"\n")?;
        }
        RecordFormat::Table => {
            let mut t = Table::new(&[
                "path",
                "date",
                "tz",
                "start",
                "end",
                "window",
                "ttd",
                "cause",
                "detection",
                "resolution",
                "actions",
            ]);
            let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
            let n = |v: Option<i64>| v.map_or("-".into(), |v| v.to_string());
            for r in &records {
                t.row(vec![
                    r.path.clone(),
                    o(&r.date),
                    o(&r.tz),
                    o(&r.start),
                    o(&r.end),
                    n(r.window_min),
                    n(r.ttd_min),
                    r.root_cause.to_string(),
                    r.detection.to_string(),
                    r.resolution.to_string(),
                    r.action_items.to_string(),
                ]);
            }
            write!(out, "{}", t.render())?;
        }
    }
    out.flush()?;
    Ok(if records.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
