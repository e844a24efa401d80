"""A cue that is a second verb of its sentence, with no subject of its own: whose subject
speaks ('X visited the dam and said C', 'A, X said, but warned B': ``second_verb_subject``),
and whether the subject read before a cue is a clause coordinated with it ('The mayor
visited the dam and said C': ``may_coordinate``, ``ends_coordinated``) or ends on a clause
with a subject of its own ('X met Y and both sides agreed': ``second_clause_subject``)."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.content_end import AND_VERB_LEAD
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import sentence_subject
from flows.attribution.lexicon import CueHit
from flows.attribution.participle_frames import HEAD_CLASSES, RE_WORD_SPAN
from flows.attribution.readers import holds_verb
from flows.attribution.subjects import (
    RELATIVE_CUT,
    Ctx,
    narrow_subject,
)

__all__ = [
    "ends_coordinated",
    "may_coordinate",
    "second_clause_subject",
    "second_verb",
    "second_verb_subject",
    "verb_after_frame",
]

RE_JOINED_VERB = re.compile(rf"[,\s\u2013\u2014-]*\s{AND_VERB_LEAD}")

# after a frame: a short adjunct, a comma, 'and'/'but' ('A, X said on Monday, but warned B')
RE_VERB_AFTER_FRAME = re.compile(rf"(?:\s+[^,;:.!?\"\u201c\u201d]{{1,30}})?,\s+{AND_VERB_LEAD}")
MIN_COORDINATED = 3  # words of the first statement before 'and <cue>'
MAX_AUX_WORDS = 2  # 'and has', 'but had' between a coordinator and a second verb

# before a name that goes on after 'and': a name ('the Center for Media and Public Affairs')
# or a subject of a clause of its own ('what Ann Lee and Tom Hall said')
NAME_LEADS = frozenset(
    ["the", "a", "an", "of", "for", "and", "by", "from", "with", "what", "who", "that"]
)
AS_COMPARED = frozenset(["many", "much", "few", "little", "well", "soon", "long", "far", "likely"])
AS_LEADS = frozenset(["such", "well", "same"])  # 'such as', 'as well as': no clause before
RE_CLAUSE_AND = re.compile(r"\s(?:and|but|as)\s")  # 'Shares fell as analysts warned'


def _segment_subject(c: Ctx, previous: Frame, seg: int, lead: tuple[int, int]) -> bool:
    """The previous frame's speaker is the subject of a second verb in the comma segment at
    ``seg`` rather than the sentence's subject ``lead`` before it ('X cited the bank, which
    announced A and said B'; 'BOSTON, March 3 - Acme Inc said A and said B'): the frame
    and its speaker are in the segment, and the speaker opens as a subject (a capital, a
    pronoun or a determiner) and holds no verb."""
    start, end = previous.speaker_start, previous.speaker_end
    if not lead[1] <= seg <= start < end <= previous.cue_start:
        return False
    first = c.text[start:end].split(None, 1)[0]
    opens = first[:1].isupper() or first.lower() in c.lex.union(
        "subject_pronoun", "noun_determiner", plus=RELATIVE_CUT
    )
    return opens and not holds_verb(c, (start, end))


def second_verb_subject(c: Ctx, m: CueHit, previous: Frame | None) -> tuple[int, int] | None:
    """The subject of a cue that is a second verb with no subject of its own: the sentence's
    ("X visited the dam and said C") or the frame before's ("X said A, called B")."""
    seg = fr._segment_start(c.text, c.s.start, m.start())
    window = fr._words(c.text[seg : m.start()])
    second = second_verb(_without_aux(c, window, m.group()))
    lead = sentence_subject(c, m.start()) if second else None
    if (
        lead is not None
        and previous is not None
        and previous.speaker_start <= lead[0] < previous.speaker_end
        and not holds_verb(c, (previous.speaker_start, previous.speaker_end))
    ):  # "But Lib Dem leader Ann Lee said A and said B": the whole mention read before
        lead = (previous.speaker_start, previous.speaker_end)
    if lead is not None and previous is not None and _segment_subject(c, previous, seg, lead):
        lead = (previous.speaker_start, previous.speaker_end)
    if (lead is not None and previous is not None and previous.pattern in ("mid", "pre")
            and lead[1] <= min(previous.speaker_start, previous.cue_start)
            and verb_after_frame(c, previous, m.start())):
        lead = (previous.speaker_start, previous.speaker_end)  # 'A, X said, but warned B'
    if lead is None and not window and previous is not None and c.text[seg - 1] == ",":
        lead = (previous.speaker_start, previous.speaker_end)  # "X said A, called B"
    if lead is None and previous is not None and _coordinated_verb(c, m, previous):
        lead = (previous.speaker_start, previous.speaker_end)  # "X said A and warned B"
    return lead


def may_coordinate(text: str) -> bool:
    """Whether ``text`` can end with the word "and" or "but" (``second_verb``), tested
    before its words are read: most subjects hold neither."""
    low = text.lower()
    return "and" in low or "but" in low or " as " in low


