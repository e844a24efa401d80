"""SHA256SUMS: one ``<sha256>  <file>`` line per file of a release (sha256sum -c format)."""

from __future__ import annotations

import hashlib
from pathlib import Path

SUMS_NAME = "SHA256SUMS"


def sha256_of(path: Path) -> str:
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
    problems += [f"{name}: sha256 {sha256_of(folder / name)} != listed {digest}"
                 for name, digest in listed.items()
                 if (folder / name).is_file() and sha256_of(folder / name) != digest]
    problems += [f"{name}: not listed" for name in _files(folder) if name not in listed]
    return problems


def _files(folder: Path) -> list[str]:
    """Relative POSIX paths of the files under folder, SHA256SUMS excepted, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() != SUMS_NAME)
