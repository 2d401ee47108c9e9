//! The quarterly reliability-review report: `index.html` (self-contained:
//! CSS and charts inline, no network) and `report.md` (charts as SVG files
//! beside it). This module gathers the figures of each section into a
//! [`Report`]; the minijinja templates of `templates/` lay it out.
//! `report.html` is autoescaped, so every value, every text taken from a
//! postmortem included, is HTML-escaped unless the template marks it `|safe`
//! (only the inline SVG charts are); `report.md` escapes postmortem text with
//! its `md` filter.

use std::collections::BTreeMap;

use minijinja::{AutoEscape, Environment, Error, UndefinedBehavior, Value};
use serde::Serialize;

use crate::query::metrics::{self, Bucket, By, Select, SplitBy, ttr};
use crate::query::recurrence::{Earlier, SEEN_BEFORE_MAX, SEEN_BEFORE_MIN};
use crate::query::table::Record;
use crate::render::chart::{self, Data, Kind};

pub use crate::period::Period;

/// One incident as listed in the report.
struct Line<'a> {
    r: &'a Record,
    minutes: Option<(i64, metrics::Basis)>,
    link: String,
}

pub struct Inputs<'a> {
    pub records: &'a [Record],
    /// Earlier incidents like each incident of the period, by path (from
    /// the index: `query::recurrence::for_period`); `None` leaves the
    /// "seen before" section out.
    pub seen_before: Option<&'a BTreeMap<String, Vec<Earlier>>>,
    pub period: Period,
    /// Relative link from the report folder to each incident's file.
    pub link: &'a dyn Fn(&Record) -> String,
    pub generated: String,
    /// Why each undated postmortem (by its stored path) has no date, as
    /// `lint` says it; an undated postmortem missing here is listed as
    /// "no date found".
    pub unplaced: &'a BTreeMap<String, Vec<String>>,
}

/// The rendered report.
pub struct Output {
    pub html: String,
    pub markdown: String,
    /// Charts for the Markdown report: (file name, SVG).
    pub svgs: Vec<(String, String)>,
}

/// Everything the templates show, section by section.
#[derive(Serialize)]
struct Report<'a> {
    title: String,
    since: String,
    until: String,
    generated: &'a str,
    /// Postmortems in the whole store.
    n_records: usize,
    headline: Headline,
    trend: Table,
    /// The period's median time to resolve against the four quarters
    /// before, in words.
    change: String,
    /// Figures per severity, root cause, detection and service.
    breakdowns: Vec<Breakdown>,
    causes: Causes,
    /// Earlier incidents like those of the period, when the index was given.
    seen_before: Option<SeenBefore>,
    longest: Table,
    /// Detection, then resolution.
    mix: [Table; 2],
    actions: Actions,
    quality: Quality,
    /// Each phase and the two moments it spans.
    definitions: Table,
    figures: Figures<'a>,
}

#[derive(Serialize)]
struct Headline {
    cards: Vec<Card>,
    ttr_from_stated: usize,
    ttr_n: usize,
    small_sample: bool,
    /// Figures resting on under 60% of the period's incidents.
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct Breakdown {
    title: String,
    /// The values with enough incidents, if any.
    table: Option<Table>,
    /// What the table leaves out, and how an incident is counted.
    note: String,
}

#[derive(Serialize)]
struct Card {
    value: String,
    label: String,
}

#[derive(Serialize)]
struct Causes {
    table: Table,
    /// The incidents behind the most frequent known causes.
    top: Vec<CauseIncidents>,
}

#[derive(Serialize)]
struct CauseIncidents {
    cause: String,
    incidents: Table,
}

#[derive(Serialize)]
struct SeenBefore {
    /// Incidents of the period compared with the earlier ones.
    compared: usize,
    /// Those with at least one earlier incident like them, by date then path.
    incidents: Vec<SeenIncident>,
    min: String,
    max: usize,
}

#[derive(Serialize)]
struct SeenIncident {
    date: String,
    incident: Cell,
    earlier: Table,
}

#[derive(Serialize)]
struct Actions {
    total: i64,
    postmortems: usize,
    median: String,
    none: usize,
}

#[derive(Serialize)]
struct Quality {
    table: Table,
    /// Each figure: how many of the period's incidents it rests on.
    coverage: Table,
    /// Postmortems never placed in a period (undated), and why.
    unplaced: Option<Table>,
    /// The incidents of the period with a gap, if any.
    gaps: Option<Table>,
}

#[derive(Serialize)]
struct Figures<'a> {
    mttr: Figure<'a>,
    causes: Figure<'a>,
    detection: Figure<'a>,
    ttd: Figure<'a>,
}

