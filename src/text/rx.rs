//! Regex construction for the extractors: the patterns are written with the
//! usual `\b`, `\w`, `\s`, `\d`, compiled with their ASCII meaning. Unicode
//! word boundaries and classes make regex's lazy DFA give up on non-ASCII
//! text and fall back to much slower engines; postmortem cues are English
//! words, so nothing is lost (letters outside ASCII are simply non-word).

use regex::{Regex, RegexSet};

/// Rewrite Perl classes to ASCII forms, inside and outside `[...]`.
pub fn ascii(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        if c == '\\' {
            let Some(&n) = chars.peek() else {
                out.push(c);
                break;
            };
            chars.next();
            let rep: Option<&str> = match (n, in_class) {
                ('b', false) => Some(r"(?-u:\b)"),
                ('B', false) => Some(r"(?-u:\B)"),
                ('w', false) => Some("[0-9A-Za-z_]"),
                ('w', true) => Some("0-9A-Za-z_"),
                ('W', false) => Some("[^0-9A-Za-z_]"),
                ('d', false) => Some("[0-9]"),
                ('d', true) => Some("0-9"),
                ('s', false) => Some(r"[\t\n\x0B\x0C\r\x20]"),
                ('s', true) => Some(r"\t\n\x0B\x0C\r\x20"),
                _ => None,
            };
            match rep {
                Some(r) => out.push_str(r),
                None => {
                    out.push('\\');
                    out.push(n);
                }
            }
            continue;
        }
        if c == '[' && !in_class {
            in_class = true;
            out.push(c);
            // A leading `]` or `^]` is a literal inside the class.
            if chars.peek() == Some(&'^') {
                out.push(chars.next().unwrap());
            }
            if chars.peek() == Some(&']') {
                out.push(chars.next().unwrap());
            }
            continue;
        }
        if c == ']' && in_class {
            in_class = false;
        }
        out.push(c);
    }
    out
}

/// Capacity of each regex's lazy-DFA transition cache. The cue patterns are
/// large alternations; with regex's default (2 MB) the cache fills and is
/// rebuilt over and over (perf showed a fifth of extraction time in
/// determinisation). Caches are per thread and grow only as used.
const DFA_CACHE: usize = 16 << 20;

/// Compile a pattern with ASCII word boundaries and classes.
pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(&ascii(pattern))
        .dfa_size_limit(DFA_CACHE)
        .build()
}

/// A set of already rewritten patterns (`Regex::as_str` of `new`'s output).
pub fn set<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Result<RegexSet, regex::Error> {
    regex::RegexSetBuilder::new(patterns)
        .dfa_size_limit(DFA_CACHE)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_classes_in_and_out_of_brackets() {
        assert_eq!(
            ascii(r"\bfoo\s+\w"),
            r"(?-u:\b)foo[\t\n\x0B\x0C\r\x20]+[0-9A-Za-z_]"
        );
        assert_eq!(ascii(r"[^\w.:/]\d"), r"[^0-9A-Za-z_.:/][0-9]");
        assert_eq!(ascii(r"\[x\]\\"), r"\[x\]\\");
        let re = new(r"(?i)\bleak(s|ed)?\b").unwrap();
        assert!(re.is_match("a memory LEAKS here"));
        assert!(!re.is_match("leakage"));
        // Non-ASCII letters are non-word characters: a boundary sits before
        // them, and a cue never ends in one.
        assert!(new(r"\bcaf\b").unwrap().is_match("le café noir"));
    }
}
