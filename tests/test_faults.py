"""Faults: a run killed at any point, or failing to write, never harms the published release.

Each test publishes a first release, then starts a second run (on more input) in a real
subprocess and breaks it: SIGKILL from outside once its staging tables appear, SIGKILL from
inside at chosen points of writing and publishing (the child wraps one function to kill itself
there, so the point is exact and independent of timing), a file-size limit, a full disk, a
read-only disk. Afterwards the first release must be intact (same bytes) and loadable, and
``latest`` must still point at it; then a plain rerun must complete.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from flows.release import content_hash
from schemas import TABLES

REPO = Path(__file__).resolve().parents[1]
TABLE_NAMES = [spec.name for spec in TABLES]
N_FIRST, N_NEXT = 30, 300  # articles of the published release and of the run that breaks

# Run the CLI in this process after arranging to SIGKILL ourselves at one point of the run.
KILL_AT = """
import os, signal, sys
from pathlib import Path
import flows.release as release
from flows.cli import main

point, nth = sys.argv[1], int(sys.argv[2])
calls = [0]

def die_on_nth(original, when=lambda *a, **k: True):
    def run(*args, **kwargs):
        if when(*args, **kwargs):
            calls[0] += 1
            if calls[0] >= nth:
                os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)
    return run

if point == "append":  # after nth batch tables were written to staging
    release.ReleaseWriter.append_arrow = die_on_nth(release.ReleaseWriter.append_arrow,
                                                    lambda self, name, *rows: name == "statements")
elif point in ("content_hash", "_point_latest", "_fsync_files"):
    setattr(release, point, die_on_nth(getattr(release, point)))
elif point == "describe_release":  # release.py calls it through flows.publish
    import flows.publish as publish
    publish.describe_release = die_on_nth(publish.describe_release)
elif point == "rename_release":  # the staging folder is about to become releases/<version>
    os.replace = die_on_nth(os.replace, lambda src, dst: Path(dst).parent.name == "releases")
elif point == "swap_latest":  # the new latest symlink exists, about to replace the old one
    os.replace = die_on_nth(os.replace, lambda src, dst: Path(dst).name == "latest")
else:
    raise SystemExit(f"unknown point {point}")
sys.exit(main(sys.argv[3:]))
"""
# Run the CLI under a file-size limit: writes past it fail with EFBIG (SIGXFSZ ignored).
FILE_SIZE_LIMIT = """
import resource, signal, sys
from flows.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[2:]))
"""


def write_raw(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"story-{i}", "text": (
                f"The mayor, Ann Lee, said bridge {i} over the river would open in May. "
                f"“We are ready for traffic on bridge {i},” she told reporters.")}) + "\n")
    return folder


def run_args(raw: Path, output: Path) -> list[str]:
    """Worker processes run the batches (as ``auto`` does on several cores), so a kill also
    leaves workers behind, as it would in production."""
    return ["run", "--no-prefect", "--raw-dir", str(raw), "--output-dir", str(output),
            "--batch-size", "25", "--runner", "process"]


@dataclass
class Finished:
    returncode: int
    stderr: str
    group: int  # the run's process group: its workers, if any outlived it


def flows_cli(*args: str, script: str | None = None, timeout: float = 300,
              keep_group: list[int] | None = None) -> Finished:
    """Run the CLI in a new session; its leftover workers are killed unless kept for a test.

    Output goes to files, not pipes: an orphaned worker holding a pipe would block the wait.
    """
    command = [sys.executable, "-c", script, *args] if script else [
        sys.executable, "-m", "flows", *args]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err,
                                   text=True, start_new_session=True)
        try:
            returncode = process.wait(timeout=timeout)
        finally:
            if keep_group is None or process.returncode is None:
                kill_group(process.pid)
            else:
                keep_group.append(process.pid)
        err.seek(0)
        return Finished(returncode, err.read(), process.pid)


def group_members(group: int) -> list[int]:
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == group and fields[0] != "Z":
                members.append(int(stat.parent.name))
    return members


def kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def check_loadable(release: Path) -> None:
    """Every table reads as Parquet and CSV with equal row counts; the hash matches."""
    info = json.loads((release / "release.json").read_text(encoding="utf-8"))
    assert content_hash(release) == info["content_sha256"]
    for name in TABLE_NAMES:
        rows = pq.read_table(release / f"{name}.parquet").num_rows
        assert rows == info["rows"][name]
        assert len(pd.read_csv(release / f"{name}.csv", keep_default_na=False)) == rows


def check_complete_releases_only(output: Path) -> None:
    for release in sorted((output / "releases").iterdir()):
        check_loadable(release)


class Published:
    """An output folder holding one release, and the raw input of a bigger next run."""

    def __init__(self, base: Path, template: Path) -> None:
        self.groups: list[int] = []  # process groups of killed runs, cleaned up at the end
        self.output = base / "output"
        shutil.copytree(template, self.output, symlinks=True)
        self.first = (self.output / "latest").resolve()
        self.digest = tree_digest(self.first)
        self.next_raw = write_raw(base / "raw-next", N_NEXT)

    def check_first_release_untouched(self) -> None:
        assert (self.output / "latest").resolve() == self.first
        assert tree_digest(self.first) == self.digest
        check_loadable(self.output / "latest")
        check_complete_releases_only(self.output)

    def check_next_run_completes(self) -> None:
        done = flows_cli(*run_args(self.next_raw, self.output))
        assert done.returncode == 0, done.stderr
        latest = (self.output / "latest").resolve()
        assert latest != self.first
        check_loadable(latest)
        assert pq.read_table(latest / "articles.parquet").num_rows == N_NEXT
        assert tree_digest(self.first) == self.digest  # old releases are never modified
        leftovers = [p.name for p in self.output.iterdir() if p.name.startswith(
            (".staging-", ".latest-"))]
        assert leftovers == []


@pytest.fixture(scope="module")
def first_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder with one release of N_FIRST articles, copied by each test."""
    base = tmp_path_factory.mktemp("first")
    done = flows_cli(*run_args(write_raw(base / "raw", N_FIRST), base / "output"))
    assert done.returncode == 0, done.stderr
    return base / "output"


