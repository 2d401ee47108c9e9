//! Reliability metrics per period: time to resolve (median, p90 and mean:
//! durations are long-tailed, so a mean never stands alone), time to detect
//! and detection-to-resolution (medians), with sample sizes and what was
//! left out.
//!
//! **Time to resolve** of an incident is its start-to-end window
//! (`window_min`) when both times are known; otherwise the duration the text
//! states (`duration_stated_min`); otherwise it is left out. Each figure says
//! how many of its values came from the stated duration.
//!
//! Percentiles interpolate linearly between the two nearest ranks (the
//! "R-7" rule of numpy and polars' `linear`): p90 of `[10, 20, 30, 40]` is
//! 37. Buckets with fewer than five values are marked as small samples.

use std::collections::BTreeMap;

use serde::Serialize;

use super::table::Record;

pub use crate::period::{By, period, periods_between};
use crate::period::{period_key, period_starts};

pub const SMALL_SAMPLE: usize = 5;

/// Where an incident's time to resolve came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Window,
    Stated,
}

/// Time to resolve of one incident, and its basis. Values whose sources are
/// less confident than `min_conf` are not used.
pub fn ttr(r: &Record, min_conf: f64) -> Option<(i64, Basis)> {
    let ok = |c: Option<f64>| c.unwrap_or(1.0) >= min_conf;
    if let Some(w) = r.window_min
        && ok(r.start_confidence)
        && ok(r.end_confidence)
    {
        return Some((w, Basis::Window));
    }
    if let Some(d) = r.duration_stated_min
        && ok(r.duration_confidence)
    {
        return Some((d, Basis::Stated));
    }
    None
}

fn ttd(r: &Record, min_conf: f64) -> Option<i64> {
    let ok = |c: Option<f64>| c.unwrap_or(1.0) >= min_conf;
    r.ttd_min
        .filter(|_| ok(r.start_confidence) && ok(r.detected_confidence))
}

fn dtr(r: &Record, min_conf: f64) -> Option<i64> {
    let ok = |c: Option<f64>| c.unwrap_or(1.0) >= min_conf;
    r.detect_to_resolve_min
        .filter(|_| ok(r.end_confidence) && ok(r.detected_confidence))
}

pub use super::stats::quantile;

/// Summary of one set of minute values.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Stat {
    pub n: usize,
    pub median: Option<f64>,
    /// 95% interval of the median (order statistics; a null bound is one
    /// the sample is too small to give).
    pub median_ci: Option<[Option<f64>; 2]>,
    pub p90: Option<f64>,
    pub p90_ci: Option<[Option<f64>; 2]>,
    /// Never alone: long-tailed durations make it the least robust figure.
    pub mean: Option<f64>,
    /// Geometric mean of the positive values (a typical duration on the
    /// log scale durations live on).
    pub geomean: Option<f64>,
}

