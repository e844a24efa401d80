"""Read a participle frame ('..., adding C', 'The firm cut jobs, saying C':
``participle_frame``): its subject, the speaker of the frame before it
(``participle_subject``) or the head of the clause it follows (``clause_head``), and where
its content ends."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.content_end import complement
from flows.attribution.content_start import named_gerund
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import sentence_subject
from flows.attribution.lexicon import CueHit
from flows.attribution.readers import RE_FIRST_WORD
from flows.attribution.spans import ARTICLES
from flows.attribution.subjects import (
    Ctx,
    n_words,
)
from flows.attribution.unframed import make_frame

__all__ = [
    "HEAD_CLASSES",
    "RE_WORD_SPAN",
    "clause_head",
    "gerund_object",
    "participle_frame",
    "participle_subject",
]

GERUND_LINK_CHARS = 5  # characters before a participle cue read for its link: 'for '

HEAD_CLASSES = ("title", "org", "group", "person_noun", "org_kind", "org_anaphor")
RE_WORD_SPAN = re.compile(r"[\w'’.-]+")


def participle_frame(
    c: Ctx, m: CueHit, lemma: str, w: float, previous: Frame | None
) -> Frame | None:
    if previous is None:
        lead = sentence_subject(c, m.start())
        if lead is None:
            return None
        spk = clause_head(c, lead, m.start())
    else:
        spk = gerund_object(c, previous, m) or participle_subject(c, previous)
    content = complement(c, m, lemma)
    if previous is None:
        content = _aside_end(c, spk, m.start(), content)
    if n_words(c, content) < 2 or _cue_after_comma(c, m.end(), content[0]):
        return None
    return make_frame("participle", m.span(), c, spk, content, w * 0.9)


def gerund_object(c: Ctx, previous: Frame, m: CueHit) -> tuple[int, int] | None:
    """The name between the frame before a participle cue and a preposition of class
    gerund_reason that is no participle_adjunct ('for') right before the cue, when 'that'
    follows it: "The union praised Ann Lee for saying that C" (Ann Lee said C; the active
    form of passive._subject_gerund's 'Ann Lee was praised by the union for saying that C');
    None when no such word is right before the cue (nearly every participle) or the object
    is no name (content_start.named_gerund: 'praised the plan for saying that C')."""
    lead = c.text[max(previous.cue_end, m.start() - GERUND_LINK_CHARS) : m.start()].split()
    if not lead or lead[-1].lower() not in c.lex.frame_class("gerund_reason"):
        return None
    if not c.text.startswith(" that ", m.end()) or not named_gerund(
        c.text[previous.cue_end : m.end()].split(), c.lex
    ):
        return None
    link = c.text.rfind(lead[-1], previous.cue_end, m.start())
    return fr._strip_span(c.text, previous.cue_end, link)


def _aside_end(
    c: Ctx, spk: tuple[int, int], cue_start: int, content: tuple[int, int]
) -> tuple[int, int]:
    """A participle set off by commas right after its subject's comma part ('Both houses of
    the assembly, citing costs, passed bills'): its content ends at the comma before the
    main verb, a past form or a word of class verbish, perhaps after an adverb (classes
    verb_adverb and coordinated_adverb, or an '-ly' word: 'The board, stressing C, also
    called for D')."""
    between = c.text[spk[1] : cue_start].rstrip()
    if not between.endswith(",") or "," in between[:-1]:
        return content
    comma = c.text.find(",", content[0], content[1])
    word = RE_FIRST_WORD.match(c.text, comma + 1, content[1]) if comma >= 0 else None
    if word is not None and (word.group(1).endswith("ly") or word.group(1) in c.lex.union(
            "verb_adverb", "coordinated_adverb")):
        word = RE_FIRST_WORD.match(c.text, word.end(), content[1])
    if word is None or not word.group(1).islower():
        return content
    verb = word.group(1)
    if not (c.lex.past_form(verb) or verb in c.lex.frame_class("verbish")):
        return content
    return fr._trim_content(c.text, content[0], comma)


def _cue_after_comma(c: Ctx, start: int, end: int) -> bool:
    """A cue opens the last comma part between a participle and its content: 'Ann Lee,
    writing in a blog, said: "C."' (the participle sets the scene of the cue after it, whose
    content that is)."""
    comma = c.text.rfind(",", start, end)
    if comma < 0:
        return False
    word = RE_FIRST_WORD.match(c.text, comma + 1, end)
    return word is not None and word.group(1).lower() in c.lex.cue_lemma


def clause_head(c: Ctx, lead: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """'The firm cut jobs, saying C': a determined noun phrase read with no verb-like word
    after it before the comma ahead of the participle has swallowed the clause's verb
    ('cut' reads as no verb), so it ends at its last word naming a speaker (speaker classes
    ``HEAD_CLASSES``: 'firm', 'chief executive') with a word after it; ``lead`` when a verb
    follows it ('The mayor visited the dam, saying'), when it ends on such a word or names
    none."""
    comma = c.text.rfind(",", lead[1], cue_start)
    if comma < 0 or c.text[comma + 1 : cue_start].strip():
        return lead
    after = [w.lower() for w in RE_WORD_SPAN.findall(c.text, lead[1], comma)]
    if any(c.lex.verb_word(w, aux=True) for w in after):
        return lead
    words = list(RE_WORD_SPAN.finditer(c.text, *lead))
    heads = c.lex.union(speaker=HEAD_CLASSES)
    if len(words) < 3 or words[0].group().lower() not in ARTICLES or (
        words[-1].group().lower() in heads  # 'The local police chief set up ...'
    ):
        return lead
    for w in reversed(words[1:-1]):
        if w.group().islower() and w.group() in heads:
            return lead[0], w.end()
    return lead


def participle_subject(c: Ctx, previous: Frame) -> tuple[int, int]:
    """Who a participle after a frame has as subject: that frame's speaker, but after a
    passive the subject it names before its cue when that can speak ('Ann Lee was
    encouraged by the figures, saying C': Ann Lee; 'The plan was criticised by Ann Lee,
    saying C': Ann Lee, as the plan cannot speak)."""
    patient = (previous.content_start, previous.content_end)
    if (
        previous.pattern == "passive"
        and patient[1] <= previous.cue_start
        and fr._speakerlike(c.text, *patient, c.lex)
    ):
        return patient
    return previous.speaker_start, previous.speaker_end
