"""A title word that is also a surname ('King', 'Bishop'), capitalised at the end of a
mention after a given name that a title comes before, is the surname: 'Bank of England
governor Mervyn King' is the person Mervyn King, governor of the Bank of England.
Invented names only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def fields(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_name, s.speaker_type, s.speaker_role, s.speaker_organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank of Riverland governor Tavish King said rates would rise.",
         ("Tavish King", "person", "governor", "Bank of Riverland")),
        ("Governor Tavish King said rates would rise.",
         ("Tavish King", "person", "Governor", None)),
        ("Acme analyst Ansel Bishop said sales would fall.",
         ("Ansel Bishop", "person", "Acme analyst", None)),
    ],
)
def test_title_surname_after_a_role(text: str, expected: tuple[str | None, ...]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no title before the capitalised word: the title stays a title
        ("The Riverland King said the talks went well.",
         ("Riverland King", "person", None, None)),
        # a title that is no surname ends the role
        ("The deputy Prime Minister said the talks went well.",
         ("deputy Prime Minister", "person", "deputy Prime Minister", None)),
    ],
)
def test_counter_examples(text: str, expected: tuple[str | None, ...]) -> None:
    assert fields(text) == expected
