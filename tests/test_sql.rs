//! `incidex sql` over the corpus store.

mod common;

use std::sync::OnceLock;

use common::{Env, stderr, stdout};

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let env = Env::new().with_corpus(None);
        assert!(env.run(&["ingest", "--quiet"]).status.success());
        env
    })
}

#[test]
fn group_by_in_every_format() {
    let q = "SELECT quarter, count(*) AS n, median(window_min) AS med FROM incidents WHERE quarter IS NOT NULL GROUP BY quarter ORDER BY quarter";
    let out = env().run(&["sql", q]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.starts_with("quarter"));
    assert_eq!(table.lines().count(), 2 + 8, "{table}");

    let out = env().run(&["sql", q, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 8);
    let total: u64 = rows.iter().map(|r| r["n"].as_u64().unwrap()).sum();
    assert_eq!(total, 50, "52 postmortems, 2 undated");

    let out = env().run(&["sql", q, "--format", "csv"]);
    let csv = stdout(&out);
    assert_eq!(csv.lines().next().unwrap(), "quarter,n,med");
    assert_eq!(csv.lines().count(), 9);

    let out = env().run(&["sql", q, "--format", "parquet", "--out", "q.parquet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let df = incidex::store::frame::read(&env().path("q.parquet")).unwrap();
    assert_eq!(df.height(), 8);
}

#[test]
fn date_is_a_date_and_minutes_are_integers() {
    let out = env().run(&[
        "sql",
        "SELECT date, window_min, date + INTERVAL '1 day' AS next_day FROM incidents WHERE date BETWEEN '2024-03-01' AND '2024-03-31'",
        "--format",
        "parquet",
        "--out",
        "types.parquet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let df = incidex::store::frame::read(&env().path("types.parquet")).unwrap();
    assert!(df.height() >= 1);
    use polars::prelude::DataType;
    assert_eq!(df.column("date").unwrap().dtype(), &DataType::Date);
    assert_eq!(df.column("window_min").unwrap().dtype(), &DataType::Int64);
    // Every row's date is in the range asked (date comparison, not text).
    let dates = df.column("date").unwrap().cast(&DataType::String).unwrap();
    for d in dates.str().unwrap().iter() {
        let d = d.unwrap();
        assert!(("2024-03-01"..="2024-03-31").contains(&d), "{d}");
    }
}

#[test]
fn errors_and_empty_results() {
    let out = env().run(&["sql", "SELEC nothing"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("error: SQL error:"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = env().run(&["sql", "SELECT nope FROM incidents"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nope"));
    let out = env().run(&["sql", "SELECT path FROM incidents WHERE 1 = 0"]);
    assert_eq!(out.status.code(), Some(1));
    let out = env().run(&["sql", "SELECT 1", "--format", "parquet"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--out"));
}

#[test]
fn table_columns_line_up_after_wide_characters() {
    use unicode_width::UnicodeWidthStr;
    let q = "SELECT CASE WHEN window_min > 100 THEN '障害対応' ELSE '🔥 short' END AS what, path, window_min FROM incidents WHERE window_min IS NOT NULL ORDER BY path LIMIT 6";
    let out = env().run(&["sql", q]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.contains("障害対応") && table.contains("🔥"),
        "{table}"
    );
    // `path` starts at the same display column on every line, and the
    // right-aligned minutes end at the same display column.
    let starts: Vec<usize> = table
        .lines()
        .map(|l| {
            l[..l
                .find("  path")
                .or(l.find("  ----"))
                .or(l.find("  corpus/"))
                .unwrap()
                + 2]
                .width()
        })
        .collect();
    assert!(
        starts.iter().all(|s| *s == starts[0]),
        "{starts:?}\n{table}"
    );
    let ends: Vec<usize> = table.lines().map(|l| l.width()).collect();
    assert!(ends.iter().all(|e| *e == ends[0]), "{ends:?}\n{table}");
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let value = "x, \"y\"\nz";
    let q = format!("SELECT path, '{value}' AS v, window_min FROM incidents ORDER BY path LIMIT 2");
    let out = env().run(&["sql", &q, "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(r.headers().unwrap(), vec!["path", "v", "window_min"]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert!(row[0].starts_with("corpus/"), "{row:?}");
        assert_eq!(&row[1], value);
    }
}

#[test]
fn the_help_documents_every_contract_column_and_its_categories() {
    let out = env().run(&["sql", "--help"]);
    let help = stdout(&out);
    let documented: Vec<&str> = help
        .lines()
        .filter_map(|l| l.strip_prefix("  ")?.split_once(": ").map(|(n, _)| n))
        .filter(|n| *n != "also" && n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    assert_eq!(documented.len(), 17, "{help}");
    // Each documented column is one the table has.
    // Quoted: `end` and `date` are SQL keywords.
    let cols: Vec<String> = documented.iter().map(|c| format!("\"{c}\"")).collect();
    let q = format!("SELECT {} FROM incidents LIMIT 1", cols.join(", "));
    let out = env().run(&["sql", &q, "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The categories listed are the ones stored.
    let out = env().run(&[
        "sql",
        "SELECT DISTINCT resolution FROM incidents",
        "--format",
        "csv",
    ]);
    for v in stdout(&out).lines().skip(1) {
        assert!(help.contains(v), "resolution `{v}` not documented");
    }
    assert!(help.contains("config-fix") && help.contains("human-error"));
}
