"""Fuzzing clean -> segment -> attribute with hypothesis: no input makes them crash or lie.

Properties, for every generated text: no exception; cleaning is idempotent; every sentence and
statement offset lies inside the cleaned text and ``text[start:end]`` is the published string;
sentences and statements never overlap; cue and speaker offsets lie inside the text. The slow
test runs FUZZ_CASES cases (at least 10,000); a quick one runs a few hundred on every run.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.attribution import attribute_statements
from flows.clean import clean_text
from flows.formats import sha256_hex
from flows.records import Article, RawArticle, Reject
from flows.segment import segment_sentences
from flows.steps import clean_articles

FUZZ_CASES = 10_000
NEWS_WORDS = ["said", "says", "told", "stressed", "added", "according to", "he", "she", "They",
              "Mr.", "Dr. Ann Lee", "U.S.", "the minister", "officials", "spokesperson", "that",
              "“", "”", "‘", "’", '"', "'", "«", "»", "「", "」", "„", "‹", "›", "``", "''",
              ",", ".", "...", "…", "?", "!", ":", ";", "—", "–", "-", "(", ")", "[", "]",
              "\n", "\n\n", "\r\n", "\t", " ", "[Photo/Xinhua]", "| Wire", "NEW DELHI —"]
HOSTILE_CHARS = ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\u00a0", "\u00ad", "\u200b", "\u200c",
                 "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\u202e", "\u2060", "\u3000",
                 "\ufeff", "\ufffd", "\u0301", "\u0308", "\u0336", "é", "ß", "İ", "ǅ", "ﬁ",
                 "قال", "אמר", "说", "「", "👩‍👩‍👧", "🇺🇳", "🏳️‍🌈", "â€™", "Ã©", "\uffff"]
NEWSY = st.lists(st.one_of(st.sampled_from(NEWS_WORDS),
                           st.text(string.ascii_letters, min_size=1, max_size=10)),
                 max_size=60).map(" ".join)
HOSTILE = st.lists(st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(HOSTILE_CHARS),
                             st.text(max_size=6)), max_size=60).map("".join)
ANY_TEXT = st.one_of(NEWSY, HOSTILE, st.text(max_size=200))


def check_chain(text: str) -> None:
    """Run the chain on one text and assert every property."""
    assert clean_text(clean_text(text)) == clean_text(text)
    raw = RawArticle("fuzz", "fuzz.jsonl", "jsonl", text, sha256_hex(text.encode("utf-8")))
    articles, rejects = clean_articles([raw])
    assert len(articles) + len(rejects) == 1
    assert all(isinstance(r, Reject) and r.check for r in rejects)
    for article in articles:
        assert isinstance(article, Article) and article.text.strip()
        sentences = segment_sentences(article)
        statements = attribute_statements(article, sentences)
        check_spans(article.text, [(s.start, s.end, s.text) for s in sentences])
        check_spans(article.text, [(s.start, s.end, s.content) for s in statements])
        for s in statements:
            for start, end in ((s.cue_start, s.cue_end), (s.speaker_start, s.speaker_end)):
                if start is not None:
                    assert end is not None and 0 <= start <= end <= len(article.text)


def check_spans(text: str, spans: list[tuple[int, int, str]]) -> None:
    for start, end, content in spans:
        assert 0 <= start < end <= len(text), (start, end, len(text))
        assert text[start:end] == content
    ordered = sorted(spans)
    for (_, end, _), (start, _, _) in zip(ordered, ordered[1:], strict=False):
        assert end <= start, "spans overlap"


@given(ANY_TEXT)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_chain_properties_quick(text: str) -> None:
    check_chain(text)


@pytest.mark.slow
@given(ANY_TEXT)
@settings(max_examples=FUZZ_CASES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_chain_properties_fuzz(text: str) -> None:
    check_chain(text)
