//! Trend charts with plotters, as SVG or PNG (by the file's extension):
//!
//! - `mttr`: per period, the median time to resolve as a bar, the p90 as a
//!   whisker, the mean as a marker, and `n` above each bar;
//! - `causes`: root causes per period as stacked bars, one fixed colour per
//!   category (the same in every chart and report);
//! - `detection`: the detection mix per period, stacked;
//! - `ttd`: the distribution of time to detect and of detection to
//!   resolution over log-spaced minute bins.
//!
//! Every chart has a title, axis labels with units, and a legend.

use std::path::{Path, PathBuf};

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::query::metrics::{self, By, Metrics, Select};
use crate::query::table::Record;
use crate::schema::{Category, Detection, RootCause};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Mttr,
    Causes,
    Detection,
    Ttd,
}

/// The colour of a root cause, fixed across charts (matplotlib's tab10
/// order, then one more); exhaustive, so a new category asks for one.
fn root_cause_color(c: RootCause) -> RGBColor {
    match c {
        RootCause::SoftwareBug => RGBColor(31, 119, 180),
        RootCause::MemoryLeak => RGBColor(255, 127, 14),
        RootCause::Misconfiguration => RGBColor(44, 160, 44),
        RootCause::ResourceExhaustion => RGBColor(214, 39, 40),
        RootCause::CapacityOverload => RGBColor(148, 103, 189),
        RootCause::Database => RGBColor(140, 86, 75),
        RootCause::Network => RGBColor(227, 119, 194),
        RootCause::Dependency => RGBColor(127, 127, 127),
        RootCause::Hardware => RGBColor(188, 189, 34),
        RootCause::Security => RGBColor(23, 190, 207),
        RootCause::HumanError => RGBColor(57, 59, 121),
        RootCause::Unknown => UNKNOWN,
    }
}

fn detection_color(d: Detection) -> RGBColor {
    match d {
        Detection::Monitoring => RGBColor(31, 119, 180),
        Detection::CustomerReport => RGBColor(255, 127, 14),
        Detection::InternalReport => RGBColor(44, 160, 44),
        Detection::Unknown => UNKNOWN,
    }
}

/// Grey: unknown, or a value of no taxonomy (a store written by another
/// version).
const UNKNOWN: RGBColor = RGBColor(199, 199, 199);

/// The colour of a category named as stored.
pub fn color(category: &str) -> RGBColor {
    if let Ok(c) = category.parse::<RootCause>() {
        root_cause_color(c)
    } else if let Ok(d) = category.parse::<Detection>() {
        detection_color(d)
    } else {
        UNKNOWN
    }
}

/// `#rrggbb` of a category colour (for HTML).
pub fn hex(category: &str) -> String {
    let c = color(category);
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

const MEDIAN: RGBColor = RGBColor(70, 130, 180);
const P90: RGBColor = RGBColor(30, 30, 30);
const MEAN: RGBColor = RGBColor(220, 50, 47);
const MEDIAN_CI: RGBColor = RGBColor(255, 140, 0);

/// What a chart is drawn from.
pub struct Data<'a> {
    pub records: &'a [Record],
    pub by: By,
    pub select: Select,
    pub min_confidence: f64,
}

/// Why a chart could not be made. plotters' errors are kept as the text
/// plotters gives them (their types depend on the drawing backend).
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The output file's name ends in neither `.svg` nor `.png`.
    #[error("{}: the chart's file name must end in .svg or .png", .path.display())]
    Extension { path: PathBuf },
    /// plotters could not draw the chart.
    #[error("{message}")]
    Draw { message: String },
    /// The drawn chart could not be written to its file.
    #[error("{message}")]
    Write { path: PathBuf, message: String },
}

type DrawResult = Result<(), ChartError>;
type Drawn = Result<Vec<Item>, ChartError>;

fn err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw {
        message: format!("{e:?}"),
    }
}

fn write_err<E: std::fmt::Debug>(path: &Path) -> impl FnOnce(E) -> ChartError + '_ {
    move |e| ChartError::Write {
        path: path.to_path_buf(),
        message: format!("{e:?}"),
    }
}

