"""The break and quote-mark patterns written to open with one set of characters (which the
regex search skips to) find exactly what their plain alternations find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.attribution.post_subjects import RE_CLAUSE_BREAK
from flows.attribution.quotes import RE_MARKS
from flows.attribution.second_verbs import may_coordinate, second_verb
from flows.attribution.spans import (
    RE_SEGMENT_BREAK,
    _first_word,
    _in_short_parenthesis,
    _segment_start,
    _words,
    letters,
)

PLAIN = {  # the alternation each pattern stands for
    "marks": (RE_MARKS, r"''(?!')|``|[\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]"),
    "segment": (
        RE_SEGMENT_BREAK,
        r"[;:()\[\]\"\u201c\u201d\u00ab\u00bb\u2014]|''|``|\s\u2013\s|\s--\s",
    ),
    "clause": (RE_CLAUSE_BREAK, r"[;:\"\u201c\u201d\u00ab\u00bb]|''|``"),
}
ALPHABET = "ab ,.;:()[]-'`\"\n\t\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"
SAMPLES = [
    "''", "'''", "a''b", "``", "```", "` `", "a -- b", "a\u2013 b", "a \u2013 b", "x\n--\ny",
    "a ---  b", "a\u00a0\u2013\u00a0b", 'He said: "No," and left (twice).',
    "\u2018x\u2019 \u201ey\u201c",
]


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_patterns_find_what_their_alternations_find_in_samples() -> None:
    for pattern, plain in PLAIN.values():
        for text in SAMPLES:
            n = len(text)
            assert _found(pattern, text, 0, n) == _found(re.compile(plain), text, 0, n)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_patterns_find_what_their_alternations_find(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for pattern, plain in PLAIN.values():
        assert _found(pattern, text, start, end) == _found(re.compile(plain), text, start, end)


@given(st.text(max_size=30))
def test_letters_counts_letters_and_digits(text: str) -> None:
    assert letters(text, 0, len(text)) == sum(ch.isalnum() for ch in text)
    assert letters("Ann Lee, 67, said", 0, 17) == 12


@given(st.text(max_size=30))
def test_letters_counts_around_quote_marks(text: str) -> None:  # (what statement_kind counts)
    assert letters(text, 0, len(text)) == sum(ch.isalnum() for ch in text)
    assert letters("\u201cNo,\u201d said Ann.", 0, 17) == 9


WORDY = st.text(alphabet="aAnNdDbBuUtT .,'\u2019-\u00e9\u0130", max_size=24)


@given(WORDY)
def test_first_word_is_the_first_of_the_words(text: str) -> None:
    assert _first_word(text) == (_words(text)[:1] or [None])[0]


@given(WORDY)
def test_no_coordinating_word_without_and_or_but(text: str) -> None:
    if second_verb(_words(text)[-3:]):
        assert may_coordinate(text)
    assert may_coordinate("Ann Lee AND") and not may_coordinate("Ann Lee")


def _segment_start_plain(text: str, lo: int, pos: int) -> int:
    """spans._segment_start with the plain alternation of RE_SEGMENT_BREAK."""
    seg = text.rfind(",", lo, pos) + 1
    for m in re.compile(PLAIN["segment"][1]).finditer(text, max(lo, seg), pos):
        if m.group() in "()" and _in_short_parenthesis(text, m.start(), lo, pos):
            continue
        seg = max(seg, m.end())
    return max(lo, seg)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_segment_start_as_with_the_plain_alternation(text: str, a: int, b: int) -> None:
    lo, pos = sorted((min(a, len(text)), min(b, len(text))))
    assert _segment_start(text, lo, pos) == _segment_start_plain(text, lo, pos)
    sample = 'Ann Lee -- a rival (D-Ore.) -- said: "No," he said'
    assert _segment_start(sample, 0, 47) == _segment_start_plain(sample, 0, 47)
