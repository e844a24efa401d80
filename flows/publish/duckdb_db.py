"""who_said_what.duckdb: every table of a release loaded into one DuckDB file, plus views.

Tables are created with the declared types, primary and foreign keys, then filled from the
release's Parquet files, so the file is self-contained (no paths to the Parquet inside).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.publish.columns import TableDoc, describe_tables

DB_NAME = "who_said_what.duckdb"
# DuckDB allocates at least a block per column segment: with the default 256 KiB blocks a
# release of a few articles makes a 3 MB file. Small releases use 16 KiB blocks (readable by
# DuckDB >= 1.2); large ones keep the default.
SMALL_BLOCK, DEFAULT_BLOCK, SMALL_DATA_BYTES = 16_384, 262_144, 64_000_000

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


class DatabaseRefused(RuntimeError):
    """The tables break a key constraint of the database (a bug upstream: nothing is published)."""


def write_duckdb(folder: Path) -> Path:
    """Build folder/who_said_what.duckdb from the Parquet files in folder; return its path.

    Raises DatabaseRefused when rows break a key, OSError when the file cannot be written."""
    target = folder / DB_NAME
    target.unlink(missing_ok=True)
    try:
        _fill(target, folder)
    except duckdb.ConstraintException as error:
        raise DatabaseRefused(f"{DB_NAME}: {error}") from None
    except duckdb.Error as error:  # a full or read-only disk surfaces as an IO/fatal error
        raise OSError(f"could not write {target}: {error}") from None
    return target


def _fill(target: Path, folder: Path) -> None:
    tables = describe_tables()
    data_bytes = sum(p.stat().st_size for p in folder.glob("*.parquet"))
    block = SMALL_BLOCK if data_bytes < SMALL_DATA_BYTES else DEFAULT_BLOCK
    with duckdb.connect() as db:
        db.execute(f"ATTACH {_quote(str(target))} AS release (BLOCK_SIZE {block})")
        db.execute("USE release")
        for table in _parents_first(tables):
            db.execute(_create_table(table))
            db.execute(f"COMMENT ON TABLE {table.name} IS {_quote(table.description)}")
            for column in table.columns:
                db.execute(f'COMMENT ON COLUMN {table.name}."{column.name}" IS '
                           f"{_quote(column.description)}")
            parquet = str(folder / f"{table.name}.parquet")
            db.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM read_parquet(?)", [parquet])
        for name, sql in VIEWS.items():
            db.execute(f"CREATE VIEW {name} AS {sql}")
            db.execute(f"COMMENT ON VIEW {name} IS {_quote(VIEW_DESCRIPTIONS[name])}")
        db.execute("USE memory")
        db.execute("DETACH release")


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
