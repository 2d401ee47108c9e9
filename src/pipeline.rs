//! One file through the pipeline: read, parse, extract. Used by `extract`,
//! `ingest`, `explain` and `lint`; each file is read and parsed once.

use std::path::Path;

use rayon::prelude::*;

use crate::corpus::{self, Warning, document};
use crate::extract::{self, Extraction};

/// The texts of one postmortem that the full-text index stores by section.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    pub body: String,
    pub summary: String,
    pub root_cause: String,
    pub timeline: String,
    pub resolution: String,
    /// File line of the body's first line.
    pub body_line: usize,
}

/// A postmortem after extraction.
#[derive(Debug, Clone)]
pub struct Processed {
    pub extraction: Extraction,
    pub texts: Texts,
    pub hash: String,
}

/// Content hash of a file's bytes (the manifest's key for "unchanged").
pub fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex()[..32].to_string()
}

/// Read, parse and extract one file.
pub fn process(path: &Path, max_bytes: u64) -> Result<Processed, Warning> {
    let shown = corpus::display(path);
    let (text, bytes) =
        corpus::read(path, max_bytes).map_err(|e| Warning::unreadable(shown.clone(), &e))?;
    process_guarded(&shown, &text, hash(&bytes))
}

/// [`process_text`], with a panic in one rule turned into a warning for that
/// file: a bug must not stop the corpus.
pub fn process_guarded(shown: &str, text: &str, hash: String) -> Result<Processed, Warning> {
    std::panic::catch_unwind(|| process_text(shown, text, hash)).map_err(|e| {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Warning {
            path: shown.to_string(),
            reason: format!("internal error while extracting (please report): {msg}"),
        }
    })
}

/// Parse and extract text already read.
pub fn process_text(shown: &str, text: &str, hash: String) -> Processed {
    use crate::corpus::document::Roles;
    let doc = document::parse(text);
    let extraction = extract::extract(&doc, shown);
    let texts = Texts {
        summary: doc.text_with_role(Roles::SUMMARY) + &doc.text_with_role(Roles::IMPACT),
        root_cause: doc.text_with_role(Roles::ROOT_CAUSE),
        timeline: doc.text_with_role(Roles::TIMELINE),
        resolution: doc.text_with_role(Roles::RESOLUTION),
        body: doc.body.clone(),
        body_line: doc.front.lines + 1,
    };
    Processed {
        extraction,
        texts,
        hash,
    }
}

/// Process many files in parallel; results keep the input order.
pub fn process_all(
    paths: &[std::path::PathBuf],
    max_bytes: u64,
    progress: impl Fn() + Sync,
) -> Vec<Result<Processed, Warning>> {
    paths
        .par_iter()
        .map(|p| {
            let r = process(p, max_bytes);
            progress();
            r
        })
        .collect()
}
