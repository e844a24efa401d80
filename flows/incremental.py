"""Incremental runs: reuse the latest release's rows of articles whose input did not change.

An article's rows (articles, sentences, statements) depend only on its raw input and on the
pipeline's code. So an article read again with the same ``(article_id, source_path,
raw_sha256)``, by the same pipeline version, gets its rows copied from the latest release
instead of being cleaned, segmented, attributed and validated again. Whatever depends on
several articles is still computed over all of them: duplicates, the speakers table, rejects.
An article that had any reject in the latest release is never reused (its rejects would have
to be re-derived), and an article that left raw/ simply is not read, so it leaves the release.

Reused and fresh rows are put back in the order a full rebuild writes them, so the tables are
byte-identical to a full rebuild's (tests/test_incremental.py checks it).

``output/.incremental.json`` records which release the cache belongs to and the pipeline
version that wrote it; when either does not match, nothing is reused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.chunks import ChunkIndex, ChunkRecord
from flows.records import Article, RawArticle

INDEX_FILE = ".incremental.json"
ARROW_FOLDER = ".incremental-arrow"  # the latest release's tables as Arrow IPC files
RELEASE_MARK = "RELEASE"
CODE_FOLDERS = ("flows", "schemas")
CODE_SUFFIXES = (".py", ".tsv", ".txt", ".json", ".html")
# Modules that never shape a row (operation, wiring, release metadata): editing them keeps
# the cache. Reused rows are written by the current writer, so release.py is not listed.
NOT_ROW_CODE = ("flows/__main__.py", "flows/cli.py", "flows/deploy.py", "flows/report.py",
                "flows/settings.py", "flows/prefect_flow.py", "flows/publish/")
LIBRARIES = ("pandas", "pyarrow", "pandera", "ftfy", "trafilatura")
REPO = Path(__file__).resolve().parents[1]
Key = tuple[str, str, str]  # (article_id, source_path, raw_sha256)
STAND_IN_FIELDS = ("article_id", "source_path", "source_format", "title", "publisher", "url",
                   "author", "dateline", "caption", "photo_credit", "text", "raw_sha256",
                   "extra")
logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of the pipeline's code and data files and of the libraries that shape output."""
    digest = hashlib.sha256()
    for folder in CODE_FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            name = path.relative_to(REPO).as_posix()
            if (path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts
                    and not name.startswith(NOT_ROW_CODE)):
                digest.update(f"{name}\n".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}=={version(name)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{name} absent\n".encode())
    return digest.hexdigest()[:16]


def record_release(output_dir: Path, release: Path,
                   chunks: dict[str, ChunkRecord] | None = None,
                   arrow_copy: Path | None = None,
                   kept_csv_files: dict[str, list[int]] | None = None) -> None:
    """Say that ``release`` was written by this pipeline version, with what each input chunk
    produced in it (``flows.chunks``) and an Arrow copy of its tables (memory-mapped by the
    next run instead of decoding the Parquet files); called under the run lock.

    ``kept_csv_files``: when ``release`` was not written by this run (it had the same tables
    already), the CSV files known, by the previous record, to be as that pipeline version
    wrote them; only those still unchanged keep their chunks' byte spans (a file changed
    before this run, or one never recorded, is not the one the spans were measured in)."""
    if arrow_copy is not None:
        _install_arrow_copy(output_dir, arrow_copy, release.name)
    info = {"release": release.name, "pipeline_version": pipeline_version(),
            "chunks": {k: v.to_json() for k, v in (chunks or {}).items()},
            "csv_files": _csv_files(release, kept_csv_files)}
    tmp = output_dir / f"{INDEX_FILE}.{os.getpid()}"
    try:
        tmp.write_text(json.dumps(info, separators=(",", ":")) + "\n", encoding="utf-8")
        os.replace(tmp, output_dir / INDEX_FILE)
    except OSError as error:  # the release is out; the next run just reuses nothing
        tmp.unlink(missing_ok=True)
        logger.warning("cannot record the release for incremental runs: %s", error)


def _csv_files(release: Path, kept: dict[str, list[int]] | None = None,
               ) -> dict[str, list[int]]:
    """Table -> [size, modification time in ns] of the release's CSV files: the chunk
    records' byte spans hold for these files only (``flows.chunks.ChunkIndex.csv_bytes``);
    with ``kept``, only those of its files that are still as recorded there."""
    files = {}
    for path in sorted(release.glob("*.csv")):
        with contextlib.suppress(OSError):  # (its rows are then encoded again)
            info = path.stat()
            if kept is None or kept.get(path.stem) == [info.st_size, info.st_mtime_ns]:
                files[path.stem] = [info.st_size, info.st_mtime_ns]
    return files


def _install_arrow_copy(output_dir: Path, arrow_copy: Path, release: str) -> None:
    """Put the run's Arrow copy of its tables in place of the previous one."""
    target = output_dir / ARROW_FOLDER
    old = output_dir / f".staging-arrow-old-{os.getpid()}"
    try:
        (arrow_copy / RELEASE_MARK).write_text(release + "\n", encoding="utf-8")
        if target.exists():
            os.replace(target, old)
        os.replace(arrow_copy, target)
    except OSError as error:  # only the next run's speed depends on it
        logger.warning("cannot keep the Arrow copy of the tables: %s", error)
        shutil.rmtree(arrow_copy, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def arrow_copy_of(output_dir: Path, release: str) -> Path | None:
    """The folder of Arrow copies of ``release``'s tables, when it is that release's."""
    folder = output_dir / ARROW_FOLDER
    try:
        mark = (folder / RELEASE_MARK).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return folder if mark == release else None


@dataclass
class ArticleCache:
    """The latest release's tables, indexed by article, for reuse."""

    tables: dict[str, pa.Table] = field(default_factory=dict)
    rows: dict[Key, int] = field(default_factory=dict)  # -> row of the articles table
    spans: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    reused: int = 0
    columns: dict[str, list[Any]] = field(default_factory=dict)  # articles, as Python lists

    def split(self, raw: Sequence[RawArticle]) -> BatchSplit:
        """Which articles of a batch are reused (as Article stand-ins) and which are fresh."""
        reused: dict[int, Article] = {}
        if self.rows:
            for position, item in enumerate(raw):
                row = self.rows.get((item.article_id, item.source_path, item.raw_sha256))
                if row is not None:
                    reused[position] = self._stand_in(row)
        self.reused += len(reused)
        return BatchSplit(self, list(raw), reused)

    def _stand_in(self, row: int) -> Article:
        """The article as the latest release has it (only de-duplication looks at it)."""
        if not self.columns:  # once, whole columns: far cheaper than cell by cell
            self.columns = {name: self.tables["articles"].column(name).to_pylist()
                            for name in STAND_IN_FIELDS + ("published_date",)}
        values = {name: self.columns[name][row] for name in STAND_IN_FIELDS}
        date = self.columns["published_date"][row]
        return Article(**values, published_date=date.isoformat() if date else None)

    def rows_of(self, articles: Sequence[Article]) -> dict[str, pa.Table]:
        """The latest release's rows of these articles, per table."""
        rows = [self.rows[(a.article_id, a.source_path, a.raw_sha256)] for a in articles]
        taken = {"articles": rows}
        for name in ("sentences", "statements"):
            spans = self.spans[name]
            taken[name] = [i for a in articles
                           for i in range(*spans.get(a.article_id, (0, 0)))]
        return {n: self.tables[n].take(pa.array(taken[n], pa.int64())) for n in taken}


NO_CACHE = ArticleCache()


@dataclass
class BatchSplit:
    cache: ArticleCache
    raw: list[RawArticle]
    reused: dict[int, Article]

    def discard(self) -> None:
        """This split is redone (its batch goes through the full path): uncount its reuse."""
        self.cache.reused -= len(self.reused)

    @property
    def fresh(self) -> list[RawArticle]:
        return [item for i, item in enumerate(self.raw) if i not in self.reused]

    def with_reused(self, cleaned: Sequence[Article]) -> list[Article]:
        """The fresh articles that survived cleaning and the reused ones, in input order."""
        if not self.reused:
            return list(cleaned)
        merged: list[Article] = []
        pending = iter(cleaned)
        current = next(pending, None)
        for position, item in enumerate(self.raw):
            if position in self.reused:
                merged.append(self.reused[position])
            elif current is not None and (current.article_id, current.raw_sha256) == (
                    item.article_id, item.raw_sha256):
                merged.append(current)
                current = next(pending, None)
        return merged

    def separate(self, kept: Sequence[Article]) -> tuple[list[Article], ReusedRows]:
        """Split the articles kept after de-duplication into fresh ones and reused rows."""
        stand_ins = {id(a) for a in self.reused.values()}
        reused = [a for a in kept if id(a) in stand_ins]
        fresh = [a for a in kept if id(a) not in stand_ins]
        return fresh, ReusedRows(self.cache, [a.article_id for a in kept], reused)


@dataclass
class ReusedRows:
    cache: ArticleCache
    order: list[str]  # article ids of the batch, as a full rebuild writes them
    articles: list[Article]

    def merge(self, fresh: dict[str, pa.Table]) -> dict[str, pa.Table]:
        """Fresh and reused rows together (Arrow tables per table), in a full rebuild's
        order."""
        if not self.articles:
            return fresh
        old = self.cache.rows_of(self.articles)
        order = pa.array(self.order, pa.string())
        return {name: _ordered(table, old[name].cast(table.schema), order)
                for name, table in fresh.items()}


def _ordered(fresh: pa.Table, old: pa.Table, order: pa.Array) -> pa.Table:
    """Both tables' rows, stably sorted by their article's place in ``order`` (rows of one
    article keep their order: they all come from one of the two)."""
    both = pa.concat_tables([fresh, old])
    place = pc.index_in(both.column("article_id").cast(pa.string()), value_set=order)
    return both.take(pc.sort_indices(place))


def to_frame(table: pa.Table) -> pd.DataFrame:
    """A table read back from Parquet in the pandas types the pipeline's steps produce."""
    columns = {}
    for name, column in zip(table.column_names, table.columns, strict=True):
        if pa.types.is_date32(column.type):
            column = pc.strftime(column.cast(pa.timestamp("s")), format="%Y-%m-%d")
        columns[name] = column
    frame: pd.DataFrame = pa.table(columns).to_pandas(
        types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    return frame


def _trusted_index(output_dir: Path) -> dict[str, Any] | None:
    """The incremental index, when it describes the latest release and this pipeline."""
    latest = output_dir / "latest"
    try:
        index = json.loads((output_dir / INDEX_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (not isinstance(index, dict) or not latest.is_dir()
            or index.get("release") != latest.resolve().name
            or index.get("pipeline_version") != pipeline_version()):
        return None
    return index


def reusable_release(output_dir: Path) -> Path | None:
    """The latest release, when this run may copy rows from it (chunk replay or article
    reuse); None when nothing will be reused."""
    if _trusted_index(output_dir) is None:
        return None
    return (output_dir / "latest").resolve()


def load_chunk_index(output_dir: Path) -> ChunkIndex:
    """What each input chunk produced in the latest release, or nothing to reuse."""
    index = _trusted_index(output_dir)
    if index is None or not isinstance(index.get("chunks"), dict):
        return ChunkIndex()
    release = (output_dir / "latest").resolve()
    return ChunkIndex.of(release, index["chunks"], arrow_copy_of(output_dir, release.name),
                         index.get("csv_files"))


def load_cache(output_dir: Path, chunks: ChunkIndex | None = None) -> ArticleCache:
    """The latest release as a cache, or an empty cache when it cannot be trusted (its
    tables are those ``chunks`` read, when it has them)."""
    latest = output_dir / "latest"
    if _trusted_index(output_dir) is None:
        return ArticleCache()
    try:
        tables = {name: chunks.table(name) if chunks is not None and chunks.release
                  else pq.read_table(latest / f"{name}.parquet")
                  for name in ("articles", "sentences", "statements", "rejects")}
    except (OSError, pa.ArrowException):
        return ArticleCache()
    refused = set(tables["rejects"].column("article_id").drop_null().to_pylist())
    articles = tables["articles"]
    rows = {key: i for i, key in enumerate(zip(articles.column("article_id").to_pylist(),
                                               articles.column("source_path").to_pylist(),
                                               articles.column("raw_sha256").to_pylist(),
                                               strict=True))
            if key[0] not in refused}
    spans = {name: _spans(tables[name].column("article_id").to_pylist())
             for name in ("sentences", "statements")}
    if any(sum(b - a for a, b in spans[name].values()) != tables[name].num_rows
           for name in spans):  # an article's rows are not contiguous: do not guess
        return ArticleCache()
    return ArticleCache(tables, rows, spans)


def _spans(article_ids: list[str]) -> dict[str, tuple[int, int]]:
    """Row range of each article (an article's rows are contiguous in every table)."""
    spans: dict[str, tuple[int, int]] = {}
    start = 0
    for i in range(1, len(article_ids) + 1):
        if i == len(article_ids) or article_ids[i] != article_ids[start]:
            spans[article_ids[start]] = (start, i)
            start = i
    return spans
