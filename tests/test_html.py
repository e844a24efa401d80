"""Saved web pages: invented pages for each rule, and a handful of real pages from
../shared/corpus/html read in place (skipped with a message when ../shared is absent)."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from flows.clean import clean_article
from flows.formats import sha256_hex
from flows.html import page_stem, read_html, strip_site_suffix
from flows.records import Article
from tests.conftest import CORPUS, need

ENGLISH = ["The river council met on Tuesday to discuss the new bridge over the water.",
           "Residents said the old crossing had been closed for repairs for most of the year.",
           "The mayor told reporters that work would begin in the spring if funds arrived."]
GERMAN = ["Der Stadtrat hat am Dienstag über die neue Brücke über den Fluss beraten.",
          "Die Anwohner sagten, die alte Brücke sei seit Monaten wegen Reparaturen gesperrt.",
          "Der Bürgermeister erklärte, die Arbeiten würden im Frühjahr beginnen."]


def page(paragraphs: list[str], *, lang: str = "en", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p} {p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">
<title>Bridge plan moves ahead - Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Jo Quill">
<meta property="article:published_time" content="2021-04-05T10:00:00Z">
<link rel="canonical" href="https://gazette.example.org/2021/04/bridge-plan">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge plan moves ahead</h1>{body}</article>
<footer>Copyright Riverside Gazette. All rights reserved.</footer></body></html>"""


def test_page_becomes_one_article_with_metadata_and_paragraphs() -> None:
    data = page(ENGLISH).encode()
    [raw], rejects = read_html(data, "pages/bridge.html")
    assert not rejects
    assert (raw.article_id, raw.source_format, raw.raw_sha256) == ("bridge", "html",
                                                                   sha256_hex(data))
    assert raw.title == "Bridge plan moves ahead"
    assert (raw.publisher, raw.author, raw.published) == ("Riverside Gazette", "Jo Quill",
                                                          "2021-04-05")
    assert raw.url == "https://gazette.example.org/2021/04/bridge-plan"
    assert raw.raw_text.count("\n\n") == 2 and "Copyright" not in raw.raw_text
    article = clean_article(raw)
    assert isinstance(article, Article) and article.published_date == "2021-04-05"
    assert article.text.split("\n\n")[0] == f"{ENGLISH[0]} {ENGLISH[0]}"


def test_gzipped_page_gives_the_same_article_and_hashes_the_stored_bytes() -> None:
    data = gzip.compress(page(ENGLISH).encode())
    [raw], _ = read_html(data, "bridge.html.gz")
    [plain], _ = read_html(page(ENGLISH).encode(), "bridge.html")
    assert (raw.article_id, raw.raw_text) == ("bridge", plain.raw_text)
    assert raw.raw_sha256 == sha256_hex(data) != plain.raw_sha256


def test_non_english_page_is_rejected_with_the_detected_language() -> None:
    articles, [reject] = read_html(page(GERMAN, lang="de").encode(), "brücke.html")
    assert not articles
    assert reject.check == "not_english" and "'de'" in reject.reason


def test_page_in_a_declared_legacy_charset_is_decoded_and_recorded() -> None:
    data = page(ENGLISH + ["The café opened its terrace."], charset="iso-8859-1")
    [raw], _ = read_html(data.encode("iso-8859-1"), "legacy.htm")
    assert raw.encoding == "iso-8859-1" and "café" in raw.raw_text


@pytest.mark.parametrize(("data", "check"), [
    (b"\x1f\x8b\x08\x00broken", "bad_gzip"),
    (b"<html><body><nav>Home</nav></body></html>", "no_article_text"),
    (b"\x00\x01\x02<html>", "binary"),
])
def test_unusable_pages_are_rejected(data: bytes, check: str) -> None:
    articles, [reject] = read_html(data, "bad.html")
    assert not articles and reject.check == check and reject.reason


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Bridge plan - Riverside Gazette", "Riverside Gazette", "Bridge plan"),
    ("Deals are live – IGN", "IGN", "Deals are live"),
    ("Opinion | Trump to Nowhere", "NYTimes", "Opinion | Trump to Nowhere"),  # no change
    ("Score - 3-1 win", "Sports Site", "Score - 3-1 win"),  # no change
])
def test_strip_site_suffix(title: str, site: str, expected: str) -> None:
    assert strip_site_suffix(title, site) == expected


def test_page_stem_keeps_dots_of_the_name() -> None:
    assert page_stem("html/news.example.com.story.html.gz") == "news.example.com.story"


# --- real pages, read in place ---------------------------------------------------------

AEB = CORPUS / "html" / "scrapinghub-aeb"
TRAF = CORPUS / "html" / "trafilatura-eval"


def _index(folder: Path) -> list[dict[str, object]]:
    path = need(folder / "index.jsonl")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def _f1(predicted: str, expected: str) -> float:
    got = Counter(re.findall(r"\w+", predicted.lower()))
    want = Counter(re.findall(r"\w+", expected.lower()))
    overlap = sum((got & want).values())
    return 2 * overlap / (sum(got.values()) + sum(want.values()))


def test_real_english_pages_match_the_expected_text_and_keep_metadata() -> None:
    rows = [r for r in _index(AEB) if r["lang_guess"] == "en"][:4]
    for row in rows:
        data = (AEB / str(row["file"])).read_bytes()
        [raw], rejects = read_html(data, str(row["file"]))
        article = clean_article(raw)
        assert isinstance(article, Article), rejects
        assert _f1(article.text, str(row["expected_text"])) >= 0.7, row["id"]
        assert article.title and article.publisher and article.url == row["url"]
        assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_real_non_english_pages_are_rejected_with_their_language() -> None:
    rows = [r for r in _index(AEB) if r["lang_guess"] == "other"][:3]
    for row in rows:
        articles, [reject] = read_html((AEB / str(row["file"])).read_bytes(), str(row["file"]))
        assert not articles and reject.check == "not_english"
        assert re.search(r"detected language '[a-z]{2,3}'", reject.reason)


def test_real_pages_keep_article_snippets_and_drop_boilerplate() -> None:
    for row in _index(TRAF)[:3]:
        [raw], _ = read_html((TRAF / str(row["file"])).read_bytes(), str(row["file"]))
        article = clean_article(raw)
        assert isinstance(article, Article)
        found = [s for s in row["expected_with"] if str(s) in article.text]
        assert len(found) >= len(row["expected_with"]) - 1, row["id"]  # type: ignore[arg-type]
        assert not [s for s in row["expected_without"] if str(s) in article.text], row["id"]
