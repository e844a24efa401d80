"""The subject right before a cue in an 'X said C' frame (``post_subject``): the comma
part before the cue, read back past a list of names, a dash aside, a share of people, a
fronted phrase, a relative clause or a clause with a subject of its own."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.clause_subjects import (
    OBJECT_RELATIVE,
    SETTING_OBJECTS,
    before_object_verb,
    before_owning_verb,
    before_purpose_verb,
)
from flows.attribution.fronted import (
    adverbial_segment,
    fronted_verbal,
    participle_lead,
    state_after_city,
)
from flows.attribution.leads import drop_lead
from flows.attribution.relative_subjects import (
    relative_after_clause,
    relative_that,
    restrictive_relative,
    trailing_np,
)
from flows.attribution.subjects import (
    DASHES,
    DETERMINERS,
    MAX_NAME_WORDS,
    PERSONAL,
    RE_TOKEN,
    RELATIVE,
    Ctx,
    n_words,
    narrow_subject,
)

__all__ = ["RE_CLAUSE_BREAK", "post_subject"]

MIN_LISTED = 3  # names in a list with a comma before its "and"

# [;:"\u201c\u201d\u00ab\u00bb]|''|``, written to open with one set of characters, which the
# search skips to: the same breaks
RE_CLAUSE_BREAK = re.compile(
    r"[;:\"\u201c\u201d\u00ab\u00bb'`](?:(?<=[;:\"\u201c\u201d\u00ab\u00bb])|(?<=')'|(?<=`)`)"
)

# a share of people that ends a subject window: '62 percent of voters', 'about 40%'
RE_SHARE_END = re.compile(
    r"(?<!\S)(?:(?:only|just|about|nearly|almost|roughly|some)\s+)?\d[\d.,]*\s*"
    r"(?:%|percent\b|per cent\b)\s+of\s+"
    r"(?P<people>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})\s*$"
)
OBJECT_RELATIVE_ENDS = tuple(f" {w}" for w in OBJECT_RELATIVE)
DASH_ENDS = frozenset({"-", "\u2013", "\u2014"})  # the last character of a dash
UPPER_OR_PAREN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")  # a name's last word: 'Group (CNBG)'
MIN_ASIDE_COMMAS = 2  # 'Ann Lee, who won, issued': the commas of an aside before a verb


def _it_after_coordinator(
    c: Ctx, span: tuple[int, int], cue_start: int
) -> tuple[int, int] | None:
    """The span of 'it' that ends a subject window right after a word that opens a clause
    of its own (class clause_coordinator: 'The firm cut jobs but it said C', 'Acme raised
    prices and it said'): that clause's subject; None for any other window ('the firm that
    owns it said': an object) and when an auxiliary comes between 'it' and the cue ('and it
    is expected to': no one's words)."""
    if c.text[span[1] - 3 : span[1]] != " it":  # (not a headline's 'And It Says')
        return None  # (the window ends with no 'it': nearly every subject)
    if c.text[span[1] : cue_start].strip():
        return None  # an auxiliary between: 'and it is expected to'
    words = c.text[span[0] : span[1] - 3].rsplit(None, 1)
    if not words or words[-1].lower() not in c.lex.frame_class("clause_coordinator"):
        return None
    return span[1] - 2, span[1]


def _time_colon(text: str, at: int) -> bool:
    """A colon between digits is a clock time's or a score's ('08:16', '3:1'), no clause
    break."""
    return text[at] == ":" and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def _bracketed_colon(text: str, at: int, lo: int, cue_start: int) -> bool:
    """A colon inside brackets closed before the cue is an aside's ('Acme Corp (Nasdaq: ACME)
    said': an exchange and its ticker), no clause break."""
    if text[at] != ":":
        return False
    opened = text.rfind("(", lo, at)
    return opened > text.rfind(")", lo, at) and text.find(")", at, cue_start) >= 0


def post_subject(c: Ctx, cue_start: int) -> tuple[tuple[int, int], str | None, str | None] | None:
    """The subject in front of a cue: the mention's span, a description and the noun a
    relative pronoun stands for. A subject read as a lower-case verb phrase after an aside
    between commas ("Ann Lee, who won the race, issued a statement saying C": 'issued a
    statement') is the main clause's predicate: the subject in front of its verb speaks,
    when it holds no verb and the predicate no 'and' (a second clause's subject: 'met X
    and both sides agreed')."""
    found = _post_subject(c, cue_start)
    if found is None or not c.text[found[0][0]].islower():
        return found  # (a name or no subject: nearly every cue)
    verb, end = found[0]
    if (
        c.text[fr._skip_back(c.text, verb, " ") - 1] != ","
        or " and " in c.text[verb:end]  # 'met X and both sides agreed': a clause's subject
        or c.text.count(",", c.s.start, verb) < MIN_ASIDE_COMMAS
        or not _opens_predicate(c, (verb, cue_start))
    ):
        return found
    before = _post_subject(c, verb)
    if before is None or not fr._speakerlike(c.text, *before[0], c.lex, loose=True) or any(
        c.lex.verb_word(w) for w in c.text[slice(*before[0])].split() if w.islower()
    ):  # 'Mr Evans sued Mr Mann in 2001, claiming A, spent years ...': no subject
        return found
    return before


def _post_subject(c: Ctx, cue_start: int) -> tuple[tuple[int, int], str | None, str | None] | None:
    lo = c.s.start
    for br in RE_CLAUSE_BREAK.finditer(c.text, c.s.start, cue_start):
        at = br.start()  # '08:16, Nov. 13 -- Ann Lee said'
        if not (_time_colon(c.text, at) or _bracketed_colon(c.text, at, c.s.start, cue_start)):
            lo = br.end()
    segments: list[tuple[int, int]] = []
    pos = lo
    for part in c.text[lo : _before_dash_aside(c, lo, cue_start)].split(","):
        segments.append((pos, pos + len(part)))
        pos += len(part) + 1
    last_segment = segments[-1]
    last = fr._clean_subject(c.text, *last_segment, c.lex)
    own = _it_after_coordinator(c, last, cue_start)
    if own is not None:  # 'X cut jobs but it said C': the second clause's 'it'
        return own, None, None
    share = _share_before_participle(c, last, cue_start)
    if share is not None:  # 'The shootings left 62 percent of voters saying C'
        return share, None, None
    if len(segments) > 1 and c.text[last[0] : last[1]].lower() in RELATIVE:
        head = trailing_np(c, segments[-2])  # "... assets of X Centers, which said"
        return (last, None, None if head is None else c.text[head[0] : head[1]])
    fronted = len(segments)
    while len(segments) > 1 and (
        adverbial_segment(c, segments[0])
        or participle_lead(c, c.text[segments[0][0] : segments[0][1]].split(None, 2)[:2])
        or fronted_verbal(
            c, c.text[segments[0][0] : segments[0][1]], c.text[segments[1][0] : segments[1][1]]
        )
    ):
        city = segments.pop(0)  # "In the end, X said", "Two days later, however, X said"
        if len(segments) > 1 and state_after_city(c, city, segments[0]):
            segments.pop(0)  # "At a rally in Ames, Iowa, on Sunday, Ann Lee said"
    segments = drop_lead(c, segments)  # "Yesterday in Ohio, X, a rival, said"
    if len(segments) < fronted and _named_after_named(c, segments):
        segments = segments[-1:]  # 'After visiting Acme, a unit of Big Co, Ann Lee said'
    if _name_list(c, segments):  # "Ann Lee, Tom Hall, and Bo Chan said": all of them
        return fr._clean_subject(c.text, segments[0][0], segments[-1][1], c.lex), None, None
    opened = [  # not a lone word set off by commas: "Ann Lee, though, said" (an aside)
        i for i in range(1, len(segments))
        if _opens_clause(c, segments[i]) and (i == len(segments) - 1 or n_words(c, segments[i]) > 1)
    ]
    if opened and n_words(c, fr._clean_subject(c.text, *segments[opened[-1]], c.lex)):
        segments = segments[opened[-1] :]  # "A, and Ann Lee, the mayor, said": a new clause
    if len(segments) > 1 and n_words(c, last) and _ends_subject(c, segments[0], last):
        segments = segments[-1:]  # "..., officials said", "A Libertarian, he backed"
    first = last if segments[0] == last_segment else fr._clean_subject(c.text, *segments[0], c.lex)
    head = narrow_subject(c, first)
    if head is None:  # a clause, unless it ends in "<noun> who": "Ann did best with voters who"
        if c.text.endswith(OBJECT_RELATIVE_ENDS, *last):  # 'The group has released a video
            cut = before_object_verb(c, last)  # that said C': the group, as without 'has'
            if cut is not None and cut != last:
                return cut, None, None
        return restrictive_relative(c, last)
    restrictive = relative_after_clause(c, last) if len(segments) == 1 else None
    if restrictive is not None:
        return restrictive
    others = [seg for seg in segments[1:] if c.text[seg[0] : seg[1]].strip()]
    if len(others) == 1 and c.text[head[0] : head[1]].split()[0].lower() in DETERMINERS:
        name = fr._clean_subject(c.text, *others[0], c.lex)
        words = c.text[name[0] : name[1]].split()
        if 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words):
            return name, c.text[head[0] : head[1]], None  # "The mayor, Ann Lee, said"
    rest = [c.text[a:b].strip() for a, b in segments[1:] if not adverbial_segment(c, (a, b))]
    desc = ", ".join(x for x in rest if x) or None
    if desc is not None and desc.split()[0].lower() in RELATIVE:
        desc = None
    head = before_owning_verb(c, before_purpose_verb(c, head, cue_start))
    head = before_object_verb(c, head)
    relative = (
        relative_that(c, head)
        if c.text.endswith(" that", *head) and not c.text[head[1] : cue_start].strip()
        else None
    )
    if relative is not None:  # "Ann joined a group that said C": 'that', for "a group"
        return relative
    return head, desc, None


