//! Category probes: short passages of our own writing (three writers who
//! saw neither the rules nor each other's passages), each put under the
//! heading it would have in a postmortem ("Resolution", "Detection", "Root
//! cause") and classified. A floor per writer and field, just under what the
//! rules reach, fails the build when a change loses vocabulary it had.
//!
//! Writers 1 and 2 were development data for the category words; writer 3
//! was kept unread and scored once (see README, "Category probes"): its
//! figures are the estimate of how the words carry to a new author.

use incidex::pipeline::process_text;
use std::collections::BTreeMap;

/// (writer, field) -> share right at least.
const FLOORS: &[(&str, &str, f64)] = &[
    ("writer-1", "resolution", 0.83),
    ("writer-1", "detection", 0.75),
    ("writer-1", "root_cause", 0.92),
    ("writer-2", "resolution", 0.88),
    ("writer-2", "detection", 0.84),
    ("writer-2", "root_cause", 0.86),
    ("writer-3", "resolution", 0.63),
    ("writer-3", "detection", 0.61),
    ("writer-3", "root_cause", 0.55),
];

fn heading(field: &str) -> &'static str {
    match field {
        "resolution" => "Resolution",
        "detection" => "Detection",
        _ => "Root cause",
    }
}

fn scores(writer: &str) -> BTreeMap<String, (usize, usize)> {
    let path = format!(
        "{}/tests/fixtures/probes/{writer}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let p: serde_json::Value = serde_json::from_str(line).unwrap();
        let field = p["field"].as_str().unwrap();
        let body = format!(
            "# Postmortem: service outage\n\n## {}\n\n{}\n",
            heading(field),
            p["text"].as_str().unwrap()
        );
        let x = process_text("probe.md", &body, String::new())
            .extraction
            .incident;
        let got = match field {
            "resolution" => x.resolution.as_str(),
            "detection" => x.detection.as_str(),
            _ => x.root_cause.as_str(),
        };
        let e = out.entry(field.to_string()).or_default();
        e.1 += 1;
        if got == p["label"].as_str().unwrap() {
            e.0 += 1;
        }
    }
    out
}

#[test]
fn category_words_hold_on_every_writers_probes() {
    let mut failures = Vec::new();
    for writer in ["writer-1", "writer-2", "writer-3"] {
        let s = scores(writer);
        for (field, (right, n)) in &s {
            let share = *right as f64 / *n as f64;
            println!("{writer} {field}: {right}/{n} = {share:.3}");
            let floor = FLOORS
                .iter()
                .find(|(w, f, _)| *w == writer && f == field)
                .map(|f| f.2)
                .unwrap();
            if share < floor {
                failures.push(format!("{writer} {field}: {share:.3} < floor {floor}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
