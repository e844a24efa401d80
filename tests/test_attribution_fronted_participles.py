"""The main clause's subject past what opens the sentence before it: a comma part opened by
a capitalised '-ing' participle and its object or preposition ('Facing a backlash, X
released ..., insisting C') and a dateline ('WASHINGTON \u2014 X', 'Riverton (AFP) \u2013 X').
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle clause, then the main clause and '..., insisting C'
            "Facing a backlash, Mr. Hall released a statement on Saturday, insisting that he "
            "was right.",
            ["Mr. Hall"],
        ),
        (
            "Asking for calm, Ann Lee met the crowd, saying the pier would open.",
            ["Ann Lee"],
        ),
        (  # a second verb after 'and'
            "Walking to the next house, Ann Lee talked about her youth, and said the town "
            "had changed.",
            ["Ann Lee", "Ann Lee"],
        ),
        (
            "Appearing on the balcony, Ann Lee thanked the crowd and added that the vote was "
            "fair.",
            ["Ann Lee", "Ann Lee"],
        ),
        (  # a dateline: a place and its agency, or a city in capitals and a state
            "Riverton (AFP) \u2013 Mayor Ann Lee on Monday hit the road, accusing Hall of lying.",
            ["Mayor Ann Lee"],
        ),
        (
            "RIVERTON, N.C.\u2014Ann Lee, despite her script, left the stage and asserted that "
            "the generals were wrong.",
            ["Ann Lee"],
        ),
    ],
)
def test_fronted_part_is_no_subject(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an '-ing' adjective before a noun is part of the subject
        ("Leading economists, including Ann Lee, said the plan would fail.",
         ["Leading economists"]),
        # a name before a dash that is no dateline stays
        ("Ann Lee \u2014 a rival \u2014 met the crowd, saying the pier would open.", ["Ann Lee"]),
    ],
)
def test_counter_examples_keep_their_subject(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected
