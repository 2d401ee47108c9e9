//! Incremental ingest: bring a store in line with a corpus folder.
//!
//! The corpus is walked in parallel; a file whose size and mtime match the
//! manifest is not read, one whose content hash matches is not extracted,
//! and only new or changed files go through the pipeline. Files gone from
//! the corpus are removed. The result is a new generation (see
//! [`Store::begin`]), or none when nothing changed. Nothing is printed:
//! progress and warnings go to a [`Progress`], counts come back in a
//! [`SyncSummary`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::{FileEntry, Generation, Lock, Manifest, Store, Txn};
use crate::corpus::{self, Warning};
use crate::error::Error;
use crate::pipeline;

/// What to sync.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// The corpus folder (as given: stored paths are shown relative to it).
    pub dir: PathBuf,
    /// Files larger than this many bytes are skipped with a warning.
    pub max_bytes: u64,
    /// Extract every file again, even unchanged ones.
    pub force: bool,
}

/// What a sync did.
#[derive(Debug, Clone, Default)]
pub struct SyncSummary {
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Files and folders that could not be used or were read with a
    /// problem, in the order they were reported to [`Progress::warning`].
    pub warnings: Vec<Warning>,
    /// From the start of the sync to the end of the scan (before anything
    /// is written).
    pub scan_time: Duration,
    /// From the start of the sync to its end (the new generation live).
    pub total_time: Duration,
    /// The generation made live, or `None` when the store was already up
    /// to date and nothing was written.
    pub written: Option<Generation>,
}

/// Reports of a running sync, for a progress bar and warnings. Every
/// method does nothing by default; `()` is the silent observer.
pub trait Progress: Sync {
    /// The walk found `files` postmortems to look at.
    fn start(&self, _files: usize) {}
    /// One file was looked at (called from worker threads).
    fn advance(&self) {}
    /// Every file was looked at.
    fn finish(&self) {}
    /// A file or folder that could not be used, reported after the scan
    /// and before anything is written.
    fn warning(&self, _w: &Warning) {}
}

impl Progress for () {}

/// Why a sync failed. The store's live generation is untouched by any of
/// them.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(
        "corpus directory {} not found (give the folder of postmortems: incidex ingest DIR)",
        .0.display()
    )]
    NoCorpus(PathBuf),
    #[error("cannot lock store {}", .path.display())]
    Lock {
        path: PathBuf,
        #[source]
        source: Error,
    },
    #[error("cannot read store {}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: Error,
    },
    #[error("could not write the store {} (the previous store, if any, is intact)", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: Error,
    },
    /// [`Error::NothingIngested`]: no file of the corpus could be read.
    #[error(transparent)]
    Nothing(Error),
}

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

/// Bring `store` in line with the corpus folder `opts.dir`: take the
/// ingest lock, extract what is new or changed, drop what is gone, and
/// make the result the live generation.
pub fn sync(
    store: &Store,
    opts: &SyncOptions,
    progress: &dyn Progress,
) -> Result<SyncSummary, SyncError> {
    let t0 = Instant::now();
    if !opts.dir.is_dir() {
        return Err(SyncError::NoCorpus(opts.dir.clone()));
    }
    let lock = store.lock().map_err(|source| SyncError::Lock {
        path: store.root.clone(),
        source,
    })?;
    let old = store.current().map_err(|source| SyncError::Read {
        path: store.root.clone(),
        source,
    })?;
    let old_files = old
        .as_ref()
        .map(|g| g.manifest.files.clone())
        .unwrap_or_default();
    // Facts found by other extraction code are not kept: every file is
    // extracted again (as with --force).
    let stale = old
        .as_ref()
        .is_some_and(|g| g.manifest.extractor != super::EXTRACTOR);
    let forced;
    let opts = if stale && !opts.force {
        forced = SyncOptions {
            force: true,
            ..opts.clone()
        };
        &forced
    } else {
        opts
    };

    let (files, walk_warnings) = corpus::walk(std::slice::from_ref(&opts.dir));
    progress.start(files.len());
    let mut scan = Scan {
        store,
        lock: &lock,
        old: old.as_ref(),
        old_files: &old_files,
        summary: SyncSummary {
            warnings: walk_warnings,
            ..Default::default()
        },
        manifest_files: BTreeMap::new(),
        txn: None,
    };
    for chunk in files.chunks(2048) {
        let outcomes: Vec<Outcome> = chunk
            .par_iter()
            .map(|p| {
                let o = examine(p, &old_files, opts);
                progress.advance();
                o
            })
            .collect();
        for o in outcomes {
            scan.apply(o)?;
        }
    }
    progress.finish();
    let Scan {
        mut summary,
        mut manifest_files,
        txn,
        ..
    } = scan;
    let removed = keep_unreachable(&old_files, &mut manifest_files, &summary.warnings);
    summary.removed = removed.len();
    for w in &summary.warnings {
        progress.warning(w);
    }

    summary.scan_time = t0.elapsed();
    if manifest_files.is_empty() {
        return Err(SyncError::Nothing(Error::NothingIngested(
            opts.dir.display().to_string(),
        )));
    }
    if old.is_some() && txn.is_none() && removed.is_empty() {
        // Nothing to write, but what a failed or killed ingest left (a
        // partial generation can be most of the store's size) goes now,
        // not at the next ingest that changes something.
        if store.has_leftovers() {
            store.clean_partials().map_err(|source| SyncError::Write {
                path: store.root.clone(),
                source,
            })?;
        }
        summary.total_time = t0.elapsed();
        return Ok(summary);
    }
    let manifest = Manifest {
        created: jiff::Timestamp::now().to_string(),
        corpus: corpus::display(&opts.dir),
        corpus_abs: std::fs::canonicalize(&opts.dir)
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        files: manifest_files,
        extractor: super::EXTRACTOR.to_string(),
        ..Default::default()
    };
    let write_err = |source| SyncError::Write {
        path: store.root.clone(),
        source,
    };
    let mut txn = match txn {
        Some(t) => t,
        None => store.begin(&lock, old.as_ref()).map_err(write_err)?,
    };
    for p in &removed {
        txn.remove(p);
    }
    summary.written = Some(txn.finish(manifest).map_err(write_err)?);
    summary.total_time = t0.elapsed();
    Ok(summary)
}

