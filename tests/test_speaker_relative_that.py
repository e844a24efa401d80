"""A subject that ends with a relative 'that' right before the cue ("a group that says C"):
the speaker mention is the pronoun, as PolNeAR marks it and as 'who' reads ("voters who
say C"), and the speaker's name is the noun phrase it stands for, not the whole window."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import candidate_statements
from flows.records import Article
from flows.segment import segment_sentences


def speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker_mention, speaker_name, cue) of every candidate statement of ``text``."""
    article = Article.from_text(text)
    return [(s.speaker_mention, s.speaker_name, s.cue)
            for s, _ in candidate_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(("text", "expected"), [
    ("The polls that show Lee ahead worry the mayor.", ("that", "polls", "show")),
    ("The farmers volunteer with a group that warns the mill will close.",
     ("that", "group", "warns")),
    ("US laws that demand every ramp be wide enough will also apply to websites.",
     ("that", "laws", "demand")),
    ("The website that listed the rifle has removed it.", ("that", "website", "listed")),
])
def test_relative_that_stands_for_the_noun_before_it(text: str, expected: tuple) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a past verb before the noun: the clause's subject speaks, as before
    ("Ann Lee released a video that said the mill will close.", ("Ann Lee", "Ann Lee", "said")),
    ("Many fans joined a group that says the mill will close.", ("Many fans", "Many fans", "says")),
    # 'that' of a time phrase, not right before the cue
    ("The mayor met the board that night said the mill will close.",
     ("The mayor", "mayor", "said")),
    # no noun before 'that'
    ("Those that said the mill would close were right.", ("Those that", None, "said")),
])
def test_relative_that_leaves_other_subjects(text: str, expected: tuple) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a relative 'that' with its verb after a determined noun: the clause is the noun's,
        # the subject the noun phrase with its clause (before an auxiliary, the noun phrase)
        ("The firm that made the car said the brakes work.", "The firm that made the car"),
        ("The car firm that has sued the city said the brakes work.", "The car firm"),
        ("The firm which made the car said the brakes work.", "The firm"),
        # counter-examples: the 'that' of a complement clause (no verb right after it, or a
        # verb before it)
        ("The news that officials said the brakes work spread.", "officials"),
        ("The report that was leaked said the brakes work.", "The report"),
    ],
)
def test_relative_that_after_a_noun_keeps_the_noun(text: str, speaker: str) -> None:
    assert speaker in [s for s, _, cue in speakers(text) if cue == "said"]


def test_complement_that_after_a_verb_is_no_relative() -> None:
    """Counter-example: 'warned that officials': the verb's complement clause."""
    assert ("The report", "report", "warned") in speakers(
        "The report warned that officials said the brakes work.")
