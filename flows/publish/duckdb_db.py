"""who_said_what.duckdb: every table of a release loaded into one DuckDB file, plus views.

Tables are created with the declared types, primary and foreign keys, then filled from the
release's Parquet files, so the file is self-contained (no paths to the Parquet inside).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.publish.columns import TableDoc, describe_tables

DB_NAME = "who_said_what.duckdb"

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


def write_duckdb(folder: Path) -> Path:
    """Build folder/who_said_what.duckdb from the Parquet files in folder; return its path."""
    target = folder / DB_NAME
    target.unlink(missing_ok=True)
    tables = describe_tables()
    with duckdb.connect(str(target)) as db:
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
        db.execute("CHECKPOINT")
    return target


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