def _before_dash_aside(c: Ctx, lo: int, cue_start: int) -> int:
    """Where the subject window before the cue ends: before an aside between dashes that
    holds a comma and closes right before the cue ("Ann Lee - who, unlike Tom Hall, backs
    the plan - said": "Ann Lee", not "backs the plan", the comma part the split would keep);
    ``cue_start`` when no dash closes the window (nearly every one), no dash opens the aside
    or no comma is inside it (``narrow_subject`` drops such an aside itself)."""
    if c.text[max(lo, cue_start - 3) : cue_start].rstrip()[-1:] not in DASH_ENDS:
        return cue_start  # (no dash right before the cue: nearly every window)
    dashes = [t for t in RE_TOKEN.finditer(c.text, lo, cue_start) if t.group() in DASHES]
    if len(dashes) < 2 or c.text.find(",", dashes[-2].end(), dashes[-1].start()) < 0:
        return cue_start
    return dashes[-2].start()


def _share_before_participle(
    c: Ctx, last: tuple[int, int], cue_start: int
) -> tuple[int, int] | None:
    """A share of people ('62 percent of voters', 'about 40%') that ends a subject window
    after other words, right before an '-ing' cue: those people say it ('The shootings left
    62 percent of voters saying C', 'The poll found 40% saying C'), not the clause before
    them. None when no percentage is there (nearly every window), the cue is no '-ing' form,
    the share is the whole window (read as before) or 'of' names no people after it ('5
    percent of the total')."""
    if c.text.find("%", *last) < 0 and c.text.find(" per", *last) < 0:
        return None  # (no percentage: nearly every window)
    if not c.text.startswith("ing", c.text.find(" ", cue_start, c.s.end) - 3):
        return None  # 'said', not 'saying'
    m = RE_SHARE_END.search(c.text, *last)
    if m is None or m.start() <= last[0]:
        return None
    if not fr._speakerlike(c.text, *m.span("people"), c.lex):
        return None  # 'Sales rose 5 percent of the total suggesting C': no people
    return fr._strip_span(c.text, m.start(), last[1])


