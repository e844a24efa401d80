"""Speakers of frames inside a participle clause (issue 3): the participle is no speaker
('..., taking aim at X': the main clause's subject; '..., prompting fears that C': no one's,
class causing_participle; '..., leading some analysts to argue that C': the analysts).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the main clause's subject is the participle's
        ("Ann Lee spoke for an hour, taking aim at the council.",
         ("the council", "Ann Lee", "aim at")),
        ("Ann Lee spoke for an hour, while trying to explain her plan.",
         ("her plan", "Ann Lee", "explain")),
        ("Ann Lee spoke for an hour, offering her thoughts on the war.",
         ("the war", "Ann Lee", "thoughts on")),
        # a participle of causing: no one's fears, or those it moves to speak
        ("Officials are talking about inflation, prompting fears that rates may rise.",
         ("rates may rise", None, "fears")),
        ("Ann Lee closed the plant, sparking fears of job losses.",
         ("job losses", None, "fears")),
        ("Rates are on hold, leading some analysts to argue that rates may have peaked.",
         ("rates may have peaked", "some analysts", "argue")),
    ],
)
def test_a_participle_is_no_speaker(text: str, row: tuple[str, str | None, str]) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # an '-ing' word that opens a subject before a finite cue is part of it
        ("Taxpayers may have to pay, leading economists have warned.",
         ("Taxpayers may have to pay", "leading economists", "warned")),
        ("In London, banking sources said the bank will merge.",
         ("the bank will merge", "banking sources", "said")),
        ("Leading economists warned that the plan will fail.",
         ("the plan will fail", "Leading economists", "warned")),
    ],
)
def test_an_ing_word_in_a_subject_stays(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]
