//! For every incident of a store, its nearest incidents by the `similar`
//! engine (the query `report`'s "seen before" uses, without the date
//! restriction), one JSON line per incident:
//! `{"path", "self_score", "hits": [{"path", "score", "similarity"}]}`.
//! Read by `scripts/measure-seen-before`.
//!
//!     cargo run --example seen_before_pairs -- STORE [K]

use std::io::Write;

use incidex::query::recurrence::{self, similarity};
use incidex::query::search::Engine;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let store = std::path::PathBuf::from(args.first().map_or(".incidex", String::as_str));
    let k: usize = args.get(1).map_or(Ok(10), |s| s.parse())?;
    let g = incidex::store::Store::new(&store).open()?;
    let mut paths: Vec<String> = incidex::query::table::load(&g.parquet())?
        .into_iter()
        .map(|r| r.path)
        .collect();
    paths.sort();
    let engine = Engine::open(&g.index())?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for p in &paths {
        let (self_score, hits) = match recurrence::candidates(&engine, p, None, k)? {
            Some((s, found, _)) => (s, found),
            None => (0.0, vec![]),
        };
        let hits: Vec<serde_json::Value> = hits
            .iter()
            .take(k)
            .map(|c| {
                serde_json::json!({
                    "path": c.path,
                    "score": c.score,
                    "similarity": similarity(c.score, self_score),
                })
            })
            .collect();
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"path": p, "self_score": self_score, "hits": hits}),
        )?;
        writeln!(out)?;
    }
    Ok(())
}
