"""Attribution: a passive raising cue ('is said to', 'is reported to') before an
infinitive judges the clause of its subject, which opens the content (invented sentences)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The party chairman was said to be furious with the candidate.",
            ("The party chairman was said to be furious with the candidate", None, "said"),
        ),
        (
            "Some senior advisers are said to be urging the governor to resign.",
            ("Some senior advisers are said to be urging the governor to resign", None, "said"),
        ),
        (
            "The former minister is reported to be in poor health.",
            ("The former minister is reported to be in poor health", None, "reported"),
        ),
        (
            "The company director is thought to be hiding funds abroad.",
            ("The company director is thought to be hiding funds abroad", None, "thought"),
        ),
    ],
)
def test_passive_raising_content_opens_at_its_subject(
    text: str, row: tuple[str, None, str]
) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (  # the subject is said to have spoken: it is the speaker
            "The governor is said to have told friends that he would resign.",
            ("to have told friends that he would resign", "The governor", "said"),
        ),
        (  # 'to say': the subject will speak
            "The regional water board is expected to say that the budget will pass.",
            ("to say that the budget will pass", "The regional water board", "expected"),
        ),
        (  # a short subject adds fewer letters than the verb words: the content stays apart
            "He was said to be weighing a run for the Senate.",
            ("to be weighing a run for the Senate", None, "said"),
        ),
        (  # an empty subject: the clause after 'that'
            "It is said that the plan failed.",
            ("the plan failed", None, "said"),
        ),
        (  # a colon: what was (not) reported follows it
            "The real cause of the fire has not been reported: the wiring was old.",
            ("the wiring was old", None, "reported"),
        ),
    ],
)
def test_passive_raising_keeps_other_contents(text: str, row: tuple[str, str | None, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [  # a judged passive with no infinitive ('seen as', 'considered', 'rated'): the same
        (
            "The marathon hearing was widely seen as a test of the committee.",
            ("The marathon hearing was widely seen as a test of the committee", None, "seen as"),
        ),
        (
            "The old stadium is considered unsafe for large crowds.",
            ("The old stadium is considered unsafe for large crowds", None, "considered"),
        ),
        (
            "Most of the statements were rated as mostly false.",
            ("Most of the statements were rated as mostly false", None, "rated"),
        ),
    ],
)
def test_judged_passive_content_opens_at_its_subject(text: str, row: tuple[str, None, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (  # a short subject: apart
            "He is seen as a rival.",
            ("a rival", None, "seen as"),
        ),
        (  # the passive's subject is a relative pronoun: the clause is the relative's
            "The tweet marked a change in style that was widely seen as an attempt to win votes.",
            ("an attempt to win votes", None, "seen as"),
        ),
        (
            "The council approved what was widely considered a reckless budget.",
            ("a reckless budget", None, "considered"),
        ),
    ],
)
def test_judged_passive_keeps_other_contents(text: str, row: tuple[str, None, str]) -> None:
    assert rows(text) == [row]
