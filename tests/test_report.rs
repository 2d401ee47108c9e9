//! `incidex report`: the quarterly review for the corpus.

mod common;

use common::{Env, stderr};

fn ingested() -> Env {
    let env = Env::new().with_corpus(None);
    // A postmortem whose title would run a script if it were not escaped.
    env.write(
        "corpus/2024-11-30-xss-title.md",
        "# <script>alert(1)</script>\n\n## Summary\nOn 2024-11-30 the API was down from 10:00 to 10:20 UTC because of a bad config push.\n",
    );
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    env
}

#[test]
fn report_has_every_section_and_escapes_postmortem_text() {
    let env = ingested();
    let out = env.run(&["report", "--quarter", "2024-Q4"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = env.path("reports/2024-Q4");
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let md = std::fs::read_to_string(dir.join("report.md")).unwrap();
    for section in [
        "Headline numbers",
        "Time to resolve: trend against the previous quarters",
        "Top recurring root causes",
        "Longest incidents",
        "Detection and resolution",
        "Breakdowns",
        "Action items",
        "Data quality",
    ] {
        assert!(
            html.contains(&format!("<h2>{section}</h2>")),
            "html: {section}"
        );
        assert!(md.contains(&format!("## {section}")), "md: {section}");
    }
    assert!(!html.contains("<script>"), "unescaped script tag");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!md.contains("<script>"));
    // Self-contained: charts inline, no external resources.
    assert!(html.matches("<svg").count() >= 4);
    // (The SVG namespace is a name, not a fetch.)
    let no_ns = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!no_ns.contains("http://") && !no_ns.contains("https://"));
    assert!(!html.contains("<link") && !html.contains("src="));
    // Headline numbers carry their n.
    assert!(html.contains("median minutes to resolve (n="));
    // Links to incidents resolve from the report folder.
    let re = regex::Regex::new(r#"<a href="([^"]+)">"#).unwrap();
    let links: Vec<String> = re.captures_iter(&html).map(|c| c[1].to_string()).collect();
    assert!(!links.is_empty());
    for l in &links {
        let l = l.replace("&amp;", "&");
        assert!(dir.join(&l).is_file(), "broken link {l}");
    }
    for svg in ["mttr.svg", "causes.svg", "detection.svg", "ttd.svg"] {
        assert!(dir.join(svg).is_file());
        assert!(md.contains(&format!("({svg})")));
    }
}

#[test]
fn undated_incidents_are_counted_but_never_placed_in_a_quarter() {
    let env = ingested();
    assert!(
        env.run(&[
            "report",
            "--since",
            "2020-01-01",
            "--until",
            "2030-12-31",
            "--out",
            "all"
        ])
        .status
        .success()
    );
    let md = std::fs::read_to_string(env.path("all/report.md")).unwrap();
    let line = md
        .lines()
        .find(|l| l.starts_with("| no date (whole store) |"))
        .unwrap();
    assert!(line.contains("| 2 |"), "{line}");
    // 53 postmortems, 2 undated: 51 in the period's headline count.
    assert!(md.contains("- **51** incidents in the period"), "{md}");
    // They are listed, with lint's reason, only among the postmortems not
    // placed in any period.
    let (placed, unplaced) = md
        .split_once("### Postmortems not placed in any period")
        .expect("an unplaced section");
    for undated in ["cache-stampede-no-year", "web-stack-outage-no-year"] {
        assert!(
            !placed.contains(undated),
            "{undated} placed in the report's period"
        );
        let row = unplaced
            .lines()
            .find(|l| l.contains(undated))
            .unwrap_or_else(|| panic!("{undated} not listed as unplaced: {unplaced}"));
        assert!(row.contains("written without a year"), "{row}");
        assert!(row.contains("| line "), "{row}");
    }
}

#[test]
fn default_period_and_errors() {
    let env = ingested();
    let out = env.run(&["report"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.path("reports/2024-Q4/index.html").is_file());
    let out = env.run(&["report", "--quarter", "2019-Q1", "--out", "empty"]);
    assert_eq!(out.status.code(), Some(1));
    let out = env.run(&["report", "--quarter", "2024-Q9"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_same_store_gives_byte_identical_report_files_charts_included() {
    let env = ingested();
    let read_all = |dir: &std::path::Path| {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    let mut runs = Vec::new();
    for k in 0..3 {
        let out_dir = env.path(&format!("run{k}"));
        let out = env.run(&[
            "report",
            "--quarter",
            "2024-Q4",
            "--out",
            out_dir.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        runs.push(read_all(&out_dir));
    }
    assert!(runs[0].iter().any(|(n, _)| n == "mttr.svg"));
    for r in &runs[1..] {
        assert_eq!(r.len(), runs[0].len());
        for ((n0, b0), (n1, b1)) in runs[0].iter().zip(r) {
            assert_eq!(n0, n1);
            assert!(b0 == b1, "{n0} differs between two runs on the same store");
        }
    }
}

#[test]
fn source_date_epoch_fixes_the_generated_day_so_a_later_run_is_identical() {
    let env = ingested();
    // 2025-01-01T00:00:00Z and one second before it.
    for (epoch, day) in [("1735689600", "2025-01-01"), ("1735689599", "2024-12-31")] {
        let out = env
            .cmd()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["report", "--quarter", "2024-Q4", "--out", "r"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        for f in ["r/index.html", "r/report.md"] {
            let text = std::fs::read_to_string(env.path(f)).unwrap();
            assert!(text.contains(&format!("generated {day} by incidex")), "{f}");
        }
    }
    let out = env
        .cmd()
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .args(["report", "--quarter", "2024-Q4", "--out", "bad"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("SOURCE_DATE_EPOCH"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_html_template_autoescapes_postmortem_titles() {
    let env = Env::new();
    env.write(
        "corpus/2024-11-30-hostile-title.md",
        "# <script>alert(1)</script> \"quotes\" & 'apostrophes'\n\n## Summary\nOn 2024-11-30 the API was down from 10:00 to 10:20 UTC because of a bad config push.\n",
    );
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    let out = env.run(&["report", "--quarter", "2024-Q4", "--out", "r"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(env.path("r/index.html")).unwrap();
    let escaped =
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; &#39;apostrophes&#39;";
    assert!(
        html.contains(&format!(">{escaped}</a>")),
        "the title, escaped, as link text:\n{html}"
    );
    assert!(!html.contains("<script>alert"), "unescaped script tag");
    assert!(!html.contains("\"quotes\"") && !html.contains("'apostrophes'"));
    assert!(!html.contains(" & "), "unescaped ampersand");
    let md = std::fs::read_to_string(env.path("r/report.md")).unwrap();
    assert!(md.contains(&format!("[{escaped}](<")), "{md}");
}

#[test]
fn the_trend_gives_each_median_and_p90_its_interval() {
    let env = ingested();
    let out = env.run(&["report", "--quarter", "2024-Q4"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(env.path("reports/2024-Q4/report.md")).unwrap();
    let header = md
        .lines()
        .find(|l| l.starts_with("|") && l.contains("median 95% interval"))
        .expect("trend table");
    assert!(
        header.contains("median 95% interval") && header.contains("p90 95% interval"),
        "{header}"
    );
    assert!(header.contains("geometric mean min"), "{header}");
    // Six incidents a quarter: the median has both bounds, the p90 only a
    // lower one ("?" above), never a made-up number.
    let row = md
        .lines()
        .find(|l| l.starts_with("| 2024-Q4"))
        .expect("2024-Q4 row");
    let cells: Vec<&str> = row.split('|').map(str::trim).collect();
    let median_ci = cells[5];
    let p90_ci = cells[7];
    let bound = regex::Regex::new(r"^\d+ to \d+$").unwrap();
    assert!(bound.is_match(median_ci), "{row}");
    assert!(
        regex::Regex::new(r"^\d+ to \?$").unwrap().is_match(p90_ci),
        "{row}"
    );
}

#[test]
fn definitions_name_each_phase_and_the_moments_it_spans() {
    let env = ingested();
    let out = env.run(&["report", "--quarter", "2024-Q4"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(env.path("reports/2024-Q4/report.md")).unwrap();
    let html = std::fs::read_to_string(env.path("reports/2024-Q4/index.html")).unwrap();
    assert!(md.contains("## Definitions") && html.contains("<h2>Definitions</h2>"));
    for row in [
        "| time to detect | start -> detected | ttd_min |",
        "| time to repair | detected -> end | detect_to_resolve_min |",
        "| impact duration | start -> end | window_min |",
    ] {
        assert!(md.contains(row), "{row}");
    }
    // Every minute column of the trend and the longest incidents names its
    // phase.
    for l in md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(" min"))
    {
        for cell in l.split('|').map(str::trim).filter(|c| c.ends_with("min")) {
            assert!(
                cell.starts_with("TTR") || cell.starts_with("time to detect"),
                "{cell}"
            );
        }
    }
}

/// 2024-Q2: nine SEV2 incidents with times (65 to 105 minutes) and seven
/// without any time; 2024-Q1: five with times (185 to 205 minutes).
fn quarter_with_gaps() -> Env {
    let env = Env::new();
    for i in 1..=9 {
        env.write(
            &format!("corpus/q2-timed-{i}.md"),
            format!(
                "---\ndate: 2024-05-{i:02}\nseverity: SEV2\n---\n# Timed {i}\n\n## Summary\nThe API was down from 10:00 to 11:{:02} UTC.\n",
                i * 5
            ),
        );
    }
    for i in 1..=7 {
        env.write(
            &format!("corpus/q2-untimed-{i}.md"),
            format!(
                "---\ndate: 2024-06-{i:02}\nseverity: SEV3\n---\n# Untimed {i}\n\n## Summary\nThe API failed for some users.\n"
            ),
        );
    }
    for i in 1..=5 {
        env.write(
            &format!("corpus/q1-{i}.md"),
            format!(
                "---\ndate: 2024-02-{i:02}\n---\n# Earlier {i}\n\n## Summary\nThe API was down from 10:00 to 13:{:02} UTC.\n",
                i * 5
            ),
        );
    }
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    env
}

#[test]
fn coverage_warning_breakdowns_and_the_change_verdict() {
    let env = quarter_with_gaps();
    let out = env.run(&["report", "--quarter", "2024-Q2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = env.path("reports/2024-Q2");
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let md = std::fs::read_to_string(dir.join("report.md")).unwrap();
    // 9 of 16 incidents have a time to resolve: under 60%, warned.
    let warning = "The time to resolve figures rest on 9 of the period's 16 incidents (56%)";
    assert!(md.contains(&format!("> **Warning:** {warning}")), "{md}");
    let escaped = warning.replace('\'', "&#39;");
    assert!(
        html.contains(&format!("<p class=\"warn\">{escaped}")),
        "{html}"
    );
    assert!(
        md.contains("| time to resolve | 9 of 16 | 56% (under 60%) |"),
        "{md}"
    );
    // SEV2 has nine values: shown, with its n; SEV3 has none: left out and
    // counted.
    let sev = md
        .split_once("### By severity")
        .and_then(|(_, rest)| rest.split("###").next())
        .unwrap();
    assert!(
        sev.contains("| SEV2 | 9 | 9 | 85 | 70 to 100 | 101 |"),
        "{sev}"
    );
    assert!(!sev.contains("| SEV3 |"), "{sev}");
    assert!(
        sev.contains(
            "Not shown: 1 value with fewer than 5 incidents with a time to resolve (7 incidents)."
        ),
        "{sev}"
    );
    // The median fell from 195 to 85 minutes: with 9 against 5 values the
    // median test calls it (every Q2 value is below every Q1 value).
    let change = md
        .lines()
        .find(|l| l.starts_with("**Is the change real?**"))
        .unwrap();
    assert!(
        change
            .contains("2024-Q2 against 2024-Q1 to 2024-Q1: real change: the median is 2.3x lower"),
        "{change}"
    );

    // With every incident timed, no warning about time to resolve (time
    // to detect still has none).
    let out = env.run(&["report", "--quarter", "2024-Q1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(env.path("reports/2024-Q1/report.md")).unwrap();
    assert!(!md.contains("The time to resolve figures rest on"), "{md}");
    assert!(
        md.contains(
            "> **Warning:** The time to detect figures rest on 0 of the period's 5 incidents (0%)"
        ),
        "{md}"
    );
    assert!(md.contains("2024-Q1: no earlier period"), "{md}");
}

/// Two near-identical incidents three quarters apart and an unrelated one,
/// added to the shipped corpus (so that their shared terms are rare: in a
/// store of three, a term in two of them says nothing).
fn recurring() -> Env {
    let env = Env::new().with_corpus(None);
    let text = |date: &str, title: &str, extra: &str| {
        format!(
            "# {title}\n\n## Summary\nOn {date} the ledger-sync workers halted from 09:00 to 09:50 UTC and \
             no journal entries were replicated to the standby vault. {extra}\n\n\
             ## Root cause\nThe chrony daemons on the ntp relays stepped the wall clock back by forty \
             seconds after a bad upstream stratum source. ledger-sync reads a backwards clock as journal \
             corruption and halts every shard until an operator clears the fence.\n\n\
             ## Resolution\nWe pinned chrony to slew instead of step and cleared the shard fences.\n"
        )
    };
    env.write(
        "corpus/2024-02-14-ledger-sync-clock-step.md",
        text(
            "2024-02-14",
            "Ledger sync halted <script>alert(1)</script> | clock [jump] x_y",
            "Finance reconciliation ran late.",
        ),
    );
    env.write(
        "corpus/2024-11-12-ledger-sync-clock-step-again.md",
        text(
            "2024-11-12",
            "Ledger sync halted again <script>x()</script> & \"clock\" stepped back",
            "Reconciliation ran late again.",
        ),
    );
    env.write(
        "corpus/2024-11-20-thumbnail-disk.md",
        "# Thumbnails missing on product pages\n\n## Summary\nOn 2024-11-20 product pages showed grey \
         placeholders instead of thumbnails from 14:00 to 15:10 UTC.\n\n## Root cause\nThe scratch \
         volume of the image resizer filled with orphaned renders left by an aborted batch, so new \
         renders failed to write.\n\n## Resolution\nWe deleted the orphaned renders and added a nightly \
         sweep.\n",
    );
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    env
}

/// The lines of the "Seen before" block of the incident whose heading
/// contains `heading` (up to the next heading), if it has one.
fn seen_block(md: &str, heading: &str) -> Option<String> {
    let section = md.split("\n## Seen before\n").nth(1)?;
    let section = section.split("\n## ").next()?;
    let start = section
        .split("\n### ")
        .skip(1)
        .find(|b| b.lines().next().is_some_and(|h| h.contains(heading)))?;
    Some(start.to_string())
}

#[test]
fn seen_before_lists_the_earlier_twin_with_shared_terms_not_the_later_nor_the_unrelated() {
    let env = recurring();
    let out = env.run(&["report", "--quarter", "2024-Q4", "--out", "q4"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(env.path("q4/report.md")).unwrap();
    let later = seen_block(&md, "halted again").expect("the later twin has a seen-before block");
    let rows: Vec<&str> = later.lines().filter(|l| l.starts_with("| 2")).collect();
    let twin = rows
        .iter()
        .find(|r| r.contains("2024-02-14-ledger-sync-clock-step.md"))
        .unwrap_or_else(|| panic!("the earlier twin is listed first or among the first:\n{later}"));
    assert!(twin.starts_with("| 2024-02-14 |"), "{twin}");
    assert_eq!(
        rows.first(),
        Some(twin),
        "the near-identical one ranks first:\n{later}"
    );
    for term in ["chrony", "ledger-sync"] {
        assert!(twin.contains(term), "shared term {term}: {twin}");
    }
    // Near-identical texts come close to the self-match (1.0).
    let similarity = |row: &str| -> f32 { row.rsplit('|').nth(2).unwrap().trim().parse().unwrap() };
    assert!(similarity(twin) > 0.5, "{twin}");
    assert!(!later.contains("thumbnail"), "the unrelated one:\n{later}");
    assert!(rows.len() <= incidex::query::recurrence::SEEN_BEFORE_MAX);

    // Over every quarter: the earlier twin never lists the later one (only
    // earlier incidents count), and the unrelated one lists neither twin.
    let out = env.run(&[
        "report",
        "--since",
        "2020-01-01",
        "--until",
        "2030-12-31",
        "--out",
        "all",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(env.path("all/report.md")).unwrap();
    assert!(seen_block(&md, "halted again").is_some());
    // Nothing under the threshold is shown.
    let section = md.split("\n## Seen before\n").nth(1).unwrap();
    let section = section.split("\n## ").next().unwrap();
    let rows: Vec<&str> = section.lines().filter(|l| l.starts_with("| 2")).collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(
            similarity(row) >= incidex::query::recurrence::SEEN_BEFORE_MIN,
            "{row}"
        );
    }
    if let Some(earlier) = seen_block(&md, "clock \\[jump\\]") {
        assert!(!earlier.contains("clock-step-again"), "{earlier}");
    }
    if let Some(unrelated) = seen_block(&md, "Thumbnails missing") {
        assert!(!unrelated.contains("ledger-sync-clock-step"), "{unrelated}");
    }
}

#[test]
fn seen_before_escapes_titles_in_headings_and_tables() {
    let env = recurring();
    let out = env.run(&["report", "--quarter", "2024-Q4", "--out", "q4"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(env.path("q4/index.html")).unwrap();
    let section = html
        .split("<h2>Seen before</h2>")
        .nth(1)
        .expect("html section")
        .split("<h2>")
        .next()
        .unwrap();
    // The later twin's title in its heading, the earlier's in the table.
    assert!(
        section.contains(
            "Ledger sync halted again &lt;script&gt;x()&lt;/script&gt; &amp; &quot;clock&quot; stepped back</a></h3>"
        ),
        "{section}"
    );
    assert!(
        section.contains(
            ">Ledger sync halted &lt;script&gt;alert(1)&lt;/script&gt; | clock [jump] x_y</a></td>"
        ),
        "{section}"
    );
    assert!(!section.contains("<script>"));
    let md = std::fs::read_to_string(env.path("q4/report.md")).unwrap();
    let later = seen_block(&md, "halted again").unwrap();
    assert!(
        later.starts_with(
            "2024-11-12 · [Ledger sync halted again &lt;script&gt;x()&lt;/script&gt; &amp; &quot;clock&quot; stepped back]("
        ),
        "{later}"
    );
    assert!(
        later.contains(
            "[Ledger sync halted &lt;script&gt;alert(1)&lt;/script&gt; \\| clock \\[jump\\] x\\_y]("
        ),
        "{later}"
    );
}
