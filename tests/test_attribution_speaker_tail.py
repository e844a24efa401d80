"""Attribution: the speaker named after its cue ends before the setting (invented sentences)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speaker(text: str) -> tuple[str | None, str | None, str | None]:
    [statement] = attribute_statements(Article.from_text(text),
                                       segment_sentences(Article.from_text(text)))
    return statement.speaker_mention, statement.speaker_name, statement.speaker_role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The plan works," said Ann Lee in a statement on Monday.',
         ("Ann Lee", "Ann Lee", None)),
        ('"The plan works," said the governor while delivering a speech at a church.',
         ("the governor", "governor", "governor")),
        ('"The plan works," said Culture Secretary Ann Lee after the meeting.',
         ("Culture Secretary Ann Lee", "Ann Lee", "Culture Secretary")),
        ('"The plan works," said President Tom Hall Tuesday.',
         ("President Tom Hall", "Tom Hall", "President")),
        ('"The plan works," said Ann Lee last week.', ("Ann Lee", "Ann Lee", None)),
        ('"The plan works," said the Heritage Administration (NHA) on Wednesday.',
         ("the Heritage Administration (NHA)", "Heritage Administration (NHA)", None)),
        # counter-examples: a weekday that is a surname, a participle that is an adjective, a
        # preposition before a name, a relative clause
        ('"The plan works," said coach Mike Friday.', ("coach Mike Friday", "Mike Friday",
                                                        "coach")),
        ('"The plan works," said Acme managing director Ann Lee.',
         ("Acme managing director Ann Lee", "Ann Lee", "Acme managing director")),
        ('"The plan works," said the boss of the body that cleared them of missing a test.',
         ("the boss of the body that cleared them of missing a test",
          "boss of the body that cleared them of missing a test", None)),
    ],
)
def test_inverted_speaker_ends_before_the_setting(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert speaker(text) == expected


def test_a_preposition_before_a_name_is_kept() -> None:
    mention, _, _ = speaker('"The plan works," said an analyst at Barclays.')
    assert mention == "an analyst at Barclays"
