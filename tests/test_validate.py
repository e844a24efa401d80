"""Validation: failing rows go to rejects with the check that refused them."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest
from pandera.errors import SchemaErrors

from flows.records import Article, Sentence, Statement
from flows.steps import validate_articles
from flows.tables import tabulate_articles, tabulate_sentences, tabulate_statements
from flows.validate import (
    BatchTables,
    ValidationFailure,
    passes_schema,
    schema_failures,
    validate_batch,
)
from schemas import SentencesSchema, StatementsSchema

TEXT = "The minister said the plan works.\n\n“It is good,” she added."


def article(article_id: str = "a1", text: str = TEXT, sha: str = "0" * 64) -> Article:
    return Article(article_id, f"{article_id}.txt", "txt", "Title", None, None, None, None,
                   text, sha)


def statement(article_id: str = "a1", start: int = 18, end: int = 32,
              content: str | None = None) -> Statement:
    return Statement(article_id, "indirect", TEXT[start:end] if content is None else content,
                     start, end, "said", "The minister", "The minister", "person")


def sentences(article_id: str = "a1") -> list[Sentence]:
    return [Sentence(article_id, 0, 0, 0, 33, TEXT[0:33]),
            Sentence(article_id, 1, 1, 35, 59, TEXT[35:59])]


def test_valid_batch_passes_whole() -> None:
    tables, rejects = validate_articles([article()], {"a1": sentences()}, [statement()])
    assert rejects == []
    assert len(tables.articles) == 1 and len(tables.sentences) == 2
    assert tables.statements["content"].tolist() == ["the plan works"]
    assert tables.articles["n_statements"].tolist() == [1]


def test_offsets_that_do_not_match_the_text_are_rejected() -> None:
    bad = statement(content="something else")
    tables, rejects = validate_articles([article()], {"a1": sentences()}, [statement(), bad])
    assert len(tables.statements) == 1
    assert [(r.table, r.check, r.article_id) for r in rejects] == [
        ("statements", "offsets", "a1")]
    assert "text[start:end]" in rejects[0].reason


def test_article_failing_its_schema_takes_its_rows_along() -> None:
    tables, rejects = validate_articles(
        [article("a1"), article("a2", sha="not-a-sha")],
        {"a1": sentences("a1"), "a2": sentences("a2")}, [statement("a1"), statement("a2")])
    assert tables.articles["article_id"].tolist() == ["a1"]
    assert set(tables.statements["article_id"]) == {"a1"}
    checks = sorted((r.table, r.check) for r in rejects)
    assert checks == [("articles", "schema"), ("sentences", "orphan_row"),
                      ("sentences", "orphan_row"), ("statements", "orphan_row")]
    assert "raw_sha256" in next(r.reason for r in rejects if r.table == "articles")


def test_statement_with_bad_kind_is_rejected_by_name() -> None:
    frame = tabulate_statements([statement()]).assign(kind="rumour")
    batch = BatchTables(tabulate_articles([article()], {"a1": 2}, {"a1": 1}),
                        tabulate_sentences(sentences()), frame)
    tables, rejects = validate_batch(batch)
    assert tables.statements.empty
    assert [(r.table, r.check) for r in rejects] == [("statements", "schema")]
    assert "kind" in rejects[0].reason
    assert tables.articles["n_statements"].tolist() == [0]


def test_empty_batch_validates() -> None:
    tables, rejects = validate_articles([], {}, [])
    assert rejects == [] and tables.articles.empty
    assert isinstance(tables.statements, pd.DataFrame)


def _statements_frame() -> pd.DataFrame:
    return tabulate_statements([statement(), statement(start=0, end=12)])


# One frame per way a statements table can fail its model (column and frame checks).
BROKEN: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "column order": lambda f: f[[*f.columns[1:], f.columns[0]]],
    "extra column": lambda f: f.assign(note="x"),
    "missing column": lambda f: f.drop(columns="cue"),
    "wrong type": lambda f: f.assign(start=f["start"].astype("float64")),
    "numbers for text": lambda f: f.assign(kind=[1, 2]),
    "null in non-nullable": lambda f: f.assign(kind=pd.Series(["direct", None], dtype="str")),
    "duplicate key": lambda f: f.assign(statement_id="a1#q0"),
    "not in allowed values": lambda f: f.assign(speaker_type=["person", "rumour"]),
    "below minimum": lambda f: f.assign(paragraph_index=[0, -1]),
    "above maximum": lambda f: f.assign(confidence=[0.5, 1.5]),
    "too short": lambda f: f.assign(content=["the plan works", ""]),
    "frame check": lambda f: f.assign(end=[f["start"][0], f["end"][1]]),
    "nullable int below minimum": lambda f: f.assign(
        cue_start=pd.Series([None, -3], dtype="Int64")),
}


def test_schema_fast_pass_is_taken_for_a_valid_frame() -> None:
    assert passes_schema(_statements_frame(), StatementsSchema)
    assert passes_schema(tabulate_sentences(sentences()), SentencesSchema)


@pytest.mark.parametrize("how", BROKEN)
def test_schema_fast_pass_never_passes_what_pandera_refuses(how: str) -> None:
    frame = BROKEN[how](_statements_frame())
    with pytest.raises(SchemaErrors):
        StatementsSchema.validate(frame, lazy=True)
    assert not passes_schema(frame, StatementsSchema)
    try:
        failures = schema_failures(frame, StatementsSchema)
    except ValidationFailure:  # the frame as a whole fails (a missing column, a wrong type)
        return
    assert failures  # else the rows that fail, found by pandera's full validation


def test_refused_rows_name_their_source_path() -> None:
    """Orphans are under "(unknown)", offsets failures under their article's file, schema
    failures of a row under its article id; the offsets are checked after orphans left."""
    bad_offsets = statement(content="something else")
    bad_kind = tabulate_statements([statement(start=0, end=3)]).assign(kind="rumour")
    rows = pd.concat([tabulate_statements([statement("gone"), bad_offsets, statement()]),
                      bad_kind], ignore_index=True)
    rows["statement_id"] = [f"q{i}" for i in range(len(rows))]
    batch = BatchTables(tabulate_articles([article()], {"a1": 2}, {"a1": 3}),
                        tabulate_sentences(sentences()), rows)
    tables, rejects = validate_batch(batch)
    assert tables.statements["statement_id"].tolist() == ["q2"]
    assert [(r.check, r.source_path, r.article_id, r.row_key) for r in rejects] == [
        ("orphan_row", "(unknown)", "gone", "q0"), ("offsets", "a1.txt", "a1", "q1"),
        ("schema", "a1", "a1", "q3")]
