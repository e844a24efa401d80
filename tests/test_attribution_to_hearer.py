"""A hearer after 'to' before a question word or 'about' ('explained to the board why C',
'complained to Tom Hall about C') is no part of what was said: the content opens at the
question word or the topic. 'to' before a verb keeps its words ('said to be honest C').
Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[str]:
    return [content for content, _, _ in candidate_rows(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee later explained to the board why she had resigned.",
         "why she had resigned"),
        ("The firm explained to investors what the merger would mean for prices.",
         "what the merger would mean for prices"),
        ("Ann Lee explained to Tom Hall how the prize was chosen.",
         "how the prize was chosen"),
        ("The mayor complained to the council about the noise from the port.",
         "the noise from the port"),
    ],
)
def test_the_hearer_after_to_is_left_out(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Hall said to be honest what he wanted was a raise.",
         "to be honest what he wanted was a raise"),
        ("Ann Lee explained to the board that she had resigned.", "she had resigned"),
    ],
)
def test_other_words_after_to_stay(text: str, content: str) -> None:
    assert content in contents(text)
