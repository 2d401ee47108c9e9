#!/usr/bin/env python3
"""Read a dataset written by `incidex export` with DuckDB (Hive
partitioning on) and check it is one table with the store's rows and types.

    python3 tests/export_duckdb.py DIR parquet|csv EXPECTED_ROWS EXPECTED_UNDATED

EXPECTED_UNDATED is the number of incidents without a date (a null quarter
in the store): in a partitioned export they sit in
quarter=__HIVE_DEFAULT_PARTITION__, which DuckDB must read as NULL.
"""
import pathlib
import sys

import duckdb

root = pathlib.Path(sys.argv[1])
fmt = sys.argv[2]
expected_rows = int(sys.argv[3])
expected_undated = int(sys.argv[4])
partitioned = not (root / f"incidents.{fmt}").exists()

pattern = f"{root}/**/*.{fmt}" if partitioned else f"{root}/incidents.{fmt}"
reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
hive = ", hive_partitioning = true" if partitioned else ""
source = f"{reader}('{pattern}'{hive})"

con = duckdb.connect()
rel = con.sql(f"SELECT * FROM {source}")
types = dict(zip(rel.columns, [str(t) for t in rel.types]))
assert len(rel.columns) == len(set(rel.columns)), rel.columns

# The types a reader gets. Parquet carries them; DuckDB's CSV sniffer must
# find them in the text, so only columns with values in every file are
# checked for CSV.
want = {
    "date": "DATE",
    "window_min": "BIGINT",
    "action_items": "BIGINT",
    "root_cause_confidence": "DOUBLE",
    "start_utc": "TIMESTAMP WITH TIME ZONE",
    "root_cause": "VARCHAR",
    "quarter": "VARCHAR",
}
if fmt == "parquet":
    want.update(
        {
            "users_affected_pct": "DOUBLE",
            "revenue_loss": "DOUBLE",
            "duration_stated_min": "BIGINT",
            "end_utc": "TIMESTAMP WITH TIME ZONE",
            "start": "VARCHAR",
            "provenance": "VARCHAR",
        }
    )
for col, ty in want.items():
    assert types.get(col) == ty, (col, types.get(col), ty)
if partitioned:
    # Hive: the partition column comes from the folder, added last.
    assert rel.columns[-1] == "quarter", rel.columns

rows, undated, paths = con.sql(
    f"SELECT count(*), count(*) FILTER (quarter IS NULL), count(DISTINCT path) FROM {source}"
).fetchall()[0]
assert rows == expected_rows, (rows, expected_rows)
assert undated == expected_undated, (undated, expected_undated)
assert paths == rows, (paths, rows)

# The quarter read from the folder names matches each row's date.
mismatched = con.sql(
    f"""SELECT count(*) FROM {source}
        WHERE quarter IS DISTINCT FROM
              CASE WHEN date IS NULL THEN NULL
                   ELSE year(date)::VARCHAR || '-Q' || quarter(date)::VARCHAR END"""
).fetchall()[0][0]
assert mismatched == 0, mismatched

quarters = con.sql(f"SELECT count(DISTINCT quarter) FROM {source}").fetchall()[0][0]
print(
    f"duckdb read {root} ({fmt}, {'hive' if partitioned else 'one file'}): "
    f"{rows} rows, {undated} undated, {quarters} quarters, types ok"
)
