"""A quotation that closes the relative clause of a subject before its cue ('Ann Lee, who
called the deal "a fraud," criticized C') is no '"C," said X' frame: the noun phrase before
the clause is the cue's subject and the content follows the cue (cues._quote_in_relative)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows

READ = [
    (
        'Ann Lee, who called the deal "a fraud," criticized the board for its silence.',
        ("the board for its silence", "Ann Lee", "criticized"),
    ),
    (
        'Mr. Scott, who has called the plan "racially toxic," portrayed the mayor as a '
        "passing problem.",
        ("the mayor as a passing problem", "Mr. Scott", "portrayed"),
    ),
    (
        'Residents, who chanted "no more," said the plant must close.',
        ("the plant must close", "Residents", "said"),
    ),
]


@pytest.mark.parametrize(("text", "row"), READ)
def test_subject_before_the_relative_speaks(text: str, row: tuple[str, str, str]) -> None:
    rows = candidate_rows(text)
    assert row in rows
    assert all(not (s or "").startswith(row[0][:8]) for _, s, _ in rows)  # no inverted frame


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            '"Tom, who is 12, will go," said Ann Lee.',
            ('"Tom, who is 12, will go,"', "Ann Lee", "said"),
        ),
        ('"We will win," said Ann Lee.', ('"We will win,"', "Ann Lee", "said")),
    ],
)
def test_inverted_frames_after_a_quotation_unchanged(
    text: str, row: tuple[str, str, str]
) -> None:
    assert row in candidate_rows(text)
