//! Test environment: a temp dir with a copy of fixtures, and the real binary
//! run in it (after fd's tests/testenv).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Copy the shipped sample corpus (or part of it) into `corpus/`.
    pub fn with_corpus(self, limit: Option<usize>) -> Env {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let dst = self.path("corpus");
        std::fs::create_dir_all(&dst).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(&src)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for p in names.into_iter().take(limit.unwrap_or(usize::MAX)) {
            std::fs::copy(&p, dst.join(p.file_name().unwrap())).unwrap();
        }
        self
    }

    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("incidex").unwrap();
        c.current_dir(self.dir.path());
        c.env_remove("INCIDEX_STORE");
        c.env_remove("INCIDEX_FAIL_AT");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Every row of `store`'s table as JSON, sorted by path, through
    /// `incidex sql`: equal outputs are equal tables.
    pub fn table_json(&self, store: &str) -> Output {
        self.run(&[
            "sql",
            "SELECT * FROM incidents ORDER BY path",
            "--format",
            "json",
            "--store",
            store,
        ])
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}
