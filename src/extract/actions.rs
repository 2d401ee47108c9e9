//! Action items: list items (all depths; `-`, `*`, `+`, numbered, task boxes,
//! HTML `<li>`) under headings that announce work to do. Plain lines and
//! table rows do not count.

use std::sync::LazyLock;

use regex::Regex;

use super::{Extraction, Provenance};
use crate::corpus::document::{Document, Kind, Roles};

static LI: LazyLock<Regex> = LazyLock::new(|| crate::extract::rx::new(r"(?i)<li[\s>]").unwrap());

pub fn extract(doc: &Document, ex: &mut Extraction) {
    let mut count = 0i64;
    let mut first: Option<usize> = None;
    for it in &doc.items {
        let l = &doc.lines[it.line];
        if doc.sections[l.section].roles.has(Roles::ACTIONS) {
            count += 1;
            first.get_or_insert(it.line);
        }
    }
    for (i, l) in doc.lines.iter().enumerate() {
        if l.kind == Kind::Code || !doc.sections[l.section].roles.has(Roles::ACTIONS) {
            continue;
        }
        let n = LI.find_iter(&l.raw).count() as i64;
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
    fn counts_all_depths_under_action_headings_only() {
        assert_eq!(
            n(
                "# X\n## Resolution\n- restarted\n## Corrective and Preventative Measures\n- a\n  - a1\n  - a2\n1. b\n- [ ] c\n## Lessons Learned\n- not counted\n"
            ),
            5
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
}
