"""A section heading in capitals glued to the sentence after it (paragraph breaks lost in
some wire copy) is no part of a content that opens the sentence. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The talks ended. NEW TASKS The coming years will be hard for the city, Ann Lee said.",
            "The coming years will be hard for the city",
        ),
        (
            "The talks ended. TRADE, GROWTH AND JOBS To meet the goal, towns must work together, "
            "Ann Lee said.",
            "To meet the goal, towns must work together",
        ),
        (
            "The talks ended. A NEW PLAN Building the dam is a wise choice, according to Ann Lee.",
            "Building the dam is a wise choice",
        ),
    ],
)
def test_a_glued_heading_is_dropped_from_the_content(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "UN WFP Chief Ann Lee will visit the port, officials said.",  # acronyms of a name
        "NATO Chief Ann Lee will visit the port, officials said.",
        "ABN AMRO Bank will grow next year, the chairman said.",
        "US President Ann Lee will visit the port, officials said.",
    ],
)
def test_acronyms_that_open_a_content_stay(text: str) -> None:
    assert [r[0] for r in rows(text)] == [text.split(",")[0]]
