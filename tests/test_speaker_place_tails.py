"""A place after 'in' at the end of a named mention says where the speaker reports from, and
is no part of the name ('The BBC's Ann Lee in Rome': Ann Lee, of the BBC). Invented names."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def fields(text: str) -> tuple[str | None, str | None, str | None]:
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_name, s.speaker_type, s.speaker_organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The RBC's Ann Lee in Rome says the talks went well.", ("Ann Lee", "person", "RBC")),
        ("Ann Lee in New Delhi says the talks went well.", ("Ann Lee", "person", None)),
        ("Acme Bank in Rome says the talks went well.", ("Acme Bank", "organization", None)),
    ],
)
def test_place_tail_is_no_part_of_the_name(text: str, expected: tuple[str | None, ...]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word before 'in': a name holding it
        ("Women in Film says the awards were fair.", ("Women in Film", "person", None)),
        # 'at' says where the person works: kept as before
        ("Ann Lee at Acme says the talks went well.", ("Ann Lee", "person", "Acme")),
    ],
)
def test_counter_examples(text: str, expected: tuple[str | None, ...]) -> None:
    assert fields(text) == expected
