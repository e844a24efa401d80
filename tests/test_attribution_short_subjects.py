"""Attribution: short subjects, inverted tails and participle subjects (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def rows(text: str) -> list[tuple[str, str | None]]:
    article = Article.from_text(text)
    return [(s.cue or "", s.speaker_mention)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an -ly word after a determiner is the subject's noun, no adverb of the cue
        ('"The plan will fail," the daily said.', ("said", "the daily")),
        ('"The plan will fail," the weekly said on Monday.', ("said", "the weekly")),
        ("The daily reported that the plan would fail.", ("reported", "The daily")),
        # counter-examples: an adverb after a name or a noun is still dropped
        ('"The plan will fail," Ann Lee quickly said.', ("said", "Ann Lee")),
        ("The ministry daily reports that prices rose.", ("reports", "The ministry")),
    ],
)
def test_a_word_after_a_determiner_is_no_adverb(text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text)
