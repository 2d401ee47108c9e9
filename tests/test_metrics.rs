//! `incidex metrics` on a hand-made corpus whose figures were computed by
//! hand, and on the shipped corpus.

mod common;

use common::{Env, stderr, stdout};
use serde_json::Value;

/// Five incidents in 2024-Q1 with windows 30, 60, 90 and 600 minutes and one
/// with only a stated duration of 45; one in 2024-Q3 without times; one
/// undated.
fn hand_made() -> Env {
    let env = Env::new();
    let w = |name: &str, body: &str| env.write(&format!("corpus/{name}"), body);
    w(
        "a.md",
        "# A\n\n## Summary\nOn 2024-01-05 the API was down from 10:00 to 10:30 UTC.\n\n## Timeline\n- 10:00 UTC: errors began\n- 10:05 UTC: alert fired\n- 10:30 UTC: service restored\n",
    );
    w(
        "b.md",
        "# B\n\n## Summary\nOn 2024-02-10 checkout failed from 09:00 to 10:00 UTC.\n\n## Timeline\n- 09:00 UTC: errors began\n- 09:10 UTC: alert fired\n- 10:00 UTC: service restored\n",
    );
    w(
        "c.md",
        "# C\n\n## Summary\nOn 2024-03-01 search failed from 14:00 to 15:30 UTC.\n",
    );
    w(
        "d.md",
        "# D\n\n## Summary\nOn 2024-03-20 the warehouse system was down from 08:00 to 18:00 UTC.\n",
    );
    w(
        "e.md",
        "# E\n\n## Summary\nOn 2024-03-30 the app was unavailable. The outage lasted 45 minutes.\n",
    );
    w(
        "f.md",
        "# F\n\n## Summary\nOn 2024-08-01 the login page failed for a while.\n",
    );
    w(
        "g.md",
        "# G\n\n## Summary\nThe site was down from 10:00 to 11:00 UTC one Monday.\n",
    );
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    env
}

