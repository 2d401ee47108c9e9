//! The embedded store: a directory (default `.incidex/`) holding generations
//! of the data, each complete on its own:
//!
//! ```text
//! .incidex/
//!   lock                 held (flock) by the one ingest that may run
//!   CURRENT              the name of the live generation, replaced atomically
//!   gen-000003/
//!     incidents.parquet  the table (polars)
//!     index/             the full-text index (tantivy)
//!     manifest.json      path -> content hash, for incremental ingest
//!     head.json          the manifest without the file list, for readers
//! ```
//!
//! An ingest builds `gen-N.partial` beside the live generation (hard-linking
//! the immutable tantivy segments it keeps), renames it to `gen-N`, and only
//! then points `CURRENT` at it. A failure or a kill at any point leaves
//! `CURRENT` naming the previous, complete generation.

pub mod frame;
pub mod index;
pub mod stem;
pub mod sync;

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::extract::Incident;
use crate::pipeline::Texts;

pub const PARQUET: &str = "incidents.parquet";
pub const INDEX: &str = "index";
pub const MANIFEST: &str = "manifest.json";
/// The manifest without its file list: what readers need (a 100,000-file
/// manifest is 17 MB of JSON, read by every command until this existed).
pub const HEAD: &str = "head.json";
const CURRENT: &str = "CURRENT";
/// The generation before the live one, kept for readers that opened it
/// just before a swap.
const PREVIOUS: &str = "PREVIOUS";
const LOCK: &str = "lock";

/// What the store knows of each file it holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub generation: u64,
    pub created: String,
    /// The corpus directory the last ingest read (as given).
    pub corpus: String,
    /// Its absolute form, so reports can link to the files.
    pub corpus_abs: String,
    pub files: BTreeMap<String, FileEntry>,
    /// The extraction code that found these facts (`EXTRACTOR`); a store
    /// written by another one is extracted again in full. Empty in stores
    /// written before it was recorded.
    #[serde(default)]
    pub extractor: String,
}

/// The fingerprint of this build's extraction code (see build.rs).
pub const EXTRACTOR: &str = env!("INCIDEX_EXTRACTOR");

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FileEntry {
    pub hash: String,
    pub bytes: u64,
    /// Modification time (ns since 1970) when hashed: a file whose size and
    /// mtime are unchanged is not read again (as git's index does); any
    /// other file is hashed and compared by content.
    #[serde(default)]
    pub mtime_ns: Option<i128>,
}

/// Size and modification time of a file, for the manifest's fast path.
pub fn stat(path: &Path) -> Option<(u64, i128)> {
    let m = fs::metadata(path).ok()?;
    let t = m.modified().ok()?;
    let ns = t.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos() as i128;
    Some((m.len(), ns))
}

pub struct Store {
    pub root: PathBuf,
}

/// The live generation of a store.
#[derive(Debug, Clone)]
pub struct Generation {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

impl Generation {
    pub fn parquet(&self) -> PathBuf {
        self.dir.join(PARQUET)
    }
    pub fn index(&self) -> PathBuf {
        self.dir.join(INDEX)
    }
}

/// Held while an ingest runs; the OS releases it if the process dies.
pub struct Lock {
    _file: File,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Store { root: root.into() }
    }

    /// The live generation, if the store has one.
    /// The live generation with its full manifest (file list included), as
    /// ingest needs it.
    pub fn current(&self) -> Result<Option<Generation>> {
        self.current_with(true)
    }

