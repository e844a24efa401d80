"""A share of people ('62 percent of voters') right before an '-ing' cue, after other words
of the clause: those people say it ('The floods left 62 percent of farmers saying C'), as
after 'with' ('with 30 percent of farmers saying C'), not the clause before them."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows

C = "the mill should close"


@pytest.mark.parametrize(("text", "speaker"), [
    # was: no row ('have left': a clause) or the whole clause as the speaker
    (f"The floods have left 62 percent of farmers saying {C}.", "62 percent of farmers"),
    (f"The floods left about 62 percent of local farmers saying {C}.",
     "about 62 percent of local farmers"),
    (f"The survey had 40% of Republicans saying {C}.", "40% of Republicans"),
])
def test_a_share_of_people_before_an_ing_cue_speaks(text: str, speaker: str) -> None:
    assert rows(text) == [(C, speaker, "saying")]


@pytest.mark.parametrize(("text", "expected"), [
    # as before: after 'with', and a share that is the whole subject
    (f"Lee gained, with 30 percent of farmers saying {C}.",
     [(C, "30 percent of farmers", "saying")]),
    (f"62 percent of farmers are saying {C}.", [(C, "62 percent of farmers", "saying")]),
    # no people after 'of': an amount, read as before
    ("Sales rose 5 percent of the total suggesting demand was strong.",
     [("demand was strong", "Sales rose 5 percent of the total", "suggesting")]),
    # no '-ing' cue: the clause's subject, as before
    (f"Ann Lee met 62 percent of farmers and said {C}.", [(C, "Ann Lee", "said")]),
])
def test_other_shares_are_unchanged(text: str, expected: list) -> None:
    assert rows(text) == expected
