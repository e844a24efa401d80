"""who_said_what.duckdb: every table of a release loaded into one DuckDB file, plus views.

Tables are created with the declared types, primary and foreign keys, then filled from the
release's Parquet files, so the file is self-contained (no paths to the Parquet inside).

When the previous release's database was built the same way (same tables, comments, views
and block size: its ``build`` fingerprint), the new one is that file brought up to date
instead: rows are compared by key and a hash of the whole row, and only the rows removed,
changed or added are deleted, updated or inserted. The tables hold the same rows as a fresh
build (only their physical order differs), and the comparison gives the release's per-table
changes for free. Any failure falls back to a fresh build.

An incremental run also says which articles it made rows for afresh: every other article's
rows are the previous release's, byte for byte (copied from it). Then only the rows of those
articles and of the articles that left are compared, not every row of the big tables.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from flows.publish import DB_NAME as DB_NAME  # where it always was
from flows.publish.changes import count_of, key_columns
from flows.publish.columns import TableDoc, describe_tables

# DuckDB allocates at least a block per column segment: with the default 256 KiB blocks a
# release of a few articles makes a 3 MB file. Small releases use 16 KiB blocks; the others
# keep the default: on the corpus's 21.6k articles (30 MB of Parquet) 16 KiB blocks took
# 3.6 s to build the database against 1.4 s, and 0.47 s to update it with 1% new articles
# against 0.37 s, for a file of 81 MiB against 85.
SMALL_BLOCK, DEFAULT_BLOCK, SMALL_DATA_BYTES = 16_384, 262_144, 4_000_000
# The file is in the storage format of the DuckDB that writes it (DuckDB 2.0: number 69, which
# DuckDB 1.5.6 refuses to open; the data card says which version wrote it). An older format
# (STORAGE_VERSION 'v1.2.0' to 'v1.5.0' on ATTACH) would open in DuckDB 1.x, but doubles the
# update of an incremental run (corpus, 1% new articles: 0.75-0.87 s against 0.37-0.41 s,
# most of it the CHECKPOINT), so the Parquet files are the way in for DuckDB 1.x.
# DuckDB's buffer cap while a database is built (default: 80% of RAM). Uncapped, the build
# of 216k articles took +730 MiB of RSS. The key indexes must fit (the sentences' index takes
# ~120 MB at 2M sentences), so a build that runs out is done again under the next cap.
BUILD_MEMORY_LIMIT = "192MB"
BUILD_MEMORY_LIMITS: tuple[str | None, ...] = (BUILD_MEMORY_LIMIT, "256MB", None)
# Rows per INSERT (one transaction each) while a table is filled: a transaction holds its rows
# in memory until it commits, and one INSERT of a whole big table made the build's peak.
# Tables of the 10x corpus's size (2.04M sentences, 1.13M statements): one INSERT per table
# under 256 MB took +302 MiB of RSS and 24.7 s CPU; by 200k rows under 192 MB +240 MiB and
# 29.2 s (each INSERT scans the file for its rows); under 128 MB the sentences' commit runs
# out (+309 MiB, 47 s with the retry). The tables hold the same rows in the same order.
INSERT_ROWS = 200_000

VIEWS: dict[str, str] = {
    "statements_full": """
        SELECT s.*, sp.name AS speaker, sp.type AS speaker_kind,
               a.title AS article_title, a.publisher, a.published_date, a.url AS article_url
        FROM statements s
        JOIN speakers sp USING (speaker_id)
        JOIN articles a USING (article_id)""",
    "speaker_summary": """
        SELECT sp.speaker_id, sp.name, sp.type, sp.role, sp.organization,
               count(*) AS n_statements, count(DISTINCT s.article_id) AS n_articles,
               min(a.published_date) AS first_date, max(a.published_date) AS last_date
        FROM speakers sp
        JOIN statements s USING (speaker_id)
        JOIN articles a USING (article_id)
        GROUP BY ALL""",
    "publisher_summary": """
        SELECT a.publisher, count(DISTINCT a.article_id) AS n_articles,
               count(s.statement_id) AS n_statements
        FROM articles a
        LEFT JOIN statements s USING (article_id)
        GROUP BY ALL""",
}
VIEW_DESCRIPTIONS = {
    "statements_full": "Each statement with its speaker and the article it comes from.",
    "speaker_summary": "Per speaker: statements, articles and the first and last date quoted.",
    "publisher_summary": "Per publisher: articles and statements.",
}


logger = logging.getLogger(__name__)
Changes = dict[str, dict[str, int]]  # table -> rows, added, removed, changed


@dataclass(frozen=True)
class Database:
    path: Path
    build: str  # fingerprint of how it was built: equal ones can be updated in place
    changes: Changes | None  # per table, when it was updated from the previous release


class DatabaseRefused(RuntimeError):
    """The tables break a key constraint of the database (a bug upstream: nothing is published)."""


def write_duckdb(folder: Path, previous: Path | None = None,
                 previous_build: str | None = None,
                 made_afresh: Collection[str] | None = None,
                 fresh_rows: Mapping[str, pa.Table] | None = None,
                 copied: Path | None = None) -> Database:
    """Build folder/who_said_what.duckdb from the Parquet files in folder, updating a copy of
    the previous release's database when it was built the same way.

    ``made_afresh``: when known, the article ids whose rows may differ from the previous
    release's (the rows of every other article in folder are copied from it);
    ``fresh_rows``: those articles' rows per table, when held (read instead of the files).
    ``copied``: a copy of the previous release's database made beforehand, if any (moved
    into folder when it is updated, instead of copying the file now).

    Raises DatabaseRefused when rows break a key, OSError when the file cannot be written."""
    target = folder / DB_NAME
    target.unlink(missing_ok=True)
    block = block_size(sum(p.stat().st_size for p in folder.glob("*.parquet")))
    build = build_fingerprint(block)
    if previous is not None and previous_build == build and (previous / DB_NAME).is_file():
        try:
            if copied is not None:
                os.replace(copied, target)
            else:
                shutil.copyfile(previous / DB_NAME, target)
            return Database(target, build, _update(target, folder, made_afresh,
                                                    fresh_rows))
        except (duckdb.Error, OSError) as error:
            logger.warning("could not update the previous release's database (%s); "
                           "building it afresh", error)
            target.unlink(missing_ok=True)
    try:
        for limit in BUILD_MEMORY_LIMITS:
            try:
                _fill(target, folder, block, limit)
                break
            except duckdb.Error as error:  # keys too many for the cap: the next cap
                if limit is None or not _out_of_memory(error):
                    raise
                for path in (target, target.with_name(f"{target.name}.wal")):
                    path.unlink(missing_ok=True)
    except duckdb.ConstraintException as error:
        raise DatabaseRefused(f"{DB_NAME}: {error}") from None
    except duckdb.Error as error:  # a full or read-only disk surfaces as an IO/fatal error
        raise OSError(f"could not write {target}: {error}") from None
    return Database(target, build, None)


def block_size(data_bytes: int) -> int:
    """The database's block size for tables of this many bytes of Parquet."""
    return SMALL_BLOCK if data_bytes < SMALL_DATA_BYTES else DEFAULT_BLOCK


