"""'denied that that was the case': after the complementizer 'that' a second 'that' is a
pronoun, the subject of what was said, not a relative word that ends a cue's short object.
Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_pronoun_that_after_complementizer_is_read() -> None:
    assert rows("Mr. Hall has denied that that was the case.") == [
        ("that was the case", "Mr. Hall", "denied")
    ]


def test_relative_that_after_an_object_unchanged() -> None:
    """A relative 'that' after a cue with no complementizer before it still ends the object:
    the long object of 'asking' is read as before."""
    text = (
        "The website is asking people to donate old cameras, computers and other gadgets they"
        " no longer want that can be sold to raise cash."
    )
    found = rows(text)
    assert found[0][1:] == ("The website", "asking")
    assert found[0][0].endswith("to raise cash")
    assert not [row for row in found if row[2] == "want"]


def test_complement_clause_of_a_noun_unchanged() -> None:
    assert rows("Mr. Hall has denied the claim that the dam failed.") == [
        ("the dam failed", "Mr. Hall", "denied")
    ]
