"""Reading raw inputs: every file becomes articles or rejects with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.formats import safe_id
from flows.ingest import format_of, plan_batches, read_batch


def read_all(raw: Path, batch_size: int = 2000):
    batches, rejects = plan_batches(raw, batch_size=batch_size)
    articles = []
    for batch in batches:
        got, refused = read_batch(raw, batch)
        articles += got
        rejects += refused
    return articles, rejects


@pytest.mark.parametrize(("name", "expected"), [
    ("a.txt", "txt"), ("a.JSONL", "jsonl"), ("a.csv", "csv"), ("a.html.gz", "html"),
    ("a.htm", "html"), ("a.pdf", None), ("README", None),
])
def test_format_of(name: str, expected: str | None) -> None:
    assert format_of(name) == expected


@pytest.mark.parametrize(("content", "check"), [
    (b"", "empty"),
    (b"   \n\n\t  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
    ("Caf\u00e9 au lait, he said.".encode("cp1252"), "not_utf8"),
])
def test_bad_text_files_are_rejected_with_a_reason(tmp_path: Path, content: bytes,
                                                   check: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("Title\n\nA body.\n", encoding="utf-8")
    articles, rejects = read_all(tmp_path)
    assert [a.article_id for a in articles] == ["good"]
    assert [(r.source_path, r.check) for r in rejects] == [("bad.txt", check)]
    assert rejects[0].reason


def test_jsonl_bad_line_in_the_middle_loses_nothing_else(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a1", "text": "First."}), "{not json",
             json.dumps({"text": "No id here."}), json.dumps(["not", "an", "object"]),
             json.dumps({"id": "a4", "title": "no text"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejects = read_all(tmp_path)
    assert [a.article_id for a in articles] == ["a1", "feed-3"]
    assert [(r.source_path, r.check) for r in rejects] == [
        ("feed.jsonl:2", "bad_json"), ("feed.jsonl:4", "bad_record"),
        ("feed.jsonl:5", "missing_text")]
    assert "line 2" in rejects[0].reason


def test_jsonl_fields_and_extras(tmp_path: Path) -> None:
    record = {"doc_id": "d-1", "text": "Body.", "title": "T", "publisher": "P",
              "published": "2022-11-09T08:00:00Z", "url": "https://example.org/a",
              "section": "world"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article], rejects = read_all(tmp_path)
    assert not rejects
    assert (article.article_id, article.title, article.publisher, article.url) == (
        "d-1", "T", "P", "https://example.org/a")
    assert json.loads(article.extra or "{}") == {"section": "world"}


def test_jsonl_is_split_into_batches_by_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": f"Text {i}."}) for i in range(25)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    batches, _ = plan_batches(tmp_path, batch_size=10)
    assert len(batches) == 3
    articles, _ = read_all(tmp_path, batch_size=10)
    assert [a.article_id for a in articles] == [f"a{i}" for i in range(25)]


def test_csv_feed(tmp_path: Path) -> None:
    (tmp_path / "feed.csv").write_text('id,text,title,lang\nc1,"He said, ""yes"".",T,en\n',
                                       encoding="utf-8")
    [article], rejects = read_all(tmp_path)
    assert not rejects
    assert (article.article_id, article.raw_text, article.title) == ("c1", 'He said, "yes".', "T")
    assert json.loads(article.extra or "{}") == {"lang": "en"}


def test_unsupported_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("Not an input.", encoding="utf-8")
    articles, rejects = read_all(tmp_path)
    assert articles == []
    assert [(r.source_path, r.check) for r in rejects] == [("notes.pdf", "unsupported_format")]


@pytest.mark.parametrize(("value", "expected"), [
    ("wuzhen-digital-cooperation", "wuzhen-digital-cooperation"),
    ("a b/c", "a-b-c-fa4fb713"), ("../../etc", "etc-7baf5cb6"), ("", "article-da39a3ee"),
    ("keeps-trailing-dash-", "keeps-trailing-dash-"), ("x..y", "x..y-d72b5f45"),
    ("Ünïcode name", "Unicode-name-c1d27a68"), ("北京", "article-685e1518"),
])
def test_safe_id(value: str, expected: str) -> None:
    assert safe_id(value) == expected


def test_a_rewritten_feed_id_keeps_the_original_in_extra(tmp_path: Path) -> None:
    # ids that are URLs or contain spaces are rewritten (safe_id): without the original the
    # analyst could not find the record in the feed again
    records = [{"id": "https://example.org/news/1 a", "text": "Body one.", "section": "x"},
               {"doc_id": 42, "text": "Body two."}, {"id": "plain-3", "text": "Body three."}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                         encoding="utf-8")
    (tmp_path / "feed.csv").write_text('id,text\nc 1,Body four.\n', encoding="utf-8")
    articles, rejects = read_all(tmp_path)
    assert not rejects
    extras = {a.article_id: json.loads(a.extra) if a.extra else None for a in articles}
    url = "https://example.org/news/1 a"
    assert extras == {safe_id("c 1"): {"id": "c 1"}, safe_id(url): {"id": url, "section": "x"},
                      "42": None, "plain-3": None}
    assert safe_id(url) != url


@pytest.mark.parametrize(("line", "check"), [
    (b'{"id": "s1", "text": "He said \\ud800 hi."}', "bad_unicode"),
    (b'{"id": "s2", "text": "Hi.", "n\\uDC01te": "x"}', "bad_unicode"),  # upper case, a key
    ('{"id": "s3", "text": "He said \\udfff hi."}'.encode("utf-16"), "bad_unicode"),
    (b'{"id": "s4", "text": "A pair \\ud83d\\ude00 is a character."}', None),
    (b'{"id": "s5", "text": "A path C:\\\\udata is no escape."}', None),
    (b'{"id": "s6", "text": "No escape \xf0\x9f\x98\x80 at all."}', None),
])
def test_jsonl_lone_surrogate_escapes_are_refused(tmp_path: Path, line: bytes,
                                                  check: str | None) -> None:
    (tmp_path / "feed.jsonl").write_bytes(line + b"\n")
    articles, rejects = read_all(tmp_path)
    assert [r.check for r in rejects] == ([check] if check else [])
    assert len(articles) == (0 if check else 1)