/// Draw a chart into a file (`.svg` or `.png`) of the given size.
pub fn render_file(
    kind: Kind,
    data: &Data,
    path: &Path,
    size: (u32, u32),
) -> Result<(), ChartError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "svg" => {
            let root = SVGBackend::new(path, size).into_drawing_area();
            draw(kind, data, &root)?;
            root.present().map_err(write_err(path))?;
        }
        "png" => {
            let root = BitMapBackend::new(path, size).into_drawing_area();
            draw(kind, data, &root)?;
            root.present().map_err(write_err(path))?;
        }
        _ => {
            return Err(ChartError::Extension {
                path: path.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// Draw a chart into an SVG string (for reports).
pub fn render_svg(kind: Kind, data: &Data, size: (u32, u32)) -> Result<String, ChartError> {
    let mut s = String::new();
    {
        let root = SVGBackend::with_string(&mut s, size).into_drawing_area();
        draw(kind, data, &root)?;
        root.present().map_err(err)?;
    }
    Ok(s)
}

/// A legend entry: its text, colour and mark.
struct Item {
    label: String,
    color: RGBColor,
    mark: Mark,
}

#[derive(Clone, Copy)]
enum Mark {
    Bar,
    Whisker,
    Dot,
}

/// Segments 0..k for k categories on the x axis.
fn segments(
    k: usize,
) -> plotters::coord::ranged1d::SegmentedCoord<plotters::coord::types::RangedCoordi32> {
    (0..(k as i32 - 1).max(1)).into_segmented()
}

type Chart<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<
        plotters::coord::ranged1d::SegmentedCoord<plotters::coord::types::RangedCoordi32>,
        plotters::coord::types::RangedCoordf64,
    >,
>;

/// A chart with one labelled segment per category on the x axis, a y axis
/// from 0 to `ymax`, its title and axis descriptions.
fn frame<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    title: &str,
    title_size: u32,
    labels: &[String],
    x_desc: &str,
    y_desc: &str,
    ymax: f64,
) -> Result<Chart<'a, DB>, ChartError> {
    let k = labels.len();
    let mut chart = ChartBuilder::on(root)
        .caption(title, ("sans-serif", title_size))
        .margin(12)
        .x_label_area_size(45)
        .y_label_area_size(60)
        .build_cartesian_2d(segments(k), 0f64..ymax)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_desc(x_desc)
        .y_desc(y_desc)
        .x_labels(k)
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                labels.get(*i as usize).cloned().unwrap_or_default()
            }
            SegmentValue::Last => String::new(),
        })
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(("sans-serif", 13))
        .draw()
        .map_err(err)?;
    Ok(chart)
}

fn draw<DB: DrawingBackend>(kind: Kind, data: &Data, root: &DrawingArea<DB, Shift>) -> DrawResult {
    root.fill(&WHITE).map_err(err)?;
    let (w, _) = root.dim_in_pixel();
    let legend_w = 210.min(w / 3);
    let (plot, legend) = root.split_horizontally(w - legend_w);
    let items = match kind {
        Kind::Mttr => mttr(data, &plot)?,
        Kind::Causes => stacked(
            data,
            &plot,
            "Root causes",
            |r| r.root_cause.as_str(),
            &RootCause::names(),
        )?,
        Kind::Detection => stacked(
            data,
            &plot,
            "How incidents were detected",
            |r| r.detection.as_str(),
            &Detection::names(),
        )?,
        Kind::Ttd => ttd(data, &plot)?,
    };
    draw_legend(&legend, &items)
}

/// The legend, in its own panel right of the plot so it never hides data.
fn draw_legend<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, items: &[Item]) -> DrawResult {
    if items.is_empty() {
        return Ok(());
    }
    let font = ("sans-serif", 13).into_font();
    area.draw(&Text::new(
        "Legend",
        (10, 50),
        ("sans-serif", 14).into_font(),
    ))
    .map_err(err)?;
    for (i, it) in items.iter().enumerate() {
        let y = 76 + i as i32 * 20;
        match it.mark {
            Mark::Bar => area
                .draw(&Rectangle::new(
                    [(10, y - 6), (24, y + 6)],
                    it.color.filled(),
                ))
                .map_err(err)?,
            Mark::Whisker => {
                area.draw(&PathElement::new(
                    vec![(17, y - 7), (17, y + 7)],
                    it.color.stroke_width(2),
                ))
                .map_err(err)?;
                area.draw(&PathElement::new(
                    vec![(11, y - 7), (23, y - 7)],
                    it.color.stroke_width(2),
                ))
                .map_err(err)?
            }
            Mark::Dot => area
                .draw(&Circle::new((17, y), 5, it.color.filled()))
                .map_err(err)?,
        }
        area.draw(&Text::new(it.label.clone(), (32, y - 7), font.clone()))
            .map_err(err)?;
    }
    Ok(())
}

fn by_name(by: By) -> &'static str {
    match by {
        By::Quarter => "quarter",
        By::Month => "month",
        By::Year => "year",
    }
}

