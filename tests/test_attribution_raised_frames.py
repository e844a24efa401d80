"""Frames hidden behind raised verbs (issue 3): an inverted or closing frame after a raised
or passive verb reports the whole clause before it ('Sales are expected to rise, officials
said': the officials' statement, 'Sales are expected to rise'); the raised verb gives no row
of its own, nor does any verb whose subject and cue the outer content holds ('Ann Lee hoped
to win, aides said'). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Sales are expected to rise, officials said.",
         ("Sales are expected to rise", "officials", "said")),
        ("The dam appears to hold, the engineer said.",
         ("The dam appears to hold", "the engineer", "said")),
        ("Prices seemed to fall, the minister said on Monday.",
         ("Prices seemed to fall", "the minister", "said")),
        ("The vote was expected to pass, said Ann Lee.",
         ("The vote was expected to pass", "Ann Lee", "said")),
        ("Sales are expected to rise, according to officials.",
         ("Sales are expected to rise", "officials", "according to")),
        # any verb inside: the outer frame reports its whole clause
        ("Ann Lee hoped to win, aides said.", ("Ann Lee hoped to win", "aides", "said")),
    ],
)
def test_a_closing_frame_takes_the_raised_clause(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no frame after it: the raised clause stays the writer's judgement
        ("Sales are expected to rise.", [("to rise", None, "expected")]),
        # a frame with a content of its own after 'but' leaves the raised clause alone
        ("The dam appears to hold, but the engineer said it may fail.",
         [("to hold", "The dam", "appears"), ("it may fail", "the engineer", "said")]),
        # an 'as' clause already took the whole clause before this rule
        ("Sales seem to rise, as the minister noted.",
         [("Sales seem to rise", "the minister", "noted")]),
        # a frame after an aside keeps its own content ('citing safety' is no clause of it)
        ("The union, citing safety, said it will strike.",
         [("it will strike", "The union", "said")]),
    ],
)
def test_raised_clauses_without_a_closing_frame(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert rows(text) == expected
