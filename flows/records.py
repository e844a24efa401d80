"""Small frozen records passed between the pipeline's pure steps.

Offsets are half-open character offsets (Python ``str`` indices) into ``Article.text``,
the cleaned body that the dataset publishes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

SourceFormat = Literal["txt", "jsonl", "csv", "html"]
StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "group", "organization", "anonymous"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from an input file, before cleaning."""

    article_id: str
    source_path: str
    source_format: SourceFormat
    raw_text: str
    raw_sha256: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    extra: str | None = None  # JSON object of unknown feed fields, or None
    encoding: str = "utf-8"  # how the raw bytes were decoded (see flows.formats.decode_bytes)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: metadata fields plus the body text that all offsets index."""

    article_id: str
    source_path: str
    source_format: SourceFormat
    title: str | None
    publisher: str | None
    published_date: str | None  # ISO 8601 date (YYYY-MM-DD) or None when unknown
    caption: str | None
    photo_credit: str | None
    text: str
    raw_sha256: str
    url: str | None = None
    author: str | None = None
    dateline: str | None = None
    extra: str | None = None
    place: str | None = None  # the dateline's place, e.g. NEW DELHI
    encoding: str = "utf-8"
    raw_offset_map: str | None = None  # JSON runs [start, end, raw_start]: flows.provenance

    @classmethod
    def from_text(cls, text: str, *, article_id: str = "a", source_path: str = "t",
                  source_format: SourceFormat = "txt") -> Article:
        """A bare article of just a body text (no metadata): for tests and harnesses."""
        return cls(article_id, source_path, source_format, None, None, None, None, None, text,
                   "")


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    paragraph_index: int
    sentence_index: int  # position of the sentence in the whole article, from 0
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: who said what, where in the article text."""

    article_id: str
    kind: StatementKind
    content: str
    start: int
    end: int
    cue: str | None
    speaker_mention: str | None
    speaker_name: str | None
    speaker_type: SpeakerType
    speaker_role: str | None = None
    speaker_organization: str | None = None
    paragraph_index: int = 0
    sentence_index: int = 0
    confidence: float = 0.5
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """Something the pipeline refused: a file, an article or a row, and why."""

    source_path: str
    stage: str  # ingest | clean | segment | attribute | validate
    check: str  # short machine-readable name of the check that refused it
    reason: str  # human-readable explanation
    article_id: str | None = None
    table: str | None = None
    row_key: str | None = None
    details: dict[str, str] = field(default_factory=dict)


def body_sha256(article: Article) -> bytes:
    """The SHA-256 digest of the article's cleaned text, de-duplication's key (raw bytes: half
    a hex string's memory in its state, which grows with the corpus)."""
    return hashlib.sha256(article.text.encode()).digest()


@dataclass(frozen=True, slots=True)
class ArticleKey:
    """What de-duplication needs of a cleaned article: where the article is not."""

    article_id: str
    digest: bytes  # body_sha256
    source_path: str
