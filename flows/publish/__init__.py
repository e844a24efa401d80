"""Publishing: make a staged release self-describing (datapackage.json, croissant.json,
README.md data card, DuckDB file, index.html, SHA256SUMS), index the releases, serve them.

``describe_release`` and ``index_releases`` are imported when first used: they load DuckDB
(~13 MiB), which a run's process then holds only once it publishes, after its workers ended,
not through the batches (the run's memory peak)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows.publish.errors import ReleaseInvalid

DB_NAME = "who_said_what.duckdb"  # a release's DuckDB file (``flows.publish.duckdb_db``)

if TYPE_CHECKING:
    from flows.publish.describe import describe_release, index_releases

__all__ = ["DB_NAME", "ReleaseInvalid", "describe_release", "index_releases"]


def __getattr__(name: str) -> Any:
    if name in ("describe_release", "index_releases"):
        from flows.publish import describe

        return getattr(describe, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
