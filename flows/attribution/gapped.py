"""Gapped objects: a cue that nothing follows after its subject, inside a relative clause
whose object is the noun phrase or pronoun right before that subject ('the trade bill,
which he once supported,', 'an arrangement the union has criticized', 'everything he
said', 'the question nobody asked'). That phrase is what the subject said, praised or
asked; the clause before it is not.

Read only for a cue whose words after it close the frame, with at least two words between
the segment's start and the cue. The subject is a listed pronoun (class gapped_subject), a
run of up to three capitalised words, or a common noun phrase opened by class
gapped_subject_lead; auxiliaries and adverbs (class gapped_aux) may sit between it and the
cue. The object is a pronoun of class gapped_object (not after a preposition), or a noun
phrase of up to three words opened by a noun_determiner whose head is no time, manner or
setting of speech (classes time, time_measure, not_gapped_object, setting_noun) before a
subject that is no name. Left alone: a subject that opens its segment (', the ministry
said.'), a fronted adverbial ('In a statement the council said.'), a role before a name
('the news site RTL Info reported', 'her top aide Ann Lee wrote': one subject), an -ing
cue, a cue in a heading's capitals.
"""

from __future__ import annotations

import re

from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit
from flows.attribution.subjects import Ctx
from flows.attribution.unframed import make_frame

__all__ = ["gapped_object_frame"]

RE_GAP_WORD = re.compile(r"[\w'’.-]+")
GAP_WINDOW = 90  # characters before a cue read for its subject and object
MAX_AUX = 3  # 'would also have'
MAX_NAME_WORDS = 3  # 'John Smith', 'Mr. Tom Hall'
FUNCTION_WORDS = frozenset(["to", "of", "as", "and", "or", "but", "for", "in", "on", "with", "by"])
MAX_NP_WORDS = 3  # 'the off-the-cuff style', 'an approach', 'a deal'


def gapped_object_frame(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    """The frame of a cue whose object is the phrase before its subject, else None."""
    if m.group().endswith("ing") or m.group()[0].isupper():
        return None  # a participle; a heading's capitals ('What We Know')
    lo = max(seg, m.start() - GAP_WINDOW)
    words = list(RE_GAP_WORD.finditer(c.text, lo, m.start()))
    lows = [x.group().lower() for x in words]
    i = len(words) - 1
    aux = c.lex.frame_class("gapped_aux")
    while i >= 1 and lows[i] in aux and len(words) - 1 - i < MAX_AUX:
        i -= 1
    first = _subject_start(c, words, lows, i)
    if first is None or first < 1:
        return None
    obj = _object_start(c, words, lows, first - 1, fronted=lo == c.s.start)
    if obj is None or obj < first - 1 and words[first].group()[0].isupper():
        return None  # 'the news site RTL Info reported': a role before a name, one subject
    spk = (words[first].start(), words[i].end())
    content = (words[obj].start(), words[first - 1].end())
    return make_frame("pre", m.span(), c, spk, content, w)


def _subject_start(c: Ctx, words: list[re.Match[str]], lows: list[str], i: int) -> int | None:
    """The index of the subject's first word, its last at ``i``; None if none is read."""
    if i < 1 or lows[i] in c.lex.union("adjunct_lead", "subordinator", plus=FUNCTION_WORDS):
        return None  # 'the crowd as he replied', 'the body of the email to ask'
    if lows[i] in c.lex.frame_class("gapped_subject"):
        return i
    if words[i].group()[:1].isupper():
        first = i
        while first > 0 and i - first < MAX_NAME_WORDS - 1:
            if not words[first - 1].group()[0].isupper():
                break
            first -= 1
        return first
    if lows[i - 1] in c.lex.frame_class("gapped_object") and lows[i].isalpha():
        return i  # 'which analysts had expected': a bare plural after the pronoun
    leads = c.lex.frame_class("gapped_subject_lead")
    return next((j for j in range(i - 1, max(-1, i - 4), -1) if lows[j] in leads), None)


def _object_start(
    c: Ctx, words: list[re.Match[str]], lows: list[str], j: int, *, fronted: bool
) -> int | None:
    """The index of the gapped object's first word, its last at ``j``; None if none."""
    low = lows[j]
    if low in c.lex.frame_class("gapped_object"):
        before = lows[j - 1] if j else ""
        return None if before in c.lex.frame_class("adjunct_lead") else j
    if not words[j].group().isalpha() or not words[j].group().islower():
        return None
    if low in c.lex.union("adjunct_lead", "subordinator", plus=FUNCTION_WORDS):
        return None  # 'a spokesman for Disney said': no noun ends the phrase
    if low in c.lex.union("time", "time_measure", "not_gapped_object", "setting_noun"):
        return None
    dets = c.lex.frame_class("noun_determiner")
    det = next((k for k in range(j - 1, max(-1, j - MAX_NP_WORDS), -1) if lows[k] in dets), None)
    if det is None:
        return None
    if fronted and det == 1 and lows[0] in c.lex.union("adjunct_lead", "subordinator"):
        return None  # 'In a statement the council said': a fronted adverbial
    return det
