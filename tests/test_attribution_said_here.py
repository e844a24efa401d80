"""'said here': wire copy names the place of a frame with 'here' after the cue ('C,
participants at the conference said here on Wednesday.'); the word is where it was said,
not what. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bay area will grow fast, delegates at the Riverton Forum said here on Monday.",
            "The bay area will grow fast",
        ),
        ("The bay area will grow fast, Ann Lee said here.", "The bay area will grow fast"),
        (
            "Ann Lee said here on Monday that the bay area will grow fast.",
            "the bay area will grow fast",
        ),
    ],
)
def test_here_after_a_cue_is_where_it_was_said(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said the plan is here to stay.", "the plan is here to stay"),
        ("Ann Lee said the bay area will grow here.", "the bay area will grow here"),
    ],
)
def test_here_inside_a_content_stays(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]
