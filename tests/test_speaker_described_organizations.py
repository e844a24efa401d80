"""Speakers: the name after a noun that describes an organisation is the speaker ("Swiss
drugmaker Novartis" is Novartis, an organisation), unless that organisation belongs to
another head ("Ann Lee of IT firm Acme") or the name is a person's. Invented mentions."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.speakers import describe_speaker
from flows.records import Article
from flows.segment import segment_sentences


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Swiss drugmaker Bolt Pharma", "Bolt Pharma"),
        ("US media giant Riverview", "Riverview"),
        ("the state broadcaster RTV", "RTV"),
        ("Riverland's biggest carmaker Zeta Motors", "Zeta Motors"),
        ("the official Riverland news agency RNA", "RNA"),
        ("German investment bank Acme Bank", "Acme Bank"),
        ("energy firm Bank of Riverton", "Bank of Riverton"),
    ],
)
def test_the_described_name_is_the_organisation(mention: str, name: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.name, sp.type, sp.role) == (name, "organization", None)


@pytest.mark.parametrize(
    "mention",
    [
        "Ann Lee of IT firm Acme",  # a person of the organisation
        "an analyst at research firm Acme",
        "a spokesman for the airline Bolt Air",
        "the head of US TV network Zeta",
        "veteran broadcaster David Hall",  # a listed given name: a person
        "Acme and drugmaker Bolt",  # two organisations
        "the construction company New York",  # a place alone
    ],
)
def test_not_the_organisation_of_another_head_nor_a_person(mention: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert not (sp.type == "organization" and sp.name and sp.name == mention.split()[-1])
    assert sp.name not in ("Acme", "Bolt Air", "Zeta", "Bolt", "New York")


def test_pronouns_and_anaphors_take_the_short_name() -> None:
    text = ("Swiss drugmaker Bolt Pharma said sales rose. "
            "The company said prices fell. It said it would hire staff.")
    article = Article.from_text(text)
    got = [(s.speaker_name, s.speaker_type)
           for s in attribute_statements(article, segment_sentences(article))]
    assert got == [("Bolt Pharma", "organization")] * 3


@pytest.mark.parametrize(
    ("mention", "name", "kind"),
    [
        # a text an organisation issues speaks for the organisation
        ("Harbour Board's statement", "Harbour Board", "organization"),
        ("the RHA's latest report", "RHA", "organization"),
        ("Riverton News Agency's report", "Riverton News Agency", "organization"),
        # counter-examples: a lower-case owner is a description, a person's text is no body's
        ("the ministry's statement", None, "organization"),
        ("China's Foreign Ministry", "China's Foreign Ministry", "organization"),
    ],
)
def test_an_issued_text_speaks_for_its_owner(mention: str, name: str | None, kind: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert (sp.name, sp.type) == (name, kind)


@pytest.mark.parametrize("mention", ["Ann Lee's statement", "Mr Lee's statement"])
def test_a_persons_statement_is_not_an_organisation_name(mention: str) -> None:
    sp = describe_speaker(mention, None, load_lexicon())
    assert sp.name not in ("Ann Lee", "Mr Lee")


def test_a_think_tank_before_its_name_describes_an_organisation() -> None:
    sp = describe_speaker("the Riverland think tank Rivet Economics", None, load_lexicon())
    assert (sp.name, sp.type) == ("Rivet Economics", "organization")


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind"),
    [
        # a lower-case organisation kind alone is an organisation, the last one so described
        ("Swiss drugmaker Bolt Pharma said sales rose. The drugmaker said costs fell.",
         "The drugmaker", "Bolt Pharma", "organization"),
        ("The think tank Rivet Economics said sales rose. The think tank said costs fell.",
         "The think tank", "Rivet Economics", "organization"),
        # counter-example: a capitalised surname that is also a kind word is a person
        ("Ann Brewer said sales rose. Brewer said costs fell.", "Brewer", "Ann Brewer",
         "person"),
    ],
)
def test_an_organisation_kind_alone_is_an_organisation(
    text: str, mention: str, name: str, kind: str
) -> None:
    article = Article.from_text(text)
    rows = attribute_statements(article, segment_sentences(article))
    r = rows[-1]
    assert (r.speaker_mention, r.speaker_name, r.speaker_type) == (mention, name, kind)


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        # a text, or a meeting a body holds, speaks for that body
        ("The text", "organization"),
        ("The meeting", "organization"),
        ("the plenum", "organization"),
        ("The session", "organization"),
        # the media are a group of outlets
        ("Local media", "group"),
        ("U.S. media", "group"),
        # counter-examples: a person of a meeting, a person's title
        ("The chairman of the meeting", "person"),
        ("The spokesman", "person"),
    ],
)
def test_a_text_a_meeting_or_the_media_is_no_person(mention: str, kind: str) -> None:
    assert describe_speaker(mention, None, load_lexicon()).type == kind

