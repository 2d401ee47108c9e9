//! The whole extraction of one file (`pipeline::process_text`: front matter,
//! document model, every extractor), as `incidex extract` and `ingest` run
//! it but without the guard that turns a panic into a warning. The record
//! keeps the invariants README and ARCHITECTURE promise, and serialises to
//! JSON and back unchanged.
#![no_main]

use incidex::extract::Incident;
use incidex::pipeline;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(
    init: {
        for t in common::postmortems() {
            pipeline::process_text("warm-up.md", &t, String::new());
        }
    },
    |data: &[u8]| {
    // What `corpus::read` lets through: UTF-8, no NUL, not blank.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if text.contains('\0') || text.trim().is_empty() {
        return;
    }
    let p = pipeline::process_text("fuzz.md", text, String::new());
    let ex = &p.extraction;
    let i = &ex.incident;

    // Never negative, whatever the input (times::derive_minutes).
    assert!(i.window_min.is_none_or(|v| v >= 0), "window_min {:?}", i.window_min);
    assert!(
        i.detect_to_resolve_min.is_none_or(|v| v >= 0),
        "detect_to_resolve_min {:?}",
        i.detect_to_resolve_min
    );
    assert!(i.action_items >= 0);
    // What the store turns into typed columns must parse, or it would be
    // a silent null in the table.
    if let Some(d) = &i.date {
        assert!(d.parse::<jiff::civil::Date>().is_ok(), "date {d:?}");
    }
    for ts in [&i.start_utc, &i.end_utc].into_iter().flatten() {
        assert!(ts.parse::<jiff::Timestamp>().is_ok(), "instant {ts:?}");
    }
    // JSON has no NaN or infinity: a non-finite figure would print as null.
    for f in [i.users_affected_pct, i.revenue_loss].into_iter().flatten() {
        assert!(f.is_finite(), "figure {f}");
    }
    for (field, c) in &i.confidence {
        assert!((0.0..=1.0).contains(c), "confidence of {field}: {c}");
    }

    // `incidex extract --format json` and `explain` serialise these.
    let json = serde_json::to_string(i).expect("record serialises");
    let back: Incident = serde_json::from_str(&json).expect("record deserialises");
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    serde_json::to_string(&ex.decisions).expect("decisions serialise");
});
