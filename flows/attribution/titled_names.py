"""A title before a name: the name, role and organisation of "Chinese Ambassador to Kenya
Zhou Pingjian" or "Acme Corp Chief Executive Ann Lee" (``premodified``), and whether a
mention is a title and a person's name right after it ("spokeswoman Ann Lee":
``title_then_name``), telling a title from a surname ("Gary Singer", "governor Mervyn King")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import DETERMINER_WORDS, strip_determiner
from flows.attribution.mention_words import (
    RE_POSSESSIVE_END,
    _bare,
    _is_name,
    _named_with_acronym,
    _organization_name,
)
from flows.attribution.roles import acronym_organization, clean_role

__all__ = ["premodified", "title_then_name"]

PREPOSITIONS = frozenset({"to", "of", "for", "at"})
EX_PREFIXES = ("ex-", "former-")  # "ex-minister": a past title
MAX_ROLE_LEAD = 3  # words before a title and name ("the Lib Dem economics spokesman Ann Lee")


def premodified(tokens: list[str], lex: Lexicon) -> tuple[str | None, str | None, str | None]:
    """ "Chinese Ambassador to Kenya Zhou Pingjian" -> (name, role, organisation)."""
    if "and" in tokens and _addressed_pair(tokens, lex):  # "Mr Lee and Mr Hall": two names
        at = tokens.index("and")
        return " ".join([*tokens[1:at], "and", *tokens[at + 2 :]]), None, None
    titles = lex.speaker_class("title")
    idx = [i for i, t in enumerate(tokens)
           if _titled(t, titles) and not _title_as_surname(tokens, i, lex)]
    if not idx:
        return None, None, None
    i = idx[-1]
    after = tokens[i + 1 :]
    if len(after) > 1 and after[0].lower() in PREPOSITIONS and _organization_name(after[1:], lex):
        return None, clean_role(tokens[: i + 1], lex), strip_determiner(" ".join(after[1:]))
    if after and after[0].lower() in PREPOSITIONS:
        three = len(after) > 4 and len(after[-2]) <= 2 and not after[-3].isupper()
        name_tokens = after[-3:] if three else after[-2:]  # "to the EU Fu Cong": not "EU"
        # the preposition's object ends before the name ("to Kenya" | "Zhou Pingjian"), else
        # the words after the title are all its object ("representative for South Sudan")
        object_end = after[-len(name_tokens) - 1] if len(after) > len(name_tokens) else "to"
        if object_end.lower() in PREPOSITIONS or object_end.lower() in DETERMINER_WORDS:
            name_tokens = []
        role_tokens = tokens[: len(tokens) - len(name_tokens)]
    else:
        name_tokens, role_tokens = after, tokens[: i + 1]
    org = None
    if role_tokens and re.search(r"['’]s?$", role_tokens[0]) and len(role_tokens) > 1:
        org, role_tokens = re.sub(r"['’]s?$", "", role_tokens[0]), role_tokens[1:]
    else:
        org, role_tokens = _organization_before_title(role_tokens, lex)
    honorifics = lex.speaker_class("honorific")
    while len(role_tokens) > 1 and role_tokens[-1].lower() in honorifics:
        role_tokens = role_tokens[:-1]  # "spokesman Mr Lee": the role is "spokesman"
    role = clean_role(role_tokens, lex)
    name = " ".join(name_tokens) if _is_name(name_tokens) else None
    return name, role, org


def _addressed_pair(tokens: list[str], lex: Lexicon) -> bool:
    """Two names joined by "and", each opened by an honorific ("Mr Lee and Mr Hall", "Ms
    Ann Lee and Mr Hall"): the honorifics are no titles of a role."""
    at = tokens.index("and")
    honorifics = lex.speaker_class("honorific")
    return all(
        len(side) > 1 and side[0].lower().rstrip(".") in honorifics and _is_name(side[1:])
        for side in (tokens[:at], tokens[at + 1 :])
    )


def _titled(token: str, titles: frozenset[str]) -> bool:
    """A title word, also with a prefix of a past title ("ex-minister")."""
    word = token.lower()
    return word in titles or any(
        word.startswith(p) and word[len(p) :] in titles for p in EX_PREFIXES)


def _organization_before_title(
    tokens: list[str], lex: Lexicon
) -> tuple[str | None, list[str]]:
    """An organisation's name before the first title word of a role, and the role from it:
    "Acme Corp Chief Executive" -> ("Acme Corp", "Chief Executive"), "Bank of Riverland
    deputy governor" -> ("Bank of Riverland", "deputy governor"); none when the words before
    the title are no name with an organisation word ("Riverton police spokesman", "Chinese
    Ambassador")."""
    titles, orgs = lex.speaker_class("title"), lex.speaker_class("org")
    first = next((i for i, t in enumerate(tokens) if t.lower() in titles), 0)
    prefix = tokens[:first]
    named = (
        len(prefix) > 1  # "Committee chairman": a bare organisation noun
        and _is_name(prefix)
        and _bare(prefix[0]) not in lex.speaker_class("role_premodifier")  # "Former House"
        and not any(RE_POSSESSIVE_END.search(t) for t in prefix)
    )
    # its last word an organisation word ("Acme Corp"), or one before "of" ("Bank of X"),
    # not "House Majority Leader" or "Senate Republican leader"
    headed = _bare(prefix[-1]) in orgs if prefix else False
    of_name = "of" in prefix[1:] and _bare(prefix[prefix.index("of") - 1]) in orgs
    if named and (headed or of_name):
        return " ".join(prefix), tokens[first:]
    if len(prefix) == 1 and first < len(tokens) and tokens[first].islower() and (
        acronym_organization(prefix[0], lex)
    ):
        return prefix[0], tokens[first:]  # "UBS economist": economist at UBS
    return None, tokens


def _title_as_surname(tokens: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Whether the capitalised title word ``tokens[i]`` is a surname: last, after a listed
    given name or an honorific ("Gary Singer", "Mr. Singer"), or first before "and" and a
    name with no title ("Singer and Faso"; not "President and CEO Ann Lee")."""
    if not tokens[i][:1].isupper():
        return False
    before = lex.union(speaker=("first_male", "first_female", "honorific"))
    if i == len(tokens) - 1:
        return i > 0 and tokens[i - 1].lower() in before or _surname_after_role(tokens, lex)
    rest = tokens[i + 2 :]
    return (i == 0 and tokens[1].lower() in ("and", "&") and _is_name(rest)
            and not any(t.lower() in lex.speaker_class("title") for t in rest))


def _surname_after_role(tokens: Sequence[str], lex: Lexicon) -> bool:
    """The last word is a title that is also a surname (class surname_title), after a
    capitalised word that is no title and a title before them: a name after its role
    ("governor Mervyn King", "Governor Ann Bishop"; not "the Saudi King")."""
    if len(tokens) < 3 or tokens[-1].lower() not in lex.speaker_class("surname_title"):
        return False
    titles = lex.speaker_class("title")
    given = tokens[-2]
    return (given[:1].isupper() and given.lower() not in titles
            and any(t.lower() in titles for t in tokens[:-2]))


def title_then_name(tokens: list[str], lex: Lexicon) -> bool:
    """A title and a person's name right after it ("spokeswoman Ann Lee", "the bank's
    economist Henry Azzam"), after at most MAX_ROLE_LEAD words of role and nothing else.
    Not: a title word before a preposition ("spokesman for Mr Prescott": the spokesman is
    not Prescott, "President of the United States"), an honorific ("interview Mr Blair"),
    an organisation ("the official Xinhua News Agency") or a phrase with a clause ("the deal
    comes as Foreign Secretary Jack Straw")."""
    if _named_with_acronym(tokens):  # "China General Nuclear Power Corporation (CGN)"
        return False
    titles = lex.union(speaker=("title",), minus=lex.speaker_class("honorific"))
    at = [i for i, t in enumerate(tokens) if _titled(t, titles)]
    if len(at) > 1 and at[-1] == len(tokens) - 1 and _surname_after_role(tokens, lex):
        at.pop()  # "governor Mervyn King": King is the name's
    if not at or at[-1] > MAX_ROLE_LEAD or any(
            t.lower() in PREPOSITIONS or t.lower() in ("and", "or") for t in tokens[: at[-1]]):
        return False  # "an aide to Secretary Ann Lee", "the prime minister and Chancellor X"
    name = tokens[at[-1] + 1 :]
    return (len(name) >= 2 and name[0][:1].isupper() and _is_name(name)
            and not any(t.endswith(("'s", "’s", "'", "’")) for t in name)
            and not _organization_name(name, lex))
