"""'Ann Lee (a nurse so young she has been mistaken for a student) says C': a parenthetical
aside that closes right before the cue is the writer's; when the subject read over the
whole window is none (a verb inside the aside) or ends inside the aside, the subject is
the words before its opening mark. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee (a nurse so young she has been mistaken for a student) says she was lost.",
        "Ann Lee (a nurse who has worked here for years) says she was lost.",
        "Few would admit this, but Ann Lee (a nurse who has worked here) says she was lost.",
    ],
)
def test_subject_before_a_parenthetical_aside(text: str) -> None:
    assert ("she was lost", "Ann Lee", "says") in rows(text)


def test_label_in_parentheses_kept_in_the_speaker() -> None:
    """A party label the subject reads whole ('Ann Lee (D-Ore.)') is left as it was."""
    assert rows("Ann Lee (D-Ore.) says she was lost.") == [
        ("she was lost", "Ann Lee (D-Ore.)", "says")
    ]


def test_aside_after_an_object_unchanged() -> None:
    """An aside after an object, before a second verb: the sentence's subject, as before."""
    assert rows("The mayor visited the dam (which was built in 1950) and said it was safe.") == [
        ("it was safe", "The mayor", "said")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a colon inside brackets closed before the cue is the aside's (an exchange and its
        # ticker), no clause break: the name before it is the subject's
        ("Acme Corp (Nasdaq: ACME) said it would cut jobs.", "Acme Corp (Nasdaq: ACME)"),
        ("Acme Corp (NYSE:ACM) said it would cut jobs.", "Acme Corp (NYSE:ACM)"),
        # counter-examples: a colon outside brackets still breaks the clause; a bracket
        # closed before the colon
        ("The rule is plain: Acme Corp (ACME) said it would cut jobs.", "Acme Corp (ACME)"),
        ("Acme (a bank) had one rule: Tom Hall said it would cut jobs.", "Tom Hall"),
    ],
)
def test_colon_inside_brackets_is_no_clause_break(text: str, speaker: str) -> None:
    assert rows(text) == [("it would cut jobs", speaker, "said")]
