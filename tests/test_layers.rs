//! The layers of ARCHITECTURE.md hold: no module imports from a layer above
//! its own (tests modules excepted: they may drive the whole pipeline).

use std::path::Path;

/// Lowest first. A module may use its own layer and those below.
const LAYERS: &[(&str, usize)] = &[
    ("text", 0),
    ("schema", 0),
    ("error", 0),
    ("period", 0),
    ("corpus", 1),
    ("extract", 2),
    ("pipeline", 3),
    ("store", 4),
    ("query", 5),
    ("render", 6),
    ("cli", 7),
    ("commands", 7),
    ("main", 8),
    ("lib", 8),
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The upward imports of one source file (`rel` is its path under src/),
/// outside its test module.
fn upward_imports(rel: &Path, text: &str) -> Vec<String> {
    let crate_path = regex::Regex::new(r"crate::(\w+)").unwrap();
    let top = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    let top = top.trim_end_matches(".rs");
    let own = layer(top).unwrap_or_else(|| panic!("{} has no layer in LAYERS", rel.display()));
    let code = text.split("#[cfg(test)]").next().unwrap();
    crate_path
        .captures_iter(code)
        .filter(|m| layer(&m[1]).is_some_and(|l| l > own))
        .map(|m| format!("{} uses crate::{}", rel.display(), &m[1]))
        .collect()
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        violations.extend(upward_imports(rel, &std::fs::read_to_string(f).unwrap()));
    }
    assert!(violations.is_empty(), "{violations:#?}");
    assert!(files.len() > 30);
}

#[test]
fn the_check_catches_an_upward_import() {
    // What the store once did: ask the query layer what a quarter is.
    let rel = Path::new("store/frame.rs");
    let bad = "use crate::query::metrics::period;\nfn f() {}\n";
    assert_eq!(
        upward_imports(rel, bad),
        ["store/frame.rs uses crate::query"]
    );
    // Downward imports and test modules are allowed.
    let fine = "use crate::period::period;\n#[cfg(test)]\nmod tests { use crate::query::x; }\n";
    assert!(upward_imports(rel, fine).is_empty());
}

#[test]
fn the_architecture_tree_names_every_source_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let arch = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut missing = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // One row covers the commands: `src/commands/<verb>.rs`, each verb named.
        let verb = rel
            .strip_prefix("src/commands/")
            .map(|v| format!("`{}`", v.trim_end_matches(".rs")));
        if !arch.contains(&rel) && !verb.is_some_and(|v| arch.contains(&v)) {
            missing.push(rel);
        }
    }
    assert!(missing.is_empty(), "not in ARCHITECTURE.md: {missing:#?}");
}
