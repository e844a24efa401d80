"""A second verb after 'and' or 'but' and an auxiliary of class coordinated_aux ('questions
the plan and has called for C', 'did not name the firm but did note that C'): the verb
group is the second verb's, whose subject is the sentence's, as after a bare 'and said'.
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The mayor often questions the budget and has called for the council to drop it.",
            "the council to drop it",
            "called for",
        ),
        (
            "The mayor did not name the firm but did note that the dam had failed.",
            "the dam had failed",
            "note",
        ),
        (
            "The mayor praised the crew and had warned that the dam would fail.",
            "the dam would fail",
            "warned",
        ),
    ],
)
def test_second_verb_after_an_auxiliary_is_read(text: str, content: str, cue: str) -> None:
    assert (content, "The mayor", cue) in rows(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a modal: what the subject would or could do, no statement
        (
            "Ann Lee, who has seen the files but would say nothing about the senders, agreed"
            " with the point.",
            "say",
        ),
        ("She has counted on women to win, and could count on them even more in the fall.",
         "count on"),
        # an '-s' form after 'have' is a noun, the object of 'have'
        ("The tool can store pages and have notes attached to them to explain why.", "notes"),
        # 'not': what was not known or said
        ("Border guards cannot hear the diggers and do not know how many tunnels there are.",
         "know"),
    ],
)
def test_modal_or_negated_second_verb_still_unread(text: str, cue: str) -> None:
    assert not [row for row in rows(text) if row[2] == cue]
