"""The run report agrees with the release it describes, and every run writes one."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from flows.pipeline import build_dataset
from flows.report import REPORT_FILE, report_markdown, report_tables
from tests.test_incremental import invented_article, write_feed


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    folder = tmp_path_factory.mktemp("report")
    raw = folder / "raw"
    raw.mkdir()
    records = [invented_article(n) for n in range(6)]
    records.append(dict(invented_article(2), id="copy-of-2"))  # a duplicate_text reject
    write_feed(raw / "wire.jsonl", records)
    (raw / "empty.txt").write_text("   \n", encoding="utf-8")  # an empty reject
    summary = build_dataset(raw, folder / "out")
    return folder / "out", json.loads(Path(summary.report).read_text(encoding="utf-8"))


def test_report_is_written_beside_latest_and_kept_per_run(
        run: tuple[Path, dict[str, object]]) -> None:
    out, report = run
    assert json.loads((out / REPORT_FILE).read_text(encoding="utf-8")) == report
    assert report["release"] == (out / "latest").resolve().name
    assert [p.name.endswith(f"-{report['release']}.json")
            for p in (out / "reports").iterdir()] == [True]


def test_report_counts_match_the_published_tables(run: tuple[Path, dict[str, object]]) -> None:
    out, report = run
    latest = out / "latest"
    tables = {n: pd.read_parquet(latest / f"{n}.parquet")
              for n in ("articles", "statements", "speakers", "rejects")}
    assert report["rows"] == json.loads((latest / "release.json").read_text())["rows"]
    assert report["rejects_by_check"] == dict(Counter(tables["rejects"]["check"]))
    assert report["rejects_by_check"] == {"duplicate_text": 1, "empty": 1}
    assert report["statements_by_kind"] == dict(sorted(Counter(tables["statements"]["kind"])
                                                       .items()))
    # 7 feed records read: 6 published, 1 duplicate; the empty file is an input that gave no
    # article, so it is among the rejected but not the read
    assert report["articles"] == {"read": 7, "reused": 0, "processed": 7, "published": 6,
                                  "duplicates": 1, "rejected": 1}
    top = max(report["top_speakers"], key=lambda s: s["n_statements"])  # type: ignore[arg-type]
    speakers = tables["speakers"].set_index("name")
    assert top == report["top_speakers"][0]  # type: ignore[index]
    assert top["n_statements"] == speakers.loc[top["name"], "n_statements"]


def test_time_per_step_covers_the_pipeline_steps(run: tuple[Path, dict[str, object]]) -> None:
    _, report = run
    steps = set(report["seconds_by_step"])  # type: ignore[arg-type]
    assert {"clean_articles", "attribute_articles", "validate_articles",
            "write_release"} <= steps


def test_markdown_and_tables_carry_the_same_figures(run: tuple[Path, dict[str, object]],
                                                   ) -> None:
    _, report = run
    tables = report_tables(report)
    assert set(tables) == {"rows-per-table", "rejects-by-reason", "statements-per-kind",
                           "top-speakers", "time-per-step"}
    page = report_markdown(report)
    for title in ("Rows per table", "Rejects by reason", "Statements per kind",
                  "Top speakers", "Time per step"):
        assert f"## {title}" in page
    assert "| duplicate_text | 1 |" in page and "| empty | 1 |" in page
    assert ("Articles read: 7 (reused unchanged from the previous release: 0; processed: 7); "
            "published: 6; left out as duplicates: 1. Inputs rejected (a file, a feed line or "
            "an article; see Rejects by reason): 1.") in page
    assert f"| statements | {report['rows']['statements']} |" in page  # type: ignore[index]


def test_a_run_that_publishes_nothing_new_still_reports(tmp_path: Path,
                                                        run: tuple[Path, dict[str, object]],
                                                        ) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    write_feed(raw / "wire.jsonl", [invented_article(1)])
    first = build_dataset(raw, tmp_path / "out")
    second = build_dataset(raw, tmp_path / "out", incremental=True)
    assert first.release == second.release and first.report != second.report
    report = json.loads(Path(second.report).read_text(encoding="utf-8"))
    assert report["articles"]["reused"] == 1
    assert (report["new_release"], second.new_release, first.new_release) == (False, False, True)
    assert "release `" + report["release"] + "` (unchanged" in report_markdown(report)
    assert len(list((tmp_path / "out" / "reports").iterdir())) == 2


def test_the_command_line_says_when_nothing_changed(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # a rerun on the same inputs keeps the latest release: it printed "published <it>" as if
    # a new release had been made
    from flows.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    write_feed(raw / "wire.jsonl", [invented_article(1)])
    command = ["run", "--no-prefect", "--raw-dir", str(raw), "--output-dir", str(tmp_path / "o")]
    assert main(command) == 0
    first = capsys.readouterr().out
    assert main(command) == 0
    second = capsys.readouterr().out
    release = (tmp_path / "o" / "latest").resolve()
    assert first.startswith(f"published {release}: 1 articles")
    assert second.startswith(f"unchanged, the latest release is still {release}: 1 articles")
