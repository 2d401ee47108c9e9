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

#[test]
fn an_end_before_the_start_is_nulled_and_lint_says_why() {
    let env = Env::new();
    let f = env.path("backwards.md");
    std::fs::write(
        &f,
        "# Checkout outage\n\n## Timeline\n\n- 2024-05-03 15:00 UTC: checkout requests start failing\n- 2024-05-03 15:05 UTC: an alert fired for the error rate\n- 2024-05-03 14:10 UTC: service restored and confirmed stable\n",
    )
    .unwrap();
    let out = env.run(&["extract", f.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rec = if v.is_array() { &v[0] } else { &v };
    assert_eq!(rec["start"], "15:00", "{rec}");
    assert!(rec["window_min"].is_null(), "{rec}");
    assert!(rec["detect_to_resolve_min"].is_null(), "{rec}");
    let out = env.run(&["lint", f.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let msgs: Vec<String> = v[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "impossible-duration")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("window_min") && m.contains("before the start")),
        "{msgs:?}"
    );
}
