"""Attribution: where content starts and ends around fronted clauses, lists and quotations
closed on a comma (invented sentences; each rule with a case it must leave alone)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def statements(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article.from_text(text)
    return [
        (s.content, s.speaker_mention, s.cue)
        for s in attribute_statements(article, segment_sentences(article))
    ]


def content_of(text: str, cue: str) -> list[str]:
    return [content for content, _, c in statements(text) if c == cue]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a list inside a fronted clause: its commas do not close the clause
        (
            "While the mayor argued that roads, schools and parks were late, the council "
            "voted to wait.",
            "roads, schools and parks were late",
        ),
        (
            "While the mayor argued that roads, schools, and parks were late, the council "
            "voted to wait.",
            "roads, schools, and parks were late",
        ),
        (
            "When Ann Lee said that the dam, the bridge or the mill would fail first, nobody "
            "listened.",
            "the dam, the bridge or the mill would fail first",
        ),
        (  # an item with a verb is a clause: its comma closes the fronted clause
            "While the mayor argued that the roads were late, Ann and Tom left, and the "
            "council voted.",
            "the roads were late",
        ),
        (  # no list: the first comma closes the clause
            "Although the mayor insisted that the budget was balanced, the auditors counted a gap.",
            "the budget was balanced",
        ),
    ],
)
def test_list_in_a_fronted_clause(text: str, content: str) -> None:
    assert [c for c, _, _ in statements(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [  # 'As X said <adverbial>, C': the clause is the frame, what was said follows its comma
        ("As the mayor noted in a speech, the budget is tight.", "noted", "the budget is tight"),
        ("As the mayor said on Monday, the budget is tight.", "said", "the budget is tight"),
        ("As Ann Lee said, the dam will hold.", "said", "the dam will hold"),
        (  # the clause holds what was said: it ends at its comma
            "As the mayor said the budget was tight, the council met.",
            "said",
            "the budget was tight",
        ),
        (
            "As the mayor noted in a speech that the dam was old, the council met.",
            "noted",
            "the dam was old",
        ),
    ],
)
def test_as_clause_with_an_adverbial(text: str, cue: str, content: str) -> None:
    assert content_of(text, cue) == [content]


def test_passive_as_clause_is_no_frame() -> None:
    text = "As the deal was negotiated in 2012, the mayor said the price was fair."
    assert ("the price was fair", "the mayor", "said") in statements(text)
    assert content_of(text, "negotiated") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a noun or pronoun in -ing after a quotation closed on a comma is no participle
        (
            'Ann Lee said the plan was "a good start," nothing more.',
            'the plan was "a good start," nothing more',
        ),
        (
            'Tom Hall said the vote was "a farce," something close to a joke.',
            'the vote was "a farce," something close to a joke',
        ),
        # a participle or "during" opens the writer's words
        ('The mayor called the plan "a failure," angering the council.', 'the plan "a failure,"'),
        ('The mayor called the budget "a mess," during a long meeting.', 'the budget "a mess,"'),
    ],
)
def test_quoted_comma_before_an_ing_word(text: str, content: str) -> None:
    assert [c for c, _, _ in statements(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a frame in a clause coordinated after a comma is a statement of its own
        (
            "Ann Lee said the plan was weak, and Tom Hall said the dam would fail.",
            [
                ("the plan was weak", "Ann Lee", "said"),
                ("the dam would fail", "Tom Hall", "said"),
            ],
        ),
        (
            "Ann Lee criticized the plan, but Tom Hall said the dam would fail.",
            [("the plan", "Ann Lee", "criticized"), ("the dam would fail", "Tom Hall", "said")],
        ),
        (
            "The council met, and Ann Lee, the mayor, said the dam would fail.",
            [("the dam would fail", "Ann Lee", "said")],
        ),
        # no coordinator: an appositive or a connector between commas keeps the subject
        (
            "Ann Lee, the mayor, said the dam would fail.",
            [("the dam would fail", "Ann Lee", "said")],
        ),
        ("The mayor, however, said the dam held.", [("the dam held", "The mayor", "said")]),
    ],
)
def test_frame_in_a_coordinated_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a word opening the next clause ("while", "although", "even though") ends the content
        (
            "Ann Lee criticized the plan, while Tom Hall said the dam would fail.",
            [("the plan", "Ann Lee", "criticized"), ("the dam would fail", "Tom Hall", "said")],
        ),
        (
            "Ann Lee criticized the plan while doctors warned that the dam would fail.",
            [("the plan", "Ann Lee", "criticized"), ("the dam would fail", "doctors", "warned")],
        ),
        (
            "Ann Lee said the plan would work, even though engineers warned that the dam was old.",
            [
                ("the plan would work", "Ann Lee", "said"),
                ("the dam was old", "engineers", "warned"),
            ],
        ),
        (  # "and" before the speaker's second verb is left out too
            "Obama blasted Tom Hall for his conduct and said the mill would close.",
            [
                ("Tom Hall for his conduct", "Obama", "blasted"),
                ("the mill would close", "Obama", "said"),
            ],
        ),
        (  # a participle after "while" is more of what the same speaker did: no cut
            "Ann Lee dismissed the efforts of some rivals to stop the dam while saying they "
            "would still vote for it.",
            [
                (
                    "the efforts of some rivals to stop the dam while saying they would still "
                    "vote for it",
                    "Ann Lee",
                    "dismissed",
                )
            ],
        ),
    ],
)
def test_frame_after_a_clause_opening_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [  # 'As <cue> ..., C' with no speaker between 'As' and the cue: no statement, no error
        "As reported on Monday, the dam is old.",
        "As noted in the report, the dam is old.",
        "As said in a speech, the dam is old.",
    ],
)
def test_as_clause_without_a_speaker(text: str) -> None:
    assert statements(text) == []
