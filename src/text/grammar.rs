//! The grammar of times, dates, time zones and durations as postmortems write
//! them. Every function here works on one line of cleaned text and returns
//! mentions with their byte span, so callers can keep provenance. Regexes are
//! compiled once per process.

use std::sync::LazyLock;

use regex::Regex;

/// `&s[a..b]` with both ends moved inward to char boundaries (never panics).
pub fn clip(s: &str, a: usize, b: usize) -> &str {
    let mut a = a.min(s.len());
    let mut b = b.min(s.len());
    while a < s.len() && !s.is_char_boundary(a) {
        a += 1;
    }
    while b > a && !s.is_char_boundary(b) {
        b -= 1;
    }
    if b < a { "" } else { &s[a..b] }
}

/// Whether the stop at byte `i` (`.`, `!`, `?` or `;`) ends a sentence. A
/// point inside a number or a name ("2.5", "example.com"), or after a
/// month or another abbreviation ("Oct. 30", "approx. 7am", "a.m."), does
/// not.
pub fn ends_sentence(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    match b.get(i) {
        Some(b'!' | b'?' | b';') => return true,
        Some(b'.') => {}
        _ => return false,
    }
    if b.get(i + 1).is_some_and(|c| !c.is_ascii_whitespace()) {
        return false;
    }
    let word_from = s[..i]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphabetic())
        .last()
        .map_or(i, |(j, _)| j);
    let word = &s[word_from..i];
    // A letter after digits is a plural or a unit ("returning 503s."), not
    // an initial.
    let after_digit = word_from > 0 && b[word_from - 1].is_ascii_digit();
    const ABBREVIATIONS: [&str; 17] = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "ca", "vs", "no", "dr",
    ];
    !(word.len() == 1 && !after_digit || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
}

/// Where the sentence holding byte `at` begins (just after the last stop).
pub fn sentence_start(s: &str, at: usize) -> usize {
    let at = at.min(s.len());
    s[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?' | ';') && ends_sentence(s, i))
        .map_or(0, |(i, _)| i + 1)
}

/// Where the sentence holding byte `at` ends (its stop, or the text's end).
pub fn sentence_end(s: &str, at: usize) -> usize {
    let at = at.min(s.len());
    s[at..]
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?' | ';') && ends_sentence(s, at + i))
        .map_or(s.len(), |(i, _)| at + i)
}

/// A clock time as written: `1:15 PM SAST`, `13:20pm`, `3:AM`, `8.35 AM`,
/// `12:50:07 UTC`, `14h00 UTC`, `2023-04-12T14:03:00Z`, `0900 PST`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMention {
    /// Byte span in the text it was found in.
    pub start: usize,
    pub end: usize,
    /// Hour on a 24 h clock after applying am/pm (0..=23).
    pub hour: u8,
    pub minute: u8,
    /// `Some(true)` for pm, `Some(false)` for am, `None` when not written.
    pub meridiem: Option<bool>,
    /// A zone written right after the time (or an ISO offset).
    pub zone: Option<Zone>,
    /// A date carried by the same token (ISO date-times).
    pub date: Option<Date>,
    /// How sure the grammar is that this is a clock time (a bare `10:30`
    /// could be a score; `10:30 AM UTC` cannot).
    pub strength: u8,
}

impl TimeMention {
    pub fn minutes(&self) -> i32 {
        self.hour as i32 * 60 + self.minute as i32
    }
    pub fn hhmm(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// A calendar date; `year` is `None` when the text writes no year (`May 15`,
/// `May 15, 20XX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: Option<i16>,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn iso(&self) -> Option<String> {
        self.year
            .map(|y| format!("{:04}-{:02}-{:02}", y, self.month, self.day))
    }
    /// A real calendar day (rejects 31 April, 29 February 2023).
    pub fn to_civil(&self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(self.year?, self.month as i8, self.day as i8).ok()
    }
    /// The calendar day, a date written without a year taking the year
    /// that puts it nearest `near` ("November 15" in a report of an
    /// incident on 2025-11-11 is 2025-11-15; "January 2" after
    /// 2023-12-31 is 2024-01-02).
    pub fn to_civil_near(&self, near: Option<jiff::civil::Date>) -> Option<jiff::civil::Date> {
        if self.year.is_some() {
            return self.to_civil();
        }
        let near = near?;
        (near.year() - 1..=near.year() + 1)
            .filter_map(|y| jiff::civil::Date::new(y, self.month as i8, self.day as i8).ok())
            .min_by_key(|d| (*d - near).get_days().abs())
    }
}

/// A date mention with its span; `ambiguous` marks `03/08/2024` style dates
/// whose day/month order must be decided from other evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: Date,
    /// For `a/b/yyyy`: the two numbers as written, to re-read as D/M or M/D.
    pub slash: Option<(u8, u8)>,
}

/// A time zone as written, with its offset when the name fixes one.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    /// As written, normalised for display (`UTC`, `GMT+1`, `UTC+02:00`, `PST`).
    pub name: String,
    /// Minutes east of UTC when the zone has one fixed offset.
    pub offset: Option<i32>,
    /// IANA name for zones that follow daylight saving (`Pacific Time`).
    pub iana: Option<&'static str>,
}

impl Zone {
    /// Offset in minutes east of UTC on the given day (for DST-following zones).
    pub fn offset_on(&self, date: Option<jiff::civil::Date>) -> Option<i32> {
        if let Some(o) = self.offset {
            return Some(o);
        }
        let iana = self.iana?;
        let tz = jiff::tz::TimeZone::get(iana).ok()?;
        // Without a date, use mid-January (standard time) as the best guess.
        let day = date.unwrap_or_else(|| jiff::civil::date(2024, 1, 15));
        let zdt = day.at(12, 0, 0, 0).to_zoned(tz).ok()?;
        Some(zdt.offset().seconds() / 60)
    }
}

/// Fixed-offset abbreviations (minutes east of UTC). Written upper-case in
/// text; matched case-sensitively so `est`, `cat`, `eat` as words never match.
const ABBREVIATIONS: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("Z", 0),
    ("WET", 0),
    ("WEST", 60),
    ("BST", 60),
    ("CET", 60),
    ("CEST", 120),
    ("WAT", 60),
    ("CAT", 120),
    ("SAST", 120),
    ("EET", 120),
    ("EEST", 180),
    ("EAT", 180),
    ("MSK", 180),
    ("GST", 240),
    ("PKT", 300),
    ("IST", 330),
    ("NPT", 345),
    ("ICT", 420),
    ("WIB", 420),
    ("SGT", 480),
    ("HKT", 480),
    ("AWST", 480),
    ("PHT", 480),
    ("JST", 540),
    ("KST", 540),
    ("ACST", 570),
    ("AEST", 600),
    ("AEDT", 660),
    ("NZST", 720),
    ("NZDT", 780),
    ("HST", -600),
    ("AKST", -540),
    ("AKDT", -480),
    ("PST", -480),
    ("PDT", -420),
    ("MST", -420),
    ("MDT", -360),
    ("CST", -360),
    ("CDT", -300),
    ("EST", -300),
    ("EDT", -240),
    ("AST", -240),
    ("BRT", -180),
    ("ART", -180),
];

/// Zones that follow daylight saving, by abbreviation or written-out name
/// (matched case-insensitively for names).
const NAMED_ZONES: &[(&str, &str)] = &[
    ("PT", "America/Los_Angeles"),
    ("MT", "America/Denver"),
    ("CT", "America/Chicago"),
    ("ET", "America/New_York"),
    ("NZT", "Pacific/Auckland"),
    ("new zealand time", "Pacific/Auckland"),
    ("pacific standard time", "America/Los_Angeles"),
    ("pacific daylight time", "America/Los_Angeles"),
    ("pacific time", "America/Los_Angeles"),
    ("pacific", "America/Los_Angeles"),
    ("mountain standard time", "America/Denver"),
    ("mountain daylight time", "America/Denver"),
    ("mountain time", "America/Denver"),
    ("mountain", "America/Denver"),
    ("central standard time", "America/Chicago"),
    ("central daylight time", "America/Chicago"),
    ("central time", "America/Chicago"),
    ("central", "America/Chicago"),
    ("eastern standard time", "America/New_York"),
    ("eastern daylight time", "America/New_York"),
    ("eastern time", "America/New_York"),
    ("eastern", "America/New_York"),
    ("us/pacific", "America/Los_Angeles"),
    ("us/mountain", "America/Denver"),
    ("us/central", "America/Chicago"),
    ("us/eastern", "America/New_York"),
    // IANA zones people name by their city ("17:39 Denver").
    ("denver", "America/Denver"),
    ("new york", "America/New_York"),
    ("chicago", "America/Chicago"),
    ("los angeles", "America/Los_Angeles"),
    ("san francisco", "America/Los_Angeles"),
    ("seattle", "America/Los_Angeles"),
    ("toronto", "America/Toronto"),
    ("sao paulo", "America/Sao_Paulo"),
    ("london", "Europe/London"),
    ("dublin", "Europe/Dublin"),
    ("amsterdam", "Europe/Amsterdam"),
    ("madrid", "Europe/Madrid"),
    ("lagos", "Africa/Lagos"),
    ("nairobi", "Africa/Nairobi"),
    ("johannesburg", "Africa/Johannesburg"),
    ("singapore", "Asia/Singapore"),
    ("tokyo", "Asia/Tokyo"),
    ("sydney", "Australia/Sydney"),
    ("uk time", "Europe/London"),
    ("berlin", "Europe/Berlin"),
    ("paris", "Europe/Paris"),
    ("central european time", "Europe/Berlin"),
];

/// Written-out zone names with a fixed offset.
const FIXED_NAMES: &[(&str, &str, i32)] = &[
    ("west african time", "WAT", 60),
    ("west africa time", "WAT", 60),
    ("east african time", "EAT", 180),
    ("east africa time", "EAT", 180),
    ("central african time", "CAT", 120),
    ("central africa time", "CAT", 120),
    ("south african standard time", "SAST", 120),
    ("south african time", "SAST", 120),
    ("south africa standard time", "SAST", 120),
    ("greenwich mean time", "GMT", 0),
    ("coordinated universal time", "UTC", 0),
    ("india standard time", "IST", 330),
    ("indian standard time", "IST", 330),
    ("japan standard time", "JST", 540),
    // A country's time where the country has one fixed offset.
    ("japan time", "JST", 540),
    ("korea time", "KST", 540),
    ("korean time", "KST", 540),
    ("singapore time", "SGT", 480),
    ("hong kong time", "HKT", 480),
    ("india time", "IST", 330),
    ("moscow time", "MSK", 180),
];

fn zone_alternation() -> String {
    let mut alts: Vec<String> = Vec::new();
    // Numeric offsets first. A bare "+02:00" is only taken glued to an ISO
    // time (see TIME_RE): after "06:58-07:31" it would eat the next time.
    // The sign is one of three characters (not a range of them: "+-−"
    // in a class spans U+002B..U+2212, arrows and dashes included), and a
    // sign spaced on both sides is a range ("09:45 UTC - 11:00 UTC").
    alts.push(
        r"(?:UTC|GMT|utc|gmt)(?:\s?[+\-−]\d{1,2}(?::?\d{2})?|[+\-−]\s?\d{1,2}(?::?\d{2})?)".into(),
    );
    let mut names: Vec<&str> = FIXED_NAMES.iter().map(|(n, _, _)| *n).collect();
    names.extend(
        NAMED_ZONES
            .iter()
            .filter(|(n, _)| n.chars().any(|c| c.is_lowercase()))
            .map(|(n, _)| *n),
    );
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for n in names {
        alts.push(format!("(?i:{})", regex::escape(n).replace(' ', r"\s+")));
    }
    let mut abbrs: Vec<&str> = ABBREVIATIONS
        .iter()
        .map(|(a, _)| *a)
        .chain(
            NAMED_ZONES
                .iter()
                .filter(|(n, _)| n.chars().all(|c| c.is_uppercase()))
                .map(|(n, _)| *n),
        )
        .collect();
    abbrs.sort_by_key(|a| std::cmp::Reverse(a.len()));
    alts.push(format!(r"(?:{})\b", abbrs.join("|")));
    alts.join("|")
}

static ZONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"^\s*(?:\(\s*)?(?:in\s+)?(?P<z>{})(?:\s*time\b)?",
        zone_alternation()
    ))
    .unwrap()
});

static ZONE_ANY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(r"(?:^|[^\w])(?P<z>{})", zone_alternation())).unwrap()
});

/// Parse a zone token as written into a [`Zone`].
pub fn parse_zone(written: &str) -> Option<Zone> {
    let w = written.trim();
    if w.is_empty() {
        return None;
    }
    static NUM: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)^(utc|gmt)?\s?([+\-−])\s?(\d{1,2})(?::?(\d{2}))?$").unwrap()
    });
    if let Some(c) = NUM.captures(w) {
        let h: i32 = c[3].parse().ok()?;
        let m: i32 = c.get(4).map_or(Ok(0), |m| m.as_str().parse()).ok()?;
        if h > 14 || m > 59 {
            return None;
        }
        let sign = if &c[2] == "+" { 1 } else { -1 };
        let off = sign * (h * 60 + m);
        let base = c
            .get(1)
            .map_or("UTC".to_string(), |b| b.as_str().to_uppercase());
        let name = if off == 0 {
            base
        } else if c.get(1).is_some() && c.get(4).is_none() {
            format!("{base}{}{}", if sign > 0 { '+' } else { '-' }, h)
        } else {
            format!("UTC{}{:02}:{:02}", if sign > 0 { '+' } else { '-' }, h, m)
        };
        return Some(Zone {
            name,
            offset: Some(off),
            iana: None,
        });
    }
    if w == "Z" {
        return Some(Zone {
            name: "UTC".into(),
            offset: Some(0),
            iana: None,
        });
    }
    if let Some((a, o)) = ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
        return Some(Zone {
            name: (*a).into(),
            offset: Some(*o),
            iana: None,
        });
    }
    let lower = w.to_lowercase();
    let squashed: String = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((_, abbr, o)) = FIXED_NAMES.iter().find(|(n, _, _)| *n == squashed) {
        return Some(Zone {
            name: (*abbr).into(),
            offset: Some(*o),
            iana: None,
        });
    }
    if let Some((n, iana)) = NAMED_ZONES
        .iter()
        .find(|(n, _)| *n == w || n.to_lowercase() == squashed)
    {
        let name = if n.chars().all(|c| c.is_uppercase()) {
            n.to_string()
        } else {
            // Keep the text as written, tidied: "Pacific Time", "Denver".
            title_case(&squashed)
        };
        return Some(Zone {
            name,
            offset: None,
            iana: Some(iana),
        });
    }
    None
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if !w.contains('/') => f.to_uppercase().collect::<String>() + c.as_str(),
                _ => w.to_uppercase(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The zone written right at the start of `rest` (after a time), if any:
/// returns the zone and the number of bytes it took.
/// "23:41:18 +0530", "2024-06-02 23:41 -0700": a bare offset after a
/// space, as logs, mail headers and git stamp a time that carries its
/// seconds or its date; four digits, or "+05:30" closed by a bracket, and
/// minutes a zone has (00, 30, 45). Elsewhere "[09:58 -10:35]" is a range
/// and "14:02 +1200 errors" a count.
fn bare_offset_after(rest: &str) -> Option<(Zone, usize)> {
    static BARE_OFFSET: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"^\s\(?(?P<z>[+\-\x{2212}](?:[01]\d|2[0-3])(?:00|30|45))\b\)?|^\s\(?(?P<zc>[+\-\x{2212}](?:[01]\d|2[0-3]):(?:00|30|45))[)\]]",
        )
        .unwrap()
    });
    let c = BARE_OFFSET.captures(rest)?;
    let zone = parse_zone(c.name("z").or(c.name("zc"))?.as_str())?;
    let m = c.get(0)?;
    let end = if m.as_str().ends_with(']') {
        m.end() - 1
    } else {
        m.end()
    };
    Some((zone, end))
}

pub fn zone_after(rest: &str) -> Option<(Zone, usize)> {
    // "(from Feb 18 20:00 until Feb 19 09:00, UTC)": a zone set off by a
    // comma that closes the parenthesis names the zone of the times in it.
    static COMMA_CLOSING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(&format!(r"^,\s*(?P<z>{})\s*\)", zone_alternation())).unwrap()
    });
    if let Some(c) = COMMA_CLOSING.captures(rest)
        && let Some(zone) = parse_zone(&c["z"])
    {
        return Some((zone, c.get(0).unwrap().end()));
    }
    // "to 2:00 PM on May 8th, 2024 (UTC)": the zone after the day the
    // time is on; "At 9:34 pm (24th February NZT)": the day and the zone
    // in one parenthesis after the time.
    static AFTER_DAY: LazyLock<[Regex; 2]> = LazyLock::new(|| {
        let day = format!(
            r"(?:[a-z]+day,?\s+)?(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?)"
        );
        let zone = zone_alternation();
        [
            format!(r"(?i)^\s+on\s+{day},?\s+\d{{4}},?\s*\(\s*(?P<z>{zone})\s*\)"),
            format!(r"(?i)^\s*\(\s*{day}(?:,?\s+\d{{4}})?,?\s+(?P<z>{zone})\s*\)"),
        ]
        .map(|p| crate::text::rx::new(&p).unwrap())
    });
    for re in AFTER_DAY.iter() {
        if let Some(c) = re.captures(rest)
            && let Some(zone) = parse_zone(&c["z"])
        {
            return Some((zone, c.get(0).unwrap().end()));
        }
    }
    let c = ZONE_AFTER.captures(rest)?;
    let z = c.name("z")?;
    let mut end = c.get(0).unwrap().end();
    // A US region alone ("10:05 a.m. Eastern") is a zone only where the
    // sentence ends, a mark follows or a word that goes on about the time
    // ("on Friday", "and", "to 11:00"): "14:10 Central monitoring paged",
    // "Centralized logging", "Mountain View", "Eastern European Time"
    // name none.
    if REGIONS.iter().any(|r| r.eq_ignore_ascii_case(z.as_str())) {
        static GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(
                r"(?i)^(\s*$|\s*[^\w\s]|\s+(on|at|in|and|or|to|until|till|when|while|from|of|the|that|we|our|a|an|\d)\b)",
            )
            .unwrap()
        });
        if !GOES_ON.is_match(&rest[end..]) {
            return None;
        }
    }
    let zone = parse_zone(z.as_str())?;
    // Swallow a closing parenthesis.
    let tail = &rest[end..];
    let trimmed = tail.trim_start();
    if trimmed.starts_with(')') {
        end += tail.len() - trimmed.len() + 1;
    }
    Some((zone, end))
}

/// US regions that name a zone alone ("10:05 a.m. Eastern").
const REGIONS: [&str; 4] = ["pacific", "mountain", "central", "eastern"];
/// Region words too common to declare a zone anywhere in a line.
const NOT_DECLARING: [&str; 3] = ["mountain", "central", "eastern"];

/// Every zone named anywhere in a line (for "all times in UTC" declarations).
pub fn zones_in(text: &str) -> Vec<(usize, Zone)> {
    ZONE_ANY
        .captures_iter(text)
        .filter_map(|c| {
            let z = c.name("z")?;
            // A bare single-letter `Z` or two-letter US zone only counts in
            // declarations when it stands alone in parentheses or after "in".
            if z.as_str().len() <= 2 {
                return None;
            }
            // "Central services timeline (UTC)": a region word alone is
            // too common a word to declare a zone anywhere in a line
            // ("pacific" kept its old reading).
            if NOT_DECLARING
                .iter()
                .any(|r| r.eq_ignore_ascii_case(z.as_str()))
            {
                return None;
            }
            parse_zone(z.as_str()).map(|zone| (z.start(), zone))
        })
        .collect()
}

static TIME_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(
        r"(?xi)
        (?:^|[^\w.:/])(?:
        (?P<iso>\b(?P<iy>\d{4})[-–](?P<imo>\d{2})[-–](?P<id>\d{2})(?:T|\s+|\s*[-–,]\s*|\s+at\s+)(?P<ih>\d{1,2})[:h](?P<imi>\d{2})(?::(?P<is>\d{2})(?:\.\d+)?)?(?:\s*(?P<iampm>[ap]\.?\s?m\b\.?))?(?P<ioff>Z|[+-]\d{2}:?\d{2}\b)?)
      | (?P<clock>(?P<h>\d{1,2})(?P<sep>[:.h]|\x20h\x20)(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,9})?)?(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?)
      | (?P<bare>(?P<bh>\d{1,2}):?\s?(?P<bampm>[ap]\.?\s?m\b\.?))
      | (?P<mil>(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?P<hrs>\s*(?:hrs?\b|h\b|hours\b))?)
      | (?P<colsp>(?P<ch>\d{1,2}):\s(?P<cm>\d{2})\s*(?P<campm>[ap]\.?\s?m\b\.?))
        )",
    )
    .unwrap()
});

/// Whether the text before a four-digit time with a zone makes it a clock
/// reading and not a year: nothing or a list marker ("- 1947 UTC: ..."), a
/// day of a month ("Mar 3 1958 UTC"), or a word that takes a time ("at",
/// "by", "from", "until", "to").
fn mil_entry_lead(before: &str) -> bool {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)(?:^[\s\-*+|>]*$|\b(?:at|by|from|until|till|to)\s*$)").unwrap()
    });
    // "August 16, 2024 (UTC)": the comma after the day closes it and
    // announces its year.
    static DAY_COMMA: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(&format!(
            r"(?i)\b(?:{MONTHS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?,\s*$"
        ))
        .unwrap()
    });
    (LEAD.is_match(before) || day_of_month_lead(before)) && !DAY_COMMA.is_match(before)
}

/// A day of a month right before: "Mar 3 ", "5 February ".
fn day_of_month_lead(before: &str) -> bool {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(&format!(
            r"(?i)(?:\b(?:{MONTHS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?),?\s*$"
        ))
        .unwrap()
    });
    DAY.is_match(before)
}

/// A four-digit time stamped on an ISO date that opens an entry, as logs
/// write them: "- 2024-03-12 0616: first errors" (never a year: a year does
/// not follow a full date).
fn mil_after_iso_date(before: &str, after: &str) -> bool {
    static ISO_LEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"^[\s\-*+|>]*(?:19|20)\d{2}-\d{2}-\d{2}[T\s]$").unwrap()
    });
    ISO_LEAD.is_match(before) && after.trim_start().starts_with([':', '-', '–', '—', '|'])
}

/// A four-digit time that opens a timeline entry on its own:
/// "1324 : someone noticed", "~1452: changes went live". A year can open
/// a line the same way ("2019: moved to Kubernetes"), so a value that reads
/// as a year counts only when marked approximate ("~1900:"), which a year
/// in such a list never is.
fn mil_opens_entry(before: &str, after: &str, value: u32) -> bool {
    static ENTRY_TAIL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::rx::new(r"^\s*([:\-–—]\s+\p{L}|\|\s+[\p{L}`*_\[])").unwrap());
    let approx = before.trim_end().ends_with('~');
    let lead = before.trim_end().trim_end_matches('~');
    opens_line(lead) && ENTRY_TAIL.is_match(after) && (approx || !reads_as_year(value))
}

/// Four digits that could be a year of the reports' era (1900-2099).
fn reads_as_year(value: u32) -> bool {
    (1900..=2099).contains(&value)
}

/// A year of the decades postmortems are written in: after a day of a
/// month ("5 February 2024 (Sydney)") it is the date's year, not 20:24.
fn recent_year(value: u32) -> bool {
    (1990..=2039).contains(&value)
}

/// Whether `after` continues a four-digit range whose end has a zone:
/// "–1300 PST", " and 2100 UTC".
fn mil_range_with_zone(after: &str) -> bool {
    static RANGE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)^\s*(?:[-–—]|and\b|to\b|until\b|till\b)\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs?\b)?",
        )
        .unwrap()
    });
    RANGE_TAIL
        .find(after)
        .is_some_and(|m| zone_after(&after[m.end()..]).is_some())
}

