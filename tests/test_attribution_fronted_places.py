"""A state or a country set off by commas after the city that ends a fronted phrase ('At a
rally in Ames, Iowa, on Sunday, X said') goes on with that phrase: it is no speaker, for the
subject before a cue and for the main clause's subject of a '..., saying C' frame.
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a state's abbreviation after the city, then a time part
            "At a rally in Riverton, N.H., on Tuesday, Senator Ann Lee endorsed the mayor, "
            "saying that the plan would work.",
            ["Senator Ann Lee", "Senator Ann Lee"],
        ),
        ("At a summit in Hilton Head, S.C., Lee said the plan would work.", ["Lee"]),
        (  # a state's name, then the main clause's subject for '..., saying C'
            "At a campaign event in Ames, Iowa, on Sunday, Mrs. Lee tried to explain her "
            "remarks, saying that the town should lead.",
            ["Mrs. Lee", "Mrs. Lee"],
        ),
        (
            "Speaking at a town hall in Salem, New Hampshire, Lee went after Hall, calling "
            "him a failure.",
            ["Lee"],
        ),
    ],
)
def test_state_after_a_fronted_city_is_no_speaker(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part before ends in no city: the place is the subject
        ("At the event, Iowa, the host state, said it would pay for the roads.", ["Iowa"]),
        # a name after the city, not a place: it speaks
        ("At a rally in Riverton, Ann Lee, a rival, said the plan would fail.", ["Ann Lee"]),
        # a place that opens a longer part is no lone state
        ("In Riverton, Texas Governor Ann Lee said the plan would fail.",
         ["Texas Governor Ann Lee"]),
    ],
)
def test_counter_examples_keep_their_subject(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected
