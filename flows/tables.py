"""Turn a batch of records into the frames of the published tables (pure functions)."""

from __future__ import annotations

import functools
import hashlib
import operator
import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray

from flows.records import Article, Reject, Sentence, Statement
from schemas import (
    TABLES,
    ArticlesSchema,
    RejectsSchema,
    SentencesSchema,
    SpeakersSchema,
    StatementsSchema,
    arrow_schema,
    columns_of,
)

RE_NAME_NOISE = re.compile(r"[^\w]+")
ROW_TABLES = ("articles", "sentences", "statements")  # the tables whose rows are per article
UNATTRIBUTED = "(unattributed)"
CONFIDENCE_DECIMALS = 3


# Speaker words that make a description, not a name ("the company", "Analysts", "a senior
# official"): the lexicon's classes of titles, group and organisation nouns, anonymous
# sources and pronouns.
DESCRIPTION_CLASSES = ("title", "group", "org", "anonymous", "pronoun_person", "pronoun_group",
                       "pronoun_org", "pronoun_relative")
RE_NAME_WORD = re.compile(r"[^\W\d_][\w.'\-]*")


def speaker_key(name: str | None, speaker_type: str, article_id: str = "") -> str:
    """Deterministic speaker id: the same normalised name and type give the same id.

    A name is one speaker across articles. A description ("the company", "officials", an
    unattributed statement) is one only within its article: "the company" of two stories is
    two companies, so its id also hashes ``article_id``."""
    norm = RE_NAME_NOISE.sub(" ", (name or UNATTRIBUTED).casefold()).strip()
    norm = norm.removeprefix("the ")
    scope = "" if is_name(name) else f"\x1f{article_id}"
    digest = hashlib.sha1(f"{speaker_type}\x1f{norm}{scope}".encode()).hexdigest()[:16]
    return f"spk-{digest}"


def is_name(speaker: str | None) -> bool:
    """Whether a speaker as resolved is a name: it has a capitalised word that is not a
    speaker description word opening it ("Analysts said", "Police said" start sentences)."""
    for i, word in enumerate(RE_NAME_WORD.findall(speaker or "")):
        if word[0].isupper():
            if i:
                return True
            folded = word.casefold()
            description = _description_words()
            if folded.rstrip(".") not in description and folded not in description:
                return True
    return False


@functools.cache
def _description_words() -> frozenset[str]:
    from flows.attribution.lexicon import load_lexicon  # (attribution imports no table code)

    lexicon = load_lexicon()
    words = frozenset().union(*(lexicon.speaker_class(c) for c in DESCRIPTION_CLASSES))
    return words - lexicon.speaker_class("org_name")  # ('Xinhua said', 'Reuters reported')


def _frame(values: Mapping[str, Sequence[object]], model: type) -> pd.DataFrame:
    """The model's columns in order, each built from its list of values with the model's
    type (a frame from a list of row dicts, then retyped, costs several times more)."""
    columns: dict[str, pd.Series] = {}
    for name, column in columns_of(model).items():
        dtype = str(column.dtype)
        if dtype != "Int64":
            dtype = ("int64" if dtype.startswith("int") else "float64"
                     if dtype.startswith("float") else "str")
        columns[name] = (_str_series(values[name]) if dtype == "str"
                         else pd.Series(values[name], dtype=dtype))
    return pd.DataFrame(columns)


STR = pd.StringDtype("pyarrow", na_value=float("nan"))  # pandas' "str"


