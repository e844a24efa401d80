"""Cue words read in the wrong place (issue 3), session 18: a cue of several words after a
raising verb ('continued to make it clear that C'), an '-ed' cue form between a possessive
and a noun of speech ("Lee's continued insistence that C": an adjective), 'quick' with no
'to' after it, and a capitalised opener taken into the owner of a noun of speech ("Despite
Lee's claim"); with counter-examples that must come out unchanged. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the content is the inner cue's complement, not 'it clear that C'
        (
            "Ann Lee continued to make it clear that the plan was safe.",
            [("the plan was safe", "Ann Lee", "continued")],
        ),
        (
            "The mayor has continued to make it clear she will run again.",
            [("she will run again", "The mayor", "continued")],
        ),
        # an '-ed' form between a possessive and a noun of speech is an adjective
        (
            "Ann Lee's repeated claims that the plan was safe did not help.",
            [("the plan was safe", "Ann Lee's", "claims")],
        ),
        (
            "The firm's continued denials that the dam leaks angered workers.",
            [("the dam leaks angered workers", "The firm's", "denials")],
        ),
        # 'quick' reports only before 'to' and a verb ('was quick to say that C')
        (
            "The vote came in May, when Ann Lee said the plan was safe, cheap and quick.",
            [("the plan was safe, cheap and quick", "Ann Lee", "said")],
        ),
        # a capitalised opener is no part of the owner's name
        (
            "Despite Lee's continued insistence that the plan was safe, shares fell.",
            [("the plan was safe", "Lee's", "insistence")],
        ),
        (
            "Because Acme's claim that the plan was safe was false, shares fell.",
            [("the plan was safe", "Acme's", "claim")],
        ),
    ],
)
def test_cue_read_in_its_place(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee continued to say that the plan was safe.",
            [("the plan was safe", "Ann Lee", "continued")],
        ),
        ("Moody's said the plan was safe.", [("the plan was safe", "Moody's", "said")]),
        (
            "Ann Lee's aides repeated that the plan was safe.",
            [("the plan was safe", "Ann Lee's aides", "repeated")],
        ),
        (
            "The mayor was quick to say the plan was safe.",
            [("the plan was safe", "The mayor", "quick")],
        ),
        (
            "Critics doubt Tom Hall's claim that the plan was safe.",
            [("the plan was safe", "Tom Hall's", "claim")],
        ),
        (
            "Critics doubt New York Life's claim that the plan was safe.",
            [("the plan was safe", "New York Life's", "claim")],
        ),
    ],
)
def test_cues_that_stay(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert rows(text) == expected
