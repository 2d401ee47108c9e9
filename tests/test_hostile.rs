//! Hostile output: postmortem text and file names that try to inject
//! script into `index.html`, Markdown into `report.md` and formulas into
//! every CSV the tool writes.

mod common;

use std::path::Path;

use common::{Env, stderr, stdout};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A postmortem of 2024-11-30 (in the report's quarter) with a title.
fn dated(title: &str) -> String {
    format!(
        "# {title}\n\n## Summary\nOn 2024-11-30 the API was down from 10:00 to 10:20 UTC because of a bad config push.\n"
    )
}

/// A postmortem with no date (listed with a link among those the report
/// could not place), titled by its YAML front matter (`title` as written,
/// quotes included).
fn undated(yaml_title: &str) -> String {
    format!(
        "---\ntitle: {yaml_title}\n---\n\n## Summary\nThe API was down for twenty minutes because of a bad config push.\n"
    )
}

/// `%XX` escapes decoded (the links are percent-encoded paths).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// A link target of the report: a relative path of safe characters only
/// (no `:`, so no `javascript:` or other scheme; no quote, `<`, `>`, `#`,
/// `?` or space) that names an existing file from the report's folder.
fn assert_safe_link(dir: &Path, href: &str) {
    let safe = regex::Regex::new(r"^[A-Za-z0-9._~/%-]+$").unwrap();
    assert!(safe.is_match(href), "unsafe link target {href:?}");
    let file = dir.join(percent_decode(href));
    assert!(file.is_file(), "link {href:?} names no file ({file:?})");
}

#[cfg(unix)]
#[test]
fn html_report_escapes_titles_and_links_to_hostile_file_names_safely() {
    let env = Env::new();
    // The report is written into the corpus folder, so a link to a file is
    // its bare name: `javascript:alert(6).md` would be a script URL.
    let files = [
        (
            "corpus/q\"><img src=x onerror=alert(5)>.md",
            dated("img in the name"),
        ),
        (
            "corpus/javascript:alert(6).md",
            dated("a script URL as a name"),
        ),
        (
            "corpus/it's & \"quoted\" #frag?q=1 %41.md",
            dated("quotes, hash, query, percent"),
        ),
        (
            "corpus/2024-11-30-script.md",
            dated("<script>alert(1)</script> \" onmouseover=\"alert(2)"),
        ),
        (
            "corpus/javascript:alert(7)/undated.md",
            undated("\"'><svg onload=alert(3)>\""),
        ),
    ];
    for (p, text) in &files {
        env.write(p, text);
    }
    let out = env.run(&["ingest", "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env.run(&["report", "--quarter", "2024-Q4", "--out", "corpus"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = env.path("corpus");
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();

    // No tag from a postmortem: no script, no img, no event handler.
    assert!(!html.contains("<script"), "script tag");
    assert!(!html.contains("<img"), "img tag");
    let tag = regex::Regex::new(r"<[a-zA-Z][^>]*>").unwrap();
    let quoted = regex::Regex::new(r#""[^"]*""#).unwrap();
    let handler = regex::Regex::new(r"(?i)\son[a-z]+\s*=").unwrap();
    for t in tag.find_iter(&html) {
        let attrs = quoted.replace_all(t.as_str(), "\"\"");
        assert!(
            !handler.is_match(&attrs),
            "an event handler: {}",
            t.as_str()
        );
    }
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&quot;alert(2)")
    );
    assert!(html.contains("&#39;&gt;&lt;svg onload=alert(3)&gt;"));

    // Every link: one attribute value of safe characters, to the file.
    let hrefs: Vec<&str> = html
        .match_indices("href=")
        .map(|(i, _)| {
            let v = &html[i + "href=\"".len()..];
            assert!(html[i..].starts_with("href=\""), "unquoted href");
            let end = v.find('"').expect("closing quote");
            assert!(
                v[end..].starts_with("\">"),
                "the attribute goes on: {}",
                &v[..end]
            );
            &v[..end]
        })
        .collect();
    for h in &hrefs {
        assert_safe_link(&dir, &h.replace("&amp;", "&"));
    }
    for (p, _) in &files {
        let name = Path::new(p).strip_prefix("corpus").unwrap();
        assert!(
            hrefs
                .iter()
                .any(|h| dir.join(percent_decode(h)) == dir.join(name)),
            "no link to {p}: {hrefs:?}"
        );
    }
    assert!(
        html.contains("href=\"javascript%3Aalert%286%29.md\""),
        "the name is a path, not a scheme: {hrefs:?}"
    );
}

/// Each table cell of a Markdown document as its plain text, and whether
/// it holds any markup (a link, code, emphasis, an image, HTML).
struct Md {
    cells: Vec<(String, bool)>,
    headings: Vec<String>,
    links: Vec<String>,
    html: Vec<String>,
}

fn read_md(text: &str) -> Md {
    let mut md = Md {
        cells: Vec::new(),
        headings: Vec::new(),
        links: Vec::new(),
        html: Vec::new(),
    };
    let (mut cell, mut heading): (Option<(String, bool)>, Option<String>) = (None, None);
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for ev in Parser::new_ext(text, opts) {
        let markup = matches!(
            ev,
            Event::Code(_)
                | Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Start(
                    Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Image { .. }
                )
        );
        match ev {
            Event::Start(Tag::TableCell) => cell = Some((String::new(), false)),
            Event::End(TagEnd::TableCell) => md.cells.extend(cell.take()),
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => md.headings.extend(heading.take()),
            Event::Start(Tag::Link { dest_url, .. }) => md.links.push(dest_url.to_string()),
            Event::Text(t) | Event::Code(t) => {
                for s in [cell.as_mut().map(|c| &mut c.0), heading.as_mut()]
                    .into_iter()
                    .flatten()
                {
                    s.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => md.html.push(h.to_string()),
            _ => {}
        }
        if markup && let Some(c) = cell.as_mut() {
            c.1 = true;
        }
    }
    md
}

#[test]
fn markdown_report_shows_hostile_titles_as_text_in_their_cell() {
    let env = Env::new();
    // (YAML title, the title as text.)
    let titles = [
        ("'a](javascript:alert(1)) [b'", "a](javascript:alert(1)) [b"),
        ("'x | y | z'", "x | y | z"),
        (
            "'[click](javascript:alert(2))'",
            "[click](javascript:alert(2))",
        ),
        (
            r"'\[esc\](javascript:alert(3))'",
            r"\[esc\](javascript:alert(3))",
        ),
        ("'# Injected heading'", "# Injected heading"),
        ("'`code` and ``x`` \\'", "`code` and ``x`` \\"),
        (
            "'<img src=x onerror=alert(4)>'",
            "<img src=x onerror=alert(4)>",
        ),
        (
            r#""first\n# Injected newline heading\n| c | d |""#,
            "first # Injected newline heading | c | d |",
        ),
        (
            r#""cr\r# Injected cr heading\r\n- item""#,
            "cr # Injected cr heading  - item",
        ),
        (
            "'**bold** _em_ ~~strike~~ ![img](x.png) <https://example.com> &amp;'",
            "**bold** _em_ ~~strike~~ ![img](x.png) <https://example.com> &amp;",
        ),
    ];
    env.write("corpus/2024-11-30-ok.md", dated("a plain outage"));
    for (i, (yaml, _)) in titles.iter().enumerate() {
        env.write(&format!("corpus/hostile-{i}.md"), undated(yaml));
    }
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    let out = env.run(&["report", "--quarter", "2024-Q4", "--out", "r"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = env.path("r");
    let text = std::fs::read_to_string(dir.join("report.md")).unwrap();
    let md = read_md(&text);
    for (_, title) in &titles {
        let cell = md.cells.iter().find(|(t, _)| t == title);
        assert!(
            cell.is_some(),
            "{title:?} is not one cell's text: the table or the text was broken\n{text}"
        );
        assert!(!cell.unwrap().1, "{title:?} became markup\n{text}");
    }
    assert!(
        md.headings.iter().all(|h| !h.contains("Injected")),
        "{:?}",
        md.headings
    );
    assert!(md.html.is_empty(), "{:?}", md.html);
    // Links: only the template's, to the postmortems' files.
    assert!(md.links.len() > titles.len(), "{:?}", md.links);
    for l in &md.links {
        assert_safe_link(&dir, l);
    }
}

fn hostile_csv_corpus() -> Env {
    let env = Env::new();
    // Detected 15 minutes before the stated start: a negative time to
    // detect, which must stay the number -15.
    env.write(
        "corpus/2024-11-30-formula.md",
        "---\ntitle: '=HYPERLINK(\"http://evil.example\",\"click\")'\nseverity: '@SUM(1+1)'\nservices: ['+cmd', '-2+3', 'cart']\nstart: 2024-11-30T10:00:00Z\ndetected: 2024-11-30T09:45:00Z\nresolved: 2024-11-30T10:30:00Z\n---\n\n## Summary\nThe API was down because of a bad config push.\n",
    );
    env.write(
        "corpus/2024-11-29-plain.md",
        "---\ntitle: plain\nseverity: sev2\nservices: [cart]\n---\n\n## Summary\nOn 2024-11-29 the API was down from 10:00 to 10:40 UTC because of a bad config push.\n",
    );
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    env
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn col(header: &[String], rows: &[Vec<String>], name: &str) -> Vec<String> {
    let i = header.iter().position(|h| h == name).unwrap();
    rows.iter().map(|r| r[i].clone()).collect()
}

/// No cell of a CSV starts a formula.
fn assert_no_formula(text: &str) {
    let (header, rows) = csv_rows(text);
    for r in &rows {
        for (h, c) in header.iter().zip(r) {
            let number = c.parse::<f64>().is_ok();
            assert!(
                number || !c.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{h}: {c:?} would run as a formula"
            );
        }
    }
}

#[test]
fn metrics_csv_neutralises_formulas_in_periods_and_split_values() {
    let env = hostile_csv_corpus();
    let out = env.run(&["metrics", "--format", "csv", "--split", "severity"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_no_formula(&text);
    let (header, rows) = csv_rows(&text);
    let values = col(&header, &rows, "severity");
    assert!(values.contains(&"'@sum(1+1)".to_string()), "{values:?}");
    // The figures are numbers: the time to detect stays -15.
    let ttd = col(&header, &rows, "ttd_median_min");
    assert!(ttd.contains(&"-15".to_string()), "{ttd:?}\n{text}");

    let out = env.run(&["metrics", "--format", "csv", "--split", "service"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_no_formula(&text);
    let (header, rows) = csv_rows(&text);
    let values = col(&header, &rows, "service");
    for v in ["'+cmd", "'-2+3", "cart"] {
        assert!(values.contains(&v.to_string()), "{v}: {values:?}");
    }
}

#[test]
fn sql_csv_neutralises_formulas_in_text_columns_only() {
    let env = hostile_csv_corpus();
    let out = env.run(&[
        "sql",
        "SELECT title, severity, ttd_min, -window_min AS minus FROM incidents ORDER BY path",
        "--format",
        "csv",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_no_formula(&text);
    let (header, rows) = csv_rows(&text);
    assert_eq!(header, ["title", "severity", "ttd_min", "minus"]);
    assert_eq!(rows[0], ["plain", "SEV2", "", "-40"]);
    assert_eq!(
        rows[1],
        [
            "'=HYPERLINK(\"http://evil.example\",\"click\")",
            "'@sum(1+1)",
            "-15",
            "-30"
        ]
    );
}

#[test]
fn export_csv_neutralises_formulas_and_keeps_numbers() {
    let env = hostile_csv_corpus();
    for partition in [false, true] {
        let dir = if partition { "ds-q" } else { "ds" };
        let mut args = vec!["export", dir, "--format", "csv"];
        if partition {
            args.extend(["--partition", "quarter"]);
        }
        let out = env.run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let file = if partition {
            "quarter=2024-Q4/part-0.csv"
        } else {
            "incidents.csv"
        };
        let text = std::fs::read_to_string(env.path(dir).join(file)).unwrap();
        assert_no_formula(&text);
        let (header, rows) = csv_rows(&text);
        let titles = col(&header, &rows, "title");
        assert!(titles.contains(&"'=HYPERLINK(\"http://evil.example\",\"click\")".to_string()));
        let ttd = col(&header, &rows, "ttd_min");
        assert!(ttd.contains(&"-15".to_string()), "{ttd:?}");
        let severity = col(&header, &rows, "severity");
        assert!(severity.contains(&"'@sum(1+1)".to_string()), "{severity:?}");
    }
}
