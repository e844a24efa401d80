"""What keeps the run's memory down: fresh worker processes, step results that pass through the
flow's process still pickled, pandera without dask. (Peak RSS is measured by bench/scale.py.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.memory import release_memory, tune_malloc
from flows.pipeline import build_dataset
from flows.publish import duckdb_db
from flows.runners import ProcessRunner, TimedStep
from tests.test_scale import invented_article

REPO = Path(__file__).resolve().parents[1]
unpickled_in: list[int] = []  # pids of the processes that unpickled a Loud here


def invented_raw(folder: Path, count: int) -> Path:
    """A raw folder of ``count`` invented articles in one feed."""
    raw = folder / "raw"
    raw.mkdir()
    (raw / "feed.jsonl").write_text("".join(json.dumps(invented_article(i)) + "\n"
                                            for i in range(count)), encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def small_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release of 12 invented articles (read only by the database tests)."""
    folder = tmp_path_factory.mktemp("small-release")
    return Path(build_dataset(invented_raw(folder, 12), folder / "out").release)


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
    runner = ProcessRunner(2, home_lanes=0)
    try:
        made = runner.submit(TimedStep(make_loud))
        taken = runner.submit(TimedStep(name_of), made)
        assert taken.result().value == "Loud"  # unpickled in the worker that took it
        assert unpickled_in == []
        assert isinstance(made.result().value, Loud)  # read here: unpickled here, once
        assert unpickled_in == [os.getpid()]
    finally:
        runner.close()