def _str_series(values: Sequence[object]) -> pd.Series:
    """pd.Series(values, dtype="str") for str or None values (None stays missing), from
    the Arrow array pandas would build, made directly (pandas first checks each value)."""
    try:
        array = pa.array(values, pa.large_string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # not all str: pandas converts them
        return pd.Series(values, dtype="str")
    return pd.Series(ArrowStringArray(array, dtype=STR))  # type: ignore[call-arg]  # (stubs)


def _by_column(records: Sequence[object], names: Iterable[str]) -> dict[str, Sequence[object]]:
    """Column name -> the records' values of the attribute of that name."""
    return {name: list(map(operator.attrgetter(name), records)) for name in names}


def tabulate_articles(articles: Sequence[Article], n_sentences: dict[str, int],
                      n_statements: dict[str, int]) -> pd.DataFrame:
    values = _by_column(articles, (
        "article_id", "source_path", "source_format", "title", "publisher", "published_date",
        "url", "author", "dateline", "place", "caption", "photo_credit", "text", "raw_sha256",
        "encoding", "raw_offset_map", "extra"))
    values["n_sentences"] = [n_sentences.get(a.article_id, 0) for a in articles]
    values["n_statements"] = [n_statements.get(a.article_id, 0) for a in articles]
    return _frame(values, ArticlesSchema)


def tabulate_sentences(sentences: Iterable[Sentence]) -> pd.DataFrame:
    rows = list(sentences)
    values = _by_column(rows, ("article_id", "paragraph_index", "sentence_index", "start",
                               "end", "text"))
    values["sentence_id"] = [f"{s.article_id}#s{s.sentence_index}" for s in rows]
    return _frame(values, SentencesSchema)


def tabulate_statements(statements: Iterable[Statement]) -> pd.DataFrame:
    first_seen: dict[str, int] = {}  # articles keep their input order (the batch's)
    rows = sorted(statements, key=lambda s: (first_seen.setdefault(s.article_id,
                                                                   len(first_seen)),
                                             s.start, s.end))
    values = _by_column(rows, (
        "article_id", "kind", "content", "start", "end", "cue", "cue_start", "cue_end",
        "speaker_mention", "speaker_start", "speaker_end", "speaker_name", "speaker_type",
        "speaker_role", "speaker_organization", "paragraph_index", "sentence_index"))
    values["statement_id"] = _numbered(rows)
    keys: dict[tuple[str | None, str, str], str] = {}  # each speaker's key computed once
    for s in rows:
        key = (s.speaker_name, s.speaker_type, s.article_id)
        if key not in keys:
            keys[key] = speaker_key(*key)
    values["speaker_id"] = [keys[s.speaker_name, s.speaker_type, s.article_id] for s in rows]
    values["confidence"] = [round(float(s.confidence), CONFIDENCE_DECIMALS) for s in rows]
    return _frame(values, StatementsSchema)


def _numbered(statements: Sequence[Statement]) -> list[str]:
    """`<article_id>#q<n>`, n counting each article's statements in the given order."""
    ids: list[str] = []
    counters: dict[str, int] = {}
    for s in statements:
        n = counters.get(s.article_id, 0)
        counters[s.article_id] = n + 1
        ids.append(f"{s.article_id}#q{n}")
    return ids


def tabulate_rejects(rejects: Iterable[Reject]) -> pd.DataFrame:
    return _frame(_by_column(list(rejects), ("source_path", "article_id", "stage", "check",
                                             "reason", "table", "row_key")), RejectsSchema)


def tabulate_speakers(columns: Mapping[str, Sequence[object]]) -> pd.DataFrame:
    """The speakers frame from its columns, already in speaker_id order
    (``speaker_tally.speaker_columns``)."""
    return _frame(columns, SpeakersSchema)


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    schema = arrow_schema(_MODELS[name])
    if not len(frame):  # (a replayed batch has no fresh rows: ~5 ms a table to convert)
        return schema.empty_table()
    arrays = []
    for f in schema:
        column = frame[f.name]
        if pa.types.is_date32(f.type):
            values = pa.array(column, type=pa.string(), from_pandas=True)
            arrays.append(values.cast(pa.timestamp("s")).cast(pa.date32()))
        else:
            arrays.append(pa.array(column, type=f.type, from_pandas=True))
    return pa.Table.from_arrays(arrays, schema=schema)


_MODELS = {spec.name: spec.model for spec in TABLES}
