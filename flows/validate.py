"""Validate a batch's tables against the pandera models and the cross-table invariants.

Rows that fail go to rejects with the check that refused them; an article that fails takes
its sentences and statements with it, so every published row has its parent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import Engine
from pandera.errors import SchemaErrors

from flows.records import Reject
from schemas import ArticlesSchema, SentencesSchema, StatementsSchema

logger = logging.getLogger(__name__)


class ValidationFailure(RuntimeError):
    """A table cannot be validated at all (a wrong column or type: a bug, not bad data)."""


@dataclass(frozen=True)
class BatchTables:
    articles: pd.DataFrame
    sentences: pd.DataFrame
    statements: pd.DataFrame


def schema_failures(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> dict[int, str]:
    """Row position -> names of the checks it fails (lazy: all failures at once)."""
    if passes_schema(frame, model):
        return {}
    try:
        model.validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        row_cases = cases[cases["index"].notna()]
        if len(row_cases) < len(cases):
            bad = cases[cases["index"].isna()][["column", "check"]].drop_duplicates()
            raise ValidationFailure(f"{model.__name__} cannot be validated: "
                                    f"{bad.to_dict('records')}") from errors
        failures: dict[int, set[str]] = {}
        for index, column, check in zip(row_cases["index"], row_cases["column"],
                                        row_cases["check"], strict=True):
            where = f"{column}: {check}" if isinstance(column, str) else str(check)
            failures.setdefault(int(index), set()).add(where)
        return {i: "; ".join(sorted(c)) for i, c in failures.items()}
    return {}


def passes_schema(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> bool:
    """Whether every row passes the model, by pandera's own checks run one by one: its full
    validation spends ~1 ms a column on error bookkeeping even when nothing fails.

    Each column's type, nulls, uniqueness and checks, then the frame's checks; False means
    "not known to pass" (a failure, or a schema feature not handled here) and the caller
    runs the full validation, which finds the failure cases."""
    schema = model.to_schema()
    if (list(frame.columns) != list(schema.columns) or schema.coerce or schema.unique
            or schema.index is not None or schema.parsers or schema.dtype is not None
            or schema.drop_invalid_rows or schema.add_missing_columns):
        return False
    try:
        for name, column in schema.columns.items():
            series = frame[name]
            if (column.coerce or column.regex or column.parsers or column.dtype is None
                    or (not column.nullable and series.hasnans)
                    or (column.unique and series.duplicated().any())
                    or not np.all(column.dtype.check(Engine.dtype(series.dtype), series))
                    or not all(check(series).check_passed for check in column.checks)):
                return False
        return all(check(frame).check_passed for check in schema.checks)
    except Exception:  # a check that cannot run: the full validation reports it
        return False


def offsets_mismatch(rows: pd.DataFrame, texts: dict[str, str],
                     content_column: str, ids: list[str] | None = None) -> pd.Series:
    """True where text[start:end] != the row's content (the offsets invariant); ``ids``:
    the rows' article ids, when already read."""
    return pd.Series([
        a not in texts or texts[a][s:e] != c
        for a, s, e, c in zip(rows["article_id"].tolist() if ids is None else ids,
                              rows["start"].tolist(), rows["end"].tolist(),
                              rows[content_column].tolist(), strict=True)
    ], index=rows.index, dtype=bool)


def not_in(values: pd.Series | list[str], known: Mapping[str, object],
           index: pd.Index | None = None) -> pd.Series:
    """True where the value is not a key of known (pandas' isin on str columns costs a
    pyarrow scalar per value it looks for); a list of values takes the index of its rows."""
    if isinstance(values, pd.Series):
        return not_in(values.tolist(), known, values.index)
    return pd.Series([v not in known for v in values], index=index, dtype=bool)


def _refuse(frame: pd.DataFrame, mask: pd.Series, table: str, key: str, check: str,
            reason: str, paths: Mapping[str, str]) -> tuple[pd.DataFrame, list[Reject]]:
    """The rows not in mask; a reject for each row in it, under its article's source path
    (paths; "(unknown)" for an article not in it)."""
    if not mask.any():
        return frame.reset_index(drop=True), []
    bad = frame[mask]
    rejects = [Reject(paths.get(a, "(unknown)"), "validate", check, reason, article_id=str(a),
                      table=table, row_key=str(k))
               for a, k in zip(bad["article_id"], bad[key], strict=True)]
    return frame[~mask].reset_index(drop=True), rejects


def _refuse_schema(frame: pd.DataFrame, model: type[pa.DataFrameModel], table: str,
                   key: str) -> tuple[pd.DataFrame, list[Reject]]:
    frame = frame.reset_index(drop=True)
    failures = schema_failures(frame, model)
    rejects: list[Reject] = []
    if failures:
        mask = pd.Series(frame.index.isin(list(failures)), index=frame.index)
        for i in sorted(failures):
            row = frame.iloc[i]
            rejects.append(Reject(str(row.get("source_path", row["article_id"])), "validate",
                                  "schema", f"{table} row fails {failures[i]}",
                                  article_id=str(row["article_id"]), table=table,
                                  row_key=str(row[key])))
        frame = frame[~mask].reset_index(drop=True)
    return frame, rejects


def validate_batch(tables: BatchTables) -> tuple[BatchTables, list[Reject]]:
    """The rows that pass every check, and a reject for each row that does not."""
    articles, rejects = _refuse_schema(tables.articles, ArticlesSchema, "articles", "article_id")
    paths = dict(zip(articles["article_id"].tolist(), articles["source_path"].tolist(),
                     strict=True))
    texts = dict(zip(articles["article_id"].tolist(), articles["text"].tolist(), strict=True))
    children = {}
    for name, frame, model, key, content in (
        ("sentences", tables.sentences, SentencesSchema, "sentence_id", "text"),
        ("statements", tables.statements, StatementsSchema, "statement_id", "content"),
    ):
        ids = frame["article_id"].tolist()
        frame, refused = _refuse(frame, not_in(ids, paths, frame.index), name, key,
                                 "orphan_row", "its article is not in the dataset", paths)
        rejects += refused
        frame, refused = _refuse(frame, offsets_mismatch(frame, texts, content,
                                                         None if refused else ids),
                                 name, key, "offsets", f"articles.text[start:end] != {content}",
                                 paths)
        rejects += refused
        frame, refused = _refuse_schema(frame, model, name, key)
        rejects += refused
        children[name] = frame
    counts = children["statements"]["article_id"].value_counts()
    articles = articles.assign(
        n_statements=articles["article_id"].map(counts).fillna(0).astype("int64"))
    return BatchTables(articles, children["sentences"], children["statements"]), rejects
