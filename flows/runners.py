"""Where the flow's batch steps run: in this process, or in a pool of worker processes.

The flow body (``flows.pipeline``) submits each batch step through a runner and takes the
results back **in batch order**, so the tables are written in one place, in one order, and
every runner gives byte-identical output. A runner only decides where a step call runs:

    inline   each step runs when submitted, here (library calls, tests, tiny inputs)
    process  a pool of worker processes, one per core; batches are pipelined

With Prefect, ``flows.prefect_flow`` submits the same steps as Prefect tasks instead, to
Prefect's ``ProcessPoolTaskRunner`` or to Dask through ``prefect_dask.DaskTaskRunner``.

Steps that may run in another process are wrapped in :class:`TimedStep`: it returns the
value together with the seconds it took where it ran, so per-step times survive the trip.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from flows.memory import release_memory, tune_malloc

RunnerName = Literal["auto", "local", "process", "dask"]
RUNNERS: tuple[RunnerName, ...] = ("auto", "local", "process", "dask")


class Result(Protocol):
    def result(self) -> Any: ...


class Runner(Protocol):
    workers: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Result: ...

    def close(self) -> None: ...


class Timed:
    """A step's value and the seconds the step took where it ran.

    A value computed in another process travels pickled and is unpickled only where it is
    read (``value``): a result that only passes through this process from one worker step
    to the next (sentences, statements) is never turned back into objects here, which spares
    this process the objects' memory and the time to unpickle and pickle them again."""

    __slots__ = ("name", "seconds", "_value", "_pickled")

    def __init__(self, name: str, value: Any, seconds: float,
                 pickled: bytes | None = None) -> None:
        self.name, self.seconds = name, seconds
        self._value, self._pickled = value, pickled

    @classmethod
    def packed(cls, name: str, value: Any, seconds: float) -> Timed:
        return cls(name, None, seconds, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    @property
    def value(self) -> Any:
        if self._pickled is not None:
            self._value, self._pickled = pickle.loads(self._pickled), None
        return self._value

    def take(self) -> Any:
        """The value, handed over: this Timed keeps nothing of it from here.

        With Prefect, the task run's future and state still refer to the Timed after the flow
        took its value, in a reference cycle (the future is a callback of its own wrapped
        future) that only a full collection frees: batches of articles and tables were held
        there, up to ~200 MiB of the flow's process at 10x. Emptied, the cycle holds a shell."""
        value = self.value
        self._value = None
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (Timed, (self.name, self._value, self.seconds, self._pickled))


class Opaque:
    """An argument no scheduler looks into (Dask rebuilds dataclasses and tuples it finds in
    task arguments, which turned a Batch into a tuple)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (Opaque, (self.value,))


def unwrap(value: Any) -> Any:
    return value.value if isinstance(value, Timed | Opaque) else value


class TimedStep:
    """A picklable wrapper: unwraps Timed arguments, runs the step, returns a Timed value
    (pickled when the step ran in another process than the one that made the wrapper)."""

    def __init__(self, fn: Callable[..., Any], home: int | None = None) -> None:
        self.fn = fn
        self.home = os.getpid() if home is None else home
        functools.update_wrapper(self, fn)

    def __call__(self, *args: Any, **kwargs: Any) -> Timed:
        args = tuple(unwrap(a) for a in args)
        kwargs = {k: unwrap(v) for k, v in kwargs.items()}
        began = time.perf_counter()
        value = self.fn(*args, **kwargs)
        seconds = time.perf_counter() - began
        if os.getpid() == self.home:
            return Timed(self.fn.__name__, value, seconds)
        return Timed.packed(self.fn.__name__, value, seconds)

    def __reduce__(self) -> tuple[Any, ...]:
        return (TimedStep, (self.fn, self.home))


class Done:
    """An already computed result (what the inline runner hands back)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


class InlineRunner:
    """Runs each step when it is submitted, in this process: the sequential flow."""

    workers = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> Result:
        return Done(fn(*(a.result() if _is_result(a) else a for a in args)))

    def close(self) -> None:
        pass


class ProcessRunner:
    """A pool of lanes, each running one step at a time: ``home_lanes`` of them run it in
    this process, the others hand it to a worker process. Arguments that are results of
    earlier submissions are awaited in a helper thread, so submitting never blocks the flow
    body.

    By default (several lanes) one lane runs here: the flow's process has imported
    everything a batch step needs (pandas and pandera for the validation, the attribution),
    and is otherwise mostly waiting (its share of a run's CPU: ~15%), while a worker costs
    ~175 MiB of RSS once it analysed a batch. With two cores: one worker process instead of
    two. Measured under Prefect on a loaded machine, tables byte-identical: peak RSS of the
    run's processes 845 -> 719 MiB at 1x, 948 -> 835 MiB at 10x, where the peak is now the
    release's publication (the flow alone, 601 MiB, after the worker ended), for about the
    same CPU seconds (+5%: flow 8 -> 33 s, workers 42.5 -> 24 s at 1x). The lanes take the
    steps from one queue, so a slower lane (this process also orchestrates) takes fewer.

    Workers are spawned, not forked: a forked worker starts as a copy of this process (with
    Prefect loaded: ~220 MiB of RSS each before any batch, against ~125 MiB for a fresh
    interpreter that imports only the steps), and forking a process that runs threads is
    unsafe. Each worker gives its freed memory back after every step (``flows.memory``)."""

    def __init__(self, workers: int | None = None, home_lanes: int | None = None) -> None:
        self.workers = workers or cpu_count()
        self.home_lanes = (min(HOME_LANES, self.workers - 1) if home_lanes is None
                           else min(home_lanes, self.workers))
        self._pool = (ProcessPoolExecutor(self.workers - self.home_lanes,
                                          mp_context=multiprocessing.get_context(START_METHOD),
                                          initializer=_start_worker, initargs=(os.getpid(),))
                      if self.workers > self.home_lanes else None)
        lanes = itertools.count()
        self._lane = threading.local()
        self._lanes = ThreadPoolExecutor(self.workers, thread_name_prefix="lane",
                                         initializer=self._number_lane, initargs=(lanes,))
        self._waiters = ThreadPoolExecutor(8 * self.workers, thread_name_prefix="await-step")

    def _number_lane(self, lanes: Iterator[int]) -> None:
        self._lane.number = next(lanes)

    def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a step in this lane: here, or in a worker process."""
        if self._lane.number < self.home_lanes or self._pool is None:
            return _released(fn, *args)
        return self._pool.submit(_released, fn, *args).result()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Result:
        if not any(_is_result(a) for a in args):
            return self._lanes.submit(self._run, fn, *args)
        return self._waiters.submit(self._after, fn, args)

    def _after(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        ready = tuple(a.result() if _is_result(a) else a for a in args)
        return self._lanes.submit(self._run, fn, *ready).result()

    def close(self) -> None:
        self._waiters.shutdown(wait=True, cancel_futures=True)
        self._lanes.shutdown(wait=True, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        release_memory()  # before the release is published (the database build's peak)


START_METHOD = "spawn"
HOME_LANES = 1  # lanes of a ProcessRunner that run steps in the flow's process
PARENT_POLL_SECONDS = 0.5


def _start_worker(parent: int) -> None:
    """Worker initializer: small heaps, and end the worker once the run that started it is
    gone (a SIGKILLed run cannot shut its pool down, and its workers would wait on their
    queue for ever)."""
    tune_malloc()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _released(fn: Callable[..., Any], *args: Any) -> Any:
    """Run a step in a worker; first give back what the previous step left (its arguments
    and pickled result are freed only once that result was sent)."""
    release_memory()
    return fn(*args)


def _is_result(value: Any) -> bool:
    return isinstance(value, Future | Done)


BatchRun = Generator[Result, None, None]


@dataclass
class _Flight:
    run: BatchRun
    waiting: Result | None
    stage: int = 0
    done: bool = False


def drive_in_order(runs: Iterable[BatchRun], *, window: int) -> None:
    """Drive per-batch generators, at most ``window`` batches in flight (bounded memory).

    Each generator submits steps, then yields the result it waits for before its next stage.
    Stage k of batch i resumes only once batch i-1 is past stage k, so whatever a stage does
    in this process (de-duplicate against earlier batches, write tables) happens in batch
    order, whatever order the workers finish in.
    """
    pending = iter(runs)
    flights: deque[_Flight] = deque()
    exhausted = False
    while True:
        while flights and flights[0].done:
            flights.popleft()
            release_memory()  # the batch is written: give its memory back
        while not exhausted and len(flights) < window:
            run = next(pending, None)
            if run is None:
                exhausted = True
            else:
                flights.append(_advance(_Flight(run, None, stage=-1)))
        if not flights:
            return
        ready = [f for i, f in enumerate(flights)
                 if not f.done and (i == 0 or flights[i - 1].stage > f.stage)]
        finished = [f for f in ready if _is_done(f.waiting)]
        _advance(finished[0] if finished else min(ready, key=lambda f: f.stage))


def _advance(flight: _Flight) -> _Flight:
    if flight.waiting is not None:
        flight.waiting.result()  # block here, not inside the stage (errors surface the same)
    try:
        flight.waiting = flight.run.send(None)
        flight.stage += 1
    except StopIteration:
        flight.done, flight.stage = True, 1 << 30
    return flight


def _is_done(result: Result | None) -> bool:
    if result is None or isinstance(result, Done):
        return True
    done = getattr(result, "done", None) or getattr(getattr(result, "wrapped_future", None),
                                                    "done", None)
    return bool(done()) if done else False


def cpu_count() -> int:
    """Cores this process may use (the affinity mask, not the machine's total)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def pick_runner(name: RunnerName, n_batches: int) -> Literal["local", "process", "dask"]:
    """``auto``: worker processes when there are several batches to process (an incremental
    run does not count those it replays) and several cores, with or
    without Prefect (21.6k-article corpus, 2 cores, under Prefect: 32.0 s process against
    36.9 s local, once Prefect no longer walks the batches passed between tasks)."""
    if name != "auto":
        return name
    return "process" if n_batches > 1 and cpu_count() > 1 else "local"


def window_for(runner: Runner) -> int:
    """Batches in flight: enough to keep every worker busy while this process writes."""
    return 1 if runner.workers <= 1 and isinstance(runner, InlineRunner) else runner.workers + 2


def open_runner(name: Literal["local", "process", "dask"], *,
                workers: int | None = None) -> Runner:
    if name == "dask":
        raise ValueError("the dask runner runs batch steps as Prefect tasks: it needs Prefect "
                         "(drop --no-prefect)")
    if name == "process":
        return ProcessRunner(workers)
    return InlineRunner()
