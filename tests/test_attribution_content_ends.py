"""Attribution: where a statement's content ends when the sentence goes on past it (invented
sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def contents(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article.from_text(text)
    return [
        (s.content, s.speaker_name, s.cue)
        for s in attribute_statements(article, segment_sentences(article))
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a cue inside a fronted adverbial clause: the main clause after it is the writer's
        (
            "While Ann Lee argued that the dam would hold for decades, the council voted to "
            "replace it.",
            "the dam would hold for decades",
        ),
        (
            "After Tom Hall warned that the bridge was unsafe, engineers closed it for a week.",
            "the bridge was unsafe",
        ),
        (
            "Although the mayor insisted that the budget was balanced, the auditors counted a "
            "gap of two million dollars.",
            "the budget was balanced",
        ),
    ],
)
def test_fronted_clause_ends_at_its_comma(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # the fronted clause is the frame itself: what was said is the main clause
        (
            "As Ann Lee said, the dam will hold for decades, and the bridge too.",
            "the dam will hold for decades, and the bridge too",
        ),
        (  # no fronted clause: the comma inside the content stays
            "Ann Lee said that the dam, which is old, will hold for decades.",
            "the dam, which is old, will hold for decades",
        ),
    ],
)
def test_no_cut_when_the_clause_is_the_frame(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # after a raising verb the judged clause opens at its subject
        (
            "The new bridge over the river appears to need urgent repairs.",
            "The new bridge over the river appears to need urgent repairs",
        ),
        (
            "The regional water board is expected to approve the budget next week.",
            "The regional water board is expected to approve the budget next week",
        ),
    ],
)
def test_raising_verb_content_opens_at_its_subject(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a short subject adds fewer letters than the verb words: the content stays apart
            "She is expected to approve the budget for the new bridge next week.",
            "to approve the budget for the new bridge next week",
        ),
        (  # an active 'expected' is the subject's own expectation
            "The regional water board expected the budget to pass next week.",
            "the budget to pass next week",
        ),
    ],
)
def test_raising_verb_keeps_other_contents(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


def test_raising_verb_inside_a_content_leaves_it_to_its_speaker() -> None:
    text = "The regional water board is expected to approve the budget, officials said."
    assert contents(text) == [
        ("The regional water board is expected to approve the budget", "officials", "said")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a quotation closed on a comma, then a contrast or a participle: the writer's words
        (
            'Ann Lee said the new dam was "a disaster for the valley," while the council kept '
            "silent about the costs.",
            'the new dam was "a disaster for the valley,"',
        ),
        (
            'Tom Hall said the vote was "rigged from the start," angering the members of the '
            "council.",
            'the vote was "rigged from the start,"',
        ),
    ],
)
def test_quotation_closed_on_a_comma_ends_the_content(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a quotation closed on a comma, then the writer's noun phrase in apposition to it
        (
            'Ann Lee called the new dam "a disaster," an unusually blunt verdict from a mayor.',
            'the new dam "a disaster,"',
        ),
        (
            'Tom Hall described the vote as "rigged from the start," another blow to the council.',
            'the vote as "rigged from the start,"',
        ),
    ],
)
def test_quotation_closed_on_a_comma_then_an_apposition_ends_the_content(
    text: str, content: str
) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a quotation, a dash, then the writer's apposition or a participle
        (
            'Tom Hall dismissed the town as a "suburb of the city" \u2014 a metaphor for the '
            "party's decline.",
            'the town as a "suburb of the city"',
        ),
        (
            'Ann Lee thanked the workers for "marching in the streets" - stopping short of a '
            "promise.",
            'the workers for "marching in the streets"',
        ),
    ],
)
def test_quotation_then_a_dash_and_the_writer_ends_the_content(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # after the dash more of what was said: 'and that', a preposition
        (
            'Ann Lee said the plan was "a disaster" - and that the council knew it.',
            'the plan was "a disaster" - and that the council knew it',
        ),
        (
            'Ann Lee said the plan was "a disaster" -- with no money left for the dam.',
            'the plan was "a disaster" -- with no money left for the dam',
        ),
        (  # an aside set off by two dashes: the sentence goes on after it
            'Ann Lee said the mayor wants his "old guard" - a reference to his first aides - '
            "back at the town hall.",
            'the mayor wants his "old guard" - a reference to his first aides - back at the '
            "town hall",
        ),
    ],
)
def test_quotation_then_a_dash_keeps_the_rest(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # no comma: 'a' opens more of the quoted object
            'Ann Lee called the new dam "a disaster" a few days before the vote.',
            'the new dam "a disaster" a few days before the vote',
        ),
        (  # the quotation opens the clause: the apposition describes its subject
            'Ann Lee said that "The Dam," a film made in 1999, was her favourite.',
            '"The Dam," a film made in 1999, was her favourite',
        ),
        (
            'Ann Lee said "The Dam," a film made in 1999, was her favourite.',
            '"The Dam," a film made in 1999, was her favourite',
        ),
        (  # a second quotation after the article is theirs too
            'Ann Lee called the new dam "a disaster," a "shameful waste of money."',
            'the new dam "a disaster," a "shameful waste of money."',
        ),
    ],
)
def test_quotation_closed_on_a_comma_then_an_article_keeps_the_rest(
    text: str, content: str
) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a second quotation after 'while' is theirs too
            'Ann Lee said the new dam was "a disaster for the valley," while "the bridge is '
            'even worse."',
            'the new dam was "a disaster for the valley," while "the bridge is even worse."',
        ),
        (  # a reason after the quotation is part of what was said
            'Ann Lee said the new dam was "a disaster for the valley," because the money ran '
            "out in May.",
            'the new dam was "a disaster for the valley," because the money ran out in May',
        ),
    ],
)
def test_quotation_closed_on_a_comma_keeps_the_rest(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)] == [content]


def test_semicolon_ends_the_content() -> None:
    text = "Ann Lee said the old dam would hold for decades; the council met again on Friday."
    assert [c for c, _, _ in contents(text)] == ["the old dam would hold for decades"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a semicolon inside parentheses separates two amounts
            "Ann Lee said the repairs would cost 20m euros ($26m; 14m pounds) next year.",
            "the repairs would cost 20m euros ($26m; 14m pounds) next year",
        ),
        (  # semicolons in a series separate the items of one statement
            "Ann Lee said the dam would hold; the bridge would need work; and the road would "
            "stay shut.",
            "the dam would hold; the bridge would need work; and the road would stay shut",
        ),
        (  # a contrast after the semicolon goes on with the same argument
            "Ann Lee said the dam would hold for decades; but the bridge would need work.",
            "the dam would hold for decades; but the bridge would need work",
        ),
        (  # a semicolon inside single quote marks is part of the quotation
            "Ann Lee said 'the dam will hold; the bridge will not' and left the hall.",
            "'the dam will hold; the bridge will not' and left the hall",
        ),
        (  # curly single quote marks too
            "Ann Lee said \u2018the dam will hold; the bridge will not\u2019 and left the hall.",
            "\u2018the dam will hold; the bridge will not\u2019 and left the hall",
        ),
    ],
)
def test_semicolon_keeps_a_series(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)] == [content]


def test_semicolon_after_an_apostrophe_still_ends_the_content() -> None:
    # a plural possessive's apostrophe opens no quotation
    text = "Ann Lee said the voters' plan would fail; the council met again on Friday."
    assert [c for c, _, _ in contents(text)] == ["the voters' plan would fail"]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a cue in a relative clause set off by commas: the main clause's verb after it is not
        # part of what was said
        (
            "The mayor, who said the dam would hold for decades, resigned on Monday.",
            "the dam would hold for decades",
        ),
        (
            "The report, in which analysts said growth would slow, was published on Monday.",
            "growth would slow",
        ),
        (
            "The talks, during which both sides said they wanted peace, lasted three days.",
            "they wanted peace",
        ),
    ],
)
def test_relative_clause_ends_at_its_comma(text: str, content: str) -> None:
    assert content in [c for c, _, _ in contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # counter-examples: the comma closes an aside inside the content, or a list item, or
        # no main verb follows it
        (
            "The mayor, who said the dam, which is old, would hold, resigned.",
            "the dam, which is old, would hold, resigned",
        ),
        (
            "The mayor, who said the dam, the bridge and the road were unsafe, resigned.",
            "the dam, the bridge and the road were unsafe",
        ),
        (
            "He met the mayor, who said the dam would hold, to discuss the budget.",
            "the dam would hold, to discuss the budget",
        ),
    ],
)
def test_relative_clause_keeps_a_comma_without_main_verb(text: str, content: str) -> None:
    assert content in [c for c, _, _ in contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a content cut before the next frame's cue leaves no preposition of the cut phrase
        (
            "Ann Lee said the council won the vote by citing a poll of local farmers.",
            "the council won the vote",
        ),
        (
            "Tom Hall defended his plan of closing the mill by mentioning the cost of repairs.",
            "his plan of closing the mill",
        ),
        # counter-examples: a particle cut before 'according to' (a clause lead), a
        # preposition at the end of the sentence
        (
            "Ann Lee said the claims would be dealt with according to the rules of the board.",
            "Ann Lee said the claims would be dealt with",
        ),
        ("Tom Hall said it was the plan they had hoped for.", "it was the plan they had hoped for"),
    ],
)
def test_no_dangling_preposition_before_a_cut(text: str, content: str) -> None:
    assert content in [c for c, _, _ in contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a transcript turn: the speaker's label opens a paragraph of several sentences
        (
            "The debate went on.\n\nBENSON: Senator Lake does not get to decide when we "
            "debate. Especially when he runs a negative campaign. If he stops, we will talk.",
            "Senator Lake does not get to decide when we debate. Especially when he runs a "
            "negative campaign. If he stops, we will talk",
        ),
        (
            "Panel notes\n\nAnn Lee: The dam holds well for now. The river is low this year.",
            "The dam holds well for now. The river is low this year",
        ),
    ],
)
def test_a_transcript_turn_runs_to_the_end_of_its_paragraph(text: str, content: str) -> None:
    assert (content, ":") in [(c, cue) for c, _, cue in contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # counter-examples: a later sentence with a cue or a quotation of its own, or a new
        # paragraph, ends the turn at its first sentence
        (
            "Panel notes\n\nAnn Lee: The dam holds well for now. Bo Chan said it leaks.",
            "The dam holds well for now",
        ),
        (
            'Panel notes\n\nAnn Lee: The dam holds well for now. It is "sound" as a bell.',
            "The dam holds well for now",
        ),
        (
            "Panel notes\n\nAnn Lee: The dam holds well for now.\n\nThe river is low.",
            "The dam holds well for now",
        ),
    ],
)
def test_a_turn_stops_at_a_sentence_with_a_frame_of_its_own(text: str, content: str) -> None:
    assert (content, ":") in [(c, cue) for c, _, cue in contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a parenthesis closing the content is the writer's aside
        (
            "Ann Lee said the plan had failed (the third plan to fail this year).",
            "the plan had failed",
        ),
        (
            "The mayor said the bridge would reopen in May (see the map below).",
            "the bridge would reopen in May",
        ),
        ("Tom Hall criticized the new rules (which took effect in May).", "the new rules"),
        # counter-examples: a short tag, a parenthesis inside a quotation, one that does not
        # close the content
        ("The council praised Senator Ann Lee (D-Ohio).", "Senator Ann Lee (D-Ohio)"),
        (
            'Ann Lee said the dam "will hold (at least for now and later)."',
            'the dam "will hold (at least for now and later)."',
        ),
        (
            "The mayor cited the cost of the bridge (about four million dollars) as the reason.",
            "the cost of the bridge (about four million dollars) as the reason",
        ),
    ],
)
def test_a_closing_parenthesis_is_the_writers_aside(text: str, content: str) -> None:
    assert [c for c, _, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # ', though' / ', although' after a clause of a cue of class inverting_cue ('say',
        # 'add', 'note' ...) goes on with what was said
        (
            "Ann Lee said prices rose sharply last year, though exports fell.",
            "prices rose sharply last year, though exports fell",
        ),
        (
            "Tom Hall added the mill was closed for a week, although the staff were paid.",
            "the mill was closed for a week, although the staff were paid",
        ),
        (
            "Ann Lee said the line was a crucial, although brief, chance to speak.",
            "the line was a crucial, although brief, chance to speak",
        ),
        # counter-examples: after an object, an infinitive or another cue it is the writer's
        (
            "The firm refused to comment on the deal with the city, although it has a contract.",
            "to comment on the deal with the city",
        ),
        (
            "Ann Lee highlighted their plans for tax cuts worth millions, although the cuts "
            "have not been named.",
            "their plans for tax cuts worth millions",
        ),
        (
            "Ann Lee claimed the plan was late and costly, though many doubted it.",
            "the plan was late and costly",
        ),
        (
            "Ann Lee said the plan was late and costly, while the budget held.",
            "the plan was late and costly",
        ),
    ],
)
def test_concession_after_a_reported_clause(text: str, content: str) -> None:
    assert content in [c for c, _, _ in contents(text)]
