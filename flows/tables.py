"""Turn a batch of records into the frames of the published tables (pure functions)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from flows.records import Article, Reject, Sentence, Statement
from schemas import (
    ArticlesSchema,
    RejectsSchema,
    SentencesSchema,
    SpeakersSchema,
    StatementsSchema,
    columns_of,
)

RE_NAME_NOISE = re.compile(r"[^\w]+")
UNATTRIBUTED = "(unattributed)"
CONFIDENCE_DECIMALS = 3


def speaker_key(name: str | None, speaker_type: str) -> str:
    """Deterministic speaker id: the same normalised name and type give the same id."""
    norm = RE_NAME_NOISE.sub(" ", (name or UNATTRIBUTED).casefold()).strip()
    norm = norm.removeprefix("the ")
    digest = hashlib.sha1(f"{speaker_type}\x1f{norm}".encode()).hexdigest()[:16]
    return f"spk-{digest}"


def _frame(rows: Sequence[Mapping[str, object]], model: type) -> pd.DataFrame:
    columns = columns_of(model)
    frame = pd.DataFrame(rows, columns=list(columns))
    for name, column in columns.items():
        dtype = str(column.dtype)
        if dtype == "Int64":
            frame[name] = frame[name].astype("Int64")
        elif dtype.startswith("int"):
            frame[name] = frame[name].astype("int64")
        elif dtype.startswith("float"):
            frame[name] = frame[name].astype("float64")
        else:
            frame[name] = frame[name].astype("str").where(frame[name].notna(), None)
    return frame


def tabulate_articles(articles: Sequence[Article], n_sentences: dict[str, int],
                      n_statements: dict[str, int]) -> pd.DataFrame:
    rows = [{
        "article_id": a.article_id, "source_path": a.source_path,
        "source_format": a.source_format, "title": a.title, "publisher": a.publisher,
        "published_date": a.published_date, "url": a.url, "author": a.author,
        "dateline": a.dateline, "place": a.place, "caption": a.caption,
        "photo_credit": a.photo_credit, "text": a.text, "raw_sha256": a.raw_sha256,
        "encoding": a.encoding, "raw_offset_map": a.raw_offset_map,
        "n_sentences": n_sentences.get(a.article_id, 0),
        "n_statements": n_statements.get(a.article_id, 0), "extra": a.extra,
    } for a in articles]
    return _frame(rows, ArticlesSchema)


def tabulate_sentences(sentences: Iterable[Sentence]) -> pd.DataFrame:
    rows = [{
        "sentence_id": f"{s.article_id}#s{s.sentence_index}", "article_id": s.article_id,
        "paragraph_index": s.paragraph_index, "sentence_index": s.sentence_index,
        "start": s.start, "end": s.end, "text": s.text,
    } for s in sentences]
    return _frame(rows, SentencesSchema)


def tabulate_statements(statements: Iterable[Statement]) -> pd.DataFrame:
    rows = []
    counters: dict[str, int] = {}
    for s in sorted(statements, key=lambda s: (s.article_id, s.start, s.end)):
        n = counters.get(s.article_id, 0)
        counters[s.article_id] = n + 1
        rows.append({
            "statement_id": f"{s.article_id}#q{n}", "article_id": s.article_id,
            "kind": s.kind, "content": s.content, "start": s.start, "end": s.end,
            "cue": s.cue, "cue_start": s.cue_start, "cue_end": s.cue_end,
            "speaker_mention": s.speaker_mention, "speaker_start": s.speaker_start,
            "speaker_end": s.speaker_end, "speaker_name": s.speaker_name,
            "speaker_type": s.speaker_type, "speaker_role": s.speaker_role,
            "speaker_organization": s.speaker_organization,
            "speaker_id": speaker_key(s.speaker_name, s.speaker_type),
            "paragraph_index": s.paragraph_index, "sentence_index": s.sentence_index,
            "confidence": round(float(s.confidence), CONFIDENCE_DECIMALS),
        })
    return _frame(rows, StatementsSchema)


def tabulate_rejects(rejects: Iterable[Reject]) -> pd.DataFrame:
    rows = [{
        "source_path": r.source_path, "article_id": r.article_id, "stage": r.stage,
        "check": r.check, "reason": r.reason, "table": r.table, "row_key": r.row_key,
    } for r in rejects]
    return _frame(rows, RejectsSchema)


def tabulate_speakers(rows: list[dict[str, object]]) -> pd.DataFrame:
    return _frame(sorted(rows, key=lambda r: str(r["speaker_id"])), SpeakersSchema)
