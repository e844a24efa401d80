"""Reporting frames: a cue, the speaker mention around it and the span of what was said.

One sentence is read at a time, cue by cue, in these shapes (``C`` = content):

* ``X said (that) C`` / ``X told Y that C`` / ``X said: "C"``          (pattern ``post``)
* ``C, X said.`` / ``"C," X said, "C."`` / ``"C." X said.``            (pattern ``pre``)
* ``C, said X, president of Y.``                                       (pattern ``inverted``)
* ``According to X, C.`` / ``C, according to X.``                      (pattern ``according``)
* ``..., adding that C``: the speaker of the clause before              (pattern ``participle``)
* ``C was denounced by X`` / ``C, opposed by X,``: see ``passive``      (pattern ``passive``)
* ``C, X said, C`` (``mid``); ``X continues: "C"`` (``colon``); ``X: C`` opening a line
  (``label``): see ``unframed`` for the last two.

Spans are offsets into the article text. No frame is made when no speaker is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows.attribution.content_before import after_conjunction, content_before
from flows.attribution.content_start import OBJECT_CUES, THAT, content_after, is_endish
from flows.attribution.lexicon import Lexicon
from flows.attribution.spans import (
    QUOTE_CLOSE,
    QUOTE_OPEN,
    RE_TOKEN,
    _segment_start,
    _skip_back,
    _strip_span,
    _trim_content,
    _words,
    letters,
)

__all__ = [  # with the span and complement-start helpers the readers call as fr.<name>
    "OBJECT_CUES",
    "QUOTE_CLOSE",
    "QUOTE_OPEN",
    "RE_TOKEN",
    "THAT",
    "Frame",
    "after_conjunction",
    "content_after",
    "content_before",
    "is_endish",
    "_segment_start",
    "_skip_back",
    "_strip_span",
    "_trim_content",
    "_words",
    "letters",
]

# Abbreviations whose full stop does not end a speaker phrase ("Gov. Jim Hodges").
NAME_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gov",
    "Sen",
    "Rep",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Adm",
    "Maj",
    "Prof",
    "Rev",
    "Jr",
    "Sr",
    "St",
    "Mt",
    "Pres",
    "Atty",
)
# a full stop, then the look back at the abbreviation before it (the cheap test first)
ABBREVIATION_DOT = r"\.(?:" + "|".join(rf"(?<=\b{a}\.)" for a in NAME_ABBREVIATIONS) + ")"
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in NAME_ABBREVIATIONS)
# up to the next punctuation: the lazy phrase grows a character at a time, so the look
# ahead at that punctuation (which fails at once inside a phrase) comes before the 22 looks
# back at an abbreviation; group 1 is the phrase
RE_NP_AFTER = re.compile(
    rf"\s*((?:\b[A-Z]\.|{ABBREVIATION_DOT}|\([^()\n]{{1,30}}\)|[^,.;:!?\"\u201c\u201d()])"
    rf"{{1,160}}?)(?=\s*(?:[,.;:!?\"\u201c\u201d)]|$)){NOT_AFTER_ABBREVIATION}"
)
MAX_SPEAKER_WORDS = 14
RE_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year after 'in' before a cue: 'X in 2011 noted'
DATE_INITIALS = frozenset("12ADFJMNOS")  # a year's or a capitalised month's first character
RE_CUE_WORD = re.compile(r"\s*([a-z]+)\b")  # the lower-case word after a subject
# a photo credit in capitals glued before a subject: 'ANN LEE/XINHUA An official said',
# 'PHOTO/AFP The ministry said'; not one word before a title ('UAW/CIO Chief Ann Lee said')
RE_PHOTO_CREDIT = re.compile(
    r"(?:(?:[A-Z][A-Z'’.-]*\s+){1,3}(?=[A-Z'’.-]+/)|(?=[A-Z'’.-]+/[A-Z/'’.-]+\s+(?:The|An?)\s))"
    r"[A-Z][A-Z'’.-]*/[A-Z][A-Z/'’.-]*\s+(?=[A-Z])"
)
MAX_NP_WORDS = 8


@dataclass(frozen=True, slots=True)
class Frame:
    pattern: str  # post | pre | inverted | according | participle | passive | mid | colon | ...
    cue: str
    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    weight: float
    description: str | None = None  # an appositive after the mention ("president of ...")
    antecedent: str | None = None  # what a relative "who" refers to
    # the words at the speaker span are not the speaker (the subject of an agentless
    # passive): the statement names none, though later pronouns may still refer to them
    unnamed: bool = False


def _name_before_cue(text: str, word: str, last: bool, end: int, lex: Lexicon) -> bool:
    """A capitalised modal right before an inflected lower-case cue is a name ('"C," Will
    wrote.', 'Ann May said'): a modal never comes before a past or -s form ('Don't worry',
    'Will say' keep their reading; a headline in title case has a capitalised cue)."""
    if not (last and word[:1].isupper() and word.lower() in lex.frame_class("verbish")):
        return False
    cue = RE_CUE_WORD.match(text, end)
    lemma = None if cue is None else lex.cue_lemma.get(cue.group(1))
    return cue is not None and lemma is not None and lemma != cue.group(1)


def _clean_subject(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop leading connectors and trailing auxiliaries/adverbs from a subject span."""
    start, end = _strip_span(text, start, end)
    if text.find("/", start, end) >= 0 and (credit := RE_PHOTO_CREDIT.match(text, start, end)):
        start = credit.end()  # 'WANG YING/XINHUA An official': the credit is no speaker
    if text[start : start + 1] == "(" and text.find(")", start, end) < 0:
        start, end = _strip_span(text, start + 1, end)  # '(The ministry said C.)'
    aux, connectors = lex.frame_class("aux"), lex.frame_class("connector")
    span = text[start:end]
    raw = span.split()  # the words (RE_TOKEN's), their offsets read only for the two kept ends
    lows = span.lower().split()  # (lowering moves no space: raw's words, lowered)
    time, time_lead = lex.frame_class("time"), lex.frame_class("time_lead")
    determiner = lex.frame_class("noun_determiner")

    def modifier(i: int) -> bool:  # an adverb, unless a determiner makes it a noun: "the daily"
        return _adverb(raw[i], lows[i], lex) and not (i > 0 and lows[i - 1] in determiner)

    def named(i: int) -> bool:  # "the Mail on Sunday said": no time of the frame
        return in_time_name([w.rstrip(",") for w in lows[: i + 1]], i, lex)

    n = len(lows)  # the words kept from the end
    # "X in 2011 noted" (a year's or a month's first character first: nearly every word
    # has neither); not in a part before a comma, which the cue does not follow ("X did A
    # in 2012, but claimed")
    while n and (
        lows[n - 1] in aux and not _name_before_cue(text, raw[n - 1], n == len(lows), end, lex)
        or lows[n - 1].rstrip(",") in time or modifier(n - 1)
        or raw[n - 1][:1] in DATE_INITIALS and _dated(raw, lows, n - 1, lex)
        and not text.startswith(",", end)
    ) and not named(n - 1):
        n -= 1
        if lows[n].rstrip(",") in time or _dated(raw, lows, n, lex):  # "X on Tuesday said"
            while n and lows[n - 1] in time_lead:  # "X last week said", "X in 2011 noted"
                n -= 1
    first = 0
    while first < n and lows[first].rstrip(",") in connectors:
        first += 1
    if first >= n:
        return start, start
    # (no split for the first and the last word kept: the span less its spaces)
    first_at = start + len(span) - len(span.split(None, first)[first] if first else span.lstrip())
    last_end = start + len(span.rsplit(None, len(raw) - n)[0] if n < len(raw) else span.rstrip())
    return _strip_span(text, first_at, last_end)


