"""A fronted 'Despite ...,' or 'For ...,' before a content that precedes its frame is the
writer's frame for the clause, not what was said ('Despite the delays, C, X said'). A 'for'
with an infinitive is a condition of what was said and stays ('For the price to rise, C, X
said'), and so do other fronted phrases ('In May, C, X said'). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[str]:
    return [content for content, _, _ in candidate_rows(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Despite the long delays, the bridge will open in May, Ann Lee said.",
         "the bridge will open in May"),
        ("For many farmers, the new rules are too strict, the union said.",
         "the new rules are too strict"),
        ("Despite Tom Hall's call to close it, the market remains open, according to the council.",
         "the market remains open"),
    ],
)
def test_a_fronted_adjunct_is_left_out(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("For the tender price to be raised, the buyer must provide more data, the company said.",
         "For the tender price to be raised, the buyer must provide more data"),
        ("In May, the bridge will open, Ann Lee said.", "In May, the bridge will open"),
    ],
)
def test_other_fronted_phrases_stay(text: str, content: str) -> None:
    assert content in contents(text)
