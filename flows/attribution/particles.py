"""Phrasal verbs: a cue followed by a particle it does not list ('showed up', 'backed down').

A cue form in the lexicon is read as a reporting verb, but the same verb followed by a
particle ('up', 'out', 'off', 'down', 'away', 'back') is a phrasal verb with a sense of
its own ('Sanders showed up', 'the party backed down', 'Democrats knocked out funding',
'the firms called off the deal'). When the particle opens the content read after the cue
(so the lexicon lists no form with that particle), nothing was said: no frame.

Left alone: a particle right before a clause ('reported back that C': the content starts
after it), an adverbial before a clause ('said back in May that C') and a quantity ('said
up to 40 left'), and an adverbial phrase ('said off the record C', 'said up until now C').
"""

from __future__ import annotations

import re

from flows.attribution.frames import QUOTE_OPEN

__all__ = ["particle_content"]

PARTICLES = frozenset(["up", "out", "off", "down", "away", "back"])
NUMBER_WORDS = frozenset(
    ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    + ["twelve", "twenty", "fifty", "hundred", "hundreds", "thousands", "half", "dozens"]
)
RE_WORD = re.compile(r"[\w'’-]+|[\"\u201c\u00ab\u201e]")
ADVERBIAL_PHRASES = frozenset(  # a particle opening an adverbial: 'said off the record C'
    ["off the record", "up until", "up front", "out loud", "back then"]
)


def particle_content(text: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """``content`` unchanged, moved past a particle before a clause, or None (no statement)."""
    first = RE_WORD.search(text, *content)
    if first is None or first.group().lower() not in PARTICLES:
        return content
    words = list(RE_WORD.finditer(text, *content))
    if _quantity(words) or _adverbial(words):
        return content
    clause = [
        i for i, w in enumerate(words) if w.group().lower() == "that" or w.group() in QUOTE_OPEN
    ]
    if not clause:
        return None
    return (words[1].start(), content[1]) if clause[0] == 1 else content


def _quantity(words: list[re.Match[str]]) -> bool:
    """'up to ten', 'up to 40 percent': a quantity, not a particle."""
    if len(words) < 3 or words[1].group().lower() != "to":
        return False
    amount = words[2].group().lower()
    return amount[0].isdigit() or amount in NUMBER_WORDS


def _adverbial(words: list[re.Match[str]]) -> bool:
    """'off the record', 'up until now': the particle opens an adverbial phrase."""
    lead = " ".join(w.group().lower() for w in words[:3])
    return any(lead == p or lead.startswith(p + " ") for p in ADVERBIAL_PHRASES)
