"""A definite description ('the meeting') stands for an earlier speaker whose head noun it
repeats, not for one whose reduced relative clause holds the noun ('a statement released
following a cabinet meeting': a statement, not a meeting) (issue 3, wire copy). Invented
sentences only."""

from __future__ import annotations

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def names(text: str) -> list[tuple[str | None, str | None]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.speaker_name)
            for s in attribute_statements(article, segment_sentences(article))]


def test_a_noun_inside_a_reduced_relative_is_no_head() -> None:
    found = names("The cabinet approved the plan, according to a statement released following"
                  " a cabinet meeting held on Monday. The meeting stressed the need for dams.")
    assert found[-1] == ("The meeting", "meeting")


def test_heads_and_premodifiers_still_resolve() -> None:
    """Counter-examples: the head itself ('the statement'), and a participle that premodifies
    the head ('a senior elected official': 'the official')."""
    found = names("The cabinet approved the plan, according to a statement released after"
                  " the meeting. The statement stressed the need for dams.")
    assert found[-1] == ("The statement", "statement released after the meeting")
    found = names("Ann Lee, a senior elected official, said taxes would rise. The official"
                  " added that costs were high.")
    assert found[-1] == ("The official", "Ann Lee")
