//! The full-text index (tantivy). One document per postmortem:
//!
//! | field | kind | |
//! |---|---|---|
//! | `path` | raw string, stored | the key; updates delete by it |
//! | `title` | text (en_stem), stored | |
//! | `body` | text (en_stem), stored | snippets are cut from it |
//! | `summary`, `rootcause`, `timeline`, `recovery` | text (en_stem) | the sections, so search can weight and filter them |
//! | `root_cause`, `detection`, `resolution` | raw string, stored | exact-match categories |
//! | `date` | date, fast, stored | |
//! | `window_min`, `duration_min`, `ttd_min` | i64, fast, stored | absent when unknown |
//! | `body_line` | i64, stored | file line where the body starts (after front matter) |

use std::path::Path;

use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, Field, INDEXED, IndexRecordOption, STORED, STRING,
    Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{DateTime, Index, IndexWriter, TantivyDocument, Term};

use crate::error::Result;
use crate::extract::Incident;
use crate::pipeline::Texts;
use crate::schema::Field as F;

/// Handles to every field of the schema.
#[derive(Clone, Copy)]
pub struct Fields {
    pub path: Field,
    pub title: Field,
    pub body: Field,
    pub summary: Field,
    pub rootcause: Field,
    pub timeline: Field,
    pub recovery: Field,
    pub root_cause: Field,
    pub detection: Field,
    pub resolution: Field,
    pub date: Field,
    pub window_min: Field,
    pub duration_min: Field,
    pub ttd_min: Field,
    /// File line of the body's first line (after front matter), to turn a
    /// snippet's offset in the body into a line of the file.
    pub body_line: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |stored: bool| {
        let idx = TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let o = TextOptions::default().set_indexing_options(idx);
        if stored { o.set_stored() } else { o }
    };
    let num = INDEXED | FAST | STORED;
    let fields = Fields {
        path: b.add_text_field("path", STRING | STORED),
        title: b.add_text_field("title", text(true)),
        body: b.add_text_field("body", text(true)),
        summary: b.add_text_field("summary", text(false)),
        rootcause: b.add_text_field("rootcause", text(false)),
        timeline: b.add_text_field("timeline", text(false)),
        recovery: b.add_text_field("recovery", text(false)),
        root_cause: b.add_text_field(F::RootCause.as_str(), STRING | STORED),
        detection: b.add_text_field(F::Detection.as_str(), STRING | STORED),
        resolution: b.add_text_field(F::Resolution.as_str(), STRING | STORED),
        date: b.add_date_field(
            "date",
            DateOptions::default()
                .set_indexed()
                .set_fast()
                .set_stored()
                .set_precision(DateTimePrecision::Seconds),
        ),
        window_min: b.add_i64_field("window_min", num.clone()),
        duration_min: b.add_i64_field("duration_min", num.clone()),
        ttd_min: b.add_i64_field("ttd_min", num),
        body_line: b.add_i64_field("body_line", STORED),
    };
    (b.build(), fields)
}

/// Fields looked up by name in an opened index's schema.
pub fn fields_of(schema: &Schema) -> Result<Fields> {
    let f = |n: &str| schema.get_field(n).map_err(crate::error::Error::from);
    Ok(Fields {
        path: f("path")?,
        title: f("title")?,
        body: f("body")?,
        summary: f("summary")?,
        rootcause: f("rootcause")?,
        timeline: f("timeline")?,
        recovery: f("recovery")?,
        root_cause: f(F::RootCause.as_str())?,
        detection: f(F::Detection.as_str())?,
        resolution: f(F::Resolution.as_str())?,
        date: f("date")?,
        window_min: f("window_min")?,
        duration_min: f("duration_min")?,
        ttd_min: f("ttd_min")?,
        body_line: f("body_line")?,
    })
}

/// Open (or create) an index to write: its `en_stem` fields are analysed
/// with the memoising stemmer (same terms, see `store::stem`).
pub fn open_or_create(dir: &Path) -> Result<Index> {
    let index = if dir.join("meta.json").exists() {
        Index::open_in_dir(dir)?
    } else {
        std::fs::create_dir_all(dir)?;
        let (schema, _) = schema();
        Index::create_in_dir(dir, schema)?
    };
    super::stem::register(&index);
    Ok(index)
}

