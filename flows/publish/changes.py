"""What changed between two releases: rows added, removed and changed per table.

Rows are matched on the table's primary key; a table without one (rejects) is compared as a
multiset of whole rows, so only added and removed are counted.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.publish.columns import TableDoc, describe_tables


def compare_releases(new: Path, old: Path | None) -> dict[str, dict[str, int]]:
    """Per table: rows, added, removed, changed of release folder new against old."""
    changes: dict[str, dict[str, int]] = {}
    with duckdb.connect() as db:
        for table in describe_tables():
            new_file = new / f"{table.name}.parquet"
            _view(db, "n", new_file)
            rows = count_of(db, "SELECT count(*) FROM n")
            old_file = old / f"{table.name}.parquet" if old is not None else None
            if old_file is None or not old_file.is_file():
                changes[table.name] = {"rows": rows, "added": rows, "removed": 0, "changed": 0}
                continue
            _view(db, "o", old_file)
            changes[table.name] = {"rows": rows, **_diff(db, table)}
    return changes


def _diff(db: duckdb.DuckDBPyConnection, table: TableDoc) -> dict[str, int]:
    same_columns = _columns(db, "n") == _columns(db, "o")
    if not table.primary_key:
        if not same_columns:
            return {"added": count_of(db, "SELECT count(*) FROM n"),
                    "removed": count_of(db, "SELECT count(*) FROM o"), "changed": 0}
        return {"added": count_of(db, "SELECT count(*) FROM (FROM n EXCEPT ALL FROM o)"),
                "removed": count_of(db, "SELECT count(*) FROM (FROM o EXCEPT ALL FROM n)"),
                "changed": 0}
    key = key_columns(table)
    added = count_of(db, f"SELECT count(*) FROM n ANTI JOIN o USING ({key})")
    removed = count_of(db, f"SELECT count(*) FROM o ANTI JOIN n USING ({key})")
    if same_columns:
        differing = count_of(db, "SELECT count(*) FROM (FROM n EXCEPT ALL FROM o)")
        changed = differing - added
    else:  # a column was added or dropped: every kept row changed shape
        changed = count_of(db, f"SELECT count(*) FROM n SEMI JOIN o USING ({key})")
    return {"added": added, "removed": removed, "changed": changed}


def _view(db: duckdb.DuckDBPyConnection, name: str, parquet: Path) -> None:
    path = str(parquet).replace("'", "''")
    db.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_parquet('{path}')")


def _columns(db: duckdb.DuckDBPyConnection, view: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in db.execute(f"DESCRIBE {view}").fetchall()]


def key_columns(table: TableDoc) -> str:
    """The table's primary key as a quoted SQL column list."""
    return ", ".join(f'"{c}"' for c in table.primary_key)


def count_of(db: duckdb.DuckDBPyConnection, sql: str) -> int:
    """The single integer a ``SELECT count(*) ...`` returns."""
    row = db.execute(sql).fetchone()
    return int(row[0]) if row else 0
