//! `incidex ingest`: walk the corpus in parallel, extract what changed, and
//! swap in a new store generation.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::cli::IngestArgs;
use crate::corpus::{self, Warning};
use crate::error::Error;
use crate::pipeline;
use crate::store::{FileEntry, Manifest, Store};

/// What ingest keeps of a processed file: the record, the texts to index and
/// the warnings; the decisions (candidates kept for `explain`) are dropped in
/// the worker, so memory stays proportional to the records, not to them.
struct Extracted {
    incident: crate::extract::Incident,
    texts: pipeline::Texts,
    hash: String,
    warnings: Vec<String>,
}

enum Outcome {
    Unchanged(String, FileEntry),
    Upsert(Box<Extracted>, FileEntry, bool),
    Failed(Warning),
}

/// Counts for the summary line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub warnings: usize,
}

pub fn run(args: IngestArgs) -> Result<ExitCode> {
    let t0 = Instant::now();
    let store = Store::new(&args.store.store);
    if !args.dir.is_dir() {
        anyhow::bail!(
            "corpus directory {} not found (give the folder of postmortems: incidex ingest DIR)",
            args.dir.display()
        );
    }
    let lock = store
        .lock()
        .with_context(|| format!("cannot lock store {}", store.root.display()))?;
    let old = store
        .current()
        .with_context(|| format!("cannot read store {}", store.root.display()))?;
    let old_files = old
        .as_ref()
        .map(|g| g.manifest.files.clone())
        .unwrap_or_default();

    let (files, walk_warnings) = corpus::walk(std::slice::from_ref(&args.dir));
    let mut warnings: Vec<Warning> = walk_warnings;

    let bar = if std::io::stderr().is_terminal() && !args.quiet {
        let b = ProgressBar::new(files.len() as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} ingesting [{bar:30}] {pos}/{len} {per_sec} {eta}",
            )
            .unwrap()
            .progress_chars("=> "),
        );
        Some(b)
    } else {
        None
    };

    let force = args.force;
    let max_bytes = args.max_bytes;
    let work = |p: &std::path::PathBuf| -> Outcome {
        let shown = corpus::display(p);
        let st = crate::store::stat(p);
        // Same size and mtime as when it was hashed: unchanged, not read.
        if !force
            && let (Some(old), Some((len, mtime))) = (old_files.get(&shown), st)
            && old.bytes == len
            && old.mtime_ns == Some(mtime)
        {
            if let Some(b) = &bar {
                b.inc(1);
            }
            return Outcome::Unchanged(shown, old.clone());
        }
        let out = match corpus::read(p, max_bytes) {
            Err(e) => Outcome::Failed(Warning::unreadable(shown, &e)),
            Ok((text, bytes)) => {
                let entry = FileEntry {
                    hash: pipeline::hash(&bytes),
                    bytes: bytes.len() as u64,
                    mtime_ns: st.map(|s| s.1),
                };
                match old_files.get(&shown) {
                    Some(e) if e.hash == entry.hash && e.bytes == entry.bytes && !force => {
                        Outcome::Unchanged(shown, entry)
                    }
                    prev => {
                        let is_new = prev.is_none();
                        match pipeline::process_guarded(&shown, &text, entry.hash.clone()) {
                            Ok(p) => Outcome::Upsert(
                                Box::new(Extracted {
                                    incident: p.extraction.incident,
                                    texts: p.texts,
                                    hash: p.hash,
                                    warnings: p.extraction.warnings,
                                }),
                                entry,
                                is_new,
                            ),
                            Err(w) => Outcome::Failed(w),
                        }
                    }
                }
            }
        };
        if let Some(b) = &bar {
            b.inc(1);
        }
        out
    };

    let mut summary = Summary::default();
    let mut manifest_files: BTreeMap<String, FileEntry> = BTreeMap::new();
    let mut removed: Vec<String> = Vec::new();
    // The next generation, begun at the first change: documents go into its
    // index chunk by chunk, so memory holds one chunk's texts at a time.
    let mut txn: Option<crate::store::Txn> = None;
    let write_ctx = || {
        format!(
            "could not write the store {} (the previous store, if any, is intact)",
            store.root.display()
        )
    };
    for chunk in files.chunks(2048) {
        let outcomes: Vec<Outcome> = chunk.par_iter().map(work).collect();
        for o in outcomes {
            match o {
                Outcome::Unchanged(p, e) => {
                    summary.unchanged += 1;
                    manifest_files.insert(p, e);
                }
                Outcome::Upsert(p, e, is_new) => {
                    if is_new {
                        summary.new += 1;
                    } else {
                        summary.changed += 1;
                    }
                    for w in &p.warnings {
                        warnings.push(Warning {
                            path: p.incident.path.clone(),
                            reason: w.clone(),
                        });
                    }
                    manifest_files.insert(p.incident.path.clone(), e);
                    let p = *p;
                    if txn.is_none() {
                        txn = Some(store.begin(&lock, old.as_ref()).with_context(write_ctx)?);
                    }
                    if let Some(t) = txn.as_mut() {
                        t.upsert(p.incident, &p.texts, p.hash, !is_new)
                            .with_context(write_ctx)?;
                    }
                }
                Outcome::Failed(w) => {
                    // A file we stored before but cannot read now keeps its
                    // stored row: nothing already stored is lost to a bad read.
                    if let Some(e) = old_files.get(&w.path) {
                        manifest_files.insert(w.path.clone(), e.clone());
                    }
                    warnings.push(w);
                }
            }
        }
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    // A stored file that the walk could not reach (its folder unreadable, a
    // symlink loop) is not deleted: it keeps its row until it can be read.
    let unreachable: Vec<String> = warnings.iter().map(|w| w.path.clone()).collect();
    for (p, e) in &old_files {
        if !manifest_files.contains_key(p)
            && unreachable
                .iter()
                .any(|u| p == u || p.starts_with(&format!("{}/", u.trim_end_matches('/'))))
        {
            manifest_files.insert(p.clone(), e.clone());
        }
    }
    for p in old_files.keys() {
        if !manifest_files.contains_key(p) {
            summary.removed += 1;
            removed.push(p.clone());
        }
    }
    summary.warnings = warnings.len();
    for w in &warnings {
        super::warn(w);
    }

    let secs = t0.elapsed().as_secs_f64();
    if manifest_files.is_empty() {
        return Err(Error::NothingIngested(args.dir.display().to_string()).into());
    }
    let line = format!(
        "{} new, {} changed, {} unchanged, {} removed, {} warning{} in {:.2}s",
        summary.new,
        summary.changed,
        summary.unchanged,
        summary.removed,
        summary.warnings,
        if summary.warnings == 1 { "" } else { "s" },
        secs
    );
    if old.is_some() && txn.is_none() && removed.is_empty() {
        if !args.quiet {
            eprintln!(
                "nothing to do: the store {} is up to date ({line})",
                store.root.display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let manifest = Manifest {
        created: jiff::Timestamp::now().to_string(),
        corpus: corpus::display(&args.dir),
        corpus_abs: std::fs::canonicalize(&args.dir)
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        files: manifest_files,
        ..Default::default()
    };
    let mut txn = match txn {
        Some(t) => t,
        None => store.begin(&lock, old.as_ref()).with_context(write_ctx)?,
    };
    for p in &removed {
        txn.remove(p);
    }
    let generation = txn.finish(manifest).with_context(write_ctx)?;
    if !args.quiet {
        eprintln!(
            "ingested {} into {}: {} ({} postmortems stored)",
            corpus::display(&args.dir),
            store.root.display(),
            line.replace(
                &format!("{secs:.2}s"),
                &format!("{:.2}s", t0.elapsed().as_secs_f64())
            ),
            generation.manifest.files.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