#[derive(Serialize)]
struct Figure<'a> {
    /// The SVG without its XML declaration, inlined in the HTML.
    svg: &'a str,
    /// The SVG's file beside report.md.
    file: &'static str,
    caption: &'static str,
}

#[derive(Serialize)]
struct Table {
    header: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

#[derive(Serialize)]
struct Column {
    text: String,
    /// Right-aligned.
    num: bool,
}

impl<'a> Figure<'a> {
    fn new(svg: &'a str, file: &'static str, caption: &'static str) -> Figure<'a> {
        Figure {
            svg: strip_xml_decl(svg),
            file,
            caption,
        }
    }
}

impl Table {
    /// `numeric`: the indices of the right-aligned columns.
    fn new(header: &[&str], numeric: &[usize], rows: Vec<Vec<Cell>>) -> Table {
        let header = header
            .iter()
            .enumerate()
            .map(|(i, h)| Column {
                text: (*h).to_string(),
                num: numeric.contains(&i),
            })
            .collect();
        Table { header, rows }
    }
}

/// A table cell. The HTML template escapes every cell.
#[derive(Serialize, Default)]
struct Cell {
    text: String,
    /// Escape in Markdown too (text from a postmortem, prose); numbers,
    /// dates and the like are written as they are.
    escape_md: bool,
    /// A link to the incident's file, with `text` as the link text.
    href: Option<String>,
    /// A colour swatch before the text (a root cause's chart colour).
    swatch: Option<String>,
}

impl Cell {
    fn value(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            ..Cell::default()
        }
    }

    fn text(s: &str) -> Cell {
        Cell {
            text: s.to_string(),
            escape_md: true,
            ..Cell::default()
        }
    }

    fn link(l: &Line) -> Cell {
        Cell {
            text: l.r.title.clone().unwrap_or_else(|| l.r.path.clone()),
            escape_md: true,
            href: Some(url_path(&l.link)),
            swatch: None,
        }
    }

    fn minutes(l: &Line) -> Cell {
        Cell::value(match l.minutes {
            Some((m, metrics::Basis::Window)) => m.to_string(),
            Some((m, metrics::Basis::Stated)) => format!("{m} (stated)"),
            None => "–".into(),
        })
    }

