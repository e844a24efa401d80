"""Speaker readings fixed in session 19 (issue 3), each with invented sentences and the
shapes that must read as before."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mention_cues


@pytest.mark.parametrize(("text", "expected"), [
    # a particle between the past verb and its object's determiner
    ('Ann Lee held up a sign that read "No more war in our land."', ("Ann Lee", "read")),
    ('Ann Lee held up a sign that said "No more war in our land."', ("Ann Lee", "said")),
    # a subject that is no speaker word, read loosely before a relative 'that'
    ('The crowd held a sign that read "No more war in our land."', ("The crowd", "read")),
])
def test_the_holder_of_a_sign_that_reads_speaks(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ('Ann Lee carried a sign that read "No more war in our land."', ("Ann Lee", "read")),
    ("The mayor met voters who said the mill will close.", ("who", "said")),
    ("The farmers volunteer with a group that warns the mill will close.", ("that", "warns")),
])
def test_other_relative_subjects_read_as_before(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee, who spoke last week about the mill, issued a statement on Tuesday saying"
     " the mill will close.", ("Ann Lee", "saying")),
    ("The Farm Union, which has backed Lee, used the comments to urge people to vote.",
     ("The Farm Union", "urge")),
    ("Ann Lee, who won the race this year, drew attention to the plight of the mill.",
     ("Ann Lee", "attention to")),
])
def test_a_verb_after_an_aside_takes_the_subject_before_it(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    # an '-ed' adjective of the subject, no verb
    ("In Ohio, on Monday, registered voters said the mill will close.",
     ("registered voters", "said")),
    # a second clause's subject after 'and'
    ("Ann Lee, who arrived on Sunday, met with the mayor in his office and both sides"
     " agreed that the mill will close.", ("both sides", "agreed")),
    # the predicate holds its own subject
    ("Tom Hall, 53, a guard at a casino, is backing Ann Lee because he worries the mill"
     " will close.", ("he", "worries")),
])
def test_other_subjects_after_an_aside_read_as_before(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Using a crude word to describe the mayor, he said the plan would fail.",
     ("he", "describe")),
    ("Continuing to explain his view, Tom Hall rejected the idea that the plan would fail.",
     ("Tom Hall", "explain")),
])
def test_a_cue_inside_a_fronted_participle_takes_the_main_subject(
    text: str, expected: tuple
) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a name ending in '-ing' before a verb, a capitalised subject after an '-ing' word
    ("Beijing is also concerned about the plan, Ann Lee said.", ("Ann Lee", "said")),
    ("Brewing giant Acme agreed to buy the stake of Bo Co, a brewer, for $5m.",
     ("Brewing giant Acme", "agreed")),
    ("Speaking to reporters, Ann Lee said the plan would fail.", ("Ann Lee", "said")),
])
def test_other_subjects_opening_with_ing_read_as_before(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The day before, at a rally in Ohio, Jane Doe said the plan was a good one.",
     ("Jane Doe", "said")),
    ("A few minutes later, Tom Hall followed up by saying that the job was hard.",
     ("Tom Hall", "saying")),
])
def test_a_fronted_time_before_a_comma_is_no_subject(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Hall, who came after, said the plan was a good one.", ("Tom Hall", "said")),
    ("The day before, Jane Doe said the plan was a good one.", ("Jane Doe", "said")),
    ("Two days later, Tom Hall said the plan was a good one.", ("Tom Hall", "said")),
])
def test_other_times_read_as_before(text: str, expected: tuple) -> None:
    assert expected in mention_cues(text)
