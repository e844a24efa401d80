"""'The new dam, Ann Lee said, "will last a century."': a frame set off by commas inside the
statement, then a quotation that opens on a lower-case word, the rest of the sentence begun
before the frame. The statement is the whole sentence (pattern mid), as without the quote
marks, not the quotation alone. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The new dam, Ann Lee said, \u201cwill last a hundred years.\u201d",
            "The new dam, Ann Lee said, \u201cwill last a hundred years.\u201d",
            "Ann Lee",
        ),
        (
            "The council's spending on the dam, Ms. Lee said, ''is a fine example of "
            "planning'' for the drought.",
            "The council's spending on the dam, Ms. Lee said, ''is a fine example of "
            "planning'' for the drought",
            "Ms. Lee",
        ),
        (
            'If the rain comes, Tom Hall added, "we will open the gates."',
            'If the rain comes, Tom Hall added, "we will open the gates."',
            "Tom Hall",
        ),
    ],
)
def test_quotation_after_an_interjected_frame_continues_the_sentence(
    text: str, content: str, speaker: str
) -> None:
    assert rows(text) == [(content, speaker, rows(text)[0][2])]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a quotation that opens on a capital is a sentence of its own
        ("The new dam, Ann Lee said, \u201cWe will see.\u201d", "\u201cWe will see.\u201d"),
        ('In the end, Tom Hall said, "It was worth it."', '"It was worth it."'),
    ],
)
def test_capitalised_quotation_after_an_interjected_frame_stays_alone(
    text: str, content: str
) -> None:
    assert [c for c, _, _ in rows(text)] == [content]
