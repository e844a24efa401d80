"""Occupations as titles (speaker_words.tsv class title): a lower-case one before a name is
the role, the name after it the speaker's ('film critic Ann Lee', 'executive producer Tom
Hall'). Invented names only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def fields(text: str) -> list[tuple[str | None, str | None, str | None]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.speaker_name, s.speaker_role)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Film critic Ann Lee said the film was dull.",
         [("Film critic Ann Lee", "Ann Lee", "Film critic")]),
        ("Theatre impresario Tom Hall said the show would return.",
         [("Theatre impresario Tom Hall", "Tom Hall", "Theatre impresario")]),
        ("Executive producer Ann Lee said sales rose.",
         [("Executive producer Ann Lee", "Ann Lee", "Executive producer")]),
        ("Awards pundit Tom Hall said the film would win.",
         [("Awards pundit Tom Hall", "Tom Hall", "Awards pundit")]),
        ("Film-maker Ann Lee said the film was dull.",
         [("Film-maker Ann Lee", "Ann Lee", "Film-maker")]),
    ],
)
def test_occupation_before_a_name_is_the_role(text: str, expected: list[tuple[str, ...]]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural occupation is a group, no role
        ("Critics said the film was dull.", [("Critics", "Critics", None)]),
        # an occupation noun inside the content names no speaker
        ("Producer prices rose, the ministry said.", [("the ministry", "ministry", None)]),
    ],
)
def test_counter_examples(text: str, expected: list[tuple[str, ...]]) -> None:
    assert fields(text) == expected
