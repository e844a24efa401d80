"""Reported speech whose cue was found but no frame read (session 19, rec21). Invented
sentences only."""

from __future__ import annotations

import pytest
from attribution_rows import rows


def unnamed_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [r for r in rows(text) if r[1] is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a topic: the cue read with its particle, the topic is what was asked
            "Asked about the plan, Tom Hall said it would fail.",
            ("the plan", None, "Asked about"),
        ),
        (  # after a subordinator, with a setting after the topic
            "When asked about the harbour closure on Monday, the mayor said it was final.",
            ("the harbour closure on Monday", None, "asked about"),
        ),
        (  # an errand: the infinitive is what was asked
            "Asked to describe the device, the chief said he would not.",
            ("to describe the device", None, "Asked"),
        ),
    ],
)
def test_fronted_question_with_a_topic_or_an_errand_is_an_unnamed_statement(
    text: str, expected: tuple[str, None, str]
) -> None:
    assert expected in unnamed_rows(text)
    assert any(r[1] is not None and r[2] == "said" for r in rows(text))  # the answer stays


@pytest.mark.parametrize(
    "text",
    [
        "Asked about it, Ann Lee said nothing.",  # one word: too short to be a topic
        "Asked about the plan the mayor said nothing.",  # no comma closes the clause
        "Backed by the union, Tom Hall said the plan would fail.",  # no question cue
    ],
)
def test_no_unnamed_topic_without_a_fronted_clause(text: str) -> None:
    assert not [r for r in unnamed_rows(text) if r[2] and r[2].lower().startswith("asked")]
