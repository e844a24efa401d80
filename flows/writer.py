"""The release writer: every table of one staging release appended batch by batch, as
Parquet, CSV (spreadsheet-safe) and, for incremental runs, an Arrow copy, each table encoded
and hashed in a thread of its own; CSV rows already written by the latest release are copied
as bytes instead of encoded again.

``flows.release`` opens a writer on a staging folder and publishes or discards it.
"""

from __future__ import annotations

import contextlib
import shutil
from collections import Counter, deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from flows.publish.checksums import HashingFile
from flows.publish.csv_rows import longest_row_bytes
from flows.tables import to_arrow

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMULA_ESCAPE = "'"  # put before a CSV cell starting with one of FORMULA_PREFIXES
FRESH_BYTES_HELD = 64 << 20  # an incremental run's rows made afresh, held for publishing
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "use_dictionary": True,
                                   "write_statistics": True, "data_page_version": "1.0"}



def csv_safe(value: object) -> object:
    """Neutralise spreadsheet formulas (OWASP CSV injection): prefix a quote to = + - @ tab CR."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return FORMULA_ESCAPE + value
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
                column = pc.if_else(risky, pc.binary_join_element_wise(FORMULA_ESCAPE, column, ""),
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
    # table -> an upper bound of its longest CSV row, in bytes (``longest_row_bytes``)
    csv_longest: dict[str, int] = field(default_factory=dict)
    # the release this staging folder became, once published (None: it was discarded, the
    # same tables being out already, or not published yet): ``csv_spans`` describe its files
    published: Path | None = None
    kept_latest: bool = False  # the tables equal the latest release's, which stays latest

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
        self.csv_longest[name] = max(self.csv_longest.get(name, 0), longest_row_bytes(table))
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
