"""Frames interjected in their content ('A, X said, B'; 'A, according to X, B'): a short
adverbial before the frame is the writer's, so the content is the clause after it; a cue
nested in that clause neither cuts the content back to the frame nor leaves only the
opening phrase; a lone 'This' before the frame is the subject of what was said."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    # was: 'In addition, according to the ministry' (cut at the nested 'denied')
    ("In addition, according to the ministry, nearly two million more farmers will be"
     " protected against being denied relief.",
     [("nearly two million more farmers will be protected against being denied relief",
       "the ministry", "according to")]),
    # was: the whole sentence; the lead is an adverbial, as before a verb frame
    ("Since May, according to the ministry, the fund has grown.",
     [("the fund has grown", "the ministry", "according to")]),
    # was: 'Six months ago, the senator said' (cut at the nested 'considered')
    ('Six months ago, the senator said, the press considered him a "joke candidate."',
     [('the press considered him a "joke candidate."', "the senator", "said")]),
    ("Two weeks later, Ann Lee said, the dam failed.",
     [("the dam failed", "Ann Lee", "said")]),
])
def test_adverbial_before_an_interjected_frame_is_the_writers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


def test_nested_cue_does_not_cut_a_clause_that_spans_the_frame() -> None:
    # was: 'If only a few seats are at stake, the party said' and 'it' 'bother'
    text = "If only a few seats are at stake, the party said, it may not bother taking that step."
    assert rows(text) == [(text[:-1], "the party", "said")]


@pytest.mark.parametrize(("text", "expected"), [
    # a lone demonstrative is the subject: the whole clause was said (was: 'is both ...')
    ("This, according to the organisers, is both a problem and a chance.",
     [("This, according to the organisers, is both a problem and a chance",
       "the organisers", "according to")]),
    ("This, he said, is the end of the road.",
     [("This, he said, is the end of the road", "he", "said")]),
    # unchanged: a demonstrative before a time is an adverbial
    ("This week, he said, the dam will close.", [("the dam will close", "he", "said")]),
])
def test_what_stays_before_an_interjected_frame(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert rows(text) == expected


def test_an_appositive_read_as_a_frame_keeps_the_verb_after_it() -> None:
    # 'editor of Harbor reports' may be read as a frame; the verb after it still is one
    text = "Tom Vell, editor of Harbor reports, expects the council to meet before June."
    assert ("the council to meet before June", "Tom Vell", "expects") in rows(text)


@pytest.mark.parametrize(("text", "expected"), [
    # was: 'a friend of the mayor, the dam failed'
    ("According to records from Ann Lee, a friend of the mayor, the dam failed.",
     [("the dam failed", "records from Ann Lee", "According to")]),
    ("According to Tom Vell, 54, the dam failed.",
     [("the dam failed", "Tom Vell", "According to")]),
    ("According to Ann Lee, who chairs the board, the dam failed.",
     [("the dam failed", "Ann Lee", "According to")]),
    # unchanged: a subject with a relative clause, and a list, are the clause's own words
    ("According to Ann Lee, the dam, which was old, failed.",
     [("the dam, which was old, failed", "Ann Lee", "According to")]),
    ("According to a poll by Acme, most voters in Ohio, Iowa and Utah want a new dam.",
     [("most voters in Ohio, Iowa and Utah want a new dam", "a poll by Acme", "According to")]),
])
def test_description_after_an_according_source_is_no_content(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "A band called Foxglove played at the fair on Sunday.",  # was: 'Foxglove played at ...'
    "A group called Free Roads marched through the town.",
])
def test_a_name_given_after_a_noun_and_a_past_verb_is_nothing_said(text: str) -> None:
    assert rows(text) == []



@pytest.mark.parametrize("text", [
    "The city relies on user reports to find broken street lamps.",  # was: 'to find ...'
    "That is according to quarterly reports the firm filed in May.",
])
def test_reports_after_a_noun_modifier_is_a_noun(text: str) -> None:
    assert rows(text) == []


def test_reports_after_a_name_is_still_a_verb() -> None:
    # unchanged: 'Press' and 'News' end names of agencies ('Fox News reports that C')
    assert rows("The Harbor Press reports that the bridge was closed.") == [
        ("the bridge was closed", "The Harbor Press", "reports")]


@pytest.mark.parametrize(("text", "expected"), [
    # was: an 'according to' row over 'Tom Vell, ..., said on Tuesday that'
    ("Tom Vell, a member of the board, said on Tuesday that according to its count, the"
     " party has won 80 percent of the vote.",
     [("according to its count, the party has won 80 percent of the vote", "Tom Vell",
       "said")]),
    ("Sales rose, although according to the firm, the margin was small.",
     [("the margin was small", "the firm", "according to")]),
])
def test_according_after_a_subordinator_opens_the_clause_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("dash", [" - ", " \u2014 ", "\u2014"])
def test_according_source_ends_at_a_dash(dash: str) -> None:
    # was: the source ran on past the dash ('a survey by the Daily Herald - back the new dam')
    text = (f"Many farmers{dash}who made up 46 percent of the vote, according to a survey by"
            f" the Daily Herald{dash}back the new dam.")
    assert [(s, cue) for _, s, cue in rows(text)] == [
        ("a survey by the Daily Herald", "according to")]


def test_a_hyphen_in_a_source_is_no_dash() -> None:
    assert rows("The dam failed, according to Ann Lee-Vell, the mayor.") == [
        ("The dam failed", "Ann Lee-Vell", "according to")]


def test_reports_right_after_to_is_a_noun() -> None:
    # was: a second row, 'Ann Lee filed as a lobbyist' by 'reports'
    text = "The visit was set up, according to reports Ann Lee filed as a lobbyist."
    assert [cue for _, _, cue in rows(text)] == ["according to"]


@pytest.mark.parametrize(("text", "expected"), [
    # was: the whole sentence, both clauses
    ("The dam is late; the river will flow again by May, the minister said.",
     [("the river will flow again by May", "the minister", "said")]),
    ("Dam opens late; River will flow again by May, poll says.",
     [("River will flow again by May", "poll", "says")]),
])
def test_content_before_its_frame_starts_after_a_semicolon(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


def test_a_semicolon_inside_a_quotation_is_kept() -> None:
    text = '"The dam is late; the river will rise," the minister said.'
    assert rows(text) == [('"The dam is late; the river will rise,"', "the minister", "said")]


def test_a_semicolon_inside_brackets_is_kept() -> None:
    text = "The dam cost 3bn pesos ($10m; £8m) to build, the minister said."
    assert rows(text) == [(text[: text.index(", the")], "the minister", "said")]


def test_no_source_before_a_dash_is_no_frame() -> None:
    # was: an IndexError on the empty source
    assert "according to" not in [cue for _, _, cue in rows("said Mr. Li according to \u2014")]
