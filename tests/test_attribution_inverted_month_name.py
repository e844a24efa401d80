"""An inverted frame whose speaker's name holds a capitalised month name that is also an
auxiliary ('"C," said Theresa May on Monday'): the name is the speaker, not a clause with a
modal verb. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will leave the union," said Theresa May on Monday.', "Theresa May"),
        ('"We will leave the union," said Mrs May.', "Mrs May"),
        ("We will leave the union, said Ann May on Monday in a speech to farmers.", "Ann May"),
        ('"We will stay," said Brian May, the guitarist.', "Brian May"),
    ],
)
def test_month_name_in_inverted_speaker(text: str, speaker: str) -> None:
    assert [r[1:] for r in rows(text)] == [(speaker, "said")]


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case modal after the cue is a clause, no speaker
        '"We will leave the union," said he may not stay.',
        # a capitalised auxiliary that is no month stays blocked
        '"We will stay," said Ann Lee Might.',
    ],
)
def test_auxiliary_in_inverted_speaker_still_no_name(text: str) -> None:
    assert not any(r[2] in ("said", "says") and r[1] for r in rows(text))