fn metrics(env: &Env, args: &[&str]) -> Value {
    let mut a = vec!["metrics", "--format", "json"];
    a.extend_from_slice(args);
    let out = env.run(&a);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn figures_computed_by_hand() {
    let env = hand_made();
    let m = metrics(&env, &[]);
    assert_eq!(m["incidents"], 7);
    assert_eq!(m["left_out_no_date"], 1);
    let b = m["buckets"].as_array().unwrap();
    let periods: Vec<&str> = b.iter().map(|x| x["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2024-Q1", "2024-Q2", "2024-Q3"]);
    let q1 = &b[0];
    // 30 45 60 90 600: median 60; p90 = 90 + 0.6 * 510 = 396; mean 825/5 = 165.
    assert_eq!(q1["n"], 5);
    assert_eq!(q1["ttr"]["n"], 5);
    assert_eq!(q1["ttr"]["median"], 60.0);
    assert_eq!(q1["ttr"]["p90"], 396.0);
    assert_eq!(q1["ttr"]["mean"], 165.0);
    // 95% intervals from order statistics: the smallest and largest of five
    // values each miss the median with probability 1/32 > 2.5%, so five
    // values bound neither end (null, never 0); the p90 is at least 60.
    assert_eq!(q1["ttr"]["median_ci"], serde_json::json!([null, null]));
    assert_eq!(q1["ttr"]["p90_ci"], serde_json::json!([60.0, null]));
    assert_eq!(q1["ttr_from_stated"], 1);
    // TTD 5 and 10 -> median 7.5.
    assert_eq!(q1["ttd"]["median"], 7.5);
    assert_eq!(q1["small_sample"], false);
    assert_eq!(b[1]["n"], 0);
    assert_eq!(b[2]["n"], 1);
    assert_eq!(b[2]["left_out_no_times"], 1);
    assert_eq!(b[2]["small_sample"], true);
}

#[test]
fn filters_by_and_formats() {
    let env = hand_made();
    let m = metrics(&env, &["--since", "2024-03-01", "--until", "2024-03-31"]);
    assert_eq!(m["incidents"], 3);
    assert_eq!(m["left_out_no_date"], 0);
    assert_eq!(m["buckets"][0]["ttr"]["median"], 90.0);
    let m = metrics(&env, &["--by", "month"]);
    assert_eq!(m["buckets"].as_array().unwrap().len(), 8, "Jan..Aug");
    let out = env.run(&["metrics", "--format", "csv"]);
    let csv = stdout(&out);
    assert!(csv.starts_with(
        "period,n,ttr_n,ttr_median_min,ttr_median_lo_min,ttr_median_hi_min,ttr_p90_min,ttr_p90_lo_min,ttr_p90_hi_min,ttr_mean_min,ttr_geomean_min"
    ));
    // Median 60 (five values bound neither end), p90 396 (at least 60),
    // mean 165, geometric mean 84.76.
    assert!(
        csv.contains("2024-Q1,5,5,60,,,396,60,,165,84.76,1,"),
        "{csv}"
    );
    assert!(csv.contains("undated,1"));
    let out = env.run(&["metrics"]);
    let t = stdout(&out);
    assert!(t.contains("2024-Q3 *"), "small samples are marked: {t}");
    assert!(t.contains("1 undated"));
    let out = env.run(&["metrics", "--cause", "no-such-cause"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn help_defines_time_to_resolve() {
    let env = Env::new();
    let s = stdout(&env.run(&["metrics", "--help"]));
    assert!(s.contains("time to resolve (TTR) = the start-to-end window"));
    assert!(s.contains("Examples:"));
}

/// Six incidents in two quarters with severities and services in front
/// matter; one names two services, one names none.
fn with_severities() -> Env {
    let env = Env::new();
    let incidents = [
        ("a", "2024-01-10", "SEV1", "[api, db]", "10:00", "10:40"),
        ("b", "2024-02-10", "SEV2", "[api]", "09:00", "10:00"),
        ("c", "2024-03-10", "SEV1", "[]", "08:00", "08:20"),
        ("d", "2024-04-10", "SEV2", "[web]", "12:00", "14:00"),
        ("e", "2024-05-10", "SEV1", "[db]", "07:00", "07:15"),
        ("f", "2024-06-10", "SEV3", "[web, api]", "16:00", "16:50"),
    ];
    for (name, date, sev, services, from, to) in incidents {
        env.write(
            &format!("corpus/{name}.md"),
            format!(
                "---\ndate: {date}\nseverity: {sev}\nservices: {services}\n---\n# {name}\n\n## Summary\nThe service was down from {from} to {to} UTC.\n"
            ),
        );
    }
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    env
}

#[test]
fn splits_sum_to_the_totals_with_n_in_every_cell() {
    let env = with_severities();
    for (by, counts_once) in [
        ("severity", true),
        ("root_cause", true),
        ("detection", true),
        ("service", false),
    ] {
        let m = metrics(&env, &["--split", by]);
        let totals = m["buckets"].as_array().unwrap();
        let groups = m["split"]["groups"].as_array().unwrap();
        assert_eq!(m["split"]["by"], by);
        for (i, t) in totals.iter().enumerate() {
            let n: u64 = groups
                .iter()
                .map(|g| g["buckets"][i]["n"].as_u64().unwrap())
                .sum();
            let ttr_n: u64 = groups
                .iter()
                .map(|g| g["buckets"][i]["ttr"]["n"].as_u64().unwrap())
                .sum();
            if counts_once {
                assert_eq!(n, t["n"].as_u64().unwrap(), "{by} {}", t["period"]);
                assert_eq!(ttr_n, t["ttr"]["n"].as_u64().unwrap(), "{by}");
            } else {
                // a, b, c (none: counted once as unknown) in Q1 name 4;
                // d, e, f in Q2 name 4.
                assert_eq!(n, 4, "{by} {}", t["period"]);
            }
        }
    }
    let m = metrics(&env, &["--split", "severity", "--by", "year"]);
    let g = &m["split"]["groups"];
    assert_eq!(
        (g[0]["value"].as_str(), g[0]["incidents"].as_u64()),
        (Some("SEV1"), Some(3))
    );
    // SEV1: 40, 20, 15 minutes -> median 20.
    assert_eq!(g[0]["buckets"][0]["ttr"]["median"], 20.0);

    // The table shows each period's total, then a row per value with its n.
    let out = env.run(&["metrics", "--split", "service", "--by", "year"]);
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("2024 ")).collect();
    // Period, value, n, ttr_n (the small-sample star left out).
    let cells = |l: &str| {
        l.split_whitespace()
            .filter(|c| *c != "*")
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rows: Vec<String> = rows.into_iter().map(cells).collect();
    assert_eq!(
        rows,
        [
            "2024 (all) 6 6",
            "2024 api 3 3",
            "2024 db 2 2",
            "2024 web 2 2",
            "2024 unknown 1 1"
        ]
    );
    // CSV: the split's column after the period.
    let out = env.run(&["metrics", "--split", "severity", "--format", "csv"]);
    let csv = stdout(&out);
    assert!(csv.starts_with("period,severity,n,ttr_n,"), "{csv}");
    assert!(csv.contains("\n2024-Q1,(all),3,3,"), "{csv}");
    assert!(csv.contains("\n2024-Q1,SEV1,2,2,"), "{csv}");
}

#[test]
fn coverage_and_change_per_period() {
    let env = hand_made();
    let m = metrics(&env, &[]);
    let b = m["buckets"].as_array().unwrap();
    // Q1: all five have a TTR; Q3: none of one (under 60%: flagged).
    assert_eq!(b[0]["coverage"]["ttr"]["share"], 1.0);
    assert_eq!(b[0]["coverage"]["ttr"]["low"], false);
    assert_eq!(b[2]["coverage"]["ttr"]["n"], 0);
    assert_eq!(b[2]["coverage"]["ttr"]["of"], 1);
    assert_eq!(b[2]["coverage"]["ttr"]["low"], true);
    // The first period has nothing before it; Q3 has no value against
    // five: too few to tell, untested.
    assert_eq!(b[0]["change"]["verdict"], "no_earlier_period");
    assert_eq!(b[2]["change"]["verdict"], "too_few_to_tell");
    assert_eq!(
        b[2]["change"]["against"],
        serde_json::json!(["2024-Q1", "2024-Q2"])
    );
    assert_eq!(b[2]["change"]["p_value"], Value::Null);
    let out = env.run(&["metrics"]);
    let text = stdout(&out);
    assert!(text.contains("2024-Q3 *  1      0  0% !"), "{text}");
    assert!(
        text.contains("2024-Q3 against 2024-Q1..2024-Q2: too few to tell: 0 values against 5 in the 2 quarters before."),
        "{text}"
    );
}
