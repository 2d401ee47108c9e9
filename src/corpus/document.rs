//! One postmortem as a sequence of classified lines grouped into sections.
//!
//! pulldown-cmark gives the block structure (headings, list items and their
//! depth, table rows, fenced code); each source line is then cleaned of inline
//! markup so the extractors can match plain words. Sections come from real
//! headings and from the pseudo-headings people write instead (`**Timeline:**`,
//! `Timeline:`, `TIMELINE`, `<h2>`), and carry *roles* (summary, timeline, root
//! cause, ...) that the extractors use to weigh evidence.

use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::frontmatter::{self, FrontMatter};

bitflags::bitflags! {
    /// What a section is about, from its heading. A heading may have several
    /// roles ("Root Cause and Resolution").
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
    pub struct Roles: u16 {
        const SUMMARY = 1;
        const IMPACT = 1 << 1;
        const TIMELINE = 1 << 2;
        const ROOT_CAUSE = 1 << 3;
        const RESOLUTION = 1 << 4;
        const ACTIONS = 1 << 5;
        const LESSONS = 1 << 6;
        const DETECTION = 1 << 7;
        const SIGNOFF = 1 << 8;
        /// How the system works ("Background", "Context", "System
        /// overview"): what it says is not what broke.
        const BACKGROUND = 1 << 9;
    }
}

impl Roles {
    /// Whether any of `r`'s roles is among these (false for an empty `r`).
    pub fn has(self, r: Roles) -> bool {
        self.intersects(r)
    }
    /// Names, for `explain` and debugging.
    pub fn names(self) -> Vec<&'static str> {
        [
            (Self::SUMMARY, "summary"),
            (Self::IMPACT, "impact"),
            (Self::TIMELINE, "timeline"),
            (Self::ROOT_CAUSE, "root-cause"),
            (Self::RESOLUTION, "resolution"),
            (Self::ACTIONS, "actions"),
            (Self::LESSONS, "lessons"),
            (Self::DETECTION, "detection"),
            (Self::SIGNOFF, "sign-off"),
            (Self::BACKGROUND, "background"),
        ]
        .into_iter()
        .filter(|(r, _)| self.has(*r))
        .map(|(_, n)| n)
        .collect()
    }
}

/// Roles named by a heading's words.
pub fn roles_of_heading(text: &str) -> Roles {
    static RULES: LazyLock<Vec<(Regex, Roles)>> = LazyLock::new(|| {
        [
            (
                r"\b(corrective|preventi?ve|preventative|prevention|action\s*items?|work\s+items?|actions?\s+taken\s+to\s+prevent|follow[\s-]?ups?|next\s+steps|remediations?|improvements?|tasks?|to-?dos?|what\s+we\s+are\s+doing|what\s+we'?re\s+doing|what\s+we('re|\s+are|\s+will|'ll|\s+plan\s+to|\s+intend\s+to)\s+(changing|change|improving|improve|fixing|fix|do)\b|what\s+(could|can|should|will)\s+be\s+done|(avoid|prevent)(ing)?\s+(this|it|that|these|recurrence|a\s+recurrence|similar\s+\w+|in\s+(the\s+)?future)\b|(never|not|won't|wont|doesn't|don't)\s+happens?\s+again|looking\s+forward|going\s+forward|future\s+works?|recommendations?|(resulting|review|remedial|agreed|post[\s-]?incident)\s+actions?)\b|^\W*actions?(\s+(to\s+take|needed|required|planned|list))?\W*$|^\W*(improving|hardening|strengthening)\s+(our\s+|the\s+)?\w+",
                Roles::ACTIONS,
            ),
            (
                r"\b(timeline|chronology|time\s+line|sequence\s+of\s+events|incident\s+log|events?\s+log|updates)\b",
                Roles::TIMELINE,
            ),
            (
                r"\b(summary|overview|description|what\s+happened|synopsis|background|incident\s+report|issue|details|introduction)\b",
                Roles::SUMMARY,
            ),
            (
                r"\b(background|context)\b|^\W*(system|service|platform|architecture)\s+(overview|architecture|design|description)\W*$|^\W*architecture\W*$|^\W*how\s+(\w+\s+){1,3}works?\W*$",
                Roles::BACKGROUND,
            ),
            (r"\bimpact", Roles::IMPACT),
            (
                r"\b(root\s*causes?|route\s+causes?|causes?|what\s+went\s+wrong|technical\s+cause|analysis|why\s+it\s+happened|contributing\s+factors|why\s+(it|this|did|the\s+\w+)\s+(broke|failed|happen(ed)?|go\s+down|went\s+down)|what\s+broke|what\s+caused|reasons?\s+for\s+(the|this)|technical\s+(details|explanation|background)|diagnosis|findings|failure\s+mode)\b|^\W*why\W*$",
                Roles::ROOT_CAUSE,
            ),
            (
                r"\b(resolutions?|resolved?|recovery|mitigations?|mitigated|fix|fixes|repairs?|response|what\s+we\s+did|how\s+(we|it\s+was|they|I)\s+(fixed|resolved|solved|restored|recovered|mitigated|got\s+\w+\s+back)|how\s+(service|it|the\s+\w+)\s+(was|came)\s+(restored|back|fixed)|steps\s+taken)\b",
                Roles::RESOLUTION,
            ),
            (
                r"\b(lessons?|learned|learnt|takeaways?|what\s+went\s+well|retrospective|reflections?)\b",
                Roles::LESSONS,
            ),
            (
                r"\b(detection|detected|discovery|how\s+(we|it\s+was|they|I|the\s+\w+\s+was)\s+(found\s+out|noticed|knew|learned|learnt|discovered|detected|spotted|first\s+heard)|first\s+(noticed|detected|spotted))\b",
                Roles::DETECTION,
            ),
            (
                r"\b(sign[\s-]?off|approv(al|ed)|prepared\s+by|reviewed\s+by|appendix|references?|contact|glossary|definitions|terminology|acknowledge?ments?|credits)\b",
                Roles::SIGNOFF,
            ),
        ]
        .into_iter()
        .map(|(p, r)| (crate::text::rx::new(&format!("(?i){p}")).unwrap(), r))
        .collect()
    });
    // One scan for all role patterns (this runs on every `Label:` too).
    static SET: LazyLock<regex::RegexSet> =
        LazyLock::new(|| crate::text::rx::set(RULES.iter().map(|(re, _)| re.as_str())).unwrap());
    let mut roles = Roles::empty();
    for i in SET.matches(text).iter() {
        roles = roles.union(RULES[i].1);
    }
    // "Quicker detection", "Improving detection" is a lesson about how it
    // should have been noticed, not how it was.
    if roles.has(Roles::DETECTION) {
        static BETTER: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(
                r"(?i)\b(quicker|faster|better|earlier|improv\w*|enhanc\w*|gaps?)\b",
            )
            .unwrap()
        });
        if BETTER.is_match(text) {
            roles.remove(Roles::DETECTION);
            roles = roles.union(Roles::LESSONS);
        }
    }
    // "Follow-up (posted Apr 3, 2023)", "Follow-up report": a later post
    // that tells the incident, not a list of work to do.
    if roles.has(Roles::ACTIONS) {
        static POST: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)\b(posted|published)\b|\bfollow[\s-]?up\s+(report|post|analysis|write-?up|summary|update)\b|\bfollow[\s-]?up\s*[-\x{2013}\x{2014}:,(]\s*((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)\w*,?\s+)?(\d{1,4}\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d)").unwrap()
        });
        if POST.is_match(text) {
            roles.remove(Roles::ACTIONS);
            roles = roles.union(Roles::SUMMARY);
        }
    }
    // "Improvements/Fixes", "Long-term fixes" are work to do, not what
    // restored service.
    if roles.has(Roles::ACTIONS) {
        static FIX_ONLY: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)\b(resolution|resolved?|recovery|mitigation)\b|\bremediation\s+(and|&)\s|\s(and|&)\s+remediation\b").unwrap()
        });
        if !FIX_ONLY.is_match(text) {
            roles.remove(Roles::RESOLUTION);
        } else {
            roles = roles.union(Roles::RESOLUTION);
        }
        // "Root cause and remediation" tells what broke and what fixed it.
        static CAUSE_AND_FIX: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)\b(causes?|analysis)\s+(and|&)\s+remediation\b").unwrap()
        });
        // "Tasks performed", "Steps taken": what was done during the
        // incident (the response), not work announced.
        static DONE: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::rx::new(r"(?i)\b(tasks?|actions?|steps?)\s+(performed|done|completed|carried\s+out|executed|taken)\b").unwrap()
        });
        if CAUSE_AND_FIX.is_match(text) {
            roles.remove(Roles::ACTIONS);
        } else if DONE.is_match(text) && !text.to_ascii_lowercase().contains("prevent") {
            roles.remove(Roles::ACTIONS);
            roles = roles.union(Roles::RESOLUTION);
        }
        // "Issue summary" and friends never announce work; "Tasks" inside a
        // summary heading is rare, so actions win over summary.
        roles.remove(Roles::SUMMARY);
    }
    roles
}

