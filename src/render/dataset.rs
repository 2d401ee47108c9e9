//! The incidents table written as a dataset other tools read as one table
//! (DuckDB, Spark, pandas/pyarrow, polars): one file, or a Hive-partitioned
//! folder per quarter.
//!
//! ```text
//! DIR/incidents.parquet                          without --partition
//! DIR/quarter=2024-Q1/part-0.parquet             --partition quarter
//! DIR/quarter=__HIVE_DEFAULT_PARTITION__/part-0.parquet   undated incidents
//! ```
//!
//! Hive convention: the partition column lives in the folder name, not in
//! the files; readers add it back (as the last column) from the path, and
//! read `__HIVE_DEFAULT_PARTITION__` as null. Parquet keeps the store's
//! column types; CSV has a header row, RFC 4180 quoting (a field with a
//! comma, a quote or a line break is quoted, quotes doubled), an empty cell
//! for null and `""` for an empty string, LF line ends, instants in RFC 3339,
//! and a `'` before a text cell a spreadsheet would read as a formula
//! ([`super::csv_text`]).
//!
//! Safe: the dataset is written into a hidden sibling folder and renamed
//! into place, so a failed export leaves no half dataset (and `--overwrite`
//! keeps the old one until the new one is complete). Deterministic: rows
//! sorted by path, partitions by name, so the same store gives the same
//! bytes.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use polars::prelude::*;

/// The file format of an export.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Parquet,
    Csv,
}

impl Format {
    pub fn ext(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
        }
    }
}

/// The column a dataset is partitioned by.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum Partition {
    /// One folder per quarter of the incident's date (`quarter=2024-Q1`).
    Quarter,
}

impl Partition {
    pub fn column(self) -> &'static str {
        match self {
            Partition::Quarter => "quarter",
        }
    }
}

/// The folder name Hive (and DuckDB, Spark, pyarrow, polars) reads as a
/// null partition value.
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// The name of the one file of an unpartitioned export (plus the extension).
pub const TABLE_STEM: &str = "incidents";

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: Format,
    pub partition: Option<Partition>,
    /// Replace an existing (non-empty) export at the target.
    pub overwrite: bool,
}

/// What an export wrote: each file (relative to the dataset folder, `/`
/// separated) and its row count, in the order written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    pub files: Vec<(String, usize)>,
}

impl Written {
    pub fn rows(&self) -> usize {
        self.files.iter().map(|(_, n)| n).sum()
    }
}

/// Export the live generation of the store at `store` into `dir`.
pub fn export_store(store: &Path, dir: &Path, opts: &Options) -> Result<Written> {
    let g = crate::store::Store::new(store).open()?;
    let df = crate::store::frame::read(&g.parquet())
        .with_context(|| format!("cannot read {}", g.parquet().display()))?;
    export(&df, dir, opts)
}

/// Write `table` as a dataset into `dir` (see the module docs).
pub fn export(table: &DataFrame, dir: &Path, opts: &Options) -> Result<Written> {
    let existing = check_target(dir, opts.overwrite)?;
    let name = dir
        .file_name()
        .with_context(|| format!("{} names no folder", dir.display()))?
        .to_string_lossy()
        .into_owned();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.export-{pid}.partial"));
    if tmp.exists() {
        fs::remove_dir_all(&tmp)?;
    }
    fs::create_dir(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    let written = write_into(table, &tmp, opts)
        .and_then(|w| {
            crate::store::fail_point("export")?;
            Ok(w)
        })
        .and_then(|w| {
            sync_dir(&tmp);
            place(&tmp, dir, existing, &parent, &name, pid)?;
            Ok(w)
        });
    if written.is_err() && tmp.exists() {
        let _ = fs::remove_dir_all(&tmp);
    }
    written
}

/// Whether something is at the target that must be moved aside; refuses a
/// non-empty folder without `overwrite`, and anything that is not a folder
/// an export could have written.
fn check_target(dir: &Path, overwrite: bool) -> Result<bool> {
    let meta = match fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
    };
    if !meta.is_dir() {
        bail!(
            "{} exists and is not a folder; give a new or empty folder",
            dir.display()
        );
    }
    let entries: Vec<String> = fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<std::io::Result<_>>()?;
    if entries.is_empty() {
        return Ok(true);
    }
    if !overwrite {
        bail!(
            "{} is not empty ({} entries); give a new or empty folder, or --overwrite to replace a previous export",
            dir.display(),
            entries.len()
        );
    }
    // --overwrite replaces an export, never a folder of other files.
    let foreign: Vec<&String> = entries
        .iter()
        .filter(|e| !is_export_entry(&dir.join(e), e))
        .collect();
    if let Some(first) = foreign.first() {
        bail!(
            "{} holds files an export does not write ({first}{}); --overwrite only replaces a previous export",
            dir.display(),
            if foreign.len() > 1 { ", ..." } else { "" }
        );
    }
    Ok(true)
}

/// An entry an export writes at the top of its folder: the one table file,
/// or a partition folder holding only part files.
fn is_export_entry(path: &Path, name: &str) -> bool {
    let is_table = [Format::Parquet, Format::Csv]
        .iter()
        .any(|f| name == format!("{TABLE_STEM}.{}", f.ext()));
    if is_table {
        return path.is_file();
    }
    let is_partition = [Partition::Quarter]
        .iter()
        .any(|p| name.starts_with(&format!("{}=", p.column())));
    is_partition
        && path.is_dir()
        && fs::read_dir(path).is_ok_and(|rd| {
            rd.into_iter().all(|e| {
                e.is_ok_and(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    n.starts_with("part-") && e.path().is_file()
                })
            })
        })
}

/// Move the finished dataset to `dir`: an existing folder there is moved
/// aside first and removed only after the new one is in place (put back if
/// that fails).
fn place(
    tmp: &Path,
    dir: &Path,
    existing: bool,
    parent: &Path,
    name: &str,
    pid: u32,
) -> Result<()> {
    let rename = |from: &Path, to: &Path| {
        fs::rename(from, to)
            .with_context(|| format!("cannot rename {} to {}", from.display(), to.display()))
    };
    if !existing {
        rename(tmp, dir)?;
        sync_dir(parent);
        return Ok(());
    }
    let old = parent.join(format!(".{name}.export-{pid}.old"));
    if old.exists() {
        fs::remove_dir_all(&old)?;
    }
    rename(dir, &old)?;
    if let Err(e) = rename(tmp, dir) {
        let _ = fs::rename(&old, dir);
        return Err(e);
    }
    sync_dir(parent);
    fs::remove_dir_all(&old).with_context(|| format!("cannot remove {}", old.display()))?;
    Ok(())
}

/// Write the dataset's files under `root` (an empty folder).
fn write_into(table: &DataFrame, root: &Path, opts: &Options) -> Result<Written> {
    let sorted = table.sort(["path"], SortMultipleOptions::default())?;
    let mut written = Written::default();
    let ext = opts.format.ext();
    let Some(partition) = opts.partition else {
        let rel = format!("{TABLE_STEM}.{ext}");
        let mut df = sorted;
        write_file(&mut df, &root.join(&rel), opts.format)?;
        written.files.push((rel, df.height()));
        return Ok(written);
    };
    let col = partition.column();
    let Ok(values) = sorted.column(col) else {
        bail!("the table has no column {col} to partition by");
    };
    let values = values.str()?.clone();
    // Partition values in order, the null partition last.
    let mut keys: Vec<Option<&str>> = values.iter().collect();
    keys.sort_by_key(|k| (k.is_none(), *k));
    keys.dedup();
    let body = sorted.drop(col)?;
    for key in keys {
        let folder = format!("{col}={}", key.map_or(NULL_PARTITION, hive_escape_check));
        let mask: BooleanChunked = values.iter().map(|v| v == key).collect();
        let mut part = body.filter(&mask)?;
        fs::create_dir(root.join(&folder))?;
        let rel = format!("{folder}/part-0.{ext}");
        write_file(&mut part, &root.join(&rel), opts.format)?;
        written.files.push((rel, part.height()));
    }
    Ok(written)
}

/// Partition values are written as they are: the quarters (`2024-Q1`) need
/// none of Hive's escapes (`/`, `=`, `%`, `:` ...), which this checks.
fn hive_escape_check(v: &str) -> &str {
    debug_assert!(
        v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
        "partition value {v:?} would need Hive escaping"
    );
    v
}

const CSV_DATETIME: &str = "%Y-%m-%dT%H:%M:%S%.3f%:z";

fn write_file(df: &mut DataFrame, path: &Path, format: Format) -> Result<()> {
    let file = File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    let mut out = BufWriter::new(file);
    match format {
        Format::Parquet => {
            ParquetWriter::new(&mut out)
                .with_compression(ParquetCompression::Zstd(None))
                .finish(df)?;
        }
        // RFC 3339 instants (`2024-03-08T11:15:00.000+00:00`), which
        // Spark's default timestamp format also reads; text cells a
        // spreadsheet would run as a formula neutralised.
        Format::Csv => CsvWriter::new(&mut out)
            .with_datetime_format(Some(CSV_DATETIME.into()))
            .finish(&mut super::csv_safe(df)?)?,
    }
    out.flush()?;
    out.get_ref().sync_all()?;
    Ok(())
}

fn sync_dir(dir: &Path) {
    if let Ok(f) = File::open(dir) {
        let _ = f.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> DataFrame {
        df!(
            "path" => ["c.md", "a.md", "b.md", "d.md"],
            "quarter" => [Some("2024-Q2"), None, Some("2023-Q4"), Some("2024-Q2")],
            "window_min" => [Some(30i64), None, Some(5), Some(7)],
        )
        .unwrap()
    }

    fn opts(partition: Option<Partition>) -> Options {
        Options {
            format: Format::Parquet,
            partition,
            overwrite: false,
        }
    }

    #[test]
    fn partitions_in_order_with_the_null_one_last() {
        let tmp = tempfile::tempdir().unwrap();
        let tmp = tmp.path();
        let out = tmp.join("ds");
        let w = export(&table(), &out, &opts(Some(Partition::Quarter))).unwrap();
        let files: Vec<(&str, usize)> = w.files.iter().map(|(f, n)| (f.as_str(), *n)).collect();
        assert_eq!(
            files,
            [
                ("quarter=2023-Q4/part-0.parquet", 1),
                ("quarter=2024-Q2/part-0.parquet", 2),
                ("quarter=__HIVE_DEFAULT_PARTITION__/part-0.parquet", 1),
            ]
        );
        // Rows sorted by path inside a part, without the partition column.
        let part = crate::store::frame::read(&out.join("quarter=2024-Q2/part-0.parquet")).unwrap();
        assert!(part.column("quarter").is_err());
        let paths: Vec<_> = part.column("path").unwrap().str().unwrap().iter().collect();
        assert_eq!(paths, [Some("c.md"), Some("d.md")]);
        // Nothing left beside the dataset.
        let siblings: Vec<_> = fs::read_dir(tmp)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(siblings, ["ds"]);
    }

    #[test]
    fn overwrite_replaces_only_an_export() {
        let tmp = tempfile::tempdir().unwrap();
        let tmp = tmp.path();
        let out = tmp.join("ds");
        export(&table(), &out, &opts(None)).unwrap();
        let err = export(&table(), &out, &opts(None)).unwrap_err().to_string();
        assert!(err.contains("not empty"), "{err}");
        let mut o = opts(Some(Partition::Quarter));
        o.overwrite = true;
        export(&table(), &out, &o).unwrap();
        assert!(!out.join("incidents.parquet").exists());
        assert!(out.join("quarter=2023-Q4/part-0.parquet").exists());
        // A folder of other files is never replaced.
        let other = tmp.join("notes");
        fs::create_dir(&other).unwrap();
        fs::write(other.join("todo.txt"), "keep me").unwrap();
        let err = export(&table(), &other, &o).unwrap_err().to_string();
        assert!(err.contains("todo.txt"), "{err}");
        assert_eq!(
            fs::read_to_string(other.join("todo.txt")).unwrap(),
            "keep me"
        );
    }
}
