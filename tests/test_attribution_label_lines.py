"""Lines that open with a label and a colon but are no turn of speech: a dateline in
capitals opening the text ('NEW TOWN: C') and a price list ('VIP: 60,000 R: 50,000').
Transcript turns keep their rows. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "NEW TOWN: Nearly 150 workers returned home on Wednesday after the plant shut.",
        "PORT ELLEN: The flood has cut the road to the coast since Monday.",
        "The show ended.\nVIP: 60,000 R: 50,000 S: 40,000",
    ],
)
def test_a_dateline_or_a_price_list_is_no_turn(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "LEE: The dam holds.\nHALL: It does not hold at all.",  # a transcript
            ("The dam holds", "LEE", ":"),
        ),
        ("The show ended.\nLEE: The dam holds.", ("The dam holds", "LEE", ":")),
        ("Ann Lee: The dam holds.", ("The dam holds", "Ann Lee", ":")),
        ("LEE: The dam holds.", ("The dam holds", "LEE", ":")),  # one word: a speaker
        ("ANN LEE: The dam holds.", ("The dam holds", "ANN LEE", ":")),  # a given name
        ("Ann Lee: Acme Hammers The Plan", ("Acme Hammers The Plan", "Ann Lee", ":")),  # title case
    ],
)
def test_a_turn_keeps_its_row(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text)[0] == row


ARRESTS = (
    "The three were held on the following preliminary charges:\n\n"
    "Ann B. Lee: Possession of a stolen car, theft, fraud, held in jail in lieu of $5,000 bond.\n\n"
    "Tom C. Hall: Theft, forgery, fraud, held in jail with no bond.\n\n"
    "Bo D. Chan: Forgery, theft, trespass, held in jail in lieu of $1,000 bond."
)


def test_items_of_an_announced_list_are_no_turns() -> None:
    """Lines after a paragraph that announces them with a colon, each a label and comma
    parts with no pronoun or auxiliary: charges, groups of a draw, no one's words."""
    assert [r for r in rows(ARRESTS) if r[2] == ":"] == []
    groups = (
        "The groups are:\n\nGroup A: Iceland, Wales, Spain, Peru\nGroup B: Chile, Ghana, Iran, Oman"
    )
    assert rows(groups) == []


@pytest.mark.parametrize(
    "text",
    [  # a transcript announced with a colon: its turns are clauses
        "Here is the exchange:\n\nLEE: We checked it, twice, and it holds.\n\n"
        "HALL: Not at all, not today, not ever.",
        # a list of comma parts with no announcing colon before: a headline's turn
        "The match ended.\n\nAnn Lee: Tired legs, a wet pitch, a late goal, a fair result.",
    ],
)
def test_turns_after_a_colon_or_without_one_keep_their_rows(text: str) -> None:
    assert [r for r in rows(text) if r[2] == ":"] != []


def test_a_title_with_a_colon_named_again_is_no_label() -> None:
    """'Star Raiders: Lost Order is a game ...' opening a line, when the text also names
    'Star Raiders: Lost Order' inside a sentence: a work's title, not a speaker's turn."""
    text = (
        "Even if its parts come from other games, Star Raiders: Lost Order finds a use for "
        "them.\n\nStar Raiders: Lost Order is a game that is many things to many people."
    )
    assert [r for r in rows(text) if r[2] == ":"] == []


@pytest.mark.parametrize(
    "text",
    [  # the label named again only at the start of another line: turns, or repeated tags
        "LEE: The dam holds.\nHALL: It does not.\nLEE: The dam holds, I say.",
        # the label named again, but not with the word after its colon
        "Ann Lee spoke first.\n\nAnn Lee: The dam holds and will hold all winter.",
    ],
)
def test_a_label_named_again_elsewhere_keeps_its_turn(text: str) -> None:
    assert [r for r in rows(text) if r[2] == ":"] != []
