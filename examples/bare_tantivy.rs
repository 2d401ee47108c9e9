//! The floor for our index: bare tantivy indexing only the bodies of the
//! files into one text field (default tokenizer, no extraction, no table).
//! A peer in bench/run.
//!
//!     cargo run --release --example bare_tantivy -- CORPUS_DIR INDEX_DIR
//!
//! Prints {"docs": N, "bytes": B, "seconds": S}.

use std::time::Instant;

use rayon::prelude::*;
use tantivy::schema::{STORED, STRING, Schema, TEXT};
use tantivy::{Index, TantivyDocument};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let t = Instant::now();
    let mut files: Vec<std::path::PathBuf> = walkdir::WalkDir::new(&args[1])
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_type().is_file()
                && e.path()
                    .extension()
                    .is_some_and(|x| x == "md" || x == "txt")
        })
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let mut sb = Schema::builder();
    let path = sb.add_text_field("path", STRING | STORED);
    let body = sb.add_text_field("body", TEXT);
    let schema = sb.build();
    let _ = std::fs::remove_dir_all(&args[2]);
    std::fs::create_dir_all(&args[2])?;
    let index = Index::create_in_dir(&args[2], schema)?;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    let mut w = index.writer_with_num_threads(threads, 64_000_000 * threads)?;
    let texts: Vec<(String, String)> = files
        .par_iter()
        .filter_map(|p| {
            let t = std::fs::read_to_string(p).ok()?;
            Some((p.display().to_string(), t))
        })
        .collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    for (p, t) in &texts {
        let mut d = TantivyDocument::default();
        d.add_text(path, p);
        d.add_text(body, t);
        w.add_document(d)?;
    }
    w.commit()?;
    w.wait_merging_threads()?;
    println!(
        "{}",
        serde_json::json!({"docs": texts.len(), "bytes": bytes, "seconds": t.elapsed().as_secs_f64()})
    );
    Ok(())
}
