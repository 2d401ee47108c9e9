//! `incidex export`: the incidents table as a dataset other tools read as
//! one table.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{Env, stderr, stdout};
use polars::prelude::*;

const NULL_PARTITION: &str = "quarter=__HIVE_DEFAULT_PARTITION__";

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let env = Env::new().with_corpus(None);
        assert!(env.run(&["ingest", "--quiet"]).status.success());
        env
    })
}

/// Run an export into a fresh folder of the shared environment.
fn export(dir: &str, extra: &[&str]) -> PathBuf {
    let mut args = vec!["export", dir];
    args.extend_from_slice(extra);
    let out = env().run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    env().path(dir)
}

/// The store's table, as ingest wrote it.
fn store_table() -> DataFrame {
    let g = incidex::store::Store::new(env().path(".incidex"))
        .open()
        .unwrap();
    incidex::store::frame::read(&g.parquet()).unwrap()
}

/// Rows per quarter, asked of the store through `incidex sql` (the folder
/// name of each: `quarter=2024-Q1`, or the null partition).
fn counts_by_quarter() -> BTreeMap<String, usize> {
    let out = env().run(&[
        "sql",
        "SELECT quarter, count(*) AS n FROM incidents GROUP BY quarter",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    rows.iter()
        .map(|r| {
            let dir = match r["quarter"].as_str() {
                Some(q) => format!("quarter={q}"),
                None => NULL_PARTITION.to_string(),
            };
            (dir, r["n"].as_u64().unwrap() as usize)
        })
        .collect()
}

/// Every file under `dir` (relative, sorted) with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn sorted_paths(df: &DataFrame) -> bool {
    let paths: Vec<&str> = df
        .column("path")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(Option::unwrap)
        .collect();
    paths.windows(2).all(|w| w[0] < w[1])
}

#[test]
fn one_folder_per_quarter_with_the_stores_rows_and_types() {
    let dir = export("ds-quarter", &["--partition", "quarter"]);
    let expected = counts_by_quarter();
    assert!(expected.contains_key(NULL_PARTITION), "{expected:?}");
    assert!(expected.len() >= 9, "{expected:?}");

    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(folders, expected.keys().cloned().collect::<Vec<_>>());

    let store = store_table();
    let mut want_schema = store.schema().as_ref().clone();
    want_schema.shift_remove("quarter");
    for (folder, n) in &expected {
        let entries: Vec<_> = std::fs::read_dir(dir.join(folder))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(entries, ["part-0.parquet"], "{folder}");
        let part = incidex::store::frame::read(&dir.join(folder).join("part-0.parquet")).unwrap();
        assert_eq!(part.height(), *n, "{folder}");
        // Hive: the partition column is the folder, not a column.
        assert_eq!(part.schema().as_ref(), &want_schema, "{folder}");
        assert!(sorted_paths(&part), "{folder}");
        // Each row's date is in its folder's quarter; undated rows in the
        // null partition.
        let dates = part
            .column("date")
            .unwrap()
            .cast(&DataType::String)
            .unwrap();
        for d in dates.str().unwrap().iter() {
            let folder_of = match d.and_then(incidex::store::frame::quarter_of) {
                Some(q) => format!("quarter={q}"),
                None => NULL_PARTITION.to_string(),
            };
            assert_eq!(&folder_of, folder, "{d:?}");
        }
    }
    assert_eq!(expected.values().sum::<usize>(), store.height());

    // polars reads the folder back as one table (Hive partitioning on):
    // the store's rows, the quarter back as a column, the null partition
    // as null.
    let lf = LazyFrame::scan_parquet(
        PlRefPath::from(dir.to_string_lossy().as_ref()),
        ScanArgsParquet {
            hive_options: polars::io::HiveOptions::new_enabled(),
            ..Default::default()
        },
    )
    .unwrap();
    let back = lf
        .sort(["path"], SortMultipleOptions::default())
        .collect()
        .unwrap();
    assert_eq!(back.height(), store.height());
    let back = back.select(store.get_column_names_owned()).unwrap();
    assert!(
        back.equals_missing(&store),
        "read back:\n{back}\nstore:\n{store}"
    );
}

#[test]
fn without_partition_one_file_equal_to_the_store_table() {
    let dir = export("ds-one", &[]);
    let names: Vec<_> = files(&dir).into_keys().collect();
    assert_eq!(names, ["incidents.parquet"]);
    let df = incidex::store::frame::read(&dir.join("incidents.parquet")).unwrap();
    let store = store_table();
    assert_eq!(df.schema(), store.schema());
    assert!(df.equals_missing(&store));
    assert_eq!(df.column("date").unwrap().dtype(), &DataType::Date);
    assert_eq!(df.column("window_min").unwrap().dtype(), &DataType::Int64);
    assert_eq!(
        df.column("root_cause_confidence").unwrap().dtype(),
        &DataType::Float64
    );
}

#[test]
fn the_same_store_gives_the_same_bytes() {
    for (a, b, args) in [
        ("same-pq-1", "same-pq-2", &["--partition", "quarter"][..]),
        (
            "same-csv-1",
            "same-csv-2",
            &["--partition", "quarter", "--format", "csv"][..],
        ),
        ("same-one-1", "same-one-2", &["--format", "csv"][..]),
    ] {
        let first = files(&export(a, args));
        let second = files(&export(b, args));
        assert!(!first.is_empty());
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            second.keys().collect::<Vec<_>>()
        );
        for (name, bytes) in &first {
            assert!(bytes == &second[name], "{args:?}: {name} differs");
        }
    }
}

