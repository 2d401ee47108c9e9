//! `incidex export`: the incidents table as a dataset for other tools.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ExportArgs;
use crate::render::dataset::{self, Options};
use crate::render::table::Table;

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let opts = Options {
        format: args.format,
        partition: args.partition,
        overwrite: args.overwrite,
    };
    let written = dataset::export_store(&args.store.store, &args.dir, &opts)?;
    let mut t = Table::new(&["file", "rows"]);
    for (file, rows) in &written.files {
        t.row(vec![file.clone(), rows.to_string()]);
    }
    print!("{}", t.render());
    let n = written.files.len();
    eprintln!(
        "exported {} rows in {n} file{} to {}",
        written.rows(),
        if n == 1 { "" } else { "s" },
        args.dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
