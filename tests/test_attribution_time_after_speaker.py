"""A time after the speaker that follows its cue ("said Ann Lee Tuesday", "according to
Acme on Monday") is no part of the speaker, and the content still starts after it; a name
with a day in it stays whole ("coach Mike Friday", "the Mail on Sunday", "Business Week").
Invented sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def rows(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.content)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Trade will grow, said Riverland President Zhou Pingjun Tuesday.",
         "Riverland President Zhou Pingjun"),
        ("Trade will grow, said Ann Lee on Tuesday morning.", "Ann Lee"),
        ("Trade will grow, said the agency last week.", "the agency"),
    ],
)
def test_the_time_is_dropped(text: str, mention: str) -> None:
    assert rows(text) == [(mention, "Trade will grow")]


def test_the_content_starts_after_the_time() -> None:
    text = "According to a report by Acme Research on Monday, sales rose sharply in the year."
    assert rows(text) == [("a report by Acme Research", "sales rose sharply in the year")]


@pytest.mark.parametrize(
    "mention",
    ["England coach Mike Friday", "the Mail on Sunday", "Business Week"],
)
def test_a_name_with_a_day_stays_whole(mention: str) -> None:
    got = rows(f"Trade will grow, according to {mention}.")
    assert got == [(mention, "Trade will grow")]
