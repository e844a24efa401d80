"""Cleaning: metadata out of the body, text repaired, offsets-safe and idempotent."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.clean import clean_article, clean_text, parse_date, split_front_matter
from flows.formats import sha256_hex
from flows.records import Article, RawArticle, Reject
from tests.conftest import SAMPLE


def raw_txt(text: str, fmt: str = "txt") -> RawArticle:
    return RawArticle("a1", "a1.txt", fmt, text, sha256_hex(text.encode()))  # type: ignore[arg-type]


def test_sample_front_matter_becomes_fields() -> None:
    article = clean_article(raw_txt(SAMPLE.read_text(encoding="utf-8")))
    assert isinstance(article, Article)
    assert article.title == "Specialists stress global ties to deepen digital effects"
    assert article.publisher == "China Daily"
    assert article.caption == ("The 2022 World Internet Conference Wuzhen Summit opens in "
                               "Wuzhen, East China's Zhejiang province, Nov 9, 2022.")
    assert article.photo_credit == "Xinhua"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 13
    assert paragraphs[0].startswith("Internet and technology professionals")
    assert "[Photo" not in article.text and "China Daily" not in article.text


@pytest.mark.parametrize(("text", "expected"), [
    ("Plain text.", "Plain text."),  # must not change
    ("“Curly” and ‘single’ quotes stay.", "“Curly” and ‘single’ quotes stay."),
    ("It's 5 o'clock — «bien».", "It's 5 o'clock — «bien»."),
    ("One\r\nline\rbreaks", "One line breaks"),
    ("Para one.\n\n\n\nPara   two.", "Para one.\n\nPara two."),
    ("  padded \t words  ", "padded words"),
    ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
    ("The â€œquoteâ€\x9d was broken.", "The “quote” was broken."),
    ("Line one\nline two\n\nNext", "Line one line two\n\nNext"),
])
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_clean_text_is_idempotent_and_never_crashes(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\n\n\n" not in once and once == once.strip()


def test_split_front_matter_without_optional_lines() -> None:
    assert split_front_matter("Title\n\nBody one.\n\nBody two.") == (
        "Title", None, None, None, "Body one.\n\nBody two.")
    assert split_front_matter("Only a body line.") == (None, None, None, None,
                                                       "Only a body line.")


def test_feed_text_keeps_its_first_paragraph() -> None:
    article = clean_article(raw_txt("First paragraph.\n\nSecond.", fmt="jsonl"))
    assert isinstance(article, Article)
    assert article.text == "First paragraph.\n\nSecond." and article.title is None


@pytest.mark.parametrize(("text", "check"), [
    ("\u200b\u200b\n\n\u00ad", "empty_body"),
])
def test_articles_without_body_are_rejected(text: str, check: str) -> None:
    result = clean_article(raw_txt(text))
    assert isinstance(result, Reject) and result.check == check and result.article_id == "a1"


def test_overlong_article_is_rejected_with_its_size() -> None:
    result = clean_article(raw_txt("Title\n\n" + "word " * 100), max_chars=100)
    assert isinstance(result, Reject) and result.check == "too_long" and "100" in result.reason


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-11-09", "2022-11-09"), ("2022-11-09T10:00:00Z", "2022-11-09"),
    ("November 9, 2022", "2022-11-09"), ("9 Nov 2022", "2022-11-09"),
    ("2022-13-45", None), ("soon", None), (None, None), ("", None),
])
def test_parse_date(value: str | None, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("published", "extra", "date", "kept"), [
    ("not a date", None, None, {"published": "not a date"}),
    ("2026-02-30", '{"section": "x"}', None, {"published": "2026-02-30", "section": "x"}),
    ("2026-03-01T10:00:00+05:00", None, "2026-03-01", None),  # read: nothing to keep
    (None, '{"section": "x"}', None, {"section": "x"}),
])
def test_an_unreadable_published_value_is_kept_in_extra(
        published: str | None, extra: str | None, date: str | None,
        kept: dict[str, str] | None) -> None:
    # published_date is null for it: without the value the analyst cannot tell
    # "no date given" from "a date we could not read", nor fix it
    raw = RawArticle("a1", "feed.jsonl", "jsonl", "Ann Lee said the dam was safe.", "0" * 64,
                     published=published, extra=extra)
    article = clean_article(raw)
    assert isinstance(article, Article)
    assert article.published_date == date
    assert (json.loads(article.extra) if article.extra else None) == kept


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n\t\r\x0b\x01\u00a0\u00e9XY,")), max_size=120),
       st.integers(0, 120), st.integers(0, 120))
def test_a_slice_said_settled_is_left_unchanged_by_clean_text(raw: str, i: int, j: int) -> None:
    """The body after the wire steps is not cleaned again when it is a slice of the settled
    text that _settled_slice vouches for: clean_text must indeed leave such a slice alone."""
    from flows.clean import _clean_rounds, _settled_slice

    text, settled = _clean_rounds(raw)
    part = text[i:j]
    if settled and _settled_slice(part, text):
        assert clean_text(part) == part


@pytest.mark.parametrize(("part", "text", "vouched"), [
    ("Prices rose.", "PARIS, Feb 2 - Prices rose.", True),
    ("Prices rose.\n\nThey fell.", "X - Prices rose.\n\nThey fell.\n\nReuter", True),
    (" Prices rose.", "PARIS - Prices rose.", False),  # white space at an edge
    ("Prices rose.\n", "Prices rose.\n\nReuter", False),  # a cut blank line
    ("Prices fell.", "Prices rose.", False),  # not a slice
    ("Caf\u00e9 open.", "PARIS - Caf\u00e9 open.", False),  # not ASCII: not claimed
    ("", "Prices rose.", False),
])
def test_settled_slice_cases(part: str, text: str, vouched: bool) -> None:
    from flows.clean import _settled_slice

    assert _settled_slice(part, text) is vouched
