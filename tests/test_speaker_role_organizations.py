"""A person's role that opens with a one-word name the article types an organisation
elsewhere ('the firm Acme', 'shares in Acme', 'Acme, which') gives that name as the
speaker's organisation and the lower-case words after it as the role (issue 3). Invented
names only."""

from __future__ import annotations

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def roles(text: str) -> list[tuple[str | None, str | None, str | None]]:
    article = Article.from_text(text)
    return [(s.speaker_name, s.speaker_role, s.speaker_organization)
            for s in attribute_statements(article, segment_sentences(article))]


def test_organization_split_out_of_role() -> None:
    said = " Acme chief executive Steven Theede said the deal was done."
    expected = [("Steven Theede", "chief executive", "Acme")]
    assert roles("Shares in Acme fell." + said) == expected
    assert roles("The firm Acme lost money." + said) == expected
    assert roles("Acme, which makes pumps, lost money." + said)[-1] == expected[0]


def test_roles_kept_whole() -> None:
    """Counter-examples: no other evidence than the post itself, a place, a party, a role of
    capitalised words."""
    assert roles("Acme chief executive Steven Theede said the deal was done.") == [
        ("Steven Theede", "Acme chief executive", None)]
    assert roles("Texas governor Ann Lee said the road was closed.") == [
        ("Ann Lee", "Texas governor", None)]
    assert roles("Democratic senator Ann Lee said the road was closed.") == [
        ("Ann Lee", "Democratic senator", None)]
    assert roles("Senate Majority Leader Ann Lee said the bill would pass.") == [
        ("Ann Lee", "Senate Majority Leader", None)]
