"""The pipeline's steps over one batch of articles: pure functions, no Prefect, no disk.

Each takes records and returns new records (and rejects); the wiring in ``flows.pipeline``
decides how they run (plain calls or Prefect tasks) and in which order.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

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


TALLY_SCHEMA = pa.schema([("speaker_id", pa.string()), ("field", pa.string()),
                          ("value", pa.string()), ("count", pa.int64())])


def tally_speakers(statements: pa.Table) -> pa.Table:
    """Counts per (speaker_id, field, value) for the speakers table: names, types, roles and
    organisations as quoted, and ``articles`` (value ``n``): distinct articles of the speaker.
    Arrow group-bys: the driver tallies every batch, so this must stay cheap."""
    ids = pc.cast(statements.column("speaker_id"), pa.string())
    parts = []
    for name, column in SPEAKER_FIELDS.items():
        values = pc.cast(statements.column(column), pa.string())
        if name != "type":  # an empty text is no value; an unnamed speaker is unattributed
            given = pc.and_kleene(pc.is_valid(values), pc.not_equal(values, ""))
            missing = pa.scalar(UNATTRIBUTED if name == "name" else None, pa.string())
            values = pc.if_else(pc.fill_null(given, False), values, missing)
        pairs = pa.table({"speaker_id": ids, "value": values}).filter(pc.is_valid(values))
        counts = pairs.group_by(["speaker_id", "value"]).aggregate([([], "count_all")])
        parts.append(_tally_part(counts["speaker_id"], name, counts["value"],
                                 counts["count_all"]))
    # an article never spans two batches, so distinct articles add up across batches
    articles = pa.table({"speaker_id": ids, "article_id": statements.column("article_id")})
    per_speaker = articles.group_by("speaker_id").aggregate([("article_id",
                                                              "count_distinct")])
    parts.append(_tally_part(per_speaker["speaker_id"], "articles",
                             pa.nulls(per_speaker.num_rows, pa.string()).fill_null("n"),
                             per_speaker["article_id_count_distinct"]))
    return pa.concat_tables(parts)


def _tally_part(ids: Any, name: str, values: Any, counts: Any) -> pa.Table:
    return pa.table({"speaker_id": ids, "field": pa.nulls(len(ids), pa.string())
                     .fill_null(name), "value": values,
                     "count": pc.cast(counts, pa.int64())}, schema=TALLY_SCHEMA)


@dataclass
class SpeakerTally:
    """The driver's running tally: batch tallies, summed now and then to stay small."""

    parts: list[pa.Table] = field(default_factory=list)
    compact_every: int = 16

    def add(self, batch: pa.Table) -> None:
        self.parts.append(batch)
        if len(self.parts) >= self.compact_every:
            self.parts = [self._summed()]

    def _summed(self) -> pa.Table:
        if not self.parts:
            return TALLY_SCHEMA.empty_table()
        summed = pa.concat_tables(self.parts).group_by(
            ["speaker_id", "field", "value"]).aggregate([("count", "sum")])
        return pa.table({"speaker_id": summed["speaker_id"], "field": summed["field"],
                         "value": summed["value"], "count": summed["count_sum"]},
                        schema=TALLY_SCHEMA)

    def total(self) -> pd.DataFrame:
        frame: pd.DataFrame = self._summed().to_pandas()
        return frame


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