/// Look at one corpus file: unchanged (by size and mtime, else by content
/// hash), extracted, or a warning.
fn examine(p: &Path, old_files: &BTreeMap<String, FileEntry>, opts: &SyncOptions) -> Outcome {
    let force = opts.force;
    let shown = corpus::display(p);
    let st = super::stat(p);
    // Same size and mtime as when it was hashed: unchanged, not read.
    if !force
        && let (Some(old), Some((len, mtime))) = (old_files.get(&shown), st)
        && old.bytes == len
        && old.mtime_ns == Some(mtime)
    {
        return Outcome::Unchanged(shown, old.clone());
    }
    let (text, bytes) = match corpus::read(p, opts.max_bytes) {
        Err(e) => return Outcome::Failed(Warning::unreadable(shown, &e)),
        Ok(read) => read,
    };
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

/// The state of a sync while outcomes come in.
struct Scan<'a> {
    store: &'a Store,
    lock: &'a Lock,
    old: Option<&'a Generation>,
    old_files: &'a BTreeMap<String, FileEntry>,
    summary: SyncSummary,
    manifest_files: BTreeMap<String, FileEntry>,
    /// The next generation, begun at the first change: documents go into
    /// its index chunk by chunk, so memory holds one chunk's texts at a
    /// time.
    txn: Option<Txn<'a>>,
}

impl Scan<'_> {
    fn apply(&mut self, o: Outcome) -> Result<(), SyncError> {
        match o {
            Outcome::Unchanged(p, e) => {
                self.summary.unchanged += 1;
                self.manifest_files.insert(p, e);
            }
            Outcome::Upsert(p, e, is_new) => {
                if is_new {
                    self.summary.new += 1;
                } else {
                    self.summary.changed += 1;
                }
                for w in &p.warnings {
                    self.summary.warnings.push(Warning {
                        path: p.incident.path.clone(),
                        reason: w.clone(),
                    });
                }
                self.manifest_files.insert(p.incident.path.clone(), e);
                let p = *p;
                let write_err = |source| SyncError::Write {
                    path: self.store.root.clone(),
                    source,
                };
                if self.txn.is_none() {
                    self.txn = Some(self.store.begin(self.lock, self.old).map_err(write_err)?);
                }
                if let Some(t) = self.txn.as_mut() {
                    t.upsert(p.incident, &p.texts, p.hash, !is_new)
                        .map_err(write_err)?;
                }
            }
            Outcome::Failed(w) => {
                // A file we stored before but cannot read now keeps its
                // stored row: nothing already stored is lost to a bad read.
                if let Some(e) = self.old_files.get(&w.path) {
                    self.manifest_files.insert(w.path.clone(), e.clone());
                }
                self.summary.warnings.push(w);
            }
        }
        Ok(())
    }
}

/// Keep the stored files that the walk could not reach (their folder
/// unreadable, a symlink loop): they keep their rows until they can be
/// read. Returns the stored files that are gone, to remove.
fn keep_unreachable(
    old_files: &BTreeMap<String, FileEntry>,
    manifest_files: &mut BTreeMap<String, FileEntry>,
    warnings: &[Warning],
) -> Vec<String> {
    let unreachable: Vec<String> = warnings.iter().map(|w| w.path.clone()).collect();
    for (p, e) in old_files {
        if !manifest_files.contains_key(p)
            && unreachable
                .iter()
                .any(|u| p == u || p.starts_with(&format!("{}/", u.trim_end_matches('/'))))
        {
            manifest_files.insert(p.clone(), e.clone());
        }
    }
    old_files
        .keys()
        .filter(|p| !manifest_files.contains_key(*p))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_new_unchanged_and_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("corpus");
        std::fs::create_dir(&dir).unwrap();
        for name in ["a.md", "b.md"] {
            std::fs::write(
                dir.join(name),
                "# Outage\n\n## Summary\nOn 2024-01-05 the API was down from 10:00 to 10:30 UTC.\n",
            )
            .unwrap();
        }
        let store = Store::new(tmp.path().join("store"));
        let opts = SyncOptions {
            dir: dir.clone(),
            max_bytes: corpus::DEFAULT_MAX_BYTES,
            force: false,
        };
        let s = sync(&store, &opts, &()).unwrap();
        assert_eq!((s.new, s.changed, s.unchanged, s.removed), (2, 0, 0, 0));
        assert_eq!(s.written.unwrap().manifest.files.len(), 2);
        let s = sync(&store, &opts, &()).unwrap();
        assert_eq!((s.new, s.unchanged), (0, 2));
        assert!(s.written.is_none() && s.warnings.is_empty());
        std::fs::remove_file(dir.join("b.md")).unwrap();
        let s = sync(&store, &opts, &()).unwrap();
        assert_eq!((s.unchanged, s.removed), (1, 1));
        assert_eq!(s.written.unwrap().manifest.files.len(), 1);
        let empty = tmp.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let opts = SyncOptions { dir: empty, ..opts };
        assert!(matches!(
            sync(&store, &opts, &()),
            Err(SyncError::Nothing(Error::NothingIngested(_)))
        ));
    }
}
