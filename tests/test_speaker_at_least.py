"""'At least one bank says C': 'at' before a word of class opener_quantity ('least',
'most') opens a quantity of the subject, not a fronted phrase, so the speaker keeps it
(it read 'least one bank'). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mentions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At least one bank says the rates will rise.", "At least one bank"),
        ("Prices will rise, at least one bank says.", "at least one bank"),
        ("At most two firms said the plan would work.", "At most two firms"),
    ],
)
def test_quantity_after_at_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "At last the mayor said the dam would hold.",
        "At the meeting the mayor said the dam would hold.",
    ],
)
def test_fronted_at_phrase_still_dropped(text: str) -> None:
    assert mentions(text) == ["the mayor"]


def test_other_opener_before_most_still_dropped() -> None:
    """'as most of the firms reported': 'as' opens the frame's clause, no quantity."""
    assert mentions("Sales rose, as most of the companies reported.") == ["most of the companies"]
