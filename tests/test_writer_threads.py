"""ReleaseWriter's writer threads: order kept, failures raised, nothing left behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from flows.pipeline import PipelineFailed, build_dataset
from flows.release import SPECS, discard_release, open_release
from flows.writer import ReleaseWriter
from schemas import arrow_schema

REJECTS = arrow_schema(SPECS["rejects"].model)
OTHER_SCHEMA = pa.table({"x": [1]})  # not the rejects table's schema: its write fails


def rejects_rows(first: int, n: int = 3) -> pa.Table:
    return pa.Table.from_pylist([{"source_path": f"in-{i}.txt", "article_id": f"a-{i}",
                                  "stage": "clean", "check": "empty", "reason": f"row {i}",
                                  "table": None, "row_key": None}
                                 for i in range(first, first + n)], schema=REJECTS)


def write_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("write-")]


@pytest.fixture
def writer(tmp_path: Path) -> ReleaseWriter:
    return open_release(tmp_path / "out")


def test_batches_of_a_table_keep_their_order_in_every_format(writer: ReleaseWriter) -> None:
    for first in range(0, 300, 3):
        writer.append_arrow("rejects", rejects_rows(first))
    writer.close()
    expected = [f"row {i}" for i in range(300)]
    assert pq.read_table(writer.staging / "rejects.parquet")["reason"].to_pylist() == expected
    assert pacsv.read_csv(writer.staging / "rejects.csv")["reason"].to_pylist() == expected
    assert writer.arrow_copy is not None
    copy = pa.ipc.open_file(writer.arrow_copy / "rejects.arrow").read_all()
    assert copy["reason"].to_pylist() == expected
    assert write_threads() == []


def test_a_failed_write_is_raised_by_a_later_append(writer: ReleaseWriter) -> None:
    writer.append_arrow("rejects", rejects_rows(0))
    writer.append_arrow("rejects", OTHER_SCHEMA)  # fails in the table's thread
    with pytest.raises(ValueError, match="schema does not match"):  # noqa: PT012
        for first in range(3, 30, 3):
            writer.append_arrow("rejects", rejects_rows(first))
    discard_release(writer)
    assert not writer.staging.exists()
    assert write_threads() == []


def test_close_raises_the_first_failed_write_even_once_an_append_raised_it(
        writer: ReleaseWriter) -> None:
    """The writer never reports a table complete after one of its writes failed (the
    batches after it fail too, with a less telling error: 'Operation on closed file')."""
    writer.append_arrow("rejects", rejects_rows(0))
    writer.append_arrow("rejects", OTHER_SCHEMA)
    writer.append_arrow("rejects", rejects_rows(3))
    with pytest.raises(ValueError, match="schema does not match"):
        writer.append_arrow("rejects", rejects_rows(6))
    with pytest.raises(ValueError, match="schema does not match"):
        writer.append_arrow("rejects", rejects_rows(9))  # nothing more is written
    with pytest.raises(ValueError, match="schema does not match"):
        writer.close()
    assert write_threads() == []


def test_a_failed_run_leaves_no_writer_thread_and_no_staging(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text("Story\n\nThe mayor said the bridge would open.\n")
    for i in range(4):
        (raw / f"empty-{i}.txt").write_text("")
    out = tmp_path / "out"
    with pytest.raises(PipelineFailed, match="inputs were rejected"):
        build_dataset(raw, out, batch_size=1)
    assert write_threads() == []
    assert not list(out.glob(".staging-*"))
