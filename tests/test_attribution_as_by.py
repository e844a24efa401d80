"""'as reported by X' names the source of the clause beside it (issue 3): 'As reported by the
Herald, C.' and 'C, as first reported by the Herald.' are the Herald's C. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Prices will rise next year, as noted by the central bank.",
         ("Prices will rise next year", "the central bank", "as noted by")),
        ("The mayor will resign, as first reported by the Herald on Tuesday.",
         ("The mayor will resign", "the Herald", "as first reported by")),
        ("As reported by the Herald, the mayor will resign.",
         ("the mayor will resign", "the Herald", "As reported by")),
    ],
)
def test_as_reported_by_names_the_source(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a frame of its own before it keeps the clause: the Herald only reports her words
        ("Ann Lee said the pier will close, as reported by the Herald.",
         ("the pier will close, as reported by the Herald", "Ann Lee", "said")),
        # a passive with its subject is read as before
        ("The issue was first reported by the Herald.",
         ("The issue", "the Herald", "first reported")),
    ],
)
def test_as_by_counter_examples(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]
