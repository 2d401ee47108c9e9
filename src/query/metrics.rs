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

/// The confidence of a value drawn from fields of these confidences: the
/// least of them (a value with no recorded confidence, such as one pinned
/// in front matter, counts as sure).
fn least(cs: &[Option<f64>]) -> f64 {
    cs.iter().map(|c| c.unwrap_or(1.0)).fold(1.0, f64::min)
}

/// Time to resolve of one incident, its basis and its confidence. Values
/// whose sources are less confident than `min_conf` are not used.
pub fn ttr_measured(r: &Record, min_conf: f64) -> Option<(i64, Basis, f64)> {
    if let Some(w) = r.window_min {
        let c = least(&[r.start_confidence, r.end_confidence]);
        if c >= min_conf {
            return Some((w, Basis::Window, c));
        }
    }
    let d = r.duration_stated_min?;
    let c = least(&[r.duration_confidence]);
    (c >= min_conf).then_some((d, Basis::Stated, c))
}

/// Time to resolve of one incident, and its basis.
pub fn ttr(r: &Record, min_conf: f64) -> Option<(i64, Basis)> {
    ttr_measured(r, min_conf).map(|(v, b, _)| (v, b))
}

fn ttd(r: &Record, min_conf: f64) -> Option<(i64, f64)> {
    let c = least(&[r.start_confidence, r.detected_confidence]);
    r.ttd_min.filter(|_| c >= min_conf).map(|v| (v, c))
}

fn dtr(r: &Record, min_conf: f64) -> Option<(i64, f64)> {
    let c = least(&[r.end_confidence, r.detected_confidence]);
    r.detect_to_resolve_min
        .filter(|_| c >= min_conf)
        .map(|v| (v, c))
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
    /// How many incidents each figure rests on, and how sure their values
    /// are.
    pub coverage: Coverages,
    /// The median time to resolve against the periods before (set by
    /// [`compute`]; null for a bucket computed alone).
    pub change: Option<Change>,
}

/// A figure's coverage: the incidents of the period it rests on.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Coverage {
    /// Incidents with a value.
    pub n: usize,
    /// Incidents of the period.
    pub of: usize,
    /// `n / of`, to three decimals (null for an empty period).
    pub share: Option<f64>,
    /// Median confidence of the values used.
    pub median_confidence: Option<f64>,
    /// The figure rests on under 60% of the period's incidents
    /// ([`COVERAGE_WARN`]).
    pub low: bool,
}

/// A figure resting on less than this share of its period's incidents is
/// flagged: the incidents without a value are then the majority or near
/// it, and if they differ (an outage too long or too messy for anyone to
/// write down its end) the figure describes the easy cases only.
pub const COVERAGE_WARN: f64 = 0.6;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Coverages {
    pub ttr: Coverage,
    pub ttd: Coverage,
    pub detect_to_resolve: Coverage,
}

fn coverage(confidences: &[f64], of: usize) -> Coverage {
    let mut c = confidences.to_vec();
    c.sort_by(f64::total_cmp);
    let share = (of > 0).then(|| (c.len() as f64 / of as f64 * 1000.0).round() / 1000.0);
    Coverage {
        n: c.len(),
        of,
        share,
        median_confidence: quantile(&c, 0.5).map(|m| (m * 100.0).round() / 100.0),
        low: of > 0 && (c.len() as f64) < COVERAGE_WARN * of as f64,
    }
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
    /// The figures per value of `--split`.
    pub split: Option<Split>,
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
    compute_split(records, by, sel, min_conf, None)
}

