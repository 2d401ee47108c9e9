//! A fingerprint of the extraction code (document model, lexical layer,
//! extractors, pipeline): the store records it, and an ingest by a build
//! whose extraction differs extracts every file again instead of keeping
//! the facts an older extractor found in unchanged files.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let mut paths = Vec::new();
    for dir in ["src/corpus", "src/text", "src/extract"] {
        println!("cargo:rerun-if-changed={dir}");
        files(Path::new(dir), &mut paths);
    }
    println!("cargo:rerun-if-changed=src/pipeline.rs");
    paths.push(PathBuf::from("src/pipeline.rs"));
    paths.sort();
    // FNV-1a over paths and contents: stable across toolchains.
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    for p in &paths {
        p.to_string_lossy().replace('\\', "/").hash(&mut h);
        std::fs::read(p).unwrap_or_default().hash(&mut h);
    }
    println!(
        "cargo:rustc-env=INCIDEX_EXTRACTOR={}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        h.finish()
    );
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