/// How a line sits in the Markdown structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Blank,
    Heading(u8),
    /// A line that reads as a heading though it is not Markdown one
    /// (`**Timeline:**`, `Timeline:`, `TIMELINE`).
    PseudoHeading,
    /// The first line of a list item, with its nesting depth (1 = top).
    Item(u8),
    /// A continuation line of a list item.
    ItemCont,
    TableRow,
    Code,
    Html,
    Text,
}

#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in the file (front matter counted).
    pub no: usize,
    pub raw: String,
    /// The line without Markdown/HTML markup, list markers or heading marks.
    pub text: String,
    pub kind: Kind,
    /// Index into [`Document::sections`].
    pub section: usize,
    /// Roles of a `Label: value` prefix on this line ("Root Cause: ...").
    pub label: Roles,
    /// Byte length of the label prefix in `text` (0 when none).
    pub label_len: usize,
}

impl Line {
    /// Roles that apply to this line: its label's, else its section's.
    pub fn roles(&self, doc: &Document) -> Roles {
        if !self.label.is_empty() {
            self.label
        } else {
            doc.sections[self.section].roles
        }
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    /// Index of the heading line in [`Document::lines`] (None for preamble).
    pub line: Option<usize>,
    /// 1..=6 for Markdown headings, 7 for pseudo-headings, 0 for preamble.
    pub level: u8,
    pub roles: Roles,
}

/// A list item (for counting action items).
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub line: usize,
    pub depth: u8,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub front: FrontMatter,
    pub lines: Vec<Line>,
    pub sections: Vec<Section>,
    pub items: Vec<Item>,
    /// The whole body text (for the full-text index).
    pub body: String,
}

impl Document {
    pub fn section_of(&self, line: usize) -> &Section {
        &self.sections[self.lines[line].section]
    }

    /// The line before line `li` when both are lines of one hard-wrapped
    /// paragraph or list item (no blank line or heading between).
    pub fn wrapped_line_before(&self, li: usize) -> Option<&Line> {
        let (l, p) = (&self.lines[li], self.lines.get(li.checked_sub(1)?)?);
        let same = match l.kind {
            Kind::Text => p.kind == Kind::Text,
            Kind::ItemCont => matches!(p.kind, Kind::Item(_) | Kind::ItemCont),
            _ => false,
        };
        (same && !p.text.trim().is_empty() && p.section == l.section).then_some(p)
    }

    /// Runs of consecutive lines: each opens at a line `opens` accepts and
    /// goes on while `continues` accepts the next (a table, a code block).
    pub fn runs(
        &self,
        opens: impl Fn(&Line) -> bool,
        continues: impl Fn(&Line) -> bool,
    ) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.lines.len() {
            if !opens(&self.lines[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < self.lines.len() && continues(&self.lines[j]) {
                j += 1;
            }
            out.push(i..j);
            i = j;
        }
        out
    }

    /// A line of a Markdown table: a row, or the separator row
    /// ("|---|:--:|": only dashes, colons, pipes and spaces).
    pub fn is_table_line(l: &Line) -> bool {
        l.kind == Kind::TableRow || Self::is_separator(l)
    }

    fn is_separator(l: &Line) -> bool {
        let r = l.raw.trim();
        r.contains('-') && r.chars().all(|c| matches!(c, '-' | ':' | ' ' | '|' | '\t'))
    }

    /// The header cell above byte `pos` of table row `line`, in the table
    /// whose first line is `first` (the caller tracks it while walking the
    /// lines, so a long table is not walked back once per row): the cell
    /// in the same column of the first row, when that row is a header (a
    /// separator row follows it) and `line` is below the separator.
    /// "| Impacted | Service Outage |" over "| All | 3h 45m |" gives
    /// "Service Outage" for the duration.
    pub fn column_header(&self, first: usize, line: usize, pos: usize) -> Option<&str> {
        let l = self.lines.get(line)?;
        // The header, then the separator, then rows.
        if l.kind != Kind::TableRow
            || line < first + 2
            || !Self::is_separator(&self.lines[first + 1])
            || Self::is_separator(&self.lines[first])
        {
            return None;
        }
        let lead = usize::from(l.text.trim_start().starts_with('|'));
        let col = l.text.get(..pos)?.matches('|').count().saturating_sub(lead);
        let header = &self.lines[first].text;
        let head = header.trim_start();
        let head = head.strip_prefix('|').unwrap_or(head);
        head.split('|')
            .nth(col)
            .map(str::trim)
            .filter(|h| !h.is_empty())
    }

    /// The first cell of table row `l` when byte `pos` lies in a later
    /// cell: the key of a key-value row ("| Customer impact | 78 minutes
    /// |" gives "Customer impact" for the duration).
    pub fn row_key(l: &Line, pos: usize) -> Option<&str> {
        if !Self::is_table_line(l) {
            return None;
        }
        let t = l.text.trim_start();
        let lead = l.text.len() - t.len() + usize::from(t.starts_with('|'));
        let body = &l.text[lead..];
        let key_len = body.find('|')?;
        (lead + key_len <= pos).then(|| &body[..key_len])
    }

    /// Plain text of the lines whose roles include `role`.
    pub fn text_with_role(&self, role: Roles) -> String {
        let mut s = String::new();
        for l in &self.lines {
            if l.kind != Kind::Code && l.roles(self).has(role) && !l.text.is_empty() {
                s.push_str(&l.text);
                s.push('\n');
            }
        }
        s
    }
}

/// Formatting tags people wrap text in; other `<...>` text is kept literally
/// (a heading that says `<script>` means the word, and reports escape it).
static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"(?i)</?(?:span|b|i|em|strong|a|font|u|s|sub|sup|br|hr|h[1-6]|p|div|img|code|pre|mark|small|big|center|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|details|summary|section|article|header|footer)\b[^>]*>|<!--.*?-->").unwrap()
});
/// Tags set inside a word ("18<sup>th</sup>", "H<sub>2</sub>O"): removed
/// without a space, so the word stays whole.
static IN_WORD_TAG: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"(?i)</?(?:sup|sub)\b[^>]*>").unwrap());
static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"&(?:[a-zA-Z]{2,8}|#\d{1,5}|#x[0-9a-fA-F]{1,4});").unwrap()
});
static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"!\[[^\]]*\]\([^)]*\)").unwrap());
static LINK: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"\[([^\]]*)\]\([^)]*\)").unwrap());
static LIST_MARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::rx::new(r"^\s*(?:>\s*)*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?").unwrap()
});
static HEADING_MARK: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"^\s{0,3}#{1,6}\s*|\s+#+\s*$").unwrap());
static EMPH: LazyLock<Regex> = LazyLock::new(|| crate::text::rx::new(r"\*\*|__|\*|`|~~").unwrap());
/// An underscore opening emphasis: at the start or after a space or bracket.
static U_OPEN: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"(?P<a>^|[\s(\[])_(?P<b>[^\s_])").unwrap());
/// An underscore closing emphasis: before the end, a space or punctuation.
static U_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"(?P<a>[^\s_])_(?P<b>[\s)\].,:;!?]|$)").unwrap());
static HTML_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r"(?i)<h([1-6])[^>]*>(.*?)</h[1-6]>").unwrap());
static EMOJI_CODE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::rx::new(r":[a-z][a-z0-9_+-]{1,30}:").unwrap());