    fn date(r: &Record) -> Cell {
        Cell::value(r.date.map_or("undated".into(), |d| d.to_string()))
    }
}

/// HTML-escape as the report always has: `'` as `&#39;`, `/` left alone.
fn html_escape(s: &str) -> String {
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

/// Escape for a Markdown table cell or link text (the template's `md`):
/// the text shows as written and can open no link, image, code span,
/// emphasis, heading or new table cell. HTML is escaped (no tag, no
/// autolink), a backslash first (so a `\[` in the text cannot undo the
/// escape of its `[`), then the characters Markdown gives a meaning inside
/// a line; a line break (`\n`, `\r`) would end the table row and start a
/// block of its own, so it becomes a space.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in html_escape(s).chars() {
        match c {
            '\\' | '|' | '[' | ']' | '*' | '_' | '`' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A relative path as a URL path: every byte but letters, digits, `-`,
/// `.`, `_`, `~` and `/` percent-encoded. The link to a postmortem is made
/// from its file's path, which anyone can name: a `:` could make it a
/// `javascript:` URL, a `"` or `>` end the attribute or the Markdown link,
/// `#`, `?` or `%` point somewhere else. Encoded, it is a path and nothing
/// else (browsers decode it back to the file's name).
fn url_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// minijinja's formatter, with HTML autoescape spelled by [`html_escape`]
/// (minijinja's own writes `'` as `&#x27;` and `/` as `&#x2f;`, which would
/// change every link and apostrophe of the report). Values marked safe, and
/// templates without autoescape, go to minijinja's default formatter.
fn formatter(
    out: &mut minijinja::Output,
    state: &minijinja::State,
    value: &Value,
) -> Result<(), Error> {
    if state.auto_escape() == AutoEscape::Html && !value.is_safe() {
        return out
            .write_str(&html_escape(&value.to_string()))
            .map_err(Error::from);
    }
    minijinja::escape_formatter(out, state, value)
}

/// The two templates: autoescape follows the name (`.html` on, `.md` off).
fn environment() -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.set_formatter(formatter);
    env.add_filter("md", |s: &str| md(s));
    env.add_filter("md_url", |s: &str| s.replace('>', "%3E"));
    env.add_template("report.html", include_str!("templates/report.html"))?;
    env.add_template("report.md", include_str!("templates/report.md"))?;
    Ok(env)
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

fn strip_xml_decl(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

/// The report's period and the four quarters before it (the trend).
struct Scope<'a> {
    sel: Select,
    trend_sel: Select,
    trend_since: jiff::civil::Date,
    in_period: Vec<&'a Record>,
    lines: Vec<Line<'a>>,
}

fn scope<'a>(inp: &Inputs<'a>) -> Scope<'a> {
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
    Scope {
        sel,
        trend_sel,
        trend_since,
        in_period,
        lines,
    }
}

/// The four charts, as SVG.
struct Charts {
    mttr: String,
    causes: String,
    detection: String,
    ttd: String,
}

impl Charts {
    fn render(records: &[Record], s: &Scope) -> anyhow::Result<Charts> {
        let data = |select: &Select| Data {
            records,
            by: By::Quarter,
            select: select.clone(),
            min_confidence: 0.0,
        };
        let (trend, period) = (data(&s.trend_sel), data(&s.sel));
        let size = (900, 420);
        Ok(Charts {
            mttr: chart::render_svg(Kind::Mttr, &trend, size)?,
            causes: chart::render_svg(Kind::Causes, &trend, size)?,
            detection: chart::render_svg(Kind::Detection, &trend, size)?,
            ttd: chart::render_svg(Kind::Ttd, &period, size)?,
        })
    }

    fn figures(&self) -> Figures<'_> {
        let figure = Figure::new;
        Figures {
            mttr: figure(
                &self.mttr,
                "mttr.svg",
                "Median (bar), p90 (whisker) and mean (dot) minutes to resolve per quarter, n above each bar",
            ),
            causes: figure(
                &self.causes,
                "causes.svg",
                "Root causes per quarter, this period and the four quarters before",
            ),
            detection: figure(
                &self.detection,
                "detection.svg",
                "Detection mix per quarter",
            ),
            ttd: figure(
                &self.ttd,
                "ttd.svg",
                "Time to detect and detection to resolution in the period",
            ),
        }
    }

    fn into_files(self) -> Vec<(String, String)> {
        vec![
            ("mttr.svg".into(), self.mttr),
            ("causes.svg".into(), self.causes),
            ("detection.svg".into(), self.detection),
            ("ttd.svg".into(), self.ttd),
        ]
    }
}

