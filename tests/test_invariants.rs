//! Invariants no input may break: the outage window and the time from
//! detection to resolution are never negative, and a window longer than a
//! week has a stated date on its end. Checked on randomly mutated copies of
//! the shipped corpus and fixtures (a seeded generator, so a failure is
//! reproducible) and on generated timelines (proptest).

use std::path::Path;

use incidex::corpus::document::parse;
use incidex::extract::{Incident, extract};
use proptest::prelude::*;

fn run(text: &str) -> Incident {
    extract(&parse(text), "mutant.md").incident
}

/// The invariants; returns what broke.
fn broken(i: &Incident) -> Option<String> {
    for (name, v) in [
        ("window_min", i.window_min),
        ("detect_to_resolve_min", i.detect_to_resolve_min),
    ] {
        if v.is_some_and(|v| v < 0) {
            return Some(format!("{name} = {v:?}"));
        }
    }
    None
}

/// splitmix64: a small seeded generator, enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const ZONES: &[&str] = &[
    "UTC", "PST", "PDT", "EST", "CET", "GMT+1", "SAST", "JST", "",
];

/// Byte ranges of clock times (`H:MM` / `HH:MM`) in a text.
fn clock_spans(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < b.len() {
        if b[i] == b':' && i >= 1 && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit() {
            let s = if i >= 2 && b[i - 2].is_ascii_digit() {
                i - 2
            } else {
                i - 1
            };
            if i + 2 < b.len() && b[i + 2].is_ascii_digit() {
                out.push((s, i + 3));
            }
        }
        i += 1;
    }
    out
}

/// One random edit of the kinds that made negative windows before: times
/// moved, am/pm dropped or added, lines reordered or dropped, dates and
/// zones changed.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return text.to_string();
    }
    match rng.below(8) {
        0 => {
            // Swap two lines that hold times.
            let timed: Vec<usize> = (0..lines.len())
                .filter(|&i| !clock_spans(&lines[i]).is_empty())
                .collect();
            if timed.len() >= 2 {
                let a = timed[rng.below(timed.len())];
                let b = timed[rng.below(timed.len())];
                lines.swap(a, b);
            }
        }
        1 | 2 => {
            // Replace one clock time with a random one.
            let li = rng.below(lines.len());
            let spans = clock_spans(&lines[li]);
            if !spans.is_empty() {
                let (s, e) = spans[rng.below(spans.len())];
                let clock = if rng.below(2) == 0 { 24 } else { 13 };
                let h = rng.below(clock);
                let repl = format!("{h}:{:02}", rng.below(60));
                lines[li].replace_range(s..e, &repl);
            }
        }
        3 => {
            // Drop or add am/pm.
            let li = rng.below(lines.len());
            let l = &lines[li];
            lines[li] = if l.contains("pm") || l.contains("PM") || l.contains("am") {
                l.replace(" pm", "")
                    .replace(" PM", "")
                    .replace("pm", "")
                    .replace(" am", "")
            } else if let Some(&(_, e)) = clock_spans(l).first() {
                let mut l = l.clone();
                l.insert_str(e, if rng.below(2) == 0 { " pm" } else { " am" });
                l
            } else {
                l.clone()
            };
        }
        4 => {
            // Delete a line.
            let li = rng.below(lines.len());
            lines.remove(li);
        }
        5 => {
            // Put a random date before a timed line.
            let li = rng.below(lines.len());
            if let Some(&(s, _)) = clock_spans(&lines[li]).first() {
                let date = format!("2024-{:02}-{:02} ", 1 + rng.below(12), 1 + rng.below(28));
                lines[li].insert_str(s, &date);
            }
        }
        6 => {
            // Change or add a zone after a time.
            let li = rng.below(lines.len());
            if let Some(&(_, e)) = clock_spans(&lines[li]).first() {
                let z = ZONES[rng.below(ZONES.len())];
                lines[li].insert_str(e, &format!(" {z}"));
            }
        }
        _ => {
            // Reverse the order of the timed lines (newest first).
            let timed: Vec<usize> = (0..lines.len())
                .filter(|&i| !clock_spans(&lines[i]).is_empty())
                .collect();
            let rev: Vec<String> = timed.iter().rev().map(|&i| lines[i].clone()).collect();
            for (k, &i) in timed.iter().enumerate() {
                lines[i] = rev[k].clone();
            }
        }
    }
    lines.join("\n") + "\n"
}

fn seed_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["corpus", "tests/fixtures/extract", "tests/fixtures/explain"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            out.push((
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
    out
}

#[test]
fn mutated_postmortems_never_give_a_negative_window() {
    let texts = seed_texts();
    assert!(texts.len() >= 50, "the shipped corpus is missing");
    let mut rng = Rng(0x1D5E_2026_1203);
    let mut checked = 0;
    let mut failures = Vec::new();
    for (path, text) in &texts {
        for k in 0..40 {
            let mut t = text.clone();
            // One to four edits on top of each other.
            for _ in 0..=rng.below(4) {
                t = mutate(&t, &mut rng);
            }
            let i = run(&t);
            checked += 1;
            if let Some(what) = broken(&i) {
                failures.push(format!("{path} mutant {k}: {what}"));
            }
        }
    }
    assert!(checked >= 2000);
    assert!(
        failures.is_empty(),
        "{} of {checked}: {failures:#?}",
        failures.len()
    );
}

/// A clock time in one of the styles people write.
fn write_time(minutes: u32, style: u8, zone: &str) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let z = if zone.is_empty() {
        String::new()
    } else {
        format!(" {zone}")
    };
    match style % 4 {
        0 => format!("{h:02}:{m:02}{z}"),
        1 => {
            let h12 = if h % 12 == 0 { 12 } else { h % 12 };
            format!("{h12}:{m:02} {}{z}", if h < 12 { "am" } else { "pm" })
        }
        // 12-hour without am/pm: the ambiguous case.
        2 => format!("{}:{m:02}{z}", if h % 12 == 0 { 12 } else { h % 12 }),
        _ => format!("{h}:{m:02}{z}"),
    }
}

const WHAT: &[&str] = &[
    "checkout requests start failing with errors",
    "monitoring alert fired for the error rate",
    "customers report that pages do not load",
    "the on-call engineer noticed the queue growing",
    "the deploy was rolled back",
    "service restored and confirmed stable",
    "all systems back to normal, incident resolved",
    "the team began investigating",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_timelines_keep_the_invariants(
        entries in prop::collection::vec((0u32..1440, 0u8..4, 0usize..WHAT.len()), 2..9),
        zone in 0usize..ZONES.len(),
        dated in prop::collection::vec(prop::option::of(1u8..29), 2..9),
        heading_date in prop::option::of(1u8..29),
    ) {
        let mut t = String::from("# Checkout outage\n\n");
        if let Some(d) = heading_date {
            t.push_str(&format!("The incident happened on 2024-03-{d:02}.\n\n"));
        }
        t.push_str("## Timeline\n\n");
        for (k, (min, style, what)) in entries.iter().enumerate() {
            let date = dated
                .get(k)
                .copied()
                .flatten()
                .map(|d| format!("2024-03-{d:02} "))
                .unwrap_or_default();
            t.push_str(&format!(
                "- {date}{}: {}\n",
                write_time(*min, *style, ZONES[zone]),
                WHAT[*what]
            ));
        }
        let i = run(&t);
        prop_assert!(broken(&i).is_none(), "{:?} in\n{}", broken(&i), t);
    }
}
