"""One batch after another, in batch order: chunks unchanged since the latest release are
replayed, the others read, cleaned, de-duplicated against every article met before, analysed
(segment, attribute, validate) and assembled with the replayed rows, then written.

``BatchLoop.run_batch`` is a stage generator: each ``yield`` waits for a step that may run
elsewhere (a worker process, a Prefect task); the code between yields runs here, in order.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc

from flows import speaker_tally, steps
from flows.chunks import (
    CLEAN,
    DUPLICATE,
    READ,
    SPEAKER_TALLY_COPY,
    STEP_ORDER,
    VALIDATE,
    ArticleKeys,
    ChunkIndex,
    ChunkRecord,
    Dedup,
    chunk_key,
    chunk_of,
    replayable,
    sha256_of_chunk,
)
from flows.incremental import NO_CACHE, ArticleCache, load_cache, to_frame
from flows.ingest import read_batch
from flows.partitioned import write_partitions
from flows.records import ArticleKey, Reject, body_sha256
from flows.runners import BatchRun, Done, Result
from flows.tables import ROW_TABLES
from flows.writer import CsvPiece, ReleaseWriter

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class RunSummary:
    release: str = ""
    rows: dict[str, int] = field(default_factory=dict)
    rejects_by_check: dict[str, int] = field(default_factory=dict)
    statements_by_kind: dict[str, int] = field(default_factory=dict)
    seconds_by_step: dict[str, float] = field(default_factory=dict)
    articles_in: int = 0
    articles_rejected: int = 0
    articles_reused: int = 0  # rows copied from the latest release (flows.incremental)
    articles_replayed: int = 0  # of those, in whole chunks not even read (flows.chunks)
    seconds: float = 0.0
    report: str = ""  # this run's report (flows.report), under output/reports/
    new_release: bool = False  # False: the tables equal the latest release's, kept latest

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class BatchLoop:
    """What the batches share, owned by this process: touched only in batch order."""

    raw_dir: Path
    n_batches: int
    writer: ReleaseWriter
    # times a call made here (writing a batch is not a Prefect task)
    timed_call: Callable[[Callable[..., Any]], Callable[..., Any]]
    submit: Callable[..., Result]
    take: Callable[[Result], Any]
    chunks: ChunkIndex
    incremental: bool = False
    partition_by: tuple[str, ...] = ()
    cache: ArticleCache | None = None  # per-article reuse, loaded when first needed
    records: dict[str, ChunkRecord] = field(default_factory=dict)  # for the next run
    reused_chunk_articles: int = 0
    summary: RunSummary = field(default_factory=RunSummary)
    dedup: Dedup = field(default_factory=Dedup)
    # (see _run_batches)
    tally: speaker_tally.SpeakerTally = field(default_factory=speaker_tally.SpeakerTally)
    # From a release whose summed tally was kept (read once, when the run starts), the tally
    # takes only the rows made afresh, and the articles' ids are kept (to find whose rows
    # left): ``speakers``
    previous_tally: pa.Table | None = None
    article_ids: list[pa.ChunkedArray] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    began: float = field(default_factory=time.perf_counter)

    def run_batch(self, batch: Any) -> BatchRun:
        """One batch: each ``yield`` waits for a step; the code between runs in batch order.

        Chunks unchanged since the latest release are replayed (``flows.chunks``); the others
        are read, cleaned, de-duplicated, segmented, attributed and validated."""
        known = self.chunks.match(self.raw_dir, batch)
        todo = [c for c in batch.chunks if c not in known]
        fresh = yield from self._read_and_clean(batch, todo)
        verdicts = self._judge(batch, known, fresh)  # in batch order: after batch i-1's
        kept_rows = fresh.kept_rows(_fresh_kept(batch, known, verdicts))
        if verdicts is not None and fresh.analysed is not None and kept_rows is None:
            # a kept article was not analysed with the batch's reading (it repeated the id or
            # text of an earlier one of the batch, itself refused): redo it in two tasks, here
            self.dedup.undo()
            fresh = wait_through(self._read_and_clean(batch, todo, analyse=False))
            verdicts = self._judge(batch, known, fresh)
        if verdicts is None:  # a replayed chunk's verdict changed: redo the batch, here
            self.dedup.undo()
            fresh.split.discard()
            known = {}
            fresh = wait_through(self._read_and_clean(batch, list(batch.chunks),
                                                       analyse=False))
            verdicts = self._judge(batch, known, fresh)
            assert verdicts is not None  # nothing replayed, nothing to contradict
        fresh_kept = _fresh_kept(batch, known, verdicts)
        articles, reused = fresh.split.separate(fresh_kept)
        if self.writer.copied_from is not None:
            self.writer.made_afresh.update(a.article_id for a in articles)
        if fresh.analysed is not None and kept_rows is not None:  # analysed with the reading
            yield Done(None)
            tables, refused_rows = kept_rows
        elif articles:
            analysed = self.submit(steps.analyse_articles, articles)
            yield analysed
            tables, refused_rows = self.take(analysed)
        else:  # all replayed or reused: no task to run
            yield Done(None)
            tables, refused_rows = steps.empty_rows(), []
        fresh_statements = tables["statements"]
        if self.writer.copied_from is not None:
            self.writer.hold_fresh(tables)
        tables = reused.merge(tables)
        rows = self._assemble(batch, known, tables, fresh, verdicts, refused_rows)
        self.timed_call(write_batch)(self.writer, rows, batch.index, self.partition_by)
        if self.previous_tally is not None:
            self.tally.add(speaker_tally.tally_speakers(fresh_statements))
            self.article_ids.append(rows.tables["articles"].column("article_id"))
        else:
            self.tally.add(speaker_tally.tally_speakers(rows.tables["statements"]))
        replayed = sum(r.n_raw for r in known.values())
        self.summary.articles_in += fresh.raw_read.total() + replayed
        kinds = pc.value_counts(rows.tables["statements"].column("kind"))
        self.summary.statements_by_kind = dict(Counter(self.summary.statements_by_kind)
                                               + Counter(dict(zip(
                                                   kinds.field("values").to_pylist(),
                                                   kinds.field("counts").to_pylist(),
                                                   strict=True))))
        self.reused_chunk_articles += replayed
        log_progress(batch.index + 1, self.n_batches, self.writer, self.began)

    def speakers(self) -> pa.Table:
        """The speakers table, once every batch is written; its summed tally is kept beside
        the Arrow copy of the tables, for the next run.

        Updating the latest release's: the rows copied from it are those of every article
        still published and not made afresh, so its tally, plus the tally of the rows made
        afresh, minus the tally of its rows of the other articles, is this release's."""
        keep = (self.writer.arrow_copy / SPEAKER_TALLY_COPY
                if self.writer.arrow_copy is not None else None)
        previous = self.previous_tally
        if previous is None:
            return speaker_tally.speaker_table(self.tally, keep)
        published = pa.chunked_array(self.article_ids, pa.string()).combine_chunks()
        afresh = pa.array(sorted(self.writer.made_afresh), pa.string())
        statements = self.chunks.table("statements")
        ids = statements.column("article_id")
        copied = pc.and_(pc.is_in(ids, value_set=published),
                         pc.invert(pc.is_in(ids, value_set=afresh)))
        left = statements.filter(pc.invert(copied))
        delta = pa.concat_tables([*self.tally.sums(),
                                  speaker_tally.negated(speaker_tally.tally_speakers(left))])
        return speaker_tally.updated_speakers(previous, self.chunks.table("speakers"), delta, keep)

    def _read_and_clean(self, batch: Any, todo: list[Any], *, analyse: bool = True,
                        ) -> Generator[Result, None, _FreshChunks]:
        """Read and clean the chunks to process (two stages, also when there are none).

        When nothing may be reused, one task reads, cleans and, with ``analyse``, analyses
        the batch too (``steps.read_and_analyse``): the articles stay where they are, and the
        flow gets their keys and rows."""
        fresh = _FreshChunks()
        if not todo:
            yield Done(None)
            yield Done(None)
            return fresh
        cache = self.article_cache(todo)
        if cache is NO_CACHE and analyse:
            whole = self.submit(steps.read_and_analyse, self.raw_dir,
                                replace(batch, chunks=tuple(todo)))
            yield whole
            fresh.analysed = self.take(whole)
            fresh.raw_read, fresh.read_rejects = (fresh.analysed.raw_read,
                                                  fresh.analysed.read_rejects)
            fresh.articles, fresh.clean_rejects = (fresh.analysed.keys,
                                                   fresh.analysed.clean_rejects)
            yield Done(None)
            return fresh
        if cache is NO_CACHE:  # nothing to reuse: read and clean in one task, where it runs
            both = self.submit(steps.read_and_clean, self.raw_dir,
                               replace(batch, chunks=tuple(todo)))
            yield both
            fresh.raw_read, fresh.read_rejects, fresh.articles, fresh.clean_rejects = (
                self.take(both))
            yield Done(None)
            return fresh
        # the latest release's rows of some articles may be reused: which ones is known from
        # the raw articles, before cleaning
        read = self.submit(read_batch, self.raw_dir, replace(batch, chunks=tuple(todo)))
        yield read
        raw, fresh.read_rejects = self.take(read)
        fresh.raw_read = Counter(r.source_path for r in raw)
        split = cache.split(raw)
        del raw
        cleaned = self.submit(steps.clean_articles, split.fresh)
        yield cleaned
        articles, fresh.clean_rejects = self.take(cleaned)
        fresh.articles = split.with_reused(articles)
        # the raw texts are not needed from here (separate and discard use the reused ones):
        # not kept while the batch waits for its analysis and its turn to be written
        fresh.split = replace(split, raw=[])
        return fresh

    def article_cache(self, chunks: list[Any]) -> ArticleCache:
        """The per-article cache, loaded only when a changed chunk of a known file may use
        it (a new file has nothing to reuse)."""
        if not self.incremental or (self.chunks.records and not any(
                c.path in self.chunks.known_paths for c in chunks)):
            return NO_CACHE
        return self._cache()

    def _cache(self) -> ArticleCache:
        if self.cache is None:
            self.cache = load_cache(self.writer.output_dir, self.chunks)
        return self.cache

    def _judge(self, batch: Any, known: dict[Any, ChunkRecord], fresh: _FreshChunks,
               ) -> _Verdicts | None:
        """De-duplicate chunk by chunk in input order; None when a replay's verdict changed."""
        paths = [c.path for c in batch.chunks]
        by_chunk: dict[str | None, list[Any]] = defaultdict(list)
        for article in fresh.articles:
            by_chunk[chunk_of(article.source_path, paths) if batch.root is None else None
                     ].append(article)
        verdicts = _Verdicts(strays=bool(by_chunk.get(None)))
        self.dedup.forget_journal()
        for chunk in [*batch.chunks, None]:  # None: records of no chunk (feeds), judged last
            if chunk is not None and chunk in known:
                record = known[chunk]
                flags, duplicates = self.dedup.replay(record.keys, chunk.path)
                if flags != list(map(bool, record.keys.kept)):
                    dropped = _displaced(record, flags)
                    if dropped is None:
                        return None
                    verdicts.dropped[chunk] = dropped
            else:
                articles = by_chunk.pop(chunk.path if chunk is not None else None, [])
                keys = [(a.article_id, _digest(a), a.source_path) for a in articles]
                flags, duplicates = self.dedup.judge(keys)
                verdicts.keys[chunk] = [(k[0], k[1], f) for k, f in zip(keys, flags,
                                                                         strict=True)]
                verdicts.kept[chunk] = [a for a, f in zip(articles, flags, strict=True) if f]
            verdicts.duplicates[chunk] = duplicates
        return verdicts

    def _assemble(self, batch: Any, known: dict[Any, ChunkRecord], fresh_tables: steps.Rows,
                  fresh: _FreshChunks, verdicts: _Verdicts, refused_rows: list[Reject],
                  ) -> BatchRows:
        """The batch's rows and rejects in input order; records each chunk for next time."""
        chunks = list(batch.chunks)
        paths = [c.path for c in chunks]
        path_of = dict(zip(fresh_tables["articles"].column("article_id").to_pylist(),
                           fresh_tables["articles"].column("source_path").to_pylist(),
                           strict=True))
        counts = {name: _rows_per_path(fresh_tables[name], path_of) for name in ROW_TABLES}
        # step -> chunk path (None: of no chunk) -> rejects; paths differ within a batch
        rejects: dict[str, dict[str | None, list[Reject]]] = {step: defaultdict(list)
                                                              for step in STEP_ORDER}
        for step, found in ((READ, fresh.read_rejects), (CLEAN, fresh.clean_rejects),
                            (VALIDATE, refused_rows)):
            for reject in found:
                rejects[step][chunk_of(reject.source_path, paths)].append(reject)
        for chunk in chunks:
            rejects[DUPLICATE][chunk.path] = verdicts.duplicates.get(chunk, [])
        rejects[DUPLICATE][None] = verdicts.duplicates.get(None, [])
        pieces: dict[str, list[pa.Table]] = {name: [] for name in ROW_TABLES}
        csv: dict[str, list[CsvPiece]] = {name: [] for name in ROW_TABLES}
        taken = dict.fromkeys(ROW_TABLES, 0)  # fresh rows used so far
        at = {name: self.writer.rows[name] for name in ROW_TABLES}  # next row in the release
        raw_read = fresh.raw_read
        recordable = (replayable(batch) and not verdicts.strays
                      and not rejects_of_none(rejects))
        for chunk in chunks:
            record = known.get(chunk)
            if record is not None:
                dropped = verdicts.dropped.get(chunk, set())
                if dropped:  # articles now duplicates of an earlier copy: not published
                    record = _without(record, dropped)
                for name in ROW_TABLES:
                    pieces[name].append(self.chunks.rows(name, record, without=dropped))
                    csv[name].append(CsvPiece(pieces[name][-1].num_rows, chunk_key(chunk),
                                              None if dropped
                                              else self.chunks.csv_bytes(name, record)))
                n = {name: pieces[name][-1].num_rows for name in ROW_TABLES}
                for step, reject in record.rejects:
                    rejects[step][chunk.path].append(reject)
                self.records[chunk_key(chunk)] = replace(
                    record, rows={name: (at[name], n[name]) for name in ROW_TABLES}, csv={})
            else:
                n = {name: counts[name].get(chunk.path, 0) for name in ROW_TABLES}
                for name in ROW_TABLES:
                    pieces[name].append(fresh_tables[name].slice(taken[name], n[name]))
                    # (spans kept for chunks recorded only: a feed's chunk key can be that
                    # of a raw file at the same path, whose record must keep its own span)
                    csv[name].append(CsvPiece(n[name], chunk_key(chunk) if recordable
                                              else None))
                    taken[name] += n[name]
                sha = sha256_of_chunk(self.raw_dir, chunk) if recordable else None
                if sha is not None:
                    self.records[chunk_key(chunk)] = ChunkRecord(
                        sha, raw_read[chunk.path],
                        ArticleKeys.pack(verdicts.keys.get(chunk, [])),
                        [(step, r) for step in (READ, CLEAN, VALIDATE)
                         for r in rejects[step].get(chunk.path, [])],
                        {name: (at[name], n[name]) for name in ROW_TABLES})
            for name in ROW_TABLES:
                at[name] += n[name]
        for name in ROW_TABLES:  # rows of no chunk (feeds): after the batch's chunks
            rest = fresh_tables[name].num_rows - taken[name]
            if rest:
                pieces[name].append(fresh_tables[name].slice(taken[name], rest))
                csv[name].append(CsvPiece(rest))
        ordered = [r for step in STEP_ORDER for path in [*paths, None]
                   for r in rejects[step].get(path, [])]
        self.rejects += ordered
        return BatchRows({name: pa.concat_tables(pieces[name]) if pieces[name]
                          else fresh_tables[name] for name in ROW_TABLES}, csv)