def build_fingerprint(block: int) -> str:
    """A hash of everything that shapes the database but its rows."""
    digest = hashlib.sha256(f"block {block}\n".encode())
    for table in _parents_first(describe_tables()):
        digest.update(_create_table(table).encode())
        digest.update(table.description.encode())
        for column in table.columns:
            digest.update(f"{column.name}: {column.description}\n".encode())
    for name, sql in VIEWS.items():
        digest.update(f"{name}\n{sql}\n{VIEW_DESCRIPTIONS[name]}\n".encode())
    return digest.hexdigest()[:16]


def _update(target: Path, folder: Path, made_afresh: Collection[str] | None = None,
            fresh_rows: Mapping[str, pa.Table] | None = None) -> Changes:
    """Bring the copied database to the rows of folder's Parquet files; return the changes.

    Children (rows holding a foreign key) lose their removed and changed rows first, parents
    are then deleted, updated in place (never re-keyed, so references stay valid) and
    inserted, and children get their new and changed rows last.

    With ``made_afresh``, the rows that may differ are those of the articles made afresh
    and of those that left; ``fresh_rows`` are the first (the new side of the comparison:
    the touched articles still published are those made afresh), else the files are read."""
    tables = _parents_first(describe_tables())
    changes: Changes = {}
    with duckdb.connect(str(target)) as db:
        source = {}  # table -> where the rows to compare and insert are read from
        for table in tables:
            parquet = _quote(str(folder / f"{table.name}.parquet"))
            db.execute(f"CREATE TEMP VIEW new_{table.name} AS "
                       f"SELECT * FROM read_parquet({parquet})")
            source[table.name] = f"new_{table.name}"
            if made_afresh is not None and fresh_rows is not None and table.name in fresh_rows:
                db.register(f"afresh_{table.name}", fresh_rows[table.name])
                source[table.name] = f"afresh_{table.name}"
        if made_afresh is not None:
            db.execute("CREATE TEMP TABLE touched AS SELECT unnest($1::VARCHAR[]) AS article_id "
                       "UNION SELECT article_id FROM articles "
                       "ANTI JOIN new_articles USING (article_id)", [sorted(made_afresh)])
        for table in tables:
            changes[table.name] = _compare(db, table, source[table.name],
                                           touched_only=made_afresh is not None)
        for table in reversed(tables):
            key = key_columns(table)
            if table.foreign_keys or not table.primary_key:
                where = "true" if not table.primary_key else (
                    f"({key}) IN (SELECT {key} FROM diff_{table.name} WHERE NOT added)")
                db.execute(f"DELETE FROM {table.name} WHERE {where}")
            else:
                db.execute(f"DELETE FROM {table.name} WHERE ({key}) IN "
                           f"(SELECT {key} FROM diff_{table.name} WHERE removed)")
        for table in tables:
            key = key_columns(table)
            if table.primary_key and not table.foreign_keys:
                others = [c.name for c in table.columns if c.name not in table.primary_key]
                sets = ", ".join(f'"{c}" = n."{c}"' for c in others)
                match = " AND ".join(f'{table.name}."{c}" = n."{c}"' for c in table.primary_key)
                db.execute(f"UPDATE {table.name} SET {sets} FROM {source[table.name]} n "
                           f"WHERE {match} AND ({', '.join(f'n.{c}' for c in table.primary_key)})"
                           f" IN (SELECT {key} FROM diff_{table.name} "
                           "WHERE NOT added AND NOT removed)")
                rows = f"(SELECT {key} FROM diff_{table.name} WHERE added)"
            elif table.primary_key:
                rows = f"(SELECT {key} FROM diff_{table.name} WHERE NOT removed)"
            else:
                db.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM new_{table.name}")
                continue
            db.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM {source[table.name]} "
                       f"WHERE ({key}) IN {rows}")
        for table in tables:
            row = db.execute(f"SELECT (SELECT count(*) FROM {table.name}) - "
                             f"(SELECT count(*) FROM new_{table.name})").fetchone()
            if not row or row[0] != 0:
                raise duckdb.InvalidInputException(f"{table.name}: row count differs after "
                                                   "the update")
        db.execute("CHECKPOINT")
    return changes