pub fn render(inp: &Inputs) -> anyhow::Result<Output> {
    let p = &inp.period;
    let s = scope(inp);
    let charts = Charts::render(inp.records, &s)?;
    let report = Report {
        title: format!("Reliability review {}", p.label.replace('_', " to ")),
        since: p.since.to_string(),
        until: p.until.to_string(),
        generated: &inp.generated,
        n_records: inp.records.len(),
        headline: headline(&p.label, &s.in_period),
        trend: trend(inp.records, &s.trend_sel),
        change: change(inp.records, &s.trend_sel),
        breakdowns: breakdowns(&s.in_period),
        causes: causes(inp.records, &s, p.since),
        seen_before: inp.seen_before.map(|found| seen_before(inp, &s, found)),
        longest: longest(&s.lines),
        mix: [
            mix(&s.lines, "detection", |r| &r.detection),
            mix(&s.lines, "resolution", |r| &r.resolution),
        ],
        actions: actions(&s.in_period),
        quality: quality(inp, &s),
        definitions: definitions(),
        figures: charts.figures(),
    };
    let env = environment()?;
    let html = env.get_template("report.html")?.render(&report)?;
    let markdown = env.get_template("report.md")?.render(&report)?;
    Ok(Output {
        html,
        markdown,
        svgs: charts.into_files(),
    })
}

fn headline(label: &str, in_period: &[&Record]) -> Headline {
    let head: Bucket = metrics::bucket(label.to_string(), in_period, 0.0);
    let monitored = in_period
        .iter()
        .filter(|r| r.detection == "monitoring")
        .count();
    let card = |value: String, label: String| Card { value, label };
    let cards = vec![
        card(head.n.to_string(), "incidents in the period".into()),
        card(
            mins(head.ttr.median),
            format!("median minutes to resolve (n={})", head.ttr.n),
        ),
        card(
            mins(head.ttr.p90),
            format!("p90 minutes to resolve (n={})", head.ttr.n),
        ),
        card(
            mins(head.ttr.mean),
            format!("mean minutes to resolve (n={})", head.ttr.n),
        ),
        card(
            mins(head.ttd.median),
            format!("median minutes to detect (n={})", head.ttd.n),
        ),
        card(
            pct(monitored, in_period.len()),
            format!(
                "detected by monitoring ({monitored} of {})",
                in_period.len()
            ),
        ),
    ];
    let warnings = [
        ("time to resolve", &head.coverage.ttr),
        ("time to detect", &head.coverage.ttd),
    ]
    .into_iter()
    .filter(|(_, c)| c.low)
    .map(|(what, c)| {
        format!(
            "The {what} figures rest on {} of the period's {} incidents ({}): they describe the incidents whose times were written down, which may not be typical.",
            c.n,
            c.of,
            pct(c.n, c.of)
        )
    })
    .collect();
    Headline {
        cards,
        ttr_from_stated: head.ttr_from_stated,
        ttr_n: head.ttr.n,
        small_sample: head.small_sample,
        warnings,
    }
}

/// The phases the figures measure, each with the two moments it spans
/// (from the schema), and how time to resolve is chosen.
fn definitions() -> Table {
    use crate::schema::Field;
    let mut rows: Vec<Vec<Cell>> = Field::all()
        .filter_map(|f| {
            let (from, to) = f.derived_from()?;
            Some(vec![
                Cell::value(f.phase()?.to_string()),
                Cell::value(format!("{from} -> {to}")),
                Cell::value(f.to_string()),
            ])
        })
        .collect();
    rows.push(vec![
        Cell::value("time to resolve (TTR)".to_string()),
        Cell::value(
            "the impact duration when start and end are known, else the duration the postmortem states"
                .to_string(),
        ),
        Cell::value(format!(
            "{} or {}",
            Field::WindowMin,
            Field::DurationStatedMin
        )),
    ]);
    Table::new(&["phase", "spans", "column"], &[], rows)
}

