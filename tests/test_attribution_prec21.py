"""Rows that matched no gold statement (helper prec21): frames whose reading was wrong in
a way a general rule fixes. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a connector before the quotation: the words after the cue are the frame's
            # setting, not what was said (the connector stays, as test_attribution_content_
            # starts pins for 'But "C," X said.')
            'So "the dam will hold," the engineer said the other day.',
            [('So "the dam will hold,"', "the engineer", "said")],
        ),
        (
            'But "nobody told us about the fence," Ann Lee said as she left the hall.',
            [('But "nobody told us about the fence,"', "Ann Lee", "said")],
        ),
        (  # unchanged: the quotation opens the sentence
            '"The dam will hold," the engineer said the other day.',
            [('"The dam will hold,"', "the engineer", "said")],
        ),
        (  # unchanged: more than a connector before the quotation, a clause of its own
            'Ann Lee called it "a fine plan," Tom Hall said later.',
            [('Ann Lee called it "a fine plan,"', "Tom Hall", "said")],
        ),
    ],
)
def test_quote_after_connector(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'show' as a programme after a genre word (class noun_compound): no statement
        ("Other shows did a bit better in the ratings.", []),
        ("The mayor spoke on the morning shows about the flood.", []),
        ("Speaking later on the same show, Ann Lee said the dam would hold.",
         [("the dam would hold", "Ann Lee", "said")]),
        ("With many scripted shows airing this year, the network cut its budget.", []),
        # unchanged: the verb after a subject
        ("A new survey of young voters shows a wide divide on the issue.",
         [("a wide divide on the issue", "A new survey of young voters", "shows")]),
    ],
)
def test_programme_show_is_no_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'so called' without its hyphen is the adjective 'so-called' (class other_sense_lead)
        ('The so called "Clean River Plan" was dropped by the council.', []),
        ('The so-called "Clean River Plan" was dropped by the council.', []),
        # unchanged: 'called' after a subject
        (
            'Ann Lee called the plan "a disgrace."',
            [('the plan "a disgrace."', "Ann Lee", "called")],
        ),
    ],
)
def test_so_called_is_no_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
