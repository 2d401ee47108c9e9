//! `incidex chart`: SVG text and PNG pixels of the charts of the corpus.

mod common;

use std::sync::OnceLock;

use common::{Env, stderr};

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let env = Env::new().with_corpus(None);
        assert!(env.run(&["ingest", "--quiet"]).status.success());
        env
    })
}

fn svg_texts(svg: &str) -> Vec<String> {
    let re = regex::Regex::new(r"(?s)<text[^>]*>\s*([^<]*?)\s*</text>").unwrap();
    re.captures_iter(svg).map(|c| c[1].to_string()).collect()
}

fn chart(kind: &str, out: &str, extra: &[&str]) -> String {
    let mut a = vec!["chart", kind, "--out", out];
    a.extend_from_slice(extra);
    let o = env().run(&a);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read_to_string(env().path(out)).unwrap_or_default()
}

#[test]
fn mttr_svg_has_one_bar_and_one_n_label_per_quarter() {
    let svg = chart("mttr", "mttr.svg", &[]);
    let texts = svg_texts(&svg);
    let quarters: Vec<&String> = texts
        .iter()
        .filter(|t| t.len() == 7 && t.contains("-Q"))
        .collect();
    assert_eq!(quarters.len(), 8, "{texts:?}");
    let n_labels = texts.iter().filter(|t| t.starts_with("n=")).count();
    assert_eq!(n_labels, 8);
    // Median bars are drawn in the median colour, one per quarter.
    let bars = svg.matches("fill=\"#4682B4\"").count();
    assert_eq!(bars, 8 + 1, "8 bars and the legend swatch");
    for needle in [
        "Time to resolve per quarter (minutes)",
        "minutes to resolve",
        "median",
        "p90",
        "mean",
    ] {
        assert!(
            texts.iter().any(|t| t == needle),
            "missing {needle}: {texts:?}"
        );
    }
}

#[test]
fn filters_change_the_quarters() {
    let svg = chart("mttr", "mttr-2024.svg", &["--since", "2024-01-01"]);
    let texts = svg_texts(&svg);
    assert_eq!(texts.iter().filter(|t| t.starts_with("2024-Q")).count(), 4);
    assert!(!texts.iter().any(|t| t.starts_with("2023-Q")));
}

#[test]
fn causes_use_one_colour_per_category_in_every_chart() {
    let all = chart("causes", "causes.svg", &[]);
    let part = chart("causes", "causes-2024.svg", &["--since", "2024-01-01"]);
    // memory-leak is orange wherever it appears, and listed in the legend.
    for svg in [&all, &part] {
        assert!(svg.contains("fill=\"#FF7F0E\""));
        assert!(svg_texts(svg).iter().any(|t| t == "memory-leak"));
    }
    assert!(
        svg_texts(&all)
            .iter()
            .any(|t| t == "Root causes per quarter (incidents)")
    );
    let det = chart("detection", "detection.svg", &[]);
    assert!(svg_texts(&det).iter().any(|t| t == "monitoring"));
    let ttd = chart("ttd", "ttd.svg", &[]);
    assert!(
        svg_texts(&ttd)
            .iter()
            .any(|t| t.starts_with("time to detect (n="))
    );
}

#[test]
fn png_decodes_at_the_requested_size_with_text_drawn() {
    chart("mttr", "mttr.png", &["--width", "800", "--height", "450"]);
    let f = std::fs::File::open(env().path("mttr.png")).unwrap();
    let dec = png::Decoder::new(std::io::BufReader::new(f));
    let mut reader = dec.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (800, 450));
    // The title band (top 40 px) has dark pixels: the title's text was drawn
    // (a missing font would leave it blank).
    let bpp = info.line_size / info.width as usize;
    let dark = (0..40usize)
        .flat_map(|y| (0..info.width as usize).map(move |x| (x, y)))
        .filter(|(x, y)| {
            let i = y * info.line_size + x * bpp;
            buf[i] < 100 && buf[i + 1] < 100 && buf[i + 2] < 100
        })
        .count();
    assert!(dark > 200, "title text not rendered ({dark} dark pixels)");
}

#[test]
fn bad_extension_is_an_error() {
    let o = env().run(&["chart", "mttr", "--out", "x.gif"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(".svg or .png"));
}

#[test]
fn mttr_draws_the_median_interval_of_each_quarter_that_has_one() {
    let svg = chart("mttr", "ci.svg", &[]);
    assert!(svg_texts(&svg).iter().any(|t| t == "median 95% interval"));
    // Each of the 8 quarters (5 to 7 incidents) has an interval: a line
    // and a cap at each end (a bound five values cannot give is drawn
    // without its cap), plus the legend's mark.
    let strokes = svg.matches("stroke=\"#FF8C00\"").count();
    assert!(strokes >= 8 * 3, "{strokes} interval strokes");
    // Under two values there is no interval: the corpus's two hardware
    // incidents fall in different quarters, so only the legend's mark is
    // drawn in the interval's colour.
    let one = chart("mttr", "one.svg", &["--cause", "hardware"]);
    let legend_only = one.matches("stroke=\"#FF8C00\"").count();
    assert!(legend_only <= 2, "{legend_only} strokes");
    assert!(strokes > legend_only + 8 * 2);
}
