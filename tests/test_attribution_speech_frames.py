"""Attribution: speech frames in shapes the readers used to refuse (invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare participle then 'that': the main clause's subject said the clause
            "Noting that the plant had closed twice, the mayor asked for a review.",
            ("that the plant had closed twice", "the mayor", "Noting"),
        ),
        (  # the main clause has a frame of its own: both are the speaker's
            "Acknowledging that the budget was tight, Ann Lee said the town would manage.",
            ("that the budget was tight", "Ann Lee", "Acknowledging"),
        ),
        (  # a connector before the participle
            "But insisting that nothing had changed, the company raised its prices.",
            ("that nothing had changed", "the company", "insisting"),
        ),
    ],
)
def test_bare_fronted_participle_with_a_clause_takes_the_main_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # no 'that': a setting of the main clause's speech, not something said
        ("Speaking to reporters on Monday, the mayor left the hall.", "Speaking"),
        # 'that' is a determiner: no clause of two words follows it
        ("Recalling that night, Ann Lee wept.", "Recalling"),
        # the participle does not open the sentence
        ("The mayor left the hall, noting that the plant had closed twice.", "noting"),
    ],
)
def test_bare_fronted_participle_without_a_clause_is_no_fronted_frame(
    text: str, cue: str
) -> None:
    assert not any(r[2] == cue and r[1] != "The mayor" for r in rows(text))
