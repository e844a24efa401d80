"""Attribution: where a content before its frame starts (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def contents(text: str) -> list[tuple[str, str | None]]:
    article = Article.from_text(text)
    return [(s.content, s.cue) for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a discourse connective opening the sentence is no part of a content before its frame
        (
            "In fact, the dam will hold for decades, Ann Lee said.",
            ("the dam will hold for decades", "said"),
        ),
        (
            "However, the bridge is unsafe, the engineers said on Monday.",
            ("the bridge is unsafe", "said"),
        ),
        (
            "Meanwhile, the council will meet again, according to Tom Hall.",
            ("the council will meet again", "according to"),
        ),
        # counter-examples: an adverbial of time or place stays; so does a connective before
        # a subordinate clause
        ("In 2012, the dam held, Ann Lee said.", ("In 2012, the dam held", "said")),
        (
            "Still, though the dam is old, it will hold, Ann Lee said.",
            ("Still, though the dam is old, it will hold", "said"),
        ),
    ],
)
def test_discourse_connective_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'But' or 'And' opening the sentence is no part of a content before its frame
        ("But the dam will hold, Ann Lee said.", ("the dam will hold", "said")),
        ("And the mill will close, the union said on Monday.", ("the mill will close", "said")),
        (
            "But the bridge is unsafe, according to Tom Hall.",
            ("the bridge is unsafe", "according to"),
        ),
        (  # in a frame inside the content, too
            "But with each passing week, the engineers say, the dam gets weaker.",
            ("with each passing week, the engineers say, the dam gets weaker", "say"),
        ),
        ("But in fact, the dam will hold, Ann Lee said.", ("the dam will hold", "said")),
        # counter-examples: a quotation after the conjunction keeps it; a name that begins
        # with the same letters is no conjunction
        ('But "the dam will hold," Ann Lee said.', ('But "the dam will hold,"', "said")),
        ("Andrew will win the seat, Ann Lee said.", ("Andrew will win the seat", "said")),
        ("Anders Berg will win, Ann Lee said.", ("Anders Berg will win", "said")),
        (
            "So the dam will hold, Ann Lee said.",  # 'So' is kept: the gold keeps it mostly
            ("So the dam will hold", "said"),
        ),
    ],
)
def test_opening_conjunction_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a content before its frame starts after a colon of its sentence
        (
            "The verdict was clear: the dam will fail, Ann Lee said.",
            ("the dam will fail", "said"),
        ),
        (
            "Here is the catch: prices will rise, according to Tom Hall.",
            ("prices will rise", "according to"),
        ),
        (
            "He needs one thing: But the board will not give it, Ann Lee said.",
            ("the board will not give it", "said"),
        ),
        # counter-examples: a colon inside a quotation, a colon with no space (a time)
        (
            '"The dam is old: it will fail," Ann Lee said.',
            ('"The dam is old: it will fail,"', "said"),
        ),
        ("At 9:30 the dam failed, Ann Lee said.", ("At 9:30 the dam failed", "said")),
    ],
)
def test_colon_before_content_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a dateline opening the sentence is no part of a content before its frame
        ("RIVERTON, Ore. — The dam will hold, Ann Lee said.", ("The dam will hold", "said")),
        ("Riverton (AP) – The dam will hold, Ann Lee said.", ("The dam will hold", "said")),
        ("RIVERTON – In 2012, the dam held, Ann Lee said.", ("In 2012, the dam held", "said")),
        # counter-example: a word in capitals before a dash and a lower-case word is no dateline
        (
            "NATO - the alliance - will hold, Ann Lee said.",
            ("NATO - the alliance - will hold", "said"),
        ),
    ],
)
def test_dateline_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [  # the cue's object and setting before a complement with no 'that' are not what was said
        ("The ministry said on Monday it would cut 400 jobs.", "it would cut 400 jobs"),
        ("Ann Lee told reporters the bridge would hold.", "the bridge would hold"),
        ("Tom Hall told Reuters it was too early to say.", "it was too early to say"),
        ("The firm said in a statement on Monday it had sold the mill.", "it had sold the mill"),
        ("Ann Lee told the BBC the dam was safe.", "the dam was safe"),
        ("The mayor said late on Friday the bridge would reopen.", "the bridge would reopen"),
        (
            "Tom Hall told Reuters in an interview on Sunday Acme would appeal.",
            "Acme would appeal",
        ),
        ("Ann Lee said last week there was no plan.", "there was no plan"),
        ("The board said earlier this month the mill would close.", "the mill would close"),
        ("Tom Hall told a news conference in Lyon the talks went well.", "the talks went well"),
        ("Ann Lee told the Daily Courier Review it would worry her.", "it would worry her"),
        (
            "Acme said in a filing with the Bureau of Ports and Harbours it expected a loss.",
            "it expected a loss",
        ),
        # counter-examples: no setting, a second object, a phrase that is not a setting, a
        # headline in title case
        ("Ann Lee said the bridge would hold.", "the bridge would hold"),
        ("Tom Hall asked him a series of questions about the mill.", None),
        ("Ann Lee said this is just a rough patch.", "this is just a rough patch"),
        ("Ann Lee urged voters to register before the Oct. 11 deadline.",
         "voters to register before the Oct. 11 deadline"),
        ("Tom Hall Warns Acme Plan On Rivers Would Fail Badly", None),
    ],
)
def test_the_object_and_setting_before_a_complement_without_that(
    text: str, content: str | None
) -> None:
    found = [c for c, _ in contents(text)]
    if content is None:  # what matters: no content starts inside the object or the phrase
        assert not any(c.startswith(("a series", "Plan On", "Rivers")) for c in found), found
    else:
        assert found[:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a subject pronoun with its verb contracted opens the complement after the object
        ("Ann Lee told reporters she'd never seen such a flood.", "she'd never seen such a flood"),
        ("Tom Hall told the Daily Courier he\u2019s ready to run.", "he\u2019s ready to run"),
        ("The firm said on Monday they're selling the mill.", "they're selling the mill"),
        # counter-examples: a possessive 'its' after the object, no object before the pronoun
        ("Tom Hall told reporters its costs had doubled.", "its costs had doubled"),
        ("Ann Lee said she's ready to run.", "she's ready to run"),
    ],
)
def test_a_contracted_subject_pronoun_opens_the_complement(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # adverbs between the cue and its 'that' belong to the frame, not to what was said
        ("Ann Lee said, however, that the dam would hold.", "the dam would hold"),
        ("Tom Hall argued insistently that the mill should stay open.",
         "the mill should stay open"),
        ("The mayor revealed, somewhat stiltedly, that she would back the plan.",
         "she would back the plan"),
        ("Ann Lee now says, though, that the bridge is unsafe.", "the bridge is unsafe"),
        # counter-examples: a subordinator ('now that', 'so that'), a name in -ly, an object
        ("Tom Hall said now that the war is over, the troops would return.",
         "now that the war is over, the troops would return"),
        ("Ann Lee told Italy that the dam was safe.", "the dam was safe"),
        ("Tom Hall said so that everyone could hear.", "so that everyone could hear"),
    ],
)
def test_adverbs_before_that_are_left_out(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a quoted title or a place with its state between the cue's object and 'that'
        ("Ann Lee told ABC's \"This Week\" on Sunday that the dam would hold.",
         "the dam would hold"),
        ("Tom Hall told a crowd in Dayton, Ohio, on Friday that the mill would reopen.",
         "the mill would reopen"),
        ("Ann Lee told a town hall in Salem, New Hampshire on Monday that taxes would fall.",
         "taxes would fall"),
        # counter-examples: a title closed on a comma before another cue, a quotation, a list
        ("Ann Lee told \"Fox News,\" reminding the hosts that the dam would hold.",
         "\"Fox News,\""),
        ("Tom Hall called the plan \"a mess\" and \"a waste\" that night.",
         "the plan \"a mess\" and \"a waste\" that night"),
        ("Ann Lee vowed to spend the money, the land and the mill that the town gave her.",
         "to spend the money, the land and the mill that the town gave her"),
    ],
)
def test_a_title_or_a_place_before_that_is_left_out(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a time or setting between the cue and its infinitive is the frame's
        ("Ann Lee vowed last month to rebuild the dam.", "to rebuild the dam"),
        ("Tom Hall promised on Monday to reopen the mill.", "to reopen the mill"),
        ("The mayor pledged this week to cut taxes.", "to cut taxes"),
        # counter-examples: an object before the infinitive, 'to' before a plural noun
        ("Tom Hall urged voters on Monday to back the plan.", "voters on Monday to back the plan"),
        ("Ann Lee wrote last week to reporters in Ohio.", "last week to reporters in Ohio"),
    ],
)
def test_a_time_before_an_infinitive_is_left_out(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # 'for' and a length of time between the cue and its 'that' are the frame's
        ("Tom Hall has said for months that the dam is unsafe.", "the dam is unsafe"),
        ("Ann Lee said for the first time that the mill had closed.", "the mill had closed"),
        # counter-example: no 'that' after the time
        ("Tom Hall said for the first time in years.", "the first time in years"),
    ],
)
def test_a_duration_before_that_is_left_out(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # one plural noun is the object of a cue that takes a person: the question follows it
        (
            "The governor asked workers if they planned to attend the meeting.",
            ("if they planned to attend the meeting", "asked"),
        ),
        (
            "The coach asked players whether they were ready.",
            ("whether they were ready", "asked"),
        ),
        (
            "The union warned members what the strike would cost.",
            ("what the strike would cost", "warned"),
        ),
        # counter-examples: what is promised is the object itself; a noun before a
        # preposition is no person asked
        (
            "The mayor promised reforms if she won the vote.",
            ("reforms if she won the vote", "promised"),
        ),
        (
            "He pledged changes if the board agreed.",
            ("changes if the board agreed", "pledged"),
        ),
        (
            "The council asked questions about the budget.",
            ("questions about the budget", "asked"),
        ),
    ],
)
def test_a_plural_noun_object_before_a_question(text: str, expected: tuple[str, str]) -> None:
    assert contents(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the person asked or told, then 'about' and the topic: the topic is the content
        ("The host asked him about his tax returns.", ("his tax returns", "asked")),
        ("The reporter asked Ann Lee about the new budget.", ("the new budget", "asked")),
        ("She warned us about the coming storm.", ("the coming storm", "warned")),
        # counter-examples: no person before 'about', a topic too short to stand alone, a
        # cue whose object is what is promised
        ("The council asked questions about the budget.", ("questions about the budget", "asked")),
        ("He asked the mayor about it.", ("the mayor about it", "asked")),
        (
            "The mayor promised voters about a dozen new schools.",
            ("voters about a dozen new schools", "promised"),
        ),
    ],
)
def test_the_topic_after_the_person_asked_about_it(text: str, expected: tuple[str, str]) -> None:
    assert contents(text) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # 'that' before a finite verb is the clause's subject, a demonstrative, not 'that' C
        ("Legal experts said that is highly unlikely.", "that is highly unlikely"),
        ("Her lawyer said that was not her view.", "that was not her view"),
        ("Ann Lee said that would be a mistake.", "that would be a mistake"),
        ("The board said that could happen again next year.", "that could happen again next year"),
    ],
)
def test_that_before_a_finite_verb_opens_the_content(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # 'that' as the conjunction: before a subject, or before an inverted condition
        ("He said that the plan was sound.", "the plan was sound"),
        ("He said that had he known, he would have left.", "had he known, he would have left"),
        ("He said that night that the plan was sound.", "the plan was sound"),
    ],
)
def test_that_as_a_conjunction_is_still_skipped(text: str, content: str) -> None:
    assert [c for c, _ in contents(text)] == [content]
