"""Speakers: a country, state or region named alone speaks as an organisation (its
government), is the surname of a person named before it, and no pronoun stands for it.
Invented sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.speakers import describe_speaker
from flows.records import Article
from flows.segment import segment_sentences


def speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article.from_text(text)
    return [(s.speaker_name, s.speaker_type)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize("mention", ["Kenya", "the United States", "South Africa", "Texas"])
def test_a_place_alone_is_an_organisation(mention: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert sp.type == "organization"
    assert sp.name == mention.removeprefix("the ")


@pytest.mark.parametrize("mention", ["Victoria", "Ann Kenya", "Kenyan officials"])
def test_not_a_place_alone(mention: str) -> None:
    # a place that is also a given name, a person, a group named for a place
    assert describe_speaker(mention, None, load_lexicon()).type != "organization"


def test_a_place_as_a_surname_is_the_person_named_before() -> None:
    text = ("Ann Washington, a lawyer, said the plan would fail. "
            "Washington said the court would agree.")
    assert speakers(text) == [("Ann Washington", "person"), ("Ann Washington", "person")]


def test_no_pronoun_stands_for_a_place() -> None:
    text = ("Bo Chan said Kenya would sign the deal. "
            "Kenya said the talks went well. He said the plan would work.")
    assert speakers(text) == [("Bo Chan", "person"), ("Kenya", "organization"),
                              ("Bo Chan", "person")]


def test_a_place_is_not_the_last_word_of_an_organisation() -> None:
    text = ("The Health Ministry of Kenya said cases rose. "
            "Kenya said the rise was slowing.")
    assert speakers(text)[1] == ("Kenya", "organization")
