"""Attribution: short subjects, inverted tails and participle subjects (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def rows(text: str) -> list[tuple[str, str | None]]:
    article = Article.from_text(text)
    return [(s.cue or "", s.speaker_mention)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an -ly word after a determiner is the subject's noun, no adverb of the cue
        ('"The plan will fail," the daily said.', ("said", "the daily")),
        ('"The plan will fail," the weekly said on Monday.', ("said", "the weekly")),
        ("The daily reported that the plan would fail.", ("reported", "The daily")),
        # counter-examples: an adverb after a name or a noun is still dropped
        ('"The plan will fail," Ann Lee quickly said.', ("said", "Ann Lee")),
        ("The ministry daily reports that prices rose.", ("reports", "The ministry")),
    ],
)
def test_a_word_after_a_determiner_is_no_adverb(text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text)


def full_rows(text: str) -> list[tuple[str, str | None, str]]:
    article = Article.from_text(text)
    return [(s.cue or "", s.speaker_mention, s.content)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the setting after an inverted frame's speaker is no part of it: its 'to' is no
        # auxiliary, and its noun 'note' is no cue whose subject is 'said Ann Lee ...'
        ('"The plan will fail," said Ann Lee of Acme in a note to clients.',
         [("said", "Ann Lee of Acme", '"The plan will fail,"')]),
        ('"The plan will fail," said Ann Lee in a letter to investors.',
         [("said", "Ann Lee", '"The plan will fail,"')]),
        # the quotation after it continues the inverted frame, not a frame of 'note'
        ('"It is rare," wrote analysts from Acme in a note to clients. "More will follow."',
         [("wrote", "analysts from Acme", '"It is rare,"'),
          ("wrote", "analysts from Acme", '"More will follow."')]),
        # counter-examples: past a comma the tail ends; an auxiliary in the words after the
        # cue still makes them a clause
        ('"It is rare," said Ann Lee, citing a report that costs would rise.',
         [("said", "Ann Lee", '"It is rare,"'),
          ("citing", "Ann Lee", "a report that costs would rise")]),
        ("The mayor, Ann Lee, said the dam will hold.",
         [("said", "Ann Lee", "the dam will hold")]),
    ],
)
def test_a_setting_after_an_inverted_speaker_is_no_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert full_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a participle after a passive is the passive's subject, if it speaks
        ("Ann Lee was encouraged by the figures, saying the economy would grow.",
         ("saying", "Ann Lee")),
        ("She was encouraged by the figures, saying the economy would grow.",
         ("saying", "She")),
        # counter-example: a subject that cannot speak leaves the agent as the speaker
        ("The plan was criticised by the union, saying it would cost jobs.",
         ("saying", "the union")),
    ],
)
def test_a_participle_after_a_passive_has_its_subject(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that ends in a day (class time_name) keeps it, before or after the cue
        ('"The plan will fail," said the Mail on Sunday.', ("said", "the Mail on Sunday")),
        ('"The plan will fail," the Mail on Sunday said.', ("said", "the Mail on Sunday")),
        ("The Independent on Sunday reported that the plan would fail.",
         ("reported", "The Independent on Sunday")),
        # counter-examples: a day after any other name is a time of the frame
        ('"The plan will fail," said Ann Lee on Sunday.', ("said", "Ann Lee")),
        ("Ann Lee on Sunday said the plan would fail.", ("said", "Ann Lee")),
    ],
)
def test_a_name_with_its_day_is_kept_whole(text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted time span that no comma closes is no part of the subject
        ("In the past weeks Ann Lee said the plan would fail.", ("said", "Ann Lee")),
        ("In the last two days the mayor said the dam would hold.", ("said", "the mayor")),
        ("During the past few months Acme has said prices would rise.", ("said", "Acme")),
        ("For the year it reported a loss of five million dollars.", ("reported", "it")),
        # counter-examples: with a comma, and a fronted phrase that is no time
        ("In the past weeks, Ann Lee said the plan would fail.", ("said", "Ann Lee")),
        ("The first week went well, Ann Lee said.", ("said", "Ann Lee")),
        ("The past two weeks have been hard, Ann Lee said.", ("said", "Ann Lee")),
    ],
)
def test_a_fronted_time_span_is_no_subject(text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a clause whose verb is no cue ('signed on' has another sense):
        # the subject that opens the sentence, not a phrase the length limit cut
        ("The leaders of the two countries signed on Tuesday a declaration on trade, "
         "saying the talks had been a success.", ("saying", "The leaders")),
        ("The ministers of the two states met in Rome, saying the talks went well.",
         ("saying", "The ministers")),
        # counter-examples: a phrase after the noun that fits stays whole
        ("The head of Acme resigned on Friday, saying the plan had failed.",
         ("saying", "The head of Acme")),
        ("The leaders signed on Tuesday a declaration on trade, saying the talks went well.",
         ("saying", "The leaders")),
    ],
)
def test_a_participle_subject_is_not_cut_inside_a_phrase(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a picture's credit in parentheses, glued to the sentence after it, is no subject
        ("The mayor opened the pier. (Photo/Harbour Daily) Lee said that it would stay open.",
         ("said", "Lee")),
        ("The pier reopened. (Harbour Daily Online/ Tom Hall) Lee added that it cost $2m.",
         ("added", "Lee")),
        # counter-examples: a parenthesis after a name or a noun stays in the mention
        ("Ann Lee (D-Riverton) said that the pier would stay open.",
         ("said", "Ann Lee (D-Riverton)")),
        ("The harbour master (left) said that the pier would stay open.",
         ("said", "The harbour master (left)")),
    ],
)
def test_a_credit_before_the_subject_is_left_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text)
