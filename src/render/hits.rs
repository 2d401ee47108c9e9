//! Search and similar hits as text: a header line per hit and its snippet.

use std::io::Write;

use crate::query::search::Hit;

/// Hits as text: a header line per hit and its snippet, with matched terms
/// in bold on a terminal.
pub fn write(out: &mut impl Write, hits: &[Hit], tty: bool) -> std::io::Result<()> {
    for h in hits {
        let mins = h
            .window_min
            .or(h.duration_min)
            .map_or("-".to_string(), |m| format!("{m} min"));
        writeln!(
            out,
            "{:>2}. {}  {}  {}  {}  (score {:.2})",
            h.rank,
            h.date.as_deref().unwrap_or("undated"),
            h.root_cause.as_deref().unwrap_or("-"),
            mins,
            h.title.as_deref().unwrap_or("(untitled)"),
            h.score
        )?;
        match &h.snippet {
            Some(s) => {
                let mut text = String::new();
                let mut last = 0;
                for (a, b) in &s.highlights {
                    text.push_str(&s.text[last..*a]);
                    if tty {
                        text.push_str("\x1b[1m");
                        text.push_str(&s.text[*a..*b]);
                        text.push_str("\x1b[0m");
                    } else {
                        text.push_str(&s.text[*a..*b]);
                    }
                    last = *b;
                }
                text.push_str(&s.text[last..]);
                let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                writeln!(out, "    {}:{}", h.path, s.line)?;
                writeln!(out, "    {one_line}")?;
            }
            None => writeln!(out, "    {}", h.path)?,
        }
        if !h.terms.is_empty() {
            writeln!(out, "    shared terms: {}", h.terms.join(", "))?;
        }
    }
    Ok(())
}
