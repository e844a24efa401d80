"""Phrasal verbs: a cue followed by a particle it does not list ('showed up', 'backed down').

A cue form in the lexicon is read as a reporting verb, but the same verb followed by a
particle ('up', 'out', 'off', 'down', 'away', 'back') is a phrasal verb with a sense of
its own ('Sanders showed up', 'the party backed down', 'Democrats knocked out funding',
'the firms called off the deal'). When the particle opens the content read after the cue
(so the lexicon lists no form with that particle), nothing was said: no frame.

Left alone: a particle right before a clause ('reported back that C': the content starts
after it), an adverbial before a clause ('said back in May that C') and a quantity ('said
up to 40 left'), and an adverbial phrase ('said off the record C', 'said up until now C').

The word classes come from ``data/frame_words.tsv``: ``particle``, ``number_word`` and
``particle_adverbial``.
"""

from __future__ import annotations

import re

from flows.attribution.frames import QUOTE_OPEN
from flows.attribution.lexicon import Lexicon

__all__ = ["particle_content"]

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
