"""Runners give byte-identical releases; batches are written in order; partitioned datasets
read back as one table. (Throughput is measured by bench/scale.py, never asserted here.)"""

from __future__ import annotations

import json
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from flows.pipeline import build_dataset
from flows.runners import Done, drive_in_order

TABLES = ("articles", "sentences", "statements", "speakers", "rejects")
PUBLISHERS = ("Harbour Gazette", "Orchard Times", None)
NAMES = ("Mara Quill", "Tobias Fenn", "Ilse Varga", "Oskar Brandt")


def invented_article(i: int) -> dict[str, object]:
    name = NAMES[i % len(NAMES)]
    text = (f'"The ferry timetable {i} will change in spring," {name} said on Tuesday.\n\n'
            f"The council's transport officer, {name}, told reporters that lane {i} would "
            f'close for repairs. "We expect delays of {i % 7 + 2} minutes," she added.\n\n'
            f"According to {NAMES[(i + 1) % len(NAMES)]}, the harbour fund grew by {i} "
            "per cent.")
    return {"id": f"invented-{i:03d}", "title": f"Timetable change {i}", "text": text,
            "source": PUBLISHERS[i % len(PUBLISHERS)],
            "date": f"{2019 + i % 3}-0{1 + i % 9}-1{i % 9}" if i % 5 else None}


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("raw")
    lines = [json.dumps(invented_article(i)) for i in range(30)]
    lines.append(lines[3])  # a duplicate across batches: dropped in batch order
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local(raw: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    return Path(build_dataset(raw, out, batch_size=7, runner="local",
                              partition_by=("publisher", "year")).release)


def table_bytes(release: Path) -> dict[str, bytes]:
    return {f"{n}.{ext}": (release / f"{n}.{ext}").read_bytes()
            for n in TABLES for ext in ("parquet", "csv")}


def test_process_runner_writes_the_same_bytes_as_local(raw: Path, local: Path,
                                                       tmp_path: Path) -> None:
    release = Path(build_dataset(raw, tmp_path, batch_size=7, runner="process",
                                 partition_by=("publisher", "year")).release)
    assert table_bytes(release) == table_bytes(local)
    assert pq.read_table(local / "statements.parquet").num_rows > 30
    for name in ("sentences", "statements"):
        files = sorted(p.relative_to(local) for p in (local / "dataset" / name).rglob("*"))
        assert files == sorted(p.relative_to(release)
                               for p in (release / "dataset" / name).rglob("*"))
        assert all((local / f).read_bytes() == (release / f).read_bytes()
                   for f in files if (local / f).is_file())


@pytest.mark.slow
def test_dask_local_cluster_through_prefect_writes_the_same_bytes(raw: Path, local: Path,
                                                                  tmp_path: Path) -> None:
    pytest.importorskip("prefect_dask")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    from flows.prefect_flow import run_flow

    summary = run_flow(runner="dask", workers=2, raw_dir=str(raw), output_dir=str(tmp_path),
                       batch_size=7, partition_by=["publisher", "year"], incremental=False)
    assert table_bytes(Path(summary["release"])) == table_bytes(local)


@pytest.mark.slow
def test_process_runner_through_prefect_writes_the_same_bytes(raw: Path, local: Path,
                                                              tmp_path: Path) -> None:
    """Prefect tasks in threads, steps in worker processes, futures hidden from Prefect."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    from flows.prefect_flow import run_flow

    summary = run_flow(runner="process", workers=2, raw_dir=str(raw),
                       output_dir=str(tmp_path), batch_size=7,
                       partition_by=["publisher", "year"], incremental=False)
    assert table_bytes(Path(summary["release"])) == table_bytes(local)


def test_partitioned_statements_read_as_one_table(local: Path) -> None:
    whole = pq.read_table(local / "statements.parquet").to_pandas()
    folder = local / "dataset" / "statements"
    assert (folder / "publisher=Harbour Gazette").is_dir() or any(
        p.name.startswith("publisher=Harbour") for p in folder.iterdir())
    by_arrow = ds.dataset(folder, format="parquet", partitioning="hive").to_table().to_pandas()
    by_duckdb = duckdb.sql(f"SELECT * FROM read_parquet('{folder}/**/*.parquet', "
                           "hive_partitioning = true)").df()
    key = ["article_id", "start"]
    for frame in (by_arrow, by_duckdb):
        assert len(frame) == len(whole)
        got = frame.sort_values(key).reset_index(drop=True)
        want = whole.sort_values(key).reset_index(drop=True)
        assert got["content"].tolist() == want["content"].tolist()
        assert set(frame.columns) >= {"publisher", "year"} | set(whole.columns)
    articles = pq.read_table(local / "articles.parquet").to_pandas().set_index("article_id")
    row = by_duckdb.iloc[0]
    assert row["publisher"] == articles.loc[row["article_id"], "publisher"]


def test_the_download_page_snippets_read_the_partitioned_statements(
        local: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run, from the release folder, the pandas and DuckDB lines the page gives (pandas in a
    fresh interpreter, with the page's import); some years are null (a
    __HIVE_DEFAULT_PARTITION__ folder), on which plain pandas.read_parquet fails."""
    import html
    import re
    import subprocess
    import sys

    import pandas
    import pyarrow

    page = html.unescape((local / "index.html").read_text(encoding="utf-8"))
    snippets = re.findall(r"<code>((?:pandas|SELECT)[^<]*statements[^<]*)</code>", page)
    [imports] = re.findall(r"<code>(import pandas[^<]*)</code>", page)
    assert len(snippets) == 2, snippets
    whole = pq.read_table(local / "statements.parquet").num_rows
    monkeypatch.chdir(local)
    for snippet in snippets:
        if snippet.startswith("SELECT"):
            frame = duckdb.sql(snippet).df()
            assert len(frame) == whole and frame["year"].isna().any(), snippet
            continue
        code = f"{imports}\nframe = {snippet}\nprint(len(frame), frame['year'].isna().any())"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=False)
        assert done.stdout.split() == [str(whole), "True"], done.stderr[-2000:]
    with pytest.raises(pyarrow.ArrowInvalid):  # why the page names the partitioning
        pandas.read_parquet("dataset/statements")
    card = (local / "README.md").read_text(encoding="utf-8")  # the data card says it too
    assert ("`dataset/sentences/`, `dataset/statements/` as Hive-partitioned Parquet by "
            "publisher, year") in card
    assert all(s in card for s in snippets if s.startswith("pandas")), snippets


