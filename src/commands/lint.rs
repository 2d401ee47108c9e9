//! `incidex lint`: what each postmortem's authors should fix so that the
//! numbers drawn from it can be trusted. Exit 1 when anything is found, so a
//! postmortem repository can run it in its own CI.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{LintArgs, ReportFormat};
use crate::corpus;
use crate::extract::lint::{FileReport, check};
use crate::pipeline;
use crate::render::table::Table;

pub fn run(args: LintArgs) -> Result<ExitCode> {
    let (files, walk_warnings) = corpus::walk(std::slice::from_ref(&args.dir));
    for w in &walk_warnings {
        super::warn(w);
    }
    let mut reports = Vec::new();
    for r in pipeline::process_all(&files, args.max_bytes, || {}) {
        let processed = match r {
            Ok(p) => p,
            Err(w) => {
                super::warn(&w);
                continue;
            }
        };
        let findings = check(&processed.extraction);
        reports.push(FileReport {
            path: processed.extraction.incident.path.clone(),
            findings,
        });
    }
    let found: usize = reports.iter().map(|r| r.findings.len()).sum();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &reports)?;
            writeln!(out)?;
        }
        ReportFormat::Table => {
            let mut t = Table::new(&["path", "line", "rule", "what to fix"]);
            for r in &reports {
                for f in &r.findings {
                    t.row(vec![
                        r.path.clone(),
                        f.line.map_or("-".into(), |l| l.to_string()),
                        f.rule.to_string(),
                        f.message.clone(),
                    ]);
                }
            }
            if !t.is_empty() {
                write!(out, "{}", t.render())?;
            }
            let with = reports.iter().filter(|r| !r.findings.is_empty()).count();
            writeln!(
                out,
                "{found} findings in {with} of {} postmortems",
                reports.len()
            )?;
        }
    }
    out.flush()?;
    Ok(if found > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
