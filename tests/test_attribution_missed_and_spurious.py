"""Attribution: statements the readers missed and rows that report nothing (invented
sentences; each rule has a counter-example that must keep its row)."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said on Monday.",
        "The council said in a statement.",
        "Bo Chan reported from Riverton.",
        "Ann Lee wrote in an email to Riverton Mills on Friday.",
        "The mayor confirmed on Twitter.",
        "Ann Lee testified before the harbour panel last fall.",
        "The board learned from the port office on Tuesday.",
        "The mayor responded from the heart.",
        "As the storm hit the harbour, Tom Hall said on Monday.",
        "As the mayor spoke on Sunday night, Tom Hall responded from the heart.",
        "The board is holding a vote on the pier, the results of which are announced on Monday.",
        "Tom Hall has seized on letters from the board, in which two donors are mentioned.",
        "Despite two failed tests this year, the pier has barely been mentioned in the race.",
    ],
)
def test_an_adjunct_alone_after_the_cue_is_no_statement(text: str) -> None:
    """A time, a medium or a place after the cue is where and when, not what was said."""
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a clause after the adjunct
            "Ann Lee said on Monday that the plant would close.",
            ("the plant would close", "Ann Lee", "said"),
        ),
        (  # a quotation after the adjunct
            "Ann Lee said on Monday, \u201cThe plant will close.\u201d",
            ("\u201cThe plant will close.\u201d", "Ann Lee", "said"),
        ),
        (  # a topic, not an adjunct
            "Ann Lee commented on the state of the regional economy.",
            ("the state of the regional economy", "Ann Lee", "commented"),
        ),
        (  # a clause after the preposition
            "Voters agree on who is to blame for the flood.",
            ("who is to blame for the flood", "Voters", "agree"),
        ),
        (  # a clause after the time, without 'that'
            "Ann Lee said on Monday prices rose sharply.",
            ("Monday prices rose sharply", "Ann Lee", "said"),
        ),
        (  # a clause after a setting, without 'that'
            "Ann Lee said after the vote prices rose sharply.",
            ("after the vote prices rose sharply", "Ann Lee", "said"),
        ),
        (  # a clause before a cue and its setting
            "The pier will stay shut, Tom Hall said from his office in the old harbour.",
            ("The pier will stay shut", "Tom Hall", "said"),
        ),
        (  # an 'as' phrase with more after its comma
            "As expected, the pier will close, Ann Lee said on Monday.",
            ("As expected, the pier will close", "Ann Lee", "said"),
        ),
        (  # an empty 'it' as the subject of the passive: the clause is what was reported
            "The pier will close in May, it was reported.",
            ("The pier will close in May", None, "reported"),
        ),
        (  # the subject of 'was told' heard it: the clause is what it was told
            "The pier is unsafe, a Riverton court has been told.",
            ("The pier is unsafe", None, "told"),
        ),
        (  # a quotation before a cue and its setting
            "\u201cThe pier is safe,\u201d Tom Hall said from his office in the harbour.",
            ("\u201cThe pier is safe,\u201d", "Tom Hall", "said"),
        ),
        (  # an infinitive after the time (which is the frame's, since 'vowed last month to')
            "Creditors agreed on Friday to suspend interest payments.",
            ("to suspend interest payments", "Creditors", "agreed"),
        ),
    ],
)
def test_an_adjunct_before_what_was_said_keeps_the_statement(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant will close in May, Ann Lee, the director of the plant, said.",
            ("The plant will close in May", "Ann Lee", "said"),
        ),
        (  # an age and a description; a cue with its object
            "The plant will close in May, Ann Lee, 54, a director of the plant, told a news"
            " conference.",
            ("The plant will close in May", "Ann Lee", "told"),
        ),
        (  # an adjunct after the cue
            "Output rose by a fifth last year, Bo Chan, chairman of Riverton Mills, said on"
            " Monday.",
            ("Output rose by a fifth last year", "Bo Chan", "said"),
        ),
    ],
)
def test_a_name_set_off_by_commas_before_a_closing_cue_is_the_speaker(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a complement after the cue: the words before the name are an adverbial
            "After the vote on Monday, Ann Lee, the mayor, said the plant would close.",
            ("the plant would close", "Ann Lee", "said"),
        ),
        (  # a quotation after the cue is what was said
            'Asked whether the board might object, Ann Lee, president of Acme Corp, said, "That'
            ' is a possibility."',
            ('"That is a possibility."', "Ann Lee", "said"),
        ),
    ],
)
def test_a_name_set_off_by_commas_keeps_what_follows_the_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    # the fronted question itself is a row of its own with no speaker named
    assert [row for row in rows(text) if row[1] is not None] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rivertown: Ann Lee, Bo Chan, Cy Dee Jr., Dora Evans.",
        "Contributing: Ann Lee and Bo Chan, Riverton News Service.",
    ],
)
def test_a_label_before_a_list_of_names_is_no_statement(text: str) -> None:
    """A roster or a credit line, not what the label said."""
    assert rows("Title\n\n" + text) == []


def test_a_label_before_a_sentence_keeps_the_statement() -> None:
    assert ("Win the state by a wide margin", "Lee", ":") in rows(
        "Title\n\nLee: Win the state by a wide margin."
    )


def test_a_long_subject_after_a_quotation_before_an_adjunct_said_the_quotation() -> None:
    """'"C," <a subject of many words> said in the letter.': the quotation is the content."""
    got = rows(
        '"We knew it existed, but it is different to see it," Acme chief executive Ann Lee'
        " and chief operating officer Bo Chan said in the letter."
    )
    assert [(content, cue) for content, _, cue in got] == [
        ('"We knew it existed, but it is different to see it,"', "said")
    ]


def test_a_long_subject_without_a_quotation_before_an_adjunct_reports_nothing() -> None:
    assert rows("The chief executive of the firm and her deputy in Riverton said on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan was dropped, the Herald reported late Thursday.", "The plan was dropped"),
        ("The plant will close, the Herald reported just today.", "The plant will close"),
    ],
)
def test_time_words_alone_after_the_cue_leave_the_content_before(text: str, expected: str) -> None:
    assert rows(text) == [(expected, "the Herald", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, a former chairman who signed on Tuesday night, left early.",
        "Rights trade from May, and the new shares will be quoted late Thursday.",
    ],
)
def test_time_words_alone_after_no_subject_report_nothing(text: str) -> None:
    assert not [row for row in rows(text) if row[2] in ("signed", "quoted")]


def test_time_words_before_a_clause_keep_the_statement() -> None:
    assert rows("Ann Lee said late Thursday that the plant would close.") == [
        ("the plant would close", "Ann Lee", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the Herald reported Tuesday night, the fund will level the playing field.",
            ("the fund will level the playing field", "the Herald", "reported"),
        ),
        (
            "As Ann Lee told the Riverton Daily, tax relief is given for new jobs.",
            ("tax relief is given for new jobs", "Ann Lee", "told"),
        ),
    ],
)
def test_an_as_clause_reports_the_main_clause(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("As Ann Lee attacked the plan, the crowd chanted loudly for an hour.", "attacked"),
        ("As the deal was negotiated in 2012, Ann Lee said the terms were fair.", "negotiated"),
        (
            "As part of the contracts announced last year, the firm will spend a billion.",
            "announced",
        ),
    ],
)
def test_a_time_or_manner_as_clause_reports_no_main_clause(text: str, cue: str) -> None:
    """An object, a passive or no speaker in the 'as' clause: not a reporting clause."""
    main = text.split(", ", 1)[1].rstrip(".")
    assert (main, cue) not in [(content, c) for content, _, c in rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "As announced on Monday, the plant will close in May.",
        "As reported by the Herald, the plant will close in May.",
    ],
)
def test_an_as_clause_without_a_subject_reads_without_error(text: str) -> None:
    """The cue right after 'As': no speaker between them (an IndexError before)."""
    assert all(cue != "announced" for _, _, cue in rows(text))
