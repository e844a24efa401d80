"""Attribution: where a content before its frame starts (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def contents(text: str) -> list[tuple[str, str | None]]:
    article = Article.from_text(text)
    return [(s.content, s.cue) for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a discourse connective opening the sentence is no part of a content before its frame
        (
            "In fact, the dam will hold for decades, Ann Lee said.",
            ("the dam will hold for decades", "said"),
        ),
        (
            "However, the bridge is unsafe, the engineers said on Monday.",
            ("the bridge is unsafe", "said"),
        ),
        (
            "Meanwhile, the council will meet again, according to Tom Hall.",
            ("the council will meet again", "according to"),
        ),
        # counter-examples: an adverbial of time or place stays; so does a connective before
        # a subordinate clause
        ("In 2012, the dam held, Ann Lee said.", ("In 2012, the dam held", "said")),
        (
            "Still, though the dam is old, it will hold, Ann Lee said.",
            ("Still, though the dam is old, it will hold", "said"),
        ),
    ],
)
def test_discourse_connective_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a dateline opening the sentence is no part of a content before its frame
        ("RIVERTON, Ore. — The dam will hold, Ann Lee said.", ("The dam will hold", "said")),
        ("Riverton (AP) – The dam will hold, Ann Lee said.", ("The dam will hold", "said")),
        ("RIVERTON – In 2012, the dam held, Ann Lee said.", ("In 2012, the dam held", "said")),
        # counter-example: a word in capitals before a dash and a lower-case word is no dateline
        (
            "NATO - the alliance - will hold, Ann Lee said.",
            ("NATO - the alliance - will hold", "said"),
        ),
    ],
)
def test_dateline_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)
