//! The quarterly reliability-review report: `index.html` (self-contained:
//! CSS and charts inline, no network) and `report.md` (charts as SVG files
//! beside it). Every text taken from a postmortem is escaped.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::query::metrics::{self, Bucket, By, Select, ttr};
use crate::query::table::Record;
use crate::render::chart::{self, Data, Kind};

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

/// One incident as listed in the report.
struct Line<'a> {
    r: &'a Record,
    minutes: Option<(i64, metrics::Basis)>,
    link: String,
}

pub struct Inputs<'a> {
    pub records: &'a [Record],
    pub period: Period,
    /// Relative link from the report folder to each incident's file.
    pub link: &'a dyn Fn(&Record) -> String,
    pub generated: String,
}

/// The rendered report.
pub struct Output {
    pub html: String,
    pub markdown: String,
    /// Charts for the Markdown report: (file name, SVG).
    pub svgs: Vec<(String, String)>,
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escape for a Markdown table cell or link text.
fn md(s: &str) -> String {
    escape(s)
        .replace('|', "\\|")
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace('*', "\\*")
        .replace('_', "\\_")
        .replace('\n', " ")
}

fn mins(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| format!("{v:.0}"))
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "–".into()
    } else {
        format!("{:.0}%", 100.0 * a as f64 / b as f64)
    }
}

/// A small builder that writes the same content as HTML and Markdown.
struct Doc {
    html: String,
    md: String,
}