fn no_data<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, title: &str) -> DrawResult {
    let (w, h) = root.dim_in_pixel();
    root.draw(&Text::new(
        format!("{title}: no dated incidents to chart"),
        (20, (h / 2) as i32),
        ("sans-serif", 20).into_font(),
    ))
    .map_err(err)?;
    let _ = w;
    Ok(())
}

/// The median's 95% interval: a line 12 pixels left of the bar's centre
/// (beside the p90 whisker, not over it); a bound the sample cannot give
/// runs to the edge of the plot, without a cap.
fn draw_median_intervals<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    m: &Metrics,
    ymax: f64,
) -> Result<(), ChartError> {
    const CI_DX: i32 = -12;
    let spans: Vec<Option<(f64, i32, bool, bool)>> = m
        .buckets
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let [lo, hi] = b.ttr.median_ci?;
            let x = SegmentValue::CenterOf(i as i32);
            let (y0, y1) = (lo.unwrap_or(0.0), hi.unwrap_or(ymax));
            let spec = chart.as_coord_spec();
            let dy = spec.translate(&(x.clone(), y1)).1 - spec.translate(&(x, y0)).1;
            Some((y0, dy, lo.is_some(), hi.is_some()))
        })
        .collect();
    chart
        .draw_series(spans.iter().enumerate().filter_map(|(i, s)| {
            let (y0, dy, capped_lo, capped_hi) = (*s)?;
            let style = MEDIAN_CI.stroke_width(3);
            let cap = |y: i32, on: bool| {
                let w = if on { 5 } else { 0 };
                PathElement::new(vec![(CI_DX - w, y), (CI_DX + w, y)], style)
            };
            Some(
                EmptyElement::at((SegmentValue::CenterOf(i as i32), y0))
                    + PathElement::new(vec![(CI_DX, 0), (CI_DX, dy)], style)
                    + cap(0, capped_lo)
                    + cap(dy, capped_hi),
            )
        }))
        .map_err(err)?;
    Ok(())
}

fn mttr<DB: DrawingBackend>(data: &Data, root: &DrawingArea<DB, Shift>) -> Drawn {
    let m: Metrics = metrics::compute(data.records, data.by, &data.select, data.min_confidence);
    let title = format!("Time to resolve per {} (minutes)", by_name(data.by));
    if m.buckets.is_empty() {
        return no_data(root, &title).map(|_| vec![]);
    }
    let ymax = m
        .buckets
        .iter()
        .filter_map(|b| {
            b.ttr.p90.or(b.ttr.median).map(|p| {
                p.max(b.ttr.mean.unwrap_or(0.0))
                    .max(b.ttr.median_ci.and_then(|c| c[1]).unwrap_or(0.0))
            })
        })
        .fold(1.0f64, f64::max)
        * 1.18;
    let labels: Vec<String> = m.buckets.iter().map(|b| b.period.clone()).collect();
    let mut chart = frame(
        root,
        &title,
        22,
        &labels,
        by_name(data.by),
        "minutes to resolve",
        ymax,
    )?;
    // Median bars, drawn in period order (plotters' Histogram sums its
    // data in a hash map and draws in that map's order, which changes from
    // run to run: the same store gave a different SVG each time).
    chart
        .draw_series(m.buckets.iter().enumerate().filter_map(|(i, b)| {
            let v = b.ttr.median?;
            let mut r = Rectangle::new(
                [
                    (SegmentValue::Exact(i as i32), 0.0),
                    (SegmentValue::Exact(i as i32 + 1), v),
                ],
                MEDIAN.filled(),
            );
            r.set_margin(0, 0, 14, 14);
            Some(r)
        }))
        .map_err(err)?;
    draw_median_intervals(&mut chart, &m, ymax)?;
    // p90 whiskers: a vertical line from the median up to p90, with a cap.
    chart
        .draw_series(m.buckets.iter().enumerate().filter_map(|(i, b)| {
            let (med, p) = (b.ttr.median?, b.ttr.p90?);
            Some(PathElement::new(
                vec![
                    (SegmentValue::CenterOf(i as i32), med),
                    (SegmentValue::CenterOf(i as i32), p),
                ],
                P90.stroke_width(2),
            ))
        }))
        .map_err(err)?;
    chart
        .draw_series(m.buckets.iter().enumerate().filter_map(|(i, b)| {
            let p = b.ttr.p90?;
            Some(
                EmptyElement::at((SegmentValue::CenterOf(i as i32), p))
                    + PathElement::new(vec![(-8, 0), (8, 0)], P90.stroke_width(2)),
            )
        }))
        .map_err(err)?;
    // Mean markers.
    chart
        .draw_series(m.buckets.iter().enumerate().filter_map(|(i, b)| {
            Some(Circle::new(
                (SegmentValue::CenterOf(i as i32), b.ttr.mean?),
                5,
                MEAN.filled(),
            ))
        }))
        .map_err(err)?;
    // n above each bar (n of time-to-resolve values; "n=0" for empty periods).
    chart
        .draw_series(m.buckets.iter().enumerate().map(|(i, b)| {
            let top = b
                .ttr
                .p90
                .or(b.ttr.median)
                .unwrap_or(0.0)
                .max(b.ttr.mean.unwrap_or(0.0))
                .max(b.ttr.median_ci.and_then(|c| c[1]).unwrap_or(0.0));
            let label = format!("n={}{}", b.ttr.n, if b.small_sample { "*" } else { "" });
            EmptyElement::at((SegmentValue::CenterOf(i as i32), top))
                + Text::new(label, (-14, -20), ("sans-serif", 13).into_font())
        }))
        .map_err(err)?;
    Ok(mttr_legend())
}

