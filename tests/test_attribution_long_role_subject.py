"""A long subject after the content that opens with lower-case words naming a speaker (a
word of a speaker head class among its first three words: 'lead manager X', 'trade sources
in ...', 'senior grain analyst for X') is the speaker of the closing cue, as one opening
with 'the' or a capital is. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Acme is issuing a bond, lead manager Union Bank of Ruritania Securities Ltd said.",
            "lead manager Union Bank of Ruritania Securities Ltd",
        ),
        (
            "Prices will fall in June, trade sources in the main producing state of Zenda said.",
            "trade sources in the main producing state of Zenda",
        ),
        (
            "Grain stocks will fall, senior grain analyst for Acme Capital Markets Tom Hall said.",
            "senior grain analyst for Acme Capital Markets Tom Hall",
        ),
    ],
)
def test_lower_case_role_opens_long_subject(text: str, speaker: str) -> None:
    content = text.split(",")[0]
    assert (content, speaker, "said") in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # a coordinator or a verb before the role: a clause, no subject
        "Prices will fall in June, and traders in the main producing state of Zenda said.",
        "Prices will fall in June, unless sources in the main producing state of Zenda said.",
        # no speaker word among the first words
        "Prices will fall in June, heavy rains in the main producing state of Zenda said.",
    ],
)
def test_other_lower_case_long_subjects_unchanged(text: str) -> None:
    assert not any(r[0] == "Prices will fall in June" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prices will fall in June, sources close to the Finance Minister Ann Lee said.",
            "sources close to the Finance Minister Ann Lee",
        ),
        (
            "Prices will fall in June, senior adviser to Ruritanian Finance Minister Ann Lee said.",
            "senior adviser to Ruritanian Finance Minister Ann Lee",
        ),
    ],
)
def test_to_before_a_noun_phrase_in_long_subject(text: str, speaker: str) -> None:
    """'to' before a determiner or a capital is a preposition inside the noun phrase."""
    assert ("Prices will fall in June", speaker, "said") in rows(text)


def test_infinitive_to_still_ends_long_subject() -> None:
    text = "Prices will fall in June, a plan to cut taxes in the northern region said."
    assert not any(r[0] == "Prices will fall in June" for r in rows(text))