/// "at approximately 10.16," is a time; "at 1.25 million" and "at 10.42%"
/// are not.
fn dotted_time_in_prose(before: &str, after: &str) -> bool {
    static AT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)\b(at|from|until|till|to|by|since|klo|kl\.?)\s+(approximately\s+|approx\.?\s+|about\s+|around\s+|~\s*)?$").unwrap()
    });
    // "an upgrade from 1.18 to 1.19": version numbers.
    static VERSION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)\b(versions?|upgrad\w*|downgrad\w*|releases?|bump\w*)\b(?:[^.;]|\.\d){0,40}$",
        )
        .unwrap()
    });
    AT.is_match(before) && !UNIT_AFTER.is_match(after) && !VERSION.is_match(before)
}

/// "17.11 Updown alert down": a dotted time opening a line, followed by
/// words (not a unit: "2.50 million users"), as a chat log's entries are.
fn dotted_entry_in_words(before: &str, after: &str) -> bool {
    opens_line(before) && words_follow(after)
}

/// Words, not a unit or arithmetic, after a dotted number ("17.11 Updown
/// alert down", not "2.50 million", "1.25 per cent" or "2.50 of them").
fn words_follow(after: &str) -> bool {
    static JOINED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::rx::new(r"(?i)^\s*(per|of|and|or|to)\b").unwrap());
    after.starts_with(' ')
        && after
            .trim_start()
            .starts_with(|ch: char| ch.is_alphabetic())
        && !UNIT_AFTER.is_match(after)
        && !JOINED.is_match(after)
}

/// "19.20, 19.27 recovery notification": dotted times listed at the head
/// of a line of words, each a time of the entry.
fn dotted_entry_list(before: &str, after: &str) -> bool {
    static NEXT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"^(,\s*\d{1,2}\.\d{2})+(?P<tail>\s+[A-Za-z])").unwrap()
    });
    static PREV: LazyLock<Regex> =
        LazyLock::new(|| crate::text::rx::new(r"^[\s*+|>-]*(\d{1,2}\.\d{2},\s*)+$").unwrap());
    // The words after the last time of the list, not a unit ("1.25, 2.50
    // million").
    let words_after = |after: &str| {
        NEXT.captures(after)
            .is_some_and(|c| words_follow(&after[c.name("tail").unwrap().start()..]))
    };
    opens_line(before) && words_after(after)
        || PREV.is_match(before) && (words_after(after) || words_follow(after))
}

/// "| 19.20 | Automated alert fires |": a dotted time of two-digit hour
/// alone in the first cell of a table row, words in the next, as a log
/// kept in a table is written ("| 1.25 | 2.50 |" and "| 2.10 | Impact |"
/// are numbers and sections: one-digit hours).
fn dotted_table_cell(before: &str, after: &str) -> bool {
    opens_line(before)
        && after
            .trim_start()
            .strip_prefix('|')
            .is_some_and(words_follow)
}

/// Nothing before a time but space or a list, quote or table marker: the
/// time opens its line.
fn opens_line(before: &str) -> bool {
    before
        .chars()
        .all(|ch| ch.is_whitespace() || matches!(ch, '-' | '*' | '+' | '|' | '>'))
}

/// Words after "1 h 10" that make it a length ("1 h 10 after the alert").
static LENGTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)^\s*(after|later|before|ago|into|long|of|in\s+total)\b").unwrap()
});

/// A unit after a number ("1.25 million", "10.42%", "2.5 hours"): the
/// number is a quantity, not a dotted time.
static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)^\s*(%|percent|million|billion|thousand|times|x\b|[kmgt]i?b\b|ms\b|s\b|secs?\b|seconds|min|minutes|hours?|days?|points?|rps|qps|req|requests|versions?|release)").unwrap()
});

/// Every clock time in a line of cleaned text.
/// The 24-hour hour of a 12-hour clock's `hour` (1-12) read with am
/// (`pm` false) or pm: "12 AM" is 0, "1 PM" is 13, "12 PM" is 12.
pub fn hour_24(hour: u8, pm: bool) -> u8 {
    match (pm, hour) {
        (true, h) if h < 12 => h + 12,
        (false, 12) => 0,
        (_, h) => h,
    }
}

pub fn find_times(text: &str) -> Vec<TimeMention> {
    let mut out = Vec::new();
    named_times(text, &mut out);
    spoken_times(text, &mut out);
    let named = !out.is_empty();
    // Every other time form has a digit: most prose lines are skipped here.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    // A list number glued to the time ("10.12:30 PM UTC: Service fully
    // restored", the tenth item written without its space): the number is
    // blanked (offsets kept), so the time is read and not "10.12".
    static GLUED_ITEM: LazyLock<Regex> =
        LazyLock::new(|| crate::text::rx::new(r"^\s*\d{1,2}\.\d{1,2}[:h]\d{2}").unwrap());
    let unglued: String;
    let text = if GLUED_ITEM.is_match(text) {
        let dot = text.find('.').unwrap();
        unglued = format!("{}{}", " ".repeat(dot + 1), &text[dot + 1..]);
        unglued.as_str()
    } else {
        text
    };
    for c in TIME_RE.captures_iter(text) {
        let time = if c.name("iso").is_some() {
            iso_time(text, &c)
        } else {
            clock_time(text, &c)
        };
        out.extend(time);
    }
    let mut extra = bare_range_ends(text, &out);
    extra.extend(dotted_range_starts(text, &out));
    if named || !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|m| m.start);
    }
    // Never return overlapping mentions (a zone read after one time must
    // not swallow the next).
    let mut last_end = 0;
    out.retain(|m| {
        let ok = m.start >= last_end;
        if ok {
            last_end = m.end;
        }
        ok
    });
    out
}

/// An ISO date-time ("2023-04-12T14:03:00Z", "2024-08-11, 01:00 PM"): the
/// time, its zone (the offset, else one written after it) and its date.
fn iso_time(text: &str, c: &regex::Captures) -> Option<TimeMention> {
    let m = c.name("iso").unwrap();
    let (Ok(mut h), Ok(mi)) = (c["ih"].parse::<u8>(), c["imi"].parse::<u8>()) else {
        return None;
    };
    // "2024-08-11, 01:00 PM"
    if let Some(ap) = c.name("iampm") {
        h = hour_24(h, ap.as_str().to_ascii_lowercase().starts_with('p'));
    }
    if h > 23 || mi > 59 {
        return None;
    }
    let date = Date {
        year: c["iy"].parse().ok(),
        month: c["imo"].parse().unwrap_or(0),
        day: c["id"].parse().unwrap_or(0),
    };
    let mut end = m.end();
    let zone = if let Some(off) = c.name("ioff") {
        parse_zone(if off.as_str() == "Z" {
            "Z"
        } else {
            off.as_str()
        })
    } else if let Some((z, n)) =
        zone_after(&text[end..]).or_else(|| bare_offset_after(&text[end..]))
    {
        end += n;
        Some(z)
    } else {
        None
    };
    Some(TimeMention {
        start: m.start(),
        end,
        hour: h,
        minute: mi,
        meridiem: None,
        zone,
        date: (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31)
            .then_some(date),
        strength: 3,
    })
}

/// The groups of a clock-shaped match: the hour, the minutes as written
/// (none for "4pm"), am/pm, the whole match, and the separator (":", ".",
/// "h", or "mil" for four digits).
fn clock_groups<'t>(
    c: &regex::Captures<'t>,
) -> (
    regex::Match<'t>,
    Option<&'t str>,
    Option<regex::Match<'t>>,
    regex::Match<'t>,
    &'t str,
) {
    if c.name("clock").is_some() {
        (
            c.name("h").unwrap(),
            c.name("m").map(|m| m.as_str()),
            c.name("ampm"),
            c.name("clock").unwrap(),
            // "14 h 05", as Québec and France write it, is "14h05".
            c.name("sep").map(|s| s.as_str().trim()).unwrap_or(":"),
        )
    } else if c.name("colsp").is_some() {
        // "12: 48pm": a stray space after the colon, with am/pm.
        (
            c.name("ch").unwrap(),
            c.name("cm").map(|m| m.as_str()),
            c.name("campm"),
            c.name("colsp").unwrap(),
            ":",
        )
    } else if c.name("bare").is_some() {
        (
            c.name("bh").unwrap(),
            None,
            c.name("bampm"),
            c.name("bare").unwrap(),
            ":",
        )
    } else {
        (
            c.name("mh").unwrap(),
            c.name("mm").map(|m| m.as_str()),
            None,
            c.name("mil").unwrap(),
            "mil",
        )
    }
}

/// A clock time ("1:15 PM SAST", "12: 48pm", "4pm", "0900 PST"), unless
/// what surrounds it makes it a decimal, a year, a number or a duration.
fn clock_time(text: &str, c: &regex::Captures) -> Option<TimeMention> {
    let (hs, ms, ampm, whole, sep) = clock_groups(c);
    let start = hs.start();
    let Ok(mut hour) = hs.as_str().parse::<u8>() else {
        return None;
    };
    let minute: u8 = ms.map_or(Ok(0), |m| m.parse()).unwrap_or(99);
    if minute > 59 {
        return None;
    }
    let mut end = whole.end();
    let meridiem = ampm.map(|a| a.as_str().to_lowercase().starts_with('p'));
    // (A bare offset only after a time with its seconds: a log's stamp.)
    let seconds = c.name("s").is_some();
    let zone = match zone_after(&text[end..])
        .or_else(|| seconds.then(|| bare_offset_after(&text[end..])).flatten())
    {
        Some((z, n)) => {
            end += n;
            Some(z)
        }
        // "beginning from UTC 05:13": UTC or GMT written before the time
        // (other names before a time are too often the end of a phrase).
        None if sep == ":" => {
            static BEFORE: LazyLock<Regex> =
                LazyLock::new(|| crate::text::rx::new(r"(?:^|[^\w+-])(UTC|GMT)\s?$").unwrap());
            BEFORE
                .captures(&text[..start])
                .and_then(|c| parse_zone(&c[1]))
        }
        None => None,
    };
    // Seconds in a `clock` match like 12:50:07 are fine; a following
    // `:dd` (a third group) or a decimal means this is not a time.
    let after = &text[end..];
    if after.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    // "- 00:12 to detect", "01:05 to resolve": a length of the response,
    // not a moment.
    static TO_RESPOND: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)^\s*(to|until)\s+(detect|acknowledge|ack|resolve|resolution|recover|mitigate|mitigation|restore|repair|respond|fix|diagnose|triage)\b").unwrap()
    });
    if meridiem.is_none() && zone.is_none() && TO_RESPOND.is_match(after) {
        return None;
    }
    let mut strength = 1;
    // The value of a four-digit reading ("1324"), to tell it from a year.
    let four_digits = hour as u32 * 100 + minute as u32;
    match sep {
        // "10.42" is a decimal unless it opens a timeline entry:
        // "- 10.42: the site went down".
        "." if meridiem.is_none()
            && zone.is_none()
            && !(opens_line(&text[..start])
                && ms.is_some_and(|m| m.len() == 2)
                && after.trim_start().starts_with([':', '-', '–', '—']))
            && !(ms.is_some_and(|m| m.len() == 2)
                && dotted_time_in_prose(&text[..start], after))
            && !(ms.is_some_and(|m| m.len() == 2)
                && dotted_entry_in_words(&text[..start], after))
            && !(ms.is_some_and(|m| m.len() == 2) && dotted_entry_list(&text[..start], after))
            && !(hs.as_str().len() == 2
                && ms.is_some_and(|m| m.len() == 2)
                && dotted_table_cell(&text[..start], after)) =>
        {
            return None;
        }
        // "down for 1h48": a length, not a clock time (see
        // `find_durations`).
        "h" if zone.is_none() && meridiem.is_none() && ASKS_LENGTH.is_match(&text[..start]) => {
            return None;
        }
        // "0900–1300 PST", "between 1900 and 2100 UTC": the first of a
        // range takes the zone of the second; any other bare four digits
        // are a year or a number.
        "mil"
            if zone.is_none()
                && c.name("hrs").is_none()
                && !mil_range_with_zone(after)
                && !mil_after_iso_date(&text[..start], after)
                && !mil_opens_entry(&text[..start], after, four_digits) =>
        {
            return None;
        }
        "mil" if zone.is_none() && c.name("hrs").is_none() => {}
        // "At 2116 hours", "- 2358 hours -": the clock as dispatch centres
        // and the forces write it; elsewhere "1200 hours" is a length.
        "mil"
            if c.name("hrs")
                .is_some_and(|h| h.as_str().trim_start().len() > 3)
                && !mil_entry_lead(&text[..start]) =>
        {
            return None;
        }
        // "Monday 5 February 2024 (Sydney)": the date's year.
        "mil"
            if c.name("hrs").is_none()
                && recent_year(four_digits)
                && day_of_month_lead(&text[..start]) =>
        {
            return None;
        }
        "mil"
            if c.name("hrs").is_none()
                && reads_as_year(four_digits)
                && !after.trim_start().starts_with(['-', '–', '—'])
                && !mil_range_with_zone(after)
                && !mil_entry_lead(&text[..start])
                && !mil_after_iso_date(&text[..start], after) =>
        {
            // "in 2024 UTC": a year, not 20:24.
            return None;
        }
        // "14h00": accepted unless a letter follows ("2h30m" is a
        // duration, not a time).
        "h" if zone.is_none()
            && meridiem.is_none()
            && (after.starts_with(|ch: char| ch.is_alphabetic())
                || whole.as_str().contains(' ')
                    && (UNIT_AFTER.is_match(after) || LENGTH_AFTER.is_match(after))) =>
        {
            return None;
        }
        _ => {}
    }
    if meridiem.is_some() || zone.is_some() {
        strength = 2;
    }
    if let Some(pm) = meridiem {
        // "0:25 AM" is written for 12:25 AM; "0:25 PM" means nothing.
        if (hour == 0 && pm) || hour > 23 {
            return None;
        }
        if hour <= 12 {
            hour = hour_24(hour, pm);
        }
    }
    if hour > 23 {
        return None;
    }
    Some(TimeMention {
        start,
        end,
        hour,
        minute,
        meridiem,
        zone,
        date: None,
        strength,
    })
}

