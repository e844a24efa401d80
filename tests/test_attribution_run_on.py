"""Attribution: contents that ran on past where what was said ends (invented sentences)."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows, rows

CLOSING_DASH = [  # a dash in the content closes an aside opened by a dash before it
    (
        "The study - which notes that the plan failed - should be a call to act.",
        ("the plan failed", "notes"),
    ),
    (
        "Ann Lee \u2014 who said the budget was late \u2014 left the room on Friday.",
        ("the budget was late", "said"),
    ),
    (
        "The report -- which found that rents rose by a third -- was published on Monday.",
        ("rents rose by a third", "found"),
    ),
    (  # an en dash between two numbers is no dash of an aside: the next one closes it
        "Ann Lee \u2013 who said the 2010\u20132012 budget failed \u2013 left.",
        ("the 2010\u20132012 budget failed", "said"),
    ),
    (  # dashes inside quote marks are the speaker's: the one after them closes the aside
        'Ann Lee - who said "the plan - like the last - failed" - left.',
        ('"the plan - like the last - failed"', "said"),
    ),
]
KEPT_DASH = [  # counter-examples: no aside opened before the content
    (  # one dash: the writer's words or the speaker's, no clear boundary
        "Ann Lee said the plan had failed - a claim the council rejected.",
        ("the plan had failed - a claim the council rejected", "said"),
    ),
    (  # a pair of dashes before the content: the aside is closed already
        "Tom Hall - a former aide - said the plan had failed - a claim the council rejected.",
        ("the plan had failed - a claim the council rejected", "said"),
    ),
    (  # a pair of dashes inside the content: an aside within what was said
        "Ann Lee said the plan - the third this year - had failed.",
        ("the plan - the third this year - had failed", "said"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_DASH + KEPT_DASH)
def test_closing_dash_ends_content(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(content, cue) for content, _, cue in candidate_rows(text)]


def test_closing_dash_keeps_owner_call() -> None:
    """The owner's call: a clause after ', and' stays in the content."""
    assert ("the plan was late, and the council was angry", "Ann Lee", "said") in rows(
        "Ann Lee said the plan was late, and the council was angry."
    )


INFINITIVE_THEN_CLAUSE = [  # an infinitive, then ', and' or ', but' and a clause of the writer's
    (
        "Tom Hall plans to cut taxes, and the council members were angry.",
        ("to cut taxes", "plans"),
    ),
    (
        "Ann Lee wants to cut taxes, and the tax cuts would help farmers.",
        ("to cut taxes", "wants"),
    ),
]
KEPT_AFTER_INFINITIVE = [  # counter-examples
    (  # a second infinitive: one plan
        "Ann Lee plans to cut taxes, and to raise spending on roads.",
        ("to cut taxes, and to raise spending on roads", "plans"),
    ),
    (  # a verb in the infinitive's object: a clause, whose ', and' stays (owner's call)
        "Ann Lee wants to say the plan failed, and the council was angry.",
        ("to say the plan failed, and the council was angry", "wants"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_THEN_CLAUSE + KEPT_AFTER_INFINITIVE)
def test_infinitive_then_a_clause_of_the_writer(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(content, cue) for content, _, cue in candidate_rows(text)]


FRONTED_AFTER_LEAD = [  # a fronted clause whose opener follows a short lead or a comma
    (
        "But even as Ann Lee argued that the plan was safe, the council voted it down.",
        ("the plan was safe", "argued"),
    ),
    (
        "In 2010, when Ann Lee said the plan was safe, the council voted it down.",
        ("the plan was safe", "said"),
    ),
    (
        "Weeks after Ann Lee said the plan was safe, the council voted it down.",
        ("the plan was safe", "said"),
    ),
    (  # 'just' (class aux: 'has just said') opening a comparison is no verb before 'as'
        "Just as Ann Lee said the plan was safe, the council voted it down.",
        ("the plan was safe", "said"),
    ),
]
KEPT_AFTER_LEAD = [  # counter-examples
    (  # the main clause came first: the 'when' clause trails it
        "The vote came in May, when Ann Lee said the plan was safe, including the bridges.",
        ("the plan was safe, including the bridges", "said"),
    ),
    (  # 'because of': a preposition, no clause
        "Tom Hall resigned in part because of fears that the plan was unsafe, leaving the "
        "council short.",
        ("the plan was unsafe, leaving the council short", "fears"),
    ),
    (  # 'just' after the subject: the adverb of the main clause's verb, no fronted clause
        "Ann Lee just said when the plan was safe, including the bridges.",
        ("when the plan was safe, including the bridges", "said"),
    ),
    (  # 'after' inside an aside between dashes
        "Ann Lee - after a pause - said the plan was safe, and the council was angry.",
        ("the plan was safe, and the council was angry", "said"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_AFTER_LEAD + KEPT_AFTER_LEAD)
def test_fronted_clause_after_a_lead(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(content, cue) for content, _, cue in candidate_rows(text)]
