"""Make a staged release self-describing and verifiable, then check it, before it is published.

Order matters: the metadata files checksum the tables, the pages checksum everything before
them, and SHA256SUMS comes last and covers every other file of the release.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from flows.publish.changelog import list_releases, write_changelog
from flows.publish.changes import compare_releases
from flows.publish.checksums import read_back, sha256_of, verify_checksums, write_checksums
from flows.publish.columns import describe_tables
from flows.publish.croissant import write_croissant
from flows.publish.datacard import write_datacard
from flows.publish.datapackage import write_datapackage
from flows.publish.duckdb_db import DB_NAME, DatabaseRefused, write_duckdb
from flows.publish.errors import ReleaseInvalid
from flows.publish.pages import write_index_page, write_release_page

logger = logging.getLogger(__name__)
EVAL_NAME = "eval.json"  # the scorer's --json output, saved next to the releases


def describe_release(folder: Path, *, previous: Path | None, output_dir: Path,
                     made_afresh: Collection[str] | None = None,
                     fresh_rows: Mapping[str, pa.Table] | None = None,
                     database_copy: Path | None = None) -> dict[str, Any]:
    """Add metadata, database, page and checksums to the staged release in folder.

    ``made_afresh``: when known, the articles whose rows may differ from ``previous``'s
    (every other article's rows were copied from it); it narrows the database update.
    ``fresh_rows``: their rows (per table), if the run held them: the update reads them
    instead of scanning the tables' files. ``database_copy``: the previous release's database,
    copied while the run made its tables (``write_duckdb``'s ``copied``)."""
    info: dict[str, Any] = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    info["published"] = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    info["previous"] = previous.name if previous is not None else None
    info["sequence"] = 1 + max((r.get("sequence", 0) for r in list_releases(output_dir)),
                               default=0)
    # The tables are final: read them back for the checks while the database is written,
    # then hash the database (for the page) while the metadata is written.
    tables = sorted(p.name for p in folder.iterdir() if p.suffix in (".parquet", ".csv"))
    with ThreadPoolExecutor(2, thread_name_prefix="describe") as aside:
        tables_read = aside.submit(read_back, folder, tables)
        publishers = aside.submit(_publishers, folder)
        try:
            database = write_duckdb(folder, previous, _previous_build(previous), made_afresh,
                                    fresh_rows, database_copy)
        except DatabaseRefused as error:
            raise ReleaseInvalid(f"release {folder.name}: {error}") from None
        database_hashed = aside.submit(sha256_of, database.path)  # remembered by sha256_of
        info["duckdb_build"] = database.build
        info["changes"] = (database.changes if database.changes is not None
                           else compare_releases(folder, previous))
        info["publishers"] = publishers.result()
        (folder / "release.json").write_text(json.dumps(info, indent=2, sort_keys=True)
                                             + "\n", encoding="utf-8")
        write_datapackage(folder, info)
        write_croissant(folder, info)
        evaluation = output_dir / EVAL_NAME
        write_datacard(folder, info, accuracy=read_accuracy(evaluation),
                       measured_on=_modified_date(evaluation))
        database_hashed.result()
        already_read = tables_read.result()
    write_release_page(folder, info)
    write_checksums(folder)
    check_release(folder, info, already_read)
    return info


def index_releases(output_dir: Path) -> None:
    """Rewrite the releases index, CHANGELOG and output_dir/index.html from the releases.

    Runs after ``latest`` moved, so a failure here must not fail the published run: it is
    logged, and the next run rebuilds all three files from the releases."""
    try:
        write_changelog(output_dir)
        write_index_page(output_dir)
    except OSError as error:
        logger.warning("could not rewrite the releases index in %s: %s", output_dir, error)


def read_accuracy(path: Path) -> dict[str, dict[str, Any]] | None:
    """Gold set -> the scorer's figures, from bench/evaluate.py's JSON (several sets) or the
    scorer's own --json output (one set); None when absent or unreadable."""
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(result, dict) and "overlap_0.5" in result:
        return {"gold": result}
    if isinstance(result, dict) and result and all(
            isinstance(v, dict) and "overlap_0.5" in v for v in result.values()):
        return result
    logger.warning("ignoring %s: not the scorer's figures", path)
    return None


def check_release(folder: Path, info: dict[str, Any],
                  already_read: dict[str, str] | None = None) -> None:
    """Named invariant: checksums verify and the database holds exactly the published rows.
    ``already_read``: the tables' hashes as read back from the disk once they were final."""
    problems = verify_checksums(folder, already_read)
    with duckdb.connect(str(folder / DB_NAME), read_only=True) as db:
        for table in describe_tables():
            row = db.execute(f"SELECT count(*) FROM {table.name}").fetchone()
            loaded = int(row[0]) if row else -1
            if loaded != info["rows"].get(table.name, 0):
                problems.append(f"{table.name}: {loaded} rows in the database, "
                                f"{info['rows'].get(table.name, 0)} written")
    if problems:
        raise ReleaseInvalid(f"release {folder.name} fails its checks: " + "; ".join(problems))


def _previous_build(previous: Path | None) -> str | None:
    """How the previous release's database was built (None: unknown, build afresh)."""
    if previous is None:
        return None
    try:
        build = json.loads((previous / "release.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = build.get("duckdb_build") if isinstance(build, dict) else None
    return value if isinstance(value, str) else None


def _publishers(folder: Path) -> dict[str, int]:
    with duckdb.connect() as db:
        rows = db.execute("SELECT coalesce(publisher, 'unknown'), count(*) FROM read_parquet(?) "
                          "GROUP BY 1 ORDER BY 2 DESC, 1",
                          [str(folder / "articles.parquet")]).fetchall()
    return {str(name): int(count) for name, count in rows}


def _modified_date(path: Path) -> str | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%d")
    except OSError:
        return None