/// Noon and midnight after a word that takes a time ("at noon", "until
/// midnight UTC", "12 noon"): 12:00 and 00:00.
fn named_times(text: &str, out: &mut Vec<TimeMention>) {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)\b(?:(?:at|by|around|about|approximately|until|till|from|since|before|after|to|past)\s+|12\s*)(?P<w>noon|midday|midnight)\b",
        )
        .unwrap()
    });
    // A timeline entry that opens with it ("Midnight (SAST): the alert
    // fires", "- Noon - rollback").
    static LEADING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)^[^\w(]*(?P<w>noon|midday|midnight)\b(?:\s*\([^()]{0,12}\))?\s*[:\x{2013}\x{2014}-]",
        )
        .unwrap()
    });
    if !text.contains("oon") && !text.contains("idd") && !text.contains("idn") {
        return;
    }
    for c in NAMED.captures_iter(text).chain(LEADING.captures_iter(text)) {
        let w = c.name("w").unwrap();
        let start = if text[c.get(0).unwrap().start()..].starts_with("12") {
            c.get(0).unwrap().start()
        } else {
            w.start()
        };
        let mut end = w.end();
        let zone = zone_after(&text[end..]).map(|(z, n)| {
            end += n;
            z
        });
        let midnight = w.as_str().eq_ignore_ascii_case("midnight");
        out.push(TimeMention {
            start,
            end,
            hour: if midnight { 0 } else { 12 },
            minute: 0,
            meridiem: None,
            strength: if zone.is_some() { 2 } else { 1 },
            zone,
            date: None,
        });
    }
}

/// Times told in words, as formal letters write them: "at nine o'clock",
/// "five past nine", "half past nine", "a quarter to eleven", "twenty to
/// one in the afternoon". A part of the day after it, or else the nearest
/// one its sentence names, gives the meridiem; with none, "half past
/// twelve" is 12:30, as a bare "12:30" is.
fn spoken_times(text: &str, out: &mut Vec<TimeMention>) {
    const HOURS: &str =
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9]";
    static SPOKEN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(&format!(
            r"(?i)\b(?:(?P<h0>{HOURS})\s+o['’]\s?clock|(?P<m>five|ten|(?:a\s+)?quarter|twenty|twenty[\s-]five|half)\s+(?P<dir>past|to)\s+(?P<h1>{HOURS})\b(?P<oc>\s+o['’]\s?clock)?)(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|[ap]\.m\.|[ap]m\b))?"
        ))
        .unwrap()
    });
    // "at ten to nine": a "to" time needs a word that asks for a moment
    // before it ("about five to ten minutes", "scaled from ten to five
    // nodes" are counts), and no unit after it ("by five to ten percent").
    static ASKS_TIME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)\b(at|by|until|till|before|after|since)\s+((about|around|approximately|roughly|just)\s+)?$",
        )
        .unwrap()
    });
    static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)^\s*(%|per\s*cent|percent|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|times|nodes|servers|users|people|requests)\b",
        )
        .unwrap()
    });
    static PART_OF_DAY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)\b(morning|afternoon|evening|tonight|night)\b").unwrap()
    });
    /// How far around the time its sentence is searched for a part of the
    /// day.
    const PART_REACH: usize = 200;
    enum Part {
        Am,
        Pm,
        Night,
    }
    let part_of = |p: &str| {
        let p = p.to_ascii_lowercase();
        if p.contains("night") {
            Part::Night
        } else if p.contains("morning") || p.starts_with('a') {
            Part::Am
        } else {
            Part::Pm
        }
    };
    // (A plain substring test first: this runs on every line, and on
    // parts of lines, before any digit is asked for.)
    const TO_HINTS: &[&str] = &[
        "five to ",
        "ten to ",
        "quarter to ",
        "twenty to ",
        "Five to ",
        "Ten to ",
        "Quarter to ",
        "Twenty to ",
    ];
    if !text.contains("clock")
        && !text.contains(" past ")
        && !TO_HINTS.iter().any(|h| text.contains(h))
    {
        return;
    }
    for c in SPOKEN.captures_iter(text) {
        let whole = c.get(0).unwrap();
        let hour_word = c.name("h0").or(c.name("h1")).unwrap().as_str();
        let Some(h) = word_number(hour_word).filter(|h| (1.0..=12.0).contains(h)) else {
            continue;
        };
        let mut minutes = (h as i32 % 12) * 60;
        if let Some(m) = c.name("m") {
            let m = m.as_str().to_ascii_lowercase();
            let by = if m.contains("quarter") {
                15
            } else if m == "half" {
                30
            } else if m.contains("five") && m.starts_with("twenty") {
                25
            } else {
                word_number(&m).unwrap_or(0.0) as i32
            };
            if c["dir"].eq_ignore_ascii_case("to") {
                // "half to" is no English time.
                let told = c.name("part").is_some()
                    || c.name("oc").is_some()
                    || ASKS_TIME.is_match(&text[..whole.start()]);
                if by == 30 || !told || UNIT_AFTER.is_match(&text[whole.end()..]) {
                    continue;
                }
                minutes -= by;
            } else {
                minutes += by;
            }
        }
        // On a twelve-hour dial from midnight (or noon).
        let minutes = minutes.rem_euclid(720);
        let part = match c.name("part") {
            Some(p) => Some(part_of(p.as_str())),
            None => {
                // The nearest the sentence names ("finishes in the
                // morning, was still running that evening when, at twenty
                // past seven").
                let mut lo = whole.start().saturating_sub(PART_REACH);
                while !text.is_char_boundary(lo) {
                    lo += 1;
                }
                let near = clip(text, lo, whole.end() + PART_REACH);
                let (at, end) = (whole.start() - lo, whole.end() - lo);
                let (from, to) = (sentence_start(near, at), sentence_end(near, end));
                PART_OF_DAY
                    .find_iter(&near[from..to])
                    .min_by_key(|m| {
                        let (a, b) = (from + m.start(), from + m.end());
                        if b <= at {
                            at - b
                        } else {
                            a.saturating_sub(end)
                        }
                    })
                    .map(|m| part_of(m.as_str()))
            }
        };
        let (minutes, meridiem) = match part {
            // "two at night" and "twelve o'clock at night" are of the
            // morning; "eleven at night" of the evening.
            Some(Part::Night) if minutes < 300 => (minutes, Some(false)),
            Some(Part::Night) | Some(Part::Pm) => (minutes + 720, Some(true)),
            Some(Part::Am) => (minutes, Some(false)),
            // "half past twelve", "a quarter to one": 12:30, 12:45.
            None if minutes < 60 => (minutes + 720, None),
            None => (minutes, None),
        };
        out.push(TimeMention {
            start: whole.start(),
            end: whole.end(),
            hour: (minutes / 60 % 24) as u8,
            minute: (minutes % 60) as u8,
            meridiem,
            zone: None,
            date: None,
            strength: 1,
        });
    }
}

/// "From 4pm to 6 GMT": a bare hour that ends a range and carries a zone
/// is a time, with the meridiem of the range's start.
fn bare_range_ends(text: &str, out: &[TimeMention]) -> Vec<TimeMention> {
    static BARE_END: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)^\s*(?:to|until|till|-|–|—)\s*(\d{1,2})\b").unwrap()
    });
    let mut extra = Vec::new();
    for m in out {
        let after = &text[m.end..];
        let Some(c) = BARE_END.captures(after) else {
            continue;
        };
        let g = c.get(1).unwrap();
        let Some((zone, n)) = zone_after(&after[g.end()..]) else {
            continue;
        };
        let Ok(mut hour) = g.as_str().parse::<u8>() else {
            continue;
        };
        if m.meridiem == Some(true) && hour < 12 {
            hour += 12;
        }
        if hour > 23 || out.iter().any(|o| o.start == m.end + g.start()) {
            continue;
        }
        extra.push(TimeMention {
            start: m.end + g.start(),
            end: m.end + g.end() + n,
            hour,
            minute: 0,
            meridiem: m.meridiem,
            zone: Some(zone),
            date: None,
            strength: 1,
        });
    }
    extra
}

/// "between 0.45 and 9.00 AM (CET)": a range whose first end is written
/// with a dot and no part of the day, which alone reads as a number; the
/// second end, read as a time, makes it one. It takes the second's part
/// of the day (the other one where its hour is later: "between 11.30 and
/// 1.00 PM" starts at 11:30) and its zone.
fn dotted_range_starts(text: &str, out: &[TimeMention]) -> Vec<TimeMention> {
    static FIRST: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)\b(?:between|from)\s+(\d{1,2})\.(\d{2})\s*(?:and|to|until|till|-|–|—)\s*$",
        )
        .unwrap()
    });
    let starts: std::collections::HashSet<usize> = out.iter().map(|o| o.start).collect();
    let mut extra = Vec::new();
    for m in out {
        let mut off = m.start.saturating_sub(40);
        while !text.is_char_boundary(off) {
            off -= 1;
        }
        let Some(c) = FIRST.captures(&text[off..m.start]) else {
            continue;
        };
        let (g, mg) = (c.get(1).unwrap(), c.get(2).unwrap());
        let (Ok(h), Ok(mi)) = (g.as_str().parse::<u8>(), mg.as_str().parse::<u8>()) else {
            continue;
        };
        if h > 23 || mi > 59 || starts.contains(&(off + g.start())) {
            continue;
        }
        // (A first hour later on the clock than the second is in the other
        // half of the day: "11.00 and 12.30 PM" starts at 11:00, "11.30
        // and 12.00 AM" at 23:30.)
        let meridiem = match m.meridiem {
            Some(pm) if (1..=12).contains(&h) => Some(pm != (h % 12 > m.hour % 12)),
            _ => None,
        };
        let hour = meridiem.map_or(h, |pm| hour_24(h, pm));
        extra.push(TimeMention {
            start: off + g.start(),
            end: off + mg.end(),
            hour,
            minute: mi,
            meridiem,
            zone: m.zone.clone(),
            date: None,
            strength: 1,
        });
    }
    extra
}

