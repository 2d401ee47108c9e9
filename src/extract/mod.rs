//! Extraction: from one parsed [`Document`] to one [`Incident`], the record
//! of EXTRACTION.md.
//!
//! Each fact module proposes [`Candidate`]s (value, line, rule, score) and a
//! resolver per field picks one; the winner carries its provenance and a
//! confidence, the losers are kept so `explain` can show why they lost.

pub mod actions;
pub mod calibrate;
pub mod classify;
pub mod impact;
pub mod lint;
pub mod meta;
pub mod times;
pub mod weights;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::corpus::document::{Document, Kind};
use crate::schema::{Category, Detection, Field, Resolution, RootCause};
use crate::text::grammar;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Provenance {
    Line { line: usize, text: String },
    Other(String),
}

impl Provenance {
    pub fn front_matter() -> Self {
        Provenance::Other("front-matter".into())
    }
    pub fn derived() -> Self {
        Provenance::Other("derived".into())
    }
    /// The line number, when the value came from a line.
    pub fn line_no(&self) -> Option<usize> {
        match self {
            Provenance::Line { line, .. } => Some(*line),
            Provenance::Other(_) => None,
        }
    }
    pub fn line(line: &crate::corpus::document::Line) -> Self {
        Provenance::Line {
            line: line.no,
            text: line.raw.trim().chars().take(300).collect(),
        }
    }
}

/// One proposed value for a field.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub value: Value,
    pub provenance: Provenance,
    /// The rule that proposed it (`stated-range`, `timeline-first-impact`...).
    pub rule: &'static str,
    pub score: f32,
    /// Why it lost, filled in by the resolver.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost_because: Option<String>,
}

/// How one field was decided.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Decision {
    pub rule: String,
    /// Calibrated: values given c are right about c of the time.
    pub confidence: f32,
    /// The rule's own score before calibration.
    #[serde(skip)]
    pub raw_confidence: f32,
    pub candidates: Vec<Candidate>,
}

/// The contract record of one postmortem.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct Incident {
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub tz: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub detected: Option<String>,
    pub duration_stated_min: Option<i64>,
    pub window_min: Option<i64>,
    pub ttd_min: Option<i64>,
    pub detect_to_resolve_min: Option<i64>,
    pub users_affected_pct: Option<f64>,
    pub users_affected_count: Option<i64>,
    pub revenue_loss: Option<f64>,
    pub root_cause: RootCause,
    pub detection: Detection,
    pub resolution: Resolution,
    pub action_items: i64,
    pub severity: Option<String>,
    pub services: Vec<String>,
    pub mitigated: Option<String>,
    /// RFC 3339 instants, when date, time and zone are all known.
    pub start_utc: Option<String>,
    pub end_utc: Option<String>,
    pub provenance: BTreeMap<String, Provenance>,
    pub confidence: BTreeMap<String, f32>,
}

/// Everything extraction learned: the record plus each field's decision.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub incident: Incident,
    pub decisions: BTreeMap<String, Decision>,
    /// Problems worth a warning (malformed front matter...).
    pub warnings: Vec<String>,
    /// What one extractor learned that a later one uses.
    pub hints: Hints,
}

