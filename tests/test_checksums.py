"""Files hashed as they are written: the hash is the file's, and a later change is seen."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.publish import checksums
from flows.publish.checksums import HashingFile, sha256_of, verify_checksums, write_checksums


def test_a_parquet_file_hashed_on_write_has_its_bytes_hash(tmp_path: Path) -> None:
    table = pa.table({"n": list(range(50_000)), "s": [f"row {i}" for i in range(50_000)]})
    sink = HashingFile(tmp_path / "t.parquet")
    with pq.ParquetWriter(sink, table.schema, compression="zstd") as writer:
        writer.write_table(table)
        writer.write_table(table)
    sink.close()
    data = (tmp_path / "t.parquet").read_bytes()
    assert sha256_of(tmp_path / "t.parquet") == hashlib.sha256(data).hexdigest()
    assert pq.read_table(tmp_path / "t.parquet").num_rows == 100_000


def test_a_file_changed_after_it_was_hashed_is_hashed_again(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    with HashingFile(path) as sink:
        sink.write(b"a,b\n1,2\n")
    first = sha256_of(path)
    path.write_bytes(b"a,b\n1,3\n")  # same size: the new mtime marks the new version
    os.utime(path, ns=(1, 1))
    assert sha256_of(path) == hashlib.sha256(b"a,b\n1,3\n").hexdigest() != first
    write_checksums(tmp_path)
    assert verify_checksums(tmp_path) == []


def test_verification_reads_back_files_hashed_on_write_but_not_files_it_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A table hashed on its way to the disk is read back; a file hashed by reading it (a
    database) is not read twice, and still fails verification once it changes."""
    with HashingFile(tmp_path / "table.csv") as sink:
        sink.write(b"x" * (2 << 20))
    (tmp_path / "database.bin").write_bytes(b"y" * (2 << 20))
    write_checksums(tmp_path)  # hashes database.bin by reading it
    reads: list[str] = []
    real_read = checksums._sha256_read

    def counted(path: Path) -> str:
        reads.append(Path(path).name)
        return real_read(path)

    monkeypatch.setattr(checksums, "_sha256_read", counted)
    assert verify_checksums(tmp_path) == []
    assert "table.csv" in reads and "database.bin" not in reads
    (tmp_path / "database.bin").write_bytes(b"z" * (2 << 20) + b"!")
    problems = verify_checksums(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("database.bin: sha256")


def test_files_remembered_from_two_threads_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database is hashed in a thread while the metadata is written (each may remember
    a hash): with the cache full, two threads must not both evict the same oldest entry."""
    import sys
    import threading

    monkeypatch.setattr(checksums, "_KNOWN", {})
    errors: list[BaseException] = []

    def remember_many(thread: int) -> None:
        try:
            for n in range(50_000):
                checksums._remember((f"{thread}/{n}.parquet", 0, n, 1 << 20, 0), "digest")
        except BaseException as error:  # reported below
            errors.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=remember_many, args=(t,)) for t in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert len(checksums._KNOWN) == checksums._KNOWN_MAX
