"""Sentence segmentation: boundaries, abbreviations, quotes, offsets, no crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.records import Article
from flows.segment import segment_sentences


def make_article(text: str) -> Article:
    return Article.from_text(text)


def texts(text: str) -> list[str]:
    return [s.text for s in segment_sentences(make_article(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ('He said "go." She left.', ['He said "go."', "She left."]),
        ("\u201cWe won.\u201d The crowd cheered.", ["\u201cWe won.\u201d", "The crowd cheered."]),
        ("We won. \u201cGreat,\u201d he said.", ["We won.", "\u201cGreat,\u201d he said."]),
    ],
)
def test_splits_at_sentence_ends(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lee met Dr. Kim on Nov. 9 in Paris.",
        "The U.S. Senate voted on Sen. Ross's bill.",
        "John F. Kennedy spoke at 3.5 p.m. yesterday.",
        "Growth was 2.5 percent, he said.",
        "\u201cWhat now?\u201d she asked.",
        "A single sentence without a full stop",
    ],
)
def test_must_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_acronym_before_sentence_opener_splits() -> None:
    assert texts("He moved to the U.S. The job was new.") == [
        "He moved to the U.S.",
        "The job was new.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He fought in World War I. Chinese troops came later.",
            ["He fought in World War I.", "Chinese troops came later."],
        ),
        ("The fallback is Plan B. Italy agreed.", ["The fallback is Plan B.", "Italy agreed."]),
        # initials stay inside the sentence
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("Mayor Ann B. Lee spoke.", ["Mayor Ann B. Lee spoke."]),
    ],
)
def test_single_capital_after_designator_ends_sentence(text: str, expected: list[str]) -> None:
    """A letter or a numeral named by the noun before it ('War I', 'Plan B') is no initial."""
    assert texts(text) == expected


def test_paragraphs_and_indices() -> None:
    sentences = segment_sentences(make_article("Title line\n\nOne. Two.\n\n\nThree."))
    assert [(s.paragraph_index, s.sentence_index, s.text) for s in sentences] == [
        (0, 0, "Title line"),
        (1, 1, "One."),
        (1, 2, "Two."),
        (2, 3, "Three."),
    ]


def test_single_line_break_ends_a_sentence() -> None:
    assert texts("Headline here\nBody starts here.") == ["Headline here", "Body starts here."]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", ".", "...", "\u201c", "a\n \nb"])
def test_degenerate_inputs(text: str) -> None:
    for s in segment_sentences(make_article(text)):
        assert text[s.start : s.end] == s.text and s.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .?!\n\"\u201c\u201d'Mr.U.S.3,")), max_size=200))
def test_offsets_map_back_and_never_overlap(text: str) -> None:
    sentences = segment_sentences(make_article(text))
    last_end = 0
    for i, s in enumerate(sentences):
        assert text[s.start : s.end] == s.text
        assert s.sentence_index == i and s.start >= last_end and s.text == s.text.strip()
        last_end = s.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for s in segment_sentences(make_article(text)):
        assert text[s.start : s.end] == s.text
