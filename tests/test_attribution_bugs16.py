"""Known misreadings of general English (issue 3, session 16), each fixed with
counter-examples that must keep their reading. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_determiner_that_after_a_verb_opens_no_clause() -> None:
    """'indicate Kennedy made that suggestion': with no 'that' after the cue, a 'that' right
    after a verb and before a noun is a determiner, so the bare clause is the content (it was
    read as 'agreed with X that C', content 'suggestion')."""
    assert rows("Records indicate Kennedy made that suggestion.") == [
        ("Kennedy made that suggestion", "Records", "indicate")
    ]


def test_that_after_an_object_still_opens_a_clause() -> None:
    """Counter-examples: 'that' after an object, or after a verb but before a subject, is
    the complementizer."""
    assert rows("She agreed with the President that prices would rise.") == [
        ("prices would rise", "She", "agreed with")
    ]
    assert rows("He warned those who objected that the plan would fail.") == [
        ("the plan would fail", "He", "warned")
    ]
    assert rows("Lee welcomed the rules that protect farmers.") == [
        ("the rules that protect farmers", "Lee", "welcomed")
    ]
