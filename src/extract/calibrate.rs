//! Confidence that means what it says: a raw rule score per field is mapped
//! to the share of values with that score that were right on the labelled
//! development sets (isotonic regression, shrunk toward the field's mean,
//! fitted by `scripts/fit-calibration` into `calibration_table.rs`).
//!
//! A value given confidence c is then right about c of the time, so
//! `--min-confidence 0.8` keeps values that are right about eight or more
//! times in ten. Raw scores are first lowered for long documents
//! ([`length_factor`]). Fields outside the contract keep their raw scores. Values pinned by front matter (the author's word) keep
//! their own confidence. `INCIDEX_RAW_CONFIDENCE=1` prints the raw scores,
//! which is what the fitting script reads.

use std::sync::LazyLock;

#[path = "calibration_table.rs"]
mod table;

/// Whether to skip calibration (for refitting the table).
static RAW: LazyLock<bool> =
    LazyLock::new(|| std::env::var_os("INCIDEX_RAW_CONFIDENCE").is_some_and(|v| v == "1"));

/// Rules whose confidence is the author's word, not a guess.
fn is_pinned(rule: &str) -> bool {
    rule.starts_with("front-matter")
}

/// The calibrated confidence of a value of `field` decided by `rule` with
/// the raw score `raw` (0..1) in a document whose [`length_factor`] is
/// `length`.
pub fn calibrate(field: &str, rule: &str, raw: f32, length: f32) -> f32 {
    if is_pinned(rule) || raw <= 0.0 {
        return raw;
    }
    let raw = raw * length;
    if *RAW {
        return raw;
    }
    // Fields outside the contract (severity, services, the UTC instants)
    // have no labels to fit on: their raw score stands.
    let pooled = || {
        field
            .parse::<crate::schema::Field>()
            .is_ok()
            .then(|| table::TABLE.iter().find(|(f, _)| *f == "*"))
            .flatten()
    };
    let knots = table::TABLE
        .iter()
        .find(|(f, _)| *f == field)
        .or_else(pooled)
        .map(|(_, k)| *k);
    match knots {
        Some(k) if !k.is_empty() => interpolate(k, raw),
        _ => raw,
    }
}

/// Body length up to which a document's raw scores stand as they are.
const PLAIN_LENGTH: f32 = 4000.0;
/// What a raw score loses for each doubling of the body beyond
/// [`PLAIN_LENGTH`], down to [`LONGEST_FACTOR`].
const PER_DOUBLING: f32 = 0.15;
const LONGEST_FACTOR: f32 = 0.6;

/// The factor on a value's raw score for a document of `body_bytes`: 1 up
/// to 4,000 bytes, 0.15 less for each doubling beyond (0.85 at 8,000, 0.7
/// at 16,000), never under 0.6. Measured on the labelled sets, long reports
/// are wrong more often at the same rule score (values of reports over
/// 8,000 bytes were right 82% of the time on the shared sets and 62% on
/// fresh company reports, against 94% and 78% for shorter ones), because
/// each field has more candidates in them; the calibration
/// table is fitted on the scores after this factor. Front-matter values
/// keep their own confidence (see [`calibrate`]).
pub fn length_factor(body_bytes: usize) -> f32 {
    let n = body_bytes as f32;
    if n <= PLAIN_LENGTH {
        return 1.0;
    }
    (1.0 - PER_DOUBLING * (n / PLAIN_LENGTH).log2()).max(LONGEST_FACTOR)
}

/// Piecewise-linear through the knots (raw, calibrated), flat beyond them.
fn interpolate(knots: &[(f32, f32)], x: f32) -> f32 {
    let (first, last) = (knots[0], knots[knots.len() - 1]);
    if x <= first.0 {
        return first.1;
    }
    if x >= last.0 {
        return last.1;
    }
    let i = knots.partition_point(|k| k.0 <= x);
    let (a, b) = (knots[i - 1], knots[i]);
    let t = (x - a.0) / (b.0 - a.0);
    a.1 + t * (b.1 - a.1)
}

#[cfg(test)]
mod tests {
    use super::{interpolate, length_factor, table};

    #[test]
    fn long_documents_lower_the_raw_score_short_ones_keep_it() {
        assert_eq!(length_factor(0), 1.0);
        assert_eq!(length_factor(4000), 1.0);
        assert!((length_factor(8000) - 0.85).abs() < 1e-6);
        assert!((length_factor(16000) - 0.7).abs() < 1e-6);
        assert_eq!(length_factor(10_000_000), 0.6);
        let mut prev = 1.0;
        for n in (0..200_000).step_by(997) {
            let f = length_factor(n);
            assert!(f <= prev && f >= 0.6);
            prev = f;
        }
    }

    #[test]
    fn interpolation_is_monotone_and_flat_beyond_the_knots() {
        let k = [(0.2, 0.5), (0.6, 0.8), (0.9, 0.95)];
        assert_eq!(interpolate(&k, 0.0), 0.5);
        assert_eq!(interpolate(&k, 1.0), 0.95);
        assert!((interpolate(&k, 0.4) - 0.65).abs() < 1e-6);
        let mut prev = 0.0;
        for i in 0..=100 {
            let y = interpolate(&k, i as f32 / 100.0);
            assert!(y >= prev);
            prev = y;
        }
    }

    #[test]
    fn the_fitted_table_is_monotone_and_in_range() {
        assert!(table::TABLE.iter().any(|(f, _)| *f == "*"));
        for (field, knots) in table::TABLE {
            for w in knots.windows(2) {
                assert!(w[0].0 < w[1].0, "{field}: raw scores not increasing");
                assert!(w[0].1 <= w[1].1, "{field}: calibrated not monotone");
            }
            for (_, c) in *knots {
                assert!((0.0..=1.0).contains(c), "{field}: {c}");
            }
        }
    }
}