/// The figures per period and, with a split, per period and value of the
/// split (every group has the same periods as the totals).
pub fn compute_split(
    records: &[Record],
    by: By,
    sel: &Select,
    min_conf: f64,
    split: Option<SplitBy>,
) -> Metrics {
    let kept: Vec<&Record> = records.iter().filter(|r| sel.keep(r)).collect();
    let dated: Vec<&Record> = kept.iter().copied().filter(|r| r.date.is_some()).collect();
    let mut starts = Vec::new();
    if let (Some(first), Some(last)) = (
        dated.iter().filter_map(|r| r.date).min(),
        dated.iter().filter_map(|r| r.date).max(),
    ) {
        let first = sel.since.map_or(first, |s| s.max(first));
        let last = sel.until.map_or(last, |u| u.min(last));
        starts = period_starts(first, last, by);
    }
    let split = split.map(|s| Split {
        by: s,
        groups: groups(&dated, s)
            .into_iter()
            .map(|(value, rs)| Group {
                value,
                incidents: rs.len(),
                buckets: periodize(&rs, &starts, by, min_conf),
            })
            .collect(),
    });
    Metrics {
        by,
        buckets: periodize(&dated, &starts, by, min_conf),
        incidents: kept.len(),
        left_out_no_date: kept.len() - dated.len(),
        min_confidence: min_conf,
        definition: DEFINITION,
        split,
    }
}

/// The records of each value of a split, the values with the most
/// incidents first (then by name).
pub fn groups<'a>(rs: &[&'a Record], by: SplitBy) -> Vec<(String, Vec<&'a Record>)> {
    let mut map: BTreeMap<String, Vec<&Record>> = BTreeMap::new();
    for r in rs {
        for k in by.keys(r) {
            map.entry(k).or_default().push(r);
        }
    }
    let mut out: Vec<(String, Vec<&Record>)> = map.into_iter().collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    out
}

/// One bucket per period of `starts` (and any other period a record falls
/// in), oldest first, each with its change against the periods before.
fn periodize(rs: &[&Record], starts: &[jiff::civil::Date], by: By, min_conf: f64) -> Vec<Bucket> {
    let mut groups: BTreeMap<i32, (jiff::civil::Date, Vec<&Record>)> = starts
        .iter()
        .map(|&d| (period_key(d, by), (d, Vec::new())))
        .collect();
    for r in rs {
        let d = r.date.expect("dated records only");
        groups
            .entry(period_key(d, by))
            .or_insert((d, Vec::new()))
            .1
            .push(r);
    }
    let mut history: Vec<(String, Vec<i64>)> = Vec::new();
    let mut out = Vec::with_capacity(groups.len());
    for (d, rs) in groups.into_values() {
        let label = period(d, by);
        let mut b = bucket(label.clone(), &rs, min_conf);
        let values: Vec<i64> = rs
            .iter()
            .filter_map(|r| ttr(r, min_conf))
            .map(|t| t.0)
            .collect();
        let before = &history[history.len().saturating_sub(CHANGE_BASELINE)..];
        b.change = Some(change(&values, before, by));
        history.push((label, values));
        out.push(b);
    }
    out
}

/// What the figures can be broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum SplitBy {
    Severity,
    Service,
    #[value(name = "root_cause")]
    RootCause,
    Detection,
}

/// The value an incident without one is counted under.
pub const NO_VALUE: &str = "unknown";

impl SplitBy {
    pub fn name(self) -> &'static str {
        match self {
            SplitBy::Severity => "severity",
            SplitBy::Service => "service",
            SplitBy::RootCause => "root_cause",
            SplitBy::Detection => "detection",
        }
    }

    /// The values an incident counts under: exactly one (`unknown` when it
    /// has none), except services, where it counts once per service it
    /// names.
    pub fn keys(self, r: &Record) -> Vec<String> {
        let one = |v: &str| {
            let v = v.trim();
            vec![if v.is_empty() {
                NO_VALUE.to_string()
            } else {
                v.to_string()
            }]
        };
        match self {
            SplitBy::Severity => one(r.severity.as_deref().unwrap_or("")),
            SplitBy::RootCause => one(&r.root_cause),
            SplitBy::Detection => one(&r.detection),
            SplitBy::Service if r.services.is_empty() => one(""),
            SplitBy::Service => {
                let mut v: Vec<String> = r.services.clone();
                v.sort();
                v.dedup();
                v
            }
        }
    }
}

