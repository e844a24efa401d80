"""'Those who back her rivals say C': a demonstrative standing for people (class
plural_determiner) with a relative clause right before the cue is the speaker with its
clause (the frame was dropped: 'Those' alone names no one). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Those who praised the plan say the dam failed.", "Those who praised the plan"),
        (
            "But those who back her rivals say the news has damaged her brand.",
            "those who back her rivals",
        ),
    ],
)
def test_demonstrative_with_relative_clause_speaks(text: str, speaker: str) -> None:
    assert [row[1] for row in rows(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the cue is the clause's own verb: no statement of 'those'
        "Those who say the dam failed are wrong.",
        # a participle after the clause, or a cue after its auxiliary
        "Those who are on the ballot defending the majority need his voters to win.",
        "Those who thought they were citizens were unaware that they had to renew the permits.",
    ],
)
def test_no_speaker_read_for_other_shapes(text: str) -> None:
    assert not [row for row in rows(text) if row[1] and row[1].lower().startswith("those")]
