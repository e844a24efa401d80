"""Speakers: two people of organisations joined by "and" are not one person of an
organisation "Acme and Bo Chan of Zeta"; a company named for a place ("... of South Africa
Ltd") is one organisation, not a person of a company. Invented mentions and sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.speakers import describe_speaker
from flows.records import Article
from flows.segment import segment_sentences


def read(mention: str) -> tuple[str | None, str, str | None]:
    sp = describe_speaker(mention, None, load_lexicon())
    return sp.name, sp.type, sp.organization


@pytest.mark.parametrize(
    ("mention", "name", "organization"),
    [
        ("Ann Lee of Acme and Bo Chan of Zeta", "Ann Lee and Bo Chan", None),
        ("Ann Lee of Acme and Bo Chan of Acme", "Ann Lee and Bo Chan", "Acme"),
        ("Ann Lee and Bo Chan of Acme", "Ann Lee and Bo Chan", "Acme"),
        ("Acme's Ann Lee and Zeta's Bo Chan", "Ann Lee and Bo Chan", None),
        # the first one's firm has an "and" of its own
        ("Ann Lee of Lee and Chan Associates and Bo Chan of Zeta", "Ann Lee and Bo Chan", None),
    ],
)
def test_two_people_of_organisations_are_read_apart(
    mention: str, name: str, organization: str | None
) -> None:
    assert read(mention) == (name, "person", organization)


@pytest.mark.parametrize(
    ("mention", "organization"),
    [
        # counter-examples: an "and" inside the organisation's name
        ("Ann Lee of Lee and Chan", "Lee and Chan"),
        ("Ann Lee of Lee and Chan Associates", "Lee and Chan Associates"),
        ("Ann Lee of Acme", "Acme"),
    ],
)
def test_an_and_in_the_organisation_stays_there(mention: str, organization: str) -> None:
    assert read(mention) == ("Ann Lee", "person", organization)


def test_two_names_without_organisation_stay_one_name() -> None:
    assert read("Ann Lee and Bo Chan") == ("Ann Lee and Bo Chan", "person", None)


@pytest.mark.parametrize(
    "mention",
    [
        "Riverton Fields of South Africa Ltd",
        "Acme Trading Corp of Pakistan Pty Ltd",
        "Riverton Mining of Canada Inc",
        "Bolt Rubber of Malaysia Bhd",
    ],
)
def test_a_company_named_for_a_place_is_one_organisation(mention: str) -> None:
    assert read(mention) == (mention, "organization", None)


@pytest.mark.parametrize(
    ("mention", "organization"),
    [
        ("Ann Lee of Acme Tools Ltd", "Acme Tools Ltd"),  # a person of a company
        ("Ann Lee of Acme Canada Ltd", "Acme Canada Ltd"),  # more than a place before "Ltd"
        ("Ann Lee of Kenya", "Kenya"),  # a person of a place: no legal form
        # a person of a company named for a place
        ("Ann Lee of Bolt Mining of Canada Ltd", "Bolt Mining of Canada Ltd"),
    ],
)
def test_a_person_of_a_company_or_place_is_still_split(mention: str, organization: str) -> None:
    assert read(mention) == ("Ann Lee", "person", organization)


def test_in_a_sentence() -> None:
    text = (
        "Ann Lee of Acme and Bo Chan of Zeta said the plan would fail. "
        "Riverton Fields of South Africa Ltd said its output fell."
    )
    article = Article.from_text(text)
    got = [(s.speaker_name, s.speaker_type, s.speaker_organization)
           for s in attribute_statements(article, segment_sentences(article))]
    assert got == [
        ("Ann Lee and Bo Chan", "person", None),
        ("Riverton Fields of South Africa Ltd", "organization", None),
    ]
