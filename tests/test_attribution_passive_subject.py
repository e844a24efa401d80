"""Attribution: the subject of an agentless passive is not the speaker (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speakers(text: str) -> list[tuple[str, str | None, str | None, str]]:
    article = Article.from_text(text)
    return [(s.cue or "", s.speaker_mention, s.speaker_name, s.speaker_type)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was reported that the talks had failed.", "reported"),
        ("The plan was criticized as reckless and costly.", "criticized as"),
        ("Ann Lee was asked about the report on Monday.", "asked about"),
        ("Ann Lee made the remarks when asked about the report.", "asked about"),
        # participles after 'be' that are passives, not a holder's feeling
        ("It was agreed that the talks had failed.", "agreed"),
        ("Local firms are encouraged to cut their prices.", "encouraged"),
        # counter-example: 'as' before a word that is no cue form
        ("The plan was reported as having failed.", "reported"),
    ],
)
def test_an_agentless_passive_names_no_speaker(text: str, cue: str) -> None:
    assert (cue, None, None, "anonymous") in speakers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holder of the view, a subject quoted as speaking, an agent, an active verb
        ("Ann Lee was worried that the plan would fail.",
         ("worried", "Ann Lee", "Ann Lee", "person")),
        ("Ann Lee was quoted as saying the plan works.",
         ("quoted", "Ann Lee", "Ann Lee", "person")),
        ("Ann Lee was quoted as arguing that the plan works.",
         ("quoted", "Ann Lee", "Ann Lee", "person")),
        ("Ann Lee was quoted as having said that the plan works.",
         ("quoted", "Ann Lee", "Ann Lee", "person")),
        ("Ann Lee once said the plan works.", ("said", "Ann Lee", "Ann Lee", "person")),
        ("Ann Lee said the plan works.", ("said", "Ann Lee", "Ann Lee", "person")),
    ],
)
def test_the_subject_stays_the_speaker(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in speakers(text)


def test_a_pronoun_after_the_passive_still_finds_the_subject() -> None:
    """The passive's subject names nobody who spoke, but stays someone 'she' can refer to."""
    rows = speakers("Ann Lee was asked about the report. She said it was wrong.")
    assert rows == [("asked about", None, None, "anonymous"), ("said", "She", "Ann Lee", "person")]


def rows_of(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article.from_text(text)
    return [(s.content, s.speaker_mention, s.cue)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless passive closed by an adjunct and a comma says nothing: the frame after
        # the comma reports the clause before it
        ("The new case was reported in Riverton, the board said in its daily report.",
         [("The new case was reported in Riverton", "the board", "said")]),
        ("No new cases were reported on Tuesday, the board said.",
         [("No new cases were reported on Tuesday", "the board", "said")]),
        # counter-examples: a clause or a quotation after the passive keeps its reading
        ("It was reported on Monday that the talks had failed.",
         [("the talks had failed", None, "reported")]),
    ],
)
def test_an_agentless_passive_before_an_adjunct_and_a_comma_reports_nothing(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows_of(text) == expected
