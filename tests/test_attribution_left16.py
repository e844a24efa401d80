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


def test_noun_cue_in_bare_subject_ends_before_main_verb() -> None:
    """'Market concerns about C has hit D': the noun phrase with no determiner is the
    sentence's subject, and what the concerns are about ends before its verb."""
    found = candidate_rows("Market concerns about the deficit has hit the greenback.")
    assert [content for content, _, cue in found if cue == "concerns about"] == ["the deficit"]


def test_bare_subject_counter_examples() -> None:
    """An -s form that is a verb too keeps the clause after its object whole."""
    found = candidate_rows("Lee talks about the plan he has drafted.")
    assert ("the plan he has drafted", "Lee", "talks about") in found
    found = candidate_rows("Acme calls for the plan the council has backed.")
    assert ("the plan the council has backed", "Acme", "calls for") in found
