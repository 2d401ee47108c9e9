//! Periods: the grain metrics are grouped by (quarter, month, year), the
//! label of the period a date falls in, the periods between two dates, and
//! the period a report covers. The one place that knows what a quarter is:
//! the store's `quarter` column, metrics, charts and reports all ask here.

use anyhow::Context as _;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "engine", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum By {
    Quarter,
    Month,
    Year,
}

impl By {
    /// The period's name in the plural, for sentences ("the 4 quarters
    /// before").
    pub fn plural(self) -> &'static str {
        match self {
            By::Quarter => "quarters",
            By::Month => "months",
            By::Year => "years",
        }
    }
}

/// The period key of a date.
pub fn period(d: jiff::civil::Date, by: By) -> String {
    match by {
        By::Quarter => format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
        By::Month => format!("{}-{:02}", d.year(), d.month()),
        By::Year => format!("{}", d.year()),
    }
}

/// A period as a number that sorts like its label (grouping 100,000 rows
/// by number, not by a formatted string per row).
#[cfg_attr(not(feature = "engine"), allow(dead_code))] // used by store and query
pub(crate) fn period_key(d: jiff::civil::Date, by: By) -> i32 {
    let y = d.year() as i32;
    match by {
        By::Quarter => y * 10 + (d.month() as i32 - 1) / 3 + 1,
        By::Month => y * 100 + d.month() as i32,
        By::Year => y,
    }
}

/// Every period from the one of `a` to the one of `b`, in order.
pub fn periods_between(a: jiff::civil::Date, b: jiff::civil::Date, by: By) -> Vec<String> {
    period_starts(a, b, by)
        .into_iter()
        .map(|d| period(d, by))
        .collect()
}

/// The first day of every period from the one of `a` to the one of `b`.
pub(crate) fn period_starts(
    a: jiff::civil::Date,
    b: jiff::civil::Date,
    by: By,
) -> Vec<jiff::civil::Date> {
    let mut out = Vec::new();
    let mut d = jiff::civil::date(a.year(), a.month(), 1);
    let step = match by {
        By::Quarter => {
            d = jiff::civil::date(a.year(), (a.month() - 1) / 3 * 3 + 1, 1);
            jiff::Span::new().months(3)
        }
        By::Month => jiff::Span::new().months(1),
        By::Year => {
            d = jiff::civil::date(a.year(), 1, 1);
            jiff::Span::new().years(1)
        }
    };
    while d <= b {
        out.push(d);
        d = match d.checked_add(step) {
            Ok(n) => n,
            Err(_) => break,
        };
    }
    out
}

/// What the report covers.
#[derive(Debug, Clone)]
pub struct Period {
    /// `2024-Q2`, or `2024-01-01..2024-06-30`.
    pub label: String,
    pub since: jiff::civil::Date,
    pub until: jiff::civil::Date,
}

impl Period {
    pub fn quarter(q: &str) -> Option<Period> {
        let (y, n) = q.split_once("-Q").or_else(|| q.split_once("-q"))?;
        let y: i16 = y.parse().ok()?;
        let n: i8 = n.parse().ok()?;
        if !(1..=4).contains(&n) {
            return None;
        }
        let since = jiff::civil::Date::new(y, (n - 1) * 3 + 1, 1).ok()?;
        let until = since
            .checked_add(jiff::Span::new().months(3))
            .ok()?
            .yesterday()
            .ok()?;
        Some(Period {
            label: format!("{y}-Q{n}"),
            since,
            until,
        })
    }

    pub fn range(since: jiff::civil::Date, until: jiff::civil::Date) -> Period {
        Period {
            label: format!("{since}_{until}"),
            since,
            until,
        }
    }

    /// Name of the default output folder.
    pub fn slug(&self) -> String {
        self.label.clone()
    }
}

/// A `--since` / `--until` argument as a date, with an error naming the
/// flag.
pub fn parse_date(s: &Option<String>, flag: &str) -> anyhow::Result<Option<jiff::civil::Date>> {
    s.as_deref()
        .map(|d| {
            d.parse::<jiff::civil::Date>()
                .with_context(|| format!("{flag} {d}: expected a date YYYY-MM-DD"))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarter_periods() {
        let p = Period::quarter("2024-Q2").unwrap();
        assert_eq!(p.since.to_string(), "2024-04-01");
        assert_eq!(p.until.to_string(), "2024-06-30");
        assert!(Period::quarter("2024-Q5").is_none());
        assert_eq!(
            Period::quarter("2023-Q4").unwrap().until.to_string(),
            "2023-12-31"
        );
    }

    #[test]
    fn labels_and_runs_of_periods() {
        let d = jiff::civil::date(2024, 11, 30);
        assert_eq!(period(d, By::Quarter), "2024-Q4");
        assert_eq!(period(d, By::Month), "2024-11");
        assert_eq!(period(d, By::Year), "2024");
        let a = jiff::civil::date(2023, 12, 31);
        assert_eq!(
            periods_between(a, d, By::Quarter),
            ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
        );
        // Keys sort like labels.
        assert!(period_key(a, By::Month) < period_key(d, By::Month));
    }
}
