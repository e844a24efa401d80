"""Read the frame of a cue whose subject comes right before it and whose content follows:
'X said C' (``post_frame``), with the subject cut before a parenthetical aside, a setting's
object or an infinitive of purpose, after a titled aside, or taken from the frame before.
(``pre_frames`` reads '"C," X said', ``second_verbs`` the subject of a second verb,
``post_content`` the content after the cue.)"""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.appositions import describes_name
from flows.attribution.frames import Frame
from flows.attribution.inverted_frames import MAX_DETERMINED_WORDS
from flows.attribution.leading_subjects import leading_np
from flows.attribution.lexicon import CueHit
from flows.attribution.noun_cues import possessor
from flows.attribution.participle_frames import RE_WORD_SPAN
from flows.attribution.perceived import perceived_object, perceived_subject, quotation_before
from flows.attribution.post_content import WH_LEAD, post_content_frame
from flows.attribution.post_subjects import post_subject
from flows.attribution.pre_frames import SETTING_DETERMINERS
from flows.attribution.second_verbs import (
    ends_coordinated,
    may_coordinate,
    second_clause_subject,
    second_verb_subject,
)
from flows.attribution.senses import noun_after_verb
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS
from flows.attribution.subjects import RE_TOKEN, Ctx, narrow_subject
from flows.attribution.unframed import make_frame

__all__ = ["post_frame"]

MAX_LEAD_MARKS = 2  # a quote mark and a space before a sentence's first word
MAX_ASIDE_CHARS = 120  # a parenthetical aside between a subject and its cue
MAX_ASIDE_NOUN_WORDS = 6  # 'the New England Journal article, led by X, concludes C'
MAX_TITLE_WORDS = 6  # a quoted title in an aside: '"The Apprentice,"'
TITLE_SMALL_WORDS = frozenset(["of", "the", "and", "a", "an", "in", "on", "to", "for"])
MAX_NAME_WORDS = 5  # a name before its aside
RE_COMMA_AND = re.compile(r"\s*,\s*(?:and|but)\s+")  # between a clause and its second verb
RE_TO_LAST = re.compile(r"(?<![\w'’.-])to[^\w'’.-]*$")  # 'to' the last word of a text
TO_WINDOW = 12  # characters before a cue searched for that 'to'
MAX_INFINITIVE_OBJECT = 5  # 'used a Christmas message to', 'took the chance to'
PARTICLES = frozenset(["out", "up", "off", "down"])  # 'put out a statement'


def _before_setting_object(c: Ctx, m: CueHit, window: tuple[int, int]) -> tuple[int, int]:
    """The subject window of a participle cue after the object of another verb that is a
    setting of speech ('Ann Lee issued a statement saying C', 'His office put out a
    statement saying C'): the words before that verb; else the window as it is."""
    if not m.group().split()[0].lower().endswith("ing"):
        return window
    words = list(RE_WORD_SPAN.finditer(c.text, *window))
    lows = [w.group().lower() for w in words]
    if len(words) < 4 or lows[-1] not in c.lex.frame_class("setting_noun"):
        return window
    at = next((i for i in range(len(lows) - 2, 0, -1) if lows[i] in SETTING_DETERMINERS), 0)
    verb = at - 1 - (at > 1 and lows[at - 1] in PARTICLES)  # 'issued', 'put out'
    if verb < 1 or lows[at - 1] == "of" or lows[at - 1] in c.lex.frame_class("setting_preposition"):
        return window  # 'devotes much of her speech', 'photos from his rally'
    cut = fr._clean_subject(c.text, window[0], words[verb - 1].end(), c.lex)  # 'She also'
    return cut if cut[1] > cut[0] else window


