"""Verbs chained to a cue, and 'to' before a verb: ``catenated_speech`` ('continued to say
that C': what is said is the complement of 'say'), ``pair_object_start`` ('derided and
insulted X': the two verbs share X) and ``has_infinitive`` ('to' before a verb, not before an
object: 'vowed to act', not 'wrote to the mayor')."""

from __future__ import annotations

import re

from flows.attribution.lexicon import Lexicon

__all__ = [
    "OBJECT_LEADS",
    "RE_INFINITIVE_TAIL",
    "catenated_speech",
    "has_infinitive",
    "pair_object_start",
]

# words after "to" that open its object, not an infinitive ("to the mayor", "to them")
OBJECT_LEAD = r"the|a|an|his|her|their|its|our|my|this|these|those|him|them|me|us"
RE_INFINITIVE = re.compile(rf"to(?<!\wto)\s+(?!(?:{OBJECT_LEAD}|reporters)\b)[a-z]")

# an infinitive right after a cue; a determiner or a plural noun ("wrote to other staffers",
# "said to supporters") opens its object
RE_INFINITIVE_TAIL = re.compile(
    rf"to\s+(?!(?:{OBJECT_LEAD}|some|all"
    r"|both|each|every|other|another|many|several|any|no|one|two|three|fellow|top|senior)\b)"
    r"[a-z](?:[a-z]*(?:ss|us)|[a-z]*[^\Ws])\b"
)
OBJECT_LEADS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "him", "them", "me", "us", "you", "reporters"]
)
RE_VERB_PAIR = re.compile(  # ' and (has) insulted (at)': a second verb before a shared object
    r" and (?:(?:has|have|had|also|even|then|later|[a-z]+ly) )?([a-z]+)\b"
    r"(?: (?:at|to|for|on|about|as|of|with)\b)?(?=\s+[\w\"\u201c\u2018'])"
)
RE_CATENATED = re.compile(  # 'to say', 'to point out', before a word or a quotation
    r" to ([a-z]+)\b( out\b)?(?=\s+[\w\"\u201c\u2018'])"
)
PASSIVE_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
CUE_WORD_CHARS = 20  # letters of a cue's last word searched back from its end


def catenated_speech(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    """A cue of class ``catenative_cue`` ('continued', 'refused', 'were quick') before 'to'
    and a verb of class ``catenated_speech``: what is said is that verb's complement
    ('continued to say that C', 'refused to endorse Ann Lee', 'was quick to point out
    that C'); the end of the verb and the verb. Not before other verbs ('refused to speak
    to reporters', 'declined to comment on C'), except after a cue of class ``raising_cue``,
    which says nothing of its own ('continued to attack C': C)."""
    cue = _word_before(text, pos)
    if cue not in lex.frame_class("catenative_cue"):
        return None
    m = RE_CATENATED.match(text, pos)
    if m is None:
        return None
    if cue in lex.frame_class("raising_cue") and m.group(1) not in OBJECT_LEADS:
        inner = _longer_cue(text, m.start(1), m.group(1), lex)
        if inner is not None:
            return inner  # 'continued to make it clear that C': C, read as the inner cue's
        return m.end(1), m.group(1)  # 'continued to attack C', 'seemed to recognize C'
    speech = lex.frame_class("catenated_speech")
    phrasal = f"{m.group(1)}{m.group(2) or ''}"
    if m.group(2) and phrasal in speech:
        return m.end(), phrasal
    return (m.end(1), m.group(1)) if m.group(1) in speech else None


def _longer_cue(text: str, pos: int, verb: str, lex: Lexicon) -> tuple[int, str] | None:
    """A cue form of several words that starts with ``verb`` at ``pos`` ('make it clear'):
    its end and its form; None for a verb that opens no such form here."""
    cue = lex.cue_at(text, pos, verb)
    return None if cue is None or cue[0] == pos + len(verb) else cue


def _word_before(text: str, pos: int) -> str:
    """The word that ends at ``pos`` (a cue's last word), lower case; '' past CUE_WORD_CHARS."""
    start = max(0, pos - CUE_WORD_CHARS)
    space = text.rfind(" ", start, pos)
    return text[space + 1 : pos].lower() if space >= 0 or start == 0 else ""


def pair_object_start(text: str, pos: int, lex: Lexicon) -> int | None:
    """After a past cue, 'and' and a second past verb that share the cue's object, perhaps with
    an auxiliary or an adverb between and a preposition of the second verb after it
    ('derided and insulted X', 'endorsed and has campaigned for X', 'were surprised and
    dismayed at X'): where the shared object starts. Not after a passive ('was mocked and
    criticized by X', 'is spotted and flagged to X'; 'were surprised and dismayed at X' is
    the holder's), nor a noun ('calls and meetings', 'notes', 'hope and danger')."""
    cue = _word_before(text, pos)
    if not lex.past_form(cue):
        return None  # the cue is a past verb too: not 'a label and sold it', 'demand and'
    m = RE_VERB_PAIR.match(text, pos)
    if m is None or not lex.past_form(m.group(1)) or text.startswith(" by ", m.end()):
        return None
    if _word_before(text, pos - len(cue) - 1) in PASSIVE_BE and (
        cue not in lex.frame_class("holder_participle")
    ):
        return None  # 'is spotted and flagged to the staff': a passive, no one's object
    return m.end()


def has_infinitive(text: str) -> bool:
    """'to' before a lower-case word that is no determiner or object: an infinitive."""
    return RE_INFINITIVE.search(text) is not None
