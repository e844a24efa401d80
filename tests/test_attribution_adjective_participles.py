"""An '-ed' cue form right after a preposition and before a noun is an adjective ('the
number of confirmed cases', 'costs for confirmed patients', 'articles from noted
scholars'), no frame. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "The total number of confirmed cases on the island had reached 8,000.",
        "The state covers all medical costs for confirmed patients.",
        "Ann Lee used old letters and articles from noted scholars to make her case.",
    ],
)
def test_an_adjective_participle_is_no_cue(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (  # a preposition that closes a relative clause
            "The man they looked for reported on Monday he was safe.",
            ("he was safe", "The man they", "reported"),
        ),
        (  # after a comma
            "The board, along with Ann Lee, stated that the dam holds.",
            ("the dam holds", "The board", "stated"),
        ),
    ],
)
def test_a_verb_after_a_preposition_keeps_its_frame(
    text: str, row: tuple[str, str, str]
) -> None:
    assert rows(text) == [row]
