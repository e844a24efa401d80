"""Leftover reading bugs (issue 3): asides, raised frames before a colon, noun cues in a
subject, pronouns and roles. Invented sentences."""

from __future__ import annotations

from tests.attribution_rows import candidate_rows, rows


def test_question_aside_reports_nothing() -> None:
    """'X, asked by Y about Z, said C': the asker only asked; the subject's cue gives the row."""
    text = "Ann Lee, asked by reporters about the plan, said the dam would hold."
    assert candidate_rows(text) == [("the dam would hold", "Ann Lee", "said")]
    text = "Tom Hall, pressed by critics on the cost, insisted the budget was sound."
    assert all(cue != "pressed" for _, _, cue in candidate_rows(text))


def test_question_aside_counter_examples() -> None:
    """Other passives between commas keep their frames: an agent that backed something
    ('The plan, backed by the mayor, was approved'), and a subject with no comma before the
    participle ('Banks asked by Reuters said C')."""
    assert ("The plan", "the mayor", "backed") in candidate_rows(
        "The plan, backed by the mayor, was approved.")
    assert rows("Banks asked by Reuters said rates would rise.") == [
        ("rates would rise", "Banks asked by Reuters", "said")]


def test_raising_verb_before_framed_quotation() -> None:
    """'X seemed annoyed: "C," she wrote': the raising verb says how X seemed; the
    quotation's own frame is the statement."""
    text = 'Ann Lee seemed annoyed: "The dam will hold," she wrote.'
    assert candidate_rows(text) == [('"The dam will hold,"', "she", "wrote")]


def test_raising_verb_before_colon_counter_examples() -> None:
    """A quotation with no frame of its own after the colon, and a raising verb whose
    clause a later frame reports, read as before."""
    assert rows('Ann Lee seemed annoyed: "The dam will hold."') == [
        ('"The dam will hold."', "Ann Lee", "seemed")]
    assert rows("The dam appears to hold, Ann Lee said.") == [
        ("The dam appears to hold", "Ann Lee", "said")]
