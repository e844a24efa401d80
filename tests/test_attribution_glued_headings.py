"""A section heading in capitals glued to the next sentence (paragraph breaks lost in some
wire copy) is no part of the speaker. Invented sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def mentions(text: str) -> list[str]:
    article = Article.from_text(text)
    return [s.speaker_mention for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The talks ended. GROWTH TARGETS Ann Lee said the economy would grow.", "Ann Lee"),
        ("The talks ended. A NEW ERA The mayor said the plan would work.", "The mayor"),
        ("The talks ended. NEW CHIEF Ann Lee said the plan would work.", "Ann Lee"),
    ],
)
def test_a_glued_heading_is_dropped(text: str, mention: str) -> None:
    assert mentions(text) == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "ABN AMRO analyst Ann Lee said the bank would grow.",  # acronyms of a name
        "UN WFP official Ann Lee said aid would arrive.",
        "US President Ann Lee said the plan would work.",
    ],
)
def test_acronyms_before_a_name_stay(text: str) -> None:
    assert mentions(text) == [text.split(" said")[0]]
