"""What the attribution tests compare: an invented text's statements as tuples."""

from __future__ import annotations

from flows.attribution import attribute_statements
from flows.attribution.assemble import candidate_statements
from flows.records import Article
from flows.segment import segment_sentences


def rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker_mention, cue) of each statement found in ``text``."""
    article = Article.from_text(text)
    return [
        (s.content, s.speaker_mention, s.cue)
        for s in attribute_statements(article, segment_sentences(article))
    ]


def named_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker_name, cue) of each statement found in ``text``."""
    article = Article.from_text(text)
    return [
        (s.content, s.speaker_name, s.cue)
        for s in attribute_statements(article, segment_sentences(article))
    ]


def candidate_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker_mention, cue) of every candidate the frame readers make of
    ``text``, before the scorer's cuts: what a reading rule does, whatever the learned weights."""
    article = Article.from_text(text)
    return [
        (s.content, s.speaker_mention, s.cue)
        for s, _ in candidate_statements(article, segment_sentences(article))
    ]


def mentions(text: str) -> list[str | None]:
    """The speaker_mention of each statement found in ``text``."""
    article = Article.from_text(text)
    return [s.speaker_mention for s in attribute_statements(article, segment_sentences(article))]


def mention_cues(text: str) -> list[tuple[str | None, str]]:
    """(speaker_mention, cue) of each statement found in ``text``."""
    article = Article.from_text(text)
    return [(s.speaker_mention, s.cue)
            for s in attribute_statements(article, segment_sentences(article))]


def name_and_role(text: str) -> tuple[str | None, str | None]:
    """(speaker_name, speaker_role) of the one statement found in ``text``."""
    article = Article.from_text(text)
    (s,) = attribute_statements(article, segment_sentences(article))
    return s.speaker_name, s.speaker_role
