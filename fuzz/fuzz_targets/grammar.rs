//! The grammar of clock times, dates, zones and durations
//! (`text::grammar`): on any text, every mention has a span inside it on char
//! boundaries and values a clock or a calendar can hold.
#![no_main]

use incidex::text::grammar;
use libfuzzer_sys::fuzz_target;

fn span(text: &str, start: usize, end: usize) {
    assert!(
        start <= end && end <= text.len(),
        "{start}..{end} of {}",
        text.len()
    );
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
}

fn date(d: &grammar::Date) {
    assert!(
        (1..=12).contains(&d.month) && (1..=31).contains(&d.day),
        "{d:?}"
    );
    let _ = d.iso();
    let _ = d.to_civil();
}

fn zone(z: &grammar::Zone, on: Option<jiff::civil::Date>) {
    // Real offsets lie within 18 hours of UTC.
    if let Some(o) = z.offset_on(on) {
        assert!(o.abs() <= 18 * 60, "{z:?}: {o}");
    }
}

fn line(text: &str) {
    for t in grammar::find_times(text) {
        span(text, t.start, t.end);
        assert!(t.hour <= 23 && t.minute <= 59, "{t:?}");
        assert!(t.minutes() >= 0 && t.minutes() < 1440);
        let _ = t.hhmm();
        if let Some(d) = &t.date {
            date(d);
        }
        if let Some(z) = &t.zone {
            zone(z, t.date.and_then(|d| d.to_civil()));
        }
    }
    for m in grammar::find_dates(text) {
        span(text, m.start, m.end);
        if m.slash.is_none() {
            date(&m.date);
        }
        for order in [None, Some(true), Some(false)] {
            if let Some(d) = grammar::resolve_slash(&m, order) {
                date(&d);
            }
        }
    }
    for d in grammar::find_durations(text) {
        span(text, d.start, d.end);
        assert!(d.minutes >= 0, "{d:?}");
    }
    for (at, z) in grammar::zones_in(text) {
        assert!(at < text.len() && text.is_char_boundary(at));
        zone(&z, None);
    }
    if let Some((z, used)) = grammar::zone_after(text) {
        assert!(used <= text.len() && text.is_char_boundary(used));
        zone(&z, None);
    }
    if let Some(z) = grammar::parse_zone(text) {
        zone(&z, None);
    }
    let n = text.len();
    let _ = grammar::clip(text, n / 3, 2 * n / 3 + 1);
}

mod common;

fuzz_target!(
    init: {
        for t in common::postmortems() {
            t.lines().for_each(line);
        }
    },
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The grammar reads one line at a time; the whole input as well.
    line(text);
    if text.contains('\n') {
        text.lines().for_each(line);
    }
});
