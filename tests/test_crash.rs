//! Crash loop (issue 14 item 3): `kill -9` at seeded random moments of an
//! ingest of a few thousand generated postmortems, on a first ingest and on
//! re-ingests after edits, deletions and additions. After each kill every
//! reader command works (search, sql, metrics, report on a quarter) and the
//! table is either the old one or the new one (a hash of the rows sorted by
//! path, read through `incidex sql`); a final ingest converges to a fresh
//! ingest's table.
//!
//! `INCIDEX_CRASH_KILLS` (default 8) and `INCIDEX_CRASH_FILES` (default
//! 300; a debug ingest of 600 files takes about 10 s on 2 cores) set the
//! size; `INCIDEX_CRASH_SEED` the seed. The figures are printed (`cargo
//! test --test test_crash -- --nocapture`); the README gives a 30-kill run.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Env, stderr, stdout};

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// splitmix64: a small seeded generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const SERVICES: &[&str] = &["checkout", "search", "payments", "login", "cart", "api"];
const CAUSES: &[&str] = &[
    "A bad deploy introduced a null pointer bug in the order handler.",
    "The database connection pool was exhausted by a slow query.",
    "A misconfigured load balancer rule dropped half of the traffic.",
    "The upstream payment provider had an outage.",
    "A memory leak in the cache process caused repeated restarts.",
    "The disk filled up with logs on the primary node.",
];
const DETECT: &[&str] = &[
    "a monitoring alert fired for the error rate",
    "customers reported errors on the support channel",
    "an engineer noticed the queue growing",
];

/// One small postmortem; `rev` > 0 makes an edited version of it.
fn postmortem(i: u64, rev: u64) -> String {
    let mut r = Rng(i.wrapping_mul(7919) ^ 0xC0FFEE);
    let svc = SERVICES[r.below(SERVICES.len() as u64) as usize];
    let (y, m, d) = (2023 + r.below(2), 1 + r.below(12), 1 + r.below(28));
    let h = r.below(20);
    let (m1, m2, m3) = (r.below(20), 5 + r.below(30), 10 + r.below(120));
    let t = |min: u64| format!("{:02}:{:02}", h + (min / 60), min % 60);
    let mut s = format!(
        "# {svc} outage {i}\n\n## Summary\n\nOn {y}-{m:02}-{d:02} the {svc} service failed for users.\n\n\
         ## Timeline\n\n- {} UTC: {svc} requests start failing\n- {} UTC: {}\n- {} UTC: the fix was deployed and service restored\n\n\
         ## Root cause\n\n{}\n\n## Action items\n\n- add an alert\n- write a runbook\n",
        t(m1),
        t(m1 + m2),
        DETECT[r.below(DETECT.len() as u64) as usize],
        t(m1 + m2 + m3),
        CAUSES[r.below(CAUSES.len() as u64) as usize],
    );
    if rev > 0 {
        s.push_str(&format!(
            "\n## Update {rev}\n\nThe zebracorn{rev} queue was also involved.\n"
        ));
    }
    s
}

/// A corpus version: file name -> content.
type Version = BTreeMap<String, String>;

/// Make `dir` hold exactly `v` (writes only what differs).
fn materialise(dir: &Path, v: &Version) {
    std::fs::create_dir_all(dir).unwrap();
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        if !v.contains_key(&name) {
            std::fs::remove_file(dir.join(&name)).unwrap();
        }
    }
    for (name, text) in v {
        let p = dir.join(name);
        if std::fs::read_to_string(&p).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&p, text).unwrap();
        }
    }
}

/// FNV-1a 64 of bytes, as hex.
fn fnv(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The content hash of the table's rows (every column, sorted by path), or
/// `None` when the store has no generation yet (the reader says so, exit 2).
fn table_hash(env: &Env, store: &str) -> Option<String> {
    let out = env.table_json(store);
    if out.status.code() == Some(2) && stderr(&out).contains("no incidex store") {
        return None;
    }
    assert!(out.status.success(), "sql: {}", stderr(&out));
    Some(fnv(&out.stdout))
}

/// Every reader command works on the store (or, with no generation yet,
/// says there is no store).
fn readers_work(env: &Env, store: &str, has_store: bool) {
    let report_dir = env.path("report-out");
    let report_dir = report_dir.to_str().unwrap();
    for args in [
        vec!["search", "checkout", "--store", store],
        vec!["metrics", "--store", store],
        vec![
            "report",
            "--quarter",
            "2024-Q2",
            "--out",
            report_dir,
            "--store",
            store,
        ],
    ] {
        let out = env.run(&args);
        if has_store {
            assert!(
                out.status.success(),
                "{args:?}: {}\n{}",
                stderr(&out),
                stdout(&out)
            );
        } else {
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(stderr(&out).contains("no incidex store"), "{args:?}");
        }
    }
}

/// Run an ingest of `corpus` into `store`; kill it after `after` (None: let
/// it finish). Returns whether it was killed before it exited.
fn ingest(env: &Env, corpus: &str, store: &str, after: Option<Duration>) -> bool {
    let bin = assert_cmd::cargo::cargo_bin("incidex");
    let mut child = Command::new(bin)
        .args(["ingest", corpus, "--quiet", "--store", store])
        .current_dir(env.dir.path())
        .env_remove("INCIDEX_FAIL_AT")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    match after {
        None => {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "ingest: {}", stderr(&out));
            false
        }
        Some(d) => {
            std::thread::sleep(d);
            let killed = child.try_wait().unwrap().is_none();
            // SIGKILL on unix.
            let _ = child.kill();
            let status = child.wait().unwrap();
            if !killed {
                assert!(status.success(), "ingest failed on its own");
            }
            killed
        }
    }
}

fn timed_ingest(env: &Env, corpus: &str, store: &str) -> Duration {
    let t = Instant::now();
    ingest(env, corpus, store, None);
    t.elapsed()
}

#[test]
fn kill_9_at_random_moments_never_breaks_the_store() {
    let files = env_num("INCIDEX_CRASH_FILES", 300);
    let kills = env_num("INCIDEX_CRASH_KILLS", 8);
    let seed = env_num("INCIDEX_CRASH_SEED", 0x14_2026);
    let t_all = Instant::now();
    let mut rng = Rng(seed);
    let env = Env::new();

    // Version A: `files` postmortems. Version B: a tenth edited, a
    // twentieth deleted, a twentieth added.
    let a: Version = (0..files)
        .map(|i| (format!("pm-{i:05}.md"), postmortem(i, 0)))
        .collect();
    let mut b = a.clone();
    for i in 0..files {
        let name = format!("pm-{i:05}.md");
        match i % 20 {
            0 | 10 => {
                b.insert(name, postmortem(i, 1));
            }
            5 => {
                b.remove(&name);
            }
            _ => {}
        }
    }
    for i in files..files + files / 20 {
        b.insert(format!("pm-{i:05}.md"), postmortem(i, 0));
    }
    let versions = [a, b];

    // Reference tables: a fresh ingest of each version (the same corpus
    // folder name, so the same stored paths).
    let mut hashes = Vec::new();
    let mut t_first = Duration::ZERO;
    for (k, v) in versions.iter().enumerate() {
        materialise(&env.path("corpus"), v);
        let store = format!("ref-{k}");
        t_first = timed_ingest(&env, "corpus", &store);
        hashes.push(table_hash(&env, &store).unwrap());
    }
    assert_ne!(hashes[0], hashes[1]);
    // The live store: A, then B by a re-ingest (which must equal B's fresh
    // ingest), timed.
    materialise(&env.path("corpus"), &versions[0]);
    ingest(&env, "corpus", "live", None);
    materialise(&env.path("corpus"), &versions[1]);
    let t_re = timed_ingest(&env, "corpus", "live");
    assert_eq!(table_hash(&env, "live").as_ref(), Some(&hashes[1]));
    println!(
        "crash loop: {} / {} files, first ingest {:.2}s, re-ingest after edits {:.2}s",
        versions[0].len(),
        versions[1].len(),
        t_first.as_secs_f64(),
        t_re.as_secs_f64()
    );

    // The loop. `at`: the version the live store holds. Every fifth kill
    // is of a first ingest into a new store; the others of a re-ingest of
    // the live store towards the other version (or, after a kill that left
    // the old table, of the same re-ingest again, over what it left).
    let mut at = 1usize;
    let mut target = 1usize;
    let (mut killed, mut finished, mut old_kept, mut new_seen) = (0, 0, 0, 0);
    for k in 0..kills {
        let first = k % 5 == 0;
        let (store, from, to, dur) = if first {
            let s = format!("first-{k}");
            (s, None, at, t_first)
        } else {
            if target == at {
                target = 1 - at;
            }
            ("live".to_string(), Some(at), target, t_re)
        };
        materialise(&env.path("corpus"), &versions[to]);
        let after = dur.mul_f64(rng.unit() * 1.05);
        if ingest(&env, "corpus", &store, Some(after)) {
            killed += 1;
        } else {
            finished += 1;
        }
        let h = table_hash(&env, &store);
        let now = if h.as_ref() == Some(&hashes[to]) {
            new_seen += 1;
            Some(to)
        } else {
            assert!(
                h.as_ref() == from.map(|f| &hashes[f]),
                "kill {k} after {after:?}: the table is neither the old nor the new one ({h:?})"
            );
            old_kept += 1;
            from
        };
        readers_work(&env, &store, now.is_some());
        if first {
            // The next ingest of that store finishes and is the fresh table.
            ingest(&env, "corpus", &store, None);
            assert_eq!(table_hash(&env, &store).as_ref(), Some(&hashes[to]));
            std::fs::remove_dir_all(env.path(&store)).unwrap();
        } else {
            at = now.unwrap();
        }
    }
    // Converges: one more ingest of the live store gives the fresh table of
    // the corpus it reads, leaves no partial generation, and a further one
    // is a no-op.
    ingest(&env, "corpus", "live", None);
    assert_eq!(table_hash(&env, "live").as_ref(), Some(&hashes[target]));
    let leftovers: Vec<String> = std::fs::read_dir(env.path("live"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let out = env.run(&["ingest", "corpus", "--store", "live"]);
    assert!(stderr(&out).contains("nothing to do"), "{}", stderr(&out));
    println!(
        "crash loop: {kills} kills ({killed} killed mid-run, {finished} finished first; \
         {old_kept} left the old table, {new_seen} the new one), seed {seed:#x}, {:.1}s in all",
        t_all.elapsed().as_secs_f64()
    );
}