def rejects_of_none(rejects: dict[str, dict[str | None, list[Reject]]]) -> bool:
    """Some reject could not be told apart by chunk (its rows cannot be replayed alone)."""
    return any(found.get(None) for found in rejects.values())


def wait_through(run: Generator[Result, None, T]) -> T:
    """Drive a stage generator to its end, waiting on each result where it is yielded."""
    try:
        while True:
            next(run).result()
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


@dataclass
class _FreshChunks:
    """What reading and cleaning the batch's changed chunks gave."""

    raw_read: Counter[str] = field(default_factory=Counter)  # articles read per source path
    read_rejects: list[Reject] = field(default_factory=list)
    clean_rejects: list[Reject] = field(default_factory=list)
    articles: list[Any] = field(default_factory=list)  # Article, or ArticleKey if analysed
    split: Any = field(default_factory=lambda: NO_CACHE.split([]))
    analysed: steps.Analysed | None = None  # rows made with the reading (read_and_analyse)

    def kept_rows(self, kept: list[Any]) -> tuple[steps.Rows, list[Reject]] | None:
        """The rows of the kept articles if they were analysed with the reading."""
        if self.analysed is None:
            return None
        return self.analysed.kept_rows([(a.article_id, a.digest) for a in kept])


def _fresh_kept(batch: Any, known: dict[Any, ChunkRecord], verdicts: _Verdicts | None,
                ) -> list[Any]:
    """The articles de-duplication kept in the chunks that were read, in batch order."""
    if verdicts is None:
        return []
    return [a for chunk in [*batch.chunks, None] if chunk not in known
            for a in verdicts.kept.get(chunk, [])]