def _opens_predicate(c: Ctx, seg: tuple[int, int]) -> bool:
    """The comma part right before a cue opens with the main clause's verb after an aside
    ('Ann Lee, who won the race, drew attention to', '..., issued a statement saying', '...,
    has used the comments to urge'): a lower-case past form (class past), an auxiliary
    (class verbish), or an '-ed' word before a determiner or a preposition; not an '-ed'
    adjective of a subject ('..., registered voters said')."""
    words = c.text[seg[0] : seg[1]].split(None, 2)  # (the first two words)
    if not words or not words[0][:1].islower():
        return False  # (a capitalised or empty part: nearly every one)
    verb = words[0]
    if verb in c.lex.frame_class("past") or verb in c.lex.frame_class("verbish"):
        return True
    links = c.lex.union("setting_preposition", plus=SETTING_OBJECTS | {"to"})
    return verb.endswith("ed") and len(words) > 1 and words[1].lower() in links


def _named_after_named(c: Ctx, segments: list[tuple[int, int]]) -> bool:
    """After a fronted adverbial, the comma parts left are names, the last a short one
    right before the cue ('After visiting Acme, Big Co (BC), Ann Lee said'): the parts
    before it name the adverbial's object again, the last is the subject (a description
    of a subject is lower case: 'After the vote, Ann Lee, the mayor, said')."""
    if len(segments) < 2:
        return False
    parts = [c.text[a:b].split() for a, b in segments]
    last = parts[-1]
    if not 0 < len(last) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in last):
        return False
    if last[-1].strip(".").lower() in c.lex.speaker_class("company_suffix"):
        return False  # 'Toyota Motor Sales, U.S.A. Inc said': one name
    return all(p and p[0][:1].isupper() and p[-1][:1] in UPPER_OR_PAREN for p in parts[:-1])


