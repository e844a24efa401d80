"""A restrictive relative ("voters who said C"): the speaker mention is "who", standing for
the noun phrase before it, as after a comma ("Ann Lee, who said C"). Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    article = Article.from_text(text)
    return [
        (s.speaker_mention, s.speaker_name)
        for s in attribute_statements(article, segment_sentences(article))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before the noun phrase is no part of it
        ("The mayor met voters who said the dam would hold.", ("who", "voters")),
        ("The plan angered bankers who concluded that rates would rise.", ("who", "bankers")),
        # a noun phrase with its post-modifier, opening the sentence
        (
            "An aide to Mayor Ann Lee who warned that the dam leaks was fired.",
            ("who", "aide to Mayor Ann Lee"),
        ),
    ],
)
def test_restrictive_who_stands_for_the_noun_phrase(text: str, expected: tuple[str, str]) -> None:
    assert speakers(text)[0] == expected


def test_who_asked_not_to_be_named_is_no_statement() -> None:
    """'who asked not to be named' (and 'to be named') report nothing: the one statement is
    the main clause's, its speaker the noun phrase."""
    found = speakers("An aide to Mayor Ann Lee who asked not to be named said the dam leaks.")
    assert found == [("An aide to Mayor Ann Lee", "aide to Mayor Ann Lee")]


def test_each_relative_keeps_its_statement() -> None:
    """A list of "X who said" parts inside a content: each its own statement, as before."""
    text = (
        "The plan drew a crowd: farmers who demanded a new dam, traders who feared a flood, "
        "and bankers who predicted a loss."
    )
    assert [s[1] for s in speakers(text)] == ["farmers", "traders", "bankers"]


def test_comma_relative_unchanged() -> None:
    assert speakers("The mayor met Ann Lee, who said the dam would hold.")[0] == ("who", "Ann Lee")


def test_no_noun_before_who() -> None:
    """ "Those who said": no noun for "who" to stand for, so no "who" speaker is read."""
    assert all(s[0] != "who" for s in speakers("Those who said the dam would hold were wrong."))