def _digest(article: Any) -> bytes:
    return article.digest if isinstance(article, ArticleKey) else body_sha256(article)


def _rows_per_path(table: pa.Table, path_of: dict[str, str]) -> Counter[str | None]:
    """How many of the table's rows belong to the articles of each source path."""
    per_article = pc.value_counts(table.column("article_id"))
    counts: Counter[str | None] = Counter()
    for article_id, n in zip(per_article.field("values").to_pylist(),
                             per_article.field("counts").to_pylist(), strict=True):
        counts[path_of.get(article_id)] += n
    return counts


def _displaced(record: ChunkRecord, flags: list[bool]) -> set[str] | None:
    """The ids of a replayed chunk's articles that were kept and are now duplicates (an
    earlier copy arrived); None when one that was a duplicate is now kept (it was never
    processed: the chunk must be)."""
    dropped = set()
    for article_id, was_kept, kept in zip(record.keys.ids, record.keys.kept, flags, strict=True):
        if kept and not was_kept:
            return None
        if was_kept and not kept:
            dropped.add(article_id)
    return dropped


def _without(record: ChunkRecord, dropped: set[str]) -> ChunkRecord:
    """The record with these articles now duplicates: their rejects go (the judge issues
    their duplicate rejects), their keys are no longer kept."""
    return replace(record, keys=record.keys.with_dropped(dropped),
                   rejects=[(step, r) for step, r in record.rejects
                            if r.article_id not in dropped])