/// Facts passed between extractors (not part of the record).
#[derive(Debug, Clone, Default)]
pub struct Hints {
    /// File line of the timeline entry where service was restored.
    pub end_event_line: Option<usize>,
    /// File lines of the timeline entries that tell the noticing at the
    /// detected time.
    pub detected_event_lines: Vec<usize>,
    /// Minutes from the first to the last timeline entry (zones converted).
    pub timeline_span_min: Option<i64>,
    /// Each zone the times are written in: name, offset (minutes east of
    /// UTC, when fixed), and the file line where it first appears.
    pub zones: Vec<(String, Option<i32>, usize)>,
    /// Derived figures that could not be true and were nulled, with why
    /// (an end before the start on stated dates...): `lint` reports them.
    pub impossible: Vec<(&'static str, String)>,
    /// Length of the document's body in bytes (0 until set): long reports
    /// hold more candidates for every field, and more of them are wrong.
    pub body_bytes: usize,
}

impl Extraction {
    /// Record a decided field: value provenance, confidence and candidates.
    pub(crate) fn decide(
        &mut self,
        field: &str,
        provenance: Option<Provenance>,
        rule: &str,
        confidence: f32,
        candidates: Vec<Candidate>,
    ) {
        let raw_confidence = confidence;
        let confidence = calibrate::calibrate(
            field,
            rule,
            raw_confidence,
            calibrate::length_factor(self.hints.body_bytes),
        );
        if let Some(p) = provenance {
            self.incident.provenance.insert(field.to_string(), p);
            self.incident
                .confidence
                .insert(field.to_string(), (confidence * 100.0).round() / 100.0);
        }
        self.decisions.insert(
            field.to_string(),
            Decision {
                rule: rule.to_string(),
                confidence,
                raw_confidence,
                candidates,
            },
        );
    }
}

/// Pick the best-scoring candidate (earliest on ties, as candidates are
/// proposed in document order), marking the others as lost.
pub(crate) fn pick(mut cands: Vec<Candidate>) -> (Option<Candidate>, Vec<Candidate>) {
    if cands.is_empty() {
        return (None, cands);
    }
    let mut best = 0;
    for (i, c) in cands.iter().enumerate() {
        if c.score > cands[best].score {
            best = i;
        }
    }
    let winner = cands[best].clone();
    for (i, c) in cands.iter_mut().enumerate() {
        if i != best && c.lost_because.is_none() {
            c.lost_because = Some(if c.value == winner.value {
                "same value as the winner".into()
            } else if c.score < winner.score {
                format!("lower score ({:.2} < {:.2})", c.score, winner.score)
            } else {
                "later in the document".into()
            });
        }
    }
    (Some(winner), cands)
}

/// Confidence from a winning score and the runner-up with another value.
pub(crate) fn confidence(winner: &Candidate, all: &[Candidate]) -> f32 {
    let runner = all
        .iter()
        .filter(|c| c.value != winner.value)
        .map(|c| c.score)
        .fold(0.0f32, f32::max);
    let base = (winner.score / (winner.score + 1.0)).clamp(0.05, 0.99);
    let margin = if winner.score + runner > 0.0 {
        winner.score / (winner.score + runner)
    } else {
        1.0
    };
    ((base * margin) * 100.0).round() / 100.0
}

/// Extract one postmortem.
pub fn extract(doc: &Document, path: &str) -> Extraction {
    let mut ex = Extraction::default();
    ex.incident.path = path.to_string();
    ex.hints.body_bytes = doc.body.len();
    if let Some((line, msg)) = &doc.front.error {
        ex.warnings.push(match line {
            Some(l) => format!("malformed front matter at line {l}: {msg}"),
            None => format!("malformed front matter: {msg}"),
        });
    }
    title(doc, &mut ex);
    times::extract(doc, &mut ex);
    impact::extract(doc, &mut ex);
    classify::extract(doc, &mut ex);
    actions::extract(doc, &mut ex);
    meta::extract(doc, &mut ex);
    pin_front_matter(doc, &mut ex);
    ex
}

/// A front-matter key named like a contract field pins it: the author's
/// word beats extraction. (Times, `date` and `tz` are pinned in `times`,
/// where the derived minutes are computed from them.)
fn pin_front_matter(doc: &Document, ex: &mut Extraction) {
    use serde_json::Value as V;
    let fm = &doc.front;
    if fm.keys.is_empty() {
        return;
    }
    let mut bad = Vec::new();
    // Every pinned figure is a count, a share, an amount or minutes: a
    // negative or non-finite one ("NaN", "-3") is no value (JSON has no NaN).
    let num = |k: &str| -> Option<f64> {
        match fm.get(k)? {
            V::Number(n) => n.as_f64(),
            V::String(s) => s
                .trim()
                .trim_end_matches('%')
                .replace([',', '$'], "")
                .parse()
                .ok(),
            _ => None,
        }
        .filter(|v: &f64| v.is_finite() && *v >= 0.0)
    };
    let pin = |ex: &mut Extraction, f: &str| {
        ex.decide(
            f,
            Some(Provenance::front_matter()),
            "front-matter",
            0.99,
            vec![],
        );
    };
    if fm.get("duration_stated_min").is_some() {
        match num("duration_stated_min")
            .map(|v| v.round() as i64)
            .or_else(|| {
                fm.get_str("duration_stated_min")
                    .and_then(|s| grammar::find_durations(&s).first().map(|d| d.minutes))
            }) {
            Some(v) => {
                ex.incident.duration_stated_min = Some(v);
                pin(ex, "duration_stated_min");
            }
            None => bad.push("duration_stated_min"),
        }
    }
    // Figures: each field with the setter of its record field (no
    // catch-all arm to route a misspelt name).
    type Setter = fn(&mut Incident, f64);
    let figures: [(Field, Setter); 4] = [
        (Field::UsersAffectedPct, |i, v| {
            i.users_affected_pct = Some(v)
        }),
        (Field::RevenueLoss, |i, v| i.revenue_loss = Some(v)),
        (Field::UsersAffectedCount, |i, v| {
            i.users_affected_count = Some(v.round() as i64)
        }),
        (Field::ActionItems, |i, v| i.action_items = v.round() as i64),
    ];
    for (f, set) in figures {
        let f = f.as_str();
        if fm.get(f).is_some() {
            match num(f) {
                Some(v) => {
                    set(&mut ex.incident, v);
                    pin(ex, f);
                }
                None => bad.push(f),
            }
        }
    }
    // The categories: one of the taxonomy's values, however spelt.
    fn category<C: Category>(
        fm: &crate::corpus::frontmatter::FrontMatter,
        bad: &mut Vec<&'static str>,
    ) -> Option<C> {
        let v = fm.get_str(C::FIELD.as_str())?;
        let c = C::parse_loose(&v);
        if c.is_none() {
            bad.push(C::FIELD.as_str());
        }
        c
    }
    if let Some(c) = category::<RootCause>(fm, &mut bad) {
        ex.incident.root_cause = c;
        pin(ex, Field::RootCause.as_str());
    }
    if let Some(c) = category::<Detection>(fm, &mut bad) {
        ex.incident.detection = c;
        pin(ex, Field::Detection.as_str());
    }
    if let Some(c) = category::<Resolution>(fm, &mut bad) {
        ex.incident.resolution = c;
        pin(ex, Field::Resolution.as_str());
    }
    for f in bad {
        ex.warnings.push(format!(
            "front matter `{f}` is not a valid value for that field; the extracted value is kept"
        ));
    }
}

/// Title: front matter `title`, else the first heading, else the first
/// non-empty line.
fn title(doc: &Document, ex: &mut Extraction) {
    if let Some(t) = doc.front.get_str("title") {
        ex.incident.title = Some(t);
        ex.decide(
            "title",
            Some(Provenance::front_matter()),
            "front-matter",
            0.99,
            vec![],
        );
        return;
    }
    let heading = doc
        .lines
        .iter()
        .find(|l| matches!(l.kind, Kind::Heading(_)) && !l.text.is_empty());
    let first = doc
        .lines
        .iter()
        .find(|l| !l.text.is_empty() && l.kind != Kind::Code);
    // A line set entirely in bold above every heading is the title as
    // typeset ("**Postmortem: Web Stack Outage**" then "### Summary").
    let bold_first = first.filter(|f| {
        let r = f.raw.trim();
        r.len() > 4
            && r.starts_with("**")
            && r.ends_with("**")
            && !r[2..r.len() - 2].contains("**")
            && heading.is_none_or(|h| f.no < h.no)
    });
    let (line, rule) = match (heading, first) {
        _ if bold_first.is_some() => (bold_first.unwrap(), "bold-first-line"),
        (Some(h), _) => (h, "first-heading"),
        (None, Some(f)) => (f, "first-line"),
        (None, None) => return,
    };
    let t = crate::corpus::document::clean_keep_emoji(&line.raw)
        .trim_matches(|c: char| c == '#' || c == '*' || c.is_whitespace())
        .to_string();
    if t.is_empty() {
        return;
    }
    ex.incident.title = Some(t);
    ex.decide(
        "title",
        Some(Provenance::line(line)),
        rule,
        if rule == "first-line" { 0.6 } else { 0.9 },
        vec![],
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::document::parse;

    #[test]
    fn title_keeps_emoji_codes_and_takes_a_bold_first_line() {
        let ex = extract(&parse("# OUTAGE REPORT :fire:.\nbody\n"), "a.md");
        assert_eq!(ex.incident.title.as_deref(), Some("OUTAGE REPORT :fire:."));
        let ex = extract(
            &parse("\n**Postmortem: Cache Outage**\n\n---\n\n### **Issue Summary**\ntext\n"),
            "a.md",
        );
        assert_eq!(
            ex.incident.title.as_deref(),
            Some("Postmortem: Cache Outage")
        );
        // A bold line after the first heading is no title.
        let ex = extract(&parse("# Heading\n**Bold**\n"), "a.md");
        assert_eq!(ex.incident.title.as_deref(), Some("Heading"));
    }

    #[test]
    fn title_from_heading_front_matter_or_first_line() {
        let ex = extract(&parse("intro line\n\n# The Heading\n"), "a.md");
        assert_eq!(ex.incident.title.as_deref(), Some("The Heading"));
        let ex = extract(&parse("---\ntitle: Pinned\n---\n# Heading\n"), "a.md");
        assert_eq!(ex.incident.title.as_deref(), Some("Pinned"));
        assert_eq!(
            ex.incident.provenance["title"],
            Provenance::Other("front-matter".into())
        );
        let ex = extract(&parse("\n**Plain first line**\nmore\n"), "a.md");
        assert_eq!(ex.incident.title.as_deref(), Some("Plain first line"));
    }

    #[test]
    fn front_matter_keys_pin_contract_fields() {
        let text = "---\nroot_cause: database\ndetection: customer-report\nusers_affected_pct: 12.5\nrevenue_loss: \"$4,000\"\nstart: \"10:00\"\nend: \"11:30\"\ndetected: \"10:20\"\ntz: PST\nresolution: teleport\n---\n# X\nA memory leak took the API down.\n";
        let ex = extract(&parse(text), "a.md");
        let i = &ex.incident;
        assert_eq!(i.root_cause, "database");
        assert_eq!(i.detection, "customer-report");
        assert_eq!(i.users_affected_pct, Some(12.5));
        assert_eq!(i.revenue_loss, Some(4000.0));
        assert_eq!(
            (i.start.as_deref(), i.end.as_deref()),
            (Some("10:00"), Some("11:30"))
        );
        assert_eq!(i.window_min, Some(90));
        assert_eq!(i.ttd_min, Some(20));
        assert_eq!(i.tz.as_deref(), Some("PST"));
        assert_eq!(i.provenance["root_cause"], Provenance::front_matter());
        assert_eq!(i.provenance["start"], Provenance::front_matter());
        // An invalid category is a warning, not a pin.
        assert_ne!(i.resolution, "teleport");
        assert!(ex.warnings.iter().any(|w| w.contains("resolution")));
    }

    #[test]
    fn front_matter_figures_that_cannot_be_true_are_not_pinned() {
        // Broke an invariant of fuzz/'s extract target (a finite figure):
        // "NaN" parsed as a float and was pinned, then printed as null in
        // JSON; a negative count was pinned too.
        let text = "---\nusers_affected_pct: NaN\nrevenue_loss: inf\naction_items: \"-3\"\nusers_affected_count: -5\nduration_stated_min: NaN\n---\n# X\n## Action items\n- fix it\n";
        let ex = extract(&parse(text), "a.md");
        let i = &ex.incident;
        assert_eq!(i.users_affected_pct, None);
        assert_eq!(i.revenue_loss, None);
        assert_eq!(i.users_affected_count, None);
        assert_eq!(i.duration_stated_min, None);
        assert_eq!(i.action_items, 1);
        for f in [
            "users_affected_pct",
            "revenue_loss",
            "action_items",
            "users_affected_count",
            "duration_stated_min",
        ] {
            assert!(ex.warnings.iter().any(|w| w.contains(f)), "{f}");
        }
    }
}
