"""Where a content before its frame starts ('C, she said'): at its sentence, or the
quotation it is in, after a dateline, a section heading glued to it, a colon, an opening
conjunction, a fronted adjunct, or a discourse connective and its comma (``content_before``)."""

from __future__ import annotations

import re

from flows.attribution.catenatives import has_infinitive
from flows.attribution.lexicon import Lexicon
from flows.attribution.quotes import QuoteIndex
from flows.attribution.spans import _words
from flows.records import Sentence

__all__ = ["RE_CONTENT_DATELINE", "after_conjunction", "content_before"]

RE_CONTENT_DATELINE = re.compile(  # a city in capitals, a state, a date, an agency, a dash
    r"(?:[A-Z][A-Z.'’]{3,}(?: [A-Z][A-Z.'’]+){0,2}(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*){0,2}){0,2}"
    r"(?: \([A-Z]\w*\))?|[A-Z][a-z]+(?: [A-Z][a-z]+)? \([A-Z]{2,}\))"
    r"\s*(?:[\u2014\u2013]|--?)\s+(?=[A-Z\"\u201c])"  # then a capital: not 'NATO - the'
)

# a section heading in capitals glued to the sentence after it, where the paragraph breaks
# were lost ('NEW MISSIONS The coming years will ..., Xi said'): two or more words in
# capitals (commas between allowed), then a capitalised word in lower case
RE_GLUED_HEADING = re.compile(r"(?:[A-Z][A-Z'’-]*,? +){2,}(?=[A-Z][a-z])")
MIN_HEADING_WORDS = 3  # or two, one of MIN_HEADING_LETTERS: not 'UN WFP Chief Ann Lee'
MIN_HEADING_LETTERS = 5
RE_OPENING_WORD = re.compile(r"([A-Z][a-z]+) +(?=[\w$])")  # 'But the', not 'But "we'
RE_CONNECTIVE = re.compile(r"([A-Za-z]+(?: [a-z]+){0,3}),\s+(?=\S)")  # "In fact, C"
RE_FRONTED_ADJUNCT = re.compile(  # 'Despite the delays, ' before a clause (no quotation in it)
    r"([A-Z][a-z]+)\s[^,;:\"\u201c\u201d()]{1,60},\s+(?=[\w\"\u201c])"
)
RE_ALNUM_WORDS = re.compile(r"\w+\W+\w+\W+\w+")  # three words at least


def content_before(
    text: str, sentence: Sentence, boundary: int, quotes: QuoteIndex, lex: Lexicon | None = None
) -> int:
    """Where a content before its frame starts: at the sentence (or the quotation it is
    in), after a dateline ('DALLAS, Texas - C, she said', 'Dallas (AP) - C') and, when
    ``lex`` is given, after a discourse connective and its comma ('In fact, C, she said':
    class ``discourse_connective``)."""
    start = sentence.start
    quote = quotes.covering(start)
    if quote is not None and quote.start < start:
        return quote.start
    dateline = RE_CONTENT_DATELINE.match(text, start, boundary)
    if dateline is not None:  # 'DALLAS, Texas - C, X said', 'Dallas (AP) - C, X said'
        start = dateline.end()
    if text[start : start + 2].isupper():  # the cheap test first: two capitals open it
        start = _after_heading(text, start, boundary)
    if lex is None:
        return start
    colon = max(text.rfind(": ", start, boundary), _semicolon(text, start, boundary))
    if colon >= 0:  # 'He needs one: the dam will fail, X said': what the colon introduces;
        # 'The dam is late; the river, X said, will rise': the clause after the semicolon
        start = _after_colon(text, start, colon, boundary, quotes)
    if text[start : start + 1] in "AB":  # the cheap test first: 'But' or 'And' opens it
        start = after_conjunction(text, start, boundary, lex)
    if text[start : start + 1] in "DF":  # the cheap test first: 'Despite' or 'For' opens it
        start = _after_fronted_adjunct(text, start, boundary, lex)
    lead = RE_CONNECTIVE.match(text, start, boundary)
    if lead is None:
        return start
    nxt = _words(text[lead.end() : lead.end() + 20])[:1]
    if nxt and nxt[0] in lex.frame_class("subordinator"):
        return start  # 'Still, though C, X said': the clause needs its lead
    return lead.end() if lead.group(1).lower() in lex.frame_class("discourse_connective") else start


def _after_fronted_adjunct(text: str, start: int, boundary: int, lex: Lexicon) -> int:
    """After a fronted adjunct of class ``fronted_adjunct`` and its comma before a content
    that precedes its frame ('Despite the delays, the bridge will open, X said', 'For many
    farmers, the rules are too strict, X said'): the adjunct is the writer's frame for the
    clause, not what was said. Not a 'for' with an infinitive ('For the price to rise, C,
    X said': a condition of what was said), nor when no clause follows before the frame."""
    m = RE_FRONTED_ADJUNCT.match(text, start, boundary)
    if m is None or m.group(1).lower() not in lex.frame_class("fronted_adjunct"):
        return start
    if m.group(1) == "For" and has_infinitive(text[m.start() : m.end()]):
        return start  # 'For the price to be raised, C': a condition, part of what was said
    return m.end() if RE_ALNUM_WORDS.search(text, m.end(), boundary) else start


def _semicolon(text: str, start: int, boundary: int) -> int:
    """The last semicolon between two clauses before ``boundary``; not one inside brackets
    ('30bn baht (£398m; $768m)': two sums), -1 when there is none."""
    semi = text.rfind("; ", start, boundary)
    if semi >= 0 and text.rfind("(", start, semi) > text.rfind(")", start, semi):
        return -1
    return semi


def _after_colon(text: str, start: int, colon: int, boundary: int, quotes: QuoteIndex) -> int:
    """Where a content before its frame starts when a colon of its sentence comes before it:
    after the colon ('The verdict was clear: the dam will fail, Ann Lee said' -> 'the dam
    will fail'), unless the colon is inside a quotation or no word follows it."""
    after = colon + 2
    if not any(ch.isalnum() for ch in text[after:boundary]):
        return start
    if quotes.covering(colon) is not None:
        return start
    return after


def after_conjunction(text: str, start: int, boundary: int, lex: Lexicon) -> int:
    """Where a content starts after a conjunction that opens its sentence (class
    ``opening_conjunction``: 'But the plan failed, Ann Lee said' -> 'the plan failed'); not
    before a quote mark ('But "we won," Ann Lee said') nor when nothing follows."""
    m = RE_OPENING_WORD.match(text, start, boundary)
    if m is None or m.group(1).lower() not in lex.frame_class("opening_conjunction"):
        return start
    return m.end()


def _after_heading(text: str, start: int, boundary: int) -> int:
    """Where a content starts after a section heading glued to it ('OPENNESS, INNOVATION TO
    REVIVE ECONOMY To tackle the task, C, Xi said'): three words in capitals or more, or two
    with one of MIN_HEADING_LETTERS letters; not acronyms before a name ('UN WFP Chief Ann
    Lee'), nor a name in capitals alone ('NATO Chief Ann Lee')."""
    heading = RE_GLUED_HEADING.match(text, start, boundary)
    if heading is None:
        return start
    words = heading.group().replace(",", " ").split()
    if len(words) < MIN_HEADING_WORDS and max(map(len, words)) < MIN_HEADING_LETTERS:
        return start
    return heading.end()
