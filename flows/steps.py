"""The pipeline's steps over one batch of articles: pure functions, no Prefect, no disk.

Each takes records and returns new records (and rejects); the wiring in ``flows.pipeline``
decides how they run (plain calls or Prefect tasks) and in which order.
"""

from __future__ import annotations

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


SPEAKER_FIELDS = {"name": "speaker_name", "type": "speaker_type", "role": "speaker_role",
                  "organization": "speaker_organization"}
TALLY_COLUMNS = ["speaker_id", "field", "value", "count"]


def tally_speakers(statements: pd.DataFrame) -> pd.DataFrame:
    """Counts per (speaker_id, field, value) for the speakers table: names, types, roles and
    organisations as quoted, and ``articles`` (value ``n``): distinct articles of the speaker.
    Vectorised: the driver tallies every batch, so this must stay cheap."""
    ids = statements["speaker_id"].astype(str)
    parts = []
    for name, column in SPEAKER_FIELDS.items():
        values = statements[column].astype(object)
        if name == "type":
            values = values.astype(str)
        else:
            missing = UNATTRIBUTED if name == "name" else None
            values = pd.Series([v if isinstance(v, str) and v else missing
                                for v in values.tolist()], index=values.index, dtype=object)
        counts = pd.DataFrame({"speaker_id": ids, "value": values}).dropna()
        parts.append(counts.groupby(["speaker_id", "value"], sort=False).size()
                     .reset_index(name="count").assign(field=name))
    # an article never spans two batches, so distinct articles add up across batches
    articles = pd.DataFrame({"speaker_id": ids, "article_id": statements["article_id"]})
    per_speaker = articles.groupby("speaker_id", sort=False)["article_id"].nunique()
    parts.append(pd.DataFrame({"speaker_id": per_speaker.index, "value": "n",
                               "count": per_speaker.to_numpy(), "field": "articles"}))
    return pd.concat(parts, ignore_index=True)[TALLY_COLUMNS]


@dataclass
class SpeakerTally:
    """The driver's running tally: batch tallies, summed now and then to stay small."""

    parts: list[pd.DataFrame] = field(default_factory=list)
    compact_every: int = 16

    def add(self, batch: pd.DataFrame) -> None:
        self.parts.append(batch)
        if len(self.parts) >= self.compact_every:
            self.parts = [self.total()]

    def total(self) -> pd.DataFrame:
        if not self.parts:
            return pd.DataFrame({c: pd.Series(dtype=object if c != "count" else "int64")
                                 for c in TALLY_COLUMNS})
        both = pd.concat(self.parts, ignore_index=True)
        summed = both.groupby(["speaker_id", "field", "value"], sort=False)["count"].sum()
        return summed.reset_index()


def speaker_rows(tally: SpeakerTally) -> list[dict[str, object]]:
    """One row per speaker: the most frequent of each field (ties: the smallest value)."""
    counts = tally.total()
    if counts.empty:
        return []
    ranked = counts.sort_values(["speaker_id", "field", "count", "value"],
                                ascending=[True, True, False, True], kind="stable")
    top = ranked.drop_duplicates(["speaker_id", "field"]).pivot(
        index="speaker_id", columns="field", values="value")
    statements = counts[counts["field"] == "type"].groupby("speaker_id")["count"].sum()
    articles = counts[counts["field"] == "articles"].groupby("speaker_id")["count"].sum()
    columns = {"speaker_id": top.index.tolist(), "name": _column(top, "name"),
               "type": _column(top, "type"), "role": _column(top, "role"),
               "organization": _column(top, "organization"),
               "n_statements": statements.reindex(top.index).astype(int).tolist(),
               "n_articles": articles.reindex(top.index).astype(int).tolist()}
    return [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(),
                                                                        strict=True)]


def _column(top: pd.DataFrame, name: str) -> list[object]:
    """A pivoted column with missing values as None (the field was never given)."""
    if name not in top:
        return [None] * len(top)
    return [v if isinstance(v, str) else None for v in top[name].tolist()]


def rejects_frame(rejects: Sequence[Reject]) -> pd.DataFrame:
    return tabulate_rejects(rejects)
