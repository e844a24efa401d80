"""Write a release: tables streamed batch by batch into a staging folder, then published.

Layout of the output folder:

    output/
      releases/<version>/<table>.parquet, <table>.csv, release.json
      latest -> releases/<version>      (a symlink, swapped atomically)
      .staging-<pid>-<n>/               (work in progress; never read by users)
      .lock                             (held by the run that writes)

Nothing under releases/ is ever modified; ``latest`` moves only once a release is complete.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import weakref
from collections import Counter, deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from flows import publish
from flows.publish.checksums import HashingFile, sha256_of
from flows.tables import to_arrow
from schemas import TABLES

TABLE_NAMES = tuple(spec.name for spec in TABLES)
SPECS = {spec.name: spec for spec in TABLES}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FRESH_BYTES_HELD = 64 << 20  # an incremental run's rows made afresh, held for publishing
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "use_dictionary": True,
                                   "write_statistics": True, "data_page_version": "1.0"}


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


def csv_safe(value: object) -> object:
    """Neutralise spreadsheet formulas (OWASP CSV injection): prefix a quote to = + - @ tab CR."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


CSV_OPTIONS = pacsv.WriteOptions(include_header=True, quoting_style="needed",
                                 delimiter=",")
FORMULA_FIRST = pa.array(FORMULA_PREFIXES, pa.string())


def csv_safe_table(table: pa.Table) -> pa.Table:
    """The table with csv_safe applied to every string cell (vectorised: the first character
    of each cell against the prefixes; columns without a risky cell are left as they are)."""
    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type):
            risky = pc.is_in(pc.utf8_slice_codeunits(column, 0, 1), FORMULA_FIRST)
            if pc.any(risky).as_py():
                column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""),
                                    column)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=table.schema)


class EncodedRows(Protocol):
    """Rows already encoded as CSV (``flows.chunks.CsvBytes``)."""

    def read(self) -> bytes | None: ...  # None: not available, encode the rows instead


@dataclass(frozen=True)
class CsvPiece:
    """A run of a batch's rows, written to the CSV file on its own: copied from ``encoded``
    when it has them, and where its bytes went recorded under ``key`` (``csv_spans``)."""

    rows: int
    key: str | None = None
    encoded: EncodedRows | None = None


@dataclass(frozen=True)
class DatabaseCopy:
    """A release's database, copied beside the staging folder in a thread of its own while
    the batches run: publishing brings this copy up to date instead of copying the file at
    the end of the run, when nothing else is left to do meanwhile."""

    source: Path  # the release whose database it is
    path: Path
    done: Future[Any]

    def ready(self, previous: Path | None) -> Path | None:
        """The copy, once made, when it is ``previous``'s database (else None: copy then)."""
        if previous != self.source:
            return None
        try:
            self.done.result()
        except OSError:  # the update copies the file itself, and meets the error again
            self.path.unlink(missing_ok=True)  # (without a half copy holding the disk)
            return None
        return self.path

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self.done.result()
        shutil.rmtree(self.path.parent, ignore_errors=True)


