"""pandera models of the five published tables, and their Arrow (Parquet) types.

Types in pandas are pandas 3 ``str``, nullable ``Int64`` and ``float64``; the Arrow type of a
column comes from its pandas type unless the field's metadata names one (``{"arrow": ...}``).
"""

from __future__ import annotations

import functools
import importlib
import sys
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series


def _load_pandera_dask_typing_without_dask() -> None:
    """The first schema pandera builds looks for dask's DataFrame types and imports
    dask.dataframe when dask is installed (it is, for prefect-dask): with scipy, 0.9 s and
    ~40 MiB of RSS in every process that validates. Our frames are pandas: load pandera's dask
    typing module as if dask were absent (its own fallback); dask stays importable."""
    if "pandera.typing.dask" in sys.modules or "dask.dataframe" in sys.modules:
        return
    absent = [name for name in ("dask", "dask.dataframe") if name not in sys.modules]
    for name in absent:
        sys.modules[name] = None  # type: ignore[assignment]  # (None: ImportError)
    try:
        importlib.import_module("pandera.typing.dask")
    finally:
        for name in absent:
            del sys.modules[name]


_load_pandera_dask_typing_without_dask()

ARTICLE_ID = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$"
SHA256 = r"^[0-9a-f]{64}$"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
KINDS = ["direct", "indirect", "mixed"]
SPEAKER_TYPES = ["person", "group", "organization", "anonymous"]
SOURCE_FORMATS = ["txt", "jsonl", "csv", "html"]
ENCODING = r"^[a-z0-9][a-z0-9_.:-]{0,39}$"
STAGES = ["ingest", "clean", "segment", "attribute", "validate", "write"]


def _f(description: str, **kwargs: Any) -> Any:
    return pa.Field(description=description, **kwargs)


class _Table(pa.DataFrameModel):
    """What every published table holds to: exactly its declared columns, in their order."""

    class Config:
        strict = True
        ordered = True


class _Spans(_Table):
    """A table whose rows are spans of articles.text, from start to end."""

    @pa.dataframe_check(description="start < end")
    def _start_before_end(cls, frame: pd.DataFrame) -> pd.Series[bool]:
        return frame["start"] < frame["end"]


class ArticlesSchema(_Table):
    """One row per article that made it into the dataset."""

    article_id: Series[str] = _f("Stable article identifier: the feed's `id` (when it is not "
                                 "letters, digits and . _ : - only: a rewrite plus a hash, the "
                                 "original kept in `extra`), else `<file name>-<line>` for a "
                                 "feed record, the file name for a file.",
                                 unique=True, str_matches=ARTICLE_ID)
    source_path: Series[str] = _f("Path of the raw input file, relative to the raw folder "
                                 "(feeds/<name>.jsonl: a downloaded remote feed).")
    source_format: Series[str] = _f("Format of the raw input: txt, jsonl, csv or html.",
                                    isin=SOURCE_FORMATS)
    title: Series[str] = _f("Headline of the article.", nullable=True)
    publisher: Series[str] = _f("Publisher or news agency, e.g. China Daily.", nullable=True)
    published_date: Series[str] = _f("Publication date (ISO 8601, YYYY-MM-DD); null when "
                                     "unknown or unreadable (the value is then in extra).",
                                     nullable=True, str_matches=ISO_DATE,
                                     metadata={"arrow": "date32"})
    url: Series[str] = _f("Address the article was published at, when known.", nullable=True)
    author: Series[str] = _f("Byline author(s), when known.", nullable=True)
    dateline: Series[str] = _f("Wire dateline removed from the body, e.g. NEW DELHI, Nov. 18 "
                               "(Xinhua), when the text had one.", nullable=True)
    place: Series[str] = _f("Place named by the dateline, e.g. NEW DELHI.", nullable=True)
    caption: Series[str] = _f("Photo caption removed from the body, when there was one.",
                              nullable=True)
    photo_credit: Series[str] = _f("Credit of the photo, e.g. Xinhua, when there was one.",
                                   nullable=True)
    text: Series[str] = _f("Cleaned body text; every character offset in the dataset indexes it.")
    raw_sha256: Series[str] = _f("SHA-256 of the article's raw bytes as read from its input "
                                 "(the file; for feeds, the record's line or CSV row).",
                                 str_matches=SHA256)
    encoding: Series[str] = _f("Codec the raw bytes were decoded with: utf-8, utf-8-sig, "
                               "utf-16, cp1252 (see the README's decoding policy), or the "
                               "charset an HTML page declares.", str_matches=ENCODING)
    raw_offset_map: Series[str] = _f(
        "JSON list of runs [start, end, raw_start]: text[start:end] equals the raw text from "
        "raw_start on (the file, the feed's text field, or the HTML's extracted text); see "
        "flows/provenance.py.", nullable=True)
    n_sentences: Series[int] = _f("Number of sentences in the body.", ge=0)
    n_statements: Series[int] = _f("Number of attributed statements found in the body.", ge=0)
    extra: Series[str] = _f("Unknown input fields kept as a JSON object, with a feed id "
                            "that article_id rewrote and a published value that could not be "
                            "read as a date; null when none.",
                            nullable=True)