def post_frame(c: Ctx, m: CueHit, lemma: str, w: float, previous: Frame | None,
               seg: int = -1) -> Frame | None:
    """The frame of a cue read after its subject; ``seg``: where the cue's comma-free,
    quote-free segment starts (``_segment_start``), when the caller has found it."""
    at = m.begin  # (read once: a method call per read costs)
    if seg < 0:
        seg = fr._segment_start(c.text, c.s.start, at)
    owner = possessor(c.text, m.span(), seg, c.lex)
    if owner is not None:  # "a fact-check on Ann Lee's claim that C": Ann Lee's
        return post_content_frame(c, m, lemma, w, (owner, None, None))
    subject = post_subject(c, at)
    if (
        subject is not None
        and subject[0][0] - c.s.start <= MAX_LEAD_MARKS  # (a subject opening its sentence)
        and c.text.endswith("ing", subject[0][0], _word_end(c, subject[0]))
    ):
        subject = _after_fronted_participle(c, subject, at)  # 'Using ... to describe X, he'
    close = fr._skip_back(c.text, at, " ") - 1
    if c.text[close : close + 1] == ")" and (subject is None or subject[0][1] <= close):
        subject = _before_aside(c, close) or subject  # 'Ann Lee (a nurse who ...) says C'
    seen = perceived_object(c, at, m.group())
    if seen is not None:  # 'Ann Lee heard the guards saying C': the guards
        subject = (seen, None, None)
    light = noun_after_verb(c.text, m, c.lex) if seen is None else -1
    if light >= 0:  # 'Analysts raised concerns that C': the analysts, if they can speak
        light_verb = fr._words(c.text[light : at])[:1]
        if light_verb and light_verb[0] in c.lex.frame_class("unsaid_object_verb"):
            return None  # 'Ann Lee faced questions about C', 'held talks about': not hers
        if subject is None or subject[0][1] > light:  # the subject holds the verb
            verb_seg = fr._segment_start(c.text, c.s.start, light)
            lead = narrow_subject(c, fr._clean_subject(c.text, verb_seg, light, c.lex))
            if lead is not None and c.text[lead[0] : lead[1]].lower() in WH_LEAD:
                return None  # 'What has happened shows that C': a clause, no one's words
            if lead is not None and fr._speakerlike(c.text, *lead, c.lex):
                subject = (lead, None, None)
            elif POSSESSIVE_DETERMINERS.isdisjoint(fr._words(c.text[light : at])):
                return None  # 'The figures confounded hopes of C', 'The move prompted calls'
            # ('Then came her warning: "C."': her warning, read as before)
    verb = _verb_before_object_infinitive(c, at)
    if verb is not None:  # 'The board used the money to show that C': the board shows
        if verb.group() not in c.lex.frame_class("purpose_verb"):
            return None  # 'The vote prompted the mayor to say C': the mayor's, if anyone's
        lead = narrow_subject(c, fr._clean_subject(c.text, seg, verb.start(), c.lex))
        if lead is None:  # 'Perhaps we should have made a term to describe C'
            return None
        subject = (lead, None, None)
    if subject is not None:  # 'Ann Lee issued a statement saying C': Ann Lee
        subject = (_before_setting_object(c, m, subject[0]), *subject[1:])
    if (
        subject is not None
        and previous is not None
        and (subject[0][0] <= previous.cue_start < subject[0][1])
    ):  # "X praised the crew and said ...": the subject of the frame before
        noun = _noun_aside(c, previous, at)
        if noun is not None and not _speaking_noun(c, noun):
            return None  # 'He said the figures, released on Friday, showed C': a verb of C
        # 'X denied Mr Yeo, his spokesman, said C': the noun phrase with its aside speaks
        speaker = (previous.speaker_start, previous.speaker_end) if noun is None else noun
        # 'X asked for a photo and Ann Lee said C': a clause of its own, with its subject
        ahead = noun is None and previous.content_end <= at  # its object ended
        second = second_clause_subject(c, subject[0], at) if ahead else None
        subject = (speaker if second is None else second, None, None)
    elif subject is not None and (
        may_coordinate(c.text[slice(*subject[0])])
        and ends_coordinated(c, m, subject[0], previous)
        or RE_COMMA_AND.fullmatch(c.text, subject[0][1], at) is not None
    ):
        subject = None  # "The mayor visited the dam(,) and said": a clause is no subject
    elif subject is not None and may_coordinate(c.text[slice(*subject[0])]):
        second = second_clause_subject(c, subject[0], at)
        if second is not None:  # 'X met Y and both sides agreed': 'both sides'
            subject = (second, None, None)
    if subject is None:
        subject = _titled_aside_subject(c, at)
    if subject is None:  # 'Ann Lee can be heard telling the guards that C'
        heard = perceived_subject(c, at, m.group())
        quoted = None if heard is None else quotation_before(c, heard)
        if heard is not None and quoted is not None:  # '"C?" a guard can be heard asking'
            return make_frame("pre", m.span(), c, heard, quoted, w)
        subject = None if heard is None else (heard, None, None)
    if subject is None:
        lead = second_verb_subject(c, m, previous)
        if lead is None:
            return None
        subject = (lead, None, None)
    return post_content_frame(c, m, lemma, w, subject)


