"""The flow body, written once: plan -> per batch (ingest, clean, segment, attribute,
validate, write) -> publish. ``step`` decides how each step runs: plain calls by default,
Prefect tasks when ``flows.prefect_flow`` passes its wrapper.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from flows import steps
from flows.feeds import FEEDS_FOLDER, LANDING, FetchOne, fetch_feeds
from flows.incremental import NO_CACHE, ArticleCache, load_cache, record_release
from flows.ingest import Batch, plan_batches, read_batch
from flows.partitioned import write_partitions
from flows.records import Reject
from flows.release import (
    ReleaseWriter,
    acquire_lock,
    discard_release,
    open_release,
    publish_release,
)
from flows.report import save_run_report
from flows.runners import (
    BatchRun,
    Result,
    Runner,
    RunnerName,
    TimedStep,
    drive_in_order,
    open_runner,
    pick_runner,
    window_for,
)
from flows.tables import tabulate_speakers
from flows.validate import schema_failures
from schemas import SpeakersSchema

logger = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
Clock = defaultdict[str, float]  # seconds per step name


class StepWrapper(Protocol):
    """How a step runs: returns the step itself, or a stand-in that runs it (a task)."""

    def __call__(self, fn: F, /) -> F: ...


class PipelineFailed(RuntimeError):
    """The run refused to publish (nothing valid, or too many rejects); latest is unchanged."""


def run_plain(fn: F) -> F:
    return fn


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
    seconds: float = 0.0
    report: str = ""  # this run's report (flows.report), under output/reports/

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def timed(fn: F, clock: Clock) -> F:
    def run(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            clock[fn.__name__] += time.perf_counter() - began

    run.__name__ = fn.__name__
    run.__qualname__ = fn.__qualname__
    run.__doc__ = fn.__doc__
    return run  # type: ignore[return-value]


def build_dataset(raw_dir: Path, output_dir: Path, *, batch_size: int = 2000,
                  max_reject_share: float = 0.5, step: StepWrapper = run_plain,
                  incremental: bool = False,
                  runner: RunnerName | Callable[[int], Runner] = "local",
                  partition_by: tuple[str, ...] = (), feed_urls: tuple[str, ...] = (),
                  fetch: FetchOne | None = None) -> RunSummary:
    """Build and publish one release of the dataset from every input in raw_dir.

    With ``incremental``, articles unchanged since the latest release reuse its rows.
    ``runner`` says where batch steps run (``flows.runners``; a callable taking the number
    of batches is how Prefect passes its own); every runner writes the same bytes.
    ``partition_by`` also writes sentences and statements as a Hive-partitioned dataset.
    ``feed_urls`` are remote JSONL feeds, downloaded under output_dir/.feeds by ``fetch``
    (one feed; retried: ``flows.feeds.with_retries``, or a Prefect task with retries).
    """
    began = time.perf_counter()
    clock: Clock = defaultdict(float)

    def as_step(fn: F) -> F:
        return step(timed(fn, clock))

    lock = acquire_lock(output_dir)
    try:
        landing = output_dir / LANDING
        feed_rejects = (timed(fetch_feeds, clock)(feed_urls, landing / FEEDS_FOLDER, fetch)
                        if feed_urls or landing.is_dir() else [])
        batches, rejects = as_step(plan_inputs)(raw_dir, batch_size,
                                                landing if feed_urls else None)
        rejects = feed_rejects + rejects
        cache = load_cache(output_dir) if incremental else NO_CACHE
        writer = open_release(output_dir)
        try:
            runs = (runner(len(batches)) if callable(runner)
                    else open_runner(pick_runner(runner, len(batches))))
            try:
                summary = _run_batches(raw_dir, batches, rejects, writer, step, clock, runs,
                                       cache, partition_by)
            finally:
                runs.close()
            _check_reject_share(summary, max_reject_share)
            release = as_step(write_release)(writer, summary)
        except BaseException:
            discard_release(writer)
            raise
        record_release(output_dir, release)
    finally:
        lock.close()
    summary.release = str(release)
    summary.seconds_by_step = {k: round(v, 3) for k, v in sorted(clock.items())}
    summary.seconds = round(time.perf_counter() - began, 3)
    summary.report = save_run_report(output_dir, summary.as_dict())
    return summary


def plan_inputs(raw_dir: Path, batch_size: int, feeds_root: Path | None = None,
                ) -> tuple[list[Any], list[Reject]]:
    """Batches of raw_dir, then of the downloaded feeds (paths read feeds/<name>.jsonl)."""
    if not raw_dir.is_dir():
        raise PipelineFailed(f"raw folder {raw_dir} does not exist or is not a folder")
    batches, rejects = plan_batches(raw_dir, batch_size=batch_size)
    if feeds_root is not None and feeds_root.is_dir():
        fed, refused = plan_batches(feeds_root, batch_size=batch_size)
        batches += [Batch(len(batches) + b.index, b.chunks, feeds_root) for b in fed]
        rejects += refused
    return batches, rejects


@dataclass
class _BatchLoop:
    """What the batches share, owned by this process: touched only in batch order."""

    raw_dir: Path
    n_batches: int
    writer: ReleaseWriter
    as_step: StepWrapper
    submit: Callable[..., Result]
    take: Callable[[Result], Any]
    cache: ArticleCache
    partition_by: tuple[str, ...] = ()
    summary: RunSummary = field(default_factory=RunSummary)
    seen: steps.Seen = field(default_factory=steps.Seen)
    tally: steps.SpeakerTally = field(default_factory=steps.SpeakerTally)
    rejects: list[Reject] = field(default_factory=list)
    began: float = field(default_factory=time.perf_counter)

    def run_batch(self, batch: Any) -> BatchRun:
        """One batch: each ``yield`` waits for a step; the code between runs in batch order."""
        read = self.submit(read_batch, self.raw_dir, batch)
        yield read
        raw, refused = self.take(read)
        self.summary.articles_in += len(raw)
        todo = self.cache.split(raw)  # unchanged articles reuse the latest release's rows
        cleaned = self.submit(steps.clean_articles, todo.fresh)
        yield cleaned
        articles, refused_clean = self.take(cleaned)
        articles, duplicates, self.seen = steps.drop_duplicates(todo.with_reused(articles),
                                                                self.seen)
        articles, reused = todo.separate(articles)
        sentences = self.submit(steps.segment_articles, articles)
        statements = self.submit(steps.attribute_articles, articles, sentences)
        validated = self.submit(steps.validate_articles, articles, sentences, statements)
        yield validated
        self.take(sentences), self.take(statements)  # (their times, for the summary)
        tables, refused_rows = self.take(validated)
        tables = reused.merge(tables)
        self.as_step(write_batch)(self.writer, tables, batch.index, self.partition_by)
        self.tally.add(steps.tally_speakers(tables.statements))
        self.rejects += refused + refused_clean + duplicates + refused_rows
        self.summary.statements_by_kind = dict(Counter(self.summary.statements_by_kind)
                                               + Counter(tables.statements["kind"]))
        _log_progress(batch.index + 1, self.n_batches, self.writer, self.began)


def _run_batches(raw_dir: Path, batches: list[Any], rejects: list[Reject],
                 writer: ReleaseWriter, step: StepWrapper, clock: Clock,
                 runner: Runner, cache: ArticleCache = NO_CACHE,
                 partition_by: tuple[str, ...] = ()) -> RunSummary:
    def as_step(fn: F) -> F:
        return step(timed(fn, clock))

    def submit(fn: Callable[..., Any], *args: Any) -> Result:
        return runner.submit(step(TimedStep(fn)), *args)

    def take(result: Result) -> Any:
        timed_value = result.result()
        clock[timed_value.name] += timed_value.seconds
        return timed_value.value

    loop = _BatchLoop(raw_dir, len(batches), writer, as_step, submit, take, cache,
                      partition_by, rejects=list(rejects))
    drive_in_order((loop.run_batch(b) for b in batches), window=window_for(runner))
    summary = loop.summary
    as_step(write_final_tables)(writer, steps.speaker_rows(loop.tally), loop.rejects)
    summary.rows = dict(writer.rows)
    summary.articles_reused = cache.reused
    summary.rejects_by_check = dict(sorted(Counter(r.check for r in loop.rejects).items()))
    summary.articles_rejected = sum(1 for r in loop.rejects if r.table in (None, "articles")
                                    and not r.check.startswith("duplicate"))
    return summary


def write_batch(writer: ReleaseWriter, tables: Any, batch_index: int = 0,
                partition_by: tuple[str, ...] = ()) -> None:
    writer.append("articles", tables.articles)
    writer.append("sentences", tables.sentences)
    writer.append("statements", tables.statements)
    for name in ("sentences", "statements") if partition_by else ():
        write_partitions(writer.staging / "dataset" / name, name, getattr(tables, name),
                         tables.articles, by=partition_by, batch_index=batch_index)


def write_final_tables(writer: ReleaseWriter, speakers: list[dict[str, Any]],
                       rejects: list[Reject]) -> None:
    frame = tabulate_speakers(speakers)
    failures = schema_failures(frame, SpeakersSchema)
    if failures:
        raise PipelineFailed(f"speakers table fails validation: {failures}")
    writer.append("speakers", frame)
    writer.append("rejects", steps.rejects_frame(rejects))


def write_release(writer: ReleaseWriter, summary: RunSummary) -> Path:
    return publish_release(writer, summary={"articles_in": summary.articles_in,
                                            "rejects_by_check": summary.rejects_by_check,
                                            "statements_by_kind": summary.statements_by_kind})


def _check_reject_share(summary: RunSummary, max_share: float) -> None:
    published = summary.rows.get("articles", 0)
    refused = summary.articles_rejected
    top = ", ".join(f"{c} x{n}" for c, n in Counter(summary.rejects_by_check).most_common(3))
    if published == 0:
        raise PipelineFailed(f"nothing valid remains: no article could be published "
                             f"({refused} rejects: {top or 'no inputs found'})")
    share = refused / (published + refused)
    if share > max_share:
        raise PipelineFailed(f"{share:.0%} of inputs were rejected, above the limit of "
                             f"{max_share:.0%} ({top}); fix the inputs or raise "
                             "--max-reject-share")


def _log_progress(done: int, total: int, writer: ReleaseWriter, began: float) -> None:
    elapsed = time.perf_counter() - began
    articles = writer.rows["articles"]
    rate = articles / elapsed if elapsed else 0.0
    left = elapsed / done * (total - done)
    logger.info("batch %d/%d: %d articles, %d statements so far (%.0f articles/s, "
                "%.0f s left)", done, total, articles, writer.rows["statements"], rate, left)
