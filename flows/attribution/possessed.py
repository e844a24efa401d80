"""Nouns of speech that are no cue by themselves but report what was said after a
possessive (perhaps with one lower-case modifier) and with a 'that' clause: "Tom Hall's
remarks that C", "the firm's statement that C", "his earlier statements that C".

The learned lexicon drops a noun such as 'remarks' or 'statement': read alone it rarely
reports anything ('his remarks drew laughter'). With its owner before it (a possessive,
``noun_cues.possessor``) and a 'that' clause after it, the owner said C. The nouns are the
words of class ``speech_noun`` (``data/frame_words.tsv``) that are no cue form; the frame is
read as a cue noun's is (``clause_frames.post_frame``).
"""

from __future__ import annotations

import re

from flows.attribution.clause_frames import post_frame
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit, Lexicon
from flows.attribution.noun_cues import owner_gap
from flows.attribution.subjects import Ctx

__all__ = ["possessed_noun_frame", "possessed_noun_hits"]

POSSESSED_NOUN_WEIGHT = 0.8  # the prior of a noun of speech with its owner and clause
BEFORE_CHARS = 40  # the possessive and the noun before ' that '
# a possessive ('s, or his/her/their/its), perhaps one lower-case word (an adjective:
# 'his earlier statements', noun_cues.owner_gap) and the word after them, before ' that '
RE_POSSESSED_BEFORE = re.compile(
    r"(?:[\w.][\u2019']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))(\s+[a-z]+)?\s+([A-Za-z]+)$"
)
RE_AFTER_THAT = re.compile(r"\s+that\s+([\w'\u2019]+)")  # the word after 'that'


def possessed_noun_hits(c: Ctx) -> list[CueHit]:
    """The nouns of speech of the sentence that are no cue form, right after a possessive
    (or 'his', 'her', 'their', 'its') and before 'that' ("Tom Hall's remarks that C"): the
    words before each ' that ' are read (none in most sentences)."""
    hits: list[CueHit] = []
    at = c.text.find(" that ", c.s.start, c.s.end)
    while at >= 0:
        space = c.text.rfind(" ", c.s.start, at)  # the word before 'that' first (cheap)
        if c.text[space + 1 : at].lower() in _nouns(c.lex):
            m = RE_POSSESSED_BEFORE.search(c.text, max(c.s.start, at - BEFORE_CHARS), at)
            if m is not None and (
                m.group(1) is None or owner_gap(c.text, m.start(1), m.start(2), c.lex)
            ):  # an adjective between: 'his earlier statements that C', not 'his aides'
                hits.append(CueHit(m.start(2), m.end(2), m.group(2)))
        at = c.text.find(" that ", at + 1, c.s.end)
    return hits


def possessed_noun_frame(c: Ctx, hit: CueHit, previous: Frame | None) -> Frame | None:
    """The frame of a possessed noun of speech: its owner says the 'that' clause."""
    lead = RE_AFTER_THAT.match(c.text, hit.end())
    if lead is None or c.lex.verb_word(lead.group(1), aux=True):
        return None  # 'the mayor's comments that were published': a relative clause
    return post_frame(c, hit, hit.group().lower(), POSSESSED_NOUN_WEIGHT, previous)


def _nouns(lex: Lexicon) -> frozenset[str]:
    """The words of class speech_noun that are no cue form (read once a lexicon)."""
    held = _NOUNS.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    nouns = frozenset(w for w in lex.frame_class("speech_noun") if w not in lex.cue_lemma)
    _NOUNS.clear()
    _NOUNS[id(lex)] = (lex, nouns)
    return nouns


_NOUNS: dict[int, tuple[Lexicon, frozenset[str]]] = {}
