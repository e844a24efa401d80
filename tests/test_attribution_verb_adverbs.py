"""An adverb between a subject and its cue ("X grudgingly agreed", "X seldom speaks of") is
no part of the speaker (frames._adverb, classes ly_noun and verb_adverb). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import mentions


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The mayor, still angry over the vote, grudgingly agreed that the dam holds.",
            "The mayor",
        ),
        ("Ann Lee, a rival, wrongly claimed that the dam leaks.", "Ann Lee"),
        ("The farmers practically pleaded for help from the city.", "The farmers"),
        ("Ann Lee quickly said the dam leaks.", "Ann Lee"),
        ("The board seldom speaks of the dam it built.", "The board"),
    ],
)
def test_adverb_is_no_speaker(text: str, mention: str) -> None:
    assert mentions(text)[0] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # nouns in -ly stay the speaker
        ("The family said the dam leaks.", "The family"),
        ("Her closest ally said the dam leaks.", "Her closest ally"),
        # a capitalised word in -ly is a name
        ("The Riverton Daily said the dam leaks.", "The Riverton Daily"),
    ],
)
def test_ly_nouns_stay(text: str, mention: str) -> None:
    assert mentions(text)[0] == mention
