"""Incremental runs, coarse grain: whole input chunks whose bytes did not change.

A chunk (a byte range of an input file, ``flows.ingest.Chunk``) read again with the same
SHA-256 by the same pipeline version gives the same articles, rejects and rows; only
de-duplication looks across chunks. So each release records, per chunk, what it produced:

* ``keys``: each article that reached de-duplication, ``(article_id, body digest, kept)``
  (``ArticleKeys``: kept column-wise, ~40 bytes per article besides its id);
* ``rejects``: its rejects other than duplicates, with the step that made them;
* ``rows``: where its rows are in the release's articles, sentences and statements tables.

The next run hashes each chunk's bytes (cheap: no parsing) and, for a chunk it knows,
replays the keys through de-duplication in input order. When every article gets the same
verdict as before, the chunk's rows are copied from the latest release as Arrow slices and
its rejects are re-issued; nothing is read, cleaned, segmented, attributed or validated.
An article that was kept and is now a duplicate (an earlier copy of its body arrived) is
left out of the replay, its rows filtered out; one that was a duplicate and is now kept (the
earlier copy was removed) was never processed, so its batch goes through the full path.
Changed chunks still reuse unchanged articles (``flows.incremental``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.ingest import Batch, Chunk, FileChanged, _read_bytes
from flows.records import Reject
from flows.release import SPECS
from schemas import arrow_schema

logger = logging.getLogger(__name__)
SPEAKER_TALLY_COPY = "speaker-tally.arrow"  # beside the Arrow copies of the tables
# Where a reject comes from, in the order a batch lists them (flows.batches.BatchLoop)
READ, CLEAN, DUPLICATE, VALIDATE = "read", "clean", "duplicate", "validate"
STEP_ORDER = (READ, CLEAN, DUPLICATE, VALIDATE)


@dataclass(frozen=True)
class ChunkRecord:
    """What one chunk produced in a release."""

    sha256: str
    n_raw: int  # articles read from it (published, rejected or duplicate)
    keys: ArticleKeys  # (article_id, body digest, kept by de-duplication)
    rejects: list[tuple[str, Reject]]  # (step, reject), duplicates excluded
    rows: dict[str, tuple[int, int]]  # table -> (first row, row count) in the release
    # table -> (first byte, byte count) of those rows in the release's CSV file, when known
    csv: dict[str, tuple[int, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "n_raw": self.n_raw, "keys": self.keys.to_json(),
                "rejects": [[step, dataclasses.asdict(r)] for step, r in self.rejects],
                "rows": {k: list(v) for k, v in self.rows.items()},
                "csv": {k: list(v) for k, v in self.csv.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChunkRecord:
        return cls(str(data["sha256"]), int(data["n_raw"]), ArticleKeys.from_json(data["keys"]),
                   [(str(step), Reject(**r)) for step, r in data["rejects"]],
                   {k: (int(v[0]), int(v[1])) for k, v in data["rows"].items()},
                   {k: (int(v[0]), int(v[1])) for k, v in data.get("csv", {}).items()})


DIGEST = hashlib.sha256().digest_size  # bytes of a body digest


@dataclass(frozen=True)
class ArticleKeys:
    """A chunk's de-duplication keys, column-wise: the run keeps one record per chunk until
    the next run, so per article only its id (the string de-duplication holds anyway), 32
    bytes of digest and one byte of verdict, not a tuple and a 64-character hex string
    (~190 bytes more; 41 MB over 216k articles). Iterates as ``(id, digest, kept)``."""

    ids: tuple[str, ...] = ()
    digests: bytes = b""  # DIGEST bytes per article, in ids' order
    kept: bytes = b""  # 1 (kept) or 0 (duplicate) per article

    @classmethod
    def pack(cls, keys: Iterable[tuple[str, bytes, bool]]) -> ArticleKeys:
        listed = list(keys)
        if any(len(digest) != DIGEST for _, digest, _ in listed):
            raise ValueError(f"a body digest is not {DIGEST} bytes")
        return cls(tuple(k[0] for k in listed), b"".join(k[1] for k in listed),
                   bytes(bool(k[2]) for k in listed))

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[tuple[str, bytes, bool]]:
        for i, article_id in enumerate(self.ids):
            yield article_id, self.digests[i * DIGEST:(i + 1) * DIGEST], bool(self.kept[i])

    def __getitem__(self, i: int) -> tuple[str, bytes, bool]:
        return self.ids[i], self.digests[i * DIGEST:(i + 1) * DIGEST], bool(self.kept[i])

    def digest_list(self) -> list[bytes]:
        return [self.digests[i:i + DIGEST] for i in range(0, len(self.digests), DIGEST)]

    def with_dropped(self, dropped: Set[str]) -> ArticleKeys:
        """The same keys with these articles no longer kept."""
        return dataclasses.replace(self, kept=bytes(k and i not in dropped
                                                    for i, k in zip(self.ids, self.kept,
                                                                    strict=True)))

    def to_json(self) -> dict[str, Any]:
        return {"ids": list(self.ids), "digests": self.digests.hex(),
                "kept": "".join("1" if k else "0" for k in self.kept)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleKeys:
        ids, digests, kept = data["ids"], bytes.fromhex(data["digests"]), data["kept"]
        if (not isinstance(ids, list) or len(digests) != DIGEST * len(ids)
                or len(kept) != len(ids) or set(kept) - {"0", "1"}):
            raise ValueError("chunk record keys do not line up")
        return cls(tuple(str(i) for i in ids), digests, bytes(c == "1" for c in kept))


def chunk_key(chunk: Chunk) -> str:
    return f"{chunk.path}@{chunk.offset}+{chunk.length}"


@dataclass
class Dedup:
    """The run's de-duplication state: first article id per body hash, and ids in use.
    Owned by the driver; ``undo`` takes back a batch whose replayed verdicts changed."""

    ids: set[str] = field(default_factory=set)
    bodies: dict[bytes, str] = field(default_factory=dict)  # body digest -> first article id
    _added: list[tuple[str, bytes]] = field(default_factory=list)

    def judge(self, keys: Iterable[tuple[str, bytes, str]]) -> tuple[list[bool], list[Reject]]:
        """Verdicts for (article_id, body digest, source_path) in order: kept or duplicate."""
        kept: list[bool] = []
        rejects: list[Reject] = []
        for article_id, body, source_path in keys:
            if body in self.bodies:
                rejects.append(Reject(source_path, "clean", "duplicate_text",
                                      f"same text as article {self.bodies[body]}",
                                      article_id=article_id))
                kept.append(False)
            elif article_id in self.ids:
                rejects.append(Reject(source_path, "clean", "duplicate_id",
                                      f"article_id {article_id} already used by an article "
                                      "with different text", article_id=article_id))
                kept.append(False)
            else:
                self.ids.add(article_id)
                self.bodies[body] = article_id
                self._added.append((article_id, body))
                kept.append(True)
        return kept, rejects

    def replay(self, keys: ArticleKeys, source_path: str) -> tuple[list[bool], list[Reject]]:
        """``judge`` of a replayed chunk's keys (verdicts depend on the keys and on what
        was met before, not on the verdicts recorded). The usual one, all kept, is found
        with set operations: no id or body among them repeats one met before, or another of
        theirs; anything else is judged article by article."""
        digests = keys.digest_list()
        ids = keys.ids
        if (self.ids.isdisjoint(ids)
                and self.bodies.keys().isdisjoint(digests)
                and len(set(ids)) == len(ids) and len(set(digests)) == len(digests)):
            self.ids.update(ids)
            self.bodies.update(zip(digests, ids, strict=True))
            self._added.extend(zip(ids, digests, strict=True))
            return [True] * len(ids), []
        return self.judge(zip(ids, digests, itertools.repeat(source_path)))

    def undo(self) -> None:
        """Take back what was added since ``forget_journal``."""
        for article_id, body in self._added:
            self.ids.discard(article_id)
            self.bodies.pop(body, None)
        self._added.clear()

    def forget_journal(self) -> None:
        self._added.clear()


@dataclass
class ChunkIndex:
    """The latest release's chunk records (empty when nothing may be reused)."""

    release: Path | None = None
    records: dict[str, ChunkRecord] = field(default_factory=dict)
    known_paths: frozenset[str] = frozenset()
    arrow_copy: Path | None = None  # the release's tables as Arrow IPC files, if kept
    # table -> [size, modification time in ns] of its CSV file when the records were made
    csv_files: dict[str, list[int]] = field(default_factory=dict)
    _tables: dict[str, pa.Table] = field(default_factory=dict)
    _matched: dict[int, dict[Chunk, ChunkRecord]] = field(default_factory=dict)  # by batch

    @classmethod
    def of(cls, release: Path | None, records: dict[str, Any],
           arrow_copy: Path | None = None, csv_files: Any = None) -> ChunkIndex:
        try:
            parsed = {k: ChunkRecord.from_json(v) for k, v in records.items()}
            files = {str(k): [int(v[0]), int(v[1])] for k, v in (csv_files or {}).items()}
        except (KeyError, TypeError, ValueError, IndexError):
            return cls()
        return cls(release, parsed, frozenset(k.rsplit("@", 1)[0] for k in parsed),
                   arrow_copy, files)

    def match(self, raw_dir: Path, batch: Batch) -> dict[Chunk, ChunkRecord]:
        """The batch's chunks whose bytes are those the latest release was built from
        (hashed once a run: ``to_process`` asks first)."""
        if not self.records or not replayable(batch):
            return {}
        if batch.index not in self._matched:
            found: dict[Chunk, ChunkRecord] = {}
            for chunk in batch.chunks:
                record = self.records.get(chunk_key(chunk))
                # (an unreadable chunk is not replayed: read_batch will say what is wrong)
                if record is not None and sha256_of_chunk(raw_dir, chunk) == record.sha256:
                    found[chunk] = record
            self._matched[batch.index] = found
        return self._matched[batch.index]

    def to_process(self, raw_dir: Path, batches: Sequence[Batch]) -> int:
        """How many batches have a chunk that cannot be replayed (they are read at least)."""
        return sum(1 for batch in batches if len(self.match(raw_dir, batch)) < len(batch.chunks))

    def table(self, name: str) -> pa.Table:
        """Table ``name`` of the latest release, read once (chunk and article reuse share it)."""
        if name not in self._tables:
            assert self.release is not None
            schema = arrow_schema(SPECS[name].model)
            copy = self.arrow_copy / f"{name}.arrow" if self.arrow_copy else None
            table = _mapped(copy)  # memory-mapped: nothing decoded
            if table is None:
                table = pq.read_table(self.release / f"{name}.parquet")
            self._tables[name] = table.cast(schema)
        return self._tables[name]

    def csv_bytes(self, name: str, record: ChunkRecord) -> CsvBytes | None:
        """Where the chunk's rows of table ``name`` are in the latest release's CSV file, if
        that file is the one the record was made with (same size and modification time)."""
        span = record.csv.get(name)
        if span is None or self.release is None or self.csv_files.get(name) is None:
            return None
        path = self.release / f"{name}.csv"
        try:
            info = path.stat()
        except OSError:
            return None
        if [info.st_size, info.st_mtime_ns] != self.csv_files[name]:
            return None
        return CsvBytes(path, *span)

    def speaker_tally(self) -> pa.Table | None:
        """The summed speaker tally the release's speakers table was made from, if kept."""
        return _mapped(self.arrow_copy / SPEAKER_TALLY_COPY if self.arrow_copy else None)

    def rows(self, name: str, record: ChunkRecord, without: Set[str] = frozenset(),
             ) -> pa.Table:
        """The chunk's rows of table ``name`` in the latest release, but those of the
        articles ``without``."""
        start, count = record.rows[name]
        rows = self.table(name).slice(start, count)
        if without:
            ids = rows.column("article_id")
            rows = rows.filter(pc.invert(pc.is_in(ids, pa.array(sorted(without), ids.type))))
        return rows


