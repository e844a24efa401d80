"""Who speaks through a text: the owner of a document ("FAO's statement", "the IMF's
report": ``issuer_of``) or the maker named after "by" ("a report released by the National
Bureau of Statistics", "a book by Ann Lee": ``issued_by``)."""

from __future__ import annotations

from collections.abc import Sequence

from flows.attribution.affiliations import NOT_IN_ORG_DESCRIPTION, bare_person
from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import DETERMINER_WORDS
from flows.attribution.mention_words import (
    RE_POSSESSIVE_END,
    _bare,
    _is_name,
    _is_place,
    _plural_common,
)

__all__ = ["issued_by", "issuer_of"]

MAX_ISSUED_GAP = 8  # words between the text and "by" ("report on the industry released")

# in a name before a capital ("Council on Foreign Relations", "Campaign to Abolish War")
NAME_LINKS = frozenset({"of", "for", "and", "&", "de", "on", "to", "in"})


def issuer_of(tokens: list[str], lex: Lexicon) -> str | None:
    """The name that owns a document speaking for it (class ``issued_text``): "FAO's
    statement", "the IMF's latest report", "Xinhua's report"; not a lower-case owner ("the
    ministry's statement", resolved as a description), nor a person's text."""
    if len(tokens) < 2 or _bare(tokens[-1]) not in lex.speaker_class("issued_text"):
        return None
    owner = next((i for i, t in enumerate(tokens[:-1]) if RE_POSSESSIVE_END.search(t)), None)
    if owner is None:
        return None
    words = tokens[1 if tokens[0].lower() == "the" else 0 : owner + 1]
    words[-1] = RE_POSSESSIVE_END.sub("", words[-1])
    person = lex.union(speaker=("honorific", "title"))
    if (not words or not _is_name(words) or bare_person(words, lex) is not None
            or _bare(words[0]).rstrip(".") in person):
        return None  # "Ann Lee's statement", "Mr Lee's statement": a person's
    return " ".join(words)


def issued_by(tokens: list[str], lex: Lexicon) -> str | None:
    """The maker named after "by" of a text or a work (classes ``issued_text``, ``work``):
    "a report released by the National Bureau of Statistics recently": "National Bureau of
    Statistics"; "a book by Ann Lee": "Ann Lee"; "a poll by UK-based consultancy Acme":
    "UK-based consultancy Acme"; "figures gathered by the Acme researchers": "Acme
    researchers"; see ``_maker_words``. None without such a text before "by", or without a
    capitalised word after it ("a report by officials")."""
    if "by" not in tokens[1:-1]:
        return None
    at = tokens.index("by", 1)
    made = lex.union(speaker=("issued_text", "work"))  # "a book by Ann Lee" too
    texts = [i for i, t in enumerate(tokens[:at])  # lower case: not "The Washington Post"
             if (i == 0 or t[:1].islower()) and _bare(t) in made]
    if not texts or at - texts[-1] > MAX_ISSUED_GAP:
        return None
    after = tokens[at + 1 :]
    name = _maker_words(after, lex)
    named = list(name)  # the capitalised words, without a group noun after them
    while len(named) > 1 and not _capitalised(named[-1]):
        named.pop()
    place = _is_place(named, lex) or " ".join(named).lower() in lex.speaker_class("place")
    if len(named) < len(after) and place:
        return None  # "by U.S. media networks": the place modifies what follows
    while name and name[0].lower() in DETERMINER_WORDS:
        name = name[1:]
    first = next((i for i, w in enumerate(name) if _capitalised(w)), None)
    if first is None:
        return None
    lead = name[:first]  # "UK-based research consultancy", "analysts", "state attorney"
    titles = lex.union(speaker=("title", "honorific"))
    if not any(_bare(w) in titles or w.lower() in NOT_IN_ORG_DESCRIPTION for w in lead):
        name = name[first:]  # a description before the name, not a role of it
    return " ".join(name)


def _capitalised(token: str) -> bool:
    """A word of a name: capitalised, not a compound adjective ("UK-based", "state-run")."""
    word = token.lstrip("(\"'\u201c")
    return word[:1].isupper() and not ("-" in word and word.rsplit("-", 1)[1][:1].islower())


def _maker_words(after: Sequence[str], lex: Lexicon) -> list[str]:
    """The words after "by" up to the first lower-case word after a name word, except a
    link word before a capitalised word that is no determiner ("Center for Responsive
    Politics", not "Acme Research for The Daily"); a plural or group noun there ends it
    ("the Acme researchers")."""
    name: list[str] = []
    for i, t in enumerate(after):
        if not _capitalised(t) and any(_capitalised(w) for w in name):
            nxt = after[i + 1] if i + 1 < len(after) else ""
            if (t.lower() in NAME_LINKS and _capitalised(nxt)
                    and nxt.lower() not in DETERMINER_WORDS
                    and nxt.lower() not in lex.union("month", "weekday")):
                name.append(t)
                continue
            if _plural_common(t) or _bare(t) in lex.speaker_class("group"):
                name.append(t)
            break
        name.append(t)
    return name
