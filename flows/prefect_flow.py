"""Prefect wiring: the pipeline's steps as tasks of one flow. The only module importing Prefect.

Tasks cover whole batches (thousands of articles), never single articles: Prefect costs
10-15 ms per task run. Steps are pure and deterministic, so they are never retried; they
are not cached either (inputs are large, hashing them would cost more than the step). The one
step that touches the outside world, downloading a remote feed (``fetch_feed``), is a task
with retries: one task run per feed, so one flaky feed does not download the others again.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.logging import get_logger, get_run_logger
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import prefect_server
from flows.feeds import RETRIES, RETRY_DELAY_SECONDS, fetch_feed, retry_delays
from flows.pipeline import build_dataset
from flows.report import build_report, report_markdown, report_tables
from flows.runners import (
    InlineRunner,
    Opaque,
    ProcessRunner,
    Result,
    Runner,
    TimedStep,
    cpu_count,
    pick_runner,
)

FLOW_NAME = "build-statements-dataset"


def as_task(fn: Any, *, futures_resolved_in_task: bool = False) -> Any:
    return QuotedTask(task(fn, name=fn.__name__, cache_policy=NO_CACHE, persist_result=False,
                           log_prints=False), futures_resolved_in_task=futures_resolved_in_task)


def as_retried_task(fn: Any, retries: int = RETRIES,
                    delay: float = RETRY_DELAY_SECONDS) -> Any:
    """A step that touches the outside world: retried after delay, 2x delay, 4x delay ..."""
    return task(fn, name=fn.__name__, cache_policy=NO_CACHE, persist_result=False,
                log_prints=False, retries=retries,
                retry_delay_seconds=retry_delays(retries, delay) or 0)


class QuotedTask:
    """A task whose arguments Prefect does not walk: each is wrapped in ``quote``.

    Prefect visits every argument of a task run looking for futures and states; on a batch
    of 1,000 articles that took 800 ms per call (6 ms quoted). Futures of earlier steps are
    passed unquoted so the task runner still resolves them (on Dask, worker to worker)."""

    def __init__(self, prefect_task: Any, *, futures_resolved_in_task: bool = False) -> None:
        self.task = prefect_task
        self.__name__ = prefect_task.name
        self.futures_resolved_in_task = futures_resolved_in_task

    def __call__(self, *args: Any) -> Any:
        return self.task(*(quote(a) for a in args))

    def submit(self, *args: Any) -> PrefectFuture[Any]:
        # Submitted steps are TimedSteps, which unwrap Opaque. Not ``quote`` here: on Dask a
        # quoted argument arrived as a nested tuple (prefect-dask 0.3.7).
        if self.futures_resolved_in_task:
            # A future passed as an argument is replaced by its result, which Prefect then
            # walks whole (every article and sentence of the batch: the flow's process spent
            # most of its time there). Hidden in Opaque, it is only waited for (``wait_for``
            # keeps the dependency in the UI) and the task body takes its result (InPool).
            futures = [a for a in args if isinstance(a, PrefectFuture)]
            hidden: PrefectFuture[Any] = self.task.submit(*(Opaque(a) for a in args),
                                                          wait_for=futures or None)
            return hidden
        future: PrefectFuture[Any] = self.task.submit(
            *(a if isinstance(a, PrefectFuture) else Opaque(a) for a in args))
        return future


class TaskSubmitter:
    """Submits batch steps (QuotedTasks) to the flow's task runner (process pool or Dask)."""

    def __init__(self, workers: int, pool: ProcessRunner | None = None) -> None:
        self.workers = workers
        self.pool = pool

    def submit(self, fn: Any, *args: Any) -> Result:
        return fn.submit(*args)  # type: ignore[no-any-return]

    def close(self) -> None:
        """The batches are done: end the worker processes before the release is published
        (their memory would add to the database build's at the run's peak)."""
        if self.pool is not None:
            self.pool.close()


class InPool:
    """A batch step whose task body runs in a worker process of ``pool`` and waits for it."""

    def __init__(self, fn: TimedStep, pool: ProcessRunner) -> None:
        functools.update_wrapper(self, fn)  # (copies fn's __dict__: set ours after)
        self.fn, self.pool = fn, pool

    def __call__(self, *args: Any, **kwargs: Any) -> Any:  # Prefect passes defaults by name
        ready = tuple(_settled(a) for a in args)
        return self.pool.submit(functools.partial(self.fn, **kwargs), *ready).result()


def _settled(argument: Any) -> Any:
    """An upstream step's result in place of its (hidden) future; other arguments as given."""
    inner = argument.value if isinstance(argument, Opaque) else argument
    return inner.result() if isinstance(inner, PrefectFuture) else argument


