"""Gapped objects: a cue closing a relative clause whose object is the phrase before its
subject ('the bill, which he once supported', 'everything he said'); that phrase is what
was said, not the clause before it (flows/attribution/gapped.py)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows

READ = [
    (
        "He turned against the trade bill, which he once supported, and praised the plan.",
        ("which", "he", "supported"),
    ),
    (
        "The board relies on the fund for a fifth of its income, an arrangement the union "
        "has criticized.",
        ("an arrangement", "the union", "criticized"),
    ),
    ("The mayor will not take back everything he said.", ("everything", "he", "said")),
    ("The plan was a deal she once supported.", ("a deal", "she", "supported")),
    ("Prices rose, which analysts had expected.", ("which", "analysts", "expected")),
    ("This is the company which Ann Lee praised.", ("which", "Ann Lee", "praised")),
]

NOT_READ = [  # (text, a content the cue must not get)
    ("In a statement the council said.", "a statement"),
    ("He left on the day he announced.", "the day"),
    ("The bridge will close, the ministry said.", "the ministry"),
    ("The vote was delayed, a move the mayor praised.", "The vote was delayed"),
]


@pytest.mark.parametrize(("text", "row"), READ)
def test_gapped_object_is_the_content(text: str, row: tuple[str, str, str]) -> None:
    assert row in candidate_rows(text)


@pytest.mark.parametrize(("text", "content"), NOT_READ)
def test_no_gapped_object(text: str, content: str) -> None:
    assert all(c != content for c, _, _ in candidate_rows(text))


def test_clause_before_a_relative_is_no_content() -> None:
    rows = candidate_rows("He turned against the trade bill, which he once supported.")
    assert ("He turned against the trade bill", "he", "supported") not in rows


def test_ordinary_frames_unchanged() -> None:
    assert ("The bridge will close", "Ann Lee", "said") in candidate_rows(
        "The bridge will close, Ann Lee said."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close on Monday, the news site River Daily reported.",
        "The vote is off, her top aide Ann Lee wrote.",
        "The plan is good, a spokesman for Acme said.",
        "The mayor rode the mood of the crowd as he replied.",
        "Here Is What We Know.",
    ],
)
def test_role_before_name_is_one_subject(text: str) -> None:
    assert all(len(c.split()) > 3 for c, _, _ in candidate_rows(text))


def test_relative_inside_a_content_stays_in_it() -> None:
    rows = candidate_rows(
        "The party leader had insisted that his legal work did not influence the causes he "
        "supports."
    )
    assert ("his legal work did not influence the causes he supports", "The party leader",
            "insisted") in rows
