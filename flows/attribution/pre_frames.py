"""Read the frame of a cue after its content: '"C," X said' (``pre_frame``), with the
checks on a quotation right before a frame (``quote_just_before``,
``quote_closes_sentence_before``) and on a frame that names only its hearer after the cue
('"C," Tom Hall told the BBC.': ``hearer_only``; what was said is before it)."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.inverted_frames import two_word_clause
from flows.attribution.lexicon import CueHit, cue_form
from flows.attribution.particles import adjunct_only
from flows.attribution.quotes import Quote
from flows.attribution.readers import content_ok
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS, _first_word
from flows.attribution.subjects import (
    PERSONAL,
    RELATIVE,
    Ctx,
    n_words,
    narrow_subject,
)
from flows.attribution.unframed import make_frame

__all__ = [
    "RE_LETTERS",
    "SETTING_DETERMINERS",
    "hearer_only",
    "pre_frame",
    "quote_closes_sentence_before",
    "quote_just_before",
]

# what comes before a quotation that opens a sentence: a paragraph break or a sentence end
RE_OPEN_AFTER = re.compile(r"(?:\A\s*|\n\s*|[.!?][\"'\u201d\u2019)]*\s+)\Z")
SENTENCE_GAP = 12  # characters before a quotation searched for the end of a sentence
RE_BREAK_END = re.compile(r"(?::|\s(?:-|--|\u2013|\u2014)|\u2014)$")
MAX_WORDS_AFTER_QUOTE = 4
RE_REST_WORD = re.compile(r",\s*([a-z]+)\b")  # the word after a hearer's comma
MAX_HEARER_WORDS = 4  # words of whom a cue like 'told' was said to: 'the Daily Herald'
MIN_PARTICIPLE_CHARS = 6  # of a participle after a hearer's comma: 'saying', 'adding'
SETTING_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
RE_LETTERS = re.compile(r"[A-Za-z]+")


def _previous_quote(c: Ctx) -> tuple[int, int] | None:
    pos = c.s.start
    while pos > 0 and c.text[pos - 1] in " \t":
        pos -= 1
    q = c.quotes.ending_at(pos)
    return None if q is None or not q.double else (q.start, q.end)


def pre_frame(
    c: Ctx, m: CueHit, seg: int, w: float, previous: Frame | None = None
) -> Frame | None:
    narrowed = narrow_subject(c, fr._clean_subject(c.text, seg, m.start(), c.lex))
    if narrowed is None or _verb_and_object(c, narrowed):
        return None
    spk = narrowed
    loose = (
        fr._speakerlike(c.text, *spk, c.lex, loose=True)
        or n_words(c, spk) <= 3
        and not c.text[m.end() : c.s.end].strip(" .")  # ", records show."
        or n_words(c, spk) <= MAX_WORDS_AFTER_QUOTE
        and c.quotes.ending_at(fr._skip_back(c.text, spk[0], " ,")) is not None
        and (quote_just_before(c, seg) or quote_closes_sentence_before(c, seg, m.end()))
    )  # '"C," consultancy 4Cast said in a report.' / '"C?" 4Cast said in a report.'
    relative = c.text[spk[0] : spk[1]].lower() in RELATIVE
    if not loose and not relative and not _it_says(c, m, seg, spk):
        return None
    if c.text[c.s.start : seg].strip(" ,"):
        start = fr.content_before(c.text, c.s, seg, c.quotes, c.lex)
        content = fr._trim_content(c.text, start, seg)
        if _subordinate(c, content):
            return None  # "If they fail, the state could deny them permits": no statement
        content = _quote_after_break(c, content)
        q = c.quotes.covering(content[0])
        if q is not None and q.closed and q.end < content[1] and quote_just_before(c, seg):
            content = (content[0], q.end)  # '"C," another friend, Ann Lee told CNN.'
    else:
        prev = _previous_quote(c)
        if prev is None:
            return None
        content = prev
    tail = c.text[m.end() : c.s.end].lstrip()
    # 'A man shouted, "Stop," Ann Lee said, "No."': the words before are a frame's own
    said = c.quotes.opening_at(previous.content_start) if previous is not None else None
    taken = (
        previous is not None
        and content[0] <= previous.cue_start < content[1]
        and said is not None
        and said.closed
        and not c.text[said.end : seg].strip(" ,")
    )
    if tail.startswith(","):
        q = c.quotes.opening_at(c.s.end - len(tail[1:].lstrip()))
        opens = taken or not c.text[c.s.start : seg].strip(" ,")  # 'He answered, "C."'
        if q is not None and c.quotes.covering(content[1] - 1) is not None and not opens:
            content = (content[0], q.end)  # '"C," he said, "C."'
        elif q is not None:
            content = (q.start, q.end)  # 'While in Ohio, he said, "C."': the clause is no content
    elif c.quotes.covering(content[1] - 1) is not None:
        q = _quote_after_adjunct(c, m)
        if q is not None and not taken and c.text[c.s.start : seg].strip(" ,"):
            content = (content[0], q.end)  # '"C," he said in a statement, "and D."'
    if not content_ok(c, content) and not (
        fr.is_endish(c.text, m.end(), c.s.end, c.lex) and two_word_clause(c, content, m.end())
    ):
        return None
    return make_frame("pre", m.span(), c, spk, content, w)


def _quote_after_adjunct(c: Ctx, m: CueHit) -> Quote | None:
    """The quotation that opens right after the comma that ends the cue's adjunct ('he said
    in a statement, "and D."', 'Ann Lee said on Monday, "D."') or, after a cue that takes a
    hearer (class hearer_cue), that hearer, perhaps with an adjunct ('Ann Lee told the
    Herald, "and D."', 'told the Herald on Monday, "and D."'); None when the words before
    that comma are more than that (particles.adjunct_only, _hearer_words) or no quotation
    opens."""
    comma = c.text.find(",", m.end(), c.s.end)
    if comma < 0:
        return None
    q = c.quotes.opening_at(c.s.end - len(c.text[comma + 1 : c.s.end].lstrip()))
    if q is None or adjunct_only(c.text, m.end(), comma, c.lex):
        return q
    if c.lex.cue_lemma.get(cue_form(m.group())) not in c.lex.frame_class("hearer_cue"):
        return None
    start = m.end() + 1  # 'Ann Lee told the Herald, "and D."': whom it was said to
    end = comma
    leads = c.lex.frame_class("adjunct_lead")
    lead = next((w for w in RE_LETTERS.finditer(c.text, start, comma) if w.group() in leads), None)
    if lead is not None:  # 'told the Herald on Monday, "and D."': the hearer, then an adjunct
        end = lead.start() - 1
        if not adjunct_only(c.text, end, comma, c.lex):
            return None
    return q if _named(c.text[start:end]) or _hearer_words(c, start, end) else None


def _named(words: str) -> bool:
    """A name with or without an article: 'the Herald', 'Ann Lee' (capitalised words)."""
    names = words.split()
    if names[:1] == ["the"]:
        names = names[1:]
    return 0 < len(names) <= MAX_HEARER_WORDS and all(w[:1].isupper() for w in names)


def _verb_and_object(c: Ctx, spk: tuple[int, int]) -> bool:
    """Words before a participle cue that open with a lower-case past verb and its object (a
    determiner or a pronoun in the object case: '"C," Tom Hall recalled him saying', 'X
    recalled the mayor telling him'): a verb phrase whose subject is before the comma, no
    speaker of the cue; not an '-ed' adjective before its noun ('retired general Ann Lee')."""
    if not c.text[spk[0] : spk[0] + 1].islower():
        return False  # (a subject opens with a capital or a determiner: nearly every one)
    words = c.text[spk[0] : spk[1]].split(None, 2)
    if len(words) < 2 or not c.lex.past_form(words[0]):
        return False
    return words[1].lower() in c.lex.union("object_case", plus=SETTING_DETERMINERS)


def _it_says(c: Ctx, m: CueHit, seg: int, spk: tuple[int, int]) -> bool:
    """'C, it said in a statement.': 'it' alone after the comma stands for a firm or body
    named before, the subject of a hand-listed cue taking a clause ('said', 'added',
    'noted'); not of a learned one that takes an object ('when Ann Lee asked Acme to act,
    it declined, citing C'), nor after a subordinator ('C, when it posted on Monday')."""
    if c.text[seg : spk[0]].strip() or (
        c.text[spk[0] : spk[1]].lower() not in c.lex.speaker_class("pronoun_org")
    ):
        return False
    form = cue_form(m.group())
    return form in c.lex.hand_cues and c.lex.cue_shape.get(form) == "clause"


def _subordinate(c: Ctx, span: tuple[int, int]) -> bool:
    """A clause that opens with a subordinator ("When she ...", "If they ...", "As the
    charges were unsealed ...") and holds no comma of its own: an adverbial of the
    sentence, not something said."""
    first = _first_word(c.text[span[0] : span[1]])  # (the first of its words)
    return (
        first is not None
        and first in c.lex.union("subordinator", "clause_subordinator", minus=fr.THAT)
        and "," not in c.text[span[0] : span[1]]
        and c.quotes.covering(span[0]) is None
    )


def _quote_after_break(c: Ctx, content: tuple[int, int]) -> tuple[int, int]:
    """A content that ends with a quotation opened after a colon or a dash starts at that
    quotation: the words before the colon are the writer's ('Lee set out her aim: "C," she
    said.')."""
    q = c.quotes.ending_at(content[1])
    if q is None or not q.double or q.start <= content[0]:
        return content
    lead = c.text[content[0] : q.start].rstrip()
    if any(True for _ in c.quotes.within(content[0], q.start)):
        return content  # '"A" -- an aside -- "B," he said': the lead is quoted too
    return (q.start, content[1]) if RE_BREAK_END.search(lead) else content


def quote_just_before(c: Ctx, seg: int) -> bool:
    """A quotation that opens this sentence, after at most a connector ('So "C," Ann Lee
    said the other day': the connector only links the sentence to the one before, so the
    words after the cue are still the frame's setting), and closes a few words before
    ``seg``."""
    closed = [q for q in c.quotes.within(c.s.start, seg) if q.closed and q.end <= seg]
    if not closed or closed[-1].end <= c.s.start:
        return False
    lead = c.text[c.s.start : closed[-1].start].split()
    if lead and (len(lead) > 1 or lead[0].lower() not in c.lex.frame_class("connector")):
        return False  # the quotation opens the sentence, or follows one connector
    between = c.text[closed[-1].end : seg]
    return len(between.split()) <= MAX_WORDS_AFTER_QUOTE and between.strip(" ,")[:1] != "."


def quote_closes_sentence_before(c: Ctx, seg: int, cue_end: int) -> bool:
    """The subject opens this sentence right after a quotation that closed the one before on
    a question or exclamation mark ('"Who knows?" Ann Lee told a radio station.'): the
    segmenter cut the frame from its quotation, which is what was said. Only a quotation
    that is a sentence of its own (not 'He told her, "Stop!" Ann Lee did not name him.'),
    and not when the words after the cue hold a clause of their own ('"Why?" Ann Lee said
    the plan would fail')."""
    if c.text[c.s.start : seg].strip():
        return False
    prev = _previous_quote(c)
    if prev is None or c.text[prev[0] : prev[1]].rstrip(fr.QUOTE_CLOSE + "'")[-1:] not in "?!":
        return False
    if RE_OPEN_AFTER.search(c.text[max(0, prev[0] - SENTENCE_GAP) : prev[0]]) is None:
        return False
    tail = fr._words(c.text[cue_end : c.s.end].split(",")[0])
    return not tail or (
        tail[0] not in PERSONAL and c.lex.frame_class("verbish").isdisjoint(tail)
    )


def hearer_only(c: Ctx, cue_end: int, content: tuple[int, int]) -> bool:
    """The words read after a cue that takes a hearer ('told', class hearer_cue) are only
    that hearer (a name, a speaker word, an object pronoun, a setting noun: 'reporters'),
    up to the sentence's end, an adjunct, or a comma before the writer's participle or
    contrast ('told the BBC.', 'told reporters, although ...', 'told the court, saying
    ...'): a few words with no verb, 'that', 'to' or quote mark, right after the cue; what
    was said is before the frame, if anywhere (not 'told the BBC the plan was late', 'told
    her to leave', 'tells a joke')."""
    if c.text[cue_end : content[0]].strip() or not _hearer_words(c, *content):
        return False  # (a hearer skipped: what was said follows it)
    rest = c.text[content[1] : c.s.end].strip()
    if not rest.strip(".!?") or adjunct_only(c.text, content[1], c.s.end, c.lex):
        return True  # 'told the BBC.', 'told the BBC on Monday.'
    nxt = RE_REST_WORD.match(rest)
    return nxt is not None and (
        nxt.group(1) in c.lex.frame_class("writer_contrast")
        or len(nxt.group(1)) >= MIN_PARTICIPLE_CHARS and nxt.group(1).endswith("ing")
    )


def _hearer_words(c: Ctx, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are whom a cue like 'told' was said to: a few
    words with no verb, 'that', 'to' or quote mark that open with an object pronoun, read as
    a speaker or hold a setting noun ('the BBC', 'reporters'; not 'her to leave', 'a joke')."""
    words = fr._words(c.text[start:end])
    if not 0 < len(words) <= MAX_HEARER_WORDS or "that" in words or "to" in words:
        return False  # ('told her to leave': what she was told)
    if not (
        words[0] in c.lex.frame_class("object_case")
        or fr._speakerlike(c.text, start, end, c.lex)
        or not c.lex.frame_class("setting_noun").isdisjoint(w.lower() for w in words)
    ):
        return False  # 'tells a joke': what was told
    if any(ch in c.text[start:end] for ch in fr.QUOTE_OPEN):
        return False
    return not any(c.lex.verb_word(w) for w in words)
