"""A capitalised cue word after a lower-case word inside a name in title case ('the War to
Resist Big Aggression', 'Racing Stripes and Assault on Precinct 13') is no cue, even in a
sentence so full of names that it reads as a title-case headline. A headline's own cues
stay. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee and Tom Hall visit an exhibition on the War to Resist Big Aggression at the "
        "Military Museum of the People's Army in Riverton.",
        "Ann Lee, Tom Hall, Bo Chan, Li Wei, Jo Park, Al Roe and Ed Fox visit an exhibition "
        "on the War to Resist Big Aggression at the Military Museum in Riverton.",
    ],
)
def test_a_cue_word_inside_a_title_case_name_is_no_cue(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title-case headline's cue after a name or at the sentence's start stays a cue
        ("Ann Lee Says Port Will Grow", [("Port Will Grow", "Ann Lee", "Says")]),
        ("Riverton Mayor Ann Lee Slams The Water Board Over Dam Repairs",
         [("The Water Board Over Dam Repairs", "Riverton Mayor Ann Lee", "Slams")]),
    ],
)
def test_a_title_case_headline_keeps_its_cue(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected
