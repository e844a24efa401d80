"""Cue forms missing from the lexicon (issue 3, 'cue absent from lexicon'), session 17:
'made it clear that C' (a statement of a position, read like 'made clear that C'), with
counter-examples where the words stand for no statement. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor made it clear that the bridge would stay closed.",
            [("the bridge would stay closed", "The mayor", "made it clear")],
        ),
        (
            "Ann Lee has made it clear she will run again.",
            [("she will run again", "Ann Lee", "made it clear")],
        ),
        (
            "Ann Lee made it clear to reporters that the plan is dead.",
            [("the plan is dead", "Ann Lee", "made it clear")],
        ),
        (
            "The mayor makes it clear in the memo that the plan is dead.",
            [("the plan is dead", "The mayor", "makes it clear")],
        ),
    ],
)
def test_made_it_clear(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee made it clear.",  # nothing said after the cue
        "The results make it clear.",
        # 'make' opens the cue 'make it clear', but only the whole form is speech: an aspect
        # verb before another infinitive still tells a deed
        "The firms have continued to make progress in their brand building.",
        "The mayor continued making progress on the bridge.",
    ],
)
def test_made_it_clear_counter_examples(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The pier is shut until May," the notice read.',
            [('"The pier is shut until May,"', "the notice", "read")],
        ),
        (
            '"The pier is shut until May," it read.',
            [('"The pier is shut until May,"', "it", "read")],
        ),
        (
            'The memo read: "The pier is shut until May."',
            [('"The pier is shut until May."', "The memo", "read")],
        ),
        (
            'The statement read, "The pier is shut until May."',
            [('"The pier is shut until May."', "The statement", "read")],
        ),
    ],
)
def test_read_before_or_after_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'read' (class quote_cue) tells what a text says only beside a quotation."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The judge read his ruling aloud.",
        "Ann Lee read the report on Monday.",
        'Ann Lee said "no". The judge then read his ruling.',  # a quotation, but not the cue's
    ],
)
def test_read_without_a_quotation(text: str) -> None:
    assert [r for r in rows(text) if r[2] == "read"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talk turned to his stern warning that the dam would fail.",
            [("the dam would fail", "his", "warning")],
        ),
        (
            "His stern warning that the dam would fail went unheeded.",
            [("the dam would fail", "His", "warning")],
        ),
        (
            "All ran counter to his earlier statements that the pier was safe.",
            [("the pier was safe", "his", "statements")],
        ),
        (
            "Her repeated claims that the dam was safe were false.",
            [("the dam was safe", "Her", "claims")],
        ),
    ],
)
def test_adjective_between_owner_and_noun_of_speech(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """An adjective between a possessive and a noun of speech (class owner_modifier, or an
    adjective ending) leaves the possessive the owner who said the clause."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun between the possessive and a cue form is the verb's subject
        (
            "His lawyers claim their client was unaware of the rules.",
            [("their client was unaware of the rules", "His lawyers", "claim")],
        ),
        (
            "His lawyer claims that the client was unaware.",
            [("the client was unaware", "His lawyer", "claims")],
        ),
        (
            "Our reporter says that the channels have so far refused to comment.",
            [("the channels have so far refused to comment", "Our reporter", "says")],
        ),
        # after a verb, 'its' is the subject's: the board warned
        (
            "The board renewed its stern warning that the dam would fail.",
            [("the dam would fail", "The board", "warning")],
        ),
    ],
)
def test_noun_between_owner_and_cue_is_a_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics have long complained that the dam is unsafe.",
            [("the dam is unsafe", "Critics", "complained")],
        ),
        (
            "The union has long argued that the dam is unsafe.",
            [("the dam is unsafe", "The union", "argued")],
        ),
        (
            "The mayor long complained that the dam is unsafe.",
            [("the dam is unsafe", "The mayor", "complained")],
        ),
        # 'long' elsewhere is no adverb of the verb
        (
            "Before long, the mayor said the dam was unsafe.",
            [("the dam was unsafe", "the mayor", "said")],
        ),
        ("It did not take long, the mayor said.", [("It did not take long", "the mayor", "said")]),
    ],
)
def test_long_between_subject_and_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'long' (class verb_adverb) between a subject or an auxiliary and its cue: 'have long
    argued that C' is what the subject has argued."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor cast her rival as a friend of the developers.",
            [("her rival as a friend of the developers", "The mayor", "cast")],
        ),
        (
            "Ann Lee casts the vote as a referendum on the dam.",
            [("the vote as a referendum on the dam", "Ann Lee", "casts")],
        ),
        (
            "Ann Lee painted the mayor as a friend of developers.",
            [("the mayor as a friend of developers", "Ann Lee", "painted")],
        ),
        (
            "The council framed the vote as a test of trust.",
            [("the vote as a test of trust", "The council", "framed")],
        ),
        (
            "Tom Hall characterized the plan as reckless.",
            [("the plan as reckless", "Tom Hall", "characterized")],
        ),
    ],
)
def test_cast_as(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'cast X as Y', 'paint X as Y', 'frame X as Y', 'characterize X as Y' (class as_cue)
    tell how the subject portrays X, as 'describe X as Y'."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee cast her vote on Monday.",
        "The dispute cast a shadow over the talks.",
        "Tom Hall was cast as Hamlet in the new film.",
        "I cast as many newcomers as I can.",  # 'as' right after the cue
    ],
)
def test_cast_without_as(text: str) -> None:
    assert [r for r in rows(text) if r[2] in ("cast", "casts")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee painted the fence on Monday.",
        "A calligrapher paints an old poem on a scroll.",
        "The photo was framed and hung in the hall.",
    ],
)
def test_paint_and_frame_without_as(text: str) -> None:
    assert [r for r in rows(text) if r[2] in ("painted", "paints", "framed")] == []
