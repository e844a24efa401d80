"""What the data card says about how rows were made matches the code that made them."""

from __future__ import annotations

import csv
import html
import json
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from flows.attribution.scorer import load_scorer
from flows.pipeline import build_dataset
from flows.publish import about
from flows.publish.csv_rows import longest_row_bytes


def test_known_limits_describe_the_learned_scorer_and_its_cut() -> None:
    scorer = load_scorer()
    assert scorer.weights, "packaged scorer weights are missing"
    limit = next(text for text in about.KNOWN_LIMITS if text.startswith("confidence"))
    assert "logistic scorer" in limit and "rule-based" not in limit
    assert f"below {scorer.threshold:g} are not kept" in limit
    assert f"nor rows below {scorer.learned_threshold:g} whose cue only the learned" in limit


def test_reject_source_paths_have_the_documented_forms(tmp_path: Path) -> None:
    from schemas import RejectsSchema, columns_of

    described = columns_of(RejectsSchema)["source_path"].description
    assert "<file>:<n>" in described
    raw = tmp_path / "raw"
    raw.mkdir()
    good = json.dumps({"id": "a1", "text": "The mayor said the harbour plan would pass."})
    (raw / "feed.jsonl").write_text(f"{good}\n{{not json\n" + '{"id": "a2"}\n',
                                    encoding="utf-8")
    (raw / "rows.csv").write_text("id,text\nc1,The mayor said the plan would pass.\nc2,\n",
                                  encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out", max_reject_share=1.0).release)
    rejects = pq.read_table(release / "rejects.parquet").to_pylist()
    assert sorted((r["source_path"], r["check"]) for r in rejects) == [
        ("feed.jsonl:2", "bad_json"), ("feed.jsonl:3", "missing_text"),
        ("rows.csv:3", "missing_text")]


def test_offsets_note_is_true_of_a_release_with_emoji(tmp_path: Path) -> None:
    """The data card's SQL for a span gives each row's content, after characters outside the
    BMP too, and every span is the one the card describes."""
    import duckdb

    raw = tmp_path / "raw"
    raw.mkdir()
    text = ("Fans cheered 🎉🎉 at the harbour on Tuesday. \"The boats are safe now 🚤,\" said Mara "
            "Quill, the harbour master 👩‍✈️.\n\nThe plan will create jobs, according  to Tom Breck.")
    (raw / "feed.jsonl").write_text(json.dumps({"id": "e1", "text": text}) + "\n",
                                    encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out").release)
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "Unicode code points" in card
    sql = about.OFFSETS.split("in SQL `")[1].split("`")[0]
    assert sql in card
    span = sql.replace("text", "a.text").replace("start", "s.start").replace('"end"', 's."end"')
    rows = duckdb.sql(
        f"SELECT s.content, {span} AS span, s.cue, "
        f"substring(a.text, s.cue_start + 1, s.cue_end - s.cue_start), s.speaker_mention, "
        f"substring(a.text, s.speaker_start + 1, s.speaker_end - s.speaker_start) "
        f"FROM '{release}/statements.parquet' s JOIN '{release}/articles.parquet' a "
        "USING (article_id)").fetchall()
    assert len(rows) == 2
    for content, span, cue, cue_span, mention, mention_span in rows:
        assert (content, mention) == (span, mention_span)
        assert cue == " ".join(cue_span.split())
    assert sorted(r[2] for r in rows) == ["according to", "said"]


PYTHON_CSV_DEFAULT = 131_072  # csv.field_size_limit() of a fresh interpreter


def test_the_documented_duckdb_command_reads_a_csv_row_over_two_megabytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article of 1.9 M characters, 2.2 MB as UTF-8: DuckDB's read_csv refuses its row
    unless told a larger max_line_size; the data card's command (and the page's) reads it."""
    import duckdb

    raw = tmp_path / "raw"
    raw.mkdir()
    words = " ".join(f"café{i % 97}" for i in range(280_000))
    text = f'"The pier will open soon," the harbour master said.\n\n{words}.'
    assert len(text) < 2_000_000 < len(text.encode("utf-8"))
    (raw / "feed.jsonl").write_text(json.dumps({"id": "long", "text": text}) + "\n",
                                    encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out").release)
    card = (release / "README.md").read_text(encoding="utf-8")
    command = card.split("Read them in DuckDB with `")[1].split("`")[0]
    assert "read_csv('articles.csv', max_line_size = " in command
    page = (release / "index.html").read_text(encoding="utf-8")
    assert f"<code id='read-csv'>{html.escape(command)}</code>" in page
    row = (release / "articles.csv").read_bytes().split(b"\n", 1)[1]  # its only row
    bound = longest_row_bytes(pq.read_table(release / "articles.parquet"))
    assert 2_000_000 < len(row) <= bound < len(row) + 1000
    monkeypatch.chdir(release)
    with pytest.raises(duckdb.InvalidInputException, match="line size"):
        duckdb.sql("SELECT * FROM read_csv('articles.csv')").fetchall()
    rows = duckdb.sql(command.replace("*", "article_id, text")).fetchall()
    assert rows == [("long", text)]
    for table in ("sentences", "statements", "speakers", "rejects"):
        read = duckdb.sql(command.replace("articles.csv", f"{table}.csv")).fetchall()
        assert len(read) == pq.read_metadata(release / f"{table}.parquet").num_rows
    # and as the card says for Python: csv after field_size_limit, pandas as it is
    assert "csv.field_size_limit(sys.maxsize)" in card and "pandas.read_csv needs nothing" in card
    limit = csv.field_size_limit(PYTHON_CSV_DEFAULT)  # the process may have raised it
    try:
        with (release / "articles.csv").open(encoding="utf-8", newline="") as f, \
                pytest.raises(csv.Error, match="field limit"):
            list(csv.DictReader(f))
        csv.field_size_limit(sys.maxsize)
        with (release / "articles.csv").open(encoding="utf-8", newline="") as f:
            assert [r["text"] for r in csv.DictReader(f)] == [text]
    finally:
        csv.field_size_limit(limit)
    assert pd.read_csv(release / "articles.csv").text.tolist() == [text]
