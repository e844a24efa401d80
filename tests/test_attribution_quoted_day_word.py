"""A day word right after a cue is the frame's time ('said Monday the bridge would ...'),
but not when it opens a quotation: '“Tonight we ...”' is what was said, quote mark and
all. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Hall says, \u201cTonight was supposed to be a big night for the council.\u201d",
         "\u201cTonight was supposed to be a big night for the council.\u201d"),
        ('Ann Lee said: "Today we start building the new bridge."',
         '"Today we start building the new bridge."'),
    ],
)
def test_a_quoted_day_word_stays_in_the_content(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said Monday the bridge would reopen in May.", "the bridge would reopen in May"),
        ("Tom Hall said today that the council would meet again.",
         "the council would meet again"),
    ],
)
def test_a_bare_day_word_stays_in_the_frame(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)] == [content]
