"""Lead parts: a comma part that opens a sentence before its subject and is not the speaker.

After a dateline ("DALLAS, Texas, June 10 (UPI) - Acme Inc said C": a city in capitals, then
parts up to a dash) the subject is what follows the dash. In "Yesterday in Ohio, Ann Lee, a
rival, said C", "In Cedar Rapids, Iowa, Ann Lee told reporters C" or "Moreover, Ann Lee said
C", the first part is an adverbial or a place and the name after it is the subject. A
first part that opens with a preposition or a sentence adverb that no subject opens with
("Throughout the debate", "Among voters", "Moreover"; class ``adverbial_lead``) gives way to
the next part when that opens like a subject (a capital or a determiner). Otherwise a name
standing alone in the second part is what tells, as a description of a subject is no bare
name ("Ann Lee, a rival, said", "Ann Lee, R-Ohio, said", "Ann Lee, Acme Chairman, said",
"Tom Hall, Jr., said"). The first part stays the subject when it is a description that a
name then gives ("The mayor, Ann Lee, said"), a name with its place ("Ann Lee of Dallas,
Texas, said") or the head of a list ("Ann Lee, Tom Hall and Bo Chan said").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows.attribution import frames as fr
from flows.attribution import subjects  # (narrow_subject, DETERMINERS, MAX_NAME_WORDS)
from flows.attribution.noun_cues import POSSESSIVE

if TYPE_CHECKING:
    from flows.attribution.subjects import Ctx

__all__ = ["drop_lead"]

RE_DATELINE_CUT = re.compile(r".*(?:[\u2013\u2014)]|\s--?\s)")  # up to a dash or ')'
RE_DATELINE_DASH = re.compile(r".*?(?:[\u2013\u2014]|\s--?\s)")  # up to the first dash
RE_PARTY_TAG = re.compile(r"\(?[A-Z]-[A-Z]")  # "R-Ohio", "(D-Calif.)"
RE_TOKEN = re.compile(r"\S+")
PLACE_PREPOSITIONS = frozenset({"of", "from", "in"})
MIN_CITY_LETTERS = 2
MAX_DATELINE_PARTS = 4  # the city, a state or country, the date: "DALLAS, Texas, March 4 -"
LIST_JOINERS = frozenset({"and", "or", "&"})
PERCENT_WORDS = frozenset({"percent", "per", "pct"})  # "74 percent", "74 per cent"


def drop_lead(c: Ctx, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``segments`` (the comma parts before a cue) without a first part that is no subject:
    the name in the second part opens them instead (see the module's docstring)."""
    if len(segments) < 2:
        return segments
    dated = _after_dateline(c, segments)
    if dated is not None:
        return dated
    while len(segments) > 1 and _opens_adverbial(c, segments[0]) and _np_start(c, segments[1]):
        segments = segments[1:]  # "Throughout the debate, Ann Lee and her aides said"
    if len(segments) < 2:
        return segments
    name = _bare_name(c, segments[1])
    if name is None or _is_subject_head(c, segments[0]) or _listed(c, segments[2:]):
        return segments
    return [(name[0], segments[1][1]), *segments[2:]]


def _opens_adverbial(c: Ctx, span: tuple[int, int]) -> bool:
    """The part opens with a word of ``adverbial_lead``: a preposition or a sentence adverb
    that no subject opens with ("Throughout the debate", "Among voters", "Moreover")."""
    words = fr._words(c.text[span[0] : span[1]])
    raw = c.text[span[0] : span[1]].split()
    if len(raw) > 1 and all(w[:1].isupper() for w in raw):
        return False  # a name: "Overall Corp, a toolmaker, said"
    return bool(words) and words[0] in c.lex.frame_class("adverbial_lead")


def _np_start(c: Ctx, span: tuple[int, int]) -> bool:
    """The part opens like a subject: a capitalised word, a determiner or a share of people
    ("Ann Lee and her aides", "the board", "74 percent", "36% of Democrats"; not
    "conversations about" nor "74 rallies")."""
    words = c.text[span[0] : span[1]].split()
    return bool(words) and (
        words[0][:1].isupper()
        or words[0].lower() in subjects.DETERMINERS
        or words[0][:1].isdigit() and _share(words)
    )