/// Remove inline markup from one source line.
pub fn clean(raw: &str) -> String {
    clean_with(raw, false)
}

/// As `clean`, keeping emoji short codes (`:clipboard:`), which belong to a
/// title as its author wrote it.
pub fn clean_keep_emoji(raw: &str) -> String {
    clean_with(raw, true)
}

fn clean_with(raw: &str, keep_emoji: bool) -> String {
    // Each pass runs only on lines that hold its trigger character: most
    // lines are plain prose and skip them all.
    use std::borrow::Cow;
    let has = |c: char| raw.contains(c);
    let mut s: Cow<str> = Cow::Borrowed(raw);
    // Typographic ligatures from PDF and web copy ("conﬁguration") are
    // their letters.
    if !raw.is_ascii() && raw.contains(['\u{FB00}', '\u{FB01}', '\u{FB02}', '\u{FB03}', '\u{FB04}'])
    {
        s = Cow::Owned(
            raw.replace('\u{FB00}', "ff")
                .replace('\u{FB01}', "fi")
                .replace('\u{FB02}', "fl")
                .replace('\u{FB03}', "ffi")
                .replace('\u{FB04}', "ffl"),
        );
    }
    if has('[') {
        if has('!') {
            s = Cow::Owned(IMAGE.replace_all(&s, "").into_owned());
        }
        s = Cow::Owned(LINK.replace_all(&s, "$1").into_owned());
    }
    if has('&') {
        let t = s
            .replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#39;", "'")
            .replace("&quot;", "\"");
        s = Cow::Owned(ENTITY.replace_all(&t, " ").into_owned());
    }
    if s.contains('<') {
        s = Cow::Owned(IN_WORD_TAG.replace_all(&s, "").into_owned());
        s = Cow::Owned(HTML_TAG.replace_all(&s, " ").into_owned());
    }
    let s = if s.contains('#') && HEADING_MARK.is_match(&s) {
        HEADING_MARK.replace_all(&s, "")
    } else if may_be_list_item(&s) {
        LIST_MARK.replace(&s, "")
    } else {
        s
    };
    let s = if s.bytes().any(|b| matches!(b, b'*' | b'_' | b'`' | b'~')) {
        let s = EMPH.replace_all(&s, "");
        // Emphasis with single underscores ("**_7:45:_**"), not the
        // underscores inside a name (`max_wal_size`).
        // (Names with underscores are common: most such lines match
        // neither pattern and are not copied.)
        if s.contains('_') && (U_OPEN.is_match(&s) || U_CLOSE.is_match(&s)) {
            let s = U_OPEN.replace_all(&s, "$a$b");
            Cow::Owned(U_CLOSE.replace_all(&s, "$a$b").into_owned())
        } else {
            s
        }
    } else {
        s
    };
    let s = if keep_emoji || !s.contains(':') {
        s
    } else {
        EMOJI_CODE.replace_all(&s, " ")
    };
    let s = if s.contains('|') {
        Cow::Owned(s.replace('|', " | "))
    } else {
        s
    };
    let s = squeeze_spaces(&s);
    s.trim().trim_matches('|').trim().to_string()
}

/// Whether a line may open with a list marker (`-`, `*`, `+`, `•`, `1.`,
/// `1)`, after `>` quotes): the cheap test before the regex.
fn may_be_list_item(s: &str) -> bool {
    s.trim_start_matches([' ', '\t', '\r', '\x0B', '\x0C', '>'])
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '-' | '*' | '+' | '•') || c.is_ascii_digit())
}

