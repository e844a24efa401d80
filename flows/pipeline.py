"""The flow body, written once: plan -> per batch (ingest, clean, segment, attribute,
validate, write) -> publish. ``step`` decides how each step runs: plain calls by default,
Prefect tasks when ``flows.prefect_flow`` passes its wrapper.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from flows import speaker_tally, steps
from flows.batches import BatchLoop
from flows.batches import RunSummary as RunSummary  # (its home before flows.batches)
from flows.chunks import (
    ChunkIndex,
    ChunkRecord,
    with_csv_spans,
)
from flows.feeds import FEEDS_FOLDER, LANDING, FetchOne, fetch_feeds
from flows.incremental import (
    NO_CACHE,
    load_chunk_index,
    record_release,
    reusable_release,
)
from flows.ingest import Batch, plan_batches
from flows.records import Reject
from flows.release import (
    acquire_lock,
    copy_database,
    discard_release,
    open_release,
    publish_release,
)
from flows.report import save_run_report
from flows.runners import (
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
from flows.writer import ReleaseWriter
from schemas import SpeakersSchema

logger = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
Clock = defaultdict[str, float]  # seconds per step name


class StepWrapper(Protocol):
    """How a step runs: returns the step itself, or a stand-in that runs it (a task)."""

    def __call__(self, fn: F, /) -> F: ...


class PipelineFailed(RuntimeError):
    """The run refused to publish (nothing valid, or too many rejects); latest is unchanged."""


def run_plain(fn: F) -> F:
    return fn


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
    of batches to process, those not replayed, is how Prefect passes its own); every runner
    writes the same bytes.
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
        chunks = load_chunk_index(output_dir) if incremental else ChunkIndex()
        writer = open_release(output_dir)
        if incremental:
            writer.copied_from = reusable_release(output_dir)
        try:
            # a runner for the batches to process: a re-run that replays all but one batch
            # spawns no worker processes
            to_process = chunks.to_process(raw_dir, batches)
            if writer.copied_from is not None and to_process:  # the database will change
                writer.database_copy = copy_database(output_dir, writer.copied_from)
            runs = (runner(to_process) if callable(runner)
                    else open_runner(pick_runner(runner, to_process)))
            try:
                summary, records = _run_batches(raw_dir, batches, rejects, writer, step,
                                                clock, runs, chunks, incremental,
                                                partition_by)
            finally:
                runs.close()
            _check_reject_share(summary, max_reject_share)
            release = as_step(write_release)(writer, summary)
        except BaseException:
            discard_release(writer)
            raise
        # a release kept from before (same tables) has CSV files this run did not write: the
        # spans measured in its staging folder hold for those the previous record vouches for
        kept_csv = (None if writer.published == release
                    else chunks.csv_files if release == chunks.release else {})
        record_release(output_dir, release, with_csv_spans(records, writer.csv_spans),
                       writer.arrow_copy, kept_csv)
    finally:
        lock.close()
    summary.release = str(release)
    summary.new_release = not writer.kept_latest  # latest moved (to a new release, mostly)
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


def _run_batches(raw_dir: Path, batches: list[Any], rejects: list[Reject],
                 writer: ReleaseWriter, step: StepWrapper, clock: Clock,
                 runner: Runner, chunks: ChunkIndex, incremental: bool = False,
                 partition_by: tuple[str, ...] = (),
                 ) -> tuple[RunSummary, dict[str, ChunkRecord]]:
    def as_step(fn: F) -> F:
        return step(timed(fn, clock))

    def submit(fn: Callable[..., Any], *args: Any) -> Result:
        return runner.submit(step(TimedStep(fn)), *args)

    def take(result: Result) -> Any:
        timed_value = result.result()
        value = timed_value.take()  # nothing left behind in the runner's future
        if isinstance(value, steps.StepTimes):  # several steps in one call: their own times
            for name, seconds in value.seconds.items():
                clock[name] += seconds
            return value.value
        clock[timed_value.name] += timed_value.seconds
        return value

    # a batch is written here, in batch order (mostly handed to the writer's threads), and
    # timed, but not as a Prefect task: that would cost a task run per batch
    loop = BatchLoop(raw_dir, len(batches), writer, lambda fn: timed(fn, clock), submit, take,
                      chunks, incremental, partition_by, rejects=list(rejects),
                      tally=speaker_tally.SpeakerTally(spill=writer.staging / SPEAKER_TALLY),
                      previous_tally=(chunks.speaker_tally()
                                      if writer.copied_from is not None
                                      and writer.copied_from == chunks.release else None))
    try:
        drive_in_order((loop.run_batch(b) for b in batches), window=window_for(runner))
        runner.close()  # the workers are idle from here: their memory would add to the peak
        as_step(write_final_tables)(writer, speaker_tally.speaker_columns(loop.speakers()),
                                    loop.rejects)
    finally:
        loop.tally.close()
    summary = loop.summary
    summary.rows = dict(writer.rows)
    summary.articles_reused = loop.reused_chunk_articles + (loop.cache or NO_CACHE).reused
    summary.articles_replayed = loop.reused_chunk_articles
    summary.rejects_by_check = dict(sorted(Counter(r.check for r in loop.rejects).items()))
    summary.articles_rejected = sum(1 for r in loop.rejects if r.table in (None, "articles")
                                    and not r.check.startswith("duplicate"))
    return summary, loop.records


SPEAKER_TALLY = ".speaker-tally.arrow"  # in the staging folder; read and deleted before publishing


def write_final_tables(writer: ReleaseWriter, speakers: dict[str, list[object]],
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
