"""A whole sentence in brackets, as wire copy writes its asides: '(According to X, C.)',
'(C, X said.)', '(X said C.)'. The brackets are the sentence's, not the content's or the
speaker's; a bracketed aside inside a content stays. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Exports rose. (According to the ministry, sales grew 5 percent in May.)",
            ("sales grew 5 percent in May", "the ministry", "According to"),
        ),
        (
            "Exports rose. (Sales grew 5 percent in May, the ministry said.)",
            ("Sales grew 5 percent in May", "the ministry", "said"),
        ),
        (
            "Exports rose. (Sales grew 5 percent in May, the ministry said).",
            ("Sales grew 5 percent in May", "the ministry", "said"),
        ),
        (
            "Exports rose. (The ministry said sales grew 5 percent in May.)",
            ("sales grew 5 percent in May", "The ministry", "said"),
        ),
        (
            "Sales grew (the ministry said on Monday) to a record.",
            ("Sales grew", "the ministry", "said"),
        ),
    ],
)
def test_the_brackets_of_a_sentence_are_no_part_of_its_row(
    text: str, row: tuple[str, str, str]
) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (  # an aside in brackets inside the content
            "The ministry said sales grew 5 percent (in May).",
            ("sales grew 5 percent (in May)", "The ministry", "said"),
        ),
        (  # a bracketed aside in the middle of the content
            "The ministry said sales (mostly of cars) grew by a fifth.",
            ("sales (mostly of cars) grew by a fifth", "The ministry", "said"),
        ),
        (  # a capitalised cue inside a sentence is no frame
            "Sales grew. The fund, According To Plan, said nothing.",
            None,
        ),
    ],
)
def test_brackets_inside_a_content_stay(text: str, row: tuple[str, str, str] | None) -> None:
    found = rows(text)
    assert (row in found) if row else all(cue != "According To" for _, _, cue in found)
