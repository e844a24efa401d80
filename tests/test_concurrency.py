"""Two real runs on one output folder: the second stops clearly, the output stays whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.pipeline import build_dataset
from tests.conftest import REPO
from tests.test_incremental import assert_same_tables, invented_article, write_feed

EXIT_LOCKED = 3


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    write_feed(folder / "wire.jsonl", [invented_article(n) for n in range(120)])
    return folder


def start_run(raw: Path, output: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "flows", "run", "--no-prefect", "--raw-dir",
                             str(raw), "--output-dir", str(output), "--batch-size", "20"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_lock(output: Path, process: subprocess.Popen[str]) -> None:
    """Until the process holds output/.lock (it writes its pid there once it has it)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        lock = output / ".lock"
        if lock.exists() and f"pid {process.pid} " in lock.read_text(encoding="utf-8"):
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    raise AssertionError("the first run never took the lock")


def test_a_second_run_exits_3_while_the_first_holds_the_output(raw: Path, tmp_path: Path,
                                                               ) -> None:
    output = tmp_path / "out"
    first = start_run(raw, output)
    try:
        wait_for_lock(output, first)
        os.kill(first.pid, signal.SIGSTOP)  # the first run is mid-way and stays there
        second = start_run(raw, output)
        _, error = second.communicate(timeout=120)
    finally:
        os.kill(first.pid, signal.SIGCONT)
    assert second.returncode == EXIT_LOCKED, error
    assert f"another run is writing to {output} (pid {first.pid} since" in error
    assert "Traceback" not in error
    _, first_error = first.communicate(timeout=300)
    assert first.returncode == 0, first_error
    rebuilt = build_dataset(raw, tmp_path / "rebuilt", batch_size=20)
    assert_same_tables(output / "latest", Path(rebuilt.release))
    assert not list(output.glob(".staging-*"))


def test_two_runs_started_together_leave_one_whole_release(raw: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    runs = [start_run(raw, output), start_run(raw, output)]
    results = [(run.wait(timeout=300), run.communicate()[1]) for run in runs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, EXIT_LOCKED]), results  # [0, 0]: one ended before the other
    rebuilt = build_dataset(raw, tmp_path / "rebuilt", batch_size=20)
    assert_same_tables(output / "latest", Path(rebuilt.release))
    assert len(list((output / "releases").iterdir())) == 1
    assert not list(output.glob(".staging-*"))