def test_stages_run_in_batch_order_when_workers_finish_out_of_order() -> None:
    log: list[tuple[str, int]] = []
    pool = ThreadPoolExecutor(4)

    def work(i: int) -> int:
        time.sleep(random.Random(i).uniform(0, 0.03))
        return i

    def batch(i: int):  # type: ignore[no-untyped-def]
        first = pool.submit(work, i)
        yield first
        log.append(("dedupe", first.result()))
        second = pool.submit(work, 100 + i)
        yield second
        log.append(("write", second.result() - 100))

    drive_in_order((batch(i) for i in range(12)), window=5)
    pool.shutdown()
    assert [i for stage, i in log if stage == "dedupe"] == list(range(12))
    assert [i for stage, i in log if stage == "write"] == list(range(12))


def test_window_bounds_batches_in_flight() -> None:
    started: list[int] = []
    finished: list[int] = []

    def batch(i: int):  # type: ignore[no-untyped-def]
        started.append(i)
        assert len(started) - len(finished) <= 3, "more than the window in flight"
        yield Done(i)
        finished.append(i)

    drive_in_order((batch(i) for i in range(10)), window=3)
    assert finished == list(range(10))


def article_as(i: int, article_id: str) -> dict[str, object]:
    return {**invented_article(i), "id": article_id}


