"""Read a frame set off by commas in its content ('C, X said, C': ``mid_frame``) or a subject
with appositives between a quotation and its cue ('"C," the press secretary, Josh Earnest,
said.': ``appositive_pre_frame``), and the checks the frame readers share: enough content
(``content_ok``), a verb or a clause in a span (``holds_verb``, ``has_clause``), where the
noun phrase after a cue ends (``np_end``). (``according_frames``, ``inverted_frames`` and
``participle_frames`` read the other shapes a cue appears in.)"""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit
from flows.attribution.particles import adjunct_only
from flows.attribution.subjects import (
    RELATIVE_CUT,
    Ctx,
    n_words,
    narrow_subject,
)
from flows.attribution.unframed import make_frame

__all__ = [
    "RE_COMMA_WORD",
    "RE_FIRST_WORD",
    "adverbial_lead",
    "appositive_pre_frame",
    "content_ok",
    "has_clause",
    "holds_verb",
    "mid_frame",
    "np_end",
]

APPOSITIVE_WORDS = 20
MAX_APPOSITIVES = 5
RE_COMMA_WORD = re.compile(r",\s*([a-z]+)\b")  # a comma and the lower-case word after it
MAX_MID_LEAD = 3  # words of an adverbial before a mid frame
RE_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")  # the word opening a comma part
RE_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]+(?![\w'\u2019])")


DEMONSTRATIVES = frozenset(["this", "these"])
MAX_TIME_WORDS = 4  # "on Tuesday morning" after a speaker, read past for the content


def content_ok(c: Ctx, span: tuple[int, int]) -> bool:
    """At least three words, or a quotation of any length."""
    return n_words(c, span) >= 3 or (span[1] > span[0] and c.quotes.covering(span[0]) is not None)


def np_end(c: Ctx, m: CueHit, np: tuple[int, int], max_words: int) -> int:
    """Where the noun phrase after a cue ends with a time after it ("according to Acme on
    Monday, C": the content starts after "Monday"); the speaker is ``np`` without it."""
    full = fr._np_after(c.text, m.end(), c.s.end, max_words=max_words + MAX_TIME_WORDS)
    return np[1] if full is None else max(np[1], full[1])


def holds_verb(c: Ctx, span: tuple[int, int]) -> bool:
    """A mention that holds a lower-case verb (class verbish or past, or an -ed word: 'Tom
    Hall made a number of errors', 'They referred to ...') is a clause read as a subject;
    not 'the United Steelworkers Union' nor 'China's ambassador to Britain'."""
    finite = c.lex.union("verbish", "past")
    return any(
        w in finite or len(w) > 4 and w.endswith("ed")
        for w in RE_LOWER_WORD.findall(c.text, *span)
    )


def has_clause(c: Ctx, span: tuple[int, int]) -> bool:
    """The words hold a finite verb outside a relative clause: an auxiliary, a past form
    or an -ed word ('The rate stood ...', 'They agreed ...'), so they are a clause, not a
    subject with its appositive ('The mayor, however', 'Dam Watch, which opposed X')."""
    words = fr._words(c.text[span[0] : span[1]])
    if any(w in RELATIVE_CUT for w in words):
        return False
    finite = c.lex.union("aux", "past", "verbish")
    return any(w in finite or len(w) > 3 and w.endswith("ed") for w in words)


def mid_frame(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    spk = fr._clean_subject(c.text, seg, m.start(), c.lex)
    if spk[0] >= spk[1] or narrow_subject(c, spk) != spk:
        return None
    if not fr._speakerlike(c.text, *spk, c.lex, loose=True):
        return None
    start = fr.content_before(c.text, c.s, seg, c.quotes)
    if c.text[start : start + 1] in "AB":  # 'But with each week, aides say, C': no 'But'
        start = fr.after_conjunction(c.text, start, seg, c.lex)
    if adverbial_lead(c, fr._words(c.text[start:seg])):
        start = m.end()  # 'In contrast, Ann Lee said, C': the adverbial is the writer's
    end = c.s.end
    aside = _bracketed(c, seg, m.end())
    if aside is not None:  # 'The delay (which, aides say, hurt her) was long': the aside
        start, end = aside
    content = fr._trim_content(c.text, start, end)
    return make_frame("mid", m.span(), c, spk, content, w) if content_ok(c, content) else None


def _bracketed(c: Ctx, before: int, after: int) -> tuple[int, int] | None:
    """The inside of the brackets of the sentence that hold ``[before, after)`` (a frame set
    off by commas inside an aside), or None when no bracket opens before it and closes
    after it."""
    opening = c.text.rfind("(", c.s.start, before)
    if opening < 0 or ")" in c.text[opening:before]:
        return None
    closing = c.text.find(")", after, c.s.end)
    if closing < 0 or "(" in c.text[after:closing]:
        return None
    return opening + 1, closing


def adverbial_lead(c: Ctx, lead: list[str]) -> bool:
    """The few words before a frame interjected in its sentence are the writer's adverbial,
    not what was said: they open with an opener or a connector ('In contrast, Ann Lee said,
    C'; 'In addition, according to X, C') or end on a measure of time and its tail
    ('Six months ago, she said, C'); not a subject ('This campaign, he says, is different')."""
    if not lead or len(lead) > MAX_MID_LEAD or _demonstrative_subject(c, lead):
        return False
    return lead[0] in c.lex.frame_class("opener+connector") or (
        len(lead) > 1 and lead[-1] in c.lex.frame_class("time_tail")
        and lead[-2] in c.lex.frame_class("time_measure"))


def _demonstrative_subject(c: Ctx, lead: list[str]) -> bool:
    """'This campaign, he says, is different': 'this' alone or before a noun that names no
    time opens the subject of the statement, not an adverbial ('This week, X said, C')."""
    times = c.lex.union("time", "time_measure", "weekday")
    return lead[0] in DEMONSTRATIVES and (len(lead) == 1 or lead[-1] not in times)


def appositive_pre_frame(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    """'"C," the press secretary, Josh Earnest, said.' / '"C," Ann Lee, 67, a nurse in
    Rivertown, Ore., said.': a subject with appositives between a closing quote and the cue."""
    spans: list[tuple[int, int]] = []
    end = fr._skip_back(c.text, seg, " ,")
    while len(spans) < MAX_APPOSITIVES:
        start = fr._segment_start(c.text, c.s.start, end)
        spans.insert(0, fr._strip_span(c.text, start, end))
        before = fr._skip_back(c.text, start, " ,")
        if len(spans) >= 2 and c.quotes.ending_at(before) is not None:
            break
        if c.text[before:start].strip() != ",":
            return None
        end = before
    else:
        return None
    sizes = [n_words(c, span) for span in spans]
    if min(sizes) < 1 or sum(sizes) > APPOSITIVE_WORDS:
        return None
    content = fr._trim_content(
        c.text, fr.content_before(c.text, c.s, spans[0][0], c.quotes, c.lex), spans[0][0]
    )
    if content[0] >= content[1] and _nothing_said_after(c, m):
        # '"C?" Ann Lee, a nurse, said.': the quotation closed the sentence before; not when
        # the cue has words of its own ('Ann Lee, a nurse, said last year prices rose')
        content = _quote_before_sentence(c) or content
    first = spans[0]
    word = c.text[spans[1][0] : spans[1][1]].split()[0]
    described = c.text[first[0] : first[1]].split()[0].lower() in fr.NP_STARTERS
    if described and word[:1].isupper() and word.lower() not in fr.NP_STARTERS:
        first = spans[1]  # "the secretary, Josh Earnest"
    if not content_ok(c, content) or not fr._speakerlike(c.text, *first, c.lex, loose=True):
        return None
    rest = [c.text[a:b] for a, b in spans if (a, b) != first]
    desc = ", ".join(x for x in rest if not x.isdigit())  # an age is no role
    return make_frame("pre", m.span(), c, first, content, w, description=desc)


def _nothing_said_after(c: Ctx, m: CueHit) -> bool:
    """The cue ends its sentence, or only an adjunct of the frame follows it ('said at a
    summit Thursday.'; particles.adjunct_only)."""
    tail = c.text[m.end() : c.s.end].strip()
    return not tail or tail[0] in ".!?" or adjunct_only(c.text, m.end(), c.s.end, c.lex)


def _quote_before_sentence(c: Ctx) -> tuple[int, int] | None:
    """A quotation in double marks that closes right before the sentence, or None."""
    q = c.quotes.ending_at(fr._skip_back(c.text, c.s.start, " \t"))
    return None if q is None or not q.double else (q.start, q.end)


