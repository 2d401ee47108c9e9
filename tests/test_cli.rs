//! The command line as a whole: every verb's help ends with examples, exit
//! codes are documented.

mod common;

use common::{Env, stdout};

const VERBS: &[&str] = &[
    "extract", "ingest", "explain", "search", "similar", "sql", "query", "metrics", "chart",
    "report", "lint",
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
