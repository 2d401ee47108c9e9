//! `incidex chart`: write one trend chart.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ChartArgs;
use crate::query::metrics::Select;
use crate::query::table;
use crate::render::chart::{self, Data};
use crate::store::Store;

pub fn run(args: ChartArgs) -> Result<ExitCode> {
    let g = Store::new(&args.store.store).open()?;
    let records = table::load(&g.parquet())?;
    let data = Data {
        records: &records,
        by: args.by,
        select: Select {
            since: crate::period::parse_date(&args.since, "--since")?,
            until: crate::period::parse_date(&args.until, "--until")?,
            cause: args.cause.clone(),
        },
        min_confidence: args.min_confidence,
    };
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    chart::render_file(args.kind, &data, &args.out, (args.width, args.height))?;
    eprintln!("wrote {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
