"""Cue forms in a sense that reports nothing: the words right after the cue tell.

Some cue forms have a second sense that the words right after them give away: 'appeared on
television', 'appears in court' and 'will appear at the rally' say where someone was, not
what seemed to be; 'found itself at the centre', 'found ways to save' say what happened,
not what was found to be so; 'a think tank' is a noun. The pairs are listed in
``data/frame_words.tsv`` as class ``other_sense`` (a cue form and the one or two words
after it, lower case); a cue followed by such words opens no frame ('appeared to waver',
'found that', 'think that' keep theirs).
"""

from __future__ import annotations

import re

from flows.attribution.lexicon import CueHit, Lexicon

__all__ = ["other_sense"]

RE_NEXT_WORDS = re.compile(r"\s+([\w'’-]+)(?:\s+([\w'’-]+))?")


def other_sense(text: str, hit: CueHit, lex: Lexicon) -> bool:
    """Whether the cue ``hit`` and the one or two words after it are a pair of class
    ``other_sense`` ('appeared on', 'found a way')."""
    pairs = lex.frame_class("other_sense")
    m = RE_NEXT_WORDS.match(text, hit.end())
    if m is None:
        return False
    form = " ".join(hit.group().lower().split())
    one = f"{form} {m.group(1).lower()}"
    return one in pairs or (m.group(2) is not None and f"{one} {m.group(2).lower()}" in pairs)
