"""The pipeline's steps over one batch of articles: pure functions, no Prefect, no disk.

Each takes records and returns new records (and rejects); the wiring in ``flows.pipeline``
decides how they run (plain calls or Prefect tasks) and in which order.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from flows.attribution import attribute_statements
from flows.clean import clean_article
from flows.ingest import Batch, read_batch
from flows.records import (
    Article,
    ArticleKey,
    RawArticle,
    Reject,
    Sentence,
    Statement,
    body_sha256,
)
from flows.segment import segment_sentences
from flows.tables import (
    ROW_TABLES,
    tabulate_articles,
    tabulate_rejects,
    tabulate_sentences,
    tabulate_statements,
    to_arrow,
)
from flows.validate import BatchTables, validate_batch

T = TypeVar("T")
Rows = dict[str, pa.Table]  # a batch's rows of the ROW_TABLES, in their Arrow schemas

logger = logging.getLogger(__name__)


def clean_articles(raw: Sequence[RawArticle], *, max_chars: int = 2_000_000,
                   ) -> tuple[list[Article], list[Reject]]:
    articles: list[Article] = []
    rejects: list[Reject] = []
    for item in raw:
        result = clean_article(item, max_chars=max_chars)
        (rejects if isinstance(result, Reject) else articles).append(result)  # type: ignore[arg-type]
    return articles, rejects


def read_and_clean(raw_dir: Path, batch: Batch) -> StepTimes:
    """Read a batch and clean its articles in one task, where it runs: the raw texts never
    travel to the flow's process (it gets the number of articles read per input file), and
    a batch costs Prefect one task run less. The value is (articles read per source path,
    read rejects, cleaned articles, clean rejects); the seconds are per step."""
    began = time.perf_counter()
    raw, read_rejects = read_batch(raw_dir, batch)
    read_seconds = time.perf_counter() - began
    counts = Counter(item.source_path for item in raw)
    articles, clean_rejects = clean_articles(raw)
    del raw
    return StepTimes((counts, read_rejects, articles, clean_rejects),
                     {"read_batch": read_seconds,
                      "clean_articles": time.perf_counter() - began - read_seconds})


@dataclass(frozen=True)
class Analysed:
    """A batch read, cleaned and analysed in one task (``read_and_analyse``): what the flow
    needs to de-duplicate it against earlier batches and to write the rows it keeps."""

    raw_read: Counter[str]  # articles read per source path
    read_rejects: list[Reject]
    keys: list[ArticleKey]  # every cleaned article, in input order
    clean_rejects: list[Reject]
    analysed: tuple[tuple[str, bytes], ...]  # (id, body digest) of the articles analysed
    rows: Rows
    refused: list[Reject]

    def kept_rows(self, kept: Sequence[tuple[str, bytes]]) -> tuple[Rows, list[Reject]] | None:
        """The rows and refused rows of the kept articles, given as (id, body digest), as
        analysing only them gives (each article is analysed alone; no two analysed share an
        id); None when a kept article was not analysed (the one analysed under its id may
        have another text) or the order differs: the batch is then done again."""
        wanted = {article_id for article_id, _ in kept}
        if [k for k in self.analysed if k[0] in wanted] != list(kept):
            return None
        if len(wanted) == len(self.analysed):
            return self.rows, self.refused
        ids = pa.array(list(wanted), pa.string())
        rows = {name: table.filter(pc.is_in(table.column("article_id"), value_set=ids))
                for name, table in self.rows.items()}
        return rows, [r for r in self.refused if r.article_id in wanted]


def read_and_analyse(raw_dir: Path, batch: Batch) -> StepTimes:
    """Read, clean, segment, attribute and validate a batch in one task, where it runs, when
    nothing of it may be reused: the articles never travel to the flow's process, which
    de-duplicates them afterwards against earlier batches from their keys (``Analysed``) and
    drops the rows of the duplicates, and a batch costs Prefect one task run.

    Duplicates are rare (2% of the corpus), so analysing an article that turns out to be one
    costs little; an article whose id or text repeats an earlier one of the batch is not
    analysed (two rows with one id would fail validation together)."""
    cleaned = read_and_clean(raw_dir, batch)
    seconds = dict(cleaned.seconds)
    counts, read_rejects, articles, clean_rejects = cleaned.value
    del cleaned  # (the articles are let go below, once the analysed ones are picked)
    began = time.perf_counter()
    keys = [ArticleKey(a.article_id, body_sha256(a), a.source_path) for a in articles]
    seconds["clean_articles"] += time.perf_counter() - began  # (the digests)
    ids: set[str] = set()
    bodies: set[bytes] = set()
    unique = []
    analysed = []
    for article, key in zip(articles, keys, strict=True):
        if key.article_id not in ids and key.digest not in bodies:
            unique.append(article)
            analysed.append((key.article_id, key.digest))
        ids.add(key.article_id)
        bodies.add(key.digest)
    del articles
    analysis = analyse_articles(unique)
    rows, refused = analysis.value
    return StepTimes(Analysed(counts, read_rejects, keys, clean_rejects, tuple(analysed),
                              rows, refused),
                     {**seconds, **analysis.seconds})


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


def analyse_articles(articles: Sequence[Article]) -> StepTimes:
    """Segment, attribute and validate a batch's kept articles: one task for the three steps,
    which run back to back where the batch is (its sentences and statements never travel
    between processes, and a batch costs Prefect one task run instead of three). The value is
    the valid rows as Arrow tables (compact to send back, and what the writer takes) and the
    rejects; the seconds are per step."""
    seconds: dict[str, float] = {}
    began = time.perf_counter()
    sentences, unsegmented = _each_article("segment", articles, segment_sentences)
    seconds["segment_articles"], began = time.perf_counter() - began, time.perf_counter()
    articles = [a for a in articles if a.article_id in sentences]
    attributed, unattributed = _each_article(
        "attribute", articles, lambda a: attribute_statements(a, sentences[a.article_id]))
    seconds["attribute_articles"], began = time.perf_counter() - began, time.perf_counter()
    articles = [a for a in articles if a.article_id in attributed]
    statements = [s for a in articles for s in attributed[a.article_id]]
    tables, rejects = validate_articles(articles, sentences, statements)
    rows = {name: to_arrow(name, getattr(tables, name)) for name in ROW_TABLES}
    seconds["validate_articles"] = time.perf_counter() - began
    return StepTimes((rows, unsegmented + unattributed + rejects), seconds)


def _each_article(stage: str, articles: Sequence[Article], work: Callable[[Article], T],
                  ) -> tuple[dict[str, T], list[Reject]]:
    """``work`` on each article, by id. An article it raises on is rejected, with the error,
    and logged with its traceback: a bug met on one text costs that article, not the run (the
    run's reject share still stops a run where many fail)."""
    done: dict[str, T] = {}
    rejects: list[Reject] = []
    for article in articles:
        try:
            done[article.article_id] = work(article)
        except Exception as error:  # any bug: the article is set aside and logged
            logger.exception("%s failed on article %s (%s); it is rejected", stage,
                             article.article_id, article.source_path)
            rejects.append(Reject(article.source_path, stage, f"{stage}_error",
                                  f"{stage} raised {type(error).__name__}: {error}"[:500],
                                  article_id=article.article_id,
                                  details={"error": type(error).__name__}))
    return done, rejects


def empty_rows() -> Rows:
    return dict(_empty_rows())


@functools.cache
def _empty_rows() -> tuple[tuple[str, pa.Table], ...]:
    """Made once (Arrow tables are immutable): a replayed batch asks for them."""
    return tuple((name, to_arrow(name, pd.DataFrame())) for name in ROW_TABLES)


@dataclass(frozen=True)
class StepTimes:
    """A value made by several steps in one call, with the seconds each step took (the
    run's per-step times count these instead of the call's)."""

    value: Any
    seconds: dict[str, float]


def rejects_frame(rejects: Sequence[Reject]) -> pd.DataFrame:
    return tabulate_rejects(rejects)