/// The legend of the mttr chart.
fn mttr_legend() -> Vec<Item> {
    vec![
        Item {
            label: "median".into(),
            color: MEDIAN,
            mark: Mark::Bar,
        },
        Item {
            label: "median 95% interval".into(),
            color: MEDIAN_CI,
            mark: Mark::Whisker,
        },
        Item {
            label: "p90".into(),
            color: P90,
            mark: Mark::Whisker,
        },
        Item {
            label: "mean".into(),
            color: MEAN,
            mark: Mark::Dot,
        },
        Item {
            label: "n = incidents with a TTR".into(),
            color: WHITE,
            mark: Mark::Bar,
        },
        Item {
            label: "* = fewer than 5".into(),
            color: WHITE,
            mark: Mark::Bar,
        },
    ]
}

fn stacked<DB: DrawingBackend>(
    data: &Data,
    root: &DrawingArea<DB, Shift>,
    what: &str,
    key: impl Fn(&Record) -> &str,
    categories: &[&str],
) -> Drawn {
    let m = metrics::compute(data.records, data.by, &data.select, data.min_confidence);
    let title = format!("{what} per {} (incidents)", by_name(data.by));
    if m.buckets.is_empty() {
        return no_data(root, &title).map(|_| vec![]);
    }
    let periods: Vec<String> = m.buckets.iter().map(|b| b.period.clone()).collect();
    let k = periods.len();
    // counts[period][category]
    let mut counts = vec![vec![0u32; categories.len()]; k];
    for r in data.records.iter().filter(|r| data.select.keep(r)) {
        let Some(d) = r.date else { continue };
        let p = metrics::period(d, data.by);
        if let Some(pi) = periods.iter().position(|x| *x == p) {
            let c = categories
                .iter()
                .position(|c| *c == key(r))
                .unwrap_or(categories.len() - 1);
            counts[pi][c] += 1;
        }
    }
    let ymax = counts
        .iter()
        .map(|c| c.iter().sum::<u32>())
        .max()
        .unwrap_or(1)
        .max(1) as f64
        * 1.25;
    let mut chart = frame(
        root,
        &title,
        22,
        &periods,
        by_name(data.by),
        "incidents",
        ymax,
    )?;
    let used: Vec<usize> = (0..categories.len())
        .filter(|c| counts.iter().any(|p| p[*c] > 0))
        .collect();
    for &c in &used {
        let col = color(categories[c]);
        let base: Vec<f64> = counts
            .iter()
            .map(|p| p[..c].iter().sum::<u32>() as f64)
            .collect();
        chart
            .draw_series(
                counts
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p[c] > 0)
                    .map(|(i, p)| {
                        let y0 = base[i];
                        let y1 = y0 + p[c] as f64;
                        let mut r = Rectangle::new(
                            [
                                (SegmentValue::Exact(i as i32), y0),
                                (SegmentValue::Exact(i as i32 + 1), y1),
                            ],
                            col.filled(),
                        );
                        r.set_margin(0, 0, 14, 14);
                        r
                    }),
            )
            .map_err(err)?;
    }
    // Totals above each stack.
    chart
        .draw_series(counts.iter().enumerate().map(|(i, p)| {
            let n: u32 = p.iter().sum();
            EmptyElement::at((SegmentValue::CenterOf(i as i32), n as f64))
                + Text::new(format!("n={n}"), (-14, -18), ("sans-serif", 13).into_font())
        }))
        .map_err(err)?;
    Ok(used
        .iter()
        .map(|&c| Item {
            label: categories[c].to_string(),
            color: color(categories[c]),
            mark: Mark::Bar,
        })
        .collect())
}