def _compare(db: duckdb.DuckDBPyConnection, table: TableDoc, source: str,
             touched_only: bool = False) -> dict[str, int]:
    """Rows, added, removed and changed of the new table against the database's; the keys
    that differ go to diff_<table> (rows are compared by a hash of all their columns);
    ``source``: the new rows, all of the table's or (``touched_only``) the touched ones.
    ``touched_only``: rows of a table keyed within articles are compared only for the
    articles in the ``touched`` table (the others' rows are the same on both sides)."""
    new_rows = count_of(db, f"SELECT count(*) FROM new_{table.name}")
    if not table.primary_key:  # rejects: a multiset of whole rows
        return {"rows": new_rows,
                "added": count_of(db, f"SELECT count(*) FROM (FROM new_{table.name} "
                                     f"EXCEPT ALL FROM {table.name})"),
                "removed": count_of(db, f"SELECT count(*) FROM (FROM {table.name} "
                                       f"EXCEPT ALL FROM new_{table.name})"),
                "changed": 0}
    key = key_columns(table)
    columns = ", ".join(f'"{c.name}"' for c in table.columns)
    where = ("WHERE article_id IN (FROM touched)"
             if touched_only and "article_id" in {c.name for c in table.columns} else "")
    db.execute(f"""
        CREATE TEMP TABLE diff_{table.name} AS
        SELECT {key}, o.h IS NULL AS added, n.h IS NULL AS removed
        FROM (SELECT {key}, hash({columns}) AS h FROM {table.name} {where}) o
        FULL JOIN (SELECT {key}, hash({columns}) AS h FROM {source} {where}) n
        USING ({key})
        WHERE o.h IS DISTINCT FROM n.h""")
    row = db.execute(f"SELECT count(*) FILTER (added), count(*) FILTER (removed), "
                     f"count(*) FILTER (NOT added AND NOT removed) "
                     f"FROM diff_{table.name}").fetchone()
    added, removed, changed = (int(v) for v in row) if row else (0, 0, 0)
    return {"rows": new_rows, "added": added, "removed": removed, "changed": changed}


