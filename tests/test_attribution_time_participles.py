"""A participle cue right after 'after' or 'before' with no comma: its speaker is
the subject of the clause it hangs on ('The mayor was criticized after saying C'), unless
it sits inside a clause that an earlier cue reports ('said it launched an inquiry before
informing the court': part of what was said)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows

READ = [
    (
        "The mayor was criticized after saying the bridge was safe.",
        ("the bridge was safe", "The mayor", "saying"),
    ),
    (
        "The mayor drew criticism after saying the bridge was safe.",
        ("the bridge was safe", "The mayor", "saying"),
    ),
    (
        "Ann Lee called her son her hero before explaining why she forgave him.",
        ("why she forgave him", "Ann Lee", "explaining"),
    ),
    (
        "The senator left the room after warning that the vote would be close.",
        ("the vote would be close", "The senator", "warning"),
    ),
]


@pytest.mark.parametrize(("text", "row"), READ)
def test_participle_after_time_preposition(text: str, row: tuple[str, str, str]) -> None:
    assert row in candidate_rows(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The firm said it became aware of the problem and launched an inquiry before "
            "informing the court.",
            "informing",
        ),
        (
            "She added that the city has improved after maintaining its pace in the spring.",
            "maintaining",
        ),
        ("Ann Lee thanked the mayor for backing the plan.", "backing"),
    ],
)
def test_participle_inside_what_was_said(text: str, cue: str) -> None:
    assert all(c != cue for _, _, c in candidate_rows(text))