@pytest.mark.parametrize("runner", ["local", "process"])
def test_duplicates_found_after_analysis_leave_no_rows(tmp_path: Path, runner: str) -> None:
    """A batch is analysed with its reading, before de-duplication against earlier batches:
    the rows of its duplicates are dropped, and an article not analysed because it repeated
    one of its batch, which turns out to be kept, is analysed after all."""
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [article_as(1, "alpha"), article_as(2, "delta"),  # batch 1
             article_as(3, "alpha"),  # batch 2: id of batch 1's first, another text: refused
             article_as(3, "gamma"),  # the text of the refused one: kept, though it repeats
             article_as(2, "epsilon")]  # batch 3: a copy of delta's text
    (raw / "feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                    encoding="utf-8")
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "feed.jsonl").write_text(json.dumps(article_as(3, "gamma")) + "\n",
                                      encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out", batch_size=2, runner=runner).release)
    single = Path(build_dataset(alone, tmp_path / "single", runner="local").release)

    articles = pq.read_table(release / "articles.parquet").column("article_id").to_pylist()
    assert articles == ["alpha", "delta", "gamma"]
    rejects = pq.read_table(release / "rejects.parquet").to_pandas()
    assert sorted(zip(rejects["article_id"], rejects["check"], strict=True)) == [
        ("alpha", "duplicate_id"), ("epsilon", "duplicate_text")]
    for name in ("sentences", "statements"):
        got = pq.read_table(release / f"{name}.parquet").to_pandas()
        want = pq.read_table(single / f"{name}.parquet").to_pandas()
        assert len(want) > 0
        assert got[got["article_id"] == "gamma"].reset_index(drop=True).equals(want)
        assert set(got["article_id"]) == {"alpha", "delta", "gamma"}


@pytest.mark.parametrize("runner", ["local", "process"])
def test_a_kept_article_gets_its_own_rows_not_those_of_its_id_repeat(tmp_path: Path,
                                                                      runner: str) -> None:
    """In one batch, id x first with an earlier batch's text (refused as a duplicate), then
    id x with a text of its own (kept): x is published with its own text and statements, not
    those analysed for the first x (found in review)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [article_as(1, "one"), article_as(9, "pad"),  # batch 1
             article_as(1, "x"), article_as(2, "x")]  # batch 2
    (raw / "feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                    encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out", batch_size=2, runner=runner).release)
    articles = pq.read_table(release / "articles.parquet").to_pandas().set_index("article_id")
    assert articles.loc["x", "text"] == invented_article(2)["text"]
    assert articles.loc["x", "title"] == invented_article(2)["title"]
    statements = pq.read_table(release / "statements.parquet").to_pandas()
    contents = statements[statements["article_id"] == "x"]["content"].tolist()
    assert contents and all(c in str(invented_article(2)["text"]) for c in contents)
    rejects = pq.read_table(release / "rejects.parquet").to_pandas()
    assert list(zip(rejects["article_id"], rejects["check"], strict=True)) == [
        ("x", "duplicate_text")]


@pytest.mark.parametrize("seed", range(12))
def test_batches_of_any_size_publish_the_same_rows(tmp_path: Path, seed: int) -> None:
    """Random mixes of repeated ids and texts over several files: de-duplication and the rows
    kept do not depend on how articles are grouped into batches. With one article a batch,
    nothing repeats inside a batch, so what is analysed is exactly what is kept."""
    rng = random.Random(seed)
    raw = tmp_path / "raw"
    raw.mkdir()
    ids = [f"id{k}" for k in range(rng.randint(2, 8))]
    lines = [article_as(rng.randint(0, 5), rng.choice(ids)) for _ in range(rng.randint(6, 14))]
    n_files = rng.randint(1, 3)
    for f in range(n_files):
        if lines[f::n_files]:
            (raw / f"f{f}.jsonl").write_text("".join(json.dumps(x) + "\n"
                                                     for x in lines[f::n_files]),
                                             encoding="utf-8")

    def tables(batch_size: int) -> dict[str, list[tuple[object, ...]]]:
        release = Path(build_dataset(raw, tmp_path / f"out{batch_size}",
                                     batch_size=batch_size).release)
        rows = {name: [tuple(r.values()) for r in
                       pq.read_table(release / f"{name}.parquet").to_pylist()]
                for name in TABLES}
        rows["rejects"] = sorted(rows["rejects"], key=repr)  # ordered by step within a batch
        return rows

    one_by_one = tables(1)
    assert one_by_one == tables(rng.randint(2, 5))
    assert one_by_one["articles"]