def in_time_name(lows: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the lower-case word ``lows[i]`` is part of a name that holds a time word
    (class ``time_name``: "the Mail on Sunday"), so no time of the frame."""
    names = lex.frame_class("time_name")
    if lows[i] not in _words_of(names):
        return False
    for name in names:
        parts = name.split()
        for j in range(max(0, i - len(parts) + 1), i + 1):
            if lows[j : j + len(parts)] == parts:
                return True
    return False


@lru_cache(maxsize=8)
def _words_of(names: frozenset[str]) -> frozenset[str]:
    """Every word of the names (a frozenset keeps its hash: this is a dict look-up)."""
    return frozenset(word for name in names for word in name.split())


def _dated(raw: list[str], lows: list[str], i: int, lex: Lexicon) -> bool:
    """Word ``i`` of a subject is a year or a capitalised month after a time lead ('in',
    'in late'; class time_lead), or a year after such a month: a date that ends the subject
    before its cue ('Ann Lee in 2011 noted', 'the council in March 2004 said'). Not a year
    after any other word ('the class of 2011 said'), nor a date after a participle, which
    dates what the participle tells ('a poll released in March found')."""
    word = lows[i]
    year = word[:1].isdigit() and RE_YEAR.fullmatch(word) is not None
    months = lex.frame_class("month")
    if i == 0 or not (year or word in months and raw[i][:1].isupper()):
        return False  # (no year or month: nearly every word)
    leads = lex.frame_class("time_lead")
    k = i - 1
    if year and k > 0 and lows[k] in months and raw[k][:1].isupper():
        k -= 1  # 'in March 2004'
    if lows[k] not in leads:
        return False
    while k > 0 and lows[k - 1] in leads:
        k -= 1  # 'in late August'
    before = lows[k - 1] if k > 0 else ""
    return bool(before) and not (
        before.endswith("ed") or before in lex.union("past", "participle"))


def _adverb(raw: str, low: str, lex: Lexicon) -> bool:
    """A lower-case adverb before a cue, no part of its subject ("X grudgingly agreed", "X
    seldom speaks of"): an "-ly" word that is no noun ("family", "ally"; class ``ly_noun``)
    or a word of class ``verb_adverb`` (``raw`` as written, ``low`` in lower case)."""
    word = low.rstrip(",")
    if not raw[0].islower():
        return False
    if word.endswith("ly"):
        return word not in lex.frame_class("ly_noun")
    return word in lex.frame_class("verb_adverb")


def _np_after(
    text: str, pos: int, end: int, *, max_words: int = MAX_NP_WORDS, lex: Lexicon | None = None
) -> tuple[int, int] | None:
    """The noun phrase after a cue up to the next punctuation ("said Ann Lee, ..."); with
    ``lex``, without a time after it ("said Ann Lee Tuesday", "according to Acme on Monday";
    not a name with its day, class ``time_name``: "the Mail on Sunday")."""
    m = RE_NP_AFTER.match(text, pos, end)
    if m is None or not m.group(1).strip():
        return None
    s, e = _strip_span(text, m.start(1), m.end(1))
    if lex is not None:
        e = _without_time_after(text, s, e, lex)
    words = text[s:e].split()
    if not words or len(words) > max_words or words[0].lower() in ("that", "to", "in", "on", "it"):
        return None
    return s, e


def _without_time_after(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The end of ``text[start:end]`` without the time words that close it ("Ann Lee on
    Tuesday morning": "Ann Lee"), at least one word left; a name with its day (class
    ``time_name``, "Mail on Sunday") keeps it."""
    tokens = [(m.start(), m.end(), m.group().lower()) for m in RE_TOKEN.finditer(text, start, end)]
    if any(" ".join(t[2] for t in tokens).endswith(name) for name in lex.frame_class("time_name")):
        return end
    time, lead, weekday = (lex.frame_class(k) for k in ("time", "time_lead", "weekday"))
    given = lex.union(speaker=("first_male", "first_female"))
    months = lex.frame_class("month")

    def dropped(i: int) -> bool:  # "today", "Tuesday"; not "Business Week", "Mike Friday"
        word = tokens[i][2]
        if (word[:1].isdigit() or word in months) and _dated(
                [text[a:b] for a, b, _ in tokens], [t[2] for t in tokens], i, lex):
            return True  # "according to Ann Lee in 2011"
        if text[tokens[i][0]].islower():
            return word in time
        after_given = text[tokens[i - 1][0]].isupper() and tokens[i - 1][2] in given
        return word in weekday and not after_given

    n = len(tokens)
    while n > 1 and dropped(n - 1):
        n -= 1
    if n == len(tokens):
        return end
    while n > 1 and tokens[n - 1][2] in lead:
        n -= 1
    if n > 1 and tokens[n - 1][2] == "the" and tokens[n][2] in lex.frame_class("span_adjective"):
        n -= 1  # "Ann Lee the next morning": the article is the time's
    return _strip_span(text, start, tokens[n - 1][1])[1]


def _speakerlike(text: str, start: int, end: int, lex: Lexicon, *, loose: bool = False) -> bool:
    """A name, a pronoun or a phrase with a speaker word ("the spokesman", "a source").

    ``loose`` (a subject before the cue) also takes any capitalised word, a determiner or a
    quantity word with a noun ("the Lincoln actor", "the actor", "another dealer") or a
    quantity word alone ("another").
    """
    words = text[start:end].split()
    if not words:  # an empty span is no speaker ('As reported by X, C')
        return False
    if words[0][:1].isupper() and words[0].lower() not in NP_STARTERS:
        return True
    quantity = lex.union(speaker=("quantity_group", "quantity_person"))
    if loose and (
        any(w[:1].isupper() for w in words[1:])
        or len(words) >= 2
        and (words[0].lower() in NP_STARTERS
             or words[0].lower() in quantity and words[-1].lower() != "of"
             and RELATIVE_WORDS.isdisjoint(w.lower() for w in words))  # not 'both of which'
        or len(words) == 1
        and words[0].lower().strip(",.") in quantity  # '"C," said another.'
    ):
        return True
    known = lex.speaker_class("known")
    return any(w.lower().strip(",.") in known for w in words)


def _description_after(text: str, pos: int, end: int, lex: Lexicon) -> str | None:
    if text[pos : pos + 1] != ",":
        return None
    m = RE_NP_AFTER.match(text, pos + 1, end)
    if m is None:
        return None
    desc = m.group(1).strip()
    first = _words(desc[:30])
    if not first or first[0] in lex.frame_class("end_adverbial") or first[0] in ("who", "which"):
        return None
    return desc


RELATIVE_WORDS = frozenset(["which", "whom", "whose", "that"])
NP_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "one",
        "two",
        "some",
        "many",
    ]
)
