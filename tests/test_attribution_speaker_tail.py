"""Attribution: the speaker named after its cue ends before the setting (invented sentences)."""

from __future__ import annotations

import pytest
from attribution_rows import rows

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
        ('"The plan works," said USA Today.', ("USA Today", "USA Today", None)),
        ('"The plan works," said a spokesman for the Sunday Times.',
         ("a spokesman for the Sunday Times", "spokesman for the Sunday Times", "spokesman")),
        ('"The plan works," said Ann Lee Sunday, before the vote.', ("Ann Lee", "Ann Lee", None)),
        ('"The plan works," said Acme managing director Ann Lee.',
         ("Acme managing director Ann Lee", "Ann Lee", "Acme managing director")),
        ('"The plan works," said the boss of the body that cleared them of missing a test.',
         ("the boss of the body that cleared them of missing a test",
          "boss of the body that cleared them of missing a test", "boss of the body")),
    ],
)
def test_inverted_speaker_ends_before_the_setting(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert speaker(text) == expected


def test_a_preposition_before_a_name_is_kept() -> None:
    mention, _, _ = speaker('"The plan works," said an analyst at Barclays.')
    assert mention == "an analyst at Barclays"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jobless rate stood at 5.3 percent in October, said the NBS.",
         [("The jobless rate stood at 5.3 percent in October", "the NBS", "said")]),
        ("The rate stood at 5.3 percent, said the NBS, as the country put jobs first.",
         [("The rate stood at 5.3 percent", "the NBS", "said")]),
        ("The deployment is necessary for the national interest, said the motion.",
         [("The deployment is necessary for the national interest", "the motion", "said")]),
        ("Most of the buyers will be young, suggests the research, which polled 900 people.",
         [("Most of the buyers will be young", "the research", "suggests")]),
    ],
)
def test_a_short_determined_phrase_after_the_cue_is_its_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [  # a cue that does not go before its subject has its object after it
        "He said the figures, released on Friday, showed a recovery.",
        "The dockers said the old pier, closed in May, showed a crack.",
    ],
)
def test_an_object_after_a_cue_that_does_not_invert_is_no_speaker(text: str) -> None:
    assert all(speaker not in ("a recovery", "a crack") for _, speaker, _ in rows(text))


def test_a_long_object_after_an_appositive_is_no_speaker() -> None:
    """Counter-example: 'X, whose brands include Y, dismissed the offer as inadequate': the
    comma is the appositive's, and the noun phrase after the cue its object."""
    found = rows("Acme, whose brands include Zest and Bloom, dismissed the offer as inadequate.")
    assert all(speaker != "the offer as inadequate" for _, speaker, _ in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # counter-examples: no clause before the comma, so the phrase after the cue is content
        ("The mayor, Ann Lee, said the dam holds.", "Ann Lee"),
        ("The mayor, however, said the dam held.", "The mayor"),
    ],
)
def test_a_subject_with_its_appositive_keeps_its_cue(text: str, speaker: str) -> None:
    assert [s for _, s, _ in rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # after a named subject and its appositive, a setting after the cue is no subject
        (
            'The site grew. "It is a way to sell murder," James Comey, the director of the'
            " bureau, said at a news conference.",
            ('"It is a way to sell murder,"', "James Comey", "said"),
        ),
        (
            'The vote ended. "We will win the seat," Ann Lee, the head of the party, said at a'
            " campaign event.",
            ('"We will win the seat,"', "Ann Lee", "said"),
        ),
        (  # a preposition that completes a cue ('said of', 'said about') opens no subject
            "The course opened. ''We wanted the land,'' Michael C. Bryce, the city manager,"
            " said of the championship course, which opened in 1971 as host to the tour.",
            ("''We wanted the land,''", "Michael C. Bryce", "said"),
        ),
        # counter-example: the subject after the cue, then the setting
        (
            '"The dam will hold," said Ann Lee at a news conference.',
            ('"The dam will hold,"', "Ann Lee", "said"),
        ),
    ],
)
def test_a_setting_after_the_cue_is_no_inverted_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # an object pronoun or a subordinate clause after the cue is no inverted subject:
        # the subject is before the cue and the quotation ends before it
        (
            "The firm grew. ''I have to take my brother along,'' another friend, Bo Chan,"
            " recalled him saying.",
            "''I have to take my brother along,''",
        ),
        (
            'The march went on. "We will not stop," Ann Lee, a marcher, said as she and others'
            " moved through the streets.",
            '"We will not stop,"',
        ),
        # counter-example: a name in capitals after the cue ('US' is no 'us')
        (
            '"Royer used the tools to defraud the public," said US Attorney Ann Lee.',
            '"Royer used the tools to defraud the public,"',
        ),
    ],
)
def test_no_inverted_subject_opens_with_an_object_or_a_clause(text: str, content: str) -> None:
    assert content in [c for c, _, _ in rows(text)]
    assert all(not (s or "").startswith(("him", "as ")) for _, s, _ in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a medium or platform after the name says where it was said, not who said it
        ('"The plan works," said Ann Lee on Twitter.', ("Ann Lee", "Ann Lee", None)),
        ('"The plan works," said the mayor in tweets on Monday.',
         ("the mayor", "mayor", "mayor")),
        # counter-examples: 'at' may name where the speaker works; a medium in a name
        ('"The plan works," said an analyst at Facebook.',
         ("an analyst at Facebook", "analyst at Facebook", "analyst")),
        ('"The plan works," said the head of Twitter.',
         ("the head of Twitter", "head of Twitter", "head")),
    ],
)
def test_inverted_speaker_ends_before_a_medium(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [  # 'the other day' after the name says when, like 'last week'
        ('"The plan works," said Ann Lee the other day.', "Ann Lee"),
        ('"The plan works," said Ann Lee the same week.', "Ann Lee"),
        # counter-examples: the span adjective of a description or a name
        ('"The plan works," said the other man.', "the other man"),
        ('"The plan works," said Ann Lee of the Other Day Party.',
         "Ann Lee of the Other Day Party"),
    ],
)
def test_inverted_speaker_ends_before_a_determined_time_span(text: str, mention: str) -> None:
    assert speaker(text)[0] == mention
