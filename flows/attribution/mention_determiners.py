"""The determiner that may open a mention ("the", "a", "his": ``DETERMINERS``) and the
mention without it (``strip_determiner``), read by the mention readers and by ``speakers``."""

from __future__ import annotations

__all__ = ["DETERMINER_WORDS", "strip_determiner"]

DETERMINERS = ("the ", "a ", "an ", "his ", "her ", "their ", "its ")
DETERMINER_WORDS = frozenset(d.strip() for d in DETERMINERS)


def strip_determiner(text: str) -> str:
    lowered = text.lower()
    for det in DETERMINERS:
        if lowered.startswith(det):
            return text[len(det) :]
    return text