pub fn writer(index: &Index) -> Result<IndexWriter> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    Ok(index.writer_with_num_threads(threads, 64_000_000 * threads)?)
}

/// Day of the incident as a tantivy date (midnight UTC).
pub fn date_value(iso: &str) -> Option<DateTime> {
    let d: jiff::civil::Date = iso.parse().ok()?;
    let secs = (d - jiff::civil::date(1970, 1, 1)).get_days() as i64 * 86_400;
    Some(DateTime::from_timestamp_secs(secs))
}

pub fn document(f: &Fields, i: &Incident, t: &Texts) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.path, &i.path);
    if let Some(title) = &i.title {
        d.add_text(f.title, title);
    }
    d.add_text(f.body, &t.body);
    d.add_text(f.summary, &t.summary);
    d.add_text(f.rootcause, &t.root_cause);
    d.add_text(f.timeline, &t.timeline);
    d.add_text(f.recovery, &t.resolution);
    d.add_text(f.root_cause, i.root_cause.as_str());
    d.add_text(f.detection, i.detection.as_str());
    d.add_text(f.resolution, i.resolution.as_str());
    if let Some(dv) = i.date.as_deref().and_then(date_value) {
        d.add_date(f.date, dv);
    }
    if let Some(v) = i.window_min {
        d.add_i64(f.window_min, v);
    }
    if let Some(v) = i.duration_stated_min {
        d.add_i64(f.duration_min, v);
    }
    if let Some(v) = i.ttd_min {
        d.add_i64(f.ttd_min, v);
    }
    d.add_i64(f.body_line, t.body_line as i64);
    d
}

pub fn delete_path(w: &IndexWriter, f: &Fields, path: &str) {
    w.delete_term(Term::from_field_text(f.path, path));
}

/// The index of a live generation, opened to read. A generation is never
/// written once it is live (an ingest writes a new one and swaps it in),
/// so a reader needs none of tantivy's lock files; where they cannot be
/// created (a store on a read-only file system or mount), reading goes on
/// without them instead of failing.
pub fn open_for_reading(dir: &Path) -> Result<Index> {
    let inner =
        tantivy::directory::MmapDirectory::open(dir).map_err(tantivy::TantivyError::from)?;
    Ok(Index::open(ReadOnlyTolerant(inner))?)
}

/// [`tantivy::directory::MmapDirectory`], except that a lock file the file
/// system refuses to create (read-only, or no permission) is a no-op lock.
#[derive(Clone, Debug)]
struct ReadOnlyTolerant(tantivy::directory::MmapDirectory);

mod read_only {
    use std::path::Path;
    use std::sync::Arc;

    use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
    use tantivy::directory::{
        Directory, DirectoryLock, FileHandle, Lock, WatchCallback, WatchHandle, WritePtr,
    };

    use super::ReadOnlyTolerant;

    /// Whether a lock failed only because the file system refuses writes.
    fn refused(e: &LockError) -> bool {
        matches!(e, LockError::IoError(io) if matches!(
            io.kind(),
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
        ))
    }

    impl Directory for ReadOnlyTolerant {
        fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
            self.0.get_file_handle(path)
        }
        fn delete(&self, path: &Path) -> Result<(), DeleteError> {
            self.0.delete(path)
        }
        fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
            self.0.exists(path)
        }
        fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
            self.0.open_write(path)
        }
        fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
            self.0.atomic_read(path)
        }
        fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
            self.0.atomic_write(path, data)
        }
        fn sync_directory(&self) -> std::io::Result<()> {
            self.0.sync_directory()
        }
        fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
            match self.0.acquire_lock(lock) {
                Err(e) if refused(&e) => Ok(DirectoryLock::from(Box::new(()))),
                other => other,
            }
        }
        fn watch(&self, cb: WatchCallback) -> tantivy::Result<WatchHandle> {
            self.0.watch(cb)
        }
    }
}