/// The days a range of days in one month spans ("May 3-5": 2, "3–4 May":
/// 1): one date written for several days.
pub fn day_range_span(text: &str) -> Option<i64> {
    static RANGE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(&format!(
            r"(?i)\b(?:{MONTHS})\.?\s+(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s*[-–]\s*(?P<b>\d{{1,2}})\b|\b(?P<c>\d{{1,2}})(?:st|nd|rd|th)?\s*[-–]\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{MONTHS})\b"
        ))
        .unwrap()
    });
    let c = RANGE.captures(text)?;
    let (a, b) = match (c.name("a"), c.name("b")) {
        (Some(a), Some(b)) => (a, b),
        _ => (c.name("c")?, c.name("d")?),
    };
    let (a, b): (i64, i64) = (a.as_str().parse().ok()?, b.as_str().parse().ok()?);
    (b > a && b <= 31).then_some(b - a)
}

const MONTHS: &str = r"january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec";

fn month_number(name: &str) -> Option<u8> {
    let n = name.to_lowercase();
    let idx = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| n.starts_with(p))?;
    Some(idx as u8 + 1)
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"(?xi)
        (?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)?
        (?:
          \b(?P<y1>(?:19|20)\d{{2}})[-/–](?P<m1>\d{{1,2}})[-/–](?P<d1>\d{{1,2}})\b
        | \b(?P<mon2>{MONTHS})\.?\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+|\s*,\s*)(?P<y2>(?:19|20)\d{{2}}|\d{{2}}[xX]{{2}}|[xX]{{4}})\b)?
        | \b(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?:-\s*|/)?(?P<mon3>{MONTHS})\b\.?(?:(?:,\s*|\s+|\s*-\s*|/)(?P<y3>(?:19|20)\d{{2}})\b)?
        | \b(?P<a4>\d{{1,2}})(?P<s4>[/.-])(?P<b4>\d{{1,2}})(?P<t4>[/.-])(?P<y4>(?:19|20)\d{{2}})\b
        | \b(?P<y5>(?:19|20)\d{{2}})-(?P<mon5>{MONTHS})-(?P<d5>\d{{1,2}})\b
        | \b(?P<a6>\d{{1,2}})(?P<s6>[/-])(?P<b6>\d{{1,2}})(?P<t6>[/-])(?P<y6>\d{{2}})\b
        | \b(?P<y7>(?:19|20)\d{{2}})\.(?:(?P<m7>\d{{2}})\.(?P<d7>\d{{2}})|\s(?P<m7s>\d{{1,2}})\.\s(?P<d7s>\d{{1,2}})\.)
        )"
    ))
    .unwrap()
});

/// Every calendar date in a line. `a/b/yyyy` dates are returned as month/day
/// when unambiguous and flagged with `slash` so the caller can re-read them
/// with the day/month order the document uses.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    for c in DATE_RE.captures_iter(text) {
        let whole = c.get(0).unwrap();
        let mut end = whole.end();
        let (year, month, day, slash) = if let Some(y) = c.name("y1") {
            (
                y.as_str().parse().ok(),
                c["m1"].parse().unwrap_or(0),
                c["d1"].parse().unwrap_or(0),
                None,
            )
        } else if let Some(m) = c.name("mon2") {
            (
                year_unless_clock(text, &c, "y2", &mut end),
                month_number(m.as_str()).unwrap_or(0),
                c["d2"].parse().unwrap_or(0),
                None,
            )
        } else if let Some(m) = c.name("mon5") {
            (
                c["y5"].parse().ok(),
                month_number(m.as_str()).unwrap_or(0),
                c["d5"].parse().unwrap_or(0),
                None,
            )
        } else if let Some(m) = c.name("mon3") {
            (
                year_unless_clock(text, &c, "y3", &mut end),
                month_number(m.as_str()).unwrap_or(0),
                c["d3"].parse().unwrap_or(0),
                None,
            )
        } else if let Some(y) = c.name("y7") {
            // "2024.09.16", "2024. 9. 16.": year first with dots, as
            // Korean, Chinese and Japanese writers date; not a calendar
            // version ("v2024.01.15", "release 2024.01.15").
            static VERSION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::rx::new(r"(?i)(\bv|\b(versions?|releases?|builds?|tags?)\s+)$")
                    .unwrap()
            });
            // (Nor a package's version: "bumped certifi 2024.02.02", on a
            // line that speaks of upgrading or packages.)
            static PACKAGE_LINE: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::rx::new(r"(?i)\b(bump\w*|upgrad\w*|downgrad\w*|install\w*|pinn?\w*|packages?|librar(y|ies)|dependenc(y|ies)|requirements|pip|npm|gems?|crates?|wheels?|versions?)\b").unwrap()
            });
            let package = PACKAGE_LINE.is_match(text);
            if package
                || VERSION_BEFORE.is_match(&text[..whole.start()])
                || text[..whole.start()].ends_with(['.', '/', '-'])
                || text[whole.end()..]
                    .trim_start_matches('.')
                    .starts_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            let (m, d) = match (c.name("m7"), c.name("d7")) {
                (Some(m), Some(d)) => (m.as_str(), d.as_str()),
                _ => (&c["m7s"], &c["d7s"]),
            };
            (
                y.as_str().parse().ok(),
                m.parse().unwrap_or(0),
                d.parse().unwrap_or(0),
                None,
            )
        } else if let Some(y) = c.name("y6") {
            // "5-26-21", "26/05/21": a year of two digits, read only where
            // nothing around says it is something else (a version, a
            // ratio, a count, a time), with the same separator twice.
            static NOT_A_DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::rx::new(r"(?i)^(?:[./:\d-]|\s*(?:%|x\b|ms\b|s\b|sec|min|h\b|hr|hour|day|week|month|year|times|percent|gb|mb|kb|tb))").unwrap()
            });
            if c["s6"] != c["t6"]
                || NOT_A_DATE_AFTER.is_match(&text[whole.end()..])
                || text[..whole.start()].ends_with(['.', '/', '-', ':', 'v', 'V'])
                || text[..whole.start()].ends_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            let y2: i16 = y.as_str().parse().unwrap_or(-1);
            let year = match y2 {
                0..=39 => 2000 + y2,
                90..=99 => 1900 + y2,
                _ => continue,
            };
            let a: u8 = c["a6"].parse().unwrap_or(0);
            let b: u8 = c["b6"].parse().unwrap_or(0);
            (Some(year), a, b, Some((a, b)))
        } else {
            // "24-10-2024", "03/08/2024": the same separator twice
            // ("3/8-2024" is no date).
            if c["s4"] != c["t4"] {
                continue;
            }
            let a: u8 = c["a4"].parse().unwrap_or(0);
            let b: u8 = c["b4"].parse().unwrap_or(0);
            let y = c["y4"].parse().ok();
            // Default reading month/day; the caller re-reads with evidence.
            (y, a, b, Some((a, b)))
        };
        // "may 5" as a modal verb followed by a number is rare enough; but a
        // month name with no day and no year never reaches here.
        let valid_md = |m: u8, d: u8| (1..=12).contains(&m) && (1..=31).contains(&d);
        if slash.is_none() && !valid_md(month, day) {
            continue;
        }
        if let Some((a, b)) = slash
            && !valid_md(a, b)
            && !valid_md(b, a)
        {
            continue;
        }
        out.push(DateMention {
            start: whole.start(),
            end,
            date: Date { year, month, day },
            slash,
        });
    }
    day_ranges(text, &mut out);
    out
}

/// Dates written as a range share what one end writes: "September 28th to
/// September 29th, 2023" and "September 28-29, 2023" give the year to the
/// first day, "28-29 September 2023" is two dates. (A first day after the
/// second, "December 30 to January 2, 2024", is in the year before.)
fn day_ranges(text: &str, out: &mut Vec<DateMention>) {
    static SEP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?i)^\s*,?\s*(?:-{1,2}|–|—|to|until|till|through|thru|and)\s*$")
            .unwrap()
    });
    static SAME_MONTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)^\s*(?:-{1,2}|–|—|to|through|thru|and)\s*(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)((?:19|20)\d{2})\b",
        )
        .unwrap()
    });
    static SAME_MONTH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-{1,2}|–|—|to|through|thru|and)\s*$",
        )
        .unwrap()
    });
    let mut extra = Vec::new();
    for i in 0..out.len() {
        let m = &out[i];
        if m.slash.is_some() {
            continue;
        }
        // "September 28-29, 2023": the year after the second day.
        if m.date.year.is_none()
            && let Some(c) = SAME_MONTH_AFTER.captures(&text[m.end..])
        {
            let d2: u8 = c[1].parse().unwrap_or(0);
            if d2 > m.date.day && d2 <= 31 {
                out[i].date.year = c[2].parse().ok();
            }
            continue;
        }
        // "28-29 September 2023": the first day is a date of its own.
        if let Some(c) = SAME_MONTH_BEFORE.captures(&text[..m.start]) {
            let d1: u8 = c[1].parse().unwrap_or(0);
            let g = c.get(1).unwrap();
            let taken = out
                .iter()
                .any(|o| o.start <= g.start() && g.start() < o.end);
            if d1 >= 1 && d1 < m.date.day && !taken {
                extra.push(DateMention {
                    start: g.start(),
                    end: g.end(),
                    date: Date { day: d1, ..m.date },
                    slash: None,
                });
            }
        }
    }
    // "September 28th to September 29th, 2023".
    for i in 0..out.len().saturating_sub(1) {
        let (a, b) = (&out[i], &out[i + 1]);
        if a.date.year.is_none()
            && a.slash.is_none()
            && b.slash.is_none()
            && let Some(y) = b.date.year
            && SEP.is_match(&text[a.end..b.start])
        {
            let later = (a.date.month, a.date.day) > (b.date.month, b.date.day);
            out[i].date.year = Some(if later { y - 1 } else { y });
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|m| m.start);
    }
}

/// The year of a date, unless it is a four-digit clock reading with a zone
/// after a space ("Mar 3 1958 UTC" is 19:58 on March 3): then the date ends
/// before it and has no year.
fn year_unless_clock(text: &str, c: &regex::Captures, name: &str, end: &mut usize) -> Option<i16> {
    let y = c.name(name)?;
    let gap = &text[..y.start()];
    let sep = gap.len() - gap.trim_end().len();
    // ("5 February 2024 (Sydney)": a year of our times is the year.)
    if sep > 0
        && !gap.trim_end().ends_with(',')
        && zone_after(&text[y.end()..]).is_some()
        && !y.as_str().parse::<u32>().is_ok_and(recent_year)
    {
        *end = y.start() - sep;
        return None;
    }
    y.as_str().parse().ok()
}

/// Read an `a/b/yyyy` mention with a document-wide order: `Some(true)` when
/// the document writes day first, `Some(false)` month first, `None` unknown.
pub fn resolve_slash(m: &DateMention, day_first: Option<bool>) -> Option<Date> {
    let Some((a, b)) = m.slash else {
        return Some(m.date);
    };
    let valid = |mo: u8, d: u8| (1..=12).contains(&mo) && (1..=31).contains(&d);
    let (month, day) = if a > 12 {
        (b, a)
    } else if b > 12 || a == b {
        (a, b)
    } else {
        match day_first {
            Some(true) => (b, a),
            Some(false) => (a, b),
            None => return None,
        }
    };
    valid(month, day).then_some(Date {
        year: m.date.year,
        month,
        day,
    })
}

/// A stated duration: "45 minutes", "2 hours 45 minutes", "2h30m",
/// "7.5 hours", "two hours", "1 hour and 45 minutes", "3 days".
#[derive(Debug, Clone, PartialEq)]
pub struct DurationMention {
    pub start: usize,
    pub end: usize,
    pub minutes: i64,
}

const NUMBER_WORDS: &str = r"(?:twenty|thirty|forty|fifty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|half\s+an|a\s+half";

pub(crate) fn word_number(w: &str) -> Option<f64> {
    let w = w.to_lowercase();
    let w: String = w.split_whitespace().collect::<Vec<_>>().join(" ");
    // "twenty four", "forty-five": tens and units add up.
    if let Some((tens, unit)) = w.split_once([' ', '-'])
        && let (Some(t), Some(u)) = (word_number(tens), word_number(unit))
        && t >= 20.0
        && t % 10.0 == 0.0
        && (1.0..10.0).contains(&u)
    {
        return Some(t + u);
    }
    Some(match w.as_str() {
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "ninety" => 90.0,
        "half an" | "a half" => 0.5,
        _ => return w.parse().ok(),
    })
}

