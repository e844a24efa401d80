"""Feeds (.jsonl, .csv): known fields, aliases, unknown fields kept in `extra`, and the
decoding policy (UTF-8; unambiguous cp1252 repaired and recorded; the rest refused)."""

from __future__ import annotations

import csv
import json
from itertools import islice
from pathlib import Path

import pytest

from flows.clean import clean_article
from flows.formats import decode_bytes
from flows.ingest import plan_batches, read_batch
from flows.records import Article, RawArticle, Reject
from tests.conftest import CORPUS, need


def read_all(raw: Path) -> tuple[list[RawArticle], list[Reject]]:
    batches, rejects = plan_batches(raw)
    articles: list[RawArticle] = []
    for batch in batches:
        got, refused = read_batch(raw, batch)
        articles += got
        rejects += refused
    return articles, rejects


def test_corpus_shaped_jsonl_maps_date_and_source(tmp_path: Path) -> None:
    record = {"id": "x-1", "source": "Lakeside Wire", "title": "Dam opens",
              "date": "2020-11-18T14:20:00", "url": None, "text": "The dam opened."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [raw], rejects = read_all(tmp_path)
    assert not rejects
    assert (raw.publisher, raw.published, raw.url, raw.extra) == (
        "Lakeside Wire", "2020-11-18T14:20:00", None, None)
    article = clean_article(raw)
    assert isinstance(article, Article) and article.published_date == "2020-11-18"


def test_canonical_field_wins_and_the_alias_is_kept_in_extra(tmp_path: Path) -> None:
    record = {"id": "x-2", "text": "Body.", "publisher": "Daily Example", "source": "wire desk",
              "published": "2021-01-02", "date": "", "section": {"name": "world"}, "rank": 3}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [raw], _ = read_all(tmp_path)
    assert (raw.publisher, raw.published) == ("Daily Example", "2021-01-02")
    assert json.loads(raw.extra or "") == {"source": "wire desk", "section": {"name": "world"},
                                           "rank": 3}


def test_csv_feed_keeps_unknown_columns_in_extra(tmp_path: Path) -> None:
    with (tmp_path / "feed.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["id", "title", "text", "date", "source", "desk"])
        writer.writeheader()
        writer.writerow({"id": "c-1", "title": "Rain", "text": "Rain fell.\n\nIt stopped.",
                         "date": "2022-03-04", "source": "Valley News", "desk": "weather"})
        writer.writerow({"id": "c-2", "title": "Sun", "text": "", "date": "", "source": "",
                         "desk": ""})
    [raw], [reject] = read_all(tmp_path)
    assert (raw.article_id, raw.publisher, raw.published) == ("c-1", "Valley News", "2022-03-04")
    assert json.loads(raw.extra or "") == {"desk": "weather"}
    assert raw.raw_text == "Rain fell.\n\nIt stopped." and raw.source_format == "csv"
    assert (reject.source_path, reject.check) == ("feed.csv:3", "missing_text")


@pytest.mark.parametrize(("data", "encoding", "check"), [
    ("Plain “curly” text".encode(), "utf-8", None),
    ("\ufeffWith a BOM".encode(), "utf-8-sig", None),
    ("It’s a “smart” quote — and £5.".encode("cp1252"), "cp1252", None),
    ("Caf\u00e9 au lait.".encode("cp1252"), "", "not_utf8"),  # one Latin-1 byte: ambiguous
    (bytes(range(128, 256)) * 4, "", "not_utf8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", "binary"),
])
def test_decoding_policy(data: bytes, encoding: str, check: str | None) -> None:
    text, got_encoding, problem = decode_bytes(data)
    assert got_encoding == encoding
    assert (problem[0] if problem else None) == check
    assert (text is None) == (check is not None)


def test_cp1252_file_is_repaired_and_says_how_it_was_read(tmp_path: Path) -> None:
    (tmp_path / "memo.txt").write_bytes("Memo\n\nShe said it’s “done” — for now.".encode(
        "cp1252"))
    [raw], rejects = read_all(tmp_path)
    article = clean_article(raw)
    assert not rejects and isinstance(article, Article)
    assert (article.encoding, article.text) == ("cp1252", "She said it’s “done” — for now.")


def test_latin1_reject_reason_shows_the_likely_reading(tmp_path: Path) -> None:
    (tmp_path / "cafe.txt").write_bytes("Title\n\nThe café opened.".encode("latin-1"))
    _, [reject] = read_all(tmp_path)
    assert reject.check == "not_utf8" and "café" in reject.reason and "UTF-8" in reject.reason


def test_mojibake_in_utf8_feed_is_repaired(tmp_path: Path) -> None:
    record = {"id": "m-1", "title": "NATOâ€™s plan", "text": "It isnâ€™t over, he said."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [raw], _ = read_all(tmp_path)
    article = clean_article(raw)
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("NATO’s plan", "It isn’t over, he said.")


def test_real_corpus_lines_read_as_feeds(tmp_path: Path) -> None:
    for name in ("bbc", "peoplesdaily", "globaltimes"):
        source = need(CORPUS / name / "articles.jsonl")
        with source.open(encoding="utf-8") as handle:
            lines = list(islice(handle, 3))
        (tmp_path / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")
    raws, rejects = read_all(tmp_path)
    assert not rejects and len(raws) == 9
    assert all(r.extra is None and r.publisher for r in raws)  # every key is known
    pd_raw = next(r for r in raws if r.article_id == "peoplesdaily-0001")
    assert (pd_raw.publisher, pd_raw.published) == ("People's Daily Online",
                                                    "2020-11-18T14:20:00")
