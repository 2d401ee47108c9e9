//! Facts users filter by though the contract does not score them yet:
//! `severity` (normalised: SEV1, P2, critical...) and `services`.

use std::sync::LazyLock;

use regex::Regex;

use super::{Extraction, Provenance};
use crate::corpus::document::{Document, Kind};

static SEV: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)\b(?:sev(?:erity)?\s*[-:]?\s*(?P<sev>[0-5])\b|(?P<p>p[0-4])\b|severity\s*(?:level)?\s*[:=-]?\s*(?P<word>critical|high|major|medium|moderate|minor|low|down|disrupted|notice|partial-outage|major-outage|degraded))").unwrap()
});
static SERVICES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)^(?:affected\s+(?:services?|systems?|components?)|services?\s+affected|components?\s+affected|systems?\s+affected)\s*[:：]\s*(?P<list>.+)$").unwrap()
});

fn normalise_severity(s: &str) -> String {
    let l = s.to_lowercase();
    if let Some(d) = l.strip_prefix('p') {
        return format!("P{d}");
    }
    if l.chars().all(|c| c.is_ascii_digit()) {
        return format!("SEV{l}");
    }
    l
}

pub fn extract(doc: &Document, ex: &mut Extraction) {
    // Front matter first: `severity`, `affected`, `affectedsystems`, `services`.
    if let Some(s) = doc.front.get_str("severity") {
        ex.incident.severity = Some(
            SEV.captures(&format!("severity: {s}"))
                .and_then(|c| {
                    c.name("sev")
                        .or(c.name("p"))
                        .or(c.name("word"))
                        .map(|m| normalise_severity(m.as_str()))
                })
                .unwrap_or_else(|| s.to_lowercase()),
        );
        ex.decide(
            "severity",
            Some(Provenance::front_matter()),
            "front-matter",
            0.95,
            vec![],
        );
    }
    for key in [
        "affected",
        "affectedsystems",
        "services",
        "components",
        "systems",
    ] {
        if let Some(serde_json::Value::Array(a)) = doc.front.get(key) {
            ex.incident.services = a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            if !ex.incident.services.is_empty() {
                ex.decide(
                    "services",
                    Some(Provenance::front_matter()),
                    "front-matter",
                    0.95,
                    vec![],
                );
                break;
            }
        }
    }
    for l in &doc.lines {
        if l.kind == Kind::Code {
            continue;
        }
        if ex.incident.severity.is_none() {
            let lower = l.text.to_lowercase();
            if (lower.contains("sev") || lower.contains("priority") || lower.starts_with('p'))
                && let Some(c) = SEV.captures(&l.text)
            {
                // "P1" must stand as a label, not inside a word like "P2P".
                let m = c.name("sev").or(c.name("p")).or(c.name("word")).unwrap();
                let ok = c.name("p").is_none()
                    || lower.contains("priority")
                    || lower.contains("severity")
                    || lower.contains("incident");
                if ok {
                    ex.incident.severity = Some(normalise_severity(m.as_str()));
                    ex.decide(
                        "severity",
                        Some(Provenance::line(l)),
                        "severity-label",
                        0.8,
                        vec![],
                    );
                }
            }
        }
        if ex.incident.services.is_empty()
            && let Some(c) = SERVICES.captures(&l.text)
        {
            let list: Vec<String> = c["list"]
                .split([',', ';', '/'])
                .flat_map(|s| s.split(" and "))
                .map(|s| s.trim().trim_matches(['.', '`']).to_string())
                .filter(|s| !s.is_empty() && s.len() < 60)
                .collect();
            if !list.is_empty() {
                ex.incident.services = list;
                ex.decide(
                    "services",
                    Some(Provenance::line(l)),
                    "services-label",
                    0.8,
                    vec![],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    #[test]
    fn severity_and_services_from_body_and_front_matter() {
        let x = extract(
            &parse(
                "# X\nSeverity: SEV2\nAffected services: checkout-api, cart-service and search\n",
            ),
            "t.md",
        )
        .incident;
        assert_eq!(x.severity.as_deref(), Some("SEV2"));
        assert_eq!(x.services, ["checkout-api", "cart-service", "search"]);
        let x = extract(
            &parse("---\nseverity: disrupted\naffected:\n  - ci\n---\nPriority: P1\n"),
            "t.md",
        )
        .incident;
        assert_eq!(x.severity.as_deref(), Some("disrupted"));
        assert_eq!(x.services, ["ci"]);
        let x = extract(&parse("# X\nPriority: P1 incident\n"), "t.md").incident;
        assert_eq!(x.severity.as_deref(), Some("P1"));
    }
}
