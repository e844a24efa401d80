"""Companies typed as organisations: a name with its stock ticker ("Acme Tool <ACME.N>") and
names ending in a legal form ("SA", "NV", "SpA", "LP"). Invented sentences only."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def typed(text: str) -> tuple[str | None, str]:
    article = Article.from_text(text)
    first = attribute_statements(article, segment_sentences(article))[0]
    return first.speaker_name, first.speaker_type


@pytest.mark.parametrize(
    "text",
    [
        "Riverton Motor America <RMA> said its sales fell.",
        "Bolt Brothers <BOLT.L> said its sales fell.",
        "Acme Tool Holdings SA said its sales fell.",
        "Riverton Chemicals NV said its sales fell.",
        "Bolt Energia SpA said its sales fell.",
        "Riverton Capital LP said it holds six pct of Acme.",
    ],
)
def test_company_is_organization(text: str) -> None:
    assert typed(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        # a person of a company stays a person
        "Ann Lee of Acme Tool <ACME.N> said sales fell.",
        # a ticker-like word after no name: no organisation by the ticker
        "Ann Lee said sales fell.",
    ],
)
def test_person_stays_person(text: str) -> None:
    assert typed(text)[1] == "person"