/// Runs of spaces, tabs and no-break spaces become one space (what the
/// `[ \t\u{a0}]+` regex did, without a regex match per word gap).
fn squeeze_spaces(s: &str) -> std::borrow::Cow<'_, str> {
    let blank = |c: char| c == ' ' || c == '\t' || c == '\u{a0}';
    // Substring searches (memchr) rather than a loop over chars.
    let needs = s.contains("  ") || s.contains('\t') || s.contains('\u{a0}');
    if !needs {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut prev_blank = false;
    for c in s.chars() {
        if blank(c) {
            if !prev_blank {
                out.push(' ');
            }
            prev_blank = true;
        } else {
            out.push(c);
            prev_blank = false;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A `Label: value` prefix: up to five words before a colon.
fn label_of(text: &str) -> (Roles, usize) {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        // (An emoji or a symbol may lead: "🕰️ Duration of Outage: ...".)
        crate::text::rx::new(r"^(?:[^\w\s]{1,4}\s*)?([A-Za-z][A-Za-z /&'()-]{1,48}?)\s*[:：]\s*")
            .unwrap()
    });
    if let Some(c) = LABEL.captures(text) {
        let label = &c[1];
        if label.split_whitespace().count() <= 5 {
            return (roles_of_heading(label), c.get(0).unwrap().end());
        }
    }
    (Roles::empty(), 0)
}

/// Byte offsets in a text line where a further `Label:` part begins: a
/// phrase of one to five words naming a section role, capitalised, followed
/// by a colon, after the end of a sentence or a one- or two-word value
/// ("Workaround: None Root cause: ..."). The line's first label (of
/// `first_len` bytes, from `label_of`) is not a cut.
fn inline_labels(text: &str, first_len: usize) -> Vec<usize> {
    static INLINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::rx::new(r"(?:[.!?)]\s+|\s)([A-Z][A-Za-z/&'-]*(?:\s+[A-Za-z/&'-]+){0,4})\s*:\s")
            .unwrap()
    });
    if text.len() < 40 || !text.contains(':') {
        return Vec::new();
    }
    let mut cuts: Vec<usize> = Vec::new();
    let mut last = first_len;
    for c in INLINE.captures_iter(text) {
        let m = c.get(1).unwrap();
        if m.start() <= last {
            continue;
        }
        let before = text[..m.start()].trim_end();
        let sentence_end = before.ends_with(['.', '!', '?', ')']);
        // The shortest capitalised tail of the phrase that names a role
        // ("None Root cause": "Root cause").
        let tail = m
            .as_str()
            .split_whitespace()
            .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)
            .rev()
            .find(|&at| {
                text[at..].starts_with(|ch: char| ch.is_ascii_uppercase())
                    && !roles_of_heading(&text[at..m.end()]).is_empty()
            });
        match tail {
            Some(at) => {
                let value_words = text[last..at].split_whitespace().count();
                // A short value counts only after an earlier label
                // ("Workaround: None"), not after a time ("14:00 - Issue
                // detected: ...").
                let after_label = last > 0;
                if (at == m.start() && sentence_end) || (after_label && value_words <= 2) {
                    cuts.push(at);
                    last = c.get(0).unwrap().end();
                }
            }
            // A label of one or two words with no role ("Workaround:")
            // after a sentence ends the part before it.
            None if sentence_end && m.as_str().split_whitespace().count() <= 2 => {
                cuts.push(m.start());
                last = c.get(0).unwrap().end();
            }
            None => {}
        }
    }
    cuts
}

/// Whether a text line reads as a heading though it is not Markdown one.
fn pseudo_heading(raw: &str, text: &str) -> bool {
    if text.is_empty() || text.len() > 70 {
        return false;
    }
    let words = text.split_whitespace().count();
    if words > 8 {
        return false;
    }
    let r = raw.trim();
    let bold_whole = (r.starts_with("**") || r.starts_with("__"))
        && (r.ends_with("**") || r.ends_with("__") || r.ends_with("**:") || r.ends_with(':'))
        && r.trim_end_matches(':').len() > 4
        && !r
            .get(2..r.len().saturating_sub(2))
            .is_some_and(|m| m.contains("**"));
    let colon_end = text.ends_with(':') || text.ends_with('：');
    let roles = roles_of_heading(text);
    let starts_with_role = {
        let head: String = text
            .chars()
            .take_while(|c| c.is_alphabetic() || matches!(*c, ' ' | '-' | '/' | '&'))
            .collect();
        !roles_of_heading(&head).is_empty() && words <= 6
    };
    let sentence = text.ends_with('.') || text.ends_with('!') || text.ends_with('?');
    if sentence {
        return false;
    }
    // A line that is only a time ("**10:30 AM**") is a timeline entry, not
    // a heading.
    if crate::text::grammar::find_times(text)
        .iter()
        .any(|t| t.start < 3)
    {
        return false;
    }
    // "After remediation, the following signals were observed:" opens a
    // list inside its section; it names none.
    let intro = words > 4 && {
        let t = text.to_ascii_lowercase();
        t.contains(", ") || t.contains("the following")
    };
    bold_whole && (colon_end || !roles.is_empty())
        || colon_end && (!roles.is_empty() && !intro || words <= 4)
        || starts_with_role && !text.contains(':') && words <= 5
}

/// Parse one postmortem's text.
pub fn parse(text: &str) -> Document {
    let (front, body_start) = frontmatter::split(text);
    let body = &text[body_start..];
    let first_line_no = front.lines + 1;

    let starts = line_starts(body);
    let (kinds, items) = block_kinds(body, &starts);
    let mut lines = classify_lines(body, &starts, &kinds, first_line_no);
    carry_action_labels(&mut lines);
    carry_item_labels(&mut lines);
    let sections = assign_sections(&mut lines);

    Document {
        front,
        lines,
        sections,
        items,
        body: body.to_string(),
    }
}

/// Byte offsets in `body` where each line starts (a final newline opens no
/// line of its own).
fn line_starts(body: &str) -> Vec<usize> {
    let mut starts = vec![0usize];
    for (i, b) in body.bytes().enumerate() {
        if b == b'\n' {
            starts.push(i + 1);
        }
    }
    if starts.last() == Some(&body.len()) && !body.is_empty() {
        starts.pop();
    }
    starts
}

/// Precedence of block kinds when several Markdown blocks cover one line:
/// the higher one wins.
fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::Blank => 0,
        Kind::Text => 1,
        Kind::ItemCont => 2,
        Kind::Html => 3,
        Kind::Code => 4,
        Kind::TableRow => 5,
        Kind::Item(_) => 6,
        Kind::Heading(_) => 7,
        Kind::PseudoHeading => 7,
    }
}

/// The block kind of each line (from pulldown-cmark's events and their
/// source ranges), and the list items with their nesting depth.
fn block_kinds(body: &str, starts: &[usize]) -> (Vec<Kind>, Vec<Item>) {
    let line_of = |off: usize| match starts.binary_search(&off) {
        Ok(i) => i,
        Err(i) => i.saturating_sub(1),
    };
    let mut kinds = vec![Kind::Blank; starts.len()];
    let mut items = Vec::new();
    let set = |kinds: &mut Vec<Kind>, i: usize, k: Kind| {
        if i < kinds.len() && kind_rank(k) > kind_rank(kinds[i]) {
            kinds[i] = k;
        }
    };

    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    let mut depth: u8 = 0;
    for (ev, range) in Parser::new_ext(body, opts).into_offset_iter() {
        let (a, b) = (
            line_of(range.start),
            line_of(range.end.saturating_sub(1).max(range.start)),
        );
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                for i in a..=b {
                    set(&mut kinds, i, Kind::Heading(level as u8));
                }
            }
            Event::Start(Tag::List(_)) => depth = depth.saturating_add(1),
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::Item) => {
                set(&mut kinds, a, Kind::Item(depth.max(1)));
                items.push(Item {
                    line: a,
                    depth: depth.max(1),
                });
                for i in a + 1..=b {
                    set(&mut kinds, i, Kind::ItemCont);
                }
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                for i in a..=b {
                    set(&mut kinds, i, Kind::TableRow);
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                for i in a..=b {
                    set(&mut kinds, i, Kind::Code);
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                for i in a..=b {
                    set(&mut kinds, i, Kind::Html);
                }
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                for i in a..=b {
                    set(&mut kinds, i, Kind::Text);
                }
            }
            _ => {}
        }
    }
    (kinds, items)
}

