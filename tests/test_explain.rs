//! `incidex explain`: snapshots of how a fixture's fields were decided.

mod common;

use common::{Env, fixture, stderr, stdout};

#[test]
fn explain_table_shows_rules_lines_and_losing_candidates() {
    let env = Env::new();
    let f = fixture("explain/two-ends.md");
    let out = env.run(&["explain", f.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out).replace(f.to_str().unwrap(), "explain/two-ends.md");
    insta::assert_snapshot!(text);
}

#[test]
fn explain_json_lists_every_field_with_candidates() {
    let env = Env::new();
    let f = fixture("explain/two-ends.md");
    let out = env.run(&["explain", "--format", "json", f.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let fields = v["fields"].as_array().unwrap();
    let end = fields.iter().find(|x| x["field"] == "end").unwrap();
    assert_eq!(end["value"], "15:10");
    assert_eq!(end["provenance"]["line"], 5);
    // The timeline's later "confirmed stable" entry was considered and lost.
    let cands = end["candidates"].as_array().unwrap();
    assert!(
        cands
            .iter()
            .any(|c| c["value"] == "15:40" && c["lost_because"].is_string()),
        "{cands:?}"
    );
    for field in ["title", "date", "start", "root_cause", "action_items"] {
        assert!(fields.iter().any(|x| x["field"] == field), "{field}");
    }
}

#[test]
fn explain_of_a_missing_file_is_an_error() {
    let env = Env::new();
    let out = env.run(&["explain", "nope.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nope.md"));
}