/// The figures of one value of a split.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Group {
    pub value: String,
    /// Dated incidents with this value.
    pub incidents: usize,
    pub buckets: Vec<Bucket>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Split {
    pub by: SplitBy,
    pub groups: Vec<Group>,
}

/// Figures for any set of incidents (a period, or a whole report).
pub fn bucket(period: String, rs: &[&Record], min_conf: f64) -> Bucket {
    let ttrs: Vec<(i64, Basis, f64)> = rs
        .iter()
        .filter_map(|r| ttr_measured(r, min_conf))
        .collect();
    let values: Vec<i64> = ttrs.iter().map(|t| t.0).collect();
    let ttd_v: Vec<(i64, f64)> = rs.iter().filter_map(|r| ttd(r, min_conf)).collect();
    let dtr_v: Vec<(i64, f64)> = rs.iter().filter_map(|r| dtr(r, min_conf)).collect();
    let firsts = |v: &[(i64, f64)]| v.iter().map(|x| x.0).collect::<Vec<i64>>();
    let seconds = |v: &[(i64, f64)]| v.iter().map(|x| x.1).collect::<Vec<f64>>();
    let ttr_conf: Vec<f64> = ttrs.iter().map(|t| t.2).collect();
    Bucket {
        period,
        n: rs.len(),
        ttr: stat(&values),
        ttr_from_stated: ttrs.iter().filter(|t| t.1 == Basis::Stated).count(),
        ttd: stat(&firsts(&ttd_v)),
        detect_to_resolve: stat(&firsts(&dtr_v)),
        left_out_no_times: rs.len() - values.len(),
        small_sample: values.len() < SMALL_SAMPLE,
        coverage: Coverages {
            ttr: coverage(&ttr_conf, rs.len()),
            ttd: coverage(&seconds(&ttd_v), rs.len()),
            detect_to_resolve: coverage(&seconds(&dtr_v), rs.len()),
        },
        change: None,
    }
}

/// Whether a period's median time to resolve differs from the periods
/// before it by more than chance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Higher, by more than chance gives at these sizes.
    Up,
    /// Lower, by more than chance gives.
    Down,
    /// Within chance, and these sizes would have seen a change worth a
    /// review's attention ([`WORTH_SEEING`] or less).
    NoClearChange,
    /// Within chance, but these sizes could not have seen a change that
    /// size; or fewer than [`CHANGE_MIN_N`] values on a side.
    TooFewToTell,
    /// No earlier period with values to compare with.
    NoEarlierPeriod,
}

/// A period's median time to resolve against the periods before it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    /// The periods compared with (up to [`CHANGE_BASELINE`], pooled).
    pub against: Vec<String>,
    pub n: usize,
    pub against_n: usize,
    pub median: Option<f64>,
    pub against_median: Option<f64>,
    /// `median / against_median`.
    pub ratio: Option<f64>,
    /// Mood's median test, exact and two-sided (see
    /// [`super::stats::median_test`]).
    pub p_value: Option<f64>,
    /// The smallest ratio these sizes find four times in five at the 5%
    /// level ([`super::stats::detectable_ratio`]).
    pub detectable_ratio: Option<f64>,
    pub verdict: Verdict,
    /// The verdict in plain words.
    pub words: String,
}

impl Change {
    /// The verdict in a word or two, for a table cell: `up 3.0x`,
    /// `down 25%`, `no clear change`, `too few to tell`, `-`.
    pub fn short(&self) -> String {
        match self.verdict {
            Verdict::Up | Verdict::Down => {
                let r = self.ratio.unwrap_or(1.0);
                let dir = if self.verdict == Verdict::Up {
                    "up"
                } else {
                    "down"
                };
                if r >= 2.0 || (r > 0.0 && r <= 0.5) {
                    format!("{dir} {:.1}x", if r >= 1.0 { r } else { 1.0 / r })
                } else {
                    format!("{dir} {:.0}%", (r - 1.0).abs() * 100.0)
                }
            }
            Verdict::NoClearChange => "no clear change".into(),
            Verdict::TooFewToTell => "too few to tell".into(),
            Verdict::NoEarlierPeriod => "-".into(),
        }
    }
}

