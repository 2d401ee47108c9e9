//! `incidex query`: every shipped saved query runs on the corpus store.

mod common;

use common::{Env, stderr, stdout};

const SHIPPED: &[&str] = &[
    "mttr_by_quarter",
    "recurring_causes",
    "detection_mix",
    "resolution_mix",
    "slowest_incidents",
    "undated_incidents",
];

fn queries_dir() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/queries").to_string()
}

#[test]
fn every_shipped_query_runs_and_returns_rows() {
    let env = Env::new().with_corpus(None);
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    let dir = queries_dir();
    for q in SHIPPED {
        let out = env.run(&["query", q, "--dir", &dir, "--format", "json"]);
        assert!(out.status.success(), "{q}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert!(!v.as_array().unwrap().is_empty(), "{q} returned no rows");
    }
    // A couple of results checked against the corpus itself.
    let out = env.run(&[
        "query",
        "undated_incidents",
        "--dir",
        &dir,
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for row in v.as_array().unwrap() {
        assert!(row["path"].as_str().unwrap().contains("no-year"), "{row}");
    }
    let out = env.run(&[
        "query",
        "mttr_by_quarter",
        "--dir",
        &dir,
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 8);
    for r in rows {
        assert!(r["ttr_p90_min"].as_f64().unwrap() >= r["ttr_median_min"].as_f64().unwrap());
    }
}

#[test]
fn list_shows_each_query_with_its_first_comment() {
    let env = Env::new();
    let out = env.run(&["query", "--list", "--dir", &queries_dir()]);
    assert!(out.status.success());
    let s = stdout(&out);
    for q in SHIPPED {
        let line = s
            .lines()
            .find(|l| l.starts_with(q))
            .unwrap_or_else(|| panic!("{q} missing: {s}"));
        assert!(line.len() > q.len() + 10, "{q} has no description");
    }
}

#[test]
fn unknown_query_is_an_error() {
    let env = Env::new().with_corpus(Some(2));
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    let out = env.run(&["query", "nope", "--dir", &queries_dir()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--list"));
}
