//! Front matter: YAML between `---` lines and TOML between `+++` lines, as
//! Jekyll, Hugo, Zola, cState and Statusfy write them. The block is parsed
//! into a flat map of lower-cased keys to JSON values; a malformed block is a
//! warning (with the file line) and the body is still extracted.

use std::collections::BTreeMap;

use serde_json::Value;

/// Parsed front matter and where the body starts.
#[derive(Debug, Default, Clone)]
pub struct FrontMatter {
    /// Keys lower-cased with `_`/`-` removed (`resolvedWhen` -> `resolvedwhen`),
    /// values as JSON.
    pub keys: BTreeMap<String, Value>,
    /// Number of lines the block takes (body starts on line `lines + 1`).
    pub lines: usize,
    /// A parse error, with the 1-based file line it points at when known.
    pub error: Option<(Option<usize>, String)>,
    pub format: Option<&'static str>,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.keys.get(&normalise_key(key))
    }

    /// A string value (numbers and dates rendered as text).
    pub fn get_str(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(_) | Value::Null => None,
            v @ (Value::Array(_) | Value::Object(_)) => Some(v.to_string()),
        }
    }
}

fn normalise_key(k: &str) -> String {
    k.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Split off front matter from the start of `text`. Returns the front matter
/// (empty when there is none) and the byte offset where the body begins.
pub fn split(text: &str) -> (FrontMatter, usize) {
    let text_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let t = &text[text_start..];
    let (delim, format) = if t.starts_with("---") {
        ("---", "yaml")
    } else if t.starts_with("+++") {
        ("+++", "toml")
    } else {
        return (FrontMatter::default(), text_start);
    };
    // The opening line must be the delimiter alone.
    let first_nl = match t.find('\n') {
        Some(i) => i,
        None => return (FrontMatter::default(), text_start),
    };
    if t[..first_nl].trim_end() != delim {
        return (FrontMatter::default(), text_start);
    }
    let mut offset = first_nl + 1;
    let mut line_no = 1;
    let mut close = None;
    for line in t[offset..].split_inclusive('\n') {
        line_no += 1;
        let l = line.trim_end();
        if l == delim || (format == "yaml" && l == "...") {
            close = Some((offset, offset + line.len(), line_no));
            break;
        }
        offset += line.len();
    }
    let Some((block_end, body_start, close_line)) = close else {
        // An opening `---` with no closing line is a thematic break, not
        // front matter: leave the text alone.
        return (FrontMatter::default(), text_start);
    };
    let block = &t[first_nl + 1..block_end];
    let mut fm = FrontMatter {
        lines: close_line,
        format: Some(format),
        ..Default::default()
    };
    let parsed: Result<Value, (Option<usize>, String)> = if format == "yaml" {
        if block.trim().is_empty() {
            Ok(Value::Object(Default::default()))
        } else {
            serde_yaml_ng::from_str::<Value>(block).map_err(|e| {
                (
                    // By byte offset, not YAML's line count: YAML also
                    // breaks lines at a lone `\r`, which no editor shows.
                    e.location().map(|l| file_line(block, l.index())),
                    e.to_string().lines().next().unwrap_or("").to_string(),
                )
            })
        }
    } else {
        toml::from_str::<toml::Table>(block)
            .map(|t| toml_to_json(toml::Value::Table(t)))
            .map_err(|e| {
                let line = e.span().map(|s| file_line(block, s.start));
                (line, e.message().to_string())
            })
    };
    match parsed {
        Ok(Value::Object(map)) => {
            for (k, v) in map {
                fm.keys.insert(normalise_key(&k), v);
            }
        }
        Ok(Value::Null) => {}
        Ok(_) => fm.error = Some((Some(2), "front matter is not a key/value map".into())),
        Err(e) => fm.error = Some(e),
    }
    (fm, text_start + body_start)
}

/// The file line of a byte offset in the block (which starts on line 2).
fn file_line(block: &str, offset: usize) -> usize {
    let before = &block.as_bytes()[..offset.min(block.len())];
    before.iter().filter(|&&b| b == b'\n').count() + 2
}

fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_block_with_status_page_keys() {
        let text = "---\ntitle: Disk full\ndate: 2021-05-29T22:41:00-00:00\nresolvedWhen: 2021-05-30T02:11:06-00:00\n---\nBody\n";
        let (fm, start) = split(text);
        assert_eq!(&text[start..], "Body\n");
        assert_eq!(fm.lines, 5);
        assert_eq!(fm.get_str("title").as_deref(), Some("Disk full"));
        assert_eq!(
            fm.get_str("resolved_when").as_deref(),
            Some("2021-05-30T02:11:06-00:00")
        );
    }

    #[test]
    fn toml_block_with_native_date() {
        let text = "+++\ntitle = \"Cache stampede\"\ndate = 2024-05-20\n+++\n# Heading\n";
        let (fm, start) = split(text);
        assert!(fm.error.is_none(), "{:?}", fm.error);
        assert_eq!(&text[start..], "# Heading\n");
        assert_eq!(fm.get_str("date").as_deref(), Some("2024-05-20"));
    }

    #[test]
    fn error_lines_count_newlines_only() {
        // Found by fuzz/ (frontmatter): YAML also breaks lines at a lone
        // `\r`, which put this error on line 4 of a 3-line block.
        let (fm, _) = split("---\n\r\r]\n---");
        assert_eq!(fm.lines, 3);
        assert_eq!(fm.error.expect("error").0, Some(2));
        let (fm, _) = split("---\ntitle: a\r\r\r\r\rb: [\n---\nBody\n");
        let line = fm.error.expect("error").0.expect("a line");
        assert!((2..=fm.lines).contains(&line), "{line} of {}", fm.lines);
    }

    #[test]
    fn malformed_yaml_is_an_error_with_a_line_and_body_still_split() {
        let text = "---\ntitle: ok\ndate: [unclosed\n---\nBody\n";
        let (fm, start) = split(text);
        assert_eq!(&text[start..], "Body\n");
        let (line, msg) = fm.error.expect("error");
        assert!(line.is_some(), "{msg}");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let (_, start) = split("\u{feff}# Title\n");
        assert_eq!(start, 3);
    }

    #[test]
    fn thematic_break_is_not_front_matter() {
        let text = "---\nNo closing line here\n";
        let (fm, start) = split(text);
        assert_eq!(start, 0);
        assert!(fm.keys.is_empty());
    }
}
