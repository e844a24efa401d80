"""Quotation spans: where quote marks open and close, and how much of a span they cover.

Double quotes may be straight (``"``), curly (``“ ”``, ``„``) or guillemets (``« »``);
single curly quotes (``‘ ’``) count only as a pair at word boundaries, so apostrophes
(``don’t``, ``voters’``) are never quote marks, and straight single quotes are ignored. A
quote left open runs to the end of its paragraph, never further. A quotation that runs on
into a new paragraph opens again without closing; where the paragraph break was lost
('a bold move. "But it'), that straight mark belongs to the quotation and closes nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from flows.attribution.spans import letters
from flows.records import StatementKind

__all__ = ["Quote", "QuoteIndex", "find_quotes", "statement_kind"]

OPENING = frozenset("\u201c\u00ab\u201e")
CLOSING = frozenset("\u201d\u00bb")
STRAIGHT = '"'
# ''(?!')|``|["\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019], written to open with one set of
# characters, which the search skips to (an opening choice of a pair or a set is read at
# every character): the same marks
RE_MARKS = re.compile(
    r"['`\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]"
    r"(?:(?<=')'(?!')|(?<=`)`|(?<=[\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]))"
)
RE_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
TWO_MARKS = {"''": STRAIGHT, "``": "\u201c"}  # read as the one mark they stand for


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    closed: bool
    double: bool  # double quote marks (a real quotation), not a single-quote pair


@dataclass(frozen=True, slots=True)
class QuoteIndex:
    quotes: tuple[Quote, ...]
    starts: tuple[int, ...]

    def covering(self, pos: int) -> Quote | None:
        """The quote whose span contains ``pos``, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def ending_at(self, pos: int) -> Quote | None:
        """The quote whose closing mark ends exactly at ``pos``, if any."""
        quote = self.covering(pos - 1)
        return quote if quote is not None and quote.end == pos and quote.closed else None

    def opening_at(self, pos: int) -> Quote | None:
        """The double quote whose opening mark is at ``pos``, if any."""
        quote = self.covering(pos)
        return quote if quote is not None and quote.start == pos and quote.double else None

    def any_within(self, start: int, end: int) -> bool:
        """Whether any quote overlaps [start, end) (the quotes never overlap, so their ends
        rise with their starts: the last one opening before ``end`` tells)."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.quotes[i].end > start

    def within(self, start: int, end: int) -> Iterator[Quote]:
        """Quotes that overlap [start, end)."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        for quote in self.quotes[i:]:
            if quote.start >= end:
                break
            if quote.end > start:
                yield quote


def _is_single_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([\u201c"-\u2014') and not after.isspace()


def _is_single_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _closes_like(text: str, i: int) -> bool:
    """An opening mark typed where a closing one belongs: 'not,\u201c he said'."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in ",.?!" and (after.isspace() or after in ",.;")


def _reopens(text: str, i: int) -> bool:
    """A straight mark inside an open quotation that opens its next paragraph: after a
    sentence's end and a space, before a capital ('a bold move. "But it'); a closing mark
    follows the sentence's end at once ('a bold move." But')."""
    return (
        i >= 2
        and text[i - 1] == " "
        and text[i - 2] in ".?!"
        and text[i + 1 : i + 2].isupper()
    )


def _paragraph_quotes(text: str, start: int, end: int) -> Iterator[Quote]:
    double_open: int | None = None
    single_open: int | None = None
    for m in RE_MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        ch = TWO_MARKS.get(ch, ch)
        if ch == "\u2018":
            if single_open is None and _is_single_open(text, i):
                single_open = i
        elif ch == "\u2019":
            if single_open is not None and _is_single_close(text, i):
                yield Quote(single_open, i + 1, True, False)
                single_open = None
        elif double_open is None and (ch in OPENING or ch == STRAIGHT):
            double_open = i
            single_open = None
        elif double_open is not None and (ch in CLOSING or ch == STRAIGHT or ch == "\u201c"):
            if ch == "\u201c" and text[double_open] != "\u201e" and not _closes_like(text, i):
                double_open = i  # a second opening mark: the first was never closed
                continue
            if ch == STRAIGHT and _reopens(text, i):
                continue  # 'move. "But it': the quotation runs on into a new paragraph
            yield Quote(double_open, m.end(), True, True)
            double_open = None
    if double_open is not None:
        yield Quote(double_open, len(text[:end].rstrip()), False, True)


def find_quotes(text: str) -> QuoteIndex:
    """Index every quotation span of ``text``, paragraph by paragraph."""
    quotes: list[Quote] = []
    start = 0
    for brk in [*RE_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        quotes.extend(_paragraph_quotes(text, start, end))
        start = brk.end() if brk else len(text)
    quotes.sort(key=lambda q: q.start)
    kept: list[Quote] = []
    for quote in quotes:  # a single-quote pair nested in a double quote is dropped
        if kept and quote.start < kept[-1].end:
            continue
        kept.append(quote)
    return QuoteIndex(tuple(kept), tuple(q.start for q in kept))


def statement_kind(
    text: str, start: int, end: int, quotes: QuoteIndex, exclude: tuple[int, int] = (0, 0)
) -> StatementKind:
    """direct: all letters and digits inside quote marks; indirect: none; else mixed.

    ``exclude`` is a span (a reporting frame inside the content) that is not counted.
    """
    ex_start, ex_end = max(start, exclude[0]), min(end, exclude[1])
    excluded = letters(text, ex_start, ex_end) if ex_end > ex_start else 0
    total = letters(text, start, end) - excluded
    inside = sum(
        letters(text, max(start, q.start), min(end, q.end)) for q in quotes.within(start, end)
    )
    if total and inside >= total:
        return "direct"
    return "mixed" if inside else "indirect"
