//! Output: terminal tables, and later charts and reports.

pub mod chart;
pub mod dataset;
pub mod frame;
pub mod hits;
pub mod report;
pub mod table;

/// A 95% interval in whole minutes, its bounds joined by `sep`: a bound the
/// sample is too small to give is `?`, and under two values there is no
/// interval (`-`).
pub fn interval(ci: Option<[Option<f64>; 2]>, sep: &str) -> String {
    let b = |v: Option<f64>| v.map_or("?".to_string(), |v| format!("{v:.0}"));
    ci.map_or("-".to_string(), |[lo, hi]| {
        format!("{}{sep}{}", b(lo), b(hi))
    })
}
