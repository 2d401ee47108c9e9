//! `incidex ingest`: the Parquet table and the index it writes, incremental
//! re-ingest, deletions, atomicity under injected failures, the lock, and
//! bad input.

mod common;

use common::{Env, stderr};
use incidex::store::{self, Store};
use polars::prelude::*;

fn table(env: &Env) -> DataFrame {
    let g = Store::new(env.path(".incidex")).open().unwrap();
    store::frame::read(&g.parquet()).unwrap()
}

fn paths(df: &DataFrame) -> Vec<String> {
    df.column("path")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(|p| p.unwrap().to_string())
        .collect()
}

/// Paths of the documents the index returns for a query.
fn search(env: &Env, q: &str) -> Vec<String> {
    let g = Store::new(env.path(".incidex")).open().unwrap();
    let idx = tantivy::Index::open_in_dir(g.index()).unwrap();
    let f = store::index::fields_of(&idx.schema()).unwrap();
    let reader = idx.reader().unwrap();
    let searcher = reader.searcher();
    let qp = tantivy::query::QueryParser::for_index(&idx, vec![f.body, f.title]);
    let query = qp.parse_query(q).unwrap();
    let hits = searcher
        .search(
            &query,
            &tantivy::collector::TopDocs::with_limit(100).order_by_score(),
        )
        .unwrap();
    let mut out: Vec<String> = hits
        .into_iter()
        .map(|(_, a)| {
            let d: tantivy::TantivyDocument = searcher.doc(a).unwrap();
            use tantivy::schema::Value;
            d.get_first(f.path).unwrap().as_str().unwrap().to_string()
        })
        .collect();
    out.sort();
    out
}

#[test]
fn writes_a_typed_table_and_a_searchable_index() {
    let env = Env::new().with_corpus(None);
    let n = std::fs::read_dir(env.path("corpus")).unwrap().count();
    let out = env.run(&["ingest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!(
        "{n} new, 0 changed, 0 unchanged, 0 removed, 0 warnings"
    )));
    let df = table(&env);
    assert_eq!(df.height(), n);
    let dtype = |c: &str| df.column(c).unwrap().dtype().clone();
    assert_eq!(dtype("date"), DataType::Date);
    assert_eq!(dtype("window_min"), DataType::Int64);
    assert_eq!(dtype("ttd_min"), DataType::Int64);
    assert_eq!(dtype("users_affected_pct"), DataType::Float64);
    assert_eq!(dtype("root_cause"), DataType::String);
    assert_eq!(dtype("root_cause_confidence"), DataType::Float64);
    assert!(matches!(
        dtype("start_utc"),
        DataType::Datetime(TimeUnit::Milliseconds, Some(_))
    ));
    // Quarters are derived from dates, null exactly where the date is null.
    let dates = df.column("date").unwrap();
    let quarters = df.column("quarter").unwrap();
    assert_eq!(dates.null_count(), quarters.null_count());
    assert!(
        dates.null_count() >= 2,
        "the corpus has undated postmortems"
    );
    // The index finds a postmortem by a word of its body, and stems.
    let hits = search(&env, "PayRail");
    assert!(!hits.is_empty());
    for h in &hits {
        let text = std::fs::read_to_string(env.path(h)).unwrap();
        assert!(text.contains("PayRail"), "{h}");
    }
    assert!(search(&env, "leaks").len() >= 3, "stemming: leaks -> leak");
}