/// Log-spaced minute bins: (label, low inclusive, high exclusive).
const BINS: &[(&str, i64, i64)] = &[
    ("<=0", i64::MIN, 1),
    ("1", 1, 2),
    ("2-4", 2, 5),
    ("5-9", 5, 10),
    ("10-29", 10, 30),
    ("30-59", 30, 60),
    ("1-2h", 60, 120),
    ("2-4h", 120, 240),
    ("4-8h", 240, 480),
    ("8-24h", 480, 1440),
    (">=1d", 1440, i64::MAX),
];

fn ttd<DB: DrawingBackend>(data: &Data, root: &DrawingArea<DB, Shift>) -> Drawn {
    let title = "Time to detect and detection to resolution (minutes, log-spaced bins)";
    let rs: Vec<&Record> = data
        .records
        .iter()
        .filter(|r| data.select.keep(r))
        .collect();
    let series: [(&str, RGBColor, Vec<i64>); 2] = [
        (
            "time to detect",
            RGBColor(255, 127, 14),
            rs.iter().filter_map(|r| r.ttd_min).collect(),
        ),
        (
            "detection to resolution",
            RGBColor(31, 119, 180),
            rs.iter().filter_map(|r| r.detect_to_resolve_min).collect(),
        ),
    ];
    if series.iter().all(|s| s.2.is_empty()) {
        return no_data(root, title).map(|_| vec![]);
    }
    let counts: Vec<Vec<u32>> = series
        .iter()
        .map(|(_, _, v)| {
            BINS.iter()
                .map(|(_, lo, hi)| v.iter().filter(|x| **x >= *lo && **x < *hi).count() as u32)
                .collect()
        })
        .collect();
    let ymax = counts.iter().flatten().copied().max().unwrap_or(1).max(1) as f64 * 1.2;
    let labels: Vec<String> = BINS.iter().map(|b| b.0.to_string()).collect();
    let mut chart = frame(
        root,
        title,
        20,
        &labels,
        "minutes (log-spaced bins)",
        "incidents",
        ymax,
    )?;
    let mut items = Vec::new();
    for (si, (name, col, values)) in series.iter().enumerate() {
        items.push(Item {
            label: format!("{name} (n={})", values.len()),
            color: *col,
            mark: Mark::Bar,
        });
        let col = *col;
        let c = &counts[si];
        chart
            .draw_series(c.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| {
                let mut r = Rectangle::new(
                    [
                        (SegmentValue::Exact(i as i32), 0.0),
                        (SegmentValue::Exact(i as i32 + 1), *n as f64),
                    ],
                    col.filled(),
                );
                // Two bars side by side in each bin.
                if si == 0 {
                    r.set_margin(0, 0, 6, 30);
                } else {
                    r.set_margin(0, 0, 30, 6);
                }
                r
            }))
            .map_err(err)?;
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_records() -> Data<'static> {
        Data {
            records: &[],
            by: By::Quarter,
            select: Select::default(),
            min_confidence: 0.0,
        }
    }

    #[test]
    fn errors_name_the_file_and_keep_their_text() {
        let dir = tempfile::tempdir().unwrap();
        let gif = dir.path().join("x.gif");
        let e = render_file(Kind::Mttr, &no_records(), &gif, (400, 300)).unwrap_err();
        assert!(matches!(&e, ChartError::Extension { path } if *path == gif));
        assert_eq!(
            e.to_string(),
            format!(
                "{}: the chart's file name must end in .svg or .png",
                gif.display()
            )
        );
        for name in ["x.svg", "x.png"] {
            let p = dir.path().join("no-such-dir").join(name);
            let e = render_file(Kind::Mttr, &no_records(), &p, (400, 300)).unwrap_err();
            assert!(
                matches!(&e, ChartError::Write { path, .. } if *path == p),
                "{e:?}"
            );
            // plotters' own text, as the error was shown before.
            assert!(e.to_string().starts_with("BackendError("), "{e}");
            assert!(e.to_string().contains("NotFound"), "{e}");
        }
        let ok = dir.path().join("ok.svg");
        render_file(Kind::Mttr, &no_records(), &ok, (400, 300)).unwrap();
        assert!(
            render_svg(Kind::Ttd, &no_records(), (400, 300))
                .unwrap()
                .starts_with("<svg")
        );
    }
}
