"""After a cue with a hearer ('told', 'warned', 'assured'), a subject pronoun between the
hearer and a 'that' opens a clause of its own: what was said starts at the pronoun ('told
host Tom Hall she believed that C'), not after the 'that'. A hearer alone, or a setting,
before the 'that' is skipped as before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_rows import candidate_rows


def contents(text: str) -> list[str]:
    return [content for content, _, _ in candidate_rows(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee told host Tom Hall she believed that the bridge would reopen.",
         "she believed that the bridge would reopen"),
        ("The mayor assured residents on Monday he was confident that the dam would hold.",
         "he was confident that the dam would hold"),
    ],
)
def test_a_clause_after_the_hearer_is_the_content(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee told him that the bridge would reopen.", "the bridge would reopen"),
        ("Ann Lee told reporters on Monday that the bridge would reopen.",
         "the bridge would reopen"),
        ("Tom Hall told us that the plan was dead.", "the plan was dead"),
    ],
)
def test_a_hearer_alone_is_skipped(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee tells the crowd, she has been known to be tough on crime.",
         "she has been known to be tough on crime"),
        ("Ann Lee told Tom Hall, he\u2019s been wrong about the bridge.",
         "he\u2019s been wrong about the bridge"),
    ],
)
def test_a_clause_after_the_hearer_and_a_comma_is_the_content(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [  # a setting before the comma is no hearer: left as read
        ("Ann Lee said in Iowa, she would win the state easily.",
         "in Iowa, she would win the state easily"),
    ],
)
def test_a_setting_before_the_comma_is_no_hearer(text: str, content: str) -> None:
    assert content in contents(text)
