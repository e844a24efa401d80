"""A first comma part opened by 'back' or 'early' is an adverbial ('Back in 1999, X said',
'Early in his term, X said'), and a share of people opens a subject after such a part
('Among voters, 74 percent said'). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back in 1999, Hall said the pier would open.", ["Hall"]),
        ("Early in his campaign, Hall said the senator was a loser.", ["Hall"]),
        ("Among Riverton voters, 74 percent said they were happy.", ["74 percent"]),
        ("Among those polled, 36% of Democrats said the plan would fail.", ["36% of Democrats"]),
        ("Furthermore, 16 per cent said the plan would fail.", ["16 per cent"]),
    ],
)
def test_lead_gives_way_to_the_subject(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase opened by 'back': the speaker is the subject after it
        ("Back taxes, the agency said, would be collected.", ["the agency"]),
        # 'early' opening a subject with no comma after it stays in it
        ("Early voters said the plan would fail.", ["Early voters"]),
    ],
)
def test_counter_examples(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected
