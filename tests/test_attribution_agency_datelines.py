"""A wire header glued to the first sentence ('Heading ( Agency ) 09:35, May 4, 2020
RIVERTON, May 3 (Agency) -- X said C'): the subject is what follows the agency in brackets
and its dash, not the minutes of the time stamp. Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def rows(text: str) -> list[tuple[str | None, str]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.cue)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten die in road accident ( Wirenews ) 14:20, November 18, 2020 RIVERTON, Nov. 18 "
         "(Wirenews) -- The ministry said ten people died.", [("The ministry", "said")]),
        ("Pier reopens ( Wirenews ) 09:35, May 4, 2020 RIVERTON, May 3 (Wirenews) -- Mayor "
         "Ann Lee on Tuesday said the pier would reopen.", [("Mayor Ann Lee", "said")]),
    ],
)
def test_subject_after_the_agency_dash(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket with no dash after it is no dateline
        ("Ann Lee (D-Ohio) said the plan would fail.", [("Ann Lee (D-Ohio)", "said")]),
        ("The agency (Acme) said the plan would fail.", [("The agency (Acme)", "said")]),
    ],
)
def test_counter_examples(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected
