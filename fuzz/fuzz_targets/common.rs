//! Shared by the targets: the repository's postmortems, to run once before
//! fuzzing. The first call of each extractor compiles its regexes (seconds
//! under the sanitizer), which would otherwise count against the first
//! input's one-second timeout.

use std::path::Path;

fn walk(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "md" || x == "txt")
            && let Ok(t) = std::fs::read_to_string(&p)
        {
            out.push(t);
        }
    }
}

/// The texts of `corpus/` and `tests/fixtures/` (none when run elsewhere).
pub fn postmortems() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    walk(&root.join("corpus"), &mut out);
    walk(&root.join("tests/fixtures"), &mut out);
    out
}