def _share(words: list[str]) -> bool:
    """The words open with a percentage ("74 percent", "74%", "74 per cent")."""
    first = words[0].rstrip(",.")
    if first.endswith("%"):
        return first[:-1].replace(".", "", 1).isdigit()
    return first.replace(".", "", 1).isdigit() and len(words) > 1 and (
        words[1].lower() in PERCENT_WORDS
    )


def _after_dateline(c: Ctx, segments: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The parts after a dateline: a first part in capitals (the city), then parts up to a
    dash or a closing bracket ("DALLAS, Texas, March 4 - Acme Inc said", "DALLAS, June 10
    (UPI) - Ann Lee said"); None when the first part is no city in capitals or no dash
    follows in the next parts."""
    city = segments[0]
    letters = [ch for ch in c.text[city[0] : city[1]] if ch.isalpha()]
    if len(letters) < MIN_CITY_LETTERS or not all(ch.isupper() for ch in letters):
        return None
    for k in range(1, min(len(segments), MAX_DATELINE_PARTS)):
        start, end = segments[k]
        # at the dash after a date or a bracket, else at the last bracket: not the
        # subject's acronym's ('Nov. 18 (Xinhua) -- The Food Agency (FA) said', 'June 10
        # (UPI) Ann Lee said'), nor an aside's dash ('N.J., Acme -- citing X -- said')
        cut = RE_DATELINE_DASH.match(c.text, start, end)
        if cut is None or not any(ch.isdigit() or ch == ")" for ch in cut.group()):
            cut = RE_DATELINE_CUT.match(c.text, start, end)
        if cut is not None and c.text[cut.end() : end].strip():
            return [(cut.end(), end), *segments[k + 1 :]]
    return None


def _bare_name(c: Ctx, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name that a comma part holds alone, after a dateline's dash if it has one: one to
    four capitalised words, no digit, no party tag, and no title, organisation word or name
    suffix at its end ("Acme Chairman", "Acme Corp", "Jr.")."""
    start, end = span
    cut = RE_DATELINE_CUT.match(c.text, start, end)
    if cut is not None:
        start = cut.end()
    tokens = list(RE_TOKEN.finditer(c.text, start, end))
    if not 0 < len(tokens) <= subjects.MAX_NAME_WORDS:
        return None
    words = [t.group() for t in tokens]
    if not all(w[:1].isupper() for w in words) or any(ch.isdigit() for w in words for ch in w):
        return None
    if any(RE_PARTY_TAG.match(w) for w in words):
        return None
    last = words[-1].lower().strip(",.;:")
    not_names = c.lex.union("time", speaker=("title", "org", "name_suffix", "pronoun"))
    if last in not_names or f"{last}." in not_names:
        return None
    return tokens[0].start(), tokens[-1].end()


def _is_subject_head(c: Ctx, span: tuple[int, int]) -> bool:
    """The first part can head the subject: a description opening with a determiner or a
    possessive ("The mayor", "Acme's chief") or a name of a place ("Ann Lee of Dallas")."""
    narrowed = subjects.narrow_subject(c, span)
    if narrowed is None:
        return False
    words = c.text[narrowed[0] : narrowed[1]].split()
    if words[0].lower() in subjects.DETERMINERS or words[0].endswith(POSSESSIVE):
        return True
    raw = c.text[span[0] : span[1]].split()
    lead = c.lex.union("opener", "time")
    for i, word in enumerate(raw[1:-1], start=1):
        if word in PLACE_PREPOSITIONS:
            before = raw[:i]
            return all(w[:1].isupper() for w in before) and not all(
                w.lower() in lead for w in before
            )
    return False


def _listed(c: Ctx, rest: list[tuple[int, int]]) -> bool:
    """A later part opens with "and" ("and Bo Chan", "and accused"): the parts are a list,
    or the cue is a second verb of a clause before them."""
    firsts = (c.text[a:b].split()[:1] for a, b in rest)
    return any(first and first[0].lower() in LIST_JOINERS for first in firsts)
