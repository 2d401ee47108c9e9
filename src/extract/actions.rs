//! Action items: list items (all depths; `-`, `*`, `+`, numbered, task boxes,
//! HTML `<li>`) under headings that announce work to do. Plain lines and
//! table rows do not count.

use std::sync::LazyLock;

use regex::Regex;

use super::{Extraction, Provenance};
use crate::corpus::document::{Document, Kind, Roles};

static LI: LazyLock<Regex> = LazyLock::new(|| crate::text::rx::new(r"(?i)<li[\s>]").unwrap());

/// A list the Markdown parser does not see as one, but its author meant:
/// "-Implement ..." (no space after the dash), "1, Add ...", "1- Add ..."
/// (a space after that dash: "2-factor" is a word), "• Add ...",
/// or a list indented so deep that Markdown makes it a code block.
static SLOPPY_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"^\s*([-*+•–]\s*[A-Za-z(\[]|\d{1,2}[.,)]\s+\S|\d{1,2}\s?-\s+[A-Za-z])")
        .unwrap()
});

fn sloppy_item(raw: &str) -> bool {
    SLOPPY_ITEM.is_match(raw)
}

fn indented_code(l: &crate::corpus::document::Line) -> bool {
    l.kind == Kind::Code && (l.raw.starts_with("    ") || l.raw.starts_with('\t'))
}

/// A list item that is only a heading's words ("7. Preventative
/// Measures", in a document laid out as one numbered list): it heads the
/// items nested under it, as a heading would.
fn item_heading(text: &str) -> bool {
    // Only the words that name work to do outright: "Improvements seen
    // after the fix" and "Affected tasks" head no work.
    static WORK: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(
            r"(?i)^\W*((tracking\s+of\s+)?(corrective|preventi?ve|preventative)(\s+and\s+(corrective|preventi?ve|preventative))?\s+(measures|actions)|action\s*items|follow[\s-]?ups|next\s+steps|remediation(\s+(items|steps|plan))?|prevention|improvements)\W*$",
        )
        .unwrap()
    });
    let t = text.trim().trim_end_matches(':').trim();
    t.len() <= 60 && WORK.is_match(t)
}

pub fn extract(doc: &Document, ex: &mut Extraction) {
    let mut count = 0i64;
    let mut first: Option<usize> = None;
    // A list item that is only a label announcing work ("- **Review
    // actions**:") heads the items nested under it, as a heading would.
    let mut under_label: Option<u8> = None;
    for it in &doc.items {
        let l = &doc.lines[it.line];
        if under_label.is_some_and(|d| it.depth <= d) {
            under_label = None;
        }
        let in_section = doc.sections[l.section].roles.has(Roles::ACTIONS);
        if in_section || under_label.is_some() {
            count += 1;
            first.get_or_insert(it.line);
        } else if l.label.has(Roles::ACTIONS)
            && l.label_len > 0
            && l.text[l.label_len..].trim_matches([':', ' ']).is_empty()
            || it.depth == 1 && doc.sections[l.section].roles.is_empty() && item_heading(&l.text)
        {
            under_label = Some(it.depth);
        }
    }
    for (i, l) in doc.lines.iter().enumerate() {
        if (l.kind == Kind::Code && !indented_code(l))
            || !doc.sections[l.section].roles.has(Roles::ACTIONS)
        {
            continue;
        }
        let n = LI.find_iter(&l.raw).count() as i64
            + i64::from((l.kind == Kind::Text || indented_code(l)) && sloppy_item(&l.raw));
        if n > 0 {
            count += n;
            first.get_or_insert(i);
        }
    }
    ex.incident.action_items = count;
    let prov = first.map(|i| {
        let s = &doc.sections[doc.lines[i].section];
        let at = s.line.unwrap_or(i);
        Provenance::line(&doc.lines[at])
    });
    ex.decide(
        "action_items",
        prov.or(Some(Provenance::derived())),
        if count > 0 {
            "list-items-under-action-headings"
        } else {
            "no-action-list"
        },
        0.8,
        vec![],
    );
}

#[cfg(test)]
mod tests {
    use crate::corpus::document::parse;
    use crate::extract::extract;

    fn n(t: &str) -> i64 {
        extract(&parse(t), "t.md").incident.action_items
    }

    #[test]
    fn a_wrapped_sentence_ending_in_a_colon_heads_no_section() {
        // "... improve response times:" ends a sentence begun on the line
        // above; the items below are still the measures'.
        let t = "# X\n\n### Corrective and preventive measures\nThe following are actions we are taking to help prevent\nrecurrence and improve response times:\n- Enable faster monitoring.\n- Change the rollback process.\n- Disable the release mechanism.\n";
        assert_eq!(n(t), 3);
        // A label on a line of its own after a finished sentence still
        // heads its list.
        let t = "# X\n\n## Summary\nThe site was down for an hour.\nAction items:\n- Add an alert.\n- Rotate the keys.\n";
        assert_eq!(n(t), 2);
    }

    #[test]
    fn counts_all_depths_under_action_headings_only() {
        assert_eq!(
            n(
                "# X\n## Resolution\n- restarted\n## Corrective and Preventative Measures\n- a\n  - a1\n  - a2\n1. b\n- [ ] c\n## Lessons Learned\n- not counted\n"
            ),
            5
        );
    }