def second_clause_subject(
    c: Ctx, span: tuple[int, int], cue_start: int
) -> tuple[int, int] | None:
    """The subject of a second clause that a subject window ends with: 'Bach met Ann Lee
    and both sides agreed', 'X visited the dam but officials said', 'Shares fell as analysts
    warned' (an 'as' right before the cue, no comparison): after the last 'and', 'as' or
    'but', a noun phrase with no verb that names a speaker, when the words before it hold a
    past verb (class past, '-ed' not before 'by') or an auxiliary and do not end on a name
    after a determiner or a preposition of a name (``NAME_LEADS``); None for a coordinated
    subject ('Ann Lee and Tom Hall', 'the Center for Media and Public Affairs', 'a group
    led by X and Y')."""
    joins = list(RE_CLAUSE_AND.finditer(c.text, *span))
    if not joins:
        return None
    found = joins[-1]
    after = fr._words(c.text[found.end() : found.end() + 20])[:1]
    if found.group().strip() == "as" and (
        c.text[span[1] : cue_start].strip()  # 'a job as Secretary of Defense, then says'
        or not AS_COMPARED.isdisjoint(after)  # 'as many', 'as well'
        or len(joins) > 1 and joins[-2].group().strip() == "as"  # 'twice as many jobs as'
        or not set(fr._words(c.text[span[0] : found.start()])[-1:]).isdisjoint(
            c.lex.union("comparative_lead", plus=AS_LEADS))  # 'such as', 'just as'
    ):
        return None
    verbs = c.lex.union("past", "verbish")
    before = RE_WORD_SPAN.findall(c.text, span[0], found.start())
    k = len(before)
    while k and before[k - 1][:1].isupper():
        k -= 1
    if not before or k < len(before) and (k == 0 or before[k - 1].lower() in NAME_LEADS):
        return None  # 'the Center for Media and Public Affairs': one name ('visited Ohio and')
    determiners = c.lex.frame_class("noun_determiner")
    if not any(
        w.islower() and (w in verbs or len(w) > 3 and w.endswith("ed"))
        and nxt not in ("by", "and") and last.lower() not in determiners
        for last, w, nxt in zip(["", *before], before, [*before[1:], ""], strict=False)
    ):  # ('a group led by X and Y', 'the decentralized and desperate campaign': no verb)
        return None
    second = narrow_subject(c, fr._clean_subject(c.text, found.end(), span[1], c.lex))
    if second is None:
        return None
    words = RE_WORD_SPAN.findall(c.text, *second)
    if any(w.lower() in verbs or w.endswith("ed") for w in words):
        return None
    # a quantity ('both sides'), or a speaker ending on a name, a pronoun or a speaker noun
    # ('analysts'): not 'a mall and spa'
    if words[0].lower() in c.lex.union(speaker=("quantity_group", "quantity_person")):
        return second
    heads = c.lex.union(speaker=(*HEAD_CLASSES, "pronoun_person", "pronoun_group"))
    named = words[-1][:1].isupper() or words[-1].lower() in heads
    return second if named and fr._speakerlike(c.text, *second, c.lex) else None


def _without_aux(c: Ctx, window: list[str], cue: str) -> list[str]:
    """The words before a cue without the auxiliaries (class coordinated_aux) that close
    them ('X questions Y and has called for C', 'X did not name Y but did note C'): the
    verb group of a second verb, whose subject is the sentence's. Not before an '-s' form,
    which is no verb after an auxiliary but a noun, its object ('and have notes attached')."""
    aux = c.lex.frame_class("coordinated_aux")
    if not window or window[-1] not in aux or cue.split(None, 1)[0].endswith("s"):
        return window  # (no auxiliary right before the cue: nearly every window)
    n = len(window)
    while n > 1 and n > len(window) - MAX_AUX_WORDS and window[n - 1] in aux:
        n -= 1
    return window[:n]


def second_verb(window: list[str]) -> bool:
    """The cue is the second verb of the sentence's subject: "... and said", "X put off A but
    said": its comma-free segment ends with "and"/"but" (alone, or after a clause)."""
    return (
        bool(window)
        and window[-1] in ("and", "but")
        and (len(window) == 1 or len(window) >= MIN_COORDINATED)
    )


def ends_coordinated(c: Ctx, m: CueHit, span: tuple[int, int], previous: Frame | None) -> bool:
    """The subject read before a cue ends on 'and'/'but': a second verb (``second_verb``),
    or, after a quotation cut the window short ('the policy "bans" torture and said B'), a
    past or -s verb of the frame whose content holds it ('X told Y A and said B': X's; not a
    base form, as in 'called on Y to "look inside" and think about B')."""
    words = fr._words(c.text[slice(*span)])[-3:]
    if second_verb(words):
        return True
    verb = m.group().split(None, 1)[0].lower()  # a finite verb: not 'to A and think about B'
    return (
        previous is not None and words[-1:] in (["and"], ["but"])
        and (c.lex.past_form(verb) or verb.endswith("s") and not verb.endswith("ss"))
        and _coordinated_verb(c, m, previous)
    )


def verb_after_frame(c: Ctx, frame: Frame, cue_start: int) -> bool:
    """A cue at ``cue_start`` comes right after ``frame`` (a short adjunct, a comma and 'and'
    or 'but' between them): 'A, X said on Monday, but warned B', whose second verb is X's."""
    end = max(frame.speaker_end, frame.cue_end)
    return end < cue_start and RE_VERB_AFTER_FRAME.fullmatch(c.text, end, cue_start) is not None


def _coordinated_verb(c: Ctx, m: CueHit, previous: Frame) -> bool:
    """The cue is a second verb of the previous frame's subject: "X said A and warned B", or
    "X criticized A and (has) called for B" where A ends before the "and"."""
    if RE_JOINED_VERB.fullmatch(c.text, previous.content_end, m.start()):
        return True
    if not previous.content_start < m.start() <= previous.content_end:
        return False
    before = fr._words(c.text[previous.content_start : m.start()])
    return len(before) >= MIN_COORDINATED and before[-1] in ("and", "but")
