//! `incidex explain`: every field of one postmortem with its value, the line
//! it came from, the rule that fired, its confidence, and the candidates
//! that lost and why.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::cli::{ExplainArgs, ReportFormat};
use crate::extract::Provenance;
use crate::pipeline;

fn prov_text(p: &Provenance) -> String {
    match p {
        Provenance::Line { line, text } => format!("line {line}: {text}"),
        Provenance::Other(s) => s.clone(),
    }
}

pub fn run(args: ExplainArgs) -> Result<ExitCode> {
    let processed = pipeline::process(&args.path, args.max_bytes)
        .map_err(|w| anyhow::anyhow!("{w}"))
        .with_context(|| format!("cannot explain {}", args.path.display()))?;
    let ex = &processed.extraction;
    let record = serde_json::to_value(&ex.incident)?;
    let mut fields: Vec<&str> = crate::schema::Field::all().map(|f| f.as_str()).collect();
    fields.extend(["severity", "services", "mitigated", "start_utc", "end_utc"]);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            let mut arr = Vec::new();
            for f in &fields {
                let d = ex.decisions.get(*f);
                arr.push(json!({
                    "field": f,
                    "value": record.get(*f).cloned().unwrap_or(Value::Null),
                    "provenance": ex.incident.provenance.get(*f),
                    "rule": d.map(|d| d.rule.clone()),
                    "confidence": d.map(|d| (d.confidence * 100.0).round() / 100.0),
                    "candidates": d.map(|d| d.candidates.clone()).unwrap_or_default(),
                }));
            }
            serde_json::to_writer_pretty(
                &mut out,
                &json!({"path": ex.incident.path, "fields": arr, "warnings": ex.warnings}),
            )?;
            writeln!(out)?;
        }
        ReportFormat::Table => {
            writeln!(out, "{}", ex.incident.path)?;
            for w in &ex.warnings {
                writeln!(out, "  warning: {w}")?;
            }
            for f in &fields {
                let v = record.get(*f).cloned().unwrap_or(Value::Null);
                let d = ex.decisions.get(*f);
                let shown = match &v {
                    Value::String(s) => s.clone(),
                    Value::Array(a) if a.is_empty() => "null".into(),
                    other => other.to_string(),
                };
                write!(out, "\n{f} = {shown}")?;
                if let Some(d) = d {
                    if !v.is_null() {
                        write!(out, "   [{}; confidence {:.2}]", d.rule, d.confidence)?;
                    } else if d.rule != "none" {
                        write!(out, "   [{}]", d.rule)?;
                    }
                }
                writeln!(out)?;
                if let Some(p) = ex.incident.provenance.get(*f) {
                    writeln!(out, "    from {}", prov_text(p))?;
                }
                if let Some(d) = d {
                    for c in d.candidates.iter().filter(|c| c.lost_because.is_some()) {
                        let val = match &c.value {
                            Value::String(s) => s.clone(),
                            o => o.to_string(),
                        };
                        writeln!(
                            out,
                            "    lost: {val} ({}, score {:.2}) {}: {}",
                            c.rule,
                            c.score,
                            c.lost_because.as_deref().unwrap_or(""),
                            prov_text(&c.provenance)
                        )?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