class SentencesSchema(_Spans):
    """One row per sentence of an article body."""

    sentence_id: Series[str] = _f("Identifier: `<article_id>#s<sentence_index>`.", unique=True)
    article_id: Series[str] = _f("Article the sentence belongs to (articles.article_id).")
    paragraph_index: Series[int] = _f("Paragraph of the body, counted from 0.", ge=0)
    sentence_index: Series[int] = _f("Sentence of the body, counted from 0 over the article.",
                                     ge=0)
    start: Series[int] = _f("Start offset (inclusive) of the sentence in articles.text.", ge=0)
    end: Series[int] = _f("End offset (exclusive) of the sentence in articles.text.", ge=1)
    text: Series[str] = _f("The sentence: articles.text[start:end].")


class StatementsSchema(_Spans):
    """One row per attributed statement: who said what, where in the article."""

    statement_id: Series[str] = _f("Identifier: `<article_id>#q<n>`, n counted by position.",
                                   unique=True)
    article_id: Series[str] = _f("Article the statement comes from (articles.article_id).")
    kind: Series[str] = _f("direct (all in quotation marks), indirect (reported speech) or "
                           "mixed (paraphrase with a quoted part).", isin=KINDS)
    content: Series[str] = _f("What was said: articles.text[start:end].",
                              str_length={"min_value": 1})
    start: Series[int] = _f("Start offset (inclusive) of the content in articles.text.", ge=0)
    end: Series[int] = _f("End offset (exclusive) of the content in articles.text.", ge=1)
    cue: Series[str] = _f("Reporting cue, e.g. said, stressed, according to.", nullable=True)
    cue_start: Series[pd.Int64Dtype] = _f("Start offset of the cue in articles.text.",
                                          nullable=True, ge=0)
    cue_end: Series[pd.Int64Dtype] = _f("End offset of the cue in articles.text.",
                                        nullable=True, ge=0)
    speaker_mention: Series[str] = _f("Words naming the speaker where the statement is made "
                                      "(may be a pronoun such as he); null when the text names "
                                      "none (it was reported that ..., X was asked about ...).",
                                      nullable=True)
    speaker_start: Series[pd.Int64Dtype] = _f("Start offset of the speaker mention.",
                                              nullable=True, ge=0)
    speaker_end: Series[pd.Int64Dtype] = _f("End offset of the speaker mention.",
                                            nullable=True, ge=0)
    speaker_name: Series[str] = _f("Resolved speaker (he -> the person named earlier).",
                                   nullable=True)
    speaker_type: Series[str] = _f("person, group, organization or anonymous (a source "
                                   "described but not named, or none named).",
                                   isin=SPEAKER_TYPES)
    speaker_role: Series[str] = _f("Role of the speaker, e.g. president.", nullable=True)
    speaker_organization: Series[str] = _f("Organisation or country the speaker represents.",
                                           nullable=True)
    speaker_id: Series[str] = _f("Speaker identifier (speakers.speaker_id): one per name across "
                                 "articles; a speaker known only by a description ('the "
                                 "company', 'officials') or unattributed has one per article.")
    paragraph_index: Series[int] = _f("Paragraph of the body where the content starts.", ge=0)
    sentence_index: Series[int] = _f("Sentence of the body where the content starts.", ge=0)
    confidence: Series[float] = _f("Estimated probability that the row is right (0-1).",
                                   ge=0.0, le=1.0)


