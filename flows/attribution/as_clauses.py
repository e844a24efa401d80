"""A reporting clause opened by 'As': 'As the Herald reported Tuesday night, C.'

A sentence that opens with 'As X <cue>' and a comma reports the main clause after that
comma when the words between the cue and the comma are only an adjunct of the frame
('Tuesday night', 'in a speech': ``particles.adjunct_only``) or, after a cue that takes a
hearer ('tell'), that hearer ('As Ann Lee told the Riverton Daily, C'). Any other words
make a time clause ('As Ann Lee attacked the plan, the crowd chanted'), left to the
other readers, as are a bare 'As X said, C' (the complement reader takes C) and an 'as'
inside the sentence (', as Ann Lee said, C' may report either side).

A passive 'as reported by X' (``as_by_frame``) names its source after 'by': 'As reported by
the Herald, C.' reports the clause after the comma, 'C, as first reported by the Herald.'
the clause before it.
"""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit
from flows.attribution.particles import adjunct_only
from flows.attribution.subjects import Ctx, n_words
from flows.attribution.unframed import make_frame

__all__ = ["as_by_frame", "as_clause_content"]

RE_AS_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))[Aa]s(?:\s+[a-z]+ly|\s+first|\s+previously)?\s+$")
BY = " by "
MAX_AS_SOURCE_WORDS = 12  # 'by the Associated Press news agency on Tuesday'
AS_LOOKBACK = 20  # characters before a cue that hold 'as' and an adverb ('as first ')

MAX_AS_TAIL_WORDS = 6  # words of a hearer between the cue and the comma
MIN_CONTENT_WORDS = 3


def as_clause_content(
    c: Ctx, m: CueHit, lemma: str, spk: tuple[int, int]
) -> tuple[int, int] | None:
    """The main clause after 'As <speaker> <cue> ...,', or None."""
    if c.text[c.s.start : c.s.start + 3].lower() != "as ":
        return None
    if fr._words(c.text[c.s.start : spk[0]]) != ["as"]:
        return None
    if not c.lex.frame_class("verbish").isdisjoint(fr._words(c.text[spk[0] : m.start()])):
        return None  # 'As the deal was negotiated in 2012, Ann Lee said C': no speaker
    if not fr._speakerlike(c.text, *spk, c.lex, loose=True):
        return None  # 'As part of the contracts announced last year, C'
    comma = c.text.find(",", m.end(), c.s.end)
    if comma < 0 or not c.text[m.end() : comma].strip():
        return None  # 'As the Herald reported, C': the complement reader takes C
    if not (adjunct_only(c.text, m.end(), comma, c.lex) or _addressee(c, m, lemma, comma)):
        return None  # 'As Ann Lee attacked the plan, C': a time clause with an object
    content = fr._trim_content(c.text, comma + 1, c.s.end)
    return content if n_words(c, content) >= MIN_CONTENT_WORDS else None


def _addressee(c: Ctx, m: CueHit, lemma: str, comma: int) -> bool:
    """'told the Riverton Daily', 'told reporters': a cue that takes a hearer, then a
    capitalised name or a few words without a clause."""
    if lemma not in fr.OBJECT_CUES:
        return False
    words = fr._words(c.text[m.end() : comma])
    return (
        0 < len(words) <= MAX_AS_TAIL_WORDS
        and "that" not in words
        and not any(ch in c.text[m.end() : comma] for ch in fr.QUOTE_OPEN)
    )


def as_by_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """'As reported by the Herald, C.' / 'C, as first reported by the Herald on Tuesday.':
    the source after 'by' said C; the cue runs from 'as' to 'by'. Before the clause only
    with a comma after the source; after it only with a comma before 'as'. The caller
    tests that 'by' ends the cue form or follows it."""
    lead = RE_AS_BEFORE.search(c.text, max(c.s.start, m.start() - AS_LOOKBACK), m.start())
    if lead is None:
        return None
    by_end = m.end() if m.group().endswith(BY.rstrip()) else m.end() + len(BY) - 1
    np = fr._np_after(c.text, by_end, c.s.end, max_words=MAX_AS_SOURCE_WORDS, lex=c.lex)
    if np is None or not fr._speakerlike(c.text, *np, c.lex, loose=True):
        return None
    full = fr._np_after(c.text, by_end, c.s.end, max_words=MAX_AS_SOURCE_WORDS)
    np_end = np[1] if full is None else max(np[1], full[1])  # '... the Herald on Tuesday'
    cue = (lead.start(), by_end)
    if not c.text[c.s.start : lead.start()].strip():  # 'As reported by X, C'
        if c.text[np_end : np_end + 1] != ",":
            return None
        content = fr._trim_content(c.text, np_end + 1, c.s.end)
    else:
        if c.text[fr._skip_back(c.text, lead.start(), " ") - 1] != ",":
            return None  # 'the issue was seen as reported by ...'
        start = fr.content_before(c.text, c.s, lead.start(), c.quotes, c.lex)
        content = fr._trim_content(c.text, start, lead.start())
    if n_words(c, content) < MIN_CONTENT_WORDS:
        return None
    return make_frame("according", cue, c, np, content, w)
