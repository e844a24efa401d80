"""A speaker counted as a share of people (a number, a percentage or a quantity noun at the
head: '74 percent', 'a majority in 14 countries', 'half of the respondents') is a group.
Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def typed(text: str) -> tuple[str | None, str]:
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_mention, s.speaker_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("74 percent said the plan would fail.", ("74 percent", "group")),
        ("A majority in 14 countries said the plan would fail.",
         ("A majority in 14 countries", "group")),
        ("About 28% of the bosses polled say the plan would fail.",
         ("About 28% of the bosses polled", "group")),
        ("Half of the respondents said the plan would fail.",
         ("Half of the respondents", "group")),
    ],
)
def test_share_of_people_is_a_group(text: str, expected: tuple[str, str]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantity word that is no head: the title heads it
        ("The majority leader said the plan would fail.", ("The majority leader", "person")),
        # a number after a name, a quantity noun after an ordinal: no share of people
        ("Channel 4 said the show would return.", ("Channel 4", "person")),
        ("The first quarter showed growth in sales.", ("The first quarter", "person")),
        # a percentage in the content types nothing
        ("Acme Corp said profits rose 5%.", ("Acme Corp", "organization")),
    ],
)
def test_counter_examples(text: str, expected: tuple[str, str]) -> None:
    assert typed(text) == expected