def slow_pid(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def pids_of_two_steps_at_once(runner: ProcessRunner) -> set[int]:
    try:
        running = [runner.submit(TimedStep(slow_pid), 1.0) for _ in range(2)]
        return {r.result().value for r in running}
    finally:
        runner.close()


def test_one_lane_of_a_process_runner_runs_its_step_in_this_process() -> None:
    """The flow's process has the steps' modules loaded and is mostly waiting: it takes one
    lane, and one worker process fewer holds its memory."""
    pids = pids_of_two_steps_at_once(ProcessRunner(2))
    assert os.getpid() in pids and len(pids) == 2  # here and in the one worker


def test_a_step_run_in_this_process_lane_is_not_pickled() -> None:
    runner = ProcessRunner(1, home_lanes=1)
    try:
        before = len(unpickled_in)
        assert isinstance(runner.submit(TimedStep(make_loud)).result().value, Loud)
        assert len(unpickled_in) == before
    finally:
        runner.close()


def test_a_single_lane_or_no_home_lane_runs_steps_in_workers() -> None:
    assert os.getpid() not in pids_of_two_steps_at_once(ProcessRunner(1))
    assert os.getpid() not in pids_of_two_steps_at_once(ProcessRunner(2, home_lanes=0))


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


def test_duckdb_is_loaded_only_to_publish(tmp_path: Path) -> None:
    """A run's process loads DuckDB (~13 MiB) when it publishes, after the batches, not while
    its workers hold their memory (the run's peak)."""
    raw = invented_raw(tmp_path, 6)
    script = ("import sys\nfrom pathlib import Path\nimport flows.cli, flows.prefect_flow\n"
              "from flows.pipeline import build_dataset\nseen = []\n"
              "def step(fn):\n"
              "    def run(*args, **kwargs):\n"
              "        seen.append((fn.__name__, 'duckdb' in sys.modules))\n"
              "        return fn(*args, **kwargs)\n"
              "    return run\n"
              "build_dataset(Path(sys.argv[1]), Path(sys.argv[2]), batch_size=2, step=step)\n"
              "print(seen[-1], 'duckdb' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script, str(raw), str(tmp_path / "out")],
                          cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["('write_release',", "False)", "True"]


def test_malloc_tuning_applies_and_trimming_runs() -> None:
    assert tune_malloc() is sys.platform.startswith("linux")  # glibc on the CI image
    release_memory()


def test_a_database_build_over_its_memory_cap_is_done_again_uncapped(
        small_release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = small_release
    monkeypatch.setattr(duckdb_db, "BUILD_MEMORY_LIMITS", ("1KB", "2KB", None))  # none fits
    with pytest.raises(duckdb.OutOfMemoryException):
        duckdb_db._fill(tmp_path / "capped.duckdb", release, duckdb_db.SMALL_BLOCK, "1KB")
    folder = tmp_path / "again"
    folder.mkdir()
    for table in release.glob("*.parquet"):
        shutil.copy(table, folder)
    duckdb_db.write_duckdb(folder)
    with duckdb.connect(str(folder / duckdb_db.DB_NAME), read_only=True) as db:
        row = db.execute("SELECT count(*) FROM statements").fetchone()
    assert row is not None and row[0] == pq.read_table(release / "statements.parquet").num_rows


def test_a_database_filled_a_few_rows_per_insert_holds_every_row_in_order(
        small_release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = small_release
    monkeypatch.setattr(duckdb_db, "INSERT_ROWS", 5)  # several INSERTs per table, one partial
    target = tmp_path / "chunked.duckdb"
    duckdb_db._fill(target, release, duckdb_db.SMALL_BLOCK, duckdb_db.BUILD_MEMORY_LIMIT)
    with duckdb.connect(str(target), read_only=True) as db:
        for name in ("articles", "sentences", "statements", "speakers", "rejects"):
            expected = pq.read_table(release / f"{name}.parquet")
            assert name in ("speakers", "rejects") or expected.num_rows > 5
            held = db.sql(f"SELECT * FROM {name} ORDER BY rowid").to_arrow_table()
            assert held.column_names == expected.column_names
            assert held.to_pylist() == expected.to_pylist(), name


def test_the_database_build_is_capped_below_the_defaults(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    seen: list[dict[str, object]] = []
    connect = duckdb.connect

    def spy(*args: object, config: dict[str, object] | None = None, **kw: object) -> object:
        seen.append(dict(config or {}))
        return connect(*args, config=config or {}, **kw)  # type: ignore[arg-type]

    folder = tmp_path / "empty"
    folder.mkdir()
    monkeypatch.setattr(duckdb_db.duckdb, "connect", spy)
    with pytest.raises(OSError):  # no Parquet files: the build fails, after connecting
        duckdb_db._fill(tmp_path / "x.duckdb", folder, duckdb_db.SMALL_BLOCK,
                        duckdb_db.BUILD_MEMORY_LIMIT)
    assert seen == [{"memory_limit": "192MB"}]


def test_a_commit_out_of_memory_tries_the_next_cap() -> None:
    refused = duckdb.TransactionException("Failed to commit: could not allocate block of "
                                          "size 256.0 KiB (121.9 MiB/122.0 MiB used)")
    assert duckdb_db._out_of_memory(refused)
    assert duckdb_db._out_of_memory(duckdb.TransactionException(
        "Failed to commit: failed to allocate data of size 64.0 KiB (122.0 MiB/122.0 MiB used)"))
    assert duckdb_db._out_of_memory(duckdb.OutOfMemoryException("out of memory"))
    assert not duckdb_db._out_of_memory(duckdb.TransactionException("conflict"))
    assert not duckdb_db._out_of_memory(duckdb.ConstraintException("duplicate key"))
    assert duckdb_db.BUILD_MEMORY_LIMITS == ("192MB", "256MB", None)


@pytest.mark.slow
def test_prefect_futures_left_behind_hold_no_batch(tmp_path: Path) -> None:
    """Prefect's future of a task run and its state refer to the step's result in a reference
    cycle that only a full collection frees; the flow takes the value out, so what is left
    there until then holds no article (at 10x it held ~200 MiB of batches)."""
    import gc

    from flows.prefect_flow import run_flow
    from flows.records import Article

    raw = invented_raw(tmp_path, 20)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    gc.collect()
    gc.disable()  # what a full collection would free stays, to be looked at
    try:
        summary = run_flow(runner="process", workers=2, raw_dir=str(raw),
                           output_dir=str(tmp_path / "out"), batch_size=5, incremental=False)
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, Article)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert summary["rows"]["articles"] == 20
    assert left == []
