//! `incidex lint`: a fixture that trips every lint, and a clean one.

mod common;

use common::{Env, fixture, stdout};

#[test]
fn a_file_that_trips_every_lint() {
    let env = Env::new();
    let f = fixture("lint/every-lint.md");
    let out = env.run(&["lint", f.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let mut v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    v[0]["path"] = "lint/every-lint.md".into();
    insta::assert_json_snapshot!(v);
    let rules: Vec<&str> = v[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    for r in [
        "no-year",
        "no-end-time",
        "duration-mismatch",
        "mixed-time-zones",
        "unknown-root-cause",
        "no-action-items",
        "no-detection-time",
    ] {
        assert!(rules.contains(&r), "{r} not tripped: {rules:?}");
    }
}

#[test]
fn a_clean_file_passes_and_the_table_counts_findings() {
    let env = Env::new();
    let out = env.run(&["lint", fixture("lint/clean.md").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("0 findings in 0 of 1 postmortems"));
    let out = env.run(&["lint", fixture("lint").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let s = stdout(&out);
    assert!(s.contains("7 findings in 1 of 2 postmortems"), "{s}");
    assert!(s.contains("by 15 min"));
}
