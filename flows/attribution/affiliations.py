"""A person's name and the organisation around it ("Ann Lee of Acme Tools", "Acme's Ann
Lee", "Ann Lee and Bo Chan of Acme": ``person_of``, ``one_person_of``), and an organisation's
name after a noun that describes it ("Swiss drugmaker Novartis": ``described_organization``)."""

from __future__ import annotations

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import DETERMINER_WORDS
from flows.attribution.mention_words import (
    HEAD_BREAKS,
    RE_POSSESSIVE_END,
    _bare,
    _company_of_place,
    _is_name,
    _is_place,
    _organization_name,
)

__all__ = [
    "NOT_IN_ORG_DESCRIPTION",
    "after_role",
    "bare_person",
    "described_organization",
    "one_person_of",
    "person_of",
]

NOT_IN_ORG_DESCRIPTION = HEAD_BREAKS | {"by", "to", "on", "and", "&"}
MAX_PERSON_WORDS = 3  # "Ann Lee of Acme", "Ann Marie Lee of Acme"
PERSON_LINKS = ("of", "at")  # a person's name before the organisation she works for


def described_organization(tokens: list[str], lex: Lexicon) -> str | None:
    """The name after a lower-case noun that describes an organisation (classes
    ``org_kind``, ``org_anaphor``): "Swiss drugmaker Novartis", "the state broadcaster
    NHK", "German investment bank Deutsche Bank". Not a person's name ("broadcaster Ann
    Lee", a listed given name or a title), nor the organisation of another head ("Ann Lee
    of IT firm Acme", "a spokesman for the airline Bolt Air", "Acme and drugmaker Bolt")."""
    kinds = lex.union(speaker=("org_kind", "org_anaphor"))
    at = [i for i, t in enumerate(tokens[:-1]) if t.islower() and t in kinds]
    if not at:
        return None
    name = tokens[at[-1] + 1 :]
    given = lex.union(speaker=("first_male", "first_female", "title", "honorific"))
    if (
        not _is_name(name)
        or not name[0][:1].isupper()
        or any(t.lower() in NOT_IN_ORG_DESCRIPTION for t in tokens[: at[-1]])
        or name[0].lower() in given
        or any(t.lower() in lex.speaker_class("title") for t in name)
        or RE_POSSESSIVE_END.search(name[-1])
        or _is_place(name, lex)  # "the construction company New York": a place's unit
    ):
        return None
    return " ".join(name)


def person_of(tokens: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """A person's name and the organisation around it: "Ann Lee of Acme Tools" or "Acme's
    Ann Lee" (a name of 2-3 capitalised words, no title, no organisation word; not "The
    Archbishop of Canterbury", nor a peer's territorial title "Lord Walker of Gestingthorpe",
    class ``peerage``, nor a company named for a place, "Gold Fields of South Africa Ltd").
    Two people joined by "and" are read apart and their names joined ("Ann Lee of Acme and
    Bo Chan of Zeta": "Ann Lee and Bo Chan", no organisation; "Ann Lee and Bo Chan of Acme":
    both of Acme), not one person of an organisation "Acme and Bo Chan of Zeta"."""
    if _company_of_place(tokens, lex):
        return None
    for at in (i for i, t in enumerate(tokens) if t.lower() == "and"):
        first, second = tokens[:at], tokens[at + 1 :]
        # the second a person of an organisation: "Ann Lee of Lee and Chan Associates" is
        # one person of a firm; "Ann Lee and Bo Chan", a name, is read as one
        right = one_person_of(second, lex)
        left = one_person_of(first, lex) or bare_person(first, lex)
        if left is None or right is None:
            continue
        # the last one's organisation is both's ("Ann Lee and Bo Chan of Acme")
        return f"{left[0]} and {right[0]}", right[1] if left[1] in (None, right[1]) else None
    return one_person_of(tokens, lex)


def after_role(tokens: list[str]) -> list[str]:
    """The words from the first capitalised one on, after lower-case words of a role
    ("analyst Ann Lee at Acme": "Ann Lee at Acme"); all of them when a capital opens them."""
    first = next((i for i, t in enumerate(tokens) if t[:1].isupper()), 0)
    return tokens[first:]


def bare_person(tokens: list[str], lex: Lexicon) -> tuple[str, None] | None:
    """A name of 2-3 capitalised words without a determiner, title, group or organisation
    word ("Ann Lee"; not "Analysts Ann Lee", "The Water")."""
    if (2 <= len(tokens) <= MAX_PERSON_WORDS and all(t[:1].isupper() for t in tokens)
            and tokens[0].lower() not in DETERMINER_WORDS  # "The Water and Dam Directorate"
            and not any(_bare(t) in lex.speaker_class("known") for t in tokens)
            and not _organization_name(tokens, lex)):
        return " ".join(tokens), None
    return None


def one_person_of(tokens: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """One person of an organisation ("Ann Lee of Acme Tools", "Acme's Ann Lee")."""
    link = next((w for w in PERSON_LINKS if w in tokens[2 : MAX_PERSON_WORDS + 1]), None)
    if link is not None:  # "Ann Lee of Acme Tools", "Ann Lee at Acme Tools"
        at = tokens.index(link)
        name, place = tokens[:at], tokens[at + 1 :]
    else:  # "Acme's Ann Lee", "Harbour Watch's Ann Lee", "the BBC's Ann Lee"
        if tokens[:1] and tokens[0].lower() == "the":
            tokens = tokens[1:]
        owner = next((i for i, t in enumerate(tokens[:MAX_PERSON_WORDS])
                      if RE_POSSESSIVE_END.search(t)), None)
        if owner is None or not all(t[:1].isupper() for t in tokens[: owner + 1]):
            return None
        name = tokens[owner + 1 :]
        place = [*tokens[:owner], RE_POSSESSIVE_END.sub("", tokens[owner])]
    place = place[1:] if place[:1] and place[0].lower() == "the" else place
    if not name or not place:  # "Moody's", "Ann Lee of"
        return None
    titled = any(t.lower() in lex.speaker_class("title") for t in name) or (
        name[0].lower() in DETERMINER_WORDS or name[0].lower() in lex.speaker_class("peerage")
        or name[-1].lower() in lex.speaker_class("state_head"))  # "People's Republic of China"
    if (2 <= len(name) <= MAX_PERSON_WORDS and all(t[:1].isupper() for t in name) and place
            and _is_name(place) and place[0][:1].isupper() and not titled
            and not _organization_name(name, lex)):
        return " ".join(name), " ".join(place)
    return None
