"""Contents that ran on past what was said: the words after it are the frame's or the writer's."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a past time at the end of an object with no verb is the frame's adjunct
        ("Ann Lee endorsed Tom Hall last week.", ("Tom Hall", "Ann Lee", "endorsed")),
        (
            "Ann Lee announced her support for the governor on Thursday night.",
            ("her support for the governor", "Ann Lee", "announced"),
        ),
        (
            "Ann Lee addressed the council's concerns last Thursday, stating the plan was safe.",
            ("the council's concerns", "Ann Lee", "addressed"),
        ),
        (
            "Ann Lee defended her record on the budget yesterday.",
            ("her record on the budget", "Ann Lee", "defended"),
        ),
        (  # a month after a past cue
            "Ann Lee endorsed Tom Hall in early June.",
            ("Tom Hall", "Ann Lee", "endorsed"),
        ),
        ("Ann Lee disclosed the breaches in June.", ("the breaches", "Ann Lee", "disclosed")),
        # counter-examples: a time to come, a clause's own time, a name, the frame's only words
        ("Ann Lee urges a vote in June.", ("a vote in June", "Ann Lee", "urges")),
        (
            "Ann Lee announced a vote between 13 and 15 March.",
            ("a vote between 13 and 15 March", "Ann Lee", "announced"),
        ),
        ("Ann Lee backed a vote next Monday.", ("a vote next Monday", "Ann Lee", "backed")),
        (
            "Ann Lee said the board met on Monday.",
            ("the board met on Monday", "Ann Lee", "said"),
        ),
        (
            "Ann Lee claimed a win on Super Tuesday.",
            ("a win on Super Tuesday", "Ann Lee", "claimed"),
        ),
        (
            "Ann Lee described the budget as sound by Friday.",
            ("the budget as sound by Friday", "Ann Lee", "described"),
        ),
        (
            "The plan is late, the Daily Herald reported late Thursday.",
            ("The plan is late", "the Daily Herald", "reported"),
        ),
    ],
)
def test_past_time_after_an_object_is_the_frames(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a cue that takes a hearer ('told') with only the hearer after it reports nothing:
        # it ends the content before it, gives its speaker to a participle, or takes the
        # quotation before it
        (
            "Ann Lee said the plan was late, but Tom Hall told the BBC.",
            [("the plan was late", "Ann Lee", "said")],
        ),
        ("Tom Hall told reporters.", []),
        ("Tom Hall told the Daily Herald on Monday.", []),
        (
            "Ann Lee told the court, saying the plan was late.",
            [("the plan was late", "Ann Lee", "saying")],
        ),
        (
            '"The plan is late," Tom Hall - then an aide to the mayor - told a news conference.',
            [('"The plan is late,"', "Tom Hall", "told")],
        ),
        # counter-examples: what was told follows the hearer, or is the object itself
        ("Tom Hall told the BBC the plan was late.", [("the plan was late", "Tom Hall", "told")]),
        ("Tom Hall told her to leave.", [("her to leave", "Tom Hall", "told")]),
        (
            "Tom Hall tells one joke about the mayor.",
            [("one joke about the mayor", "Tom Hall", "tells")],
        ),
        (
            '"The plan is late," Tom Hall told the BBC.',
            [('"The plan is late,"', "Tom Hall", "told")],
        ),
        (  # a quotation closed on a full stop is no content of the frame after it
            'Ann Lee came on Monday. "The dam will hold." Lee told the council in a letter.',
            [],
        ),
    ],
)
def test_a_hearer_alone_is_no_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a cue noun opening the sentence with its object: the object ends before the verb
        # of the sentence, whose subject the noun phrase is
        (
            "Ann Lee's attacks on the judge are unusual.",
            ("the judge", "Ann Lee's", "attacks on"),
        ),
        (
            "The mayor's criticism of the judge was harsh.",
            ("the judge", "The mayor's", "criticism of"),
        ),
        (  # a clause inside the object has its own verb ('how', class inner_clause_lead)
            "Ann Lee's talk about how the plan was late drew scorn.",
            ("how the plan was late", "Ann Lee's", "talk about"),
        ),
        # counter-examples: a relative clause's verb, a contracted verb, a 'that' clause
        (
            "Ann Lee's attacks on the judge who was late are unusual.",
            ("the judge who was late", "Ann Lee's", "attacks on"),
        ),
        (
            "He's predicting the vote will be close.",
            ("the vote will be close", "He's", "predicting"),
        ),
        (
            "Ann Lee's claim that the dam was safe drew scorn.",
            ("the dam was safe", "Ann Lee's", "claim"),
        ),
    ],
)
def test_object_of_a_cue_noun_ends_before_the_main_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)
