"""A one-word name that shares or a stake are held in ('Shares in Acme rose', 'a stake in
Riverton') is a company, typed organization when it speaks alone; an honorific before the
name anywhere, or a capitalised word after it ('shares in Acme Bank'), leaves it as read
(issue 3, BBC business copy). Invented names only."""

from __future__ import annotations

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def types(text: str) -> list[tuple[str | None, str]]:
    article = Article.from_text(text)
    return [(s.speaker_name, s.speaker_type)
            for s in attribute_statements(article, segment_sentences(article))]


def test_shares_in_a_name_make_it_a_company() -> None:
    found = types("Shares in Acme rose 5% on Monday. Acme said profits would rise.")
    assert found == [("Acme", "organization")]
    found = types("Ann Lee bought a stake in Riverton last year. Riverton said it would grow.")
    assert found[-1] == ("Riverton", "organization")


def test_persons_stay_persons() -> None:
    """Counter-examples: an honorific names a person ('Mr Hall'), no holding at all, and a
    holding in a longer name ('Acme Bank')."""
    found = types("Mr Hall bought shares in Hall last year. Hall said prices would rise.")
    assert found[-1][1] == "person"
    assert types("Dealers like Hall. Hall said prices would rise.") == [("Hall", "person")]
    found = types("Shares in Acme Bank fell. Acme said prices would rise.")
    assert found == [("Acme", "person")]


def test_a_names_own_shares_make_it_a_company() -> None:
    """'Acme's shares', 'Riverton's shareholders': a possessive name before a holding noun."""
    found = types("Acme's shares rose 5% on Monday. Acme said profits would rise.")
    assert found == [("Acme", "organization")]
    found = types("Riverton's shareholders met in May. Riverton said it would grow.")
    assert found[-1] == ("Riverton", "organization")


def test_a_persons_possessions_keep_the_person() -> None:
    """Counter-examples: a full name before the possessive ('Ann Hall's shares' is hers)
    and a possessive before a noun that is no holding ('Hall's views')."""
    found = types("Ann Hall's shares rose. Dealers like Hall. Hall said prices would rise.")
    assert found[-1][1] == "person"
    found = types("Hall's views are well known. Hall said prices would rise.")
    assert found == [("Hall", "person")]