#[test]
fn a_non_empty_folder_is_refused_without_overwrite() {
    let dir = export("refuse", &["--partition", "quarter"]);
    let before = files(&dir);
    let out = env().run(&["export", "refuse", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("refuse is not empty") && err.contains("--overwrite"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(files(&dir), before, "the refused export changed the folder");

    // --overwrite replaces the previous export as a whole.
    let out = env().run(&["export", "refuse", "--format", "csv", "--overwrite"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names: Vec<_> = files(&dir).into_keys().collect();
    assert_eq!(names, ["incidents.csv"]);

    // A folder of other files is not an export: never replaced.
    env().write("notes/todo.md", "keep me");
    let out = env().run(&["export", "notes", "--overwrite"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("todo.md"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(env().path("notes/todo.md")).unwrap(),
        "keep me"
    );

    // A file is not a folder; an empty folder is fine.
    env().write("a-file", "x");
    let out = env().run(&["export", "a-file"]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::create_dir(env().path("empty")).unwrap();
    export("empty", &[]);
    assert!(env().path("empty/incidents.parquet").is_file());
}

#[test]
fn a_failed_export_leaves_no_half_dataset() {
    let parent = env().path("failing");
    std::fs::create_dir_all(&parent).unwrap();
    let run_failing = |args: &[&str]| {
        let out = env()
            .cmd()
            .args(args)
            .env("INCIDEX_FAIL_AT", "export")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("injected failure"),
            "{}",
            stderr(&out)
        );
    };
    run_failing(&["export", "failing/new", "--partition", "quarter"]);
    let left: Vec<_> = std::fs::read_dir(&parent).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");

    // Over a previous export: the old one stays whole.
    let old = export("failing/old", &["--partition", "quarter"]);
    let before = files(&old);
    run_failing(&["export", "failing/old", "--format", "csv", "--overwrite"]);
    assert_eq!(files(&old), before);
    let mut left: Vec<_> = std::fs::read_dir(&parent)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    left.sort();
    assert_eq!(left, ["old"]);
}

#[test]
fn csv_round_trips_through_a_csv_reader() {
    let dir = export("ds-csv", &["--format", "csv", "--partition", "quarter"]);
    let expected = counts_by_quarter();
    // The store's rows as JSON (another writer than the CSV one), by path.
    let out = env().run(&["sql", "SELECT * FROM incidents", "--format", "json"]);
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&stdout(&out)).unwrap();
    let by_path: BTreeMap<&str, &serde_json::Map<_, _>> = rows
        .iter()
        .map(|r| (r["path"].as_str().unwrap(), r))
        .collect();
    let store_columns: Vec<String> = store_table()
        .get_column_names()
        .iter()
        .map(|c| c.to_string())
        .filter(|c| c != "quarter")
        .collect();

    let (mut seen, mut nulls, mut quoted) = (0, 0, 0);
    for (folder, n) in &expected {
        let path = dir.join(folder).join("part-0.csv");
        let text = std::fs::read_to_string(&path).unwrap();
        quoted += text.matches("\"\"").count();
        let mut rdr = csv::Reader::from_path(&path).unwrap();
        let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, store_columns, "{folder}");
        let mut count = 0;
        let mut last_path = String::new();
        for rec in rdr.records() {
            let rec = rec.unwrap();
            assert_eq!(rec.len(), header.len());
            let want = by_path[&rec[0]];
            assert!(rec[0] > *last_path, "rows sorted by path");
            last_path = rec[0].to_string();
            for (col, cell) in header.iter().zip(rec.iter()) {
                match &want[col] {
                    serde_json::Value::Null => {
                        assert_eq!(cell, "", "{col} of {}", &rec[0]);
                        nulls += 1;
                    }
                    serde_json::Value::Number(x) => {
                        // serde_json's default float parsing may be one
                        // ulp off; Rust's is exact.
                        let (a, b) = (cell.parse::<f64>().unwrap(), x.as_f64().unwrap());
                        assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{col}: {a} {b}");
                    }
                    serde_json::Value::String(s) if col.ends_with("_utc") => {
                        let a: jiff::Timestamp = cell.parse().unwrap();
                        let b: jiff::Timestamp = s.parse().unwrap();
                        assert_eq!(a, b, "{col}");
                    }
                    serde_json::Value::String(s) => assert_eq!(cell, s, "{col}"),
                    other => panic!("{col}: {other}"),
                }
            }
            count += 1;
        }
        assert_eq!(count, *n, "{folder}");
        seen += count;
    }
    assert_eq!(seen, rows.len());
    // The comparison covered nulls and fields that needed quoting
    // (provenance is JSON: quotes and commas).
    assert!(
        nulls > 0 && quoted > 0,
        "nulls {nulls}, doubled quotes {quoted}"
    );
}

/// Whether DuckDB's Python package can be imported.
fn duckdb_available() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import duckdb"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn duckdb_reads_each_layout_as_one_table() {
    if !duckdb_available() {
        if std::env::var("INCIDEX_REQUIRE_DUCKDB").as_deref() == Ok("1") {
            panic!("INCIDEX_REQUIRE_DUCKDB=1 but `python3 -c 'import duckdb'` fails");
        }
        eprintln!("skipped: DuckDB's Python package is not installed (pip install duckdb)");
        return;
    }
    let expected = counts_by_quarter();
    let rows: usize = expected.values().sum();
    let undated = expected[NULL_PARTITION];
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/export_duckdb.py");
    for (dir, args, format) in [
        ("duck-pq", &["--partition", "quarter"][..], "parquet"),
        (
            "duck-csv",
            &["--partition", "quarter", "--format", "csv"][..],
            "csv",
        ),
        ("duck-one", &[][..], "parquet"),
    ] {
        let dir = export(dir, args);
        let out = std::process::Command::new("python3")
            .arg(&script)
            .arg(&dir)
            .arg(format)
            .arg(rows.to_string())
            .arg(undated.to_string())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{format} {args:?}:\n{}{}",
            stdout(&out),
            stderr(&out)
        );
        assert!(stdout(&out).contains(&format!("{rows} rows, {undated} undated")));
    }
}
