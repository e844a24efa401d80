"""Speakers: a person named surname first ("Wang Yi") is later referred to by the surname
alone ("Wang said"): the single word is the first word of the earlier name. Not a listed
given name ("Ann" of "Ann Lee"), not a coordination, and an organisation's short name
stays the organisation's. Invented sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def names(text: str) -> list[str | None]:
    article = Article.from_text(text)
    return [s.speaker_name for s in attribute_statements(article, segment_sentences(article))]


def test_surname_first() -> None:
    text = ("Foreign Minister Zhou Pingjun said ties were good. "
            "Zhou said talks would go on. He added that trade would grow.")
    assert names(text) == ["Zhou Pingjun"] * 3


def test_a_listed_given_name_is_no_surname() -> None:
    text = "Ann Lee said the plan would work. Ann said it was fine."
    assert names(text) == ["Ann Lee", "Ann"]


def test_not_the_first_of_a_coordination() -> None:
    text = "Zhou Pingjun and Bo Chan said ties were good. Zhou said talks would go on."
    assert names(text)[1] == "Zhou"


def test_an_organisation_short_name_stays_the_organisation() -> None:
    text = ("Riverton Line Corp said sales rose. Riverton Line said costs fell. "
            "Riverton said prices rose.")
    assert names(text)[2] == "Riverton Line Corp"


def test_a_surname_takes_the_one_full_name_in_the_article() -> None:
    # named in full where nobody spoke, with a listed given name
    text = ("The plan was drawn up by Paul Riverton, an economist. "
            "Riverton said the plan would work.")
    assert names(text) == ["Paul Riverton"]


def test_two_given_names_before_a_surname_give_none() -> None:
    text = ("Ann Riverton and Bo Riverton met on Monday. "
            "Riverton said the plan would work.")
    assert names(text)[-1] == "Riverton"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks were chaired by Riverland President Zhou Pingjun. "
         "Zhou said growth would be steady.", "Zhou Pingjun"),
        ("The talks were led by Chen Xuyan, president of the association. "
         "Chen said growth would be steady.", "Chen Xuyan"),
        # a product or company name, no title around it: not a person's
        ("Users of Acme Messenger, the chat tool, grew. Acme said growth would be steady.",
         "Acme"),
    ],
)
def test_a_surname_first_named_in_full_with_a_title(text: str, name: str) -> None:
    assert names(text) == [name]
