"""A plural cue form that heads an 'of' phrase before its clause's verb is a noun (issue 3):
'An analysis of new reports shows C' has no frame 'reports' (speaker 'analysis of new',
content 'shows C'). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("A review of new reports shows that the pier leaks.",
         ("the pier leaks", "A review of new reports", "shows")),
        ("A review of police reports found that the pier leaks.",
         ("the pier leaks", "A review of police reports", "found")),
        ("The quality of reports has improved, the board said.",
         ("The quality of reports has improved", "the board", "said")),
    ],
)
def test_a_plural_noun_in_an_of_phrase_is_no_cue(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a cue after an 'of' phrase with no finite verb after it is the clause's verb
        ("Most of the board says that the plan will fail.",
         ("the plan will fail", "Most of the board", "says")),
        ("One of them says that the plan will fail.",
         ("the plan will fail", "One of them", "says")),
        ("The head of the union warns that the plant will close.",
         ("the plant will close", "The head of the union", "warns")),
    ],
)
def test_a_cue_after_an_of_phrase_stays(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]