/// Time to resolve per quarter, this period and the four before.
fn trend(records: &[Record], trend_sel: &Select) -> Table {
    let trend = trend_metrics(records, trend_sel);
    let rows = trend
        .buckets
        .iter()
        .map(|b| {
            vec![
                Cell::value(format!(
                    "{}{}",
                    b.period,
                    if b.small_sample { " *" } else { "" }
                )),
                Cell::value(b.n.to_string()),
                Cell::value(b.ttr.n.to_string()),
                Cell::value(mins(b.ttr.median)),
                Cell::value(super::interval(b.ttr.median_ci, " to ")),
                Cell::value(mins(b.ttr.p90)),
                Cell::value(super::interval(b.ttr.p90_ci, " to ")),
                Cell::value(mins(b.ttr.mean)),
                Cell::value(mins(b.ttr.geomean)),
                Cell::value(mins(b.ttd.median)),
                Cell::value(coverage_cell(&b.coverage.ttr)),
                Cell::value(match &b.change {
                    Some(c) if c.verdict != metrics::Verdict::NoEarlierPeriod => c.short(),
                    _ => "–".into(),
                }),
            ]
        })
        .collect();
    Table::new(
        &[
            "quarter",
            "incidents",
            "with TTR",
            "TTR median min",
            "TTR median 95% interval",
            "TTR p90 min",
            "TTR p90 95% interval",
            "TTR mean min",
            "TTR geometric mean min",
            "time to detect median min",
            "incidents with TTR",
            "TTR median against the 4 quarters before",
        ],
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        rows,
    )
}

/// The quarters of the trend, each compared with the four quarters before
/// it (which, for the first rows, lie before the trend's first quarter).
fn trend_metrics(records: &[Record], trend_sel: &Select) -> metrics::Metrics {
    let since = trend_sel.since.map(|d| {
        d.checked_sub(jiff::Span::new().months(3 * metrics::CHANGE_BASELINE as i64))
            .unwrap_or(d)
    });
    let wide = Select {
        since,
        ..trend_sel.clone()
    };
    let mut m = metrics::compute(records, By::Quarter, &wide, 0.0);
    if let Some(first) = trend_sel.since {
        let first = crate::period::period(first, By::Quarter);
        m.buckets.retain(|b| b.period >= first);
    }
    m
}

/// "80%", or "44% (under 60%)".
fn coverage_cell(c: &metrics::Coverage) -> String {
    let share = pct(c.n, c.of);
    if c.low {
        format!("{share} (under {:.0}%)", metrics::COVERAGE_WARN * 100.0)
    } else {
        share
    }
}

/// The report period's median time to resolve against the quarters before
/// it, in words.
fn change(records: &[Record], trend_sel: &Select) -> String {
    let trend = trend_metrics(records, trend_sel);
    match trend
        .buckets
        .last()
        .and_then(|b| Some((b, b.change.as_ref()?)))
    {
        Some((b, c)) if !c.against.is_empty() => format!(
            "{} against {} to {}: {}.",
            b.period,
            c.against[0],
            c.against[c.against.len() - 1],
            c.words
        ),
        Some((b, c)) => format!("{}: {}.", b.period, c.words),
        None => "No incident in the period.".into(),
    }
}

/// The splits the report breaks the period down by.
const BREAKDOWNS: [(SplitBy, &str); 4] = [
    (SplitBy::Severity, "By severity"),
    (SplitBy::RootCause, "By root cause"),
    (SplitBy::Detection, "By detection"),
    (SplitBy::Service, "By service"),
];

