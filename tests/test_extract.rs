//! `incidex extract` on fixtures of our own writing: the JSON record is
//! snapshotted, and the contract's field set is checked exactly.

mod common;

use common::{Env, fixture, stderr, stdout};

const CONTRACT: &[&str] = &[
    "title",
    "date",
    "tz",
    "start",
    "end",
    "detected",
    "duration_stated_min",
    "window_min",
    "ttd_min",
    "detect_to_resolve_min",
    "users_affected_pct",
    "users_affected_count",
    "revenue_loss",
    "root_cause",
    "detection",
    "resolution",
    "action_items",
];

fn extract_json(file: &str) -> serde_json::Value {
    let env = Env::new();
    let out = env.run(&[
        "extract",
        "--format",
        "json",
        fixture(file).to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    // The path is absolute in a temp checkout; keep the snapshot portable.
    let rec = v[0].take();
    let mut rec = rec;
    rec["path"] = serde_json::Value::String(file.to_string());
    rec
}

#[test]
fn company_write_up_with_front_matter_and_timeline_table() {
    insta::assert_json_snapshot!(extract_json("extract/search-latency.md"));
}

#[test]
fn student_readme() {
    insta::assert_json_snapshot!(extract_json("extract/student-readme.md"));
}

#[test]
fn jsonl_has_every_contract_field_and_provenance_for_each_value() {
    let env = Env::new().with_corpus(Some(10));
    let out = env.run(&["extract", "corpus", "--format", "jsonl"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 10);
    for l in lines {
        let r: serde_json::Value = serde_json::from_str(l).unwrap();
        let obj = r.as_object().unwrap();
        for f in CONTRACT {
            assert!(obj.contains_key(*f), "missing {f} in {l}");
        }
        assert!(obj["path"].as_str().unwrap().starts_with("corpus/"));
        // Every non-null contract value has provenance: a line, or a tag.
        let prov = obj["provenance"].as_object().unwrap();
        for f in CONTRACT {
            if !obj[*f].is_null() {
                let p = prov
                    .get(*f)
                    .unwrap_or_else(|| panic!("no provenance for {f}: {l}"));
                assert!(
                    p.get("line").is_some_and(|n| n.as_u64().unwrap() >= 1)
                        || p == "front-matter"
                        || p == "derived",
                    "{f}: {p}"
                );
            }
        }
    }
}

#[test]
fn table_format_and_no_input_exit_code() {
    let env = Env::new();
    let out = env.run(&[
        "extract",
        "--format",
        "table",
        fixture("extract").to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let s = stdout(&out);
    assert!(s.starts_with("path"), "{s}");
    assert_eq!(s.lines().count(), 4);
    env.write("empty/x.md", "");
    let out = env.run(&["extract", "empty"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("x.md: empty file"),
        "{}",
        stderr(&out)
    );
}
