//! Where extraction spends its time: parses every file under a folder once,
//! then runs each extractor over all documents and prints its share.
//!
//!     cargo run --release --example phase_timing -- bench/work/corpus-10000
//!
//! Single-threaded on purpose: the shares are what to optimise, not the
//! wall time (ingest runs the same work on every core).

use std::time::{Duration, Instant};

use incidex::corpus::document::{Document, parse};
use incidex::extract::{Extraction, actions, classify, impact, meta, times};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: phase_timing DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();

    let t = Instant::now();
    let docs: Vec<Document> = texts.iter().map(|s| parse(s)).collect();
    let parse_t = t.elapsed();

    let mut phases: Vec<(&str, Duration)> = vec![("parse", parse_t)];
    let mut exs: Vec<Extraction> = docs.iter().map(|_| Extraction::default()).collect();
    type Phase = fn(&Document, &mut Extraction);
    let steps: [(&str, Phase); 5] = [
        ("times", times::extract),
        ("impact", impact::extract),
        ("classify", classify::extract),
        ("actions", actions::extract),
        ("meta", meta::extract),
    ];
    for (name, f) in steps {
        let t = Instant::now();
        for (d, ex) in docs.iter().zip(exs.iter_mut()) {
            f(d, ex);
        }
        phases.push((name, t.elapsed()));
    }
    let total: Duration = phases.iter().map(|p| p.1).sum();
    println!(
        "{} documents, {:.1} MB, {:.2} s single-threaded ({:.0} docs/s)",
        docs.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64(),
        docs.len() as f64 / total.as_secs_f64()
    );
    for (name, d) in phases {
        println!(
            "{name:>9} {:>8.3} s {:>5.1}%",
            d.as_secs_f64(),
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        );
    }
}
