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


@pytest.mark.parametrize(
    "text",
    [  # a quotation split by a frame whose cue has an adjunct: one statement, as without it
        '"The rules went far beyond the law," he said in a statement, "and yet we did more."',
        '"The rules were clear," Ann Lee said on Monday, "and we followed them."',
    ],
)
def test_quotation_split_by_a_frame_with_an_adjunct_is_one_statement(text: str) -> None:
    assert [c for c, _, _ in rows(text)] == [text]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # more than an adjunct before the comma: the second part is not joined
            '"The rules were clear," Ann Lee said on Monday, adding that the council knew.',
            '"The rules were clear,"',
        ),
        (  # the frame opens the sentence: the quotation after it is the content
            'Ann Lee said on Monday, "the rules were clear."',
            '"the rules were clear."',
        ),
    ],
)
def test_frame_with_an_adjunct_keeps_other_contents(text: str, content: str) -> None:
    assert [c for c, _, _ in rows(text)][:1] == [content]
