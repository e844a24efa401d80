"""Find raw inputs, plan them into batches and read each batch into RawArticles.

Only this module reads the raw folder. A batch is a list of byte ranges of input files, so
a batch can be read anywhere (another process, a Dask worker) without sharing state.
Everything that cannot be read becomes a Reject with a reason; nothing is skipped silently
except hidden files (names starting with a dot), which are not inputs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flows.formats import FORMATS, READERS
from flows.records import RawArticle, Reject, SourceFormat


@dataclass(frozen=True, slots=True)
class Chunk:
    """A byte range of one input file; whole files have length -1."""

    path: str  # relative to the raw folder, POSIX separators
    source_format: SourceFormat
    offset: int = 0
    length: int = -1
    first_line: int = 1
    stamp: tuple[int, int] | None = None  # (size, mtime_ns) at planning: changes are refused


@dataclass(frozen=True, slots=True)
class Batch:
    index: int
    chunks: tuple[Chunk, ...]
    root: Path | None = None  # what chunk paths are relative to, when not the raw folder


def format_of(name: str) -> SourceFormat | None:
    lower = name.lower()
    for suffix, fmt in sorted(FORMATS.items(), key=lambda kv: -len(kv[0])):
        if lower.endswith(suffix):
            return fmt
    return None


def list_inputs(raw_dir: Path) -> tuple[list[tuple[str, SourceFormat]], list[Reject]]:
    """Every input file under raw_dir (sorted), and rejects for files that are not inputs."""
    root = raw_dir.resolve()
    inputs: list[tuple[str, SourceFormat]] = []
    rejects: list[Reject] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            rel = (Path(dirpath) / name).relative_to(root).as_posix()  # os.walk won't follow
            check, reason = _unreadable_reason(Path(dirpath) / name, root) or ("not_a_file", "")
            rejects.append(Reject(rel, "ingest", check, f"{reason} (a linked folder)"))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            problem = _unreadable_reason(path, root)
            fmt = format_of(name)
            if problem:
                rejects.append(Reject(rel, "ingest", problem[0], problem[1]))
            elif fmt is None:
                rejects.append(Reject(rel, "ingest", "unsupported_format",
                                      f"unsupported file type {Path(name).suffix or '(none)'!r}; "
                                      f"expected one of {', '.join(sorted(FORMATS))}"))
            else:
                inputs.append((rel, fmt))
    return sorted(inputs), rejects


def _unreadable_reason(path: Path, root: Path) -> tuple[str, str] | None:
    if path.is_symlink():
        try:
            target = path.resolve()
        except (OSError, RuntimeError) as error:  # a symlink loop
            return "not_a_file", f"the symlink cannot be resolved: {error}"
        if not target.is_relative_to(root):
            return "outside_raw_dir", f"symlink points outside the raw folder ({target})"
    if not path.is_file():
        return "not_a_file", "not a regular file"
    if not os.access(path, os.R_OK):
        return "unreadable", "permission denied: the file is not readable"
    return None


def plan_batches(raw_dir: Path, *, batch_size: int = 2000) -> tuple[list[Batch], list[Reject]]:
    """Split the inputs into batches of about batch_size articles, in a stable order."""
    inputs, rejects = list_inputs(raw_dir)
    chunks: list[tuple[Chunk, int]] = []
    for rel, fmt in inputs:
        try:
            info = (raw_dir / rel).stat()
            stamp = (info.st_size, info.st_mtime_ns)
            planned = (list(_line_chunks(raw_dir / rel, rel, batch_size, stamp))
                       if fmt == "jsonl" else [(Chunk(rel, fmt, stamp=stamp), 1)])
        except OSError as error:
            rejects.append(Reject(rel, "ingest", "read_error", f"cannot read: {error}"))
            continue
        if not planned:
            rejects.append(Reject(rel, "ingest", "empty", "the file has no records"))
        chunks.extend(planned)
    batches: list[Batch] = []
    current: list[Chunk] = []
    size = 0
    for chunk, n in chunks:
        if current and size + n > batch_size:
            batches.append(Batch(len(batches), tuple(current)))
            current, size = [], 0
        current.append(chunk)
        size += n
    if current:
        batches.append(Batch(len(batches), tuple(current)))
    return batches, rejects


def _line_chunks(path: Path, rel: str, lines_per_chunk: int, stamp: tuple[int, int] | None = None,
                 ) -> Iterator[tuple[Chunk, int]]:
    """Chunks of lines_per_chunk lines; chunks of blank lines only are left out."""
    offset, line_no = 0, 1
    with path.open("rb") as handle:
        while True:
            start, count, filled = offset, 0, 0
            for line in handle:
                offset += len(line)
                count += 1
                filled += bool(line.strip())
                if count == lines_per_chunk:
                    break
            if count == 0:
                return
            if filled:
                yield Chunk(rel, "jsonl", start, offset - start, line_no, stamp), count
            line_no += count


def read_batch(raw_dir: Path, batch: Batch) -> tuple[list[RawArticle], list[Reject]]:
    """Read every chunk of a batch; unreadable input becomes rejects, never an exception."""
    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    for chunk in batch.chunks:
        try:
            data = _read_bytes((batch.root or raw_dir) / chunk.path, chunk)
        except OSError as error:
            rejects.append(Reject(chunk.path, "ingest", "read_error",
                                  f"cannot read: {error.strerror or error}"))
            continue
        except FileChanged as error:
            rejects.append(Reject(chunk.path, "ingest", "changed_during_run", str(error)))
            continue
        reader = READERS[chunk.source_format]
        got, refused = reader(data, chunk)
        articles.extend(got)
        rejects.extend(refused)
    return articles, rejects


class FileChanged(Exception):
    """The file is not the one that was planned (its size or time changed)."""


def _read_bytes(path: Path, chunk: Chunk) -> bytes:
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        if chunk.stamp and chunk.stamp != (info.st_size, info.st_mtime_ns):
            raise FileChanged(f"the file changed after the run listed it (size {chunk.stamp[0]}"
                              f" -> {info.st_size} bytes); its records are not read, run again")
        handle.seek(chunk.offset)
        return handle.read() if chunk.length < 0 else handle.read(chunk.length)