/// A period is compared with the pooled values of this many before it.
pub const CHANGE_BASELINE: usize = 4;
/// Fewer values than this on either side: too few to tell, untested.
pub const CHANGE_MIN_N: usize = 3;
/// The test's level.
pub const CHANGE_LEVEL: f64 = 0.05;
/// A change smaller than half again (1.5x up, or down to two thirds) is
/// not one a reliability review acts on alone; when the sample sizes
/// could only have seen a larger change, a difference within chance says
/// "too few to tell", not "no change".
pub const WORTH_SEEING: f64 = 1.5;

/// "38% higher", "2.1x higher", "25% lower", "3.0x lower".
fn ratio_words(ratio: f64) -> String {
    if ratio >= 1.0 {
        if ratio < 2.0 {
            format!("{:.0}% higher", (ratio - 1.0) * 100.0)
        } else {
            format!("{ratio:.1}x higher")
        }
    } else if ratio > 0.5 {
        format!("{:.0}% lower", (1.0 - ratio) * 100.0)
    } else if ratio > 0.0 {
        format!("{:.1}x lower", 1.0 / ratio)
    } else {
        "lower".to_string()
    }
}

/// Compare a period's time-to-resolve values with those of the periods
/// before it (`before`: each earlier period's label and values, oldest
/// first, up to [`CHANGE_BASELINE`]).
pub fn change(values: &[i64], before: &[(String, Vec<i64>)], by: By) -> Change {
    let f = |v: &[i64]| {
        let mut v: Vec<f64> = v.iter().map(|&x| x as f64).collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let now = f(values);
    let pooled: Vec<i64> = before.iter().flat_map(|b| b.1.iter().copied()).collect();
    let then = f(&pooled);
    let r2 = |x: f64| (x * 100.0).round() / 100.0;
    let median = quantile(&now, 0.5);
    let against_median = quantile(&then, 0.5);
    let ratio = match (median, against_median) {
        (Some(m), Some(a)) if a > 0.0 => Some(r2(m / a)),
        _ => None,
    };
    let k = before.len();
    let sizes = format!(
        "{} values against {} in the {k} {} before",
        now.len(),
        then.len(),
        if k == 1 {
            &by.plural()[..by.plural().len() - 1]
        } else {
            by.plural()
        }
    );
    let mut c = Change {
        against: before.iter().map(|b| b.0.clone()).collect(),
        n: now.len(),
        against_n: then.len(),
        median,
        against_median,
        ratio,
        p_value: None,
        detectable_ratio: None,
        verdict: Verdict::TooFewToTell,
        words: String::new(),
    };
    if then.is_empty() {
        c.verdict = Verdict::NoEarlierPeriod;
        c.words = "no earlier period with a time to resolve to compare with".into();
        return c;
    }
    if now.len() < CHANGE_MIN_N || then.len() < CHANGE_MIN_N {
        c.words = format!("too few to tell: {sizes}");
        return c;
    }
    let p = super::stats::median_test(&now, &then).unwrap_or(1.0);
    let detectable = super::stats::log_spread(&[&now, &then])
        .and_then(|s| super::stats::detectable_ratio(s, now.len(), then.len()));
    c.p_value = Some((p * 10_000.0).round() / 10_000.0);
    c.detectable_ratio = detectable.map(r2);
    let shift = ratio.map_or("different".to_string(), ratio_words);
    let p_words = if p < 0.001 {
        "p < 0.001".to_string()
    } else {
        format!("p = {p:.3}")
    };
    let sees = detectable.map_or("any change".to_string(), |d| {
        format!("a change of about {d:.1}x")
    });
    if p < CHANGE_LEVEL {
        c.verdict = if ratio.unwrap_or(1.0) >= 1.0 {
            Verdict::Up
        } else {
            Verdict::Down
        };
        c.words = format!(
            "real change: the median is {shift}, more than chance gives ({p_words}; {sizes})"
        );
    } else if detectable.is_some_and(|d| d <= WORTH_SEEING) {
        c.verdict = Verdict::NoClearChange;
        c.words = format!(
            "no clear change: the median is {shift}, within chance ({p_words}; {sizes}); these sizes would see {sees}"
        );
    } else {
        c.words = format!(
            "too few to tell: the median is {shift}, within chance ({p_words}; {sizes}); these sizes see only {sees} or more"
        );
    }
    c
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

    /// Periods of lognormal durations (median e^4 = 55 minutes, spread
    /// 1.2 on the log scale, as incident durations spread), the last one
    /// shifted by `factor`: the verdicts over many draws.
    fn verdicts(n: usize, factor: f64, trials: usize, seed: u64) -> Vec<Verdict> {
        let mut rng = crate::query::stats::testing::Rng(seed);
        let mut draw = |f: f64| -> Vec<i64> {
            (0..n)
                .map(|_| (rng.lognormal(4.0, 1.2) * f).round() as i64)
                .collect()
        };
        (0..trials)
            .map(|_| {
                let before: Vec<(String, Vec<i64>)> =
                    (1..=4).map(|q| (format!("2024-Q{q}"), draw(1.0))).collect();
                change(&draw(factor), &before, By::Quarter).verdict
            })
            .collect()
    }

    #[test]
    fn a_ten_percent_shift_in_six_incidents_is_too_few_to_tell() {
        let v = verdicts(6, 1.1, 500, 3);
        let too_few = v.iter().filter(|&&x| x == Verdict::TooFewToTell).count();
        // Chance alone calls about one in twenty "real" at the 5% level.
        assert!(too_few >= 450, "{too_few} of 500");
        assert!(v.iter().all(|&x| x != Verdict::NoClearChange));
    }

    #[test]
    fn a_threefold_shift_in_two_hundred_incidents_is_real() {
        let v = verdicts(200, 3.0, 50, 4);
        assert!(v.iter().all(|&x| x == Verdict::Up), "{v:?}");
        let v = verdicts(200, 1.0 / 3.0, 50, 5);
        assert!(v.iter().all(|&x| x == Verdict::Down), "{v:?}");
        // No shift at that size: no clear change (these sizes would see
        // 1.5x), with false alarms near the test's level.
        let v = verdicts(200, 1.0, 200, 6);
        let calm = v.iter().filter(|&&x| x == Verdict::NoClearChange).count();
        assert!(calm >= 185, "{calm} of 200");
    }

    #[test]
    fn change_words_and_edges() {
        let before = vec![("2024-Q1".to_string(), vec![10, 20, 30, 40, 50])];
        let c = change(&[], &before, By::Quarter);
        assert_eq!(c.verdict, Verdict::TooFewToTell);
        assert!(
            c.words
                .contains("0 values against 5 in the 1 quarter before"),
            "{}",
            c.words
        );
        let c = change(&[10, 20, 30], &[], By::Quarter);
        assert_eq!(c.verdict, Verdict::NoEarlierPeriod);
        let c = change(&[100, 200, 300, 400, 500, 600], &before, By::Quarter);
        assert_eq!(c.ratio, Some(11.67));
        assert_eq!(c.verdict, Verdict::Up);
        assert!(
            c.words
                .starts_with("real change: the median is 11.7x higher"),
            "{}",
            c.words
        );
        assert_eq!(ratio_words(1.38), "38% higher");
        assert_eq!(ratio_words(0.75), "25% lower");
        assert_eq!(ratio_words(0.25), "4.0x lower");
    }

    #[test]
    fn coverage_counts_the_incidents_a_figure_rests_on() {
        let mut a = rec("2024-01-05", Some(30), None, Some(5));
        a.start_confidence = Some(0.9);
        a.end_confidence = Some(0.7);
        let b = rec("2024-01-06", None, Some(40), None);
        let c = rec("2024-01-07", None, None, None);
        let rs = [&a, &b, &c];
        let k = bucket("2024-Q1".into(), &rs, 0.0);
        assert_eq!((k.coverage.ttr.n, k.coverage.ttr.of), (2, 3));
        assert_eq!(k.coverage.ttr.share, Some(0.667));
        // 2 of 3 is over 60%; the window counts at its least sure end (0.7)
        // and the stated duration, without a confidence, as sure.
        assert!(!k.coverage.ttr.low);
        assert_eq!(k.coverage.ttr.median_confidence, Some(0.85));
        assert_eq!((k.coverage.ttd.n, k.coverage.ttd.share), (1, Some(0.333)));
        assert!(k.coverage.ttd.low);
        let empty = bucket("2024-Q2".into(), &[], 0.0);
        assert_eq!(empty.coverage.ttr.share, None);
        assert!(!empty.coverage.ttr.low);
    }

    #[test]
    fn splits_sum_to_the_totals() {
        let mut rs = Vec::new();
        for (i, (sev, services)) in [
            (Some("SEV1"), vec!["api", "db"]),
            (Some("SEV2"), vec!["api"]),
            (None, vec![]),
            (Some("SEV1"), vec!["web"]),
            (Some(" "), vec!["db", "db"]),
        ]
        .into_iter()
        .enumerate()
        {
            let mut r = rec(
                &format!("2024-0{}-10", i + 1),
                Some(10 * (i as i64 + 1)),
                None,
                None,
            );
            r.severity = sev.map(str::to_string);
            r.services = services.into_iter().map(str::to_string).collect();
            r.detection = if i % 2 == 0 { "monitoring" } else { "unknown" }.into();
            rs.push(r);
        }
        for by in [
            SplitBy::Severity,
            SplitBy::RootCause,
            SplitBy::Detection,
            SplitBy::Service,
        ] {
            let m = compute_split(&rs, By::Quarter, &Select::default(), 0.0, Some(by));
            let split = m.split.as_ref().unwrap();
            for (i, total) in m.buckets.iter().enumerate() {
                let parts: usize = split.groups.iter().map(|g| g.buckets[i].n).sum();
                let ttr_parts: usize = split.groups.iter().map(|g| g.buckets[i].ttr.n).sum();
                // An incident counts once per service it names (once if it
                // names none).
                let want: usize = rs
                    .iter()
                    .filter(|r| period(r.date.unwrap(), By::Quarter) == total.period)
                    .map(|r| by.keys(r).len())
                    .sum();
                assert_eq!(parts, want, "{by:?} {}", total.period);
                assert_eq!(ttr_parts, want, "{by:?} {}", total.period);
                if by != SplitBy::Service {
                    assert_eq!(parts, total.n, "{by:?} {}", total.period);
                }
            }
        }
        let m = compute_split(
            &rs,
            By::Year,
            &Select::default(),
            0.0,
            Some(SplitBy::Severity),
        );
        let values: Vec<(&str, usize)> = m
            .split
            .as_ref()
            .unwrap()
            .groups
            .iter()
            .map(|g| (g.value.as_str(), g.incidents))
            .collect();
        assert_eq!(values, [("SEV1", 2), ("unknown", 2), ("SEV2", 1)]);
        let m = compute_split(
            &rs,
            By::Year,
            &Select::default(),
            0.0,
            Some(SplitBy::Service),
        );
        let values: Vec<(&str, usize)> = m
            .split
            .as_ref()
            .unwrap()
            .groups
            .iter()
            .map(|g| (g.value.as_str(), g.incidents))
            .collect();
        // "db" named twice by one incident counts once.
        assert_eq!(values, [("api", 2), ("db", 2), ("unknown", 1), ("web", 1)]);
    }
}