/// Time to resolve per value of each split, for the values with at least
/// five values (a smaller cell would be read as a finding it is not).
fn breakdowns(in_period: &[&Record]) -> Vec<Breakdown> {
    BREAKDOWNS
        .iter()
        .map(|&(by, title)| {
            let groups = metrics::groups(in_period, by);
            let (shown, rest): (Vec<_>, Vec<_>) = groups
                .iter()
                .map(|(v, rs)| metrics::bucket(v.clone(), rs, 0.0))
                .partition(|b| b.ttr.n >= metrics::SMALL_SAMPLE);
            let rows: Vec<Vec<Cell>> = shown
                .iter()
                .map(|b| {
                    vec![
                        Cell::text(&b.period),
                        Cell::value(b.n.to_string()),
                        Cell::value(b.ttr.n.to_string()),
                        Cell::value(mins(b.ttr.median)),
                        Cell::value(super::interval(b.ttr.median_ci, " to ")),
                        Cell::value(mins(b.ttr.p90)),
                    ]
                })
                .collect();
            let values = |k: usize| if k == 1 { "value" } else { "values" };
            let rest_n: usize = rest.iter().map(|b| b.n).sum();
            let mut note = if rows.is_empty() {
                format!(
                    "No value has {} or more incidents with a time to resolve ({} {}, {rest_n} incidents).",
                    metrics::SMALL_SAMPLE,
                    rest.len(),
                    values(rest.len()),
                )
            } else if rest.is_empty() {
                String::new()
            } else {
                format!(
                    "Not shown: {} {} with fewer than {} incidents with a time to resolve ({rest_n} incidents).",
                    rest.len(),
                    values(rest.len()),
                    metrics::SMALL_SAMPLE,
                )
            };
            if by == SplitBy::Service {
                note.push_str(" An incident counts once per service it names.");
            }
            let table = (!rows.is_empty()).then(|| {
                Table::new(
                    &[
                        by.name(),
                        "incidents",
                        "with TTR",
                        "TTR median min",
                        "TTR median 95% interval",
                        "TTR p90 min",
                    ],
                    &[1, 2, 3, 4, 5],
                    rows,
                )
            });
            Breakdown {
                title: title.to_string(),
                table,
                note: note.trim().to_string(),
            }
        })
        .collect()
}

/// Root causes by count, with how often each came up in the four quarters
/// before, and the incidents behind the five most frequent known ones.
fn causes(records: &[Record], s: &Scope, since: jiff::civil::Date) -> Causes {
    let mut by_cause: BTreeMap<&str, Vec<&Line>> = BTreeMap::new();
    for l in &s.lines {
        by_cause.entry(l.r.root_cause.as_str()).or_default().push(l);
    }
    let before: Vec<&Record> = records
        .iter()
        .filter(|r| r.date.is_some_and(|d| d >= s.trend_since && d < since))
        .collect();
    let mut causes: Vec<(&str, Vec<&Line>)> = by_cause.into_iter().collect();
    causes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let rows = causes
        .iter()
        .map(|(c, ls)| {
            let prev = before.iter().filter(|r| r.root_cause == *c).count();
            let recurring = if prev > 0 || ls.len() > 1 {
                "yes"
            } else {
                "no"
            };
            vec![
                Cell {
                    swatch: Some(chart::hex(c)),
                    ..Cell::text(c)
                },
                Cell::value(ls.len().to_string()),
                Cell::value(prev.to_string()),
                Cell::value(recurring),
            ]
        })
        .collect();
    let table = Table::new(
        &[
            "root cause",
            "incidents",
            "in the 4 quarters before",
            "recurring",
        ],
        &[1, 2],
        rows,
    );
    let top = causes
        .iter()
        .filter(|(c, _)| *c != "unknown")
        .take(5)
        .map(|(c, ls)| {
            let mut ls = ls.clone();
            ls.sort_by_key(|l| l.r.date);
            let rows = ls
                .iter()
                .map(|l| vec![Cell::date(l.r), Cell::link(l), Cell::minutes(l)])
                .collect();
            CauseIncidents {
                cause: c.to_string(),
                incidents: Table::new(&["date", "incident", "TTR minutes"], &[2], rows),
            }
        })
        .collect();
    Causes { table, top }
}