#[test]
fn second_run_extracts_nothing_and_changes_are_applied() {
    let env = Env::new().with_corpus(Some(12));
    assert!(env.run(&["ingest"]).status.success());
    let gen1 = std::fs::read_to_string(env.path(".incidex/CURRENT")).unwrap();

    let out = env.run(&["ingest"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("nothing to do"), "{}", stderr(&out));
    assert!(stderr(&out).contains("12 unchanged"));
    assert_eq!(
        std::fs::read_to_string(env.path(".incidex/CURRENT")).unwrap(),
        gen1
    );

    // Change one file, delete another, add a new one.
    let mut names = paths(&table(&env));
    names.sort();
    let changed = &names[0];
    let deleted = &names[1];
    let mut text = std::fs::read_to_string(env.path(changed)).unwrap();
    text.push_str("\nThe zebracorn cache was also involved.\n");
    env.write(changed, text);
    let deleted_word = "PayRail";
    std::fs::remove_file(env.path(deleted)).unwrap();
    env.write(
        "corpus/new-one.md",
        "# New outage\n\nThe quokkabase was down from 10:00 to 11:00 UTC on 2024-02-02.\n",
    );
    let out = env.run(&["ingest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 new, 1 changed, 10 unchanged, 1 removed"),
        "{}",
        stderr(&out)
    );

    let df = table(&env);
    let now = paths(&df);
    assert_eq!(now.len(), 12);
    assert!(!now.contains(deleted));
    assert!(now.contains(&"corpus/new-one.md".to_string()));
    assert_eq!(search(&env, "zebracorn"), vec![changed.clone()]);
    assert_eq!(
        search(&env, "quokkabase"),
        vec!["corpus/new-one.md".to_string()]
    );
    // The deleted file is gone from the index too.
    let all = search(&env, "*");
    let _ = deleted_word;
    assert!(!all.contains(deleted));
    assert_eq!(all.len(), 12);
    // The live generation and the one before it (for readers that opened
    // it just before the swap) are kept; older ones are removed.
    let gens = std::fs::read_dir(env.path(".incidex"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("gen-")
        })
        .count();
    assert_eq!(gens, 2);
}

#[test]
fn a_failure_or_a_kill_mid_ingest_leaves_the_previous_store_readable() {
    let env = Env::new().with_corpus(Some(8));
    assert!(env.run(&["ingest"]).status.success());
    let before = table(&env);
    env.write(
        "corpus/zz-extra.md",
        "# Extra\n\nThe wombatdb failed at 10:00 UTC.\n",
    );
    for point in [
        "parquet",
        "index",
        "manifest",
        "swap",
        "abort:index",
        "abort:swap",
    ] {
        let out = env
            .cmd()
            .arg("ingest")
            .env("INCIDEX_FAIL_AT", point)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{point} should fail");
        if !point.starts_with("abort") {
            assert_eq!(out.status.code(), Some(2));
            assert!(stderr(&out).contains("previous store"), "{}", stderr(&out));
        }
        let after = table(&env);
        assert!(after.equals_missing(&before), "{point}: store changed");
        assert!(search(&env, "wombatdb").is_empty());
    }
    // The next ingest cleans up and succeeds.
    let out = env.run(&["ingest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(table(&env).height(), 9);
    assert_eq!(search(&env, "wombatdb").len(), 1);
    let partials = std::fs::read_dir(env.path(".incidex"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".partial")
        })
        .count();
    assert_eq!(partials, 0);
}

#[test]
fn a_second_ingest_while_one_runs_is_refused() {
    let env = Env::new().with_corpus(Some(3));
    std::fs::create_dir_all(env.path(".incidex")).unwrap();
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(env.path(".incidex/lock"))
        .unwrap();
    f.try_lock().unwrap();
    let out = env.run(&["ingest"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("another ingest is running"),
        "{}",
        stderr(&out)
    );
    drop(f);
    assert!(env.run(&["ingest"]).status.success());
}

#[test]
fn bad_input_is_one_warning_per_file_and_the_rest_is_ingested() {
    let env = Env::new().with_corpus(Some(5));
    env.write("corpus/binary.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    env.write("corpus/latin1.md", b"# Caf\xe9 outage\n");
    env.write("corpus/empty.md", b"");
    env.write("corpus/huge.md", vec![b'a'; 50 * 1024 * 1024]);
    env.write(
        "corpus/bad-front-matter.md",
        "---\ntitle: [unclosed\n---\n# Disk full\n\nThe disk filled at 10:00 UTC on 2024-01-09.\n",
    );
    env.write(
        "corpus/no-such-day.md",
        "# Outage\n\nOn February 30, 2023 the API was down from 10:00 to 11:00 UTC.\n",
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere.md", env.path("corpus/dangling.md")).unwrap();
        std::fs::create_dir(env.path("corpus/sub")).unwrap();
        std::os::unix::fs::symlink("..", env.path("corpus/sub/loop")).unwrap();
    }
    let out = env.run(&["ingest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let warn = |name: &str, reason: &str| {
        let lines: Vec<&str> = err
            .lines()
            .filter(|l| l.starts_with("warning:") && l.contains(name))
            .collect();
        assert_eq!(lines.len(), 1, "{name}: {err}");
        assert!(lines[0].contains(reason), "{name}: {}", lines[0]);
    };
    warn("binary.md", "binary");
    warn("latin1.md", "UTF-8");
    warn("empty.md", "empty");
    warn("huge.md", "too large");
    warn("bad-front-matter.md", "malformed front matter at line");
    #[cfg(unix)]
    {
        warn("dangling.md", "not found");
        warn("sub/loop", "symlink loop");
    }
    let expected_warnings = if cfg!(unix) { 7 } else { 5 };
    assert!(
        err.contains(&format!("{expected_warnings} warnings")),
        "{err}"
    );
    let df = table(&env);
    // 5 corpus files + the file with bad front matter + the impossible date.
    assert_eq!(df.height(), 7, "{:?}", paths(&df));
    let p = paths(&df);
    let row = p
        .iter()
        .position(|x| x.ends_with("bad-front-matter.md"))
        .unwrap();
    assert_eq!(
        df.column("date").unwrap().get(row).unwrap().to_string(),
        "2024-01-09",
        "the body is still extracted"
    );
    let row = p
        .iter()
        .position(|x| x.ends_with("no-such-day.md"))
        .unwrap();
    assert!(
        df.column("date").unwrap().get(row).unwrap().is_null(),
        "30 February is no date"
    );
}

#[test]
fn unreadable_files_keep_what_was_stored() {
    // A file that was stored and then cannot be read (here: replaced by a
    // binary file) keeps its row: nothing stored is lost to a bad read.
    let env = Env::new().with_corpus(Some(3));
    assert!(env.run(&["ingest"]).status.success());
    let before = paths(&table(&env));
    env.write(&before[0], b"\0\0\0binary now");
    let out = env.run(&["ingest"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("binary"));
    assert_eq!(paths(&table(&env)), before);
}

#[test]
fn nothing_to_ingest_is_an_error() {
    let env = Env::new();
    env.write("corpus/empty.md", "");
    let out = env.run(&["ingest"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("nothing to ingest"),
        "{}",
        stderr(&out)
    );
    let out = env.run(&["ingest", "missing-dir"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not found"));
}

#[test]
fn store_location_from_flag_and_environment() {
    let env = Env::new().with_corpus(Some(2));
    assert!(
        env.run(&["ingest", "corpus", "--store", "elsewhere"])
            .status
            .success()
    );
    assert!(env.path("elsewhere/CURRENT").exists());
    let out = env
        .cmd()
        .args(["ingest"])
        .env("INCIDEX_STORE", "fromenv")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(env.path("fromenv/CURRENT").exists());
}

#[test]
fn readers_open_the_small_head_not_the_file_list() {
    let env = Env::new().with_corpus(Some(5));
    let out = env.run(&["ingest", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let full = Store::new(env.path(".incidex")).current().unwrap().unwrap();
    assert_eq!(full.manifest.files.len(), 5);
    let head_path = full.dir.join(store::HEAD);
    let head: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&head_path).unwrap()).unwrap();
    assert_eq!(head["files"].as_object().unwrap().len(), 0);
    assert_eq!(head["generation"], full.manifest.generation);
    // Readers get the head: the file list is not read.
    let g = Store::new(env.path(".incidex")).open().unwrap();
    assert!(g.manifest.files.is_empty());
    assert_eq!(g.manifest.corpus_abs, full.manifest.corpus_abs);
    // A store written before heads existed still opens (from the manifest).
    std::fs::remove_file(&head_path).unwrap();
    let out = env.run(&[
        "sql",
        "SELECT count(*) AS n FROM incidents",
        "--format",
        "csv",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(common::stdout(&out).contains('5'));
}

#[test]
fn a_store_written_by_other_extraction_code_is_extracted_again() {
    let env = Env::new().with_corpus(Some(12));
    assert!(env.run(&["ingest"]).status.success());
    let current = std::fs::read_to_string(env.path(".incidex/CURRENT")).unwrap();
    let manifest = env.path(&format!(".incidex/{}/manifest.json", current.trim()));
    let text = std::fs::read_to_string(&manifest).unwrap();
    let recorded = regex::Regex::new(r#""extractor": "([^"]*)""#).unwrap();
    assert!(
        recorded.captures(&text).is_some_and(|c| !c[1].is_empty()),
        "the manifest records the extraction code"
    );
    // The same files, stored by an older extractor: nothing is unchanged.
    let older = recorded.replace(&text, r#""extractor": "0.0.0-older""#);
    std::fs::write(&manifest, older.as_bytes()).unwrap();
    let out = env.run(&["ingest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 new, 12 changed, 0 unchanged"),
        "{}",
        stderr(&out)
    );
    // ... and the next run, by the same code, extracts nothing.
    let out = env.run(&["ingest"]);
    assert!(stderr(&out).contains("12 unchanged"), "{}", stderr(&out));
}

/// The rows of the store's table through `incidex sql` (every column,
/// sorted by path): equal outputs are equal tables.
fn rows(env: &Env, store: &str) -> String {
    let out = env.table_json(store);
    assert!(out.status.success(), "{}", stderr(&out));
    common::stdout(&out)
}

/// The paths `incidex search` returns for a query, sorted.
fn hits(env: &Env, store: &str, q: &str) -> Vec<String> {
    let out = env.run(&[
        "search", q, "--store", store, "--limit", "100", "--format", "json",
    ]);
    assert!(out.status.code() != Some(2), "{}", stderr(&out));
    let re = regex::Regex::new(r#""path":\s*"([^"]+)""#).unwrap();
    let text = common::stdout(&out);
    let mut v: Vec<String> = re.captures_iter(&text).map(|c| c[1].to_string()).collect();
    v.sort();
    v
}

const PROP_SERVICES: &[&str] = &["checkout", "search", "payments", "login"];
const PROP_CAUSES: &[&str] = &[
    "A bad deploy introduced a bug in the order handler.",
    "The database connection pool was exhausted.",
    "A misconfigured firewall rule dropped traffic.",
    "The disk filled up with logs.",
];

/// A small generated postmortem.
fn prop_doc(k: usize, (svc, cause, day, hour, mins): (usize, usize, u8, u8, u16)) -> String {
    let s = PROP_SERVICES[svc];
    format!(
        "# {s} outage {k}\n\nOn 2024-04-{day:02} the {s} service failed.\n\n## Timeline\n\n\
         - {hour:02}:10 UTC: {s} errors start\n- {:02}:{:02} UTC: service restored\n\n\
         ## Root cause\n\n{}\n",
        hour + (10 + mins / 60) as u8,
        (10 + mins) % 60,
        PROP_CAUSES[cause]
    )
}

fn prop_cases() -> u32 {
    std::env::var("INCIDEX_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: prop_cases(),
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Over generated small corpora (`INCIDEX_PROPTEST_CASES`, default 6):
    /// a second ingest is a no-op (0 new, changed or removed; no new
    /// generation; the same rows), and ingesting the first half of a folder
    /// and then the whole of it gives the same table and the same search
    /// results as one ingest of the whole.
    #[test]
    fn ingest_twice_is_a_no_op_and_halves_equal_the_whole(
        docs in proptest::collection::vec(
            (0..PROP_SERVICES.len(), 0..PROP_CAUSES.len(), 1u8..29, 0u8..20, 0u16..240),
            2..9,
        ),
    ) {
        let env = Env::new();
        for (k, d) in docs.iter().enumerate() {
            env.write(&format!("corpus/pm-{k:02}.md"), prop_doc(k, *d));
        }
        // Whole, twice.
        let out = env.run(&["ingest", "corpus", "--store", "whole"]);
        proptest::prop_assert!(out.status.success(), "{}", stderr(&out));
        let whole = rows(&env, "whole");
        let current = std::fs::read_to_string(env.path("whole/CURRENT")).unwrap();
        let out = env.run(&["ingest", "corpus", "--store", "whole"]);
        proptest::prop_assert!(out.status.success(), "{}", stderr(&out));
        let n = docs.len();
        let want = format!("0 new, 0 changed, {n} unchanged, 0 removed");
        proptest::prop_assert!(stderr(&out).contains(&want), "{}", stderr(&out));
        proptest::prop_assert_eq!(
            std::fs::read_to_string(env.path("whole/CURRENT")).unwrap(),
            current
        );
        proptest::prop_assert_eq!(&rows(&env, "whole"), &whole);

        // Halves: the first half alone, then the second half added.
        let half = n / 2;
        let aside = env.path("aside");
        std::fs::create_dir_all(&aside).unwrap();
        for k in half..n {
            let name = format!("pm-{k:02}.md");
            std::fs::rename(env.path("corpus").join(&name), aside.join(&name)).unwrap();
        }
        let out = env.run(&["ingest", "corpus", "--store", "halves"]);
        proptest::prop_assert!(out.status.success(), "{}", stderr(&out));
        for k in half..n {
            let name = format!("pm-{k:02}.md");
            std::fs::rename(aside.join(&name), env.path("corpus").join(&name)).unwrap();
        }
        let out = env.run(&["ingest", "corpus", "--store", "halves"]);
        proptest::prop_assert!(out.status.success(), "{}", stderr(&out));
        let want = format!("{} new, 0 changed, {half} unchanged, 0 removed", n - half);
        proptest::prop_assert!(stderr(&out).contains(&want), "{}", stderr(&out));
        proptest::prop_assert_eq!(&rows(&env, "halves"), &whole);
        for q in ["checkout", "database OR disk", "\"service restored\"", "*"] {
            proptest::prop_assert_eq!(hits(&env, "halves", q), hits(&env, "whole", q), "{}", q);
        }
    }
}