    fn current_with(&self, files: bool) -> Result<Option<Generation>> {
        let cur = self.root.join(CURRENT);
        let name = match fs::read_to_string(&cur) {
            Ok(s) => s.trim().to_string(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let dir = self.root.join(&name);
        let head = dir.join(HEAD);
        let manifest: Manifest = if !files && head.exists() {
            serde_json::from_slice(&fs::read(head)?)?
        } else {
            serde_json::from_slice(&fs::read(dir.join(MANIFEST))?)?
        };
        Ok(Some(Generation { dir, manifest }))
    }

    /// The live generation for reading (search, SQL, metrics, reports): its
    /// manifest's file list is left empty. Errors say which command
    /// creates a store.
    pub fn open(&self) -> Result<Generation> {
        self.current_with(false)?.ok_or_else(|| Error::NoStore {
            path: self.root.clone(),
        })
    }

    /// Take the ingest lock, or fail at once if another ingest holds it.
    pub fn lock(&self) -> Result<Lock> {
        fs::create_dir_all(&self.root)?;
        let path = self.root.join(LOCK);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(Lock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(Error::Locked {
                path: self.root.clone(),
                lock: path,
            }),
            Err(fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }

    /// Start the next generation beside the live one: documents are added
    /// to its index as they come (so an ingest never holds every text at
    /// once); [`Txn::finish`] writes the table and makes it live.
    pub fn begin<'s>(&'s self, _lock: &Lock, old: Option<&Generation>) -> Result<Txn<'s>> {
        self.clean_partials()?;
        let next = old.map_or(1, |g| g.manifest.generation + 1);
        let name = format!("gen-{next:06}");
        let partial = self.root.join(format!("{name}.partial"));
        fs::create_dir_all(&partial)?;
        // Index: start from the old segments (hard links: tantivy never
        // rewrites a segment file), then delete and add.
        let idx_dir = partial.join(INDEX);
        fs::create_dir_all(&idx_dir)?;
        if let Some(g) = old {
            link_or_copy_dir(&g.index(), &idx_dir)?;
        }
        let index = index::open_or_create(&idx_dir)?;
        let fields = index::fields_of(&index.schema())?;
        let writer = index::writer(&index)?;
        Ok(Txn {
            store: self,
            old: old.cloned(),
            next,
            name,
            partial,
            index,
            fields,
            writer,
            dropped: Vec::new(),
            rows: Vec::new(),
            frames: Vec::new(),
        })
    }

    /// Remove what a failed or killed ingest left behind (only called with
    /// the lock held): every generation directory but the live one and the
    /// one before it.
    fn clean_partials(&self) -> Result<()> {
        let live = match fs::read_to_string(self.root.join(CURRENT)) {
            Ok(s) => s.trim().to_string(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            // Never guess which generation is live.
            Err(e) => return Err(e.into()),
        };
        let live_dir = self.root.join(&live);
        let previous = fs::read_to_string(self.root.join(PREVIOUS))
            .ok()
            .map(|p| self.root.join(p.trim()));
        self.remove_generations_except(&[live_dir], previous.as_deref())
    }

    /// Whether a failed or killed ingest left generation folders behind
    /// (any but the live one and the one before it).
    fn has_leftovers(&self) -> bool {
        let read = |f: &str| {
            fs::read_to_string(self.root.join(f))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        let (live, previous) = (read(CURRENT), read(PREVIOUS));
        fs::read_dir(&self.root).is_ok_and(|rd| {
            rd.flatten().any(|e| {
                let n = e.file_name().to_string_lossy().to_string();
                n.starts_with("gen-") && n != live && n != previous
            })
        })
    }

    fn remove_generations_except(&self, keep: &[PathBuf], also: Option<&Path>) -> Result<()> {
        if let Some(p) = also.and_then(|p| p.file_name()) {
            write_atomic(&self.root.join(PREVIOUS), p.to_string_lossy().as_bytes())?;
        }
        for e in fs::read_dir(&self.root)? {
            let e = e?;
            let path = e.path();
            let n = e.file_name().to_string_lossy().to_string();
            if n.starts_with("gen-")
                && path.is_dir()
                && !keep.contains(&path)
                && also != Some(path.as_path())
            {
                fs::remove_dir_all(&path)?;
            }
        }
        Ok(())
    }
}

/// A generation being built (see [`Store::begin`]).
pub struct Txn<'s> {
    store: &'s Store,
    old: Option<Generation>,
    next: u64,
    name: String,
    partial: PathBuf,
    index: tantivy::Index,
    fields: index::Fields,
    writer: tantivy::IndexWriter,
    /// Paths whose old rows go (changed or removed).
    dropped: Vec<String>,
    /// New rows not yet in a frame: records and content hashes (no texts).
    rows: Vec<(Incident, String)>,
    /// New rows already turned into columns, a chunk at a time: a record
    /// with its provenance map costs several times its columnar form, and
    /// holding 100,000 of them until the commit was most of ingest's peak
    /// memory.
    frames: Vec<polars::prelude::DataFrame>,
}

/// Records turned into a columnar frame at a time.
const FRAME_ROWS: usize = 4096;

impl Txn<'_> {
    /// Drop a file from the table and the index.
    pub fn remove(&mut self, path: &str) {
        index::delete_path(&self.writer, &self.fields, path);
        self.dropped.push(path.to_string());
    }

    /// Add (or replace) one postmortem. `replaces` says whether the store
    /// holds an older version of it: a new file needs no delete (a cold
    /// ingest of 100,000 files queued 100,000 useless delete terms).
    pub fn upsert(
        &mut self,
        inc: Incident,
        texts: &Texts,
        hash: String,
        replaces: bool,
    ) -> Result<()> {
        if replaces {
            index::delete_path(&self.writer, &self.fields, &inc.path);
            self.dropped.push(inc.path.clone());
        }
        self.writer
            .add_document(index::document(&self.fields, &inc, texts))?;
        self.rows.push((inc, hash));
        if self.rows.len() >= FRAME_ROWS {
            self.frames.push(frame::build(&self.rows)?);
            self.rows.clear();
        }
        Ok(())
    }

    /// Write the table, commit the index, and make the generation live.
    pub fn finish(mut self, mut manifest: Manifest) -> Result<Generation> {
        manifest.generation = self.next;
        manifest.format = 1;
        // The index first: committing frees the writer's buffers before the
        // table is built (the two at once were ingest's peak memory). Nothing
        // is live until CURRENT moves, so the order is free.
        fail_point("index")?;
        self.writer.commit()?;
        self.writer.wait_merging_threads()?;
        drop(self.index);
        // Table: the old rows minus changed and removed ones, plus new rows.
        let old_df = match &self.old {
            Some(g) => Some(frame::without_paths(
                &frame::read(&g.parquet())?,
                &self.dropped,
            )?),
            None => None,
        };
        let mut new_df = frame::build(&self.rows)?;
        self.rows = Vec::new();
        for f in std::mem::take(&mut self.frames).into_iter().rev() {
            let mut f = f;
            f.vstack_mut(&new_df)?;
            new_df = f;
        }
        let mut df = frame::merge(old_df, new_df)?;
        frame::write(&mut df, &self.partial.join(PARQUET))?;
        drop(df);
        fail_point("parquet")?;
        write_atomic(
            &self.partial.join(MANIFEST),
            &serde_json::to_vec_pretty(&manifest)?,
        )?;
        let head = Manifest {
            files: BTreeMap::new(),
            ..manifest.clone()
        };
        write_atomic(&self.partial.join(HEAD), &serde_json::to_vec_pretty(&head)?)?;
        fail_point("manifest")?;
        let root = &self.store.root;
        let final_dir = root.join(&self.name);
        if final_dir.exists() {
            fs::remove_dir_all(&final_dir)?;
        }
        fs::rename(&self.partial, &final_dir)?;
        sync_dir(root);
        fail_point("swap")?;
        write_atomic(&root.join(CURRENT), self.name.as_bytes())?;
        // The previous generation stays until the next ingest, so a reader
        // that opened it just before the swap can finish; older ones go.
        let keep = self.old.as_ref().map(|g| g.dir.clone());
        self.store
            .remove_generations_except(std::slice::from_ref(&final_dir), keep.as_deref())?;
        Ok(Generation {
            dir: final_dir,
            manifest,
        })
    }
}

/// Test hook: `INCIDEX_FAIL_AT=<point>` makes an ingest fail at that point
/// (`parquet`, `index`, `manifest`, `swap`; `export` for an export, once its
/// files are written and before they are moved into place), or
/// `abort:<point>` kill itself there, to prove that the previous store (or
/// folder) survives. `enospc:<point>` and `erofs:<point>` fail there with
/// the operating system's error for a full disk ("No space left on
/// device") or a read-only file system, as a write would.
pub fn fail_point(point: &str) -> Result<()> {
    if let Ok(v) = std::env::var("INCIDEX_FAIL_AT") {
        if v == point {
            return Err(Error::Io(std::io::Error::other(format!(
                "injected failure at {point} (INCIDEX_FAIL_AT)"
            ))));
        }
        // Linux's errno values (ENOSPC, EROFS).
        for (prefix, errno) in [("enospc:", 28), ("erofs:", 30)] {
            if v.strip_prefix(prefix) == Some(point) {
                return Err(Error::Io(std::io::Error::from_raw_os_error(errno)));
            }
        }
        if v.strip_prefix("abort:") == Some(point) {
            std::process::abort();
        }
    }
    Ok(())
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    if let Some(parent) = path.parent() {
        sync_dir(parent);
    }
    Ok(())
}

fn sync_dir(dir: &Path) {
    if let Ok(f) = File::open(dir) {
        let _ = f.sync_all();
    }
}

fn link_or_copy_dir(from: &Path, to: &Path) -> Result<()> {
    for e in fs::read_dir(from)? {
        let e = e?;
        let src = e.path();
        let dst = to.join(e.file_name());
        if src.is_dir() {
            fs::create_dir_all(&dst)?;
            link_or_copy_dir(&src, &dst)?;
            continue;
        }
        let name = e.file_name().to_string_lossy().to_string();
        // Lock files of tantivy are per-writer; never carry them over.
        if name.ends_with(".lock") {
            continue;
        }
        // meta.json and managed.json are rewritten by tantivy (atomically,
        // via rename), but copy them anyway so no inode is ever shared for
        // a file that changes.
        if name.ends_with(".json") || fs::hard_link(&src, &dst).is_err() {
            fs::copy(&src, &dst)?;
        }
    }
    Ok(())
}
