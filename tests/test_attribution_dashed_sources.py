"""A digest's line: a heading, a dash and a source's name before a colon and a quotation
('Turnout was high - Ann Lee: "C"'): the name after the dash speaks, not the heading.
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mention_cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RED STATES OUTNUMBER BLUE STATES - Ann B. Lee: \u201cThe survey finds that 20 states "
         "lean one way and the rest are open.\u201d", [("Ann B. Lee", ":")]),
        ("Turnout was high in the north - More from Tom Hall: \u201cThe caucus broke its record "
         "and the other party could not keep pace.\u201d", [("Tom Hall", ":")]),
    ],
)
def test_source_after_the_dash_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert mention_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case word after the last dash: no source there
        ("Ann Lee - the mayor - wrote: \u201cWe will not accept the plan as it stands "
         "today.\u201d", [("Ann Lee", "wrote")]),
        ("The letter continues: \u201cWe will not accept the plan as it stands today.\u201d",
         [("The letter", "continues")]),
    ],
)
def test_counter_examples(text: str, expected: list[tuple[str, str]]) -> None:
    assert mention_cues(text) == expected
