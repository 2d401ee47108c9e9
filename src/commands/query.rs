//! `incidex query`: run or list the saved queries of `queries/`.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::QueryArgs;
use crate::render::table::Table;

/// The first comment line of a saved query (what it answers).
pub fn description(sql: &str) -> String {
    sql.lines()
        .map(str::trim)
        .find(|l| l.starts_with("--"))
        .map(|l| l.trim_start_matches('-').trim().to_string())
        .unwrap_or_default()
}

pub fn run(args: QueryArgs) -> Result<ExitCode> {
    if args.list {
        let mut entries: Vec<_> = std::fs::read_dir(&args.dir)
            .with_context(|| format!("no saved queries in {}", args.dir.display()))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "sql"))
            .collect();
        entries.sort();
        let mut t = Table::new(&["name", "answers"]);
        for p in &entries {
            let sql = std::fs::read_to_string(p)?;
            t.row(vec![
                p.file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string(),
                description(&sql),
            ]);
        }
        print!("{}", t.render());
        return Ok(if entries.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let name = args.name.unwrap_or_default();
    let path = args
        .dir
        .join(format!("{}.sql", name.trim_end_matches(".sql")));
    if !path.is_file() {
        bail!(
            "no saved query `{name}` ({} not found; `incidex query --list` shows them)",
            path.display()
        );
    }
    let sql = std::fs::read_to_string(&path)?;
    let in_file = || format!("in {}", path.display());
    let mut df = crate::query::sql::run_on_store(&args.store.store, &sql).with_context(in_file)?;
    let rows = crate::render::frame::write(&mut df, args.format, args.out.as_deref())
        .with_context(in_file)?;
    Ok(if rows == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
