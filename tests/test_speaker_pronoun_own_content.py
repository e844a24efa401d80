"""A pronoun never resolves to the name that opens its own statement's content after it
('They say that Acme is a security risk': not Acme); it takes the compatible speaker
before that one, or none (issue 3). Invented names only."""

from __future__ import annotations

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def names(text: str) -> list[tuple[str | None, str | None]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.speaker_name)
            for s in attribute_statements(article, segment_sentences(article))]


def test_pronoun_skips_name_in_own_content() -> None:
    found = names("Critics said the deal was bad. The firm Acme said profits rose. "
                  "They say that Acme is a security risk.")
    assert found[-1] == ("They", "Critics")
    found = names("The firm Acme said profits rose. It said Acme would grow.")
    assert found[-1] == ("It", None)


def test_pronoun_counter_examples() -> None:
    """The name not in the pronoun's content, deep inside it (a company's claim about a
    campaign against it), or in a quotation before the pronoun leaves the resolution as
    it was."""
    found = names("The firm Acme said profits rose. It said its plant would grow.")
    assert found[-1] == ("It", "Acme")
    found = names("The firm Acme said profits rose. It said the campaign aimed to ruin Acme.")
    assert found[-1] == ("It", "Acme")
    found = names('The firm Acme said profits rose. "Acme will grow," it said.')
    assert found[-1] == ("it", "Acme")