static DUR_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(&format!(
        r"(?xi)
        \b(?P<n1>\d+(?:\.\d+)?|{NUMBER_WORDS})(?P<half1>\s+and\s+(?:a\s+)?half)?(?:\s+(?:whole|full|long|straight|entire|solid))?\s*-?\s*(?P<u1>weeks?|days?|d|hours?|hrs?|h|minutes?|mins?|m)\b
        (?:\s*(?:,|and)?\s*(?P<n2>\d+|{NUMBER_WORDS})\s*-?\s*(?P<u2>hours?|hrs?|h|minutes?|mins?|m)\b)?
        (?:\s*(?:,|and)?\s*(?P<n3>\d+|{NUMBER_WORDS})\s*-?\s*(?P<u3>minutes?|mins?|m)\b)?
        (?P<half>\s+and\s+(?:a\s+)?half\b)?
        (?:\s+and\s+(?P<qn>a|one|three)[\s-]quarters?\b)?
        "
    ))
    .unwrap()
});

/// Minutes in an hour; also the shortest unit a lone "a" counts before ("a
/// day", not "a min").
const HOUR_MIN: f64 = 60.0;
/// Minutes in a day.
const DAY_MIN: f64 = 1440.0;
/// The longest duration read (sixty days): a longer figure is absurd for an
/// outage.
const MAX_DURATION_MIN: f64 = 60.0 * 24.0 * 60.0;

fn unit_minutes(u: &str) -> f64 {
    let u = u.to_lowercase();
    if u.starts_with('w') {
        7.0 * DAY_MIN
    } else if u.starts_with('d') {
        DAY_MIN
    } else if u.starts_with('h') {
        HOUR_MIN
    } else {
        1.0
    }
}

/// Words that ask for a length right before "1h48": "down for", "lasted",
/// "in all" (see `find_durations` and the clock's "h" form).
static ASKS_LENGTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(for|lasted|lasting|totall?ing|total\s+of|in\s+all|took|of)\s+(about\s+|approximately\s+|nearly\s+|almost\s+|over\s+|roughly\s+)?$").unwrap()
});

static COMPACT_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(?P<h>\d{1,3})\s?h(?:rs?)?\s?(?P<m>\d{1,2})\s?m(?:ins?)?\b")
        .unwrap()
});

