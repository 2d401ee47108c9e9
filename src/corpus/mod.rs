//! Walking and reading the corpus. One file is one postmortem; anything that
//! cannot be read as one (binary, not UTF-8, empty, too large, unreadable, a
//! symlink loop) becomes a [`Warning`] naming the file, and the walk goes on.

pub mod document;
pub mod frontmatter;

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// Files larger than this are skipped with a warning (a postmortem is a few
/// kilobytes, the largest of the development sets 35 KB; a bigger file is a
/// log or a dump that ended up in the folder). 1 MiB keeps the slowest file
/// extraction can meet (a megabyte of prose dense with times, as one line)
/// well under a second in a release build; `--max-bytes` raises it.
pub const DEFAULT_MAX_BYTES: u64 = 1024 * 1024;

/// Extensions read when walking a directory. Files named explicitly on the
/// command line are read whatever their extension.
pub const EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd", "txt", "text"];

/// A file that could not be taken as a postmortem, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Paths as they should be shown and stored: relative to the working
/// directory when they were given that way.
pub fn display(p: &Path) -> String {
    let s = p.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

/// Collect the postmortem files under the given paths, sorted, with warnings
/// for what could not be walked.
pub fn walk(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Warning>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for root in paths {
        let meta = match fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                warnings.push(Warning {
                    path: display(root),
                    reason: io_reason(&e),
                });
                continue;
            }
        };
        if meta.is_file() {
            files.push(root.clone());
            continue;
        }
        let walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !e
                        .file_name()
                        .to_str()
                        .is_some_and(|n| n.starts_with('.') || n == "node_modules" || n == "target")
            });
        for entry in walker {
            match entry {
                Ok(e) => {
                    if !e.file_type().is_file() {
                        continue;
                    }
                    let ok = e
                        .path()
                        .extension()
                        .and_then(|x| x.to_str())
                        .is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()));
                    // README files describe a folder, not an incident.
                    let readme = e
                        .file_name()
                        .to_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case("readme.md") && e.depth() == 1);
                    if ok && !readme {
                        files.push(e.into_path());
                    }
                }
                Err(err) => {
                    let path = err.path().map(display).unwrap_or_else(|| display(root));
                    let reason = if let Some(anc) = err.loop_ancestor() {
                        format!("symlink loop (points back to {})", display(anc))
                    } else if let Some(io) = err.io_error() {
                        io_reason(io)
                    } else {
                        err.to_string()
                    };
                    warnings.push(Warning { path, reason });
                }
            }
        }
    }
    files.dedup();
    (files, warnings)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "unreadable: permission denied".into(),
        std::io::ErrorKind::NotFound => "not found".into(),
        // ENAMETOOLONG: a path over the system's limit (4,096 bytes on
        // Linux) or a name over 255 bytes.
        std::io::ErrorKind::InvalidFilename => {
            "unreadable: the path is too long for the file system (over 4,095 bytes, or a name over 255)".into()
        }
        _ => {
            if e.raw_os_error() == Some(40) {
                "symlink loop (too many levels of symbolic links)".into()
            } else {
                format!("unreadable: {e}")
            }
        }
    }
}

/// Why one file is not taken as a postmortem. The text is the reason shown
/// after the file's name in a [`Warning`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read (missing, permission denied,
    /// a symlink loop, ...).
    #[error("{}", io_reason(.0))]
    Io(#[source] std::io::Error),
    /// Larger than `--max-bytes`: a log or a dump, not a postmortem.
    #[error(
        "too large ({:.1} MB; the limit is {:.1} MB, see --max-bytes)",
        *.size as f64 / 1e6,
        *.limit as f64 / 1e6
    )]
    TooLarge { size: u64, limit: u64 },
    /// NUL bytes in its first 8 KiB.
    #[error("binary file (contains NUL bytes)")]
    Binary,
    /// Not UTF-8 from this byte offset on.
    #[error("not valid UTF-8 (invalid byte at offset {offset}; save it as UTF-8)")]
    NotUtf8 { offset: usize },
    /// Nothing but white space.
    #[error("empty file")]
    Empty,
}

impl Warning {
    /// The warning for a file that could not be read.
    pub fn unreadable(path: String, err: &ReadError) -> Self {
        Warning {
            path,
            reason: err.to_string(),
        }
    }
}

/// The bytes of one file as text, or the reason it is not a postmortem.
pub fn read(path: &Path, max_bytes: u64) -> Result<(String, Vec<u8>), ReadError> {
    let meta = fs::metadata(path).map_err(ReadError::Io)?;
    if meta.len() > max_bytes {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(ReadError::Io)?;
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(ReadError::Binary);
    }
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            return Err(ReadError::NotUtf8 {
                offset: e.valid_up_to(),
            });
        }
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok((text, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_files_give_reasons() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        fs::write(p("bin.md"), b"abc\0def").unwrap();
        fs::write(p("latin1.md"), b"caf\xe9").unwrap();
        fs::write(p("empty.md"), b"  \n").unwrap();
        fs::write(p("ok.md"), b"# fine").unwrap();
        let err = |n: &str, max: u64| read(&p(n), max).unwrap_err();
        let bin = err("bin.md", DEFAULT_MAX_BYTES);
        assert!(matches!(bin, ReadError::Binary));
        assert!(bin.to_string().contains("binary"));
        let latin1 = err("latin1.md", DEFAULT_MAX_BYTES);
        assert!(matches!(latin1, ReadError::NotUtf8 { offset: 3 }));
        assert_eq!(
            latin1.to_string(),
            "not valid UTF-8 (invalid byte at offset 3; save it as UTF-8)"
        );
        let empty = err("empty.md", DEFAULT_MAX_BYTES);
        assert!(matches!(empty, ReadError::Empty));
        assert_eq!(empty.to_string(), "empty file");
        let large = err("ok.md", 3);
        assert!(matches!(large, ReadError::TooLarge { size: 6, limit: 3 }));
        assert_eq!(
            large.to_string(),
            "too large (0.0 MB; the limit is 0.0 MB, see --max-bytes)"
        );
        let missing = err("missing.md", DEFAULT_MAX_BYTES);
        assert!(matches!(&missing, ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound));
        assert_eq!(missing.to_string(), "not found");
        assert!(read(&p("ok.md"), DEFAULT_MAX_BYTES).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_warnings_and_the_walk_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        fs::write(dir.path().join("sub/a.md"), "# a").unwrap();
        fs::write(dir.path().join("notes.json"), "{}").unwrap();
        let (files, warnings) = walk(&[dir.path().to_path_buf()]);
        assert_eq!(files.len(), 1);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].reason.contains("loop"), "{:?}", warnings);
    }
}
