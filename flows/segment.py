"""Split an article's text into paragraphs and sentences, with offsets into ``Article.text``.

Paragraphs are separated by blank lines; a single line break also ends a sentence (headlines,
bylines and list items are lines of their own). Inside a line, a sentence ends at ``.``, ``!``,
``?`` or ``…`` (plus any closing quote marks or brackets) followed by white space and a
capital letter, digit or opening quote, unless the word before the full stop is a known
abbreviation ("Mr.", "Nov.", "Sen."), an initial ("F.") or an acronym ("U.S.") that is not
followed by a typical sentence opener. A single capital after a noun that names a letter or a
numeral ("World War I.", "Plan B.") is no initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.records import Article, Sentence

__all__ = ["segment_sentences"]

# Abbreviations after which a full stop never ends a sentence (lower case, without the dot).
NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "cmdr",
        "sgt",
        "adm",
        "maj",
        "rev",
        "fr",
        "hon",
        "pres",
        "supt",
        "st",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "v",
        "etc",
        "al",
        "cf",
        "approx",
        "dept",
        "est",
        "fig",
        "jr",
        "sr",
        "messrs",
        "mme",
        "mlle",
        "rt",
        "op",
    ]
)
# Nouns before a single capital that name it as a letter or a numeral, not an initial:
# "World War I.", "Plan B.", "Group C." end a sentence before a capitalised word.
DESIGNATORS = frozenset(
    [
        "war",
        "plan",
        "group",
        "phase",
        "class",
        "type",
        "part",
        "stage",
        "grade",
        "level",
        "title",
        "article",
        "chapter",
        "section",
        "division",
        "category",
        "tier",
        "appendix",
        "annex",
        "exhibit",
        "pool",
        "zone",
        "terminal",
        "block",
        "vitamin",
        "hepatitis",
        "schedule",
        "pillar",
        "option",
        "volume",
        "unit",
        "route",
        "runway",
        "platform",
        "channel",
    ]
)
# Words that typically open a sentence: after an acronym such as "U.S." they mark a boundary.
OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "but",
        "and",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "for",
        "if",
        "when",
        "while",
        "after",
        "before",
        "although",
        "though",
        "however",
        "as",
        "meanwhile",
        "still",
        "also",
        "then",
        "mr",
        "mrs",
        "ms",
        "dr",
        "what",
        "why",
        "how",
        "who",
        "where",
        "some",
        "many",
        "most",
        "one",
    ]
)

RE_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t\r\f\v]*\n)[^\n]*)*")
RE_LINE = re.compile(r"[^\n]+")
RE_NON_SPACE = re.compile(r"\S")
RE_BOUNDARY = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+(?:''|``|[\"'\u201c\u2018\u2019\u00ab(\[]){0,2}[A-Z0-9])"
)
RE_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
RE_DESIGNATOR = re.compile(r"\b([A-Za-z]+)\s+[A-Z]$")  # "War I", "Plan B" (before the dot)
RE_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018\u00ab(\[]{0,2}([A-Za-z]+)")


def _is_boundary(text: str, line_start: int, line_end: int, match: re.Match[str]) -> bool:
    """Decide whether the punctuation run in ``match`` (in the line text[line_start:line_end])
    really ends a sentence."""
    punctuation, start = match.group(), match.start()
    if punctuation[0] != "." or punctuation.startswith(".."):
        return True
    before = RE_WORD_BEFORE.search(text, max(line_start, start - 40), start)
    if before is None:
        return True
    word = before.group(1)
    if word.lower() in NEVER_FINAL:
        return False
    if len(word) == 1 and word.isupper() and _designated(text, line_start, start):
        return True  # "World War I. Chinese troops", not "John F. Kennedy"
    if (len(word) == 1 and word.isupper()) or "." in word:  # "John F. Kennedy", "U.S."
        nxt = RE_NEXT_WORD.match(text, match.end(), line_end)
        return (nxt.group(1).lower() if nxt else "") in OPENERS
    return True


def _designated(text: str, line_start: int, start: int) -> bool:
    """The single capital before ``start`` follows a noun that names a letter or a numeral."""
    before = RE_DESIGNATOR.search(text, max(line_start, start - 30), start)
    return before is not None and before.group(1).lower() in DESIGNATORS


def _sentence_spans(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """(start, end) in text of the sentences of the line text[line_start:line_end], not yet
    stripped of surrounding spaces. The patterns run on text with the line's bounds (as on a
    copy of the line: none of them looks behind its start or ahead of its end)."""
    spans, start = [], line_start
    for match in RE_BOUNDARY.finditer(text, line_start, line_end):
        if _is_boundary(text, line_start, line_end, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, line_end))
    return spans


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in RE_PARAGRAPH.finditer(text):
        if RE_NON_SPACE.search(text, match.start(), match.end()):  # (no copy of the paragraph)
            yield match.start(), match.end()


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-empty lines of text[start:end]."""
    if text.find("\n", start, end) < 0:  # a paragraph of one line (a cleaned article's)
        yield start, end
        return
    for match in RE_LINE.finditer(text, start, end):
        yield match.span()


def segment_sentences(article: Article) -> list[Sentence]:
    """Return the article's sentences in order; ``article.text[s.start:s.end] == s.text``."""
    text, article_id = article.text, article.article_id
    sentences: list[Sentence] = []
    for paragraph_index, (p_start, p_end) in enumerate(_paragraphs(text)):
        for line_start, line_end in _lines(text, p_start, p_end):
            for s, e in _sentence_spans(text, line_start, line_end):
                raw = text[s:e]
                stripped = raw.strip()  # == text[start:end]
                if not stripped:
                    continue
                start = s + len(raw) - len(raw.lstrip())
                sentences.append(Sentence(article_id, paragraph_index, len(sentences), start,
                                          start + len(stripped), stripped))
    return sentences