/// Every duration in a line.
pub fn find_durations(text: &str) -> Vec<DurationMention> {
    let mut out = Vec::new();
    // Durations need a digit or a number word before a unit.
    let lower = text.to_ascii_lowercase();
    if !text.bytes().any(|b| b.is_ascii_digit())
        && !["hour", "minute", "min", "day"]
            .iter()
            .any(|u| lower.contains(u))
    {
        return out;
    }
    // An hours-and-minutes match ("1h48m", and "1h48" where a length is
    // asked for) as minutes.
    let hm = |c: &regex::Captures| {
        let whole = c.get(0).unwrap();
        let h: i64 = c["h"].parse().unwrap_or(0);
        let m: i64 = c["m"].parse().unwrap_or(0);
        DurationMention {
            start: whole.start(),
            end: whole.end(),
            minutes: h * 60 + m,
        }
    };
    out.extend(COMPACT_RE.captures_iter(text).map(|c| hm(&c)));
    // "three-quarters of an hour", "a quarter of an hour": read before
    // the plain reader, which would take "an hour" alone.
    static QUARTER_OF: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)\b(?:(?P<three>three)[\s-]quarters?|(?:a\s+|one\s+)?quarter)\s+(?:of\s+an?\s+)?hour\b",
        )
        .unwrap()
    });
    out.extend(QUARTER_OF.captures_iter(text).map(|c| {
        let whole = c.get(0).unwrap();
        DurationMention {
            start: whole.start(),
            end: whole.end(),
            minutes: if c.name("three").is_some() { 45 } else { 15 },
        }
    }));
    // "down for 1h48", "lasted 2h05": hours and minutes without the "m",
    // as French and other European writers give a length; only after a
    // word that asks for one (elsewhere "9h14" is a clock time).
    static BARE_HM: LazyLock<Regex> =
        LazyLock::new(|| crate::text::rx::new(r"\b(?P<h>\d{1,2})h(?P<m>[0-5]\d)\b").unwrap());
    for c in BARE_HM.captures_iter(text) {
        let d = hm(&c);
        if ASKS_LENGTH.is_match(&text[..d.start])
            && !out.iter().any(|o| o.start < d.end && d.start < o.end)
        {
            out.push(d);
        }
    }
    for c in DUR_RE.captures_iter(text) {
        let whole = c.get(0).unwrap();
        if out
            .iter()
            .any(|d| d.start < whole.end() && whole.start() < d.end)
        {
            continue;
        }
        let u1 = &c["u1"];
        // "Two whole hours" is a length; "a full day" ("unable to address
        // it for a full day") is a manner of speaking.
        let n1 = &c["n1"];
        if (n1.eq_ignore_ascii_case("a") || n1.eq_ignore_ascii_case("an"))
            && text[c.name("n1").unwrap().end()..c.name("u1").unwrap().start()]
                .trim()
                .len()
                > 2
        {
            continue;
        }
        // A lone "m"/"h" only counts glued to digits ("2h30m", "45m").
        let u1m = c.name("u1").unwrap();
        if u1m.as_str().len() == 1 && !text[..u1m.start()].ends_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // "24m DAI", "$3m": millions of a currency, not minutes.
        if u1m.as_str().eq_ignore_ascii_case("m") && c.name("n2").is_none() {
            let after = &text[u1m.end()..];
            let code = after
                .trim_start()
                .split(|ch: char| !ch.is_alphanumeric())
                .next()
                .unwrap_or("");
            let money_before = text[..whole.start()]
                .trim_end()
                .ends_with(['$', '€', '£', '¥']);
            if money_before
                || (after.starts_with(' ')
                    && (2..=5).contains(&code.len())
                    && code.chars().all(|ch| ch.is_ascii_uppercase()))
            {
                continue;
            }
        }
        // "a" / "an" alone are too weak unless followed by hour/day ("an hour").
        let n1 = &c["n1"];
        if n1.eq_ignore_ascii_case("a") && unit_minutes(u1) < HOUR_MIN {
            continue;
        }
        let Some(v1) = word_number(n1) else { continue };
        let mut total = v1 * unit_minutes(u1);
        for (n, u) in [("n2", "u2"), ("n3", "u3")] {
            if let (Some(n), Some(u)) = (c.name(n), c.name(u))
                && let Some(v) = word_number(n.as_str())
            {
                total += v * unit_minutes(u.as_str());
            }
        }
        // "an hour and a half", "7 and a half hours".
        if c.name("half").is_some() || c.name("half1").is_some() {
            total += 0.5 * unit_minutes(u1);
        }
        // "an hour and a quarter", "an hour and three-quarters".
        // (Not "2 hours and a quarter of users saw errors".)
        if let Some(q) = c.name("qn")
            && !clip(text, whole.end(), whole.end() + 12)
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("of ")
        {
            let parts = if q.as_str().eq_ignore_ascii_case("three") {
                0.75
            } else {
                0.25
            };
            total += parts * unit_minutes(u1);
        }
        // "2 m" after a number like "1.2 m users" is not a duration; skip
        // values that are absurd for an outage.
        if total <= 0.0 || total > MAX_DURATION_MIN {
            continue;
        }
        out.push(DurationMention {
            start: whole.start(),
            end: whole.end(),
            minutes: total.round() as i64,
        });
    }
    out.sort_by_key(|d| d.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_not_at_abbreviations_or_decimals() {
        let s = "At 7am PDT on Oct. 30 2019, blocks took 2.5 s on example.com. Then it halted.";
        let at = s.find("blocks").unwrap();
        assert_eq!(sentence_start(s, at), 0);
        let end = sentence_end(s, at);
        assert_eq!(&s[end..end + 6], ". Then");
        assert_eq!(sentence_start(s, s.find("halted").unwrap()), end + 1);
        // "a.m." and a point before more text do not end one; "?" does.
        assert!(!ends_sentence("at 7 a.m. the", 7));
        assert!(ends_sentence("Down? Yes", 4));
        assert!(ends_sentence("It ended at 10:00 EST. Then", 21));
        // A word after a multi-byte character.
        assert!(ends_sentence("the “token”. Next", 15));
        assert!(!ends_sentence("“a.m", 4));
    }

    fn t(s: &str) -> Vec<String> {
        find_times(s)
            .iter()
            .map(|m| match &m.zone {
                Some(z) => format!("{} {}", m.hhmm(), z.name),
                None => m.hhmm(),
            })
            .collect()
    }

    #[test]
    fn twelve_hour_clock_with_zone() {
        assert_eq!(
            t("between 1:15 PM SAST and 2:00 PM SAST"),
            ["13:15 SAST", "14:00 SAST"]
        );
        assert_eq!(t("12:00 AM UTC and 12:30 pm"), ["00:00 UTC", "12:30"]);
    }

    #[test]
    fn stray_and_missing_meridiem() {
        assert_eq!(
            t("Duration: 30 mins (13:20pm ~ 13:30pm EAT)"),
            ["13:20", "13:30 EAT"]
        );
        assert_eq!(t("start '02/02/2022, 3:AM'"), ["03:00"]);
        assert_eq!(t("From 4pm to 6 GMT"), ["16:00", "18:00 GMT"]);
        // A space after the colon, with am/pm written.
        assert_eq!(t("from 11: 05 am to 1: 40 pm"), ["11:05", "13:40"]);
        assert!(t("score 3: 45 points").is_empty());
    }

    #[test]
    fn dots_seconds_and_h_separator() {
        assert_eq!(t("8.35 AM the alert"), ["08:35"]);
        assert_eq!(t("15.25 PST restart"), ["15:25 PST"]);
        assert_eq!(t("at 12:50:07 UTC"), ["12:50 UTC"]);
        assert_eq!(t("since 14h00 UTC"), ["14:00 UTC"]);
        // Decimals and versions are not times.
        assert!(t("7.5 hours and 99.95% uptime, version 2.10").is_empty());
        // A dotted time that opens an entry is a time; in prose it is not.
        assert_eq!(t(" - 10.42: the site went down"), ["10:42"]);
        assert!(t("uptime fell to 10.42% bad").is_empty());
        assert_eq!(t("started at approximately 10.16, and"), ["10:16"]);
        assert!(t("rose to 1.25 million").is_empty());
    }

    #[test]
    fn military_entry_with_zone_is_a_time_not_a_year() {
        assert_eq!(t("- 1958 UTC: the batch job is restarted"), ["19:58 UTC"]);
        assert_eq!(t("the job resumed at 2015 GMT"), ["20:15 GMT"]);
        assert_eq!(t("Mar 3 1958 UTC: job restarted"), ["19:58 UTC"]);
        assert!(t("since 2015 UTC has been the default").is_empty());
        let m = &find_dates("Mar 3 1958 UTC: job restarted")[0];
        assert_eq!(m.date.year, None);
        assert_eq!((m.date.month, m.date.day), (3, 3));
        assert_eq!(m.end, 5);
        assert_eq!(find_dates("Mar 3, 2015 UTC")[0].date.year, Some(2015));
        // With a comma after the day, the four digits are its year.
        assert!(t("Mar 3, 2015 UTC").is_empty());
        assert!(t("On August 16, 2024 (UTC), functions failed").is_empty());
        // The zone after the day a time is on is the time's.
        assert_eq!(
            t("from 10:00 AM to 2:00 PM on May 8th, 2024 (UTC)."),
            ["10:00", "14:00 UTC"]
        );
    }

    #[test]
    fn a_day_without_its_year_takes_the_nearest_year() {
        let d = |m, day| Date {
            year: None,
            month: m,
            day,
        };
        let near = jiff::civil::date(2025, 11, 11);
        assert_eq!(
            d(11, 15).to_civil_near(Some(near)),
            Some(jiff::civil::date(2025, 11, 15))
        );
        let near = jiff::civil::date(2023, 12, 31);
        assert_eq!(
            d(1, 2).to_civil_near(Some(near)),
            Some(jiff::civil::date(2024, 1, 2))
        );
        assert_eq!(d(1, 2).to_civil_near(None), None);
        assert_eq!(d(2, 30).to_civil_near(Some(near)), None);
    }

    #[test]
    fn a_dotted_time_opening_a_line_of_words_is_an_entry() {
        assert_eq!(t("17.11 Updown alert down: search"), ["17:11"]);
        assert_eq!(t("- 09.07 RK killed the task"), ["09:07"]);
        assert!(t("2.50 million users were affected").is_empty());
        assert!(t("12.30 percent of requests failed").is_empty());
        assert!(t("the ratio was 17.11 overall").is_empty());
    }

    #[test]
    fn a_list_number_glued_to_a_time_is_no_part_of_it() {
        assert_eq!(t("10.12:30 PM UTC: Service fully restored."), ["12:30 UTC"]);
        assert_eq!(t("10.12 Service restored"), ["10:12"]);
    }

    #[test]
    fn dotted_times_listed_at_the_head_of_an_entry() {
        assert_eq!(t("19.20, 19.27 recovery notification"), ["19:20", "19:27"]);
        assert!(t("prices rose 1.25, 2.50 and 3.75 percent").is_empty());
        assert!(t("1.25, 2.50 million").is_empty());
    }

    #[test]
    fn a_dotted_range_start_takes_the_part_of_the_day_of_its_end() {
        assert_eq!(t("between 11.00 and 12.30 PM"), ["11:00", "12:30"]);
        assert_eq!(t("between 11.30 and 12.00 AM"), ["23:30", "00:00"]);
        assert_eq!(
            t("between 0.45 and 9.00 AM (CET)"),
            ["00:45 CET", "09:00 CET"]
        );
        assert_eq!(
            t("between 11.30 and 1.00 PM CET"),
            ["11:30 CET", "13:00 CET"]
        );
        // A number range stays numbers.
        assert!(t("between 1.25 and 2.50 million users").is_empty());
    }

    #[test]
    fn version_numbers_are_not_dotted_times() {
        assert!(t("a minor upgrade of the compiler from 1.18 to 1.19 broke it").is_empty());
        assert_eq!(
            t("the site was down from 10.16 to 10.42"),
            ["10:16", "10:42"]
        );
    }

    #[test]
    fn a_four_digit_time_opening_an_entry_is_a_time() {
        assert_eq!(
            t("1324 : Someone noticed the images were missing"),
            ["13:24"]
        );
        assert_eq!(t("~1452: Changes went live"), ["14:52"]);
        assert_eq!(t("- 0915 - paged the on-call"), ["09:15"]);
        // Marked approximate, a value that could be a year is a time.
        assert_eq!(t("~1900: the cache was purged"), ["19:00"]);
        // Unmarked, it is a year; and four digits in prose stay a number.
        assert!(t("2019: we moved to Kubernetes").is_empty());
        assert!(t("We saw 1324 errors: most were timeouts").is_empty());
        assert!(t("1324: 17 failed").is_empty());
        // A table row opened by the time.
        assert_eq!(
            t("| 0740 | `operator` | containers cannot start |"),
            ["07:40"]
        );
        assert!(t("| 2019 | moved to Kubernetes |").is_empty());
        assert!(t("| 1324 | 17 |").is_empty());
    }

    #[test]
    fn hour_zero_before_am_is_just_after_midnight() {
        assert_eq!(t("### 0:25:59 AM ###"), ["00:25"]);
        assert!(t("at 0:25 PM").is_empty());
    }

    #[test]
    fn fractional_seconds_keep_the_meridiem() {
        assert_eq!(
            t("until Tuesday, December 28, 2021, 6:02:48.533 PM."),
            ["18:02"]
        );
        assert_eq!(t("at 10:42:13.5 UTC"), ["10:42 UTC"]);
    }

    #[test]
    fn a_zone_after_a_comma_closing_a_parenthesis_is_the_times_zone() {
        assert_eq!(
            t("(from Feb 18 20:00 until Feb 19 09:00, UTC) pageviews were lost"),
            ["20:00", "09:00 UTC"]
        );
        // A zone set off by a comma in running prose is not taken.
        assert_eq!(t("at 09:00, UTC offices were closed"), ["09:00"]);
    }

    #[test]
    fn a_dotted_time_in_the_first_cell_of_a_table_row() {
        assert_eq!(t("| 19.20 | Automated alert fires |"), ["19:20"]);
        assert_eq!(t("| 08.05 | Orders start failing |"), ["08:05"]);
        // Numbers and section numbers in tables are not times.
        assert!(t("| 2.10 | Impact on users |").is_empty());
        assert!(t("| 12.50 | 14.75 |").is_empty());
        assert!(t("| 12.50 | per cent of requests |").is_empty());
    }

    #[test]
    fn a_bare_offset_after_a_space_is_the_times_zone() {
        // As logs, mail headers and git stamp times.
        assert_eq!(
            t("[2024-06-02 23:41:18 +0530] checkout fails"),
            ["23:41 UTC+05:30"]
        );
        assert_eq!(
            t("Date: Mon, 3 Jun 2024 09:12:00 -0700"),
            ["09:12 UTC-07:00"]
        );
        assert_eq!(
            t("[2024-06-02 23:41 +05:30] checkout fails"),
            ["23:41 UTC+05:30"]
        );
        // A range with a spaced dash is no offset, nor is an offset no
        // zone has.
        assert_eq!(t("from 06:58 -07:31 the queue stalled"), ["06:58", "07:31"]);
        assert_eq!(t("[09:58 -10:35] queue stalled"), ["09:58", "10:35"]);
        assert_eq!(t("at 14:02 +1200 errors in the log"), ["14:02"]);
        // "00:12 to detect" is a length of the response.
        assert!(t("- 00:12 to detect, 01:45 to resolve").is_empty());
        assert_eq!(t("at 14:00 +1700 more errors"), ["14:00"]);
    }

    #[test]
    fn iso_and_military() {
        assert_eq!(t("2023-04-12 14:03 UTC"), ["14:03 UTC"]);
        assert_eq!(t("2021-05-29T22:41:00-00:00"), ["22:41 UTC"]);
        assert_eq!(t("2024-03-12T14:03:00Z"), ["14:03 UTC"]);
        assert_eq!(t("2024-03-12T14:03:00+02:00"), ["14:03 UTC+02:00"]);
        assert_eq!(t("0900–1300 PST"), ["09:00", "13:00 PST"]);
        assert_eq!(t("between 1900 and 2100 UTC"), ["19:00", "21:00 UTC"]);
        assert!(t("between 1900 and 2000 people").is_empty());
        assert!(t("in 2024 UTC was fine").is_empty());
        let m = &find_times("2023-04-12 14:03 UTC")[0];
        assert_eq!(m.date.unwrap().iso().unwrap(), "2023-04-12");
        // Typographic dashes, as blog editors replace hyphens.
        let m = &find_times(
            "[2023\u{2013}12\u{2013}18 15:00 EAT\u{2014} 2023\u{2013}12\u{2013}18 16:30 EAT]",
        )[0];
        assert_eq!(m.date.unwrap().iso().unwrap(), "2023-12-18");
        assert_eq!(m.hhmm(), "15:00");
        assert_eq!(
            find_dates("on 2023\u{2013}12\u{2013}18")[0]
                .date
                .iso()
                .unwrap(),
            "2023-12-18"
        );
    }

    #[test]
    fn a_us_region_alone_is_a_zone_unless_a_word_follows_it_in_lower_case() {
        assert_eq!(t("9:15 a.m. Eastern"), ["09:15 Eastern"]);
        assert_eq!(t("10:05 a.m. (Central), then"), ["10:05 Central"]);
        assert_eq!(t("at 17:20 Mountain on Friday"), ["17:20 Mountain"]);
        let z = parse_zone("Eastern").unwrap();
        assert_eq!(
            z.offset_on(Some(jiff::civil::date(2025, 1, 16))),
            Some(-300)
        );
        // Longer names still win, and a region before a word that does
        // not go on about the time is that word's adjective.
        assert_eq!(
            t("10:05 Central European Time"),
            ["10:05 Central European Time"]
        );
        assert_eq!(t("at 14:10 central monitoring paged"), ["14:10"]);
        assert_eq!(t("- 14:10 Central monitoring paged on-call"), ["14:10"]);
        assert_eq!(t("- 14:10 Centralized logging stopped"), ["14:10"]);
        assert_eq!(t("at 17:20 Mountain View time"), ["17:20"]);
        assert_eq!(t("10:05 Eastern European Time"), ["10:05"]);
        // Anywhere in a line (a declaration), the word alone is no zone.
        assert_eq!(zones_in("Central services timeline (UTC)")[0].1.name, "UTC");
    }

    #[test]
    fn zones_written_out_and_offsets() {
        assert_eq!(t("10:30 AM (West African Time)"), ["10:30 WAT"]);
        assert_eq!(t("10:30 AM Pacific Time"), ["10:30 Pacific Time"]);
        assert_eq!(
            t("2:53 PM Eastern Daylight Time"),
            ["14:53 Eastern Daylight Time"]
        );
        assert_eq!(
            t("09:10 Central Standard Time"),
            ["09:10 Central Standard Time"]
        );
        let z = parse_zone("Eastern Daylight Time").unwrap();
        assert_eq!(
            z.offset_on(Some(jiff::civil::date(2025, 3, 16))),
            Some(-240)
        );
        assert_eq!(t("16:15 GMT+1"), ["16:15 GMT+1"]);
        assert_eq!(t("10:30 AM (UTC-5)"), ["10:30 UTC-5"]);
        assert_eq!(t("10:30 GMT -5"), ["10:30 GMT-5"]);
        // A dash or arrow spaced between a zone and a time is a range, not
        // an offset; an arrow or en dash is never a sign.
        assert_eq!(t("09:45 UTC - 11:00 UTC"), ["09:45 UTC", "11:00 UTC"]);
        assert_eq!(
            t("09:45 UTC \u{2192} 11:00 UTC"),
            ["09:45 UTC", "11:00 UTC"]
        );
        assert_eq!(t("09:45 UTC\u{2013}11:00 UTC"), ["09:45 UTC", "11:00 UTC"]);
        assert_eq!(t("17:39 Denver - started"), ["17:39 Denver"]);
        assert_eq!(t("09:05 (Korea time) - paged"), ["09:05 KST"]);
        assert_eq!(zones_in("Timeline (Japan time)")[0].1.offset, Some(540));
        let z = parse_zone("UTC+2").unwrap();
        assert_eq!(z.offset, Some(120));
        let z = parse_zone("+02:00").unwrap();
        assert_eq!((z.name.as_str(), z.offset), ("UTC+02:00", Some(120)));
        let pt = parse_zone("Pacific Time").unwrap();
        assert_eq!(
            pt.offset_on(Some(jiff::civil::date(2024, 7, 1))),
            Some(-420)
        );
        assert_eq!(
            pt.offset_on(Some(jiff::civil::date(2024, 1, 1))),
            Some(-480)
        );
    }

    fn d(s: &str) -> Vec<Option<String>> {
        find_dates(s)
            .iter()
            .map(|m| resolve_slash(m, None).and_then(|d| d.iso()))
            .collect()
    }

    #[test]
    fn noon_and_midnight_after_a_word_that_takes_a_time() {
        assert_eq!(t("At noon, the site went down"), ["12:00"]);
        assert_eq!(t("errors until midnight UTC"), ["00:00 UTC"]);
        assert_eq!(t("from 12 noon to 1:30 PM"), ["12:00", "13:30"]);
        // The words alone are no time.
        assert!(t("the noon deploy window").is_empty());
        assert!(t("a midnight batch job").is_empty());
        // An entry that opens with it.
        assert_eq!(t("Midnight (SAST): an alert fires"), ["00:00 SAST"]);
        assert_eq!(t("Noon - the rollback completes"), ["12:00"]);
        assert!(t("Midnight deploys are risky").is_empty());
    }

    #[test]
    fn dates_written_as_a_range_share_the_year() {
        assert_eq!(
            d("down from July 3rd to July 5th, 2022"),
            [Some("2022-07-03".into()), Some("2022-07-05".into())]
        );
        assert_eq!(
            d("Outage on March 14-15, 2021"),
            [Some("2021-03-14".into())]
        );
        assert_eq!(
            d("between 14-15 March 2021"),
            [Some("2021-03-14".into()), Some("2021-03-15".into())]
        );
        // Across the new year the first day is in the year before.
        assert_eq!(
            d("December 31 - January 1, 2022"),
            [Some("2021-12-31".into()), Some("2022-01-01".into())]
        );
        // Two dates that are not a range keep what they write.
        assert_eq!(
            d("March 14. On May 2, 2021"),
            [None, Some("2021-05-02".into())]
        );
        // A first day after the second in one month is no range.
        assert_eq!(d("March 15-14, 2021"), [None]);
    }

    #[test]
    fn date_formats() {
        assert_eq!(
            d("on Friday, March 8th, 2024, between"),
            [Some("2024-03-08".into())]
        );
        assert_eq!(d("8 March 2024"), [Some("2024-03-08".into())]);
        assert_eq!(d("20th December, 2023"), [Some("2023-12-20".into())]);
        assert_eq!(d("January23, 2021"), [Some("2021-01-23".into())]);
        assert_eq!(d("January 31 2023"), [Some("2023-01-31".into())]);
        assert_eq!(d("4 Jul 2020"), [Some("2020-07-04".into())]);
        // The day/month/year of web-server logs.
        assert_eq!(d("06/May/2022 2:17 PM"), [Some("2022-05-06".into())]);
        assert_eq!(d("2024-03-08"), [Some("2024-03-08".into())]);
        assert_eq!(d("May 15, 20XX"), [None]);
        assert_eq!(d("On 05 June at 10:00 PM"), [None]);
        // Ambiguous slash dates need evidence; unambiguous ones do not.
        assert_eq!(d("03/08/2024"), [None]);
        assert_eq!(d("03/28/2024"), [Some("2024-03-28".into())]);
        assert_eq!(d("28/03/2024"), [Some("2024-03-28".into())]);
        let m = &find_dates("03/08/2024")[0];
        assert_eq!(
            resolve_slash(m, Some(true)).unwrap().iso().unwrap(),
            "2024-08-03"
        );
        assert_eq!(
            resolve_slash(m, Some(false)).unwrap().iso().unwrap(),
            "2024-03-08"
        );
    }

    #[test]
    fn dashed_day_month_year_and_year_month_name_day() {
        // Dashes as separators, read like slashes.
        assert_eq!(d("on 27-09-2023 at noon"), [Some("2023-09-27".into())]);
        assert_eq!(d("on 09-27-2023 at noon"), [Some("2023-09-27".into())]);
        assert_eq!(d("on 04-05-2023"), [None]);
        let m = &find_dates("on 04-05-2023")[0];
        assert_eq!(
            resolve_slash(m, Some(true)).unwrap().iso().unwrap(),
            "2023-05-04"
        );
        // Mixed separators are no date.
        assert!(d("ticket 3/8-2024").is_empty());
        // A month name between year and day.
        assert_eq!(d("Date: 2023-Sep-27"), [Some("2023-09-27".into())]);
    }

    #[test]
    fn a_year_of_two_digits_where_nothing_says_otherwise() {
        assert_eq!(d("Website Outage 5-26-21"), [Some("2021-05-26".into())]);
        assert_eq!(d("outage of 26/05/21"), [Some("2021-05-26".into())]);
        assert_eq!(d("on 3/9/98"), [None]);
        let m = &find_dates("on 3/9/98")[0];
        assert_eq!(
            resolve_slash(m, Some(true)).unwrap().iso().unwrap(),
            "1998-09-03"
        );
        // Versions, counts, durations and years out of range are no date.
        assert!(d("build v1-2-21 failed").is_empty());
        assert!(d("release 4.5-26-21").is_empty());
        assert!(d("retries at 10/20/30 ms").is_empty());
        assert!(d("took 5/10/15 minutes").is_empty());
        assert!(d("part 5-26-61").is_empty());
        assert!(d("ticket 5/26-21").is_empty());
    }

    #[test]
    fn year_first_dates_with_dots() {
        // As Korean, Chinese and Japanese writers date.
        assert_eq!(d("on 2023.11.04 the queue"), [Some("2023-11-04".into())]);
        assert_eq!(d("2023. 11. 4. 09:12"), [Some("2023-11-04".into())]);
        assert_eq!(d("shipped on 2023.11.04."), [Some("2023-11-04".into())]);
        // Calendar versions are not days.
        assert!(d("upgraded to v2023.11.04").is_empty());
        assert!(d("release 2023.11.04 of the agent").is_empty());
        assert!(d("agent 2023.11.04.2").is_empty());
        assert!(d("after installing certifi 2023.11.04 the job failed").is_empty());
    }

    #[test]
    fn a_four_digit_time_stamped_on_an_iso_date_opens_an_entry() {
        assert_eq!(t("- 2023-08-14 0742: first errors"), ["07:42"]);
        assert_eq!(t("| 2023-08-14 1910 | paged |"), ["19:10"]);
        // Without the date, an entry's four digits are a time only where
        // they cannot be a year (see a_four_digit_time_opening_an_entry_is_a_time);
        // in prose they stay a number.
        assert!(t("- 2023: first errors").is_empty());
        assert!(t("released on 2023-08-14 2023 builds").is_empty());
    }

    #[test]
    fn impossible_dates_are_not_days() {
        let m = &find_dates("February 30, 2023")[0];
        assert!(m.date.to_civil().is_none());
    }

    fn dur(s: &str) -> Vec<i64> {
        find_durations(s).iter().map(|m| m.minutes).collect()
    }

    #[test]
    fn hours_and_minutes_without_the_m_where_a_length_is_asked() {
        assert_eq!(dur("the site was down for 1h48."), [108]);
        assert_eq!(dur("the outage lasted 2h05 in all"), [125]);
        assert!(t("the site was down for 1h48.").is_empty());
        // Elsewhere "9h14" is the French clock.
        assert!(dur("from 9h14 CET the site failed").is_empty());
        assert_eq!(t("from 9h14 CET the site failed"), ["09:14 CET"]);
    }

    #[test]
    fn times_told_in_words() {
        assert_eq!(
            t("At nine o'clock on Monday morning, sign-in stopped"),
            ["09:00"]
        );
        assert_eq!(t("alerted at five past nine, and"), ["09:05"]);
        assert_eq!(t("- By half past nine they had found it"), ["09:30"]);
        assert_eq!(t("At about a quarter to eleven, the cause"), ["10:45"]);
        assert_eq!(t("restored at twenty to one in the afternoon."), ["12:40"]);
        assert_eq!(t("it failed again at ten o'clock at night"), ["22:00"]);
        assert_eq!(t("it failed at twelve o'clock at night"), ["00:00"]);
        // A part of the day its sentence names.
        assert_eq!(
            t("On Sunday evening we were alerted at twenty past seven."),
            ["19:20"]
        );
        assert_eq!(
            t("On Monday morning we were alerted at twenty past seven."),
            ["07:20"]
        );
        // The nearest part of the day, where the sentence names two.
        assert_eq!(
            t(
                "The job, which finishes in the morning, was still running that evening when, at twenty past seven, it failed."
            ),
            ["19:20"]
        );
        assert_eq!(
            t("Saturday night, at ten past two, the job failed."),
            ["02:10"]
        );
        // With no part of the day, twelve stays twelve.
        assert_eq!(t("restored at half past twelve"), ["12:30"]);
        // Counts, not times.
        assert!(t("it takes five to ten minutes to drain").is_empty());
        assert!(t("it takes about five to ten minutes to drain").is_empty());
        assert!(t("errors fell by five to ten percent").is_empty());
        assert!(t("we scaled from ten to five nodes").is_empty());
        assert!(t("half to two thirds of requests failed").is_empty());
    }

    #[test]
    fn durations() {
        assert_eq!(dur("lasted 45 minutes"), [45]);
        assert_eq!(dur("for two whole hours"), [120]);
        assert_eq!(dur("three long days"), [4320]);
        assert!(dur("unable to address it for a full day").is_empty());
        assert_eq!(dur("Duration: 2 hours 45 minutes"), [165]);
        assert_eq!(dur("Duration: 2h30m"), [150]);
        assert_eq!(dur("Total elapsed: 1d 21h"), [2700]);
        assert_eq!(dur("for twenty-four hours"), [1440]);
        assert_eq!(dur("7.5 hours"), [450]);
        assert_eq!(dur("down for two hours"), [120]);
        assert_eq!(dur("1 hour and 45 minutes"), [105]);
        // Millions of a currency or token are not minutes.
        assert!(dur("saving 24m DAI of deposits").is_empty());
        assert!(dur("a loss of $3m in orders").is_empty());
        assert_eq!(dur("down for 45m in total"), [45]);
        assert_eq!(dur("6 hours and 33 minutes"), [393]);
        assert_eq!(dur("an hour and a half"), [90]);
        assert_eq!(dur("halted for about 7 and a half hours"), [450]);
        assert_eq!(dur("two and a half days"), [3600]);
        // The article is often dropped: "2 and half hours".
        assert_eq!(dur("lasting approximately 2 and half hours"), [150]);
        assert_eq!(dur("30 mins"), [30]);
        // Quarters of an hour.
        assert_eq!(dur("roughly an hour and three quarters"), [105]);
        assert_eq!(dur("for an hour and three-quarters, fans"), [105]);
        assert_eq!(dur("2 hours and a quarter"), [135]);
        assert_eq!(
            dur("lasted 2 hours and a quarter of users saw errors"),
            [120]
        );
        assert_eq!(dur("about three-quarters of an hour"), [45]);
        assert_eq!(dur("a quarter of an hour"), [15]);
        assert_eq!(dur("a quarter hour"), [15]);
        assert!(dur("1.2 m users and a minute detail").is_empty());
    }

    #[test]
    fn seconds_iso_ranges_and_h_ranges() {
        assert_eq!(
            t("Between 09:33:11 and 12:19:46 UTC on January 8, 2024"),
            ["09:33", "12:19 UTC"]
        );
        assert_eq!(
            t("Between 2021-02-02T16:32:00Z and 2021-02-02T17:51:00Z the"),
            ["16:32 UTC", "17:51 UTC"]
        );
        assert_eq!(
            t("When: 8 December 2022, 15h42-17h14 UTC"),
            ["15:42", "17:14 UTC"]
        );
        assert_eq!(t("- 22h04  Traffic at 5x normal"), ["22:04"]);
        assert!(t("it took 2h30m to fix").is_empty());
        assert_eq!(t("Start Time: 2024-08-11, 01:00 PM"), ["13:00"]);
        assert_eq!(
            t("lasted 33 minutes (06:58-07:31 EST)."),
            ["06:58", "07:31 EST"]
        );
        assert_eq!(t("Feb 04, 2021, 21:45 (UTC): Security team"), ["21:45 UTC"]);
    }

    #[test]
    fn spaced_h_and_military_hours_are_clock_times() {
        assert_eq!(t("- **14 h 05** - First nodes shut down."), ["14:05"]);
        assert_eq!(t("Our alarm went off at 13 h 58, then"), ["13:58"]);
        // A length written so is no time.
        assert!(t("it took 2 h 30 min to cool").is_empty());
        assert!(t("We restored service 1 h 10 after the first alert.").is_empty());
        assert_eq!(t("At 2116 hours on July 4, CAD froze."), ["21:16"]);
        assert_eq!(t("- **2358 hours** - CAD restored."), ["23:58"]);
        // Hours of work are no clock.
        assert!(t("Crews logged over 1200 hours of overtime.").is_empty());
        assert!(t("The 2000 hours of compute were lost.").is_empty());
        // Nordic writing: "klo 9.05" (Finnish), "kl. 14.30" (Danish).
        assert_eq!(
            t("unavailable from klo 9.05 to klo 10.51."),
            ["09:05", "10:51"]
        );
        assert_eq!(t("- **kl. 14.30** - Alarm."), ["14:30"]);
    }

    #[test]
    fn utc_before_a_time_is_its_zone() {
        assert_eq!(t("outages beginning from UTC 05:13."), ["05:13 UTC"]);
        assert_eq!(t("moved to EST 05:13 then"), ["05:13"]);
    }
}
