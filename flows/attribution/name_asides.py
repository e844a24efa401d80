"""Brackets that close or wrap a name and are no part of it: a stock ticker ("Acme Tool
(NYSE: ACME)", "Acme Tool <ACME.N>"), the body's own acronym ("Riverland Rail Board (RRB)"),
a politician's party and state ("Sen. Bo Chan (R-Ohio)", "Bo Chan (Vt.)"), an agency's credit
("Bo Chan (AP)") or the angle brackets wire copy puts around a company ("<Acme Tool Inc>").

Users group statements by the speaker's name, so "Sen. Bo Chan (R-Ohio)" must name Bo Chan
as "Bo Chan" does; the mention keeps the brackets, which are the words of the text. A
ticker, an acronym of the name or wire-copy angle brackets show a company or a body; a party,
a state or a credit show nothing about the name before them.
"""

from __future__ import annotations

import re
from typing import Literal

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_words import (
    RE_BRACKETED_TICKER,
    RE_TICKER,
    _bare,
    _head_tokens,
    _named_with_acronym,
)

__all__ = ["AsideKind", "split_aside"]

AsideKind = Literal["body", "acronym", "other"]

RE_CLOSING_ASIDE = re.compile(r"\s*(\([^()<>]+\)|<[^<>()]+>)[,.;:]?$")
RE_WRAPPED = re.compile(r"<([^<>()]+)>|\(([^<>()]+)\)")
# a party's letter, alone or with the state ("R", "D-Ohio", "I-Vt.", "R-S.C."), or a
# state's abbreviation alone ("Vt.", "Ariz.")
RE_PARTY = re.compile(r"[DRI](?:-[A-Z][\w.]*(?: [A-Z][\w.]*)?)?|[A-Z][a-z]{1,4}\.")


def split_aside(mention: str, lex: Lexicon) -> tuple[str, AsideKind] | None:
    """The mention without a bracket that closes or wraps it, and what the bracket shows:
    "body" (a ticker, wire-copy angle brackets), "acronym" (the name's own) or "other" (a
    party, a state, an agency's credit); None when no such bracket is there or nothing but a name
    would be left ("(AP)" alone, "Ann Lee (tied)": a remark, read as before)."""
    wrapped = RE_WRAPPED.fullmatch(mention)
    if wrapped is not None:  # "<Acme Tool Inc>": the company wire copy marks
        inner = wrapped.group(1) or wrapped.group(2)
        return inner, "body" if wrapped.group(1) else "other"
    closing = RE_CLOSING_ASIDE.search(mention)
    if closing is None or closing.start() == 0:
        return None
    rest, aside = mention[: closing.start()], closing.group(1)
    words = rest.split()
    if RE_TICKER.fullmatch(aside) or RE_BRACKETED_TICKER.fullmatch(aside):
        # "Ann Lee of Acme Tool <ACME.N>": the ticker is Acme's
        return rest, "body" if len(_head_tokens(words)) == len(words) else "other"
    if not words or not words[-1][:1].isupper():
        return None  # "the vote (tied)": after no name
    if _named_with_acronym(mention.split()):  # "Riverland Rail Board (RRB)": read whole
        return rest, "acronym"
    inner = aside[1:-1].strip()
    if RE_PARTY.fullmatch(inner) or _bare(inner) in lex.speaker_class("org_name"):
        return rest, "other"  # "Sen. Bo Chan (R-Ohio)", "Bo Chan (AP)"
    return None
