"""A cue that hands its complement to a verb of saying after 'to' ('continued to insist
that C', 'refused to endorse Ann Lee', 'was quick to point out that C'): what was said is
that verb's complement, and it ends where that verb's own complement ends. Verbs of doing
after 'to' keep the infinitive ('refused to speak to reporters', 'declined to comment on
C'). Invented sentences."""

from __future__ import annotations

import pytest

from flows.attribution.assemble import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences
from tests.attribution_rows import candidate_rows


def rows(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text)
    return [(s.speaker_mention, s.content)
            for s in attribute_statements(article, segment_sentences(article))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee continued to say that the bridge was safe.", "the bridge was safe"),
        ("Ann Lee continues to insist the bridge was safe.", "the bridge was safe"),
        ("The mayor was quick to point out that the bridge was safe.", "the bridge was safe"),
        ("Ann Lee refused to endorse Tom Hall.", "Tom Hall"),
        ("The mayor declined to name the three engineers on the panel.",
         "the three engineers on the panel"),
        ("Ann Lee continued to question whether the bridge was safe.",
         "whether the bridge was safe"),
    ],
)
def test_the_content_is_the_complement_of_the_verb_of_saying(text: str, content: str) -> None:
    assert [c for _, c in rows(text)] == [content]


def test_the_content_ends_where_the_verb_of_saying_ends_it() -> None:
    text = ("Ann Lee continues to insist that the bridge will reopen in May and refuses to "
            "answer questions about the cost.")
    assert [c for _, c in rows(text)] == [
        "the bridge will reopen in May", "to answer questions about the cost"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee refused to speak to reporters about the bridge.",
         "to speak to reporters about the bridge"),
        ("Ann Lee declined to comment on the bridge.", "to comment on the bridge"),
        ("Ann Lee vowed to endorse Tom Hall.", "to endorse Tom Hall"),
        ("Ann Lee refused to endorse.", "to endorse"),
    ],
)
def test_other_verbs_and_other_cues_keep_the_infinitive(text: str, content: str) -> None:
    assert [c for _, c in rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # 'continue' says nothing of its own: the verb of speech after it is the cue (a verb
        # that is no cue is a deed, senses._aspect_of_deed: 'continued to play a role')
        ("Ann Lee continued to criticize the mayor over the bridge.", "the mayor over the bridge"),
        ("Tom Hall continued to warn that the dam would fail.", "the dam would fail"),
    ],
)
def test_continue_hands_its_content_to_any_verb(text: str, content: str) -> None:
    assert content in [c for _, c in candidate_contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [  # other catenatives keep the infinitive of a verb of doing
        ("Ann Lee refused to attack the mayor over the bridge.",
         "to attack the mayor over the bridge"),
        ("Tom Hall seemed to recognize the importance of the vote.",
         "to recognize the importance of the vote"),
    ],
)
def test_other_catenatives_keep_a_verb_of_doing(text: str, content: str) -> None:
    assert content in [c for _, c in candidate_contents(text)]


def candidate_contents(text: str) -> list[tuple[str | None, str]]:
    return [(speaker, content) for content, speaker, _ in candidate_rows(text)]
