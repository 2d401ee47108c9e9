//! Plain aligned text tables for the terminal (numbers right-aligned),
//! laid out by comfy-table, which measures cells by their display width
//! (a CJK character or an emoji takes two columns).

use comfy_table::{CellAlignment, presets::NOTHING};

pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Self {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The header, a rule of dashes under each column, then the rows;
    /// columns two spaces apart, trailing spaces trimmed. A column whose
    /// cells are all numbers (or `-`, or percentages) is right-aligned.
    pub fn render(&self) -> String {
        let n = self.header.len();
        let numeric: Vec<bool> = (0..n)
            .map(|i| {
                !self.rows.is_empty()
                    && self.rows.iter().all(|r| {
                        r.get(i).is_none_or(|c| {
                            c == "-" || c.trim_end_matches('%').parse::<f64>().is_ok()
                        })
                    })
            })
            .collect();
        let mut grid = comfy_table::Table::new();
        grid.load_style(NOTHING)
            .set_header(self.header.clone())
            .add_rows(self.rows.iter().map(|r| {
                (0..n)
                    .map(|i| r.get(i).cloned().unwrap_or_default())
                    .collect::<Vec<_>>()
            }));
        // The rule is a second line of each header cell, as wide as the
        // widest cell of its column.
        let widths = grid.column_max_content_widths();
        grid.set_header(
            self.header
                .iter()
                .zip(&widths)
                .map(|(h, w)| format!("{h}\n{}", "-".repeat(usize::from(*w)))),
        );
        for (i, col) in grid.column_iter_mut().enumerate() {
            col.set_padding((if i == 0 { 0 } else { 2 }, 0));
            if numeric[i] {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        let mut out = String::new();
        for line in grid.lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_text_left_and_numbers_right() {
        let mut t = Table::new(&["name", "n"]);
        t.row(vec!["a".into(), "5".into()]);
        t.row(vec!["long".into(), "10".into()]);
        assert_eq!(t.render(), "name   n\n----  --\na      5\nlong  10\n");
    }

    #[test]
    fn wide_characters_take_their_display_width() {
        use unicode_width::UnicodeWidthStr;
        let mut t = Table::new(&["cause", "service", "n"]);
        t.row(vec!["障害対応".into(), "db".into(), "5".into()]);
        t.row(vec!["🔥 fire".into(), "障害".into(), "12".into()]);
        t.row(vec!["disk".into(), "cpu".into(), "7".into()]);
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5, "{out}");
        // "障害対応" and "🔥 fire" are 8 and 7 columns wide: the second
        // column starts after 8 + 2 on every line, and the right-aligned
        // last column ends at the same column on every line.
        let second = ["service", "-------", "db", "障害", "cpu"];
        for (line, cell) in lines.iter().zip(second) {
            let at = line.find(&format!("  {cell}")).unwrap() + 2;
            assert_eq!(line[..at].width(), 10, "{line:?} in\n{out}");
        }
        let ends: Vec<usize> = lines.iter().map(|l| l.width()).collect();
        assert!(ends.iter().all(|w| *w == ends[0]), "{ends:?} in\n{out}");
        assert_eq!(lines[2], "障害対応  db        5");
        assert_eq!(lines[3], "🔥 fire   障害     12");
    }
}
