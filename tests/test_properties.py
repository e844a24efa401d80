"""Properties of the whole chain of steps on arbitrary text (hypothesis)."""

from __future__ import annotations

import string

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.attribution import attribute_statements
from flows.formats import sha256_hex
from flows.records import RawArticle
from flows.segment import segment_sentences
from flows.steps import clean_articles, validate_articles

WORDS = st.sampled_from(["said", "says", "told", "he", "she", "They", "Mr. Li", "U.S.",
                         "according to", "“", "”", '"', "'", "«", "»", ",", ".", "?", "\n\n",
                         "that", "officials", "the minister", "Ann Lee", "added", ":", "—"])
NEWSY = st.lists(st.one_of(WORDS, st.text(string.ascii_letters, min_size=1, max_size=8)),
                 max_size=80).map(" ".join)
ANY_TEXT = st.one_of(NEWSY, st.text(max_size=300))


def run_steps(text: str):
    raw = RawArticle("p1", "p1.jsonl", "jsonl", text, sha256_hex(text.encode()))
    articles, _ = clean_articles([raw])
    sentences = {a.article_id: segment_sentences(a) for a in articles}
    statements = [s for a in articles for s in attribute_statements(a, sentences[a.article_id])]
    return articles, sentences, statements


@given(ANY_TEXT)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_offsets_always_map_back_to_the_text(text: str) -> None:
    articles, sentences, statements = run_steps(text)
    for article in articles:
        body = article.text
        for s in sentences[article.article_id]:
            assert 0 <= s.start < s.end <= len(body) and body[s.start:s.end] == s.text
        spans = sorted((st.start, st.end) for st in statements)
        for st_ in statements:
            assert 0 <= st_.start < st_.end <= len(body)
            assert body[st_.start:st_.end] == st_.content
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@given(NEWSY)
@settings(max_examples=100, deadline=None)
def test_valid_rows_survive_validation(text: str) -> None:
    articles, sentences, statements = run_steps(text)
    tables, rejects = validate_articles(articles, sentences, statements)
    assert [r for r in rejects if r.table in ("statements", "sentences")] == []
    assert len(tables.statements) == len(statements)


@given(NEWSY)
@settings(max_examples=30, deadline=None)
def test_parquet_round_trip(tmp_path_factory, text: str) -> None:
    from flows.tables import to_arrow

    articles, sentences, statements = run_steps(text)
    tables, _ = validate_articles(articles, sentences, statements)
    folder = tmp_path_factory.mktemp("rt")
    for name in ("articles", "sentences", "statements"):
        frame = getattr(tables, name)
        pq.write_table(to_arrow(name, frame), folder / f"{name}.parquet")
        back = pq.read_table(folder / f"{name}.parquet")
        assert back.equals(to_arrow(name, frame))
