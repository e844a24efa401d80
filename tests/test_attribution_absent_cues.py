"""Cue forms that were in neither lexicon (issue 3, 'cue absent from lexicon'): general
English verbs of saying and of reasoning aloud that take a clause, added to the hand list
(data/cues.tsv), each with counter-examples of the same word in another sense. Invented
sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee underlined that the plan would fail.",
            [("the plan would fail", "Ann Lee", "underlined")],
        ),
        (
            "The minister grumbled that the talks had dragged on.",
            [("the talks had dragged on", "The minister", "grumbled")],
        ),
        ("Tom Hall confided that he was unwell.", [("he was unwell", "Tom Hall", "confided")]),
        (
            "The firm divulged that it had lost the files.",
            [("it had lost the files", "The firm", "divulged")],
        ),
        (
            "The authors posited that the drought caused the move.",
            [("the drought caused the move", "The authors", "posited")],
        ),
        (
            "The researchers hypothesized that the birds left early.",
            [("the birds left early", "The researchers", "hypothesized")],
        ),
        (
            "Tom Hall reasoned that the vote would be close.",
            [("the vote would be close", "Tom Hall", "reasoned")],
        ),
        (
            "The driver confessed that he had been speeding.",
            [("he had been speeding", "The driver", "confessed")],
        ),
        (
            "The union objected that the vote was rigged.",
            [("the vote was rigged", "The union", "objected")],
        ),
        (
            "The mayor reckoned that prices would rise.",
            [("prices would rise", "The mayor", "reckoned")],
        ),
        (
            "The board reaffirms that the pier will reopen.",
            [("the pier will reopen", "The board", "reaffirms")],
        ),
        (
            "The council bemoans the lack of funds.",
            [("the lack of funds", "The council", "bemoans")],
        ),
        (
            "Ann Lee refutes the idea that prices will rise.",
            [("the idea that prices will rise", "Ann Lee", "refutes")],
        ),
    ],
)
def test_verbs_of_saying_read_as_cues(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


def test_other_senses_of_the_new_cue_words_report_nothing() -> None:
    """'reckoned with' deals with something ('a force to be reckoned with'); 'wonders' and
    'queried' are not listed: 'worked wonders' is a noun, and 'analysts queried by the paper
    said' is a participle inside the subject of the real cue."""
    assert rows("The songwriters reckoned with the role that the city plays in her life.") == []
    assert rows("Our rivals are a force to be reckoned with, the coach said.") == [
        ("Our rivals are a force to be reckoned with", "the coach", "said")
    ]
    assert rows("The new coach has worked wonders with the squad.") == []
    assert rows("Analysts queried by the paper said prices would rise.") == [
        ("prices would rise", "Analysts queried by the paper", "said")
    ]


def test_intention_cues_before_to() -> None:
    """'plans', 'intends' (class infinitive_cue) tell an intention before 'to' and a verb,
    which is what they report. ('planned' is in the class and the hand list too, but the
    learned lexicon measures it at a weight under MIN_WEIGHT on dev, 4 cues in 41 uses, and
    so drops it: ``lexicon.build_lexicon``.)"""
    assert rows("Ann Lee plans to cut taxes next year.") == [
        ("to cut taxes next year", "Ann Lee", "plans")
    ]
    assert rows("Tom Hall intends to run for mayor.") == [
        ("to run for mayor", "Tom Hall", "intends")
    ]


def test_intention_cues_without_to_report_nothing() -> None:
    """Counter-examples: without 'to' after it the form is a noun or an adjective ('health
    plans', 'the planned merger') or takes a plain object; inside another cue's content it
    opens no second row."""
    assert rows("The health plans cover most costs.") == []
    assert rows("Tom Hall plans a trip to Rome.") == []
    assert rows("The planned merger was dropped, the firm said.") == [
        ("The planned merger was dropped", "the firm", "said")
    ]
    assert rows("Ann Lee said the firm plans to cut 500 jobs.") == [
        ("the firm plans to cut 500 jobs", "Ann Lee", "said")
    ]


def test_see_as_tells_a_view() -> None:
    """'see X as Y' (class as_cue): what the subject takes X to be."""
    assert rows("Most voters see the mayor as a threat to the pier.") == [
        ("the mayor as a threat to the pier", "Most voters", "see")
    ]


def test_see_without_as_reports_nothing() -> None:
    """Counter-examples: 'see' with no 'as' after it, or only 'such as', tells what was seen;
    the 'said' content around it stays whole."""
    assert rows("Ann Lee will see the film on Monday.") == []
    assert rows("We will see.") == []
    assert rows("Ann Lee said the town needed to see progress on topics such as trade.") == [
        ("the town needed to see progress on topics such as trade", "Ann Lee", "said")
    ]
