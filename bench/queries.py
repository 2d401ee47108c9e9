#!/usr/bin/env python3
"""Write the fixed benchmark query set: 200 queries, deterministic.

    python3 bench/queries.py > bench/queries.tsv

Each line: KIND<TAB>QUERY<TAB>FILTER, where KIND is term, and, phrase or
filtered; QUERY is in incidex/tantivy syntax (the FTS5 and ripgrep peers
translate it); FILTER is empty or an incidex flag such as --cause=database.
"""
import random

TERMS = """timeout leak memory rollback restart nginx haproxy envoy kafka redis
postgresql mysql replication migration deadlock certificate expired dns
latency 502 503 504 checkout payments search login session cache disk
queue consumer lag throttled quota vendor region failover replica index
connection pool exhausted config flag deploy release hotfix patch alert
pager customers support oom heap garbage cpu saturation traffic surge
promotion sale firewall routing packet loss credential token rotation""".split()

PHRASES = ["connection pool", "memory leak", "error rate", "feature flag", "rolled back",
           "disk full", "p99 latency", "consumer lag", "certificate expired", "cache hit",
           "load balancer", "database migration", "traffic surge", "on-call engineer",
           "root cause", "health check", "session store", "config change", "read replica",
           "rate limit"]

FILTERS = ["--cause=database", "--cause=software-bug", "--cause=misconfiguration",
           "--detection=monitoring", "--detection=customer-report", "--resolution=rollback",
           "--since=2023-01-01", "--until=2021-12-31", "--min-minutes=120", "--cause=network"]


def main():
    r = random.Random(7)
    out = []
    for _ in range(60):
        out.append(("term", r.choice(TERMS), ""))
    for _ in range(50):
        a, b = r.sample(TERMS, 2)
        out.append(("and", f"{a} {b}", ""))
    for _ in range(40):
        out.append(("phrase", f'"{r.choice(PHRASES)}"', ""))
    for _ in range(50):
        q = r.choice([r.choice(TERMS), " ".join(r.sample(TERMS, 2)), f'"{r.choice(PHRASES)}"'])
        out.append(("filtered", q, r.choice(FILTERS)))
    for kind, q, f in out:
        print(f"{kind}\t{q}\t{f}")


if __name__ == "__main__":
    main()