/// The lines of the body, cleaned, with their final kinds and `Label:`
/// roles (sections are assigned later); a line that runs several labelled
/// parts together becomes one `Line` per part.
fn classify_lines(body: &str, starts: &[usize], kinds: &[Kind], first_line_no: usize) -> Vec<Line> {
    let mut lines = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(body.len());
        let raw = body[s..e].trim_end_matches(['\n', '\r']).to_string();
        let (mut kind, text) = refine_kind(&raw, kinds[i]);
        // The last line of a hard-wrapped sentence ("... to help prevent\n
        // recurrence and improve response times:", in lower case after a
        // line that does not end a sentence) ends the sentence; it heads
        // nothing.
        if kind == Kind::PseudoHeading
            && i > 0
            && kinds[i - 1] == Kind::Text
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && {
                let prev = body[starts[i - 1]..s].trim_end();
                !prev.is_empty() && !prev.ends_with(['.', '!', '?', ':', '*', '_', '|'])
            }
        {
            kind = Kind::Text;
        }
        if text.len() > MAX_LINE {
            // One piece per `MAX_LINE` bytes or less, each a line of its
            // own (same file line number); a heading's title is its first.
            for (k, piece) in pieces(&text, MAX_LINE).into_iter().enumerate() {
                let kind = match kind {
                    Kind::Heading(_) | Kind::PseudoHeading if k > 0 => Kind::Text,
                    kind => kind,
                };
                let raw = if k == 0 {
                    raw.clone()
                } else {
                    piece.to_string()
                };
                push_line(&mut lines, first_line_no + i, raw, piece.to_string(), kind);
            }
            continue;
        }
        push_line(&mut lines, first_line_no + i, raw, text, kind);
    }
    lines
}

/// The longest line, in bytes of cleaned text, the extractors are given;
/// a longer one is cut into pieces at sentence ends. Several extractors
/// read the text around each time or figure they find on a line, and a
/// piece bounds that work whatever else they do (a 1 MB postmortem written
/// as one line). The longest line of the development sets is under 4 KB.
pub const MAX_LINE: usize = 8 * 1024;

/// `text` cut into pieces of at most `max` bytes: after the last sentence
/// end (`. `, `! `, `? `, `; `) in the second half of each piece, else at
/// its last space, else at a character boundary.
fn pieces(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > max {
        let mut end = max;
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let window = &rest[..end];
        let half = end / 2;
        let b = window.as_bytes();
        let cut = (half.max(1)..end)
            .rev()
            .find(|&i| b[i] == b' ' && matches!(b[i - 1], b'.' | b'!' | b'?' | b';'))
            .or_else(|| {
                (half.max(1)..end)
                    .rev()
                    .find(|&i| b[i].is_ascii_whitespace())
            })
            .filter(|&c| c > 0)
            .unwrap_or(end);
        let (piece, tail) = rest.split_at(cut);
        let piece = piece.trim();
        if !piece.is_empty() {
            out.push(piece);
        }
        rest = tail.trim_start();
    }
    let rest = rest.trim();
    if !rest.is_empty() || out.is_empty() {
        out.push(rest);
    }
    out
}

/// Push one source line (or one piece of a long one), with its `Label:`
/// roles.
fn push_line(lines: &mut Vec<Line>, no: usize, raw: String, text: String, kind: Kind) {
    let (label, label_len) = if matches!(kind, Kind::Heading(_) | Kind::PseudoHeading) {
        (Roles::empty(), 0)
    } else {
        label_of(&text)
    };
    // A paragraph that runs several labelled parts together ("Summary
    // of impact: ... Root cause: ... Next steps: ...") is one line per
    // part, each with its own label (same file line number).
    let cuts = if kind == Kind::Text {
        inline_labels(&text, label_len)
    } else {
        Vec::new()
    };
    if cuts.is_empty() {
        lines.push(Line {
            no,
            raw,
            text,
            kind,
            section: 0,
            label,
            label_len,
        });
        return;
    }
    let mut bounds = vec![0];
    bounds.extend(cuts.iter().copied());
    bounds.push(text.len());
    for (k, w) in bounds.windows(2).enumerate() {
        let part = text[w[0]..w[1]].trim().to_string();
        let (label, label_len) = label_of(&part);
        lines.push(Line {
            no,
            raw: if k == 0 { raw.clone() } else { part.clone() },
            text: part,
            kind,
            section: 0,
            label,
            label_len,
        });
    }
}

/// One source line's cleaned text and its kind, corrected from the block
/// kind Markdown gave it: text outside any block, `<hN>` headings, table
/// separator rows, and lines that read as headings.
fn refine_kind(raw: &str, block: Kind) -> (Kind, String) {
    let mut kind = block;
    let mut text = clean(raw);
    if kind == Kind::Blank && !text.is_empty() {
        kind = Kind::Text;
    }
    if matches!(kind, Kind::Html | Kind::Text)
        && raw.contains('<')
        && let Some(c) = HTML_HEADING.captures(raw)
    {
        kind = Kind::Heading(c[1].parse().unwrap_or(2));
        text = clean(&c[2]);
    }
    // A table separator row carries no text.
    if kind == Kind::TableRow && text.chars().all(|c| matches!(c, '-' | ':' | ' ' | '|')) {
        text.clear();
    }
    // A heading-like line right under a list ("...last item\nAction
    // items:\n- ...") is a lazy continuation for Markdown, but its author
    // meant a heading: unindented, it counts as one.
    let lazy_heading = kind == Kind::ItemCont
        && !raw.starts_with([' ', '\t'])
        && (text.ends_with(':') || text.ends_with('：'));
    if (kind == Kind::Text || lazy_heading) && pseudo_heading(raw, &text) {
        kind = Kind::PseudoHeading;
    }
    (kind, text)
}

/// The items under a "Next steps:" label line are its work to do: lines
/// without a label of their own take the last action label above them,
/// up to the next heading or label.
fn carry_action_labels(lines: &mut [Line]) {
    let mut carry = Roles::empty();
    for l in lines.iter_mut() {
        match l.kind {
            Kind::Heading(_) | Kind::PseudoHeading => carry = Roles::empty(),
            Kind::Blank => {}
            _ if l.label_len > 0 => {
                carry = if l.label.has(Roles::ACTIONS) {
                    l.label
                } else {
                    Roles::empty()
                };
            }
            _ if l.label.is_empty() && !carry.is_empty() => l.label = carry,
            _ => {}
        }
    }
}

