#!/usr/bin/env python3
"""Read an incidex store's Parquet table with DuckDB (another tool than the
one that wrote it) and check its columns and types.

    python3 tests/parquet_interop.py STORE_DIR EXPECTED_ROWS
"""
import pathlib
import sys

import duckdb

store = pathlib.Path(sys.argv[1])
expected = int(sys.argv[2])
gen = (store / "CURRENT").read_text().strip()
parquet = store / gen / "incidents.parquet"
con = duckdb.connect()
rel = con.sql(f"SELECT * FROM read_parquet('{parquet}')")
types = dict(zip(rel.columns, [str(t) for t in rel.types]))
assert types["date"] == "DATE", types["date"]
assert types["window_min"] == "BIGINT", types["window_min"]
assert types["users_affected_pct"] == "DOUBLE", types["users_affected_pct"]
assert types["start_utc"].startswith("TIMESTAMP WITH TIME ZONE"), types["start_utc"]
assert types["root_cause"] == "VARCHAR", types["root_cause"]
n, dated, causes = con.sql(
    f"SELECT count(*), count(date), count(DISTINCT root_cause) FROM read_parquet('{parquet}')"
).fetchall()[0]
assert n == expected, (n, expected)
assert 0 < dated < n, dated
assert causes >= 5, causes
q = con.sql(
    f"SELECT quarter, count(*) FROM read_parquet('{parquet}') WHERE quarter IS NOT NULL GROUP BY 1"
).fetchall()
assert len(q) >= 8, q
print(f"duckdb read {parquet}: {n} rows, {dated} dated, {causes} causes, {len(q)} quarters: ok")