    #[test]
    fn a_heading_about_improving_something_announces_work_to_do() {
        assert_eq!(
            n(
                "# X\n## Improving Recovery Procedures\n- test restores weekly\n- alert on empty backups\n## Impact\n- not counted\n"
            ),
            2
        );
    }

    #[test]
    fn bold_pseudo_headings_and_html_items() {
        assert_eq!(
            n("# X\n\n**Action Items:**\n\n- one\n- two\n\n**Root cause:**\n\n- not one\n"),
            2
        );
        assert_eq!(
            n("# X\n## Next steps\n<ul><li>one</li><li>two</li></ul>\n"),
            2
        );
    }

    #[test]
    fn plain_lines_and_indented_text_do_not_count() {
        assert_eq!(
            n(
                "Postmortem\n\nCorrective and Preventative Measures:\n\n    Add monitoring.\n    Add tests.\n"
            ),
            0
        );
        assert_eq!(
            n("# X\n## Tasks\n| task | owner |\n|---|---|\n| a | b |\n"),
            0
        );
    }

    #[test]
    fn lists_the_parser_misses_but_the_author_meant() {
        // No space after the dash; "1," numbering indented into a code block.
        assert_eq!(
            n(
                "# X\nCorrective and Preventative Measures:\n\n-Add query reviews.\n-Add load tests.\n"
            ),
            2
        );
        assert_eq!(
            n(
                "# X\n## Action items\n\n        1, Add a config linter.\n        2, Add a rollback script.\n"
            ),
            2
        );
        // "1- Update ...", numbered with a dash; a plain line of figures
        // in the same section is no item.
        assert_eq!(
            n(
                "# X\n## Corrective and Preventative Measures:\n\n1- Update the runbook.\n\n2- Review the server settings.\n\n10-15 minutes of downtime were expected.\n\n2-factor login is now required.\n"
            ),
            2
        );
    }

    #[test]
    fn items_nested_under_a_list_label_announcing_work_count() {
        assert_eq!(
            n(
                "# Incident\n\n- **Resolution**:\n  - the pods were rescheduled\n- **Review actions**:\n  - write a runbook\n  - alert on node imbalance\n    - and on pending pods\n- **Contact**: the platform team\n"
            ),
            3
        );
    }

    #[test]
    fn a_subheading_naming_problems_under_future_work_lists_no_work() {
        let t = "# X\n\n## Future Work\n### Identified Problems:\n\n- No fallback router.\n- Access relies on the VPN.\n\n### Improvement Plan:\n\n- Add a jump host.\n- Add a second router.\n";
        assert_eq!(n(t), 2);
    }

    #[test]
    fn a_numbered_item_that_is_a_heading_heads_its_nested_items() {
        let t = "# X\n\n1. Incident Date\n   - January 15, 2020\n2. Preventative Measures\n   - Add CI checks.\n   - Add a test environment.\n3. Tracking of Preventative Measures\n   - Analyse configuration drift.\n4. Additional Issues Found\n   - A redirect loop.\n";
        assert_eq!(n(t), 3);
        // An item that is a sentence about measures heads nothing.
        let t = "# X\n\n- We will add preventative measures, soon.\n   - not counted\n";
        assert_eq!(n(t), 0);
    }

    #[test]
    fn reviewed_item_and_subheading_rules_hold_their_limits() {
        // "Affected tasks" under Impact heads no work.
        assert_eq!(
            n(
                "# Scheduler outage\n\n## Impact\n\n- Affected tasks\n  - invoice export\n  - email digests\n  - search reindex\n\n## Action items\n\n- Add a watchdog for the scheduler\n"
            ),
            1
        );
        // Open issues under Follow-ups are still work to do.
        assert_eq!(
            n(
                "# CI outage\n\n## Follow-ups\n\n### Open issues\n\n- [ ] INFRA-101 add disk alerts on runners\n- [ ] INFRA-102 rotate runner logs daily\n\n### Done\n\n- [x] INFRA-99 cleaned the runners\n"
            ),
            3
        );
    }

    #[test]
    fn second_review_problem_subheadings_and_numbered_improvements() {
        assert_eq!(
            n(
                "# VPN outage\n\nOn 2024-08-12 the VPN was down from 09:00 to 10:00 UTC.\n\n## Action items\n\n### Problems found during the incident\n\n- No fallback router.\n- Access relies on the VPN.\n\n### Fixes\n\n- Add a jump host.\n- Add a second router.\n- Document the failover.\n"
            ),
            3
        );
        assert_eq!(
            n(
                "# Mail outage\n\nOn 2024-08-14 mail was down from 11:00 to 11:40 UTC.\n\n## Improvements\n\n### Issues identified\n\n- Alerts went to a muted channel.\n\n### Planned work\n\n- Route mail alerts to the pager.\n- Add a mail-flow synthetic check.\n"
            ),
            2
        );
        assert_eq!(
            n(
                "# Queue backlog\n\n1. Summary\n   - On 2024-02-20 the order queue stalled from 13:00 to 14:30 UTC.\n2. Improvements\n   - Assign an owner to the queue.\n   - Add a queue-depth alert.\n"
            ),
            2
        );
    }
}
