"""Known misreadings of general English (issue 3, session 18), each fixed with
counter-examples that must keep their reading. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "Bo Chan wrote in a memo to staff that the pier would close in May.",
        "Bo Chan wrote in an email response to questions that the pier would close in May.",
        "Bo Chan said in a letter to shareholders that the pier would close in May.",
        "Bo Chan wrote in a memo to all staff members that the pier would close in May.",
    ],
)
def test_memo_addressed_to_someone_is_an_adjunct_before_that(text: str) -> None:
    """'wrote in a memo to staff that C': the 'to' names whom the memo was addressed to, not
    an infinitive before a relative 'that' (the content was read from 'in a memo ...')."""
    assert rows(text) == [("the pier would close in May", "Bo Chan", text.split()[2])]


def test_infinitive_before_that_still_blocks_the_clause() -> None:
    """Counter-examples: an infinitive whose verb is a cue, or right after the cue, keeps
    'that' out of the frame's reach."""
    assert rows("Bo Chan said in a bid to show that the pier would close.") == [
        ("in a bid to show that the pier would close", "Bo Chan", "said")
    ]
    assert rows("Bo Chan vowed to spend the money that the city saved.") == [
        ("to spend the money that the city saved", "Bo Chan", "vowed")
    ]
    text = "Bo Chan said in a letter to shareholders that appeared in the annual report."
    assert rows(text) == [
        ("in a letter to shareholders that appeared in the annual report", "Bo Chan", "said")
    ]


@pytest.mark.parametrize(
    "hearer", ["the Herald", "reporters", "him", "the Daily Herald"]
)
def test_quotation_resumed_after_a_hearer_is_one_statement(hearer: str) -> None:
    """'"C," Ann Lee told the Herald, "and D."': the quotation goes on after whom it was
    said to, as it does after 'said' or an adjunct (only '"C,"' was read)."""
    text = f'"The pier is shut," Bo Chan told {hearer}, "and it will stay shut."'
    assert rows(text) == [(text, "Bo Chan", "told")]


def test_quotation_after_what_was_told_is_not_joined() -> None:
    """Counter-examples: what was told ('a joke') or a cue that takes no hearer ('wrote the
    Herald') is no hearer before the resumed quotation, and an adjunct still joins it."""
    assert rows('"The pier is shut," Bo Chan told a joke, "and it will stay shut."') == [
        ('"The pier is shut,"', "Bo Chan", "told")
    ]
    text = '"The pier is shut," Bo Chan said in a statement, "and it will stay shut."'
    assert rows(text) == [(text, "Bo Chan", "said")]


def test_quotation_resumed_after_a_hearer_and_an_adjunct_is_one_statement() -> None:
    """'"C," Ann Lee told the Herald on Monday, "but D."': a hearer, then the frame's adjunct,
    before the quotation goes on (only '"C,"' was read); not after what was told ('a joke
    on Monday') nor a topic ('the Herald on the state of the pier')."""
    text = '"The pier is shut," Bo Chan told the Herald on Monday, "but it will reopen."'
    assert rows(text) == [(text, "Bo Chan", "told")]
    text = '"The pier is shut," Bo Chan told him in an interview, "but it will reopen."'
    assert rows(text) == [(text, "Bo Chan", "told")]
    text = '"The pier is shut," Bo Chan told a joke on Monday, "but it will reopen."'
    assert rows(text) == [('"The pier is shut,"', "Bo Chan", "told")]