impl Doc {
    fn h2(&mut self, t: &str) {
        let _ = writeln!(self.html, "<h2>{}</h2>", escape(t));
        let _ = writeln!(self.md, "\n## {t}\n");
    }
    fn p(&mut self, html: &str, md: &str) {
        let _ = writeln!(self.html, "<p>{html}</p>");
        let _ = writeln!(self.md, "{md}\n");
    }
    /// A table; cells are given as (html, markdown), already escaped.
    fn table(&mut self, header: &[&str], rows: &[Vec<(String, String)>], numeric: &[usize]) {
        self.html.push_str("<table><thead><tr>");
        for (i, h) in header.iter().enumerate() {
            let class = if numeric.contains(&i) {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(self.html, "<th{class}>{}</th>", escape(h));
        }
        self.html.push_str("</tr></thead><tbody>\n");
        for r in rows {
            self.html.push_str("<tr>");
            for (i, (h, _)) in r.iter().enumerate() {
                let class = if numeric.contains(&i) {
                    " class=\"num\""
                } else {
                    ""
                };
                let _ = write!(self.html, "<td{class}>{h}</td>");
            }
            self.html.push_str("</tr>\n");
        }
        self.html.push_str("</tbody></table>\n");
        let _ = writeln!(self.md, "| {} |", header.join(" | "));
        let _ = writeln!(
            self.md,
            "|{}|",
            header
                .iter()
                .enumerate()
                .map(|(i, _)| if numeric.contains(&i) { "---:" } else { "---" })
                .collect::<Vec<_>>()
                .join("|")
        );
        for r in rows {
            let _ = writeln!(
                self.md,
                "| {} |",
                r.iter()
                    .map(|(_, m)| m.as_str())
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        self.md.push('\n');
    }
    fn figure(&mut self, svg: &str, file: &str, caption: &str) {
        let _ = writeln!(
            self.html,
            "<figure>{}<figcaption>{}</figcaption></figure>",
            strip_xml_decl(svg),
            escape(caption)
        );
        let _ = writeln!(self.md, "![{caption}]({file})\n");
    }
}

fn strip_xml_decl(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

fn cell(s: String) -> (String, String) {
    (s.clone(), s)
}

fn text_cell(s: &str) -> (String, String) {
    (escape(s), md(s))
}

fn link_cell(l: &Line) -> (String, String) {
    let title = l.r.title.clone().unwrap_or_else(|| l.r.path.clone());
    (
        format!("<a href=\"{}\">{}</a>", escape(&l.link), escape(&title)),
        format!("[{}](<{}>)", md(&title), l.link.replace('>', "%3E")),
    )
}

fn minutes_cell(l: &Line) -> (String, String) {
    match l.minutes {
        Some((m, metrics::Basis::Window)) => cell(m.to_string()),
        Some((m, metrics::Basis::Stated)) => cell(format!("{m} (stated)")),
        None => cell("–".into()),
    }
}

fn date_cell(r: &Record) -> (String, String) {
    cell(r.date.map_or("undated".into(), |d| d.to_string()))
}

const CSS: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:1040px;margin:2rem auto;padding:0 1rem;color:#1d2330;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #dde2ea;padding-bottom:.3rem}
.sub{color:#5b6475;margin-top:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:.8rem;margin:1.2rem 0}
.card{border:1px solid #dde2ea;border-radius:8px;padding:.7rem .9rem}.card b{display:block;font-size:1.5rem}
.card span{color:#5b6475;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.92rem}
th,td{border-bottom:1px solid #e7eaf0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f7fa}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #eef0f4}
figcaption{color:#5b6475;font-size:.85rem}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;vertical-align:baseline}
.note{color:#5b6475;font-size:.88rem}
"#;

pub fn render(inp: &Inputs) -> anyhow::Result<Output> {
    let p = &inp.period;
    let sel = Select {
        since: Some(p.since),
        until: Some(p.until),
        cause: None,
    };
    let in_period: Vec<&Record> = inp.records.iter().filter(|r| sel.keep(r)).collect();
    let lines: Vec<Line> = in_period
        .iter()
        .map(|r| Line {
            r,
            minutes: ttr(r, 0.0),
            link: (inp.link)(r),
        })
        .collect();
    let head: Bucket = metrics::bucket(p.label.clone(), &in_period, 0.0);
    // The trend: this period and the four quarters before it.
    let trend_since = p
        .since
        .checked_sub(jiff::Span::new().months(12))
        .unwrap_or(p.since);
    let trend_sel = Select {
        since: Some(trend_since),
        until: Some(p.until),
        cause: None,
    };
    let trend = metrics::compute(inp.records, By::Quarter, &trend_sel, 0.0);
    let trend_data = Data {
        records: inp.records,
        by: By::Quarter,
        select: trend_sel.clone(),
        min_confidence: 0.0,
    };
    let period_data = Data {
        records: inp.records,
        by: By::Quarter,
        select: sel.clone(),
        min_confidence: 0.0,
    };
    let size = (900, 420);
    let svg_mttr = chart::render_svg(Kind::Mttr, &trend_data, size)?;
    let svg_causes = chart::render_svg(Kind::Causes, &trend_data, size)?;
    let svg_detection = chart::render_svg(Kind::Detection, &trend_data, size)?;
    let svg_ttd = chart::render_svg(Kind::Ttd, &period_data, size)?;

    let title = format!("Reliability review {}", p.label.replace('_', " to "));
    let mut d = Doc {
        html: String::new(),
        md: String::new(),
    };
    let _ = write!(
        d.html,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{CSS}</style></head><body>\n<h1>{}</h1>\n<p class=\"sub\">{} to {} · generated {} by incidex from {} postmortems</p>\n",
        escape(&title),
        escape(&title),
        p.since,
        p.until,
        escape(&inp.generated),
        inp.records.len()
    );
    let _ = writeln!(
        d.md,
        "# {title}\n\n{} to {} · generated {} by incidex from {} postmortems\n",
        p.since,
        p.until,
        inp.generated,
        inp.records.len()
    );

    // ---- headline numbers
    d.h2("Headline numbers");
    let monitored = in_period
        .iter()
        .filter(|r| r.detection == "monitoring")
        .count();
    let cards: Vec<(String, String)> = vec![
        (head.n.to_string(), "incidents in the period".into()),
        (
            mins(head.ttr.median),
            format!("median minutes to resolve (n={})", head.ttr.n),
        ),
        (
            mins(head.ttr.p90),
            format!("p90 minutes to resolve (n={})", head.ttr.n),
        ),
        (
            mins(head.ttr.mean),
            format!("mean minutes to resolve (n={})", head.ttr.n),
        ),
        (
            mins(head.ttd.median),
            format!("median minutes to detect (n={})", head.ttd.n),
        ),
        (
            pct(monitored, in_period.len()),
            format!(
                "detected by monitoring ({monitored} of {})",
                in_period.len()
            ),
        ),
    ];
    d.html.push_str("<div class=\"cards\">");
    for (v, l) in &cards {
        let _ = write!(
            d.html,
            "<div class=\"card\"><b>{}</b><span>{}</span></div>",
            escape(v),
            escape(l)
        );
    }
    d.html.push_str("</div>\n");
    for (v, l) in &cards {
        let _ = writeln!(d.md, "- **{v}** {l}");
    }
    d.md.push('\n');
    let small = if head.small_sample {
        " Fewer than five incidents have a time to resolve: treat these figures as a small sample."
    } else {
        ""
    };
    d.p(
        &format!(
            "Time to resolve is the start-to-end window, else the duration the postmortem states ({} of {} values here are stated durations). Durations are long-tailed: read the median and p90, not the mean alone.{}",
            head.ttr_from_stated, head.ttr.n, small
        ),
        &format!(
            "Time to resolve is the start-to-end window, else the duration the postmortem states ({} of {} values here are stated durations). Durations are long-tailed: read the median and p90, not the mean alone.{}",
            head.ttr_from_stated, head.ttr.n, small
        ),
    );

    // ---- MTTR trend
    d.h2("Time to resolve: trend against the previous quarters");
    let rows: Vec<Vec<(String, String)>> = trend
        .buckets
        .iter()
        .map(|b| {
            vec![
                cell(format!(
                    "{}{}",
                    b.period,
                    if b.small_sample { " *" } else { "" }
                )),
                cell(b.n.to_string()),
                cell(b.ttr.n.to_string()),
                cell(mins(b.ttr.median)),
                cell(mins(b.ttr.p90)),
                cell(mins(b.ttr.mean)),
                cell(mins(b.ttd.median)),
            ]
        })
        .collect();
    d.table(
        &[
            "quarter",
            "incidents",
            "with TTR",
            "median min",
            "p90 min",
            "mean min",
            "median TTD min",
        ],
        &rows,
        &[1, 2, 3, 4, 5, 6],
    );
    d.p(
        "* fewer than five values: a small sample.",
        "\\* fewer than five values: a small sample.",
    );
    d.figure(&svg_mttr, "mttr.svg", "Median (bar), p90 (whisker) and mean (dot) minutes to resolve per quarter, n above each bar");

    // ---- recurring causes
    d.h2("Top recurring root causes");
    let mut by_cause: BTreeMap<&str, Vec<&Line>> = BTreeMap::new();
    for l in &lines {
        by_cause.entry(l.r.root_cause.as_str()).or_default().push(l);
    }
    let before: Vec<&Record> = inp
        .records
        .iter()
        .filter(|r| r.date.is_some_and(|d| d >= trend_since && d < p.since))
        .collect();
    let mut causes: Vec<(&str, Vec<&Line>)> = by_cause.into_iter().collect();
    causes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let rows: Vec<Vec<(String, String)>> = causes
        .iter()
        .map(|(c, ls)| {
            let prev = before.iter().filter(|r| r.root_cause == *c).count();
            vec![
                (
                    format!(
                        "<span class=\"swatch\" style=\"background:{}\"></span>{}",
                        chart::hex(c),
                        escape(c)
                    ),
                    md(c),
                ),
                cell(ls.len().to_string()),
                cell(prev.to_string()),
                cell(if prev > 0 || ls.len() > 1 {
                    "yes".into()
                } else {
                    "no".into()
                }),
            ]
        })
        .collect();
    d.table(
        &[
            "root cause",
            "incidents",
            "in the 4 quarters before",
            "recurring",
        ],
        &rows,
        &[1, 2],
    );
    for (c, ls) in causes.iter().filter(|(c, _)| *c != "unknown").take(5) {
        let _ = writeln!(d.html, "<h3>{}</h3>", escape(c));
        let _ = writeln!(d.md, "### {c}\n");
        let mut ls = ls.clone();
        ls.sort_by_key(|l| l.r.date);
        let rows: Vec<Vec<(String, String)>> = ls
            .iter()
            .map(|l| vec![date_cell(l.r), link_cell(l), minutes_cell(l)])
            .collect();
        d.table(&["date", "incident", "minutes"], &rows, &[2]);
    }
    d.figure(
        &svg_causes,
        "causes.svg",
        "Root causes per quarter, this period and the four quarters before",
    );

    // ---- longest incidents
    d.h2("Longest incidents");
    let mut longest: Vec<&Line> = lines.iter().filter(|l| l.minutes.is_some()).collect();
    longest.sort_by_key(|l| std::cmp::Reverse(l.minutes.map_or(0, |m| m.0)));
    let rows: Vec<Vec<(String, String)>> = longest
        .iter()
        .take(5)
        .map(|l| {
            vec![
                date_cell(l.r),
                link_cell(l),
                text_cell(&l.r.root_cause),
                minutes_cell(l),
            ]
        })
        .collect();
    d.table(&["date", "incident", "root cause", "minutes"], &rows, &[3]);

    // ---- detection and resolution mix
    d.h2("Detection and resolution");
    for (what, key) in [("detection", 0), ("resolution", 1)] {
        let mut counts: BTreeMap<&str, (usize, Vec<i64>)> = BTreeMap::new();
        for l in &lines {
            let k = if key == 0 {
                l.r.detection.as_str()
            } else {
                l.r.resolution.as_str()
            };
            let e = counts.entry(k).or_default();
            e.0 += 1;
            if let Some((m, _)) = l.minutes {
                e.1.push(m);
            }
        }
        let mut rows: Vec<(&str, (usize, Vec<i64>))> = counts.into_iter().collect();
        rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        let table: Vec<Vec<(String, String)>> = rows
            .iter()
            .map(|(k, (n, ms))| {
                let s = metrics::stat(ms);
                vec![
                    text_cell(k),
                    cell(n.to_string()),
                    cell(pct(*n, lines.len())),
                    cell(format!("{} (n={})", mins(s.median), s.n)),
                ]
            })
            .collect();
        d.table(
            &[what, "incidents", "share", "median minutes to resolve"],
            &table,
            &[1, 2, 3],
        );
    }
    d.figure(&svg_detection, "detection.svg", "Detection mix per quarter");
    d.figure(
        &svg_ttd,
        "ttd.svg",
        "Time to detect and detection to resolution in the period",
    );

    // ---- action items
    d.h2("Action items");
    let total: i64 = in_period.iter().map(|r| r.action_items).sum();
    let none = in_period.iter().filter(|r| r.action_items == 0).count();
    let mut per: Vec<i64> = in_period.iter().map(|r| r.action_items).collect();
    per.sort();
    let med = metrics::stat(&per).median;
    d.p(
        &format!(
            "{total} action items across {} postmortems (median {} per postmortem); {none} postmortems list none.",
            in_period.len(),
            mins(med)
        ),
        &format!(
            "{total} action items across {} postmortems (median {} per postmortem); {none} postmortems list none.",
            in_period.len(),
            mins(med)
        ),
    );

    // ---- data quality
    d.h2("Data quality");
    let undated = inp.records.iter().filter(|r| r.date.is_none()).count();
    let no_end = in_period.iter().filter(|r| r.end.is_none()).count();
    let no_ttr = in_period.iter().filter(|r| ttr(r, 0.0).is_none()).count();
    let no_ttd = in_period.iter().filter(|r| r.ttd_min.is_none()).count();
    let unknown = in_period
        .iter()
        .filter(|r| r.root_cause == "unknown")
        .count();
    let rows = vec![
        vec![
            text_cell("no date (whole store)"),
            cell(undated.to_string()),
            text_cell(
                "every figure of this report: an undated incident is never placed in a period",
            ),
        ],
        vec![
            text_cell("no end time"),
            cell(no_end.to_string()),
            text_cell("start-to-end window (a stated duration is used where one exists)"),
        ],
        vec![
            text_cell("no time to resolve"),
            cell(no_ttr.to_string()),
            text_cell("median, p90 and mean minutes to resolve; longest incidents"),
        ],
        vec![
            text_cell("no detection time"),
            cell(no_ttd.to_string()),
            text_cell("median minutes to detect"),
        ],
        vec![
            text_cell("unknown root cause"),
            cell(unknown.to_string()),
            text_cell("recurring causes (listed as unknown)"),
        ],
    ];
    d.table(&["postmortems with", "count", "left out of"], &rows, &[1]);
    let gaps: Vec<&Line> = lines
        .iter()
        .filter(|l| l.minutes.is_none() || l.r.root_cause == "unknown")
        .collect();
    if !gaps.is_empty() {
        let rows: Vec<Vec<(String, String)>> = gaps
            .iter()
            .map(|l| {
                let mut what = Vec::new();
                if l.r.end.is_none() {
                    what.push("no end time");
                }
                if l.minutes.is_none() {
                    what.push("no time to resolve");
                }
                if l.r.root_cause == "unknown" {
                    what.push("unknown cause");
                }
                vec![date_cell(l.r), link_cell(l), text_cell(&what.join(", "))]
            })
            .collect();
        d.table(&["date", "postmortem", "missing"], &rows, &[]);
    }
    d.p(
        "Run <code>incidex lint</code> on the corpus to see what each postmortem's authors could add.",
        "Run `incidex lint` on the corpus to see what each postmortem's authors could add.",
    );
    d.html.push_str("</body></html>\n");
    Ok(Output {
        html: d.html,
        markdown: d.md,
        svgs: vec![
            ("mttr.svg".into(), svg_mttr),
            ("causes.svg".into(), svg_causes),
            ("detection.svg".into(), svg_detection),
            ("ttd.svg".into(), svg_ttd),
        ],
    })
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
    fn escaping() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(md("a|b [c]"), "a\\|b \\[c\\]");
    }
}
