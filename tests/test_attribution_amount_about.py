"""A word of amount and 'about' after 'say' ('said little about C', 'is not saying much
about C', 'said almost nothing about C'): the topic after 'about' is what the row reports.
Another word before 'about' keeps its object ('said one word about C'), and 'about' before a
number is no topic ('said about 40 people came'). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[str]:
    return [content for content, _, _ in candidate_rows(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said little about the new harbour plan.", "the new harbour plan"),
        ("The mayor is not saying much about the budget for next year.",
         "the budget for next year"),
        ("Tom Hall said almost nothing about the closure of the bridge.",
         "the closure of the bridge"),
        ("The minister has said very little about how the scheme will be paid for.",
         "how the scheme will be paid for"),
    ],
)
def test_the_topic_after_an_amount_is_the_content(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said a few words about the new harbour plan.",
         "a few words about the new harbour plan"),
        ("Tom Hall said about 40 people had come to the meeting.",
         "about 40 people had come to the meeting"),
        ("The mayor said little had changed since the storm.",
         "little had changed since the storm"),
    ],
)
def test_other_words_before_about_stay(text: str, content: str) -> None:
    assert content in contents(text)
