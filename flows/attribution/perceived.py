"""The subject of a cue heard or seen being said: 'Ann Lee can be heard telling the guards
that C', 'A guard was overheard asking whether C'.

A participle cue right after a passive verb of perception (class ``perceived_passive`` in
``data/frame_words.tsv``: 'heard', 'seen') and its auxiliaries (class ``aux``: 'can be',
'was') reports what the subject of that verb said: the noun phrase before the auxiliaries,
in the cue's comma part, is the speaker. A quotation that opens the sentence and closes
right before that noun phrase is what was said ('"Why?" a guard can be heard asking him').
"""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.subjects import Ctx, narrow_subject

__all__ = ["perceived_object", "perceived_subject", "quotation_before"]

RE_WORD = re.compile(r"[\w'’-]+")
MAX_OBJECT_WORDS = 5  # 'heard two of the guards saying'


def _words_before_participle(c: Ctx, cue_start: int, cue: str,
                             ) -> tuple[int, list[re.Match[str]]] | None:
    """Where the cue's comma part starts and its words before the cue, when the cue is a
    participle ('telling', 'asking'); None for any other cue."""
    if not cue.split()[0].lower().endswith("ing"):
        return None
    seg = fr._segment_start(c.text, c.s.start, cue_start)
    return seg, list(RE_WORD.finditer(c.text, seg, cue_start))


def perceived_subject(c: Ctx, cue_start: int, cue: str) -> tuple[int, int] | None:
    """The speaker of a participle ``cue`` at ``cue_start`` after 'can be heard' or 'was
    seen', or None."""
    read = _words_before_participle(c, cue_start, cue)
    if read is None:
        return None
    seg, words = read
    if not words or words[-1].group().lower() not in c.lex.frame_class("perceived_passive"):
        return None
    aux = c.lex.frame_class("aux")
    k = len(words) - 1
    while k and words[k - 1].group().lower() in aux:
        k -= 1
    if k == len(words) - 1 or k == 0:
        return None  # no auxiliary ('the crowd heard saying'), or no subject before it
    return narrow_subject(c, fr._clean_subject(c.text, seg, words[k - 1].end(), c.lex))


def quotation_before(c: Ctx, subject: tuple[int, int]) -> tuple[int, int] | None:
    """The quotation that opens the sentence and closes right before ``subject``, or None."""
    q = c.quotes.ending_at(fr._skip_back(c.text, subject[0], " ,"))
    if q is None or c.text[c.s.start : q.start].strip():
        return None
    return q.start, q.end


def perceived_object(c: Ctx, cue_start: int, cue: str) -> tuple[int, int] | None:
    """The speaker of a participle ``cue`` at ``cue_start`` right after the object of an
    active verb of perception (class ``perception_verb``): 'Ann Lee heard the guards saying
    C' is the guards' statement, not Ann Lee's; None when there is no such verb in the cue's
    comma part, right before a short object."""
    read = _words_before_participle(c, cue_start, cue)
    if read is None:
        return None
    words = read[1]
    verbs = c.lex.frame_class("perception_verb")
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i].group().lower() in verbs),
              None)
    if at is None or len(words) - 1 - at > MAX_OBJECT_WORDS:
        return None
    return narrow_subject(c, (words[at + 1].start(), words[-1].end()))
