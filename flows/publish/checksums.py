"""SHA256SUMS: one ``<sha256>  <file>`` line per file of a release (sha256sum -c format)."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

SUMS_NAME = "SHA256SUMS"


def sha256_of(path: Path) -> str:
    """The file's SHA-256, computed once per version of the file: a release's metadata
    files (datapackage, Croissant, pages, SHA256SUMS) all list the same tables' hashes."""
    info = path.stat()
    return _sha256_once(str(path.resolve()), info.st_ino, info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=256)
def _sha256_once(path: str, inode: int, size: int, mtime_ns: int) -> str:
    return _sha256_read(Path(path))


def _sha256_read(path: Path) -> str:
    """Read the file and hash it (what verification must do, never from memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(folder: Path) -> Path:
    """Checksum every file under folder (sorted by path, partition folders included)
    except SHA256SUMS itself."""
    lines = [f"{sha256_of(folder / name)}  {name}\n" for name in _files(folder)]
    target = folder / SUMS_NAME
    target.write_text("".join(lines), encoding="utf-8")
    return target


def verify_checksums(folder: Path) -> list[str]:
    """Problems found: files whose hash differs, listed files missing, files not listed."""
    listed: dict[str, str] = {}
    for line in (folder / SUMS_NAME).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    problems = [f"{name}: missing" for name in listed if not (folder / name).is_file()]
    actual = {name: _sha256_read(folder / name) for name in listed if (folder / name).is_file()}
    problems += [f"{name}: sha256 {actual[name]} != listed {digest}"
                 for name, digest in listed.items() if name in actual and actual[name] != digest]
    problems += [f"{name}: not listed" for name in _files(folder) if name not in listed]
    return problems


def _files(folder: Path) -> list[str]:
    """Relative POSIX paths of the files under folder, SHA256SUMS excepted, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() != SUMS_NAME)
