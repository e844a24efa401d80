"""Speakers read from a participle clause (issue 3): a frame found inside '..., taking aim at
X' or '..., prompting fears that C' took the participle as its subject ('taking', 'prompting
fears'). The participle's own subject is the main clause's ('Ann Lee spoke, taking aim at X':
Ann Lee); a participle of causing (class ``causing_participle``: 'prompting', 'raising')
makes others feel or say something, so its frame names no speaker, or the person it moves
to speak ('leading some analysts to argue that C': some analysts)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import sentence_subject
from flows.attribution.participle_frames import clause_head, participle_subject
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS
from flows.attribution.subjects import Ctx

__all__ = ["participle_speaker"]

RE_PARTICIPLE = re.compile(r"[a-z]{2,}ing\b")  # 'taking', not 'king'
RE_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS  # 'expressing the hope', 'offering his views'
RELATIVE_WORDS = frozenset(["that", "which", "who", "whom", "whose"])
MAX_OBJECT_LEAD = 2  # 'delivering a passionate' (tribute)
INFINITIVE_GAP = "to"  # 'using an expletive to describe X', 'trying to explain C'


def participle_speaker(c: Ctx, frame: Frame, frames: list[Frame]) -> Frame:
    """``frame`` with the speaker of the participle clause its mention opens, or as read.

    The mention opens with a lower-case '-ing' word after a comma or an adjunct word ('while
    trying to explain C', 'before taking aim at X'), and is that word alone, or that word and
    a determined object before a noun cue ('offering his thoughts on X'), or a phrase before
    'to' and the cue ('taking pains to stress C'). Not a subject that a finite cue follows
    ('..., leading economists have warned', '..., banking sources said')."""
    start = frame.speaker_start
    if frame.pattern != "post" or not c.text[start : start + 1].islower():
        return frame  # cheap: most mentions are names or open with a capital
    word = RE_PARTICIPLE.match(c.text, start, frame.speaker_end)
    if word is None or not _after_clause_break(c, start):
        return frame
    gap = c.text[frame.speaker_end : frame.cue_start].strip()
    rest = c.text[word.end() : frame.speaker_end].split()
    if not (gap == INFINITIVE_GAP or not gap and (not rest or _determined_object(c, rest))):
        return frame
    if word.group() in c.lex.frame_class("causing_participle"):
        after = c.text[word.end() : frame.speaker_end]
        moved = word.end() + len(after) - len(after.lstrip())
        if gap and rest and fr._speakerlike(c.text, moved, frame.speaker_end, c.lex):
            return replace(frame, speaker_start=moved)  # 'leading some analysts to argue'
        return replace(frame, unnamed=True)  # 'prompting fears that C': no one's words
    subject = _main_subject(c, start, frames)
    if subject is None:
        return replace(frame, unnamed=True)
    return replace(frame, speaker_start=subject[0], speaker_end=subject[1])


def _determined_object(c: Ctx, rest: list[str]) -> bool:
    """The words between a participle and a noun cue open its object: a determiner and at
    most one more word ('offering his', 'delivering a passionate'), no relative pronoun
    ('sharing a post that appeared to ...': the post's clause, not the participle's)."""
    return (
        len(rest) <= MAX_OBJECT_LEAD
        and rest[0].lower() in DETERMINERS
        and RELATIVE_WORDS.isdisjoint(w.lower() for w in rest)
    )


def _after_clause_break(c: Ctx, start: int) -> bool:
    """A comma or an adjunct word ('while', 'before', class ``adjunct_preposition``) right
    before ``start``."""
    at = fr._skip_back(c.text, start, " ")
    if c.text[at - 1 : at] == ",":
        return True
    before = RE_WORD_BEFORE.search(c.text, max(c.s.start, at - 12), at)
    return before is not None and before.group(1).lower() in c.lex.frame_class(
        "adjunct_preposition"
    )


def _main_subject(c: Ctx, start: int, frames: list[Frame]) -> tuple[int, int] | None:
    """The subject of the clause a participle at ``start`` hangs on: the speaker of a frame
    before it in the sentence, else the noun phrase that opens the sentence."""
    before = [f for f in frames if f.cue_end <= start and not f.unnamed]
    if before:
        return participle_subject(c, before[-1])
    lead = sentence_subject(c, start)
    if lead is None or lead[0] >= lead[1]:
        return None
    return clause_head(c, lead, start)
