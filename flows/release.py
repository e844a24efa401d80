"""Open, publish or discard a release: tables streamed batch by batch into a staging folder
(``flows.writer``), then published.

Layout of the output folder:

    output/
      releases/<version>/<table>.parquet, <table>.csv, release.json
      latest -> releases/<version>      (a symlink, swapped atomically)
      .staging-<pid>-<n>/               (work in progress; never read by users)
      .lock                             (held by the run that writes)

Nothing under releases/ is ever modified; ``latest`` moves only once a release is complete,
always to the newest release (a run whose tables equal latest's publishes nothing; one whose
tables equal an older release's publishes a new one).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import weakref
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from flows import publish
from flows.publish.checksums import sha256_of
from flows.publish.csv_rows import line_limit
from flows.writer import DatabaseCopy, ReleaseWriter
from schemas import TABLES

TABLE_NAMES = tuple(spec.name for spec in TABLES)
SPECS = {spec.name: spec for spec in TABLES}


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


def copy_database(output_dir: Path, release: Path) -> DatabaseCopy | None:
    """Start copying release's database (None: it has none, or one that will be built afresh
    rather than updated: built another way than this code builds one)."""
    from flows.publish.duckdb_db import DEFAULT_BLOCK, SMALL_BLOCK, build_fingerprint

    source = release / publish.DB_NAME
    if not source.is_file():
        return None
    try:
        build = json.loads((release / "release.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(build, dict) or build.get("duckdb_build") not in {
            build_fingerprint(block) for block in (SMALL_BLOCK, DEFAULT_BLOCK)}:
        return None
    folder = output_dir / f".staging-database-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    copying = ThreadPoolExecutor(1, thread_name_prefix="copy-database")
    done = copying.submit(shutil.copyfile, source, folder / publish.DB_NAME)
    copying.shutdown(wait=False)  # the thread ends with the copy
    return DatabaseCopy(release, folder / publish.DB_NAME, done)


def acquire_lock(output_dir: Path) -> IO[str]:
    """Hold output_dir/.lock for this process; raise OutputLocked when another run has it."""
    output_dir.mkdir(parents=True, exist_ok=True)
    refuse_links(output_dir)
    handle = os.fdopen(os.open(output_dir / ".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW,
                               0o644), "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise OutputLocked(f"another run is writing to {output_dir} ({holder}); "
                           "wait for it to finish and try again") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}\n")
    handle.flush()
    _HELD_LOCKS.add(handle)
    return handle


def _close_inherited_locks() -> None:
    """In a forked child (a worker): close its copy of the lock, which stays with the parent.
    Otherwise a worker left alive by a killed run would hold the lock, blocking every run."""
    for handle in list(_HELD_LOCKS):
        handle.close()


_HELD_LOCKS: weakref.WeakSet[IO[str]] = weakref.WeakSet()
os.register_at_fork(after_in_child=_close_inherited_locks)


def refuse_links(output_dir: Path) -> None:
    """Raise when an entry of output_dir other than ``latest`` is a symlink (planted): the run
    would write or truncate files through it, outside the output folder."""
    for path in sorted(output_dir.iterdir()):
        if path.is_symlink() and path.name != "latest" and not path.name.startswith(".latest-"):
            raise OSError(errno.ELOOP, f"{path.name} is a symlink to {os.readlink(path)}; "
                                       "refusing to write through it", str(path))


def open_release(output_dir: Path) -> ReleaseWriter:
    """A writer on a fresh staging folder; leftovers of crashed runs are removed first."""
    output_dir.mkdir(parents=True, exist_ok=True)
    for stale in output_dir.glob(".staging-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in output_dir.glob(".latest-*"):  # a run killed while it swapped latest
        stale.unlink(missing_ok=True)
    staging = output_dir / f".staging-{os.getpid()}"
    staging.mkdir()
    arrow_copy = output_dir / f".staging-arrow-{os.getpid()}"  # for the next incremental run
    arrow_copy.mkdir()
    return ReleaseWriter(output_dir, staging, arrow_copy)


def content_hash(staging: Path) -> str:
    """A hash of the tables' Parquet bytes: equal data gives an equal hash."""
    digest = hashlib.sha256()
    for name in TABLE_NAMES:
        digest.update(f"{name}:{sha256_of(staging / f'{name}.parquet')}\n".encode())
    return digest.hexdigest()


