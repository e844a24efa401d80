"""A wire header glued to the first sentence ('Heading ( Agency ) 09:35, May 4, 2020
RIVERTON, May 3 (Agency) -- X said C'): the subject is what follows the agency in brackets
and its dash, not the minutes of the time stamp. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mention_cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten die in road accident ( Wirenews ) 14:20, November 18, 2020 RIVERTON, Nov. 18 "
         "(Wirenews) -- The ministry said ten people died.", [("The ministry", "said")]),
        ("Pier reopens ( Wirenews ) 09:35, May 4, 2020 RIVERTON, May 3 (Wirenews) -- Mayor "
         "Ann Lee on Tuesday said the pier would reopen.", [("Mayor Ann Lee", "said")]),
    ],
)
def test_subject_after_the_agency_dash(text: str, expected: list[tuple[str, str]]) -> None:
    assert mention_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket with no dash after it is no dateline
        ("Ann Lee (D-Ohio) said the plan would fail.", [("Ann Lee (D-Ohio)", "said")]),
        ("The agency (Acme) said the plan would fail.", [("The agency (Acme)", "said")]),
    ],
)
def test_counter_examples(text: str, expected: list[tuple[str, str]]) -> None:
    assert mention_cues(text) == expected