/// For each incident of the period (by date, then path), the earlier
/// incidents most like it, with their similarity and the terms they share.
fn seen_before(inp: &Inputs, s: &Scope, found: &BTreeMap<String, Vec<Earlier>>) -> SeenBefore {
    let by_path: BTreeMap<&str, &Record> =
        inp.records.iter().map(|r| (r.path.as_str(), r)).collect();
    let mut lines: Vec<&Line> = s.lines.iter().collect();
    lines.sort_by(|a, b| (a.r.date, &a.r.path).cmp(&(b.r.date, &b.r.path)));
    let incidents = lines
        .iter()
        .filter_map(|l| {
            let earlier = found.get(&l.r.path).filter(|e| !e.is_empty())?;
            let rows = earlier
                .iter()
                .map(|e| {
                    let r = by_path.get(e.path.as_str());
                    let incident = match r {
                        Some(r) => Cell {
                            text: r.title.clone().unwrap_or_else(|| r.path.clone()),
                            escape_md: true,
                            href: Some((inp.link)(r)),
                            swatch: None,
                        },
                        None => Cell::text(&e.path),
                    };
                    vec![
                        r.map_or(Cell::value("undated"), |r| Cell::date(r)),
                        incident,
                        Cell::text(r.map_or("unknown", |r| r.root_cause.as_str())),
                        Cell::value(format!("{:.2}", e.similarity)),
                        Cell::text(&e.terms.join(", ")),
                    ]
                })
                .collect();
            Some(SeenIncident {
                date: l.r.date.map_or("undated".into(), |d| d.to_string()),
                incident: Cell::link(l),
                earlier: Table::new(
                    &[
                        "date",
                        "earlier incident",
                        "root cause",
                        "similarity",
                        "shared terms",
                    ],
                    &[3],
                    rows,
                ),
            })
        })
        .collect();
    SeenBefore {
        compared: s.lines.len(),
        incidents,
        min: format!("{SEEN_BEFORE_MIN:.2}"),
        max: SEEN_BEFORE_MAX,
    }
}

/// The five longest incidents of the period.
fn longest(lines: &[Line]) -> Table {
    let mut longest: Vec<&Line> = lines.iter().filter(|l| l.minutes.is_some()).collect();
    longest.sort_by_key(|l| std::cmp::Reverse(l.minutes.map_or(0, |m| m.0)));
    let rows = longest
        .iter()
        .take(5)
        .map(|l| {
            vec![
                Cell::date(l.r),
                Cell::link(l),
                Cell::text(&l.r.root_cause),
                Cell::minutes(l),
            ]
        })
        .collect();
    Table::new(
        &["date", "incident", "root cause", "TTR minutes"],
        &[3],
        rows,
    )
}

/// Incidents per detection (or resolution) category, with their share and
/// median time to resolve.
fn mix(lines: &[Line], what: &str, key: fn(&Record) -> &String) -> Table {
    let mut counts: BTreeMap<&str, (usize, Vec<i64>)> = BTreeMap::new();
    for l in lines {
        let e = counts.entry(key(l.r).as_str()).or_default();
        e.0 += 1;
        if let Some((m, _)) = l.minutes {
            e.1.push(m);
        }
    }
    let mut counts: Vec<(&str, (usize, Vec<i64>))> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    let rows = counts
        .iter()
        .map(|(k, (n, ms))| {
            let s = metrics::stat(ms);
            vec![
                Cell::text(k),
                Cell::value(n.to_string()),
                Cell::value(pct(*n, lines.len())),
                Cell::value(format!("{} (n={})", mins(s.median), s.n)),
            ]
        })
        .collect();
    Table::new(
        &[what, "incidents", "share", "median minutes to resolve"],
        &[1, 2, 3],
        rows,
    )
}

fn actions(in_period: &[&Record]) -> Actions {
    let mut per: Vec<i64> = in_period.iter().map(|r| r.action_items).collect();
    per.sort();
    Actions {
        total: per.iter().sum(),
        postmortems: in_period.len(),
        median: mins(metrics::stat(&per).median),
        none: per.iter().filter(|&&n| n == 0).count(),
    }
}