class SpeakersSchema(_Table):
    """One row per speaker: per name across all articles, per description within an article."""

    speaker_id: Series[str] = _f("Identifier derived from the normalised name and type (and "
                                 "the article, for a description).",
                                 unique=True)
    name: Series[str] = _f("Speaker name as resolved in the statements.")
    type: Series[str] = _f("person, group, organization or anonymous.", isin=SPEAKER_TYPES)
    role: Series[str] = _f("Most frequent role given to the speaker.", nullable=True)
    organization: Series[str] = _f("Most frequent organisation given to the speaker.",
                                   nullable=True)
    n_statements: Series[int] = _f("Number of statements attributed to the speaker.", ge=1)
    n_articles: Series[int] = _f("Number of articles in which the speaker is quoted.", ge=1)


class RejectsSchema(_Table):
    """One row per thing the pipeline refused: a file, an article or a row."""

    source_path: Series[str] = _f("Raw input file the refused thing came from, relative to the "
                                  "raw folder; <file>:<n> for record n of a .jsonl (its line) "
                                  "or .csv (its row, the header being 1) that gave no article; "
                                  "the URL of a remote feed that could not be fetched.")
    article_id: Series[str] = _f("Article concerned, when known.", nullable=True)
    stage: Series[str] = _f("Pipeline step that refused it.", isin=STAGES)
    check: Series[str] = _f("Short name of the check that refused it.")
    reason: Series[str] = _f("Why it was refused, in words.")
    table: Series[str] = _f("Table of the refused row, for row-level rejects.", nullable=True)
    row_key: Series[str] = _f("Identifier of the refused row, for row-level rejects.",
                              nullable=True)


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[pa.DataFrameModel]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)


TABLES: tuple[TableSpec, ...] = (
    TableSpec("articles", ArticlesSchema, ("article_id",)),
    TableSpec("sentences", SentencesSchema, ("sentence_id",),
              (("article_id", "articles", "article_id"),)),
    TableSpec("statements", StatementsSchema, ("statement_id",),
              (("article_id", "articles", "article_id"), ("speaker_id", "speakers", "speaker_id"))),
    TableSpec("speakers", SpeakersSchema, ("speaker_id",)),
    TableSpec("rejects", RejectsSchema, ()),
)

_ARROW_BY_NAME = {"date32": pyarrow.date32()}


@functools.cache  # building a pandera schema costs ~0.1 s; models never change
def columns_of(model: type[pa.DataFrameModel]) -> dict[str, Any]:
    """The model's columns in order, as pandera Column objects."""
    return dict(model.to_schema().columns)


@functools.cache
def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow.Schema:
    """The explicit Arrow schema a table is written with (string, not large_string)."""
    fields = []
    for name, column in columns_of(model).items():
        meta = column.metadata or {}
        dtype = str(column.dtype)
        if "arrow" in meta:
            arrow_type = _ARROW_BY_NAME[meta["arrow"]]
        elif dtype.startswith("int") or dtype == "Int64":
            arrow_type = pyarrow.int64()
        elif dtype.startswith("float"):
            arrow_type = pyarrow.float64()
        elif dtype == "bool":
            arrow_type = pyarrow.bool_()
        else:
            arrow_type = pyarrow.string()
        fields.append(pyarrow.field(name, arrow_type, nullable=bool(column.nullable),
                                    metadata={"description": column.description or ""}))
    return pyarrow.schema(fields)