@dataclass(frozen=True)
class CsvBytes:
    """A run of whole rows in a release's CSV file: copied as they are by the next release
    (``flows.writer.ReleaseWriter``) instead of encoding the same rows again."""

    path: Path
    start: int
    length: int

    def read(self) -> bytes | None:
        """The bytes, or None when they are not whole rows (a file changed under us)."""
        if not self.length:
            return b""
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.start - 1)
                data = handle.read(self.length + 1)
        except OSError:
            return None
        if len(data) != self.length + 1 or data[:1] != b"\n" or data[-1:] != b"\n":
            return None
        return data[1:]


def with_csv_spans(records: dict[str, ChunkRecord],
                   spans: dict[str, dict[str, tuple[int, int]]]) -> dict[str, ChunkRecord]:
    """The records with where their rows were written in this release's CSV files (tables
    a chunk's rows were not written alone for are left out: the next run encodes them)."""
    return {key: dataclasses.replace(record, csv={name: spans[name][key] for name in spans
                                                  if key in spans[name]})
            for key, record in records.items()}


def _mapped(path: Path | None) -> pa.Table | None:
    """An Arrow file of the copy kept for incremental runs, memory-mapped; None when it is
    missing or unreadable (a cache: what it holds is then read or counted again)."""
    if path is None or not path.is_file():
        return None
    try:
        return pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    except (pa.ArrowException, OSError) as error:
        logger.warning("ignoring %s: %s", path, error)
        return None


def replayable(batch: Batch) -> bool:
    """Chunks are told apart by path within a batch (a file's chunks fill whole batches);
    feeds, planned under another root, are never replayed."""
    paths = [c.path for c in batch.chunks]
    return batch.root is None and len(set(paths)) == len(paths)


def sha256_of_chunk(raw_dir: Path, chunk: Chunk) -> str | None:
    try:
        return hashlib.sha256(_read_bytes(raw_dir / chunk.path, chunk)).hexdigest()
    except (OSError, FileChanged):
        return None


def chunk_of(source_path: str, paths: Sequence[str]) -> str | None:
    """Which of a batch's chunk paths a record or reject comes from (``path`` or
    ``path:line``)."""
    if source_path in paths:
        return source_path
    head = source_path.rsplit(":", 1)[0]
    return head if head in paths else None
