"""The pipeline's steps over one batch of articles: pure functions, no Prefect, no disk.

Each takes records and returns new records (and rejects); the wiring in ``flows.pipeline``
decides how they run (plain calls or Prefect tasks) and in which order.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from flows.attribution import attribute_statements
from flows.clean import clean_article
from flows.records import Article, RawArticle, Reject, Sentence, Statement
from flows.segment import segment_sentences
from flows.tables import (
    UNATTRIBUTED,
    tabulate_articles,
    tabulate_rejects,
    tabulate_sentences,
    tabulate_statements,
)
from flows.validate import BatchTables, validate_batch

logger = logging.getLogger(__name__)


def clean_articles(raw: Sequence[RawArticle], *, max_chars: int = 2_000_000,
                   ) -> tuple[list[Article], list[Reject]]:
    articles: list[Article] = []
    rejects: list[Reject] = []
    for item in raw:
        result = clean_article(item, max_chars=max_chars)
        (rejects if isinstance(result, Reject) else articles).append(result)  # type: ignore[arg-type]
    return articles, rejects


@dataclass(frozen=True)
class Seen:
    """What earlier batches published: article ids and body hashes (for duplicates)."""

    ids: frozenset[str] = frozenset()
    bodies: dict[str, str] = field(default_factory=dict)  # sha256 of text -> article_id


def drop_duplicates(articles: Sequence[Article], seen: Seen,
                    ) -> tuple[list[Article], list[Reject], Seen]:
    """Keep the first of equal bodies and of equal ids; record every later copy as a reject."""
    ids, bodies = set(seen.ids), dict(seen.bodies)
    kept: list[Article] = []
    rejects: list[Reject] = []
    for article in articles:
        body = hashlib.sha256(article.text.encode()).hexdigest()
        if body in bodies:
            rejects.append(Reject(article.source_path, "clean", "duplicate_text",
                                  f"same text as article {bodies[body]}",
                                  article_id=article.article_id))
        elif article.article_id in ids:
            rejects.append(Reject(article.source_path, "clean", "duplicate_id",
                                  f"article_id {article.article_id} already used by an "
                                  "article with different text", article_id=article.article_id))
        else:
            ids.add(article.article_id)
            bodies[body] = article.article_id
            kept.append(article)
    return kept, rejects, Seen(frozenset(ids), bodies)


def segment_articles(articles: Sequence[Article]) -> dict[str, list[Sentence]]:
    return {a.article_id: segment_sentences(a) for a in articles}


def attribute_articles(articles: Sequence[Article], sentences: dict[str, list[Sentence]],
                       ) -> list[Statement]:
    statements: list[Statement] = []
    for article in articles:
        statements.extend(attribute_statements(article, sentences[article.article_id]))
    return statements


def validate_articles(articles: Sequence[Article], sentences: dict[str, list[Sentence]],
                      statements: Sequence[Statement]) -> tuple[BatchTables, list[Reject]]:
    n_sentences = {k: len(v) for k, v in sentences.items()}
    n_statements = Counter(s.article_id for s in statements)
    tables = BatchTables(
        tabulate_articles(articles, n_sentences, dict(n_statements)),
        tabulate_sentences(s for a in articles for s in sentences[a.article_id]),
        tabulate_statements(statements),
    )
    return validate_batch(tables)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def tally_speakers(statements: pd.DataFrame) -> dict[str, dict[str, Counter[str]]]:
    """Per speaker id: counts of names, types, roles, organisations, and articles (``n``)."""
    tally: dict[str, dict[str, Counter[str]]] = {}
    articles: dict[str, set[str]] = {}
    for row in statements[["speaker_id", "speaker_name", "speaker_type", "speaker_role",
                           "speaker_organization", "article_id"]].itertuples(index=False):
        speaker_id, article_id = str(row.speaker_id), str(row.article_id)
        entry = tally.setdefault(speaker_id, {k: Counter() for k in
                                                  ("name", "type", "role", "organization",
                                                   "articles")})
        entry["name"][_text(row.speaker_name) or UNATTRIBUTED] += 1
        entry["type"][str(row.speaker_type)] += 1
        if role := _text(row.speaker_role):
            entry["role"][role] += 1
        if organization := _text(row.speaker_organization):
            entry["organization"][organization] += 1
        articles.setdefault(speaker_id, set()).add(article_id)
    for key, ids in articles.items():  # an article never spans two batches
        tally[key]["articles"]["n"] = len(ids)
    return tally


def merge_tallies(into: dict[str, dict[str, Counter[str]]],
                  more: dict[str, dict[str, Counter[str]]]) -> None:
    """Add ``more`` into ``into`` (the one accumulator the driver owns)."""
    for key, entry in more.items():
        target = into.setdefault(key, {k: Counter() for k in entry})
        for k, counter in entry.items():
            target[k].update(counter)


def speaker_rows(tally: dict[str, dict[str, Counter[str]]]) -> list[dict[str, object]]:
    def top(counter: Counter[str]) -> str | None:
        return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counter else None

    return [{
        "speaker_id": key, "name": top(e["name"]), "type": top(e["type"]),
        "role": top(e["role"]), "organization": top(e["organization"]),
        "n_statements": sum(e["type"].values()), "n_articles": e["articles"]["n"],
    } for key, e in tally.items()]


def rejects_frame(rejects: Sequence[Reject]) -> pd.DataFrame:
    return tabulate_rejects(rejects)