def _fill(target: Path, folder: Path, block: int, memory_limit: str | None) -> None:
    tables = describe_tables()
    with duckdb.connect(config={"memory_limit": memory_limit} if memory_limit else {}) as db:
        db.execute(f"ATTACH {_quote(str(target))} AS release (BLOCK_SIZE {block})")
        db.execute("USE release")
        for table in _parents_first(tables):
            db.execute(_create_table(table))
            db.execute(f"COMMENT ON TABLE {table.name} IS {_quote(table.description)}")
            for column in table.columns:
                db.execute(f'COMMENT ON COLUMN {table.name}."{column.name}" IS '
                           f"{_quote(column.description)}")
            parquet = str(folder / f"{table.name}.parquet")
            rows = pq.ParquetFile(parquet).metadata.num_rows
            for first in range(0, max(rows, 1), INSERT_ROWS):
                db.execute(f"INSERT INTO {table.name} BY NAME SELECT * EXCLUDE (file_row_number) "
                           "FROM read_parquet(?, file_row_number = true) "
                           "WHERE file_row_number >= ? AND file_row_number < ?",
                           [parquet, first, first + INSERT_ROWS])
        for name, sql in VIEWS.items():
            db.execute(f"CREATE VIEW {name} AS {sql}")
            db.execute(f"COMMENT ON VIEW {name} IS {_quote(VIEW_DESCRIPTIONS[name])}")
        db.execute("USE memory")
        db.execute("DETACH release")


def _out_of_memory(error: duckdb.Error) -> bool:
    """The build ran out of its memory cap (a commit that cannot allocate says so as a
    transaction error)."""
    return isinstance(error, duckdb.OutOfMemoryException) or (
        isinstance(error, duckdb.TransactionException) and "allocate" in str(error))


def _create_table(table: TableDoc) -> str:
    lines = [f'"{c.name}" {c.duckdb_type}{" NOT NULL" if c.required else ""}'
             for c in table.columns]
    if table.primary_key:
        lines.append(f"PRIMARY KEY ({', '.join(table.primary_key)})")
    lines += [f"FOREIGN KEY ({column}) REFERENCES {parent} ({parent_column})"
              for column, parent, parent_column in table.foreign_keys]
    return f"CREATE TABLE {table.name} (\n  " + ",\n  ".join(lines) + "\n)"


def _parents_first(tables: tuple[TableDoc, ...]) -> list[TableDoc]:
    """Tables ordered so every table comes after the tables its foreign keys reference."""
    ordered: list[TableDoc] = []
    pending = list(tables)
    while pending:
        done = {t.name for t in ordered}
        ready = [t for t in pending if all(parent in done for _, parent, _ in t.foreign_keys)]
        if not ready:
            raise ValueError(f"foreign keys form a cycle among {[t.name for t in pending]}")
        ordered += ready
        pending = [t for t in pending if t not in ready]
    return ordered


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