def _word_end(c: Ctx, span: tuple[int, int]) -> int:
    space = c.text.find(" ", *span)
    return span[1] if space < 0 else space


def _after_fronted_participle(
    c: Ctx, subject: tuple[tuple[int, int], str | None, str | None], cue_start: int
) -> tuple[tuple[int, int], str | None, str | None]:
    """A subject that opens the sentence with a capitalised '-ing' word, no comma before the
    cue ('Using a crude word to describe X, he said C'; 'Continuing to explain his view, Tom
    Hall ...'): the cue is a verb of the fronted participle clause, whose subject is the
    main clause's, the noun phrase right after the comma that closes it; ``subject`` when no
    such noun phrase follows or the words before the cue are no such clause: a verb after
    the '-ing' word ('Beijing is concerned about') or a capitalised word in the subject
    ('Brewing giant Inbev agreed')."""
    start = subject[0][0]
    lead = c.text[c.s.start : start].strip(' "\u201c')
    if lead or not c.text[start].isupper() or "," in c.text[start:cue_start]:
        return subject
    words = c.text[start:cue_start].split(None, 2)  # the participle and the word after it
    after = words[1].lower() if len(words) > 1 else ""
    if after != "to" and (c.lex.verb_word(after, aux=True) or after in c.lex.cue_lemma) or any(
        w[:1].isupper() for w in c.text[_word_end(c, subject[0]) : subject[0][1]].split()
    ):  # a subject: 'Beijing is concerned about', 'Brewing giant Inbev agreed'
        return subject
    comma = c.text.find(",", cue_start, c.s.end)
    if comma < 0:
        return subject
    end = c.text.find(",", comma + 1, c.s.end)
    tokens = list(RE_TOKEN.finditer(c.text[comma + 1 : c.s.end if end < 0 else end]))
    main = leading_np(c, comma + 1, tokens) if tokens else None
    if main is None or not fr._speakerlike(c.text, *main, c.lex):
        return subject
    return main, None, None


def _before_aside(
    c: Ctx, close: int
) -> tuple[tuple[int, int], str | None, str | None] | None:
    """The subject before a parenthetical aside that closes at ``close`` right before the
    cue ('Ann Lee (a nurse so young she has been mistaken for a student) says C'), when the
    subject read over the whole window is none or ends inside the aside: the aside is the
    writer's, and the words before its opening mark are the subject. None when the aside
    opens no short parenthesis of this sentence or no subject comes before it."""
    opening = c.text.rfind("(", c.s.start, close)
    if opening < 0 or ")" in c.text[opening + 1 : close] or close - opening > MAX_ASIDE_CHARS:
        return None
    found = post_subject(c, fr._skip_back(c.text, opening, " "))
    if found is None or not fr._speakerlike(c.text, *found[0], c.lex):
        return None
    return found[0], None, found[2]