@dataclass
class _Verdicts:
    strays: bool = False
    dropped: dict[Any, set[str]] = field(default_factory=dict)  # replayed chunk -> ids
    keys: dict[Any, list[tuple[str, bytes, bool]]] = field(default_factory=dict)
    kept: dict[Any, list[Any]] = field(default_factory=dict)
    duplicates: dict[Any, list[Reject]] = field(default_factory=dict)


@dataclass
class BatchRows:
    """A batch's rows as Arrow tables, ready to write."""

    tables: dict[str, pa.Table]
    # per table, its runs of rows by chunk, for the CSV file (``ReleaseWriter.append_arrow``)
    csv: dict[str, list[CsvPiece]] = field(default_factory=dict)


def write_batch(writer: ReleaseWriter, rows: BatchRows, batch_index: int = 0,
                partition_by: tuple[str, ...] = ()) -> None:
    for name in ROW_TABLES:
        writer.append_arrow(name, rows.tables[name], rows.csv.get(name))
    if partition_by:
        articles = to_frame(rows.tables["articles"])
        for name in ("sentences", "statements"):
            write_partitions(writer.staging / "dataset" / name, name,
                             to_frame(rows.tables[name]), articles, by=partition_by,
                             batch_index=batch_index)


def log_progress(done: int, total: int, writer: ReleaseWriter, began: float) -> None:
    elapsed = time.perf_counter() - began
    articles = writer.rows["articles"]
    rate = articles / elapsed if elapsed else 0.0
    left = elapsed / done * (total - done)
    logger.info("batch %d/%d: %d articles, %d statements so far (%.0f articles/s, "
                "%.0f s left)", done, total, articles, writer.rows["statements"], rate, left)
