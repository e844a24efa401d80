"""A cue, 'and' and a second past verb that share one object ('derided and insulted the
plan', 'endorsed and has campaigned for Ann Lee'): what was said is the shared object, not
the second verb. A passive's agent ('was mocked and criticized by X'), a noun after 'and'
and a new clause keep their readings. Invented sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences
from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[str]:
    article = Article.from_text(text)
    return [s.content for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee derided and insulted the new toll plan in a speech.", "the new toll plan"),
        ("Ann Lee endorsed and has campaigned for her challenger in Ohio.",
         "her challenger in Ohio"),
        ("Many members were surprised and dismayed at the loss of the bridge.",
         "the loss of the bridge"),
        ("Ann Lee praised and later defended the plan to widen the road.",
         "the plan to widen the road"),
    ],
)
def test_the_content_is_the_shared_object(text: str, content: str) -> None:
    """Every reading of the sentence takes the shared object (before the scorer's cut: a
    learned-only cue such as 'dismayed' sits near the learned threshold)."""
    assert {c for c, _, _ in candidate_rows(text)} == {content}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said and the mayor agreed that the bridge was safe.",
         "and the mayor agreed that the bridge was safe"),
        ("Ann Lee said and did the same things as Tom Hall.",
         "and did the same things as Tom Hall"),
    ],
)
def test_a_clause_or_another_verb_after_and_is_left_as_read(text: str, content: str) -> None:
    assert contents(text) == [content]


def test_a_passive_agent_after_the_pair_is_no_content() -> None:
    assert "the mayor" not in contents("Tom Hall was mocked and criticized by the mayor.")


def test_a_passive_pair_shares_no_object() -> None:
    text = "Any fault is spotted and flagged to the engineers who can act."
    assert "the engineers who can act" not in contents(text)
