//! The command line as a whole: every verb's help ends with examples, exit
//! codes are documented.

mod common;

use common::{Env, stdout};

const VERBS: &[&str] = &[
    "extract", "ingest", "explain", "search", "similar", "sql", "query", "metrics", "chart",
    "report", "lint", "export",
];

#[test]
fn every_verb_help_ends_with_examples_and_documents_exit_codes() {
    let env = Env::new();
    for verb in VERBS {
        let out = env.run(&[verb, "--help"]);
        assert!(out.status.success(), "{verb}");
        let help = stdout(&out);
        assert!(help.contains("Exit codes"), "{verb}: no exit codes");
        let examples = help
            .find("Examples:")
            .unwrap_or_else(|| panic!("{verb}: no examples"));
        let after: Vec<&str> = help[examples..]
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(!after.is_empty(), "{verb}");
        assert!(
            after
                .iter()
                .all(|l| l.starts_with("  ") && l.contains("incidex ")),
            "{verb}: help does not end with examples: {after:?}"
        );
    }
    let top = stdout(&env.run(&["--help"]));
    assert!(top.contains("Exit codes"));
}

/// `incidex ... | head`: the reader goes away after a few bytes; the verb
/// stops quietly with status 0 (no panic, no "Broken pipe" error). Each
/// output is larger than a pipe's buffer, so the write after the close fails.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let env = Env::new().with_corpus(None);
    assert!(env.run(&["ingest", "--quiet"]).status.success());
    let big = "SELECT a.* FROM incidents a CROSS JOIN incidents b";
    let cases: &[&[&str]] = &[
        &["extract", "corpus"],
        &["extract", "--format", "json", "corpus"],
        &["sql", big, "--format", "csv"],
        &["sql", big, "--format", "json"],
        &["sql", big],
    ];
    for args in cases {
        let mut child = Command::new(env!("CARGO_BIN_EXE_incidex"))
            .args(*args)
            .current_dir(env.dir.path())
            .env_remove("INCIDEX_STORE")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut head).unwrap();
        // The pipe's read end is dropped here.
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}
