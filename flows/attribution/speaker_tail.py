"""Where the speaker named after its cue ends: '"C," said Ann Lee in a statement on Monday'
names Ann Lee; the words from "in" on say where and when, not who."""

from __future__ import annotations

import re

from flows.attribution.frames import in_time_name
from flows.attribution.spans import POSSESSIVE_DETERMINERS
from flows.attribution.subjects import PERSONAL, RELATIVE_CUT, Ctx

__all__ = ["without_setting"]

RE_TOKEN = re.compile(r"\S+")
RE_EDGE = re.compile(r"^\W+|\W+$")
MIN_PARTICIPLE = 5  # 'adding', not 'king'
# a setting preposition opens the setting before one of these ('in a statement', 'at his
# home'); before a name or 'the' it may name where the speaker works ('an analyst at HSBC')
SETTING_DETERMINERS = frozenset(["a", "an"]) | POSSESSIVE_DETERMINERS
# a participle opens a setting before one of these ('speaking to reporters', 'delivering a
# speech'), not before a noun ('managing director', 'ruling party')
PARTICIPLE_OBJECTS = SETTING_DETERMINERS | frozenset(["the", "to", "at", "in", "on", "with",
                                                      "about", "from", "that", "reporters"])
DAYS_AROUND = frozenset(["today", "yesterday", "tonight"])  # with the weekdays: a day


def without_setting(c: Ctx, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker span without a trailing setting: a subordinate clause ('while speaking at
    a rally', 'as he dined'), a participle with its object ('speaking to reporters'), a time
    ('Monday', 'last week', 'on Tuesday', 'the other day'), or a preposition before an indefinite or
    possessive phrase ('in a statement', 'at her home') or a medium ('on Twitter'). Nothing
    is cut after a relative pronoun: 'the firm that cleared them of missing a test' is one
    description."""
    tokens = list(RE_TOKEN.finditer(c.text, *span))
    words = [RE_EDGE.sub("", t.group()) for t in tokens]
    lows = [w.lower() for w in words]
    cuts = c.lex.union("subordinator", minus=frozenset(["that", "whom", "whose", "where"]))
    settings = c.lex.frame_class("adjunct_lead")
    times = c.lex.frame_class("time")
    leads = c.lex.frame_class("time_lead")
    months = c.lex.frame_class("month")
    first_names = c.lex.union(speaker=("first_male", "first_female"))
    weekdays = c.lex.frame_class("weekday")
    days = c.lex.union("weekday", plus=DAYS_AROUND)
    media = c.lex.frame_class("medium_noun")
    spans = c.lex.frame_class("span_adjective")
    span_times = c.lex.union("time_measure", "time")
    for i in range(1, len(tokens)):
        word, low = words[i], lows[i]
        if low in RELATIVE_CUT or low == "that":
            break
        nxt = lows[i + 1] if i + 1 < len(tokens) else ""
        lower = word == low
        cut = (
            lower and low in cuts
            or lower and low == "as" and nxt in PERSONAL  # 'said Ann Lee as she left'
            or low in days and (lower or _capitalised_day(tokens, lows, i, weekdays, first_names))
            or lower and low in settings and (
                nxt in SETTING_DETERMINERS or nxt in days or nxt[:1].isdigit()
                # 'on Twitter', 'in tweets'; 'at Facebook' may name where the speaker works
                or nxt in media and low != "at")
            or lower and low == "the" and nxt in spans and words[i + 1] == nxt
            # 'the other day' (its time word may be cut already: 'the same week')
            and (i + 2 == len(tokens) or words[i + 2] in span_times)
            or lower and len(low) >= MIN_PARTICIPLE and low.endswith("ing")
            and low not in c.lex.frame_class("ing_not_participle") and nxt in PARTICIPLE_OBJECTS
        )
        # 'last week', 'in December' (a month is capitalised; 'May' after no lead is a name)
        if lows[i - 1] in leads and (low in times if lower else low in months):
            cut, i = True, i - 1
        if cut and i >= 1 and not in_time_name(lows, i, c.lex):  # 'the Mail on Sunday'
            return span[0], tokens[i - 1].start() + len(tokens[i - 1].group().rstrip(",;:"))
    return span


def _capitalised_day(tokens: list[re.Match[str]], lows: list[str], i: int,
                     weekdays: frozenset[str], first_names: frozenset[str]) -> bool:
    """A capitalised day word that says when, not a word of a name: a weekday, not after a
    first name ('Mike Friday') or a determiner ('the Sunday Times') nor before a capitalised
    word of the same name ('Sunday Times'); 'Today' is a name ('USA Today': the time is
    lower case)."""
    if lows[i] not in weekdays or lows[i - 1] in first_names or lows[i - 1] in ("the", "a"):
        return False
    token = tokens[i].group()
    follows = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    return not (token[-1:].isalnum() and follows[:1].isupper())
