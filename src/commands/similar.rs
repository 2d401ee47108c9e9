//! `incidex similar`: the incidents most like a given one.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use serde_json::json;
use tantivy::schema::Value;

use crate::cli::{ReportFormat, SimilarArgs};

pub fn run(args: SimilarArgs) -> Result<ExitCode> {
    let g = crate::store::Store::new(&args.store.store).open()?;
    let engine = crate::query::search::Engine::open(&g.index())?;
    let flt = args.filters.filters();
    // The text to compare: the summary and root cause (and title) of the
    // given incident, falling back to its whole body when it has no sections.
    let (text, exclude) = if let Some(t) = &args.text {
        (t.clone(), None)
    } else {
        let id = args.incident.clone().unwrap_or_default();
        // The stored key of this incident, however its path was written
        // (relative, absolute, with `..`): the corpus folder as ingested
        // plus the file's place in it.
        let shown = std::fs::canonicalize(&id)
            .ok()
            .and_then(|abs| {
                let rel = abs.strip_prefix(&g.manifest.corpus_abs).ok()?;
                Some(crate::corpus::display(
                    &std::path::Path::new(&g.manifest.corpus).join(rel),
                ))
            })
            .unwrap_or_else(|| crate::corpus::display(std::path::Path::new(&id)));
        let stored = engine.doc_by_path(&shown)?;
        let body = match &stored {
            Some((_, doc)) => doc
                .get_first(engine.fields.body)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string(),
            None => {
                if !std::path::Path::new(&id).is_file() {
                    bail!("`{id}` is neither a stored incident (see `incidex search`) nor a file");
                }
                std::fs::read_to_string(&id).with_context(|| format!("cannot read {id}"))?
            }
        };
        let t = crate::query::search::compared_text(&body);
        (t, stored.map(|_| shown))
    };
    let (terms, hits) = engine.similar(&text, exclude.as_deref(), args.limit, &flt)?;
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &json!({"terms": terms, "hits": hits}))?;
            writeln!(out)?;
        }
        ReportFormat::Table => {
            if !terms.is_empty() {
                writeln!(
                    out,
                    "distinctive terms: {}",
                    terms
                        .iter()
                        .take(12)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                )?;
            }
            crate::render::hits::write(&mut out, &hits, tty)?;
        }
    }
    out.flush()?;
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