/// A list item that is only a label ("- **Resolution**:") heads the items
/// nested under it, as a heading would: those without a label of their
/// own take its roles, up to the next item at its depth or shallower.
fn carry_item_labels(lines: &mut [Line]) {
    let mut head: Option<(u8, Roles)> = None;
    for l in lines.iter_mut() {
        match l.kind {
            Kind::Blank | Kind::ItemCont => continue,
            Kind::Item(d) => {
                if let Some((hd, roles)) = head
                    && d > hd
                {
                    if l.label.is_empty() {
                        l.label = roles;
                    }
                    continue;
                }
                head = None;
                if l.label_len > 0 && !l.label.is_empty() && l.text[l.label_len..].trim().is_empty()
                {
                    head = Some((d, l.label));
                }
            }
            _ => head = None,
        }
    }
}

/// Sections: headings open them; deeper headings with no roles of their
/// own inherit their parent's (a "Short term" under "Action Items"). Sets
/// each line's `section`.
fn assign_sections(lines: &mut [Line]) -> Vec<Section> {
    let mut sections = vec![Section {
        title: String::new(),
        line: None,
        level: 0,
        roles: Roles::empty(),
    }];
    // Stack of (level, roles) of the enclosing real headings.
    let mut stack: Vec<(u8, Roles)> = Vec::new();
    let mut first_heading_seen = false;
    let mut current = 0usize;
    // Inside a pseudo-heading of work to do ("Corrective and Preventative
    // Measures:"), since the last real heading.
    let mut in_pseudo_actions = false;
    for i in 0..lines.len() {
        match lines[i].kind {
            Kind::Heading(level) => {
                // A setext underline shares the heading's kind: skip it.
                if lines[i].text.is_empty()
                    || (i > 0
                        && lines[i - 1].kind == Kind::Heading(level)
                        && lines[i].text.chars().all(|c| c == '=' || c == '-'))
                {
                    lines[i].section = current;
                    continue;
                }
                while stack.last().is_some_and(|(l, _)| *l >= level) {
                    stack.pop();
                }
                let own = roles_of_heading(&lines[i].text);
                // The document's title heading names the incident, not a
                // section ("Postmortem: Outage timeline of ...").
                let is_title = !first_heading_seen && level == 1;
                first_heading_seen = true;
                let parent = stack.last().map_or(Roles::empty(), |(_, r)| *r);
                // "### Identified Problems" under "## Future Work" lists what
                // is wrong, not the work to do about it.
                static PROBLEMS: LazyLock<Regex> = LazyLock::new(|| {
                    crate::text::rx::new(
                        r"(?i)^\W*((identified|observed)\s+(problems|issues|gaps|weaknesses)|(problems|issues|gaps|weaknesses|shortcomings|pain\s+points)\s+(identified|found|observed)\b[\w\s]{0,40}|problems|gaps|weaknesses|shortcomings|pain\s+points)\W*$",
                    )
                    .unwrap()
                });
                let roles = if is_title || own.is_empty() && PROBLEMS.is_match(&lines[i].text) {
                    Roles::empty()
                } else if own.is_empty() {
                    parent
                } else if own.has(Roles::BACKGROUND) && !parent.is_empty() {
                    // "### How the scheduler works" under "## Root cause"
                    // explains the cause: it keeps its parent's roles.
                    parent.union(Roles::BACKGROUND)
                } else if parent.has(Roles::ACTIONS) && !own.has(Roles::TIMELINE) {
                    // "### Detection" under "## Corrective actions" is work
                    // to do about detection, not how it was detected.
                    own.union(Roles::ACTIONS)
                } else {
                    own
                };
                stack.push((level, roles));
                in_pseudo_actions = false;
                sections.push(Section {
                    title: lines[i].text.clone(),
                    line: Some(i),
                    level,
                    roles,
                });
                current = sections.len() - 1;
            }
            Kind::PseudoHeading => {
                let own = roles_of_heading(&lines[i].text);
                // Pseudo-headings do not nest, but one that names recovery
                // or detection after a list of work to do heads more of that
                // work ("Automated Recovery Procedures:" under "Corrective
                // and Preventative Measures:"), as a real subheading would.
                let work_about = in_pseudo_actions
                    && !own.is_empty()
                    && (Roles::RESOLUTION | Roles::DETECTION).contains(own);
                let roles = if own.is_empty() {
                    stack.last().map_or(Roles::empty(), |(_, r)| *r)
                } else if work_about {
                    own.union(Roles::ACTIONS)
                } else {
                    own
                };
                in_pseudo_actions =
                    roles.has(Roles::ACTIONS) || in_pseudo_actions && own.is_empty();
                sections.push(Section {
                    title: lines[i].text.trim_end_matches([':', '：']).to_string(),
                    line: Some(i),
                    level: 7,
                    roles,
                });
                current = sections.len() - 1;
            }
            _ => {}
        }
        lines[i].section = current;
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_very_long_line_becomes_pieces_cut_at_sentence_ends() {
        let sentence = "At 10:05 UTC the API was down for everyone. ";
        let n = 3 * MAX_LINE / sentence.len();
        let doc = parse(&format!("# Title\n\n{}\n", sentence.repeat(n)));
        let body: Vec<&Line> = doc.lines.iter().filter(|l| l.kind == Kind::Text).collect();
        assert!(body.len() >= 3, "{}", body.len());
        for l in &body {
            assert!(l.text.len() <= MAX_LINE);
            assert_eq!(l.no, 3);
            assert!(
                l.text.starts_with("At 10:05") && l.text.ends_with('.'),
                "{}",
                l.text
            );
        }
        let words: usize = body.iter().map(|l| l.text.split_whitespace().count()).sum();
        assert_eq!(words, n * sentence.split_whitespace().count());
        // No sentence end: cut at a space; no space: at a character boundary.
        let abs = "ab ".repeat(100);
        let p = pieces(&abs, 32);
        assert!(
            p.iter().all(|p| p.len() <= 32 && !p.contains("  ")),
            "{p:?}"
        );
        assert_eq!(p.concat().len() + p.len() - 1, 299);
        let es = "é".repeat(40);
        let p = pieces(&es, 7);
        assert!(p.iter().all(|p| p.len() <= 7));
        assert_eq!(p.concat(), "é".repeat(40));
        // A long heading keeps its first piece as the title.
        let doc = parse(&format!("# {}\n", "word ".repeat(MAX_LINE)));
        assert_eq!(doc.lines[0].kind, Kind::Heading(1));
        assert!(doc.lines[1..].iter().all(|l| l.kind == Kind::Text));
        // Short lines are untouched.
        assert_eq!(pieces("a. b", 8), ["a. b"]);
    }

    #[test]
    fn cleans_inline_markup() {
        assert_eq!(
            clean("On May 4<sup>th</sup>, 2021, at&nbsp;09:10"),
            "On May 4th, 2021, at 09:10"
        );
        assert_eq!(
            clean("- **1:15 PM SAST:** Monitoring [alerts](http://x) `fired`"),
            "1:15 PM SAST: Monitoring alerts fired"
        );
        assert_eq!(
            clean("<span style='x'>Issue</span> Summary"),
            "Issue Summary"
        );
        assert_eq!(clean("## 2. Timeline ##"), "2. Timeline");
        assert_eq!(
            clean("a con\u{FB01}guration \u{FB02}ag"),
            "a configuration flag"
        );
        assert_eq!(clean("- [ ] Add an alert"), "Add an alert");
        assert_eq!(
            clean("**_7:45:_** An engineer noted `max_wal_size` was _too_ low"),
            "7:45: An engineer noted max_wal_size was too low"
        );
    }

    #[test]
    fn the_key_of_a_key_value_row_is_its_first_cell() {
        let doc = parse("| Field | Value |\n|---|---|\n| Customer impact | 78 minutes |\n");
        let l = doc.lines.iter().find(|l| l.text.contains("78")).unwrap();
        let at = l.text.find("78").unwrap();
        assert_eq!(
            Document::row_key(l, at).map(str::trim),
            Some("Customer impact")
        );
        // A position inside the key has no key before it.
        assert_eq!(Document::row_key(l, l.text.find("impact").unwrap()), None);
    }

    #[test]
    fn heading_roles() {
        assert!(roles_of_heading("Corrective and Preventative Measures").has(Roles::ACTIONS));
        let r = roles_of_heading("Root Cause and Resolution");
        assert!(r.has(Roles::ROOT_CAUSE) && r.has(Roles::RESOLUTION));
        assert!(!roles_of_heading("Improvements/Fixes").has(Roles::RESOLUTION));
        assert!(roles_of_heading("Lessons Learned").has(Roles::LESSONS));
        // Sections named in plain words.
        assert!(roles_of_heading("What we did").has(Roles::RESOLUTION));
        assert!(roles_of_heading("How we fixed it").has(Roles::RESOLUTION));
        assert!(roles_of_heading("How we found out").has(Roles::DETECTION));
        assert!(roles_of_heading("Why").has(Roles::ROOT_CAUSE));
        assert!(roles_of_heading("Why it broke").has(Roles::ROOT_CAUSE));
        // How the system works.
        for h in [
            "Background",
            "Some context",
            "System overview",
            "Architecture",
            "How the sync service works",
        ] {
            assert!(roles_of_heading(h).has(Roles::BACKGROUND), "{h}");
        }
        assert!(!roles_of_heading("What happened").has(Roles::BACKGROUND));
        assert!(!roles_of_heading("Why we were slow to respond").has(Roles::ROOT_CAUSE));
        // A later post is no list of work.
        for h in [
            "Follow-up (posted Apr 3, 2023)",
            "Follow-up report",
            "Follow-up \u{2014} May 14, 2024",
        ] {
            assert!(!roles_of_heading(h).has(Roles::ACTIONS), "{h}");
        }
        assert!(roles_of_heading("Follow-ups").has(Roles::ACTIONS));
        for h in [
            "What caused the outage",
            "Technical details",
            "Diagnosis",
            "Findings",
            "Reasons for the disruption",
            "Failure mode",
        ] {
            assert!(roles_of_heading(h).has(Roles::ROOT_CAUSE), "{h}");
        }
        // Work announced in other words than "action items".
        assert!(roles_of_heading("Conclusions - What We Plan to Change").has(Roles::ACTIONS));
        assert!(roles_of_heading("Work Items Discovered").has(Roles::ACTIONS));
        assert!(roles_of_heading("Future work").has(Roles::ACTIONS));
        assert!(roles_of_heading("Future works").has(Roles::ACTIONS));
        assert!(
            roles_of_heading("How to make sure this issue never happens again").has(Roles::ACTIONS)
        );
        assert!(roles_of_heading("Making sure it won't happen again").has(Roles::ACTIONS));
        // Work done during the incident is no work announced.
        assert!(!roles_of_heading("Tasks performed").has(Roles::ACTIONS));
        assert!(roles_of_heading("Actions taken to prevent recurrence").has(Roles::ACTIONS));
        assert!(!roles_of_heading("Mitigation").has(Roles::ACTIONS));
        assert!(
            roles_of_heading("What could be done to avoid this in future?").has(Roles::ACTIONS)
        );
        assert!(roles_of_heading("What we are changing beyond the patch").has(Roles::ACTIONS));
        assert!(roles_of_heading("Resulting Action").has(Roles::ACTIONS));
        assert!(roles_of_heading("Resulting actions").has(Roles::ACTIONS));
        // "Actions" alone announces work; "Actions taken" tells what was done.
        assert!(roles_of_heading("Actions").has(Roles::ACTIONS));
        assert!(roles_of_heading("Actions to take:").has(Roles::ACTIONS));
        assert!(!roles_of_heading("Actions taken").has(Roles::ACTIONS));
        assert!(roles_of_heading("Timeline (all times UTC)").has(Roles::TIMELINE));
        assert!(roles_of_heading("Actionable To-Dos").has(Roles::ACTIONS));
        // A pseudo-heading naming recovery after one of work to do heads
        // more work; after another section it names the recovery.
        let doc = parse(
            "Report\n\nCorrective and Preventative Measures:\n\nAdd reviews.\n\nAutomated Recovery Procedures:\n\nScript the restart.\n\nLessons Learned:\n\nTest first.\n\nRecovery:\n\nWe restarted it.\n",
        );
        let roles_at = |t: &str| doc.lines.iter().find(|l| l.text == t).unwrap().roles(&doc);
        assert!(roles_at("Script the restart.").has(Roles::ACTIONS));
        assert!(!roles_at("We restarted it.").has(Roles::ACTIONS));
        assert!(roles_at("We restarted it.").has(Roles::RESOLUTION));
    }

    #[test]
    fn a_background_sub_heading_keeps_its_parents_roles() {
        let d = parse(
            "# X\n\n## Root cause\n\n### How the scheduler works\n\nIt runs every minute.\n\n## Background\n\nThe site has two servers.\n",
        );
        let roles = |t: &str| {
            let l = d.lines.iter().position(|l| l.text.starts_with(t)).unwrap();
            d.section_of(l).roles
        };
        let r = roles("It runs");
        assert!(r.has(Roles::ROOT_CAUSE) && r.has(Roles::BACKGROUND));
        let r = roles("The site");
        assert!(r.has(Roles::BACKGROUND) && !r.has(Roles::ROOT_CAUSE));
    }

    #[test]
    fn sections_from_headings_and_pseudo_headings() {
        let text = "# Outage\n\n**Issue Summary:**\nThings broke.\n\n## Timeline\n- 10:00 alert\n  - nested\n\nRoot Cause and Resolution:\nA leak.\n\n## Action Items\n### Short term\n1. Fix it\n2. Test it\n";
        let doc = parse(text);
        let roles_at = |needle: &str| {
            let l = doc.lines.iter().find(|l| l.text.contains(needle)).unwrap();
            doc.sections[l.section].roles
        };
        assert!(roles_at("Things broke").has(Roles::SUMMARY));
        assert!(roles_at("10:00 alert").has(Roles::TIMELINE));
        assert!(roles_at("A leak").has(Roles::ROOT_CAUSE));
        // Inherited from the enclosing "Action Items".
        assert!(roles_at("Fix it").has(Roles::ACTIONS));
        let depths: Vec<u8> = doc.items.iter().map(|i| i.depth).collect();
        assert_eq!(depths, [1, 2, 1, 1]);
        // Line numbers are 1-based file lines.
        let l = doc.lines.iter().find(|l| l.text == "Fix it").unwrap();
        assert_eq!(l.no, 15);
    }

    #[test]
    fn a_named_subsection_of_work_to_do_is_still_work_to_do() {
        let doc = parse(
            "# X\n## Detection\nA person noticed.\n## Corrective actions\n### Detection\n- [ ] Add an alert\n",
        );
        let roles = |t: &str| {
            let l = doc.lines.iter().find(|l| l.text.contains(t)).unwrap();
            doc.sections[l.section].roles
        };
        assert!(roles("Add an alert").has(Roles::ACTIONS));
        assert!(roles("Add an alert").has(Roles::DETECTION));
        assert!(!roles("A person noticed").has(Roles::ACTIONS));
    }

    #[test]
    fn a_heading_line_right_under_a_list_still_opens_a_section() {
        let doc = parse(
            "Timeline:\n- 10:00 alert\nCorrective and Preventative Measures:\n- fix a\n- fix b\n",
        );
        let l = doc.lines.iter().find(|l| l.text == "fix a").unwrap();
        assert!(doc.sections[l.section].roles.has(Roles::ACTIONS));
    }

    #[test]
    fn front_matter_lines_are_counted() {
        let doc = parse("---\ntitle: x\n---\n# Heading\n");
        assert_eq!(doc.lines[0].no, 4);
        assert_eq!(doc.lines[0].kind, Kind::Heading(1));
    }

    #[test]
    fn runs_open_where_asked_and_go_on_while_asked() {
        let d = parse("# X\n\n```\na\nb\n```\n\ntext\n\n```\nc\n```\n");
        let code = |l: &Line| l.kind == Kind::Code;
        let runs = d.runs(code, code);
        assert_eq!(runs.len(), 2);
        assert!(
            runs.iter()
                .flat_map(|r| r.clone())
                .all(|i| code(&d.lines[i]))
        );
        assert_eq!(
            runs.iter().map(|r| r.len()).sum::<usize>(),
            d.lines.iter().filter(|l| code(l)).count()
        );
    }

    #[test]
    fn a_heading_asking_for_quicker_detection_is_a_lesson() {
        assert!(roles_of_heading("Detection").has(Roles::DETECTION));
        let r = roles_of_heading("Quicker Detection");
        assert!(!r.has(Roles::DETECTION) && r.has(Roles::LESSONS));
        assert!(!roles_of_heading("Improving detection").has(Roles::DETECTION));
    }

    #[test]
    fn items_under_a_label_only_item_take_its_roles() {
        let doc = parse(
            "# Incident\n\n- **Detection**:\n  - A customer wrote to support\n- **Review actions**:\n  - Add an alert on queue depth\n- Other: text\n  - nested but not under a label-only item\n",
        );
        let by = |t: &str| doc.lines.iter().find(|l| l.text.starts_with(t)).unwrap();
        assert!(by("A customer").label.has(Roles::DETECTION));
        assert!(by("Add an alert").label.has(Roles::ACTIONS));
        assert!(by("nested but").label.is_empty());
    }

    #[test]
    fn fenced_code_is_marked() {
        let doc = parse("text\n\n```\nMay 29 22:37 file\n```\n");
        assert_eq!(doc.lines[3].kind, Kind::Code);
    }

    #[test]
    fn labelled_parts_run_together_are_separate_lines() {
        let doc = parse(
            "Web - West\nSummary of impact: Between 10:00 and 11:00 UTC requests failed. Workaround: None Root cause: a bad push of the router settings. Next steps: We will add canary checks. Some people still said: hello there\n",
        );
        let parts: Vec<(&str, Roles)> = doc
            .lines
            .iter()
            .filter(|l| l.no == 2)
            .map(|l| (l.text.as_str(), l.label))
            .collect();
        assert_eq!(parts.len(), 4, "{parts:?}");
        assert!(parts[0].1.has(Roles::SUMMARY) && parts[0].0.ends_with("failed."));
        assert_eq!(parts[1].0, "Workaround: None");
        assert!(parts[1].1.is_empty());
        assert!(parts[2].1.has(Roles::ROOT_CAUSE) && parts[2].0.starts_with("Root cause:"));
        // "Some people still said:" is no label: no cut.
        assert!(parts[3].1.has(Roles::ACTIONS) && parts[3].0.ends_with("hello there"));
    }

    #[test]
    fn lines_under_a_next_steps_label_are_work_to_do() {
        let doc = parse(
            "Intro text here.\n\nNext steps: we will do these things.\nAdd alerts on the queue depth.\n\n## Timeline\n- 10:00 it broke\n",
        );
        let l = doc
            .lines
            .iter()
            .find(|l| l.text.starts_with("Add alerts"))
            .unwrap();
        assert!(l.label.has(Roles::ACTIONS));
        let t = doc
            .lines
            .iter()
            .find(|l| l.text.contains("it broke"))
            .unwrap();
        assert!(!t.roles(&doc).has(Roles::ACTIONS));
    }

    #[test]
    fn a_sentence_that_opens_a_list_is_no_heading() {
        let doc = parse(
            "## Verification\n\nAfter remediation, the following signals were observed:\n\n- mail delivered\n\n## Next steps\n\nRecommended follow-up measures:\n\n- add a probe\n",
        );
        let kind = |needle: &str| {
            doc.lines
                .iter()
                .find(|l| l.text.starts_with(needle))
                .unwrap()
                .kind
        };
        assert_eq!(kind("After remediation"), Kind::Text);
        assert!(
            !doc.lines
                .iter()
                .find(|l| l.text == "mail delivered")
                .unwrap()
                .roles(&doc)
                .has(Roles::ACTIONS)
        );
        assert!(
            doc.lines
                .iter()
                .find(|l| l.text == "add a probe")
                .unwrap()
                .roles(&doc)
                .has(Roles::ACTIONS)
        );
    }

    #[test]
    fn labels_give_roles() {
        let doc = parse("Root Cause: a leak in the cache\n");
        assert!(doc.lines[0].label.has(Roles::ROOT_CAUSE));
    }

    #[test]
    fn fast_paths_match_the_regexes_they_replace() {
        let spaces = regex::Regex::new(r"[ \t\u{a0}]+").unwrap();
        let list = crate::text::rx::new(r"^\s*(?:>\s*)*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
            .unwrap();
        for t in [
            "plain words here",
            "two  spaces\tand a tab",
            "no\u{a0}break",
            " lead and trail ",
            "- item",
            "  > * quoted item",
            "12) numbered",
            "• bullet",
            "x - not an item",
            "",
        ] {
            assert_eq!(
                super::squeeze_spaces(t),
                spaces.replace_all(t, " "),
                "{t:?}"
            );
            if list.is_match(t) {
                assert!(super::may_be_list_item(t), "{t:?}");
            }
        }
    }
}
