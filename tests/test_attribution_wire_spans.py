"""Speaker spans and readings seen on wire copy (issue 3): a contracted negative
before a cue is no part of the speaker ('Ann Lee hasn't said whether C': Ann Lee; class aux);
'appear' before a place or a time ('appears after the host leaves', 'appeared Sunday') says
where or when someone was (class other_sense); a date after 'in' ends the speaker ('Ann Lee in
2011 noted'); an indefinite description of a text ('an IDC report') takes no earlier text's
source; a content never opens with its own speaker ('The dam appears to hold': the writer's).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import named_rows, rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Ann Lee hasn't said whether the dam will hold.",
         ("whether the dam will hold", "Ann Lee", "said")),
        ("Ann Lee hasn\u2019t said whether the dam will hold.",
         ("whether the dam will hold", "Ann Lee", "said")),
        ("The mayor wouldn't say whether the pier will reopen.",
         ("whether the pier will reopen", "The mayor", "say")),
        ("Officials haven't said whether the bridge will reopen.",
         ("whether the bridge will reopen", "Officials", "said")),
        ("The firm isn't saying whether it will close the plant.",
         ("whether it will close the plant", "The firm", "saying")),
        ("The mayor shouldn't have said that the dam leaks.",
         ("the dam leaks", "The mayor", "said")),
    ],
)
def test_contracted_negative_is_no_speaker(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the uncontracted forms, already cut, stay as they are
        ("Ann Lee has not said whether the dam will hold.",
         ("whether the dam will hold", "Ann Lee", "said")),
        ("The mayor never said that the dam leaks.", ("the dam leaks", "The mayor", "said")),
        ("The mayor also said that the dam leaks.", ("the dam leaks", "The mayor", "said")),
        ("The mayor had already said that the dam leaks.",
         ("the dam leaks", "The mayor", "said")),
        # a contracted negative inside the content stays there
        ("Ann Lee hasn't conceded the race, the aide said.",
         ("Ann Lee hasn't conceded the race", "the aide", "said")),
        # 'Yet' opening a sentence is no part of the speaker either
        ("Yet the mayor said that the dam leaks.", ("the dam leaks", "the mayor", "said")),
    ],
)
def test_other_spans_unchanged(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # 'appear' before a place or a time says where or when someone was (class other_sense)
        "A robot appears after the host leaves, to greet the guests.",
        "The cartoon dog appears during the match, to sell the snacks.",
        "The mayor appeared Sunday, to thank the voters.",
    ],
)
def test_appearing_somewhere_is_no_speech(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a raised subject opens the content: the writer's judgement, no speaker named
        ("The new dam appears to hold.", ("The new dam appears to hold", None, "appears")),
        ("The old bridge seemed to sway in the wind.",
         ("The old bridge seemed to sway in the wind", None, "seemed")),
    ],
)
def test_content_never_opens_with_its_speaker(text: str, row: tuple[str, None, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # before a verb of saying or holding the subject speaks: PolNeAR's reading
        ("Ann Lee appeared to blame the workers for the loss.",
         ("to blame the workers for the loss", "Ann Lee", "appeared")),
        ("The figures appear to show that prices rose.",
         ("to show that prices rose", "The figures", "appear")),
        # 'had expected' is no passive: the subject holds the expectation
        ("Some analysts had expected a larger payout.",
         ("a larger payout", "Some analysts", "expected")),
    ],
)
def test_raised_subjects_that_speak(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("It appears that the dam holds.", ("the dam holds", "It", "appears")),
        ("Ann Lee appears to believe that the dam holds.",
         ("to believe that the dam holds", "Ann Lee", "appears")),
        ("The mayor appeared to say that the dam holds.",
         ("the dam holds", "The mayor", "appeared")),
        # a speaker inside its content (an interruption) stays named
        ("The dam, Ann Lee said, holds.", ("The dam, Ann Lee said, holds", "Ann Lee", "said")),
    ],
)
def test_appearing_to_keeps_its_frame(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a date after 'in' ends the speaker before it (frames._dated)
        ("Professor Ann Lee in 2011 noted that the plan works.",
         ("the plan works", "Professor Ann Lee", "noted")),
        ("The council in March said that the dam holds.",
         ("the dam holds", "The council", "said")),
        ("The council in March 2004 said that the dam holds.",
         ("the dam holds", "The council", "said")),
        ("The plan works, according to Ann Lee in 2011.",
         ("The plan works", "Ann Lee", "according to")),
    ],
)
def test_date_is_no_part_of_the_speaker(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a year or a month that is part of a name stays
        ("The class of 2011 said that the dam holds.",
         ("the dam holds", "The class of 2011", "said")),
        ("Agenda 2030 says that the dam holds.", ("the dam holds", "Agenda 2030", "says")),
        ("Theresa May said that the dam holds.", ("the dam holds", "Theresa May", "said")),
        ("The Mail on Sunday said that the dam holds.",
         ("the dam holds", "The Mail on Sunday", "said")),
        # a place before the date stays (it may say where the speaker works)
        ("Ann Lee in Lisbon in 2000 promised that the dam holds.",
         ("the dam holds", "Ann Lee in Lisbon", "promised")),
    ],
)
def test_names_with_dates_stay(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an indefinite description of a text is a new text: no earlier one's source
        ("A report by Acme Research showed that sales rose. Sales will double by 2030, "
         "a Delta report said.", "Delta report"),
        ("A Riverton poll showed that the mayor leads. A Hillview poll showed that the "
         "rival leads.", "Hillview poll"),
    ],
)
def test_indefinite_text_takes_no_earlier_source(text: str, name: str) -> None:
    assert named_rows(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a definite one is the text named before
        ("A report by Acme Research showed that sales rose. The report said prices fell.",
         "Acme Research"),
        # an indefinite one names the source its own words name
        ("Acme Bank said sales rose. Prices will fall, according to an analysis by the bank.",
         "Acme Bank"),
    ],
)
def test_text_resolutions_that_stay(text: str, name: str) -> None:
    assert named_rows(text)[-1][1] == name
