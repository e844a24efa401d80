"""Provenance: every article row names its source file, format, encoding and raw sha256,
and its raw_offset_map traces any offset of the published text back into the raw text.
Duplicates (the same text from two files) publish once and the copy is recorded."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.clean import clean_article, clean_text
from flows.formats import sha256_hex
from flows.pipeline import build_dataset
from flows.provenance import align_offsets, coverage, load_offset_map, raw_span
from flows.records import Article, RawArticle
from tests.conftest import CORPUS, need


@pytest.mark.parametrize(("text", "raw", "runs"), [
    ("same", "same", [(0, 4, 0)]),
    ("a b", "a   b", [(0, 2, 0), (2, 3, 4)]),
    ("One line", "One\nline", [(0, 3, 0), (4, 8, 4)]),
    ("Body here.", "TITLE\n\nBody here.", [(0, 10, 7)]),
    ("It’s fine now.", "Itâ€™s fine now.", [(0, 2, 0), (5, 14, 7)]),  # the repaired word is a gap
    ("Kept.\n\nAlso kept.", "Kept. (Xinhua/Li Mo) Also kept.", [(0, 5, 0), (7, 17, 21)]),
    ("", "anything", []),
])
def test_align_offsets(text: str, raw: str, runs: list[tuple[int, int, int]]) -> None:
    assert align_offsets(text, raw) == runs


def _check_runs(text: str, raw: str, runs: list[tuple[int, int, int]]) -> None:
    previous_end, previous_raw = 0, 0
    for start, end, raw_start in runs:
        assert start >= previous_end and raw_start >= previous_raw and start < end
        assert text[start:end] == raw[raw_start: raw_start + end - start]
        previous_end, previous_raw = end, raw_start + end - start


PIECES = ["Word", "said", "“Quote”", "â€™", "  ", "\n", "\n\n\n", "\r\n", "\u200b", "\t", ".",
          "SPRINGTON, Nov. 18 (Xinhua) -- ", "Photo: VCG ", "\n\nReuter", "é", "\x00"]


@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_runs_are_verbatim_and_ordered_for_any_cleaning(raw: str) -> None:
    article = clean_article(RawArticle("p", "p.jsonl", "jsonl", raw, "0" * 64))
    text = article.text if isinstance(article, Article) else clean_text(raw)
    runs = align_offsets(text, raw)
    _check_runs(text, raw, runs)
    if isinstance(article, Article):
        assert load_offset_map(article.raw_offset_map) == runs


def test_raw_span_of_a_statement_lands_on_the_same_words() -> None:
    raw = "HEADLINE\n\nOLD HARBOUR, Feb 26 - The port  reopened,\nofficials said.\n\nReuter"
    article = clean_article(RawArticle("h", "h.txt", "txt", raw, "0" * 64))
    assert isinstance(article, Article)
    start = article.text.index("The port")
    end = article.text.index(",")
    span = raw_span(load_offset_map(article.raw_offset_map), start, end)
    assert span is not None and raw[span[0]: span[1]] == "The port  reopened"


def _raw_texts(raw_dir: Path) -> dict[str, str]:
    """Raw text by article id, re-read from the inputs as the provenance docs describe."""
    texts = {"lake": (raw_dir / "lake.txt").read_text(encoding="utf-8")}
    for line in (raw_dir / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    return texts


def test_release_rows_carry_provenance_that_maps_back(tmp_path: Path) -> None:
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    lake = "Lake reopens\n\n| Valley News\n\nThe lake   reopened on Monday, the mayor said.\n"
    (raw_dir / "lake.txt").write_text(lake, encoding="utf-8")
    records = [{"id": "wire-1", "source": "Example Wire", "date": "2021-05-06", "desk": "city",
                "text": "NORTHTON, May 6 (Xinhua) -- Bridges  opened,\nofficials said.\n\n"
                        "\"It is done,\" said Ann Bo."},
               {"id": "wire-2", "text": "The lake reopened on Monday, the mayor said."}]
    lines = [json.dumps(r) for r in records]
    (raw_dir / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_dataset(raw_dir, tmp_path / "out")
    release = tmp_path / "out" / "latest"
    articles = pd.read_parquet(release / "articles.parquet").set_index("article_id")
    assert sorted(articles.index) == ["lake", "wire-1"]  # wire-2 duplicates lake's text
    assert articles.loc["lake", "raw_sha256"] == sha256_hex(lake.encode())
    assert articles.loc["wire-1", "raw_sha256"] == sha256_hex(lines[0].encode())
    assert list(articles["source_format"]) == ["txt", "jsonl"]
    assert list(articles["source_path"]) == ["lake.txt", "wire.jsonl"]
    assert set(articles["encoding"]) == {"utf-8"}
    assert (articles.loc["wire-1", "place"], articles.loc["wire-1", "publisher"]) == (
        "NORTHTON", "Example Wire")
    assert json.loads(articles.loc["wire-1", "extra"]) == {"desk": "city"}
    raw_texts = _raw_texts(raw_dir)
    sentences = pd.read_parquet(release / "sentences.parquet")
    for row in sentences.itertuples():
        runs = load_offset_map(articles.loc[row.article_id, "raw_offset_map"])
        span = raw_span(runs, row.start, row.end)
        assert span is not None
        back = raw_texts[row.article_id][span[0]: span[1]]
        assert re.sub(r"\s+", " ", back) == re.sub(r"\s+", " ", row.text)
    rejects = pd.read_parquet(release / "rejects.parquet")
    [duplicate] = rejects[rejects["check"] == "duplicate_text"].itertuples()
    assert (duplicate.article_id, duplicate.source_path) == ("wire-2", "wire.jsonl")
    assert "lake" in duplicate.reason


def test_real_corpus_articles_map_back_verbatim() -> None:
    path = need(CORPUS / "peoplesdaily" / "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(next(handle)) for _ in range(5)]
    for row in rows:
        raw = RawArticle(row["id"], "pd.jsonl", "jsonl", row["text"],
                         hashlib.sha256(row["text"].encode()).hexdigest())
        article = clean_article(raw)
        assert isinstance(article, Article)
        runs = load_offset_map(article.raw_offset_map)
        _check_runs(article.text, row["text"], runs)
        assert coverage(runs, article.text) > 0.99
