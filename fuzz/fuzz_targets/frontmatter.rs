//! Front matter (`corpus::frontmatter::split`): any text splits without a
//! panic; the body starts on a char boundary inside the text; an error
//! points at a line of the block.
#![no_main]

use incidex::corpus::frontmatter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (fm, body_start) = frontmatter::split(text);
    assert!(body_start <= text.len());
    assert!(text.is_char_boundary(body_start));
    let lines = text.split_inclusive('\n').count();
    match fm.format {
        None => {
            assert!(fm.keys.is_empty() && fm.error.is_none() && fm.lines == 0);
            assert!(body_start == 0 || body_start == 3, "{body_start}");
        }
        Some(_) => {
            // The opening and closing delimiters are lines of their own.
            assert!(
                fm.lines >= 2 && fm.lines <= lines,
                "{} of {lines}",
                fm.lines
            );
            let head_lines = text[..body_start].split_inclusive('\n').count();
            assert_eq!(head_lines, fm.lines);
        }
    }
    if let Some((Some(line), _)) = &fm.error {
        assert!(
            *line >= 1 && *line <= fm.lines,
            "error at line {line} of {}",
            fm.lines
        );
    }
    for k in fm.keys.keys() {
        let _ = fm.get(k);
        let _ = fm.get_str(k);
    }
});
