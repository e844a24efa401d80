"""Every offset pair of a statement indexes the article text exactly: content, cue and speaker
mention (what a user checks with text[start:end])."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def statements(text: str) -> tuple[str, list]:
    article = Article.from_text(text)
    return article.text, attribute_statements(article, segment_sentences(article))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee : The dam will hold until the spring floods come.\n\nWater rose.",
        "Ann Lee  :  The dam will hold until the spring floods come.\n\nWater rose.",
        "Ann Lee: The dam will hold until the spring floods come.\n\nWater rose.",
    ],
)
def test_label_cue_is_the_colon_even_after_spaces(text: str) -> None:
    body, rows = statements(text)
    assert [(r.speaker_mention, r.cue) for r in rows] == [("Ann Lee", ":")]
    (row,) = rows
    assert body[row.cue_start : row.cue_end] == ":"
    assert body[row.speaker_start : row.speaker_end] == "Ann Lee"
    assert body[row.start : row.end] == row.content


@pytest.mark.parametrize(
    "text",
    [
        "The dam was closed.\n\n\"The water rose all night. We could not wait any longer,\" "
        "said Ann Lee, the city engineer.",
        "Rain fell. \"The water rose all night. We could not wait,\" Ann Lee said. "
        "The dam held.",
    ],
)
def test_sentence_and_paragraph_are_where_the_content_starts(text: str) -> None:
    article = Article.from_text(text)
    sentences = segment_sentences(article)
    rows = attribute_statements(article, sentences)
    assert rows
    for row in rows:
        (holding,) = [s for s in sentences if s.start <= row.start < s.end]
        assert (row.paragraph_index, row.sentence_index) == (
            holding.paragraph_index, holding.sentence_index), row
