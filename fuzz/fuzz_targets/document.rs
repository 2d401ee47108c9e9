//! The Markdown document model (`corpus::document::parse`): any text parses
//! without a panic, and every index the model hands out points inside it.
#![no_main]

use incidex::corpus::document::{self, Kind, Roles};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(
    init: {
        for t in common::postmortems() {
            document::parse(&t);
        }
    },
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = document::parse(text);
    assert!(text.ends_with(&doc.body));
    let first = doc.front.lines + 1;
    let body_lines = doc.body.split_inclusive('\n').count();
    assert!(!doc.sections.is_empty());
    let mut prev = first;
    for (i, l) in doc.lines.iter().enumerate() {
        // File line numbers: from the body's first line, never going back
        // (a line split into labelled parts repeats its number).
        assert!(l.no >= prev && l.no < first + body_lines.max(1), "line {i}: {}", l.no);
        prev = l.no;
        assert!(l.section < doc.sections.len());
        assert!(l.label_len <= l.text.len() && l.text.is_char_boundary(l.label_len));
        if let Kind::Heading(level) = l.kind {
            assert!((1..=6).contains(&level));
        }
        let _ = doc.section_of(i);
        let _ = l.roles(&doc);
        let _ = document::clean(&l.raw);
        let _ = document::clean_keep_emoji(&l.raw);
        let _ = document::roles_of_heading(&l.text);
    }
    for s in &doc.sections {
        if let Some(h) = s.line {
            assert!(h < doc.lines.len());
        }
        assert!(s.level <= 7);
        let _ = s.roles.names();
    }
    for it in &doc.items {
        assert!(it.line < doc.lines.len() && it.depth >= 1);
    }
    for r in Roles::all().iter() {
        let _ = doc.text_with_role(r);
    }
});
