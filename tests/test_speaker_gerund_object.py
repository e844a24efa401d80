"""'The union praised Ann Lee for saying that C': the named object speaks C, as in the
passive 'Ann Lee was praised by the union for saying that C' (passive._subject_gerund);
and the shapes that read as before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The union praised Ann Lee for saying that the deal was fair.",
     ("the deal was fair", "Ann Lee", "saying")),
    ("The council praised Tom Hall for warning that the bridge was unsafe.",
     ("the bridge was unsafe", "Tom Hall", "warning")),
])
def test_a_named_object_before_for_and_a_participle_speaks(text: str, expected: tuple) -> None:
    assert expected in rows(text)
    assert not any(r[0] == expected[0] and r[1] != expected[1] for r in rows(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition of class participle_adjunct: the subject's own participle
    ("The union praised the plan before warning that the deal was unfair.",
     ("the deal was unfair", "The union", "warning")),
    # the passive form, read by passive._subject_gerund
    ("Ann Lee was praised by the union for saying that the deal was fair.",
     ("the deal was fair", "Ann Lee", "saying")),
    # no object: the subject's participle
    ("Ann Lee apologized for saying that the deal was fair.",
     ("the deal was fair", "Ann Lee", "saying")),
])
def test_other_participles_after_an_object_read_as_before(text: str, expected: tuple) -> None:
    assert expected in rows(text)


def test_no_name_before_for_keeps_the_subject() -> None:
    text = "The union praised the plan for saying that the deal was fair."
    assert all(r[1] == "The union" for r in rows(text))