def copy_database(output_dir: Path, release: Path) -> DatabaseCopy | None:
    """Start copying release's database (None: it has none, or one that will be built afresh
    rather than updated: built another way than this code builds one)."""
    from flows.publish.duckdb_db import DEFAULT_BLOCK, SMALL_BLOCK, build_fingerprint

    source = release / publish.DB_NAME
    if not source.is_file():
        return None
    try:
        build = json.loads((release / "release.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(build, dict) or build.get("duckdb_build") not in {
            build_fingerprint(block) for block in (SMALL_BLOCK, DEFAULT_BLOCK)}:
        return None
    folder = output_dir / f".staging-database-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    copying = ThreadPoolExecutor(1, thread_name_prefix="copy-database")
    done = copying.submit(shutil.copyfile, source, folder / publish.DB_NAME)
    copying.shutdown(wait=False)  # the thread ends with the copy
    return DatabaseCopy(release, folder / publish.DB_NAME, done)


@dataclass
class ReleaseWriter:
    """Appends batches of rows to every table of one staging release.

    Each table is encoded (Parquet, CSV, Arrow copy) and hashed in a thread of its own:
    pyarrow's encoders and hashlib release the GIL, so tables are written side by side while
    the caller goes on to the next batch. A table's batches keep their order; the caller
    waits when a table has a batch still waiting behind the one being written (at most one
    batch per table is held here beyond the caller's own)."""

    output_dir: Path
    staging: Path
    arrow_copy: Path | None = None  # also write each table as an Arrow IPC file here
    _parquet: dict[str, pq.ParquetWriter] = field(default_factory=dict)
    _csv: dict[str, pacsv.CSVWriter] = field(default_factory=dict)
    _ipc: dict[str, pa.ipc.RecordBatchFileWriter] = field(default_factory=dict)
    _sinks: list[HashingFile] = field(default_factory=list)  # hashed as they are written
    _threads: dict[str, ThreadPoolExecutor] = field(default_factory=dict)
    _pending: dict[str, deque[Future[None]]] = field(default_factory=dict)
    _failed: Exception | None = None  # the first failed write: raised again until closed
    rows: Counter[str] = field(default_factory=Counter)
    # An incremental run copies rows from a release: which one, and the articles whose rows
    # it made afresh instead (the rows of every other article are that release's, as they are)
    copied_from: Path | None = None
    made_afresh: set[str] = field(default_factory=set)
    # and those rows, while they are few: the database update reads them instead of the
    # tables' files (None once they are too many to hold)
    fresh_rows: dict[str, list[pa.Table]] | None = field(default_factory=dict)
    # that release's database, being copied while the batches run (``copy_database``)
    database_copy: DatabaseCopy | None = None

    _fresh_bytes: int = 0
    # table -> piece key -> (first byte, byte count) in its CSV file (``CsvPiece``)
    csv_spans: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    _csv_sinks: dict[str, HashingFile] = field(default_factory=dict)
    # the release this staging folder became, once published (None: it was discarded, the
    # same tables being out already, or not published yet): ``csv_spans`` describe its files
    published: Path | None = None

    def hold_fresh(self, tables: dict[str, pa.Table]) -> None:
        """Keep rows made afresh for the database update, up to FRESH_BYTES_HELD."""
        if self.fresh_rows is None:
            return
        for name, table in tables.items():
            self.fresh_rows.setdefault(name, []).append(table)
            self._fresh_bytes += table.nbytes
        if self._fresh_bytes > FRESH_BYTES_HELD:
            self.fresh_rows = None

    def append(self, name: str, frame: pd.DataFrame) -> None:
        self.append_arrow(name, to_arrow(name, frame))

    def append_arrow(self, name: str, table: pa.Table,
                     pieces: Sequence[CsvPiece] | None = None) -> None:
        """Append rows already in the table's Arrow schema (``to_arrow``'s); ``pieces``:
        runs of them to write to the CSV file one by one. A failed write of an earlier batch
        is raised here or by ``close``, and by every call after it."""
        if self._failed is not None:
            raise self._failed
        if pieces is not None and sum(p.rows for p in pieces) != table.num_rows:
            raise ValueError(f"{name}: the pieces do not add up to the batch's rows")
        if name not in self._parquet:
            parquet, csv = (HashingFile(self.staging / f"{name}.{kind}")
                            for kind in ("parquet", "csv"))
            self._sinks += [parquet, csv]
            self._csv_sinks[name] = csv
            self.csv_spans[name] = {}
            self._parquet[name] = pq.ParquetWriter(parquet, table.schema, **PARQUET_OPTIONS)
            self._csv[name] = pacsv.CSVWriter(csv, table.schema, write_options=CSV_OPTIONS)
            if self.arrow_copy is not None:
                self._ipc[name] = pa.ipc.new_file(self.arrow_copy / f"{name}.arrow",
                                                  table.schema)
            self._threads[name] = ThreadPoolExecutor(1, thread_name_prefix=f"write-{name}")
            self._pending[name] = deque()
        if table.num_rows:
            pending = self._pending[name]
            while len(pending) > 1:
                self._wait(pending.popleft())
            pending.append(self._threads[name].submit(self._write, name, table, pieces))
        self.rows[name] += table.num_rows

    def _write(self, name: str, table: pa.Table, pieces: Sequence[CsvPiece] | None) -> None:
        self._parquet[name].write_table(table)
        self._write_csv(name, table, pieces)
        if name in self._ipc:
            self._ipc[name].write_table(table)

    def _write_csv(self, name: str, table: pa.Table,
                   pieces: Sequence[CsvPiece] | None) -> None:
        sink, spans = self._csv_sinks[name], self.csv_spans[name]
        at = 0
        for piece in pieces or [CsvPiece(table.num_rows)]:
            start = sink.tell()
            data = piece.encoded.read() if piece.encoded is not None else None
            if data is not None and bool(data) == bool(piece.rows):
                sink.write(data)  # (the CSV writer keeps nothing back: bytes can go between)
            elif piece.rows:
                self._csv[name].write_table(csv_safe_table(table.slice(at, piece.rows)))
            at += piece.rows
            if piece.key is not None:
                spans[piece.key] = (start, sink.tell() - start)

    def _wait(self, write: Future[None]) -> None:
        try:
            write.result()
        except Exception as error:
            self._failed = self._failed or error
            raise

    def close(self) -> None:
        """Wait for the tables' writes, close every writer, then the files under them; raise
        the first error (a full disk) once all are closed."""
        for name, pending in self._pending.items():
            while pending:
                with contextlib.suppress(Exception):  # kept in _failed, raised after closing
                    self._wait(pending.popleft())
            self._threads[name].shutdown()
        failed: BaseException | None = self._failed
        self._pending.clear()
        self._threads.clear()
        for close in (*(w.close for w in self._parquet.values()),
                      *(w.close for w in self._csv.values()),
                      *(w.close for w in self._ipc.values()), *(s.close for s in self._sinks)):
            try:
                close()
            except OSError as error:
                failed = failed or error
        for writer in self._parquet.values():
            writer.is_open = False  # a failed close is not tried again by its __del__
        self._parquet.clear()
        self._csv.clear()
        self._ipc.clear()
        self._sinks.clear()
        if failed is not None:
            raise failed


def acquire_lock(output_dir: Path) -> IO[str]:
    """Hold output_dir/.lock for this process; raise OutputLocked when another run has it."""
    output_dir.mkdir(parents=True, exist_ok=True)
    refuse_links(output_dir)
    handle = os.fdopen(os.open(output_dir / ".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW,
                               0o644), "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise OutputLocked(f"another run is writing to {output_dir} ({holder}); "
                           "wait for it to finish and try again") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}\n")
    handle.flush()
    _HELD_LOCKS.add(handle)
    return handle


def _close_inherited_locks() -> None:
    """In a forked child (a worker): close its copy of the lock, which stays with the parent.
    Otherwise a worker left alive by a killed run would hold the lock, blocking every run."""
    for handle in list(_HELD_LOCKS):
        handle.close()


_HELD_LOCKS: weakref.WeakSet[IO[str]] = weakref.WeakSet()
os.register_at_fork(after_in_child=_close_inherited_locks)


def refuse_links(output_dir: Path) -> None:
    """Raise when an entry of output_dir other than ``latest`` is a symlink (planted): the run
    would write or truncate files through it, outside the output folder."""
    for path in sorted(output_dir.iterdir()):
        if path.is_symlink() and path.name != "latest" and not path.name.startswith(".latest-"):
            raise OSError(errno.ELOOP, f"{path.name} is a symlink to {os.readlink(path)}; "
                                       "refusing to write through it", str(path))


def open_release(output_dir: Path) -> ReleaseWriter:
    """A writer on a fresh staging folder; leftovers of crashed runs are removed first."""
    output_dir.mkdir(parents=True, exist_ok=True)
    for stale in output_dir.glob(".staging-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in output_dir.glob(".latest-*"):  # a run killed while it swapped latest
        stale.unlink(missing_ok=True)
    staging = output_dir / f".staging-{os.getpid()}"
    staging.mkdir()
    arrow_copy = output_dir / f".staging-arrow-{os.getpid()}"  # for the next incremental run
    arrow_copy.mkdir()
    return ReleaseWriter(output_dir, staging, arrow_copy)


def content_hash(staging: Path) -> str:
    """A hash of the tables' Parquet bytes: equal data gives an equal hash."""
    digest = hashlib.sha256()
    for name in TABLE_NAMES:
        digest.update(f"{name}:{sha256_of(staging / f'{name}.parquet')}\n".encode())
    return digest.hexdigest()


def publish_release(writer: ReleaseWriter, *, summary: dict[str, Any]) -> Path:
    """Move the finished staging folder to releases/<version> and point latest at it."""
    writer.close()
    releases = writer.output_dir / "releases"
    releases.mkdir(exist_ok=True)
    digest = content_hash(writer.staging)
    current = _current_release(writer.output_dir)
    if current is not None and _release_hash(current) == digest:
        shutil.rmtree(writer.staging)
        if writer.database_copy is not None:
            writer.database_copy.discard()
        publish.index_releases(writer.output_dir)
        return current
    tables = _files_under(writer.staging)  # final: synced while the release is described
    version = f"{datetime.now(UTC):%Y-%m-%d}-{digest[:8]}"
    info = {"version": version, "content_sha256": digest, "rows": dict(writer.rows), **summary}
    (writer.staging / "release.json").write_text(json.dumps(info, indent=2, sort_keys=True)
                                                 + "\n", encoding="utf-8")
    afresh = writer.made_afresh if current is not None and writer.copied_from == current else None
    fresh_rows = ({name: pa.concat_tables(held) for name, held in writer.fresh_rows.items()}
                  if afresh is not None and writer.fresh_rows is not None else None)
    database_copy = writer.database_copy.ready(current) if writer.database_copy else None
    with ThreadPoolExecutor(1, thread_name_prefix="fsync-tables") as syncing:
        tables_synced = syncing.submit(_fsync_files, tables)
        publish.describe_release(writer.staging, previous=current, output_dir=writer.output_dir,
                                 made_afresh=afresh, fresh_rows=fresh_rows,
                                 database_copy=database_copy)
        tables_synced.result()
    if writer.database_copy is not None:
        writer.database_copy.discard()  # what is left of it: nothing when it was used
    target = releases / version
    if target.exists():
        shutil.rmtree(writer.staging)
    else:
        synced = set(tables)  # the rest: metadata and database
        _fsync_files([p for p in _files_under(writer.staging) if p not in synced])
        os.replace(writer.staging, target)
        writer.published = target
    _point_latest(writer.output_dir, target)
    publish.index_releases(writer.output_dir)
    return target


def discard_release(writer: ReleaseWriter) -> None:
    # the error that failed the run (a full disk) may fail close too: it is raised already
    with contextlib.suppress(Exception):
        writer.close()
    shutil.rmtree(writer.staging, ignore_errors=True)
    if writer.arrow_copy is not None:
        shutil.rmtree(writer.arrow_copy, ignore_errors=True)
    if writer.database_copy is not None:
        writer.database_copy.discard()


def _current_release(output_dir: Path) -> Path | None:
    latest = output_dir / "latest"
    return latest.resolve() if latest.is_symlink() and latest.resolve().is_dir() else None


def _release_hash(release: Path) -> str | None:
    try:
        return str(json.loads((release / "release.json").read_text())["content_sha256"])
    except (OSError, ValueError, KeyError):
        return None


def _point_latest(output_dir: Path, target: Path) -> None:
    tmp = output_dir / f".latest-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target.relative_to(output_dir))
    os.replace(tmp, output_dir / "latest")


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())  # partitions: sub-folders


def _fsync_files(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
