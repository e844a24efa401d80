"""An agentless passive whose subject is what was announced, followed only by where or when
it was announced ('The merger was announced in a statement on the firm's website on
Tuesday'): nobody's words, no row. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "The merger was announced in a statement on Acme Trust's website on Tuesday, "
        "but no terms were given.",
        "The merger was announced on the company's website on Tuesday.",
        "The cuts were reported in the town paper on Monday, but no details were given.",
    ],
)
def test_a_passive_before_an_adjunct_gives_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It was announced on Monday that the pier would close.", "the pier would close"),
        ("Staff were told in a memo that the pier would close.", "the pier would close"),
        ("It was reported on Monday the pier would close.", "the pier would close"),
        ("The plan was described in a memo as \"reckless\".", 'in a memo as "reckless"'),
        ("The merger was announced by Acme on Tuesday.", "The merger"),
    ],
)
def test_a_clause_a_quotation_or_an_agent_keeps_the_row(text: str, content: str) -> None:
    assert [r[0] for r in rows(text)] == [content]
