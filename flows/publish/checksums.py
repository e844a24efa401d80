"""SHA256SUMS: one ``<sha256>  <file>`` line per file of a release (sha256sum -c format)."""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer

SUMS_NAME = "SHA256SUMS"
_FileVersion = tuple[str, int, int, int, int]  # path, device, inode, size, mtime
# -> (digest, whether it was taken by reading the file, not on the way to the disk)
_KNOWN: dict[_FileVersion, tuple[str, bool]] = {}
_KNOWN_MAX = 512
_KNOWN_LOCK = threading.Lock()  # files are hashed in threads (the database, beside metadata)
# Files hashed by reading are remembered from this size: smaller ones (release.json, pages)
# are rewritten in place, maybe within one tick of the file clock, size unchanged.
_REMEMBERED_FROM_BYTES = 1 << 20


def sha256_of(path: Path) -> str:
    """The file's SHA-256, computed once per version of the file: a release's metadata
    files (datapackage, Croissant, pages, SHA256SUMS) all list the same tables' hashes, and
    tables written through ``HashingFile`` were hashed as they were written."""
    version = _version(path)
    known = _KNOWN.get(version)
    if known is not None:
        return known[0]
    digest = _sha256_read(path)
    if version[3] >= _REMEMBERED_FROM_BYTES:
        _remember(version, digest, read=True)
    return digest


def _read_already(path: Path) -> str | None:
    """The file's SHA-256 if this version of it was hashed by reading it from the disk (a
    file DuckDB wrote, listed in a release's metadata): reading it again proves nothing."""
    digest, read = _KNOWN.get(_version(path), ("", False))
    return digest if read else None


def _version(path: Path) -> _FileVersion:
    info = os.stat(path)
    return str(Path(path).resolve()), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _remember(version: _FileVersion, digest: str, *, read: bool = False) -> None:
    with _KNOWN_LOCK:  # else two threads may evict the same oldest entry: KeyError
        if len(_KNOWN) >= _KNOWN_MAX:
            _KNOWN.pop(next(iter(_KNOWN)))
        _KNOWN[version] = digest, read


def _sha256_read(path: Path) -> str:
    """Read the file and hash it (what verification must do, never from memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class HashingFile(io.RawIOBase):
    """A new file, written sequentially, whose SHA-256 is taken from the bytes on their way
    to the disk: ``sha256_of`` then knows it without reading the file again. (A release's
    checks still read every file back: ``verify_checksums``.)"""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._file = path.open("wb")
        self._digest = hashlib.sha256()
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer, /) -> int:
        view = memoryview(data).cast("B")
        self._digest.update(view)
        self._file.write(view)
        self._position += len(view)
        return len(view)

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            _remember(_version(Path(self._file.name)), self._digest.hexdigest())
        super().close()


def write_checksums(folder: Path) -> Path:
    """Checksum every file under folder (sorted by path, partition folders included)
    except SHA256SUMS itself."""
    lines = [f"{sha256_of(folder / name)}  {name}\n" for name in _files(folder)]
    target = folder / SUMS_NAME
    target.write_text("".join(lines), encoding="utf-8")
    return target


def read_back(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """The files' SHA-256 as read from the disk now (what ``verify_checksums`` compares)."""
    return {name: _sha256_read(folder / name) for name in names if (folder / name).is_file()}


def verify_checksums(folder: Path, already_read: Mapping[str, str] | None = None) -> list[str]:
    """Problems found: files whose hash differs, listed files missing, files not listed.

    ``already_read``: hashes ``read_back`` took of files that were not written since (and
    files hashed by reading them, for the metadata, are not read again)."""
    listed: dict[str, str] = {}
    for line in (folder / SUMS_NAME).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    problems = [f"{name}: missing" for name in listed if not (folder / name).is_file()]
    known = {name: digest for name, digest in (already_read or {}).items() if name in listed}
    for name in listed:
        path = folder / name
        read = _read_already(path) if name not in known and path.is_file() else None
        if read is not None:
            known[name] = read
    actual = {**read_back(folder, (name for name in listed if name not in known)), **known}
    problems += [f"{name}: sha256 {actual[name]} != listed {digest}"
                 for name, digest in listed.items() if name in actual and actual[name] != digest]
    problems += [f"{name}: not listed" for name in _files(folder) if name not in listed]
    return problems


def _files(folder: Path) -> list[str]:
    """Relative POSIX paths of the files under folder, SHA256SUMS excepted, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() != SUMS_NAME)
