"""'"C," said one of two witnesses who relayed the story but did not want to speak on the
record': after a quotation, an inverted cue's noun phrase too long for a speaker is still
the speaker when it is a short head naming one and a relative clause about them ('who',
'whose'), as a shorter phrase with its 'who' clause is. Invented sentences only."""

from __future__ import annotations

from tests.attribution_rows import rows


def test_long_relative_clause_after_inverted_speaker() -> None:
    found = rows(
        '"It was awful," said one of two witnesses who relayed the story but did not want to'
        " speak on the record."
    )
    assert found[0] == (
        '"It was awful,"',
        "one of two witnesses who relayed the story but did not want to speak on the record",
        "said",
    )


def test_long_phrase_without_a_person_relative_still_no_speaker() -> None:
    """'which' names no speaker: the long phrase after the cue is still refused."""
    assert rows(
        '"It was awful," said the report which the central bank released after a long meeting'
        " of its board of governors in the capital on Monday."
    ) == []


def test_short_relative_speaker_unchanged() -> None:
    assert rows('"It was awful," said a witness who did not want to be named.') == [
        ('"It was awful,"', "a witness who did not want to be named", "said")
    ]
