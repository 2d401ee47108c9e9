//! What a postmortem's authors should fix so that the numbers drawn from
//! it can be trusted: rules over one extraction (a missing date or year,
//! times without a zone, durations that cannot be true or that disagree).
//! `incidex lint` prints them; the report names the postmortems it could
//! not place in a period and why.

use serde::Serialize;

use super::{Extraction, Provenance};
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

/// The findings for one extracted postmortem: the front matter's warnings
/// first, then the rules'.
pub fn check(ex: &Extraction) -> Vec<Finding> {
    let mut out: Vec<Finding> = ex
        .warnings
        .iter()
        .map(|w| Finding {
            rule: FRONT_MATTER,
            message: w.clone(),
            line: None,
        })
        .collect();
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

/// The rule of a front matter's warning (a date that does not exist, a
/// value of the wrong type...).
pub const FRONT_MATTER: &str = "front-matter";

/// The rules that explain why a postmortem has no date (and so is never
/// placed in a period).
pub const UNDATED_RULES: &[&str] = &[FRONT_MATTER, "no-year", "no-date"];
