"""What keeps the run's memory down: fresh worker processes, step results that pass through the
flow's process still pickled, pandera without dask. (Peak RSS is measured by bench/scale.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from flows.memory import release_memory, tune_malloc
from flows.runners import ProcessRunner, TimedStep

REPO = Path(__file__).resolve().parents[1]
unpickled_in: list[int] = []  # pids of the processes that unpickled a Loud here


class Loud:
    """Records every unpickling in the process that does it."""

    def __reduce__(self) -> tuple[object, ...]:
        return (_loaded, ())


def _loaded() -> Loud:
    unpickled_in.append(os.getpid())
    return Loud()


def make_loud() -> Loud:
    return Loud()


def name_of(value: object) -> str:
    return type(value).__name__


def loaded(module: str) -> bool:
    return module in sys.modules


def test_a_result_passed_from_worker_to_worker_is_not_unpickled_here() -> None:
    runner = ProcessRunner(2)
    try:
        made = runner.submit(TimedStep(make_loud))
        taken = runner.submit(TimedStep(name_of), made)
        assert taken.result().value == "Loud"  # unpickled in the worker that took it
        assert unpickled_in == []
        assert isinstance(made.result().value, Loud)  # read here: unpickled here, once
        assert unpickled_in == [os.getpid()]
    finally:
        runner.close()


def test_a_step_run_here_is_not_pickled() -> None:
    before = len(unpickled_in)
    assert isinstance(TimedStep(make_loud)().value, Loud)
    assert len(unpickled_in) == before


def test_workers_do_not_inherit_this_process_modules() -> None:
    import prefect  # noqa: F401  (what a forked worker would carry: the flow's process has it)

    runner = ProcessRunner(1)
    try:
        assert runner.submit(TimedStep(loaded), "flows.runners").result().value
        assert runner.submit(TimedStep(loaded), "prefect").result().value is False
    finally:
        runner.close()


def test_pandera_builds_schemas_without_importing_dask() -> None:
    script = ("import sys\nfrom schemas import TABLES\n"
              "for spec in TABLES: spec.model.to_schema()\n"
              "print('dask.dataframe' in sys.modules)\n"
              "import dask.dataframe\nprint('importable')\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["False", "importable"]


def test_malloc_tuning_applies_and_trimming_runs() -> None:
    assert tune_malloc() is sys.platform.startswith("linux")  # glibc on the CI image
    release_memory()
