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
