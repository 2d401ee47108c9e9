//! `incidex ingest`: walk the corpus in parallel, extract what changed, and
//! swap in a new store generation (the work is [`crate::store::sync`]; this
//! command shows its progress and prints its summary).

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::IngestArgs;
use crate::corpus::{self, Warning};
use crate::store::Store;
use crate::store::sync::{self, Progress, SyncOptions, SyncSummary};

pub fn run(args: IngestArgs) -> Result<ExitCode> {
    let store = Store::new(&args.store.store);
    let opts = SyncOptions {
        dir: args.dir.clone(),
        max_bytes: args.max_bytes,
        force: args.force,
    };
    let progress = Bar {
        show: std::io::stderr().is_terminal() && !args.quiet,
        bar: OnceLock::new(),
    };
    let summary = sync::sync(&store, &opts, &progress)?;
    if args.quiet {
        return Ok(ExitCode::SUCCESS);
    }
    match &summary.written {
        None => eprintln!(
            "nothing to do: the store {} is up to date ({})",
            store.root.display(),
            counts(&summary, summary.scan_time)
        ),
        Some(generation) => eprintln!(
            "ingested {} into {}: {} ({} postmortems stored)",
            corpus::display(&args.dir),
            store.root.display(),
            counts(&summary, summary.total_time),
            generation.manifest.files.len()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

/// The summary line: "3 new, 1 changed, ... 0 warnings in 1.58s".
fn counts(s: &SyncSummary, time: Duration) -> String {
    let warnings = s.warnings.len();
    format!(
        "{} new, {} changed, {} unchanged, {} removed, {} warning{} in {:.2}s",
        s.new,
        s.changed,
        s.unchanged,
        s.removed,
        warnings,
        if warnings == 1 { "" } else { "s" },
        time.as_secs_f64()
    )
}

/// A progress bar on a terminal's stderr (unless --quiet); warnings go to
/// stderr always.
struct Bar {
    show: bool,
    bar: OnceLock<ProgressBar>,
}

impl Progress for Bar {
    fn start(&self, files: usize) {
        if !self.show {
            return;
        }
        let b = ProgressBar::new(files as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} ingesting [{bar:30}] {pos}/{len} {per_sec} {eta}",
            )
            .unwrap()
            .progress_chars("=> "),
        );
        let _ = self.bar.set(b);
    }
    fn advance(&self) {
        if let Some(b) = self.bar.get() {
            b.inc(1);
        }
    }
    fn finish(&self) {
        if let Some(b) = self.bar.get() {
            b.finish_and_clear();
        }
    }
    fn warning(&self, w: &Warning) {
        super::warn(w);
    }
}
