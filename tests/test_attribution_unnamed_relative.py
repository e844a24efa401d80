"""'C, a trader at the bank who declined to be named said.': a long subject after the content
may close on a 'who' clause that only says the speaker is not named (ending on a passive of
class ``unsaid_passive``). The noun phrase before 'who' is the speaker. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The market will fall, a spokesman for the bank who declined to be named said.",
            "a spokesman for the bank",
        ),
        (
            "The market will fall, one senior aide who asked not to be identified said.",
            "one senior aide",
        ),
        (
            "Prices will rise again, grain traders in the port who asked not to be named said.",
            "grain traders in the port",
        ),
    ],
)
def test_unnamed_relative_closing_a_long_subject(text: str, speaker: str) -> None:
    content = text.split(",")[0]
    assert (content, speaker, "said") in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # any other relative clause still ends no long subject
        "The market will fall, a spokesman for the bank who lost his job last year said.",
        # a relative clause that reports something is no anonymity formula
        "The market will fall, a spokesman who said the bank would fail asked not to be named.",
    ],
)
def test_other_relatives_unchanged(text: str) -> None:
    assert not any(r[0] == "The market will fall" for r in rows(text))