@pytest.fixture()
def published(tmp_path: Path, first_output: Path) -> Iterator[Published]:
    published = Published(tmp_path, first_output)
    try:
        yield published
    finally:
        for group in published.groups:
            kill_group(group)


SLOW = pytest.mark.slow
KILL_POINTS = [
    pytest.param("append", 1, "after the first batch reached the staging tables", id="append-1"),
    pytest.param("append", 5, "after five batches", id="append-5", marks=SLOW),
    pytest.param("content_hash", 1, "tables closed, before release.json", id="content_hash",
                 marks=SLOW),
    pytest.param("describe_release", 1, "while the release is described (metadata files)",
                 id="describe_release", marks=SLOW),
    pytest.param("_fsync_files", 1, "while the tables are synced (as the release is described)",
                 id="fsync-tables", marks=SLOW),
    pytest.param("_fsync_files", 2, "before the metadata and database are synced",
                 id="fsync-rest", marks=SLOW),
    pytest.param("rename_release", 1, "about to rename staging to releases/<version>",
                 id="rename_release", marks=SLOW),
    pytest.param("_point_latest", 1, "the new release is in releases/, latest not yet moved",
                 id="point_latest"),
    pytest.param("swap_latest", 1, "the new latest symlink exists, not yet swapped in",
                 id="swap_latest", marks=SLOW),
]


@pytest.mark.parametrize(("point", "nth", "what"), KILL_POINTS)
def test_sigkill_at_a_point_leaves_the_release_intact(published: Published, point: str,
                                                      nth: int, what: str) -> None:
    done = flows_cli(point, str(nth), *run_args(published.next_raw, published.output),
                     script=KILL_AT, keep_group=published.groups)
    assert done.returncode == -signal.SIGKILL, f"not killed {what}: {done.stderr[-2000:]}"
    published.check_first_release_untouched()
    published.check_next_run_completes()  # while any workers of the killed run live on


def test_workers_do_not_outlive_a_killed_run(published: Published) -> None:
    done = flows_cli("append", "1", *run_args(published.next_raw, published.output),
                     script=KILL_AT, keep_group=published.groups)
    assert done.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while group_members(done.group) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert group_members(done.group) == []


def staging_tables(output: Path) -> Iterator[Path]:
    return output.glob(".staging-*/articles.parquet")


def test_sigkill_from_outside_once_staging_tables_appear(published: Published) -> None:
    """The parent watches the output folder and kills the run when its tables appear."""
    process = subprocess.Popen([sys.executable, "-m", "flows",
                                *run_args(published.next_raw, published.output)], cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    published.groups.append(process.pid)
    try:
        while process.poll() is None and not any(staging_tables(published.output)):
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the run ended before its tables appeared"
    assert any(staging_tables(published.output))  # the run really died mid-write
    published.check_first_release_untouched()
    published.check_next_run_completes()


def test_a_file_size_limit_fails_the_run_clearly(published: Published) -> None:
    """Writes past RLIMIT_FSIZE fail (EFBIG), like a disk filling up mid-run."""
    done = flows_cli("65536", *run_args(published.next_raw, published.output),
                     script=FILE_SIZE_LIMIT)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "error: run failed, nothing published" in done.stderr
    assert "File too large" in done.stderr
    assert "Traceback" not in done.stderr
    published.check_first_release_untouched()
    assert not list(published.output.glob(".staging-*"))
    published.check_next_run_completes()


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MiB tmpfs (root only, where mounting is allowed)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; test_a_file_size_limit covers full disks")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_disk_fails_the_run_clearly(small_disk: Path, first_output: Path) -> None:
    published = Published(small_disk, first_output)
    filler = small_disk / "filler"
    with filler.open("wb") as handle:  # leave about 200 KiB free: the next run cannot fit
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        handle.write(b"\0" * max(0, free - 200 * 1024))
    done = flows_cli(*run_args(published.next_raw, published.output))
    assert done.returncode == 1, done.stderr[-2000:]
    assert "error: run failed, nothing published" in done.stderr
    assert "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr
    published.check_first_release_untouched()
    assert not list(published.output.glob(".staging-*"))
    filler.unlink()
    published.check_next_run_completes()


def test_a_read_only_disk_fails_the_run_clearly(small_disk: Path, first_output: Path) -> None:
    published = Published(small_disk, first_output)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    done = flows_cli(*run_args(published.next_raw, published.output))
    assert done.returncode == 1, done.stderr[-2000:]
    assert "error: run failed, nothing published" in done.stderr
    assert "Read-only file system" in done.stderr
    assert "Traceback" not in done.stderr
    published.check_first_release_untouched()
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    published.check_next_run_completes()
