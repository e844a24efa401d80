"""Lower-case particles inside a name ('da', 'dos', 'di', 'del', 'der', 'ibn') keep it one
name, so the title before it is its role ('President Ann da Silva': Ann da Silva).
Invented names only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences
from tests.attribution_rows import name_and_role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ann da Silva promised that wages would rise.",
         ("Ann da Silva", "President")),
        ("Finance minister Tom dos Santos said wages would rise.",
         ("Tom dos Santos", "Finance minister")),
        ("Mayor Ann di Stefano said wages would rise.", ("Ann di Stefano", "Mayor")),
    ],
)
def test_particle_keeps_the_name(text: str, expected: tuple[str | None, str | None]) -> None:
    assert name_and_role(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ann de Silva said wages would rise.", ("Ann de Silva", "President")),
        # 'do' is no particle: a verb may follow a capitalised subject
        ("Analysts do expect wages to rise, Ann Lee said.", ("Ann Lee", None)),
    ],
)
def test_counter_examples(text: str, expected: tuple[str | None, str | None]) -> None:
    assert name_and_role(text) == expected


def test_particle_surname_stands_for_the_full_name() -> None:
    article = Article.from_text(
        "Riverland President Ann Marie da Silva said wages would rise. President da Silva "
        "defended the plan. Van Morrison said the tour would go ahead."
    )
    names = [s.speaker_name for s in attribute_statements(article, segment_sentences(article))]
    # a surname with its particle takes the full name; a name opened by 'Van' that nobody
    # was named in full with stays itself
    assert names == ["Ann Marie da Silva", "Ann Marie da Silva", "Van Morrison"]
