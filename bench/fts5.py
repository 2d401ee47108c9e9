#!/usr/bin/env python3
"""Peer for bench/run: SQLite FTS5 (python3's sqlite3) over the same files.

    python3 bench/fts5.py CORPUS_DIR QUERIES_TSV DB_PATH

Builds an FTS5 index of the same texts (porter stemmer; reading the files is
part of the build, as it is for incidex), then runs the same queries with
MATCH ... ORDER BY bm25 LIMIT 10 and prints JSON: build seconds, p50/p99 ms.
Filters have no FTS5 equivalent here and are dropped (the text part runs).
"""
import json
import os
import sqlite3
import sys
import time


def fts_query(q):
    q = q.strip()
    if q.startswith('"'):
        return q
    return " AND ".join('"' + t.replace('"', '') + '"' for t in q.split())


def main():
    corpus, queries, db = sys.argv[1], sys.argv[2], sys.argv[3]
    if os.path.exists(db):
        os.remove(db)
    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, tokenize='porter unicode61')")
    rows = []
    for root, _, files in os.walk(corpus):
        for f in sorted(files):
            if f.endswith((".md", ".txt")):
                p = os.path.join(root, f)
                with open(p, encoding="utf-8", errors="replace") as fh:
                    rows.append((p, fh.read()))
    with con:
        con.executemany("INSERT INTO docs(path, body) VALUES (?, ?)", rows)
    con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    con.commit()
    build = time.perf_counter() - t0
    qs = [l.split("\t")[1] for l in open(queries, encoding="utf-8") if l.strip()]
    times = []
    for rep in range(4):
        for q in qs:
            t = time.perf_counter()
            con.execute(
                "SELECT path, snippet(docs, 1, '<b>', '</b>', '...', 16) FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10",
                (fts_query(q),),
            ).fetchall()
            if rep > 0:
                times.append((time.perf_counter() - t) * 1e3)
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(p * (len(times) - 1) + 0.5))]
    print(json.dumps({"docs": len(rows), "build_s": build, "p50_ms": pct(0.5), "p99_ms": pct(0.99)}))


if __name__ == "__main__":
    main()