@dataclass
class Execution:
    """How the flow runs batch steps: which submitter, and (process) the worker pool."""

    runner: str
    workers: int
    pool: ProcessRunner | None = None

    def as_step(self, fn: Any) -> Any:
        if self.pool is not None and isinstance(fn, TimedStep):
            return as_task(InPool(fn, self.pool), futures_resolved_in_task=True)
        return as_task(fn)

    def open_submitter(self, n_batches: int) -> Runner:
        chosen = pick_runner(self.runner, n_batches)  # type: ignore[arg-type]
        if chosen == "local":
            return InlineRunner()  # tasks called in the flow's thread, one at a time
        if chosen == "process":
            self.pool = ProcessRunner(self.workers)
        return TaskSubmitter(self.workers, self.pool)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


def task_runner_for(runner: str, dask_address: str | None = None,
                    workers: int | None = None) -> TaskRunner[Any]:
    """``dask``: prefect-dask on a temporary LocalCluster, or on the scheduler at dask_address.
    Otherwise threads: with ``process``, each task's thread hands the step to a worker process
    of our own pool and waits (Prefect's ProcessPoolTaskRunner measured 3x slower here: it
    ships every argument and result through its own subprocess machinery)."""
    workers = workers or cpu_count()
    if runner == "dask":
        from prefect_dask.task_runners import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=4 * (workers + 2))  # every step of the window


@contextmanager
def temporary_api() -> Iterator[None]:
    """Prefect's temporary server for this run, unless PREFECT_API_URL (in the environment
    or a Prefect profile) names a server.

    Prefect would start the same server (``SubprocessASGIServer``), but importing its
    launcher loads the whole server (FastAPI, SQLAlchemy: ~1,000 modules, ~80 MiB of RSS)
    into this process, which only talks to the API. Its address is exported, so Dask workers,
    which inherit the environment, share it (otherwise each started its own: three servers
    for two workers)."""
    if os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value():  # (or a profile's)
        prefect_server.discard_early()
        yield
        return
    url = _temporary_server()
    os.environ["PREFECT_API_URL"] = url
    try:
        with temporary_settings({PREFECT_API_URL: url}):
            yield
    finally:
        del os.environ["PREFECT_API_URL"]


@functools.cache
def _temporary_server() -> str:
    """Started once per process (or taken from the command line, which launched it before its
    imports: ``flows.prefect_server``) and stopped at exit, as Prefect does with its own:
    after Prefect's services sent their last events (they drain at thread shutdown, before
    atexit hooks), and shared by the runs of one process (a test session)."""
    server = prefect_server.start(
        float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")),
        get_current_settings().to_environment_variables(exclude_unset=True))
    get_logger("temporary_server").info("temporary Prefect server on %s", server.url)
    return server.url


def run_flow(*, runner: str = "auto", dask_address: str | None = None,
             workers: int | None = None, **parameters: Any) -> dict[str, Any]:
    """Run the flow with the task runner that ``runner`` names (the command line's entry)."""
    with temporary_api():
        chosen = build_statements_dataset.with_options(
            task_runner=task_runner_for(runner, dask_address, workers))
        result: dict[str, Any] = chosen(runner=runner, workers=workers or cpu_count(),
                                        **parameters)
    return result


@flow(name=FLOW_NAME, persist_result=False, log_prints=False, validate_parameters=True)
def build_statements_dataset(raw_dir: str = "raw", output_dir: str = "output",
                             batch_size: int = 2000, max_reject_share: float = 0.5,
                             incremental: bool = True, runner: str = "local",
                             workers: int = 1, partition_by: list[str] | None = None,
                             feed_urls: list[str] | None = None, feed_retries: int = RETRIES,
                             feed_retry_delay: float = RETRY_DELAY_SECONDS,
                             ) -> dict[str, Any]:
    """Build a release of the who-said-what dataset from the articles in raw_dir."""
    logger = get_run_logger()
    if not logging.getLogger("flows").level:  # a run started by `serve`: keep progress lines
        logging.getLogger("flows").setLevel(logging.INFO)
    execution = Execution(runner, workers)
    try:
        summary = build_dataset(Path(raw_dir), Path(output_dir), batch_size=batch_size,
                                max_reject_share=max_reject_share, step=execution.as_step,
                                incremental=incremental, runner=execution.open_submitter,
                                partition_by=tuple(partition_by or ()),
                                feed_urls=tuple(feed_urls or ()),
                                fetch=as_retried_task(fetch_feed, feed_retries,
                                                      feed_retry_delay))
    finally:
        execution.close()
    logger.info("published %s: %s (%d of %d articles reused)", summary.release, summary.rows,
                summary.articles_reused, summary.articles_in)
    publish_report_artifacts(json.loads(Path(summary.report).read_text(encoding="utf-8"))
                             if summary.report else build_report(summary.as_dict()))
    return summary.as_dict()


def publish_report_artifacts(report: dict[str, Any]) -> None:
    """The run report as Prefect artifacts: one markdown page and one table per figure."""
    create_markdown_artifact(report_markdown(report), key="run-report",
                             description=f"Run report of release {report['release']}")
    for key, rows in report_tables(report).items():
        create_table_artifact(rows, key=key, description=key.replace("-", " ").capitalize())
