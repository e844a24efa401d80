"""The content of an 'X said C' frame once its subject is read (``post_content_frame``):
what follows the cue, or the paragraph after its colon ('told the crowd, to loud applause:'),
or the quotation before it when only an adjunct or a hearer follows the cue ('"C," Ann Lee
said on Monday.')."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.as_clauses import as_clause_content
from flows.attribution.content_end import RE_ALNUM, complement
from flows.attribution.content_start import OBJECT_CUES
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit, Lexicon
from flows.attribution.noun_cues import noun_without_clause
from flows.attribution.particles import adjunct_only, particle_content
from flows.attribution.pre_frames import RE_LETTERS, hearer_only, pre_frame
from flows.attribution.readers import has_clause
from flows.attribution.senses import naming_participle
from flows.attribution.subjects import (
    RELATIVE,
    Ctx,
)
from flows.attribution.unframed import make_frame

__all__ = ["MAX_PRE_WORDS", "WH_LEAD", "post_content_frame"]

MAX_COLON_TAIL_WORDS = 8  # 'told his audience, to rowdy applause:' before a quoted paragraph
WH_LEAD = frozenset(["what", "how", "why", "here's", "here’s"])
MAX_PRE_WORDS = 7  # words of a subject between a content and its cue
RE_BARE_CONJUNCTION = re.compile(r" (?:and|or) ")  # right after a cue: 'fear and panic'


def post_content_frame(c: Ctx, m: CueHit, lemma: str, w: float,
                        subject: tuple[tuple[int, int], str | None, str | None],
                        ) -> Frame | None:
    """The 'X said C' frame of a subject read: what follows the cue, or the paragraph after
    its colon, or the quotation before it when only an adjunct follows."""
    spk, desc, antecedent = subject
    if RE_BARE_CONJUNCTION.match(c.text, m.end()) is not None and not _verb_joined(c, m.end()):
        return None  # no object: 'fear and panic', 'he wants and that is it'
    main_clause = as_clause_content(c, m, lemma, spk)  # 'As the Herald reported Tuesday, C'
    if main_clause is not None:
        return make_frame("post", m.span(), c, spk, main_clause, w, description=desc)
    read = particle_content(c.text, complement(c, m, lemma), c.lex)
    if read is None or (
        " " not in m.group() and noun_without_clause(c.text, m.span(), read, c.lex)
    ):  # not "Ann Lee showed up", not "the show"
        return None
    if naming_participle(c.text, m, read, c.lex):  # not 'a firm called Acme Dredging'
        return None
    content = read
    # 'told the crowd, to loud applause:', 'said of the plan:', 'wrote on Facebook:' closing
    # a paragraph: an object, a topic or an adjunct, and what was said is the next one
    block = _paragraph_after_colon(c, m)  # (the cheaper test first: most cues end no paragraph)
    if block is not None and not _frame_words_before_colon(c, m, lemma, read):
        block = None
    if block is not None:
        return make_frame("post", m.span(), c, spk, block, w, description=desc)
    if adjunct_only(c.text, m.end(), content[1], c.lex):  # "said on Monday": no content after
        return _quoted_before(c, m, w)
    hearer = lemma in c.lex.frame_class("hearer_cue")
    if hearer and hearer_only(c, m.end(), content):  # '"C," Tom Hall told the BBC.'
        before = _quoted_before(c, m, w)
        if before is not None:
            return before  # (else it still ends the frame before, then goes: cues.find_frames)
    if not RE_ALNUM.search(c.text, *content):  # one word will do: "Ann Lee endorsed her"
        block = _paragraph_after_colon(c, m)
        if block is None:
            return None
        content = block
    return make_frame("post", m.span(), c, spk, content, w, description=desc, antecedent=antecedent)


def _verb_joined(c: Ctx, cue_end: int) -> bool:
    """The word after the 'and' or 'or' right after a cue is a verb (or an auxiliary, or
    another cue form), or the clause it opens ends on a cue and 'that': the two verbs share
    the object or the clause after the second ('derided and insulted the critics', 'endorsed
    and has backed Ann Lee', 'Ann Lee said and the mayor agreed that C'), so the cue keeps
    its frame."""
    m = RE_LETTERS.search(c.text, cue_end + 4, cue_end + 40)  # (past ' and ')
    if m is None:
        return False
    word = m.group().lower()
    if c.lex.verb_word(word, aux=True) or word in c.lex.cue_lemma:
        return True
    tail = c.text[m.start() : c.s.end]
    return any(tail.startswith(" that ", hit.end()) for hit in c.lex.find_cues(tail))


def _name_words(subject: str, lex: Lexicon) -> int:
    """Words of a subject ending on a name, with each run of capitalised words counted as
    one ('participants at the Guangdong-Hong Kong-Macao Greater Bay Area Conference': five);
    a subject ending on a lower-case word or holding a past verb ('the League condemned the
    move') counts every word."""
    words = subject.split()
    if not words or not words[-1][:1].isupper() or any(
        w[:1].islower() and lex.past_form(w) for w in words
    ):
        return len(words)
    count, in_name = 0, False
    for word in words:
        name = word[:1].isupper()
        count += not (name and in_name)
        in_name = name
    return count


def _quoted_before(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """A cue with only an adjunct after it reports what comes before its subject: a
    quotation closed on a comma (or '?', '!'), whatever the subject's length ('"C," Acme
    chief executive Ann Lee and her deputy Bo Chan said in a letter.'), or a clause before
    a short subject's comma, as the pre readers take it before an ending tail ('C, the
    Herald reported late Thursday.')."""
    seg = fr._segment_start(c.text, c.s.start, m.start())
    q = c.quotes.ending_at(fr._skip_back(c.text, seg, " ,"))
    if q is None:
        subject = fr._words(c.text[seg : m.start()])
        long = len(subject) > MAX_PRE_WORDS
        if long and _name_words(c.text[seg : m.start()], c.lex) > MAX_PRE_WORDS:
            return None
        if c.text[seg - 1 : seg] != ",":
            return None
        if not RELATIVE.isdisjoint(subject) or subject[:1] in (["and"], ["but"], ["or"]):
            return None  # ', a chairman who signed on last week.', ', and shares opened at 4.'
        if not c.lex.frame_class("verbish").isdisjoint(subject):
            return None  # ', and the new shares will be quoted from June 4.'
        return pre_frame(c, m, seg, w)
    if c.text[q.start : q.end].rstrip(fr.QUOTE_CLOSE + "'")[-1:] not in ",?!":
        return None  # '"C." Ann Lee will speak when the bill is debated on Monday.'
    return pre_frame(c, m, seg, w)


def _frame_words_before_colon(c: Ctx, m: CueHit, lemma: str, read: tuple[int, int]) -> bool:
    """The words after cue ``m`` up to the first comma of those ``read`` are no clause but
    whom it was said to ('told the crowd, to loud applause'), a topic or a setting ('said
    of the plan', 'wrote on Facebook'): not what was said ('noted the sparse crowd',
    'posted this tweet', 'said the plan has three parts')."""
    comma = c.text.find(",", read[0], read[1])
    head = (m.end(), read[1] if comma < 0 else comma)
    words = fr._words(c.text[head[0] : head[1]])
    if not words or has_clause(c, head):
        return not words
    return lemma in OBJECT_CUES or words[0] in c.lex.union("cue_preposition", "adjunct_lead")


def _paragraph_after_colon(c: Ctx, m: CueHit) -> tuple[int, int] | None:
    """'He said:' closing a paragraph: what was said is the next paragraph (a quotation
    there up to its closing mark, over several paragraphs if need be)."""
    tail = c.text[m.end() : c.s.end].rstrip()
    if not tail.endswith(":") or len(tail.split()) > MAX_COLON_TAIL_WORDS:
        return None
    if WH_LEAD & set(fr._words(c.text[c.s.start : m.start()])):
        return None  # "Here's what the reviews say:" opens a list, not a statement
    colon = m.end() + len(tail)
    start = colon + len(c.text[colon:]) - len(c.text[colon:].lstrip())
    if "\n" not in c.text[colon:start] or start >= len(c.text):
        return None
    q = c.quotes.opening_at(start)
    if q is not None and q.closed:
        return q.start, q.end
    end = c.text.find("\n", start)
    return fr._trim_content(c.text, start, len(c.text) if end < 0 else end)
