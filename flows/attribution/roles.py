"""Roles and organisations: read an appositive ("president of the Society of X", "from the
Red Cross") or the title words before a name into a role and an organisation.

A role and an organisation are noun phrases. An appositive that opens with a function word
("in reply to an inquiry", "however"), a participle with its complement ("speaking at a
conference", "received in London") or that holds a finite verb is no role; a trailing clause
("... whose name has not been decided", "... and a former minister") is cut off an
organisation. The word classes come from ``data/speaker_words.tsv`` (``not_role``,
``role_adverb``, ``role_verb``, ``honorific``) and ``data/frame_words.tsv`` (``verbish``, ``time``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from flows.attribution.lexicon import Lexicon
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS

__all__ = ["acronym_organization", "clean_role", "read_description"]

RE_POSSESSIVE = re.compile(r"^(.+?)['’]s?\s+(.+)$")
RE_OF = re.compile(r"^(.+?)\s+(?:of|at|for|with)\s+(?:the\s+)?([A-Z].*)$")
RE_ORG_ONLY = re.compile(r"^(?:from|of|at|with)\s+(?:the\s+)?([A-Z].*)$")  # "from the Red Cross"
DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
LOWER_OK = frozenset({"of", "the", "and", "de", "van", "von", "bin", "al", "la", "for", "on",
                      "da", "dos", "das", "di", "du", "del", "della", "der", "ibn"})  # da Silva
CLAUSE_WORDS = frozenset(
    ["who", "which", "whose", "whom", "that", "since", "because", "when", "while"]
)
MAX_ROLE_WORDS = 12
MAX_LIST_PARTS = 3
MAX_LIST_WORDS = 4


def _bare(word: str) -> str:
    return word.lower().strip(",.;:()'’\"")


def _is_name(tokens: Sequence[str]) -> bool:
    return bool(tokens) and all(t[:1].isupper() or t.lower() in LOWER_OK for t in tokens)


def clean_role(words: Sequence[str], lex: Lexicon) -> str | None:
    """The role in ``words`` (a title before a name or an appositive), or None when they are
    no noun phrase: leading determiners, honorifics and adverbs ("also", "formerly") go."""
    drop = lex.union(speaker=("honorific", "role_adverb"), plus=DETERMINERS)
    i = 0
    while i < len(words) and (_bare(words[i]) in drop or _bare(words[i]).endswith("ly")):
        i += 1
    rest = list(words[i:])
    if not rest or _bare(rest[0]) in lex.speaker_class("not_role") or rest[0][:1].isdigit():
        return None
    if _participle(rest, lex) or len(rest) > MAX_ROLE_WORDS:
        return None
    verbs = lex.union("verbish", speaker=("role_verb",))
    if any(_bare(w) in verbs for w in rest):
        return None
    return " ".join(rest)


def _participle(words: Sequence[str], lex: Lexicon) -> bool:
    """ "speaking at a conference", "received in London", "published today": a verb form
    with its complement ("acting president" and "banking commissioner" are roles)."""
    first = words[0]
    if not first[:1].islower() or not first.lower().endswith(("ing", "ed")):
        return False
    if len(words) == 1:
        return True
    nxt = _bare(words[1])
    function = lex.union("time", speaker=("not_role",), plus=DETERMINERS)
    return nxt in function or nxt.isdigit()


def _cut_clause(words: list[str], lex: Lexicon, *, organization: bool = False) -> list[str]:
    """Words before a relative or subordinate clause, a finite verb or "and a ..." (in an
    organisation, "and" before any lower-case word: "X Committee and chairman of Y")."""
    stops = lex.union("verbish", plus=CLAUSE_WORDS)
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        joined = nxt[:1].islower() if organization else _bare(nxt) in DETERMINERS
        if i and _bare(w) in stops or _bare(w) == "and" and joined:
            return words[:i]
    return words if not words or _bare(words[-1]) not in stops else words[:-1]


def clean_organization(text: str | None, lex: Lexicon) -> str | None:
    """An organisation name: capitalised, without a trailing clause or adverb ("here")."""
    if not text:
        return None
    words = _cut_clause(text.split(",")[0].split(), lex, organization=True)
    trailing = lex.union("time", "time_lead", speaker=("not_role",), plus=DETERMINERS)
    while words and _bare(words[-1]) in trailing:
        words.pop()
    if not words or not words[0][:1].isupper():
        return None
    return " ".join(words)


def _first_part(description: str) -> str | None:
    """The first comma part of an appositive that is not a one-word place or party code
    ("Ore.", "D-Okla."), with the list it opens ("minister of science, technology and
    innovation"); None when it is a name ("Moazzam Begg, Martin Mubanga")."""
    parts = description.split(",")
    for i, part in enumerate(parts):
        words = part.split()
        if not words or len(words) == 1 and _is_name(words):
            continue
        if _is_name(words):
            return None
        return ",".join(parts[i : i + 1 + _list_length(parts[i + 1 :])]).strip()
    return None


def _list_length(parts: Sequence[str]) -> int:
    """How many of ``parts`` continue a list: short parts up to one with and/or."""
    for n, part in enumerate(parts[:MAX_LIST_PARTS], start=1):
        words = part.split()
        if not words or len(words) > MAX_LIST_WORDS:
            return 0
        if "and" in words or "or" in words:
            return n
    return 0


def acronym_organization(word: str, lex: Lexicon) -> bool:
    """An acronym of two or more capitals that is no place, title nor a field or a medium
    (speaker classes place, state_abbreviation, title, honorific, field_acronym: 'US',
    'CEO', 'TV') names an organisation ('UBS', 'NATO', 'BBC')."""
    letters = word.replace("&", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    return word.lower() not in lex.union(
        speaker=("place", "state_abbreviation", "title", "honorific", "field_acronym")
    )


def read_description(description: str | None, lex: Lexicon) -> tuple[str | None, str | None]:
    """Appositive "president of the Society of X" -> ("president", "Society of X")."""
    if not description:
        return None, None
    whole = description.strip()
    m = RE_ORG_ONLY.match(whole)
    if m:
        return None, clean_organization(m.group(1), lex)
    part = _first_part(whole)
    if part is None:
        return None, None
    words = _cut_clause(part.split(), lex)
    while words and _bare(words[0]) in DETERMINERS:
        words = words[1:]
    text = " ".join(words)
    m = RE_POSSESSIVE.match(text)
    if m and m.group(1)[:1].isupper() and m.group(2)[:1].islower():
        role, org = m.group(2), m.group(1)
    elif (m := RE_OF.match(text)) is not None:
        role, org = m.group(1), m.group(2)
    elif len(words) > 1 and all(w.islower() for w in words[1:]) and (
        acronym_organization(words[0], lex)
    ):
        role, org = " ".join(words[1:]), words[0]  # "a UBS economist": economist at UBS
    else:
        role, org = text, None
    role = clean_role(role.split(), lex)
    return role, clean_organization(org, lex) if role is not None else None