def _name_list(c: Ctx, segments: list[tuple[int, int]]) -> bool:
    """A list of three or more names with a comma before its 'and' ("Ann Lee, Tom Hall, and
    Bo Chan"), each a few capitalised words: they speak together, no clause opens at the
    'and'. (Without that comma the first name stays the speaker, as tests pin.)"""
    parts = [c.text[a:b].split() for a, b in segments]
    if len(parts) < MIN_LISTED or parts[-1][:1] != ["and"]:
        return False
    names = [*parts[:-1], parts[-1][1:]]
    return all(0 < len(p) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in p) for p in names)


def _opens_clause(c: Ctx, seg: tuple[int, int]) -> bool:
    """A comma segment before a cue opens a clause of its own ("..., and Tom Hall said",
    "..., while Tom Hall said"; class ``clause_coordinator``): the subject starts in it,
    whatever the segments before it."""
    words = c.text[seg[0] : seg[1]].split(None, 1)  # the first word and the rest
    return bool(words) and words[0].lower() in c.lex.frame_class("clause_coordinator")


def _ends_subject(c: Ctx, first: tuple[int, int], last: tuple[int, int]) -> bool:
    """Whether the last comma segment before a cue is the whole subject: a lower-case phrase
    ("officials"), a pronoun, or a name after a segment that cannot open a subject."""
    word = c.text[last[0] : last[1]].lower()
    head = c.text[first[0] : first[1]].lstrip(' \u201d"')
    opening = head.split(None, 1)[:1]  # (not every word of a long segment)
    lead = opening[0].lower() if opening else ""
    return (
        c.text[last[0]].islower()
        or word in PERSONAL
        or head[:1].islower()
        and lead not in DETERMINERS
        or lead in c.lex.frame_class("subordinator")  # "Once a proponent, Ann Lee said"
        or lead.endswith(("ing", "ed"))  # "Informed of the plan, Ann Lee said"
        and n_words(c, last) <= MAX_NAME_WORDS
    )
