//! `incidex search` and `incidex similar` on the shipped corpus.

mod common;

use std::sync::OnceLock;

use common::{Env, stderr, stdout};
use serde_json::Value;

/// One ingested copy of the corpus shared by the tests of this file.
fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let env = Env::new().with_corpus(None);
        let out = env.run(&["ingest", "--quiet"]);
        assert!(out.status.success(), "{}", stderr(&out));
        env
    })
}

fn json(args: &[&str]) -> Value {
    let mut a = vec!["search"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--format", "json", "--limit", "100"]);
    let out = env().run(&a);
    assert!(out.status.code().unwrap() <= 1, "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

fn hits(v: &Value) -> &Vec<Value> {
    v["hits"].as_array().unwrap()
}

fn total(args: &[&str]) -> u64 {
    json(args)["total"].as_u64().unwrap()
}

fn file_text(path: &str) -> String {
    std::fs::read_to_string(env().path(path)).unwrap()
}

#[test]
fn word_query_finds_the_incidents_containing_it_most_relevant_first() {
    let v = json(&["PayRail"]);
    let h = hits(&v);
    assert!(h.len() >= 3);
    for hit in h {
        assert!(file_text(hit["path"].as_str().unwrap()).contains("PayRail"));
    }
    // Every file of the corpus that mentions it is found.
    let expected = std::fs::read_dir(env().path("corpus"))
        .unwrap()
        .filter(|e| {
            std::fs::read_to_string(e.as_ref().unwrap().path())
                .unwrap()
                .contains("PayRail")
        })
        .count();
    assert_eq!(h.len(), expected);
    // Scores descend, and a title hit ranks above incidents that only
    // mention the word in passing.
    let scores: Vec<f64> = h.iter().map(|x| x["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    assert!(
        h[0]["title"].as_str().unwrap().contains("PayRail"),
        "{:?}",
        h[0]
    );
    let last = h.last().unwrap();
    assert!(!last["title"].as_str().unwrap().contains("PayRail"));
}

#[test]
fn phrase_returns_fewer_than_its_terms_or() {
    let phrase = total(&["\"connection pool\""]);
    let either = total(&["connection OR pool"]);
    assert!(phrase >= 1);
    assert!(phrase < either, "{phrase} vs {either}");
    // Words without operators must all match: fewer hits than either word.
    let both = total(&["connection pool"]);
    assert!(both >= phrase && both < either, "{both} vs {either}");
}

#[test]
fn a_phrase_finds_every_file_that_has_it_and_a_field_phrase_stays_in_its_field() {
    // Phrases are checked in the title and the body only (the sections are
    // parts of the body): still every file with the words in a row.
    let v = json(&["\"connection pool\""]);
    let found: std::collections::BTreeSet<String> = hits(&v)
        .iter()
        .map(|h| h["path"].as_str().unwrap().to_string())
        .collect();
    let words = regex::Regex::new(r"(?i)\bconnection[^A-Za-z0-9]+pools?\b").unwrap();
    let expected: std::collections::BTreeSet<String> = std::fs::read_dir(env().path("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| words.is_match(&std::fs::read_to_string(p).unwrap()))
        .map(|p| format!("corpus/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(found, expected);
    // A phrase with a field keeps to that field: the file that has it in
    // its root cause does not have it in its summary.
    assert_eq!(
        total(&["rootcause:\"connection pool\""]),
        found.len() as u64
    );
    let none = env().run(&["search", "summary:\"connection pool\""]);
    assert_eq!(none.status.code(), Some(1), "{}", stdout(&none));
    // Slop and a phrase prefix are still tantivy's syntax after the rewrite.
    assert_eq!(total(&["\"connection pool\"~1"]), found.len() as u64);
    assert!(total(&["\"connection po\"*"]) >= found.len() as u64);
}

#[test]
fn stemming_finds_the_base_form() {
    let leaks = total(&["leaks"]);
    assert!(leaks >= 5, "{leaks}");
    assert_eq!(leaks, total(&["leak"]));
    assert_eq!(total(&["restarting"]), total(&["restart"]));
}

#[test]
fn section_fields_and_prefix_search() {
    let v = json(&["rootcause:nginx"]);
    assert!(!hits(&v).is_empty());
    let all_nginx = total(&["nginx"]);
    // The section field restricts: some incidents mention nginx outside
    // their root-cause section.
    assert!(v["total"].as_u64().unwrap() < all_nginx);
    let p = total(&["payr*"]);
    assert_eq!(p, total(&["PayRail"]));
}

#[test]
fn each_filter_narrows_the_hits() {
    let all = total(&["*"]);
    assert_eq!(all, 52);
    let v = json(&["*", "--cause", "memory-leak"]);
    let n = v["total"].as_u64().unwrap();
    assert!(n >= 5 && n < all);
    assert!(hits(&v).iter().all(|h| h["root_cause"] == "memory-leak"));

    let v = json(&["*", "--detection", "customer-report"]);
    assert!(hits(&v).iter().all(|h| h["detection"] == "customer-report"));
    assert!(v["total"].as_u64().unwrap() < all);
    let v = json(&["*", "--resolution", "rollback"]);
    assert!(hits(&v).iter().all(|h| h["resolution"] == "rollback"));
    assert!(v["total"].as_u64().unwrap() < all);

    let v = json(&["*", "--min-minutes", "120"]);
    assert!(!hits(&v).is_empty());
    assert!(
        hits(&v)
            .iter()
            .all(|h| h["window_min"].as_i64().unwrap() >= 120)
    );

    // Dates are inclusive at both ends; undated incidents never match.
    let v = json(&["*", "--since", "2024-03-08", "--until", "2024-03-08"]);
    let dates: Vec<&str> = hits(&v)
        .iter()
        .map(|h| h["date"].as_str().unwrap())
        .collect();
    assert!(!dates.is_empty());
    assert!(dates.iter().all(|d| *d == "2024-03-08"), "{dates:?}");
    let v = json(&["*", "--since", "2024-01-01"]);
    assert!(
        hits(&v)
            .iter()
            .all(|h| h["date"].as_str().unwrap() >= "2024-01-01")
    );
    let v2 = json(&["*", "--until", "2023-12-31"]);
    let dated = v["total"].as_u64().unwrap() + v2["total"].as_u64().unwrap();
    assert!(dated < all, "undated incidents are in neither half");
}

#[test]
fn json_carries_a_snippet_with_its_line_and_highlights() {
    let v = json(&["replication"]);
    let h = &hits(&v)[0];
    let sn = &h["snippet"];
    let line = sn["line"].as_u64().unwrap() as usize;
    let text = file_text(h["path"].as_str().unwrap());
    // The fragment is cut from the file at that line.
    let file_line = text.lines().nth(line - 1).unwrap();
    let frag_start: String = sn["text"]
        .as_str()
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .chars()
        .take(15)
        .collect();
    assert!(
        file_line.contains(frag_start.trim()),
        "line {line}: {file_line:?} vs {frag_start:?}"
    );
    assert!(sn["html"].as_str().unwrap().contains("<b>"));
    let hl = sn["highlights"].as_array().unwrap();
    assert!(!hl.is_empty());
    let frag = sn["text"].as_str().unwrap();
    let (a, b) = (
        hl[0][0].as_u64().unwrap() as usize,
        hl[0][1].as_u64().unwrap() as usize,
    );
    assert!(frag[a..b].to_lowercase().starts_with("replica"));
}

#[test]
fn exit_codes_and_messages() {
    let out = env().run(&["search", "zzzqqqxxx"]);
    assert_eq!(out.status.code(), Some(1));
    let out = env().run(&["search", "nosuchfield:x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown field `nosuchfield`"),
        "{}",
        stderr(&out)
    );
    let out = env().run(&["search", "\"unclosed"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    let out = env().run(&["search", "x", "--since", "last tuesday"]);
    assert_eq!(out.status.code(), Some(2));
    let fresh = Env::new();
    let out = fresh.run(&["search", "leak"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("incidex ingest"), "{}", stderr(&out));
}

#[test]
fn similar_finds_the_sibling_of_a_recurring_cause() {
    let out = env().run(&[
        "similar",
        "corpus/2023-01-09-checkout-memory-leak.md",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let paths: Vec<&str> = hits(&v)
        .iter()
        .map(|h| h["path"].as_str().unwrap())
        .collect();
    assert!(!paths.contains(&"corpus/2023-01-09-checkout-memory-leak.md"));
    assert!(
        paths[..3].contains(&"corpus/2023-10-03-checkout-memory-leak-again.md"),
        "{paths:?}"
    );
    assert!(
        hits(&v)
            .iter()
            .all(|h| !h["terms"].as_array().unwrap().is_empty())
    );

    let out = env().run(&[
        "similar",
        "--text",
        "the inventory database replica fell behind (replication lag)",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(hits(&v)[0]["root_cause"], "database");

    let out = env().run(&["similar", "no/such/file.md"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn snippets_of_long_bodies_point_at_the_right_line() {
    // A long write-up whose only mention of the term is far down, and a
    // term whose stem is not a prefix of the word written ("happi").
    let env = Env::new();
    let mut body = String::from("# Long write-up\n\n## Timeline\n");
    for k in 0..400 {
        body.push_str(&format!(
            "- 10:{:02} UTC: routine check number {k} passed\n",
            k % 60
        ));
    }
    body.push_str("- 11:00 UTC: the zookeeper quorum was lost and writes stopped\n");
    for k in 0..50 {
        body.push_str(&format!("- 11:{:02} UTC: waiting {k}\n", k % 60));
    }
    body.push_str("\nCustomers were happy again by noon.\n");
    env.write("corpus/long.md", &body);
    let out = env.run(&["ingest", "corpus", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let want = body.lines().position(|l| l.contains("zookeeper")).unwrap() + 1;
    for (q, word) in [("zookeeper", "zookeeper"), ("happy", "happy")] {
        let out = env.run(&["search", q, "--format", "json"]);
        let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
        let sn = &v["hits"][0]["snippet"];
        assert!(sn["text"].as_str().unwrap().contains(word), "{q}: {sn}");
        let line = sn["line"].as_u64().unwrap() as usize;
        let file_line = body.lines().nth(line - 1).unwrap();
        let first = sn["text"].as_str().unwrap().lines().next().unwrap();
        assert!(
            file_line.contains(first.trim()),
            "{q}: line {line} {file_line:?} vs {first:?}"
        );
        if q == "zookeeper" {
            assert!(line <= want && want - line < 10, "{line} vs {want}");
        }
    }
}

/// The paths of every hit of a query (the corpus is small: all fit).
fn paths(q: &str) -> std::collections::BTreeSet<String> {
    hits(&json(&[q]))
        .iter()
        .map(|h| h["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn boolean_operators_combine_as_in_lucene() {
    let leak = paths("leak");
    let conn = paths("conn*");
    let memory = paths("memory");
    assert!(!leak.is_empty() && !conn.is_empty() && !memory.is_empty());
    // OR is the union, also with a prefix on one side (this was a syntax
    // error when the query was rewritten as a string).
    let union: std::collections::BTreeSet<_> = leak.union(&conn).cloned().collect();
    assert_eq!(paths("leak OR conn*"), union);
    assert!(union.len() > leak.len() && union.len() > conn.len());
    // AND NOT, NOT and - are the same difference (AND NOT found nothing).
    let diff: std::collections::BTreeSet<_> = memory.difference(&leak).cloned().collect();
    assert!(!diff.is_empty() && diff.len() < memory.len());
    assert_eq!(paths("memory AND NOT leak"), diff);
    assert_eq!(paths("memory NOT leak"), diff);
    assert_eq!(paths("memory -leak"), diff);
    // Parentheses group before AND applies.
    let disk = paths("disk");
    let grouped: std::collections::BTreeSet<_> = leak
        .union(&disk)
        .filter(|p| memory.contains(*p))
        .cloned()
        .collect();
    assert_eq!(paths("(leak OR disk) AND memory"), grouped);
    // A query of exclusions only keeps every other incident.
    let everything = total(&["*"]);
    assert_eq!(total(&["NOT leak"]), everything - leak.len() as u64);
    // AND is the default between words.
    let both: std::collections::BTreeSet<_> = memory.intersection(&leak).cloned().collect();
    assert_eq!(paths("memory leak"), both);
    assert_eq!(paths("memory AND leak"), both);
    assert_eq!(paths("+memory +leak"), both);
    // Words are required by default (AND is the default operator), so a
    // `+` changes nothing next to a bare word; `OR` makes one optional.
    assert_eq!(paths("+memory leak"), both);
    assert_eq!(paths("+memory OR leak"), memory);
}

#[test]
fn prefixes_and_phrases_combine_with_operators_and_fields() {
    // A prefix is every word that starts with it, in any text field or in
    // the one named.
    let conn = paths("conn*");
    assert!(conn.is_superset(&paths("connection")));
    assert!(conn.is_superset(&paths("connections")));
    let in_title = paths("title:conn*");
    assert!(!in_title.is_empty() && in_title.is_subset(&conn) && in_title.len() < conn.len());
    // A phrase without a field is matched in the title and the body, and
    // a negated phrase removes exactly its hits.
    let phrase = paths("\"connection pool\"");
    assert!(!phrase.is_empty() && phrase.is_subset(&paths("connection pool")));
    let without: std::collections::BTreeSet<_> = conn.difference(&phrase).cloned().collect();
    assert_eq!(paths("conn* -\"connection pool\""), without);
    // A dangling operator is a syntax error naming the query, exit 2.
    let out = env().run(&["search", "leak AND"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`leak AND`"), "{}", stderr(&out));
}

#[test]
fn hits_of_equal_score_come_in_path_order() {
    // Four postmortems that score alike for the query, written in an
    // order unlike their paths' (segments are written in parallel).
    let env = Env::new();
    for k in [3, 0, 2, 1] {
        env.write(
            &format!("corpus/pm-{k}.md"),
            format!(
                "# Checkout outage\n\nOn 2024-05-0{} checkout failed from 10:00 to 10:1{k} UTC.\n\n## Root cause\n\nThe tieword database ran out of connections.\n",
                k + 1
            ),
        );
    }
    let out = env.run(&["ingest", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env.run(&["search", "tieword", "--format", "json", "--limit", "3"]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let paths: Vec<&str> = hits(&v)
        .iter()
        .map(|h| h["path"].as_str().unwrap())
        .collect();
    let scores: Vec<f64> = hits(&v)
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] == w[1]), "{scores:?}");
    assert_eq!(
        paths,
        ["corpus/pm-0.md", "corpus/pm-1.md", "corpus/pm-2.md"]
    );
}
