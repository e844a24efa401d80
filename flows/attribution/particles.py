"""Phrasal verbs: a cue followed by a particle it does not list ('showed up', 'backed down').

A cue form in the lexicon is read as a reporting verb, but the same verb followed by a
particle ('up', 'out', 'off', 'down', 'away', 'back') is a phrasal verb with a sense of
its own ('Sanders showed up', 'the party backed down', 'Democrats knocked out funding',
'the firms called off the deal'). When the particle opens the content read after the cue
(so the lexicon lists no form with that particle), nothing was said: no frame.

Left alone: a particle right before a clause ('reported back that C': the content starts
after it), an adverbial before a clause ('said back in May that C') and a quantity ('said
up to 40 left'), and an adverbial phrase ('said off the record C', 'said up until now C').

Nor is an adjunct of the frame alone what was said: in 'Ann Lee said on Monday.', 'Bo
Chan wrote in a memo to the board.' and 'Ann Lee reported from Riverton.' (a time, a
medium, a place) no complement follows the cue, and the post frame that would report
'Monday' is dropped ('said on Monday that C', 'said on Monday, "C"', 'opined on the
state of the economy' and 'responded to requests for comment' keep theirs). A preposition
that never opens a topic (class ``setting_lead``: 'from', 'before', 'during') opens an
adjunct with any words after it but a verb: 'said from his office in Orlando.', 'testified
before the panel last fall.' ('said after the vote prices rose' keeps its frame).

The word classes come from ``data/frame_words.tsv``: ``particle``, ``number_word``,
``particle_adverbial``, ``adjunct_lead``, ``setting_lead``, ``skip``, ``time``,
``time_lead``, ``time_tail``, ``aux``, ``verbish``, ``noun_determiner`` and
``place_adverb`` and ``time_adverb`` (a 'here' or 'earlier' before the adjunct: 'said here on
Wednesday.', 'said earlier in the hearing').
"""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.catenatives import has_infinitive
from flows.attribution.content_start import MAX_TAIL_WORDS
from flows.attribution.frames import QUOTE_OPEN
from flows.attribution.lexicon import Lexicon

__all__ = ["adjunct_only", "particle_content"]

MAX_TIME_WORDS = 4
SPAN_WORDS = 3  # 'the other day'
RE_PLAIN_WORD = re.compile(r"[\w'’-]+")
RE_WORD_OR_QUOTE = re.compile(r"[\w'’-]+|[\"\u201c\u00ab\u201e]")  # a word or an opening mark


def particle_content(text: str, content: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """``content`` unchanged, moved past a particle before a clause, or None (no statement)."""
    first = RE_WORD_OR_QUOTE.search(text, *content)
    if first is None or first.group().lower() not in lex.frame_class("particle"):
        return content
    words = list(RE_WORD_OR_QUOTE.finditer(text, *content))
    if _quantity(words, lex) or _adverbial(words, lex):
        return content
    clause = [
        i for i, w in enumerate(words) if w.group().lower() == "that" or w.group() in QUOTE_OPEN
    ]
    if not clause:
        return None
    return (words[1].start(), content[1]) if clause[0] == 1 else content


def _quantity(words: list[re.Match[str]], lex: Lexicon) -> bool:
    """'up to ten', 'up to 40 percent': a quantity, not a particle."""
    if len(words) < 3 or words[1].group().lower() != "to":
        return False
    amount = words[2].group().lower()
    return amount[0].isdigit() or amount in lex.frame_class("number_word")


def _adverbial(words: list[re.Match[str]], lex: Lexicon) -> bool:
    """'off the record', 'up until now': the particle opens an adverbial phrase."""
    lead = " ".join(w.group().lower() for w in words[:3])
    return any(lead == p or lead.startswith(p + " ") for p in lex.frame_class("particle_adverbial"))


def adjunct_only(text: str, cue_end: int, content_end: int, lex: Lexicon) -> bool:
    """The words after the cue are only an adjunct of the frame: a preposition ('on', 'in',
    'from') before a time, a medium or a name ('on Monday', 'in a statement to the board',
    'from Riverton'), with no other lower-case word (no verb, no infinitive, no 'that'), no
    quotation and no colon before a quoted paragraph; or time words alone ('late Thursday',
    'Tuesday night'); or a place adverb alone ('can be found here.'). A topic is kept
    ('opined on the state of the economy'), and so is a clause after a time ('said on Monday
    prices rose')."""
    first = RE_PLAIN_WORD.search(text, cue_end, content_end)
    if first is None or has_infinitive(text[cue_end:content_end]):
        return False
    if first.group().lower() in lex.union("place_adverb", "time_adverb"):  # 'said here on
        after = RE_PLAIN_WORD.search(text, first.end(), content_end)  # Monday.', 'said earlier'
        if after is None:  # 'can be found here.', 'spoke here.': the place alone
            return not text[first.end() : content_end].strip(" ,.;!?")
        return adjunct_only(text, first.end(), content_end, lex)
    if first.group().lower() not in lex.frame_class("adjunct_lead"):
        timely = first.group().lower() in lex.union("time", "time_tail")
        return timely and (_time_only(text[cue_end:content_end], lex)
                           or _time_span_only(text[cue_end:content_end], lex))
    tail = text[cue_end:content_end]
    words = fr._words(tail)
    if len(words) > MAX_TAIL_WORDS or tail.rstrip().endswith(":") or "''" in tail:
        return False
    if any(ch in tail for ch in QUOTE_OPEN) or "that" in words:
        return False
    if not lex.frame_class("verbish").isdisjoint(words):
        return False
    rest = RE_PLAIN_WORD.findall(tail)[1:]
    named = [w for w in rest if w.lower() not in lex.frame_class("noun_determiner")]
    if first.group().lower() in lex.frame_class("setting_lead"):  # never a topic: 'said
        # from his office in Orlando', 'testified before the panel last fall'
        return bool(named) and not any(w.islower() and lex.past_form(w) for w in named)
    plain = lex.union("adjunct_lead", "adjunct_link", "time_tail", plus=_occasions(lex))
    if any(w[:1].islower() and w not in plain for w in named):
        return False  # 'said on Monday prices rose', 'agreed on Friday to suspend payments'
    return bool(named) and (
        all(w[:1].isupper() or w[:1].isdigit() for w in named)
        or any(w.lower() in _occasions(lex) for w in named)
    )


def _time_only(tail: str, lex: Lexicon) -> bool:
    """'late Thursday', 'Tuesday night', 'just today': time words and nothing else."""
    words = fr._words(tail)
    return (
        len(words) <= MAX_TIME_WORDS
        and lex.union("time", "time_tail").issuperset(words)
        and not lex.frame_class("time").isdisjoint(words)
    )


def _time_span_only(tail: str, lex: Lexicon) -> bool:
    """'the other day', 'the next week', 'the same night': 'the', a span adjective and a
    time measure or time word, and nothing else."""
    words = fr._words(tail)
    return (
        len(words) == SPAN_WORDS and words[0] == "the"
        and words[1] in lex.frame_class("span_adjective")
        and words[2] in lex.union("time_measure", "time")
    )


def _occasions(lex: Lexicon) -> frozenset[str]:
    """Nouns and time words that make a prepositional phrase an adjunct of the frame."""
    return lex.union("skip", "time", minus=lex.union("adjunct_lead", "time_lead", "aux"))
