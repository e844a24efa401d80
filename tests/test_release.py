"""Releases: every table as Parquet and CSV with the same rows, deterministic and atomic."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from flows.pipeline import PipelineFailed, build_dataset
from flows.release import OutputLocked, acquire_lock
from flows.writer import csv_safe
from schemas import TABLES, arrow_schema

TABLE_NAMES = [spec.name for spec in TABLES]


def make_raw(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"story-{i}.txt").write_text(
            f"Story {i}\n\n| Test Wire\n\nThe mayor, Ann Lee, said the bridge {i} would open. "
            f"“We are ready,” she said.\n\n=SUM(A1) is not a formula here, officials noted.\n",
            encoding="utf-8")
    return folder


def read_csv_as_parquet_types(path: Path, name: str) -> pd.DataFrame:
    schema = arrow_schema(next(s.model for s in TABLES if s.name == name))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    frame = pd.DataFrame(rows, columns=schema.names)
    for field in schema:
        column = frame[field.name].replace("", None)
        if field.type in ("int64",):
            column = column.astype("Int64")
        elif field.type == "double":
            column = column.astype("float64")
        elif field.type == "string":
            column = column.map(lambda v: v[1:] if isinstance(v, str) and v.startswith("'")
                                and v[1:2] in ("=", "+", "-", "@", "\t", "\r") else v)
        frame[field.name] = column
    return frame


def test_every_table_in_parquet_and_csv_with_the_same_rows(sample_release: Path) -> None:
    for name in TABLE_NAMES:
        parquet = pq.read_table(sample_release / f"{name}.parquet")
        assert parquet.schema.equals(arrow_schema(next(s.model for s in TABLES
                                                       if s.name == name)), check_metadata=False)
        from_csv = read_csv_as_parquet_types(sample_release / f"{name}.csv", name)
        from_parquet = parquet.to_pandas()
        assert len(from_csv) == len(from_parquet), name
        for column in parquet.schema.names:
            left = [None if pd.isna(v) else str(v) for v in from_parquet[column]]
            right = [None if pd.isna(v) else str(v) for v in from_csv[column]]
            if parquet.schema.field(column).type == "double":
                left = [None if v is None else float(v) for v in left]  # type: ignore[misc]
                right = [None if v is None else float(v) for v in right]  # type: ignore[misc]
            assert left == right, f"{name}.{column}"


def test_two_runs_give_byte_identical_tables(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw")
    build_dataset(raw, tmp_path / "one")
    build_dataset(raw, tmp_path / "two")
    for name in TABLE_NAMES:
        for ext in ("parquet", "csv"):
            one = (tmp_path / "one" / "latest" / f"{name}.{ext}").read_bytes()
            two = (tmp_path / "two" / "latest" / f"{name}.{ext}").read_bytes()
            assert one == two, f"{name}.{ext}"


def test_unchanged_input_publishes_nothing_new_and_changes_publish_a_release(
        tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw")
    first = build_dataset(raw, tmp_path / "out").release
    assert build_dataset(raw, tmp_path / "out").release == first
    (raw / "story-9.txt").write_text("New\n\nThe chief said it rained.", encoding="utf-8")
    second = build_dataset(raw, tmp_path / "out").release
    assert second != first and Path(first).is_dir()
    assert (tmp_path / "out" / "latest").resolve() == Path(second).resolve()
    info = json.loads((Path(second) / "release.json").read_text())
    assert info["rows"]["articles"] == 4


def test_failed_run_leaves_the_previous_release_untouched(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw")
    out = tmp_path / "out"
    good = Path(build_dataset(raw, out).release)
    before = {p.name: p.read_bytes() for p in good.iterdir()}
    broken = tmp_path / "broken"
    broken.mkdir()
    for i in range(5):
        (broken / f"bin-{i}.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(PipelineFailed, match="nothing valid remains"):
        build_dataset(broken, out)
    assert (out / "latest").resolve() == good.resolve()
    assert {p.name: p.read_bytes() for p in good.iterdir()} == before
    assert not list(out.glob(".staging-*"))


def test_reject_share_above_the_limit_fails_with_the_reasons(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw", n=1)
    for i in range(3):
        (raw / f"empty-{i}.txt").write_text("")
    with pytest.raises(PipelineFailed, match=r"75% of inputs were rejected.*empty x3"):
        build_dataset(raw, tmp_path / "out", max_reject_share=0.5)
    assert build_dataset(raw, tmp_path / "out", max_reject_share=0.8).rows["rejects"] == 3


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PipelineFailed, match="does not exist"):
        build_dataset(tmp_path / "nope", tmp_path / "out")


def test_a_second_writer_is_refused_while_the_lock_is_held(tmp_path: Path) -> None:
    handle = acquire_lock(tmp_path)
    try:
        with pytest.raises(OutputLocked, match="another run is writing"):
            build_dataset(make_raw(tmp_path / "raw"), tmp_path)
    finally:
        handle.close()


def test_stale_staging_folders_are_cleared(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".staging-999999").mkdir(parents=True)
    (out / ".staging-999999" / "articles.parquet").write_bytes(b"half-written")
    build_dataset(make_raw(tmp_path / "raw"), out)
    assert not list(out.glob(".staging-*"))


@pytest.mark.parametrize(("value", "expected"), [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("a=b", "a=b"), (3, 3), (None, None),
])
def test_csv_safe(value: object, expected: object) -> None:
    assert csv_safe(value) == expected