def _titled_aside_subject(
    c: Ctx, cue_start: int
) -> tuple[tuple[int, int], str, None] | None:
    """'Ann Lee, the star of the TV show "The Apprentice," said C': a name, then an aside
    that is a lower-case noun phrase ending on a quoted title (every word capitalised but
    ``TITLE_SMALL_WORDS``) closed by the comma inside its quote marks, right before the
    cue: the name (or a determined speaker noun: 'The firm, the maker of "Big Jet,"') is the
    subject, the aside its description. Not a scare quote in a noun
    phrase ('the "new Gannett," as ...': a lower-case word, no name before it)."""
    q = c.quotes.ending_at(fr._skip_back(c.text, cue_start, " \t"))
    if q is None or not q.closed or q.start <= c.s.start:
        return None
    inner = c.text[q.start : q.end].strip(fr.QUOTE_OPEN + fr.QUOTE_CLOSE + "'\u2019 ")
    title = inner[:-1].split()
    if not inner.endswith(",") or not 0 < len(title) <= MAX_TITLE_WORDS or not all(
        w[:1].isupper() or w in TITLE_SMALL_WORDS for w in title
    ) or not title[0][:1].isupper():
        return None
    comma = c.text.rfind(",", c.s.start, q.start)
    aside = c.text[comma + 1 : q.start].split()
    if comma < 0 or not aside or aside[0] not in SETTING_DETERMINERS or not describes_name(
        c, aside
    ):
        return None
    name = fr._strip_span(c.text, c.s.start, comma)
    words = c.text[name[0] : name[1]].split()
    known = c.lex.speaker_class("known")
    common = (  # 'The firm, the maker of "Big Jet," said C': a determined speaker noun
        bool(words) and words[0].lower() in ARTICLES and len(words) <= MAX_DETERMINED_WORDS
        and words[-1].lower().strip(",.") in known
    )
    if not 0 < len(words) <= MAX_NAME_WORDS or not (
        common or all(w[:1].isupper() for w in words)
    ):
        return None
    return name, c.text[comma + 1 : q.end].strip().rstrip(fr.QUOTE_CLOSE + "'\u2019,"), None


def _verb_before_object_infinitive(c: Ctx, cue_start: int) -> re.Match[str] | None:
    """The verb of 'Subject verb object to <cue>' ('The board used the money to show that
    C', 'Ann Lee took the chance to say C'): a lower-case past verb (class past, or '-ed')
    after the clause's first word, right before a determiner, in the clause that ends with
    the 'to' before the cue; None for any other shape ('Ann Lee wanted to say C')."""
    if RE_TO_LAST.search(c.text, max(c.s.start, cue_start - TO_WINDOW), cue_start) is None:
        return None  # (the last word before the cue is no 'to': most cues)
    seg = fr._segment_start(c.text, c.s.start, cue_start)
    words = list(RE_WORD_SPAN.finditer(c.text, seg, cue_start))
    if len(words) < 5 or words[-1].group() != "to":
        return None
    stops = c.lex.union("verbish", "aux", "past", "connector", "subordinator")
    for i in range(1, len(words) - 3):
        w = words[i].group()
        if w.islower() and c.lex.past_form(w):
            obj = [x.group().lower() for x in words[i + 1 : -1]]
            return words[i] if (
                obj[0] in SETTING_DETERMINERS
                and len(obj) <= MAX_INFINITIVE_OBJECT
                and not any(x in stops or x.endswith(("ed", "ing")) for x in obj)
            ) else None
    return None


def _noun_aside(c: Ctx, previous: Frame, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase after the previous frame's cue when the cue comes right after a
    comma that closes an aside describing it (a participle, a relative clause, a noun
    phrase: 'said the figures, released on Friday, showed C'): that noun is the cue's
    subject, not the speaker of the frame before."""
    closing = fr._skip_back(c.text, cue_start, " \t") - 1
    if c.text[closing : closing + 1] != ",":
        return None
    opening = c.text.rfind(",", previous.cue_end, closing)
    words = c.text[opening + 1 : closing].split()
    if opening < 0 or not words or not fr._words(c.text[previous.cue_end : opening]):
        return None
    if (words[0].islower() and words[0].endswith("ed")) or describes_name(c, words):
        return fr._strip_span(c.text, previous.cue_end, opening)
    return None


def _speaking_noun(c: Ctx, span: tuple[int, int]) -> bool:
    """A short noun phrase with no comma that names a speaker ('Mr Yeo', 'the company')."""
    words = c.text[span[0] : span[1]].split()
    return (
        0 < len(words) <= MAX_ASIDE_NOUN_WORDS
        and "," not in c.text[span[0] : span[1]]
        and fr._speakerlike(c.text, *span, c.lex)
    )