pub fn stat(values: &[i64]) -> Stat {
    let mut v: Vec<f64> = values.iter().map(|&x| x as f64).collect();
    v.sort_by(f64::total_cmp);
    let mean = (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    // Minutes to two decimals: more would be float noise (396.00000000000006).
    let r2 = |x: Option<f64>| x.map(|x| (x * 100.0).round() / 100.0);
    let ci = |q: f64| super::stats::quantile_interval(&v, q, 0.05).map(|(lo, hi)| [r2(lo), r2(hi)]);
    Stat {
        n: v.len(),
        median: r2(quantile(&v, 0.5)),
        median_ci: ci(0.5),
        p90: r2(quantile(&v, 0.9)),
        p90_ci: ci(0.9),
        mean: r2(mean),
        geomean: r2(super::stats::geometric_mean(&v).0),
    }
}

/// One period's figures.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bucket {
    pub period: String,
    /// Incidents dated in the period.
    pub n: usize,
    pub ttr: Stat,
    /// How many time-to-resolve values came from a stated duration.
    pub ttr_from_stated: usize,
    pub ttd: Stat,
    pub detect_to_resolve: Stat,
    /// Incidents of the period with no time to resolve (no times, no
    /// stated duration, or below --min-confidence).
    pub left_out_no_times: usize,
    /// Fewer than five time-to-resolve values.
    pub small_sample: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Metrics {
    pub by: By,
    pub buckets: Vec<Bucket>,
    /// Incidents that matched the filters.
    pub incidents: usize,
    /// Of those, undated: counted here, never placed in a period.
    pub left_out_no_date: usize,
    pub min_confidence: f64,
    pub definition: &'static str,
}

pub const DEFINITION: &str = "time to resolve = start-to-end window (window_min) when both times are known, else the stated duration (duration_stated_min); p90 by linear interpolation; buckets with n < 5 are small samples";

/// Filters of the metrics verbs.
#[derive(Debug, Clone, Default)]
pub struct Select {
    pub since: Option<jiff::civil::Date>,
    pub until: Option<jiff::civil::Date>,
    pub cause: Option<String>,
}

impl Select {
    /// Whether a record passes the filters. With a date filter, undated
    /// incidents do not pass (their date is unknown).
    pub fn keep(&self, r: &Record) -> bool {
        if let Some(c) = &self.cause
            && &r.root_cause != c
        {
            return false;
        }
        if self.since.is_some() || self.until.is_some() {
            let Some(d) = r.date else { return false };
            if self.since.is_some_and(|s| d < s) || self.until.is_some_and(|u| d > u) {
                return false;
            }
        }
        true
    }
}

pub fn compute(records: &[Record], by: By, sel: &Select, min_conf: f64) -> Metrics {
    let kept: Vec<&Record> = records.iter().filter(|r| sel.keep(r)).collect();
    let dated: Vec<&Record> = kept.iter().copied().filter(|r| r.date.is_some()).collect();
    let mut groups: BTreeMap<i32, (jiff::civil::Date, Vec<&Record>)> = BTreeMap::new();
    if let (Some(first), Some(last)) = (
        dated.iter().filter_map(|r| r.date).min(),
        dated.iter().filter_map(|r| r.date).max(),
    ) {
        let first = sel.since.map_or(first, |s| s.max(first));
        let last = sel.until.map_or(last, |u| u.min(last));
        for d in period_starts(first, last, by) {
            groups.entry(period_key(d, by)).or_insert((d, Vec::new()));
        }
    }
    for r in &dated {
        let d = r.date.unwrap();
        groups
            .entry(period_key(d, by))
            .or_insert((d, Vec::new()))
            .1
            .push(r);
    }
    let buckets = groups
        .into_values()
        .map(|(d, rs)| bucket(period(d, by), &rs, min_conf))
        .collect();
    Metrics {
        by,
        buckets,
        incidents: kept.len(),
        left_out_no_date: kept.len() - dated.len(),
        min_confidence: min_conf,
        definition: DEFINITION,
    }
}

/// Figures for any set of incidents (a period, or a whole report).
pub fn bucket(period: String, rs: &[&Record], min_conf: f64) -> Bucket {
    let ttrs: Vec<(i64, Basis)> = rs.iter().filter_map(|r| ttr(r, min_conf)).collect();
    let values: Vec<i64> = ttrs.iter().map(|t| t.0).collect();
    let ttd_v: Vec<i64> = rs.iter().filter_map(|r| ttd(r, min_conf)).collect();
    let dtr_v: Vec<i64> = rs.iter().filter_map(|r| dtr(r, min_conf)).collect();
    Bucket {
        period,
        n: rs.len(),
        ttr: stat(&values),
        ttr_from_stated: ttrs.iter().filter(|t| t.1 == Basis::Stated).count(),
        ttd: stat(&ttd_v),
        detect_to_resolve: stat(&dtr_v),
        left_out_no_times: rs.len() - values.len(),
        small_sample: values.len() < SMALL_SAMPLE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(date: &str, window: Option<i64>, stated: Option<i64>, ttd: Option<i64>) -> Record {
        Record {
            path: format!("{date}.md"),
            date: date.parse().ok(),
            window_min: window,
            duration_stated_min: stated,
            ttd_min: ttd,
            root_cause: "database".into(),
            ..Default::default()
        }
    }

    #[test]
    fn quantiles_by_hand() {
        // p90 of 10,20,30,40: h = 3*0.9 = 2.7 -> 30 + 0.7*10 = 37.
        assert_eq!(quantile(&[10.0, 20.0, 30.0, 40.0], 0.9), Some(37.0));
        assert_eq!(quantile(&[10.0, 20.0, 30.0, 40.0], 0.5), Some(25.0));
        assert_eq!(quantile(&[7.0], 0.9), Some(7.0));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn metrics_of_a_hand_made_table() {
        // 2024-Q1: windows 30, 60, 90, 600 and a stated 45 (no window).
        // Sorted: 30 45 60 90 600 -> median 60; p90: h = 4*0.9 = 3.6 ->
        // 90 + 0.6*510 = 396; mean = 825/5 = 165.
        // 2024-Q3: one window of 20 and one incident without times.
        // Q2 has no incident and still appears, empty.
        let rs = vec![
            rec("2024-01-05", Some(30), None, Some(5)),
            rec("2024-02-10", Some(60), Some(55), Some(10)),
            rec("2024-03-01", Some(90), None, None),
            rec("2024-03-20", Some(600), None, Some(-15)),
            rec("2024-03-30", None, Some(45), None),
            rec("2024-08-01", Some(20), None, Some(0)),
            rec("2024-09-09", None, None, None),
            Record {
                date: None,
                window_min: Some(1000),
                ..rec("x", None, None, None)
            },
        ];
        let m = compute(&rs, By::Quarter, &Select::default(), 0.0);
        assert_eq!(m.incidents, 8);
        assert_eq!(m.left_out_no_date, 1);
        let periods: Vec<&str> = m.buckets.iter().map(|b| b.period.as_str()).collect();
        assert_eq!(periods, ["2024-Q1", "2024-Q2", "2024-Q3"]);
        let q1 = &m.buckets[0];
        assert_eq!(q1.n, 5);
        assert_eq!(q1.ttr.n, 5);
        assert_eq!(q1.ttr.median, Some(60.0));
        assert_eq!(q1.ttr.p90, Some(396.0));
        assert_eq!(q1.ttr.mean, Some(165.0));
        assert_eq!(q1.ttr_from_stated, 1);
        assert!(!q1.small_sample);
        // TTD: 5, 10, -15 -> sorted -15 5 10 -> median 5.
        assert_eq!(q1.ttd.median, Some(5.0));
        let q2 = &m.buckets[1];
        assert_eq!((q2.n, q2.ttr.n, q2.ttr.median), (0, 0, None));
        let q3 = &m.buckets[2];
        assert_eq!((q3.n, q3.ttr.n, q3.left_out_no_times), (2, 1, 1));
        assert!(q3.small_sample);

        let by_year = compute(&rs, By::Year, &Select::default(), 0.0);
        assert_eq!(by_year.buckets.len(), 1);
        assert_eq!(by_year.buckets[0].ttr.n, 6);
    }

    #[test]
    fn filters_and_confidence() {
        let mut low = rec("2024-01-05", Some(30), Some(35), None);
        low.start_confidence = Some(0.2);
        let rs = vec![low, rec("2023-06-01", Some(10), None, None)];
        let sel = Select {
            since: "2024-01-01".parse().ok(),
            ..Default::default()
        };
        let m = compute(&rs, By::Quarter, &sel, 0.0);
        assert_eq!(m.incidents, 1);
        assert_eq!(m.buckets[0].ttr.median, Some(30.0));
        // Below the confidence floor the window is not used: the stated
        // duration is.
        let m = compute(&rs, By::Quarter, &sel, 0.5);
        assert_eq!(m.buckets[0].ttr.median, Some(35.0));
        assert_eq!(m.buckets[0].ttr_from_stated, 1);
    }
}
