"""A name closed by its own acronym in brackets ('the Riverton Dam Board (RDB) said') names
a body: an organisation, with no title read out of its words ('Riverton General Power
Corporation (RGPC)' holds no general); a person's name or a role before the name keeps its
reading (issue 3, wire copy). Invented names only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.attribution.mention_words import _named_with_acronym
from flows.records import Article
from flows.segment import segment_sentences


def typed(text: str) -> tuple[str | None, str | None]:
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_type, s.speaker_role


@pytest.mark.parametrize(
    "text",
    [
        "The Riverton Harbour Forces (RHF) said two guards tested positive.",
        "Officials met on Monday, the Lakeside Mission in North Vale (LMNV) said.",
        "The dam is safe, according to Riverton General Power Corporation (RGPC).",
    ],
)
def test_name_with_its_acronym_is_an_organization(text: str) -> None:
    assert typed(text) == ("organization", None)


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("the U.S. Harbour Forces Vale (USHFV)", True),
        ("Acme of the Riverton Dam Board (RDB)", True),
        ("Ann Lee (AP)", False),  # a person's name: the letters are no initials of it
        ("Tom Hall (R-Texas)", False),
        ("Lead manager Riverton Dam Board (RDB)", False),  # a role before the name
        ("Riverton Dam Board", False),
    ],
)
def test_acronym_must_close_its_own_name(tokens: str, expected: bool) -> None:
    assert _named_with_acronym(tokens.split()) is expected
