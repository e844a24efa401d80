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


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (  # a sentence-case heading, its name label, then the body's first sentence
            "The contest drew many. Love for the sea Ann Hall 28-year-old Ann Hall, who "
            "studies in Paris, told the audience that the sea changed her life.",
            "28-year-old Ann Hall",
        ),
        (
            "A new life Ann Hall The 28-year-old Ann Hall told the audience that the sea "
            "changed her life.",
            "The 28-year-old Ann Hall",
        ),
    ],
)
def test_a_heading_and_name_label_before_the_same_name_are_dropped(
    text: str, mention: str
) -> None:
    assert mentions(text) == [mention]


@pytest.mark.parametrize(
    "text",
    [  # a name given twice inside one subject: no label
        "Ann Lee and Tom Lee said the plan works.",
        "Hall Corp chief Tom Hall said the plan works.",
        "The Mail on Sunday's Financial Mail said the plan works.",
        "Tom Hall of Hall Corp said the plan works.",
    ],
)
def test_a_name_given_twice_in_one_subject_stays(text: str) -> None:
    assert mentions(text) == [text.split(" said")[0]]
