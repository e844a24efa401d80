"""A fronted '-ing' or '-ed' phrase, a fronted '-ly' adverb or a five-word time before the
subject (issue 3): the subject after it speaks, not the phrase; and the shapes where the
first comma part is the subject read as before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mention_cues


@pytest.mark.parametrize(("text", "expected"), [
    # a participle and an '-ing' adjective (no class participle_object word after it)
    ("Facing mounting criticism from both parties, Mr. Lee released a statement on"
     " Saturday, insisting that the critics had no right to attack him.",
     ("Mr. Lee", "insisting")),
    ("Rallying hundreds of workers who are struggling, Ann Lee tried here last week to calm"
     " them and promised to deliver change.", ("Ann Lee", "promised")),
    # an '-ed' participle, the subject set off by an aside between dashes
    ("Reached by phone on Tuesday, Tom Hall - who is a lawyer in Ohio - told the paper he"
     " is not planning an appeal.", ("Tom Hall", "told")),
    # a time of five words
    ("Just a few months ago, Florida developer Bo Chan expressed dismay at the thought of"
     " Lee as the nominee.", ("Florida developer Bo Chan", "expressed")),
])
def test_the_subject_after_a_fronted_phrase_speaks(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


def test_the_subject_after_a_fronted_adverb_speaks() -> None:
    text = "Publicly, Ann Lee feuds with her party and dismisses the usual approaches."
    assert [m for m, _ in mention_cues(text)] == ["Ann Lee"]


@pytest.mark.parametrize(("text", "expected"), [
    # no subject opens the part after the first: the first part is the subject
    ("Leading economists, including Ann Lee, met on Friday and warned that rates would rise.",
     ("Leading economists", "warned")),
    # a first name ending in '-ly' before an apposition
    ("Kelly, the mayor, met voters and promised to cut taxes.", ("the mayor", "promised")),
    ("Kelly, Tom Hall said, would win the race.", ("Tom Hall", "said")),
    # a capitalised '-ing' word before a name: a name, not a participle
    ("Reading Council, the city's government, met on Friday and warned that rates would"
     " rise.", ("Reading Council", "warned")),
    # an adjective before a role and a name: the subject, whatever follows the comma
    ("Embattled mayor Tom Hall met the union, Ann Lee and Bo Chan on Friday and warned that"
     " rates would rise.", ("Embattled mayor Tom Hall", "warned")),
])
def test_a_first_part_that_is_the_subject_reads_as_before(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Inside the mosque - which looks like a church - Adel Nefzi said he and many others are"
     " trying to help.", ("Adel Nefzi", "said")),
    ("In the town - which has lost its mill - the mayor said jobs would return.",
     ("the mayor", "said")),
])
def test_the_subject_after_an_aside_closing_a_fronted_place_speaks(
    text: str, expected: tuple
) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee - who won the race - said jobs would return.", ("Ann Lee", "said")),
    ("The mosque - which looks like a church - said it would stay open.",
     ("The mosque", "said")),
])
def test_a_subject_before_a_relative_aside_reads_as_before(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)
