//! `incidex lint`: what each postmortem's authors should fix so that the
//! numbers drawn from it can be trusted. Exit 1 when anything is found, so a
//! postmortem repository can run it in its own CI.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::cli::{LintArgs, ReportFormat};
use crate::corpus;
use crate::extract::{Extraction, Provenance};
use crate::pipeline;
use crate::render::table::Table;
use crate::schema::Field as F;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// A stable name for the rule (`no-year`, `no-end-time`...).
    pub rule: &'static str,
    pub message: String,
    /// The line the finding points at, when there is one.
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    pub findings: Vec<Finding>,
}

fn line_of(p: Option<&Provenance>) -> Option<usize> {
    p.and_then(Provenance::line_no)
}

/// The findings for one extracted postmortem.
pub fn check(ex: &Extraction) -> Vec<Finding> {
    let mut out = Vec::new();
    check_times(ex, &mut out);
    check_durations(ex, &mut out);
    check_zones(ex, &mut out);
    check_content(ex, &mut out);
    out
}

fn push(out: &mut Vec<Finding>, rule: &'static str, message: String, line: Option<usize>) {
    out.push(Finding {
        rule,
        message,
        line,
    });
}

/// The date and the times of the incident: missing, or written without a
/// year.
fn check_times(ex: &Extraction, out: &mut Vec<Finding>) {
    let i = &ex.incident;
    let date_decision = ex.decisions.get(F::Date.as_str());
    let yearless = date_decision.and_then(|d| {
        d.candidates
            .iter()
            .find(|c| c.lost_because.as_deref() == Some("no year stated"))
    });
    if i.date.is_none() {
        match yearless {
            Some(c) => push(
                out,
                "no-year",
                "the incident date is written without a year: write the full date, e.g. 2024-05-15"
                    .into(),
                line_of(Some(&c.provenance)),
            ),
            None => push(
                out,
                "no-date",
                "no date for the incident: state the day it began (YYYY-MM-DD)".into(),
                None,
            ),
        }
    }
    if i.start.is_none() {
        push(
            out,
            "no-start-time",
            "no start time: state when the impact began, with its time zone".into(),
            None,
        );
    }
    if i.start.is_some() && i.end.is_none() {
        push(
            out,
            "no-end-time",
            "no end time: state when service was fully restored, so the outage window can be computed".into(),
            None,
        );
    }
    let guessed = ex
        .decisions
        .get(F::Detected.as_str())
        .is_some_and(|d| d.rule == "timeline-first-response");
    if (i.detected.is_none() || guessed) && i.start.is_some() {
        push(
            out,
            "no-detection-time",
            "no detection time: no entry says when the alert fired or someone noticed (and how)"
                .into(),
            None,
        );
    }
}

/// Durations that could not be true, or that disagree with the times.
fn check_durations(ex: &Extraction, out: &mut Vec<Finding>) {
    let i = &ex.incident;
    // Derived figures that could not be true: nulled by extraction.
    for (field, why) in &ex.hints.impossible {
        push(
            out,
            "impossible-duration",
            format!("{field} left empty: {why}; check the times and dates of the timeline"),
            line_of(i.provenance.get(F::End.as_str())),
        );
    }
    // The stated duration against the start-to-end window, or, without an
    // end time, against the span of the timeline.
    let against = i.window_min.map(|w| (w, "start-to-end window")).or(ex
        .hints
        .timeline_span_min
        .map(|s| (s, "timeline, first to last entry,")));
    if let (Some(stated), Some((window, what))) = (i.duration_stated_min, against) {
        let diff = (stated - window).abs();
        if diff > 5 && diff * 10 > window.max(1) {
            push(
                out,
                "duration-mismatch",
                format!(
                    "the stated duration ({stated} min) disagrees with the {what} ({window} min) by {diff} min"
                ),
                line_of(i.provenance.get(F::DurationStatedMin.as_str())),
            );
        }
    }
}

/// Times without a time zone, or in more than one.
fn check_zones(ex: &Extraction, out: &mut Vec<Finding>) {
    let i = &ex.incident;
    if i.start.is_some() && i.tz.is_none() {
        push(
            out,
            "no-time-zone",
            "times are written without a time zone: add one (UTC, or e.g. 10:30 WAT)".into(),
            line_of(i.provenance.get(F::Start.as_str())),
        );
    }
    // Times written in more than one zone (zones with equal offsets, like
    // GMT+1 and UTC+01:00, are one zone).
    let mut zones: Vec<(String, Option<i32>, usize)> = Vec::new();
    for (name, off, line) in &ex.hints.zones {
        if !zones
            .iter()
            .any(|(n, o, _)| n == name || (o.is_some() && o == off))
        {
            zones.push((name.clone(), *off, *line));
        }
    }
    if zones.len() > 1 {
        let names: Vec<String> = zones
            .iter()
            .map(|(n, _, l)| format!("{n} (line {l})"))
            .collect();
        push(
            out,
            "mixed-time-zones",
            format!(
                "times are written in {} zones: {}; use one zone throughout",
                zones.len(),
                names.join(", ")
            ),
            Some(zones[1].2),
        );
    }
}

/// What the postmortem says beyond the times: its cause, its action items.
fn check_content(ex: &Extraction, out: &mut Vec<Finding>) {
    let i = &ex.incident;
    if i.root_cause == "unknown" {
        push(
            out,
            "unknown-root-cause",
            "no root cause could be read: add a Root cause section naming the mechanism".into(),
            None,
        );
    }
    if i.action_items == 0 {
        push(
            out,
            "no-action-items",
            "no action items: list them as bullet points under an Action items heading".into(),
            None,
        );
    }
}

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
        let mut findings = check(&processed.extraction);
        for w in &processed.extraction.warnings {
            findings.insert(
                0,
                Finding {
                    rule: "front-matter",
                    message: w.clone(),
                    line: None,
                },
            );
        }
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
