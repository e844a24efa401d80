"""An acronym before a lower-case title names the organisation the person works for ('UBS
economist Ann Lee': economist at UBS), in a mention and in an appositive; an acronym of a
place, a title or a field ('US', 'CEO', 'TV') stays in the role. Invented names only."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences


def fields(text: str) -> tuple[str | None, str | None, str | None]:
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_name, s.speaker_role, s.speaker_organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACB economist Ann Lee said rates would rise.", ("Ann Lee", "economist", "ACB")),
        ("RTN spokesman Tom Hall said the talks went well.", ("Tom Hall", "spokesman", "RTN")),
        ("A RBC spokesman said the show would return.", ("RBC spokesman", "spokesman", "RBC")),
        ("Ann Lee, a QNN contributor, said the show would return.",
         ("Ann Lee", "contributor", "QNN")),
    ],
)
def test_acronym_before_a_title_is_the_organisation(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medium, a field or a state is part of the role
        ("NY governor Ann Lee said the plan would fail.", ("Ann Lee", "NY governor", None)),
        ("TV presenter Ann Lee said the show would return.", ("Ann Lee", "TV presenter", None)),
        ("Ann Lee, a PR executive, said the show would return.",
         ("Ann Lee", "PR executive", None)),
        # a capitalised word after the acronym: no split at the acronym
        ("Ann Lee, a QNN News anchor, said the show would return.",
         ("Ann Lee", "QNN News anchor", None)),
    ],
)
def test_counter_examples(text: str, expected: tuple[str | None, ...]) -> None:
    assert fields(text) == expected