/// What is missing, how often, and which figures leave it out; then the
/// incidents of the period with a gap.
fn quality(inp: &Inputs, s: &Scope) -> Quality {
    let records = inp.records;
    let in_period = &s.in_period;
    let count = |f: &dyn Fn(&Record) -> bool| in_period.iter().filter(|r| f(r)).count();
    let undated = records.iter().filter(|r| r.date.is_none()).count();
    let rows = [
        (
            "no date (whole store)",
            undated,
            "every figure of this report: an undated incident is never placed in a period",
        ),
        (
            "no end time",
            count(&|r| r.end.is_none()),
            "start-to-end window (a stated duration is used where one exists)",
        ),
        (
            "no time to resolve",
            count(&|r| ttr(r, 0.0).is_none()),
            "median, p90 and mean minutes to resolve; longest incidents",
        ),
        (
            "no detection time",
            count(&|r| r.ttd_min.is_none()),
            "median minutes to detect",
        ),
        (
            "unknown root cause",
            count(&|r| r.root_cause == "unknown"),
            "recurring causes (listed as unknown)",
        ),
    ]
    .into_iter()
    .map(|(what, n, left_out)| {
        vec![
            Cell::text(what),
            Cell::value(n.to_string()),
            Cell::text(left_out),
        ]
    })
    .collect();
    let table = Table::new(&["postmortems with", "count", "left out of"], &[1], rows);
    let gaps: Vec<Vec<Cell>> = s
        .lines
        .iter()
        .filter(|l| l.minutes.is_none() || l.r.root_cause == "unknown")
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
            vec![Cell::date(l.r), Cell::link(l), Cell::text(&what.join(", "))]
        })
        .collect();
    let gaps =
        (!gaps.is_empty()).then(|| Table::new(&["date", "postmortem", "missing"], &[], gaps));
    Quality {
        table,
        gaps,
        coverage: coverage(&s.in_period),
        unplaced: unplaced(inp),
    }
}

/// Each figure of the period: the incidents it rests on and how sure their
/// values are.
fn coverage(in_period: &[&Record]) -> Table {
    let b = metrics::bucket(String::new(), in_period, 0.0);
    let rows = [
        ("time to resolve", &b.coverage.ttr),
        ("time to detect", &b.coverage.ttd),
        (
            "time to repair (detection to resolution)",
            &b.coverage.detect_to_resolve,
        ),
    ]
    .into_iter()
    .map(|(what, c)| {
        vec![
            Cell::text(what),
            Cell::value(format!("{} of {}", c.n, c.of)),
            Cell::value(coverage_cell(c)),
            Cell::value(
                c.median_confidence
                    .map_or("–".into(), |m| format!("{m:.2}")),
            ),
        ]
    })
    .collect();
    Table::new(
        &[
            "figure",
            "incidents with a value",
            "share",
            "median confidence",
        ],
        &[1, 2, 3],
        rows,
    )
}

/// The postmortems of the store with no date, and why (from `lint`).
fn unplaced(inp: &Inputs) -> Option<Table> {
    let rows: Vec<Vec<Cell>> = inp
        .records
        .iter()
        .filter(|r| r.date.is_none())
        .map(|r| {
            let line = Line {
                r,
                minutes: None,
                link: (inp.link)(r),
            };
            let why = inp
                .unplaced
                .get(&r.path)
                .filter(|w| !w.is_empty())
                .map_or("no date found".to_string(), |w| w.join("; "));
            vec![Cell::link(&line), Cell::text(&why)]
        })
        .collect();
    (!rows.is_empty()).then(|| Table::new(&["postmortem", "why it has no date"], &[], rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            html_escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(md("a|b [c]"), "a\\|b \\[c\\]");
        assert_eq!(md("\\[x\\](y)"), "\\\\\\[x\\\\\\](y)");
        assert_eq!(md("`a`\r\n~b~"), "\\`a\\`  \\~b\\~");
        assert_eq!(
            url_path("../c/a b:\"#?%é.md"),
            "../c/a%20b%3A%22%23%3F%25%C3%A9.md"
        );
    }
}