def publish_release(writer: ReleaseWriter, *, summary: dict[str, Any]) -> Path:
    """Move the finished staging folder to releases/<version> and point latest at it."""
    writer.close()
    releases = writer.output_dir / "releases"
    releases.mkdir(exist_ok=True)
    digest = content_hash(writer.staging)
    current = _current_release(writer.output_dir)
    kept = current if current is not None and _release_hash(current) == digest else None
    writer.kept_latest = kept is not None  # the run changed nothing users download
    kept = kept or _unfinished_release(writer.output_dir, digest)
    if kept is not None:
        shutil.rmtree(writer.staging)
        if writer.database_copy is not None:
            writer.database_copy.discard()
        if kept != current:
            _point_latest(writer.output_dir, kept)
        publish.index_releases(writer.output_dir)
        return kept
    tables = _files_under(writer.staging)  # final: synced while the release is described
    version = _free_version(releases, f"{datetime.now(UTC):%Y-%m-%d}-{digest[:8]}")
    info = {"version": version, "content_sha256": digest, "rows": dict(writer.rows),
            "csv_max_line_size": line_limit(max(writer.csv_longest.values(), default=0)),
            **summary}
    (writer.staging / "release.json").write_text(json.dumps(info, indent=2, sort_keys=True)
                                                 + "\n", encoding="utf-8")
    afresh = writer.made_afresh if current is not None and writer.copied_from == current else None
    fresh_rows = ({name: pa.concat_tables(held) for name, held in writer.fresh_rows.items()}
                  if afresh is not None and writer.fresh_rows is not None else None)
    database_copy = writer.database_copy.ready(current) if writer.database_copy else None
    with ThreadPoolExecutor(1, thread_name_prefix="fsync-tables") as syncing:
        tables_synced = syncing.submit(_fsync_files, tables)
        publish.describe_release(writer.staging, previous=current, output_dir=writer.output_dir,
                                 made_afresh=afresh, fresh_rows=fresh_rows,
                                 database_copy=database_copy)
        tables_synced.result()
    if writer.database_copy is not None:
        writer.database_copy.discard()  # what is left of it: nothing when it was used
    target = releases / version
    synced = set(tables)  # the rest: metadata and database
    _fsync_files([p for p in _files_under(writer.staging) if p not in synced])
    os.replace(writer.staging, target)
    writer.published = target
    _point_latest(writer.output_dir, target)
    publish.index_releases(writer.output_dir)
    return target


def _unfinished_release(output_dir: Path, digest: str) -> Path | None:
    """The newest release, when it holds these tables but latest was never moved to it (a run
    killed in between): pointing latest at it finishes that run's publishing."""
    from flows.publish.changelog import list_releases

    newest = list_releases(output_dir)[:1]
    if not newest or newest[0].get("content_sha256") != digest:
        return None
    release = output_dir / "releases" / str(newest[0]["version"])
    return release if release.is_dir() else None


def _free_version(releases: Path, stem: str) -> str:
    """stem (date and content hash), or stem-2, stem-3, ... when a release has that name:
    tables equal to a release older than latest (A -> B -> A on one day) make a new release,
    newest in the index like any other, rather than latest pointing back at the old one."""
    version, n = stem, 1
    while (releases / version).exists():
        n += 1
        version = f"{stem}-{n}"
    return version


def discard_release(writer: ReleaseWriter) -> None:
    # the error that failed the run (a full disk) may fail close too: it is raised already
    with contextlib.suppress(Exception):
        writer.close()
    shutil.rmtree(writer.staging, ignore_errors=True)
    if writer.arrow_copy is not None:
        shutil.rmtree(writer.arrow_copy, ignore_errors=True)
    if writer.database_copy is not None:
        writer.database_copy.discard()


def _current_release(output_dir: Path) -> Path | None:
    latest = output_dir / "latest"
    return latest.resolve() if latest.is_symlink() and latest.resolve().is_dir() else None


def _release_hash(release: Path) -> str | None:
    try:
        return str(json.loads((release / "release.json").read_text())["content_sha256"])
    except (OSError, ValueError, KeyError):
        return None


def _point_latest(output_dir: Path, target: Path) -> None:
    tmp = output_dir / f".latest-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target.relative_to(output_dir))
    os.replace(tmp, output_dir / "latest")


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())  # partitions: sub-folders


def _fsync_files(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
