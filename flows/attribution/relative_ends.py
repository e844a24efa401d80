"""Where what was said ends when its cue sits in a restrictive relative clause on the subject
of the sentence ('A donor who wants to give more could pay ...', 'Critics who say the plan
will fail have been proved wrong'): the main clause's finite verb, which has no subject in
the content, closes the relative clause and with it the content (``relative_main_verb_end``)."""

from __future__ import annotations

import re

from flows.attribution.lexicon import CueHit
from flows.attribution.relative_subjects import RE_CONTRACTION, trailing_np
from flows.attribution.subjects import Ctx

__all__ = ["negated_aux", "negated_aux_at", "relative_main_verb_end"]

RE_WORD = re.compile(r"[\w'\u2019]+")
RE_NEGATED = re.compile(r"[a-z]+n['\u2019]t\b")  # "doesn't", "won't": a finite auxiliary
RELATIVE_PRONOUNS = frozenset(["who", "that", "which"])
COORDINATORS = frozenset(["and", "but"])  # 'agree that C but have taken': the cue's 2nd verb
MAX_PRONOUN_GAP = 3  # auxiliaries and adverbs between the pronoun and the cue ('who have long')
# subject pronouns: a verb after one has a subject of its own ('said they would'), a verb
# after a clause opener is an inner clause's ('the plan, which was late, would'): neither is
# the main verb after the relative clause
SUBJECT_LEADS = frozenset(["i", "we", "you", "he", "she", "it", "they", "there"])
CLAUSE_LEADS = frozenset(["that", "who", "which", "whom", "whose", "what", "if", "whether"])
OBJECT_LEADS = frozenset(["to", "him", "her", "them", "me", "us"])  # content with no subject


def negated_aux(word: str) -> bool:
    """``word`` is a negated finite auxiliary ('doesn't', 'won\u2019t')."""
    return RE_NEGATED.fullmatch(word) is not None


def negated_aux_at(text: str, pos: int) -> bool:
    """A negated finite auxiliary starts at ``pos`` ('doesn't appear')."""
    return RE_NEGATED.match(text, pos) is not None and not text[pos - 1 : pos].isalpha()


def relative_main_verb_end(c: Ctx, m: CueHit, start: int, end: int) -> int:
    """The cue ``m`` follows a relative pronoun, no comma before it, on a noun phrase that
    opens its sentence ('Lawmakers who agree that C'): what was said ends before the first
    finite auxiliary or modal in it that has no subject of its own ('... could pay'), or
    before 'and'/'but' that joins one to the cue ('C but have taken no action')."""
    if not _subject_relative(c, m):
        return end
    return _main_verb_start(c, start, end)


def _subject_relative(c: Ctx, m: CueHit) -> bool:
    """The words before the cue end with a relative pronoun (and at most a few auxiliaries
    or adverbs) right after a noun phrase that opens the sentence, or follows only a
    connector ('And a donor who has long said')."""
    words = list(RE_WORD.finditer(c.text, c.s.start, m.start()))
    between = c.lex.frame_class("aux")
    i = len(words) - 1
    while i >= 0 and len(words) - i <= MAX_PRONOUN_GAP and words[i].group() in between:
        i -= 1
    if i < 1 or RE_CONTRACTION.sub("", words[i].group()) not in RELATIVE_PRONOUNS:
        return False
    pronoun = words[i].start()
    if c.text[c.s.start : pronoun].rstrip().endswith((",", "-", "\u2014", "\u2013", "(")):
        return False  # 'Ann Lee, who said C, ...': ``_relative_clause_end`` reads it
    head = trailing_np(c, (c.s.start, pronoun))
    if head is None:
        return False
    lead = RE_WORD.findall(c.text, c.s.start, head[0])
    connectors = c.lex.frame_class("connector")
    return all(w.lower() in connectors for w in lead)


def _main_verb_start(c: Ctx, start: int, end: int) -> int:
    """Where the main clause's verb starts in the content ``[start, end)``, or ``end``: a
    lower-case finite auxiliary (class finite_aux, or negated) outside quote marks, after the
    content's own verb (or first, when the content opens with no subject: 'to give more
    could pay'; after an object pronoun, a verb of speech too: 'endorsed him say'), not
    after a clause opener or another auxiliary ('which was late', 'would have')."""
    words = list(RE_WORD.finditer(c.text, start, end))
    first = words[0].group().lower() if words else ""
    own = first not in OBJECT_LEADS
    speech = first in OBJECT_LEADS and first != "to"  # not 'wants to have a say'
    for i, t in enumerate(words):
        if not _finite_word(c, t.group(), speech=speech) or c.quotes.covering(t.start()):
            continue
        before = words[i - 1].group() if i else ""  # (as written: not 'in May were')
        if i == 0 or before in CLAUSE_LEADS or before in c.lex.frame_class("aux"):
            continue  # an inner clause's verb, or one verb's ('which was', 'would have')
        if own or before in SUBJECT_LEADS:
            own = False  # the content's own verb: 'the deals are risky', 'they would'
            continue
        if before in COORDINATORS:
            return words[i - 1].start()
        return t.start()
    return end


def _finite_word(c: Ctx, word: str, *, speech: bool) -> bool:
    """``word`` is a finite auxiliary or modal (class finite_aux, or negated), or with
    ``speech`` a present verb of speech that takes a clause ('say', 'believe')."""
    if word in c.lex.frame_class("finite_aux") or negated_aux(word):
        return True
    return speech and c.lex.cue_shape.get(word) == "clause" and not word.endswith(("ed", "s"))
