"""What the words of a speaker mention are: a name, a place, an organisation's name, a text
(a report, a statement), a plural common noun; and so the mention's type (person, group,
organization, anonymous). Read by ``mentions`` (a whole mention with its description),
``referents`` and ``speakers``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flows.attribution.lexicon import Lexicon
from flows.records import SpeakerType

__all__ = ["is_place", "is_text"]

LOWER_OK = frozenset({"of", "the", "and", "de", "van", "von", "bin", "al", "la", "for", "on",
                      "da", "dos", "das", "di", "du", "del", "della", "der", "ibn"})  # da Silva
HEAD_BREAKS = frozenset({"of", "for", "at", "with", "in", "from"})
SINGULAR_ENDINGS = ("ss", "us", "is", "'s", "\u2019s")
MIN_PLURAL_LETTERS = 3
PERCENT_HEADS = frozenset({"percent", "pct", "cent"})  # "74 percent", "74 per cent"
RE_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")
RE_ACRONYM = re.compile(r"[A-Z][A-Z&.\-]*[A-Z]\.?")
RE_TICKER = re.compile(r"<[A-Z][A-Z0-9]*(?:\.[A-Z]{1,3})?>")
# an exchange's ticker in brackets closing a name: "(NYSE: ACME)", "(ticker: ACME)", "(ACME.N)";
# not a party's letter or an agency's ("(R)", "(AP)")
RE_BRACKETED_TICKER = re.compile(
    r"\((?:[A-Za-z]+: ?[A-Z][A-Z0-9.]*|[A-Z][A-Z0-9]*\.[A-Z]{1,3})\)[,.;:]?")
RE_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,})\)[,.;:]?")  # "(USFK)" closing a name


def _is_name(tokens: Sequence[str]) -> bool:
    return bool(tokens) and all(t[:1].isupper() or t.lower() in LOWER_OK for t in tokens)


def _bare(token: str) -> str:
    """A token without punctuation, angle brackets and a possessive ending, lower case."""
    word = token.strip(',.;:<>()"').lower()
    if word.endswith(POSSESSIVE_ENDINGS):
        return word[: -2 if word[-1] == "s" else -1]
    return word


def _head_tokens(tokens: Sequence[str]) -> Sequence[str]:
    """The words before a post-modifier ("spokesman for the Bank": "spokesman")."""
    for i, t in enumerate(tokens[1:], start=1):
        if t.lower() in HEAD_BREAKS:
            return tokens[:i]
    return tokens


def _plural_common(token: str) -> bool:
    """A lower-case plural noun by its form ("dealers", "companies"; not "press", "status")."""
    word = token.strip(",.;:")
    return (
        word[:1].islower()
        and len(word) > MIN_PLURAL_LETTERS
        and word.endswith("s")
        and not word.endswith(SINGULAR_ENDINGS)
    )


def _organization_name(tokens: Sequence[str], lex: Lexicon) -> bool:
    """A possessive proper name ("Moody's"), a one-word acronym ("USDA", "<IBM>"), a name
    with its stock ticker ("Acme Tool <ACME.N>"), or a phrase whose head words hold an
    organisation word ("General Motors Corp", "the Bank")."""
    if tokens and tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return False
    last = tokens[-1].strip(",.;:")
    if last[:1].isupper() and RE_POSSESSIVE_END.search(last):
        return True
    if len(tokens) == 1 and RE_ACRONYM.fullmatch(last.strip("<>")):
        return True
    if _company_of_place(tokens, lex):  # "Gold Fields of South Africa Ltd"
        return True
    if _company_suffixed(tokens, lex):  # "Fiat SpA", not "the spa"
        return True
    if _named_with_acronym(tokens):  # "U.S. Forces Korea (USFK)"
        return True
    ticker = RE_TICKER.fullmatch(last) and len(_head_tokens(tokens)) == len(tokens) > 1
    if ticker and _is_name(tokens[:-1]):
        return True  # "Acme Tool <ACME.N>", not "Ann Lee of Acme <ACME.N>"
    if _ticker_closed(tokens):
        return True  # "Acme Tool (NYSE: ACME)": only a listed company has a ticker
    return any(_bare(t) in lex.speaker_class("org") for t in _head_tokens(tokens))


def _ticker_closed(tokens: Sequence[str]) -> bool:
    """A name closed by its ticker in brackets ("Acme Tool (NYSE: ACME)", "Acme (ACME.N)"),
    only capitalised words before it (not "Ann Lee of Acme (ACME.N)")."""
    for n in (1, 2):  # "(ACME.N)", "(NYSE: ACME)"
        if len(tokens) > n and tokens[-n].startswith("(") and RE_BRACKETED_TICKER.fullmatch(
                " ".join(tokens[-n:])):
            return all(t[:1].isupper() for t in tokens[:-n])
    return False


def _named_with_acronym(tokens: Sequence[str]) -> bool:
    """A name closed by its own acronym in brackets ("U.S. Forces Korea (USFK)", "China
    National Radio (CNR)", "United Nations Mission in South Sudan (UNMISS)"): the acronym's
    letters are, in order, among the capitals of the words before it and the first letters
    of its lower-case words, and only words of a name come before its first letter's word
    ("Sinopharm of the China National Biotec Group (CNBG)"; not "Lead manager Algemene Bank
    Nederland (ABN)", a role before the name). A body's
    name, never a person's ("Ann Lee (AP)" credits an agency), with no title in it ("China
    General Nuclear Power Corporation (CGN)" holds no general)."""
    if len(tokens) < 2 or not tokens[-1].startswith("("):
        return False
    if tokens[0] == "the":
        tokens = tokens[1:]
    acronym = RE_BRACKETED_ACRONYM.fullmatch(tokens[-1])
    if acronym is None:
        return False
    letters = iter(
        (i, ch)
        for i, t in enumerate(tokens[:-1])
        for ch in (t[0].upper() if t[:1].islower() else [c for c in t if c.isupper()])
    )
    first = -1
    for want in acronym.group(1):
        at = next((i for i, ch in letters if ch == want), -1)
        if at < 0:
            return False
        first = at if first < 0 else first
    return all(t[:1].isupper() or t in LOWER_OK for t in tokens[:first])


def _company_suffixed(tokens: Sequence[str], lex: Lexicon) -> bool:
    """A name of capitalised words closed by a company suffix ("Fiat SpA", "Acme Tool Spa"); a
    suffix in lower case or alone is a common noun ("the spa"), and "Ann Lee of Acme Inc" is
    a person of a company."""
    return (
        len(tokens) >= 2
        and all(t[:1].isupper() for t in tokens)
        and _bare(tokens[-1]) in lex.speaker_class("company_suffix")
    )


def is_text(mention: str, lex: Lexicon) -> bool:
    """A mention headed by a text an organisation issues or a work ("the guideline", "figures
    from the ministry", "an ad from the campaign"; classes ``issued_text``, ``work``)."""
    head = _head_tokens(mention.split())
    return bool(head) and _bare(head[-1]) in lex.union(speaker=("issued_text", "work"))


def _company_of_place(tokens: Sequence[str], lex: Lexicon) -> bool:
    """A company's legal name with a place after "of": "Gold Fields of South Africa Ltd",
    "Trading Corp of Pakistan Pty Ltd" (class ``company_suffix`` after a ``place``), not a
    person of a company ("Ann Lee of Acme Ltd") nor a person of a place ("Ann Lee of Kenya")."""
    if "of" not in tokens[1:-1]:
        return False
    suffixes = lex.speaker_class("company_suffix")
    place = list(tokens[tokens.index("of", 1) + 1 :])  # not "Ann Lee of Bolt of Kenya Ltd"
    stripped = 0
    while len(place) > 1 and _bare(place[-1]) in suffixes:
        place, stripped = place[:-1], stripped + 1
    words = " ".join(place).strip(",.;:").lower()
    return stripped > 0 and words in lex.speaker_class("place")


def _is_place(tokens: Sequence[str], lex: Lexicon) -> bool:
    """A country, state or region named alone ("China", "the United States"; class
    ``place``), a state speaking through its government; not a place that is also a given
    name ("Victoria")."""
    words = " ".join(tokens).strip(",.;:").lower()
    words = words[4:] if words.startswith("the ") else words
    return (
        bool(tokens) and tokens[-1][:1].isupper()
        and words in lex.speaker_class("place")
        and words not in lex.union(speaker=("first_male", "first_female"))
    )


def _type_of(tokens: Sequence[str], lex: Lexicon) -> SpeakerType:
    """The type of a mention, read from its head word: a title is a person, a plural noun a
    group, an organisation word, possessive name or acronym an organisation."""
    anonymous = lex.speaker_class("anonymous")
    if any(_bare(t) in anonymous for t in tokens[-3:]) and not _is_name(tokens):
        return "anonymous"
    if _is_place(tokens, lex):  # "China said", "the United States said": a state
        return "organization"
    head = _head_tokens(tokens)
    last = _bare(head[-1]) if head else ""
    if last in lex.speaker_class("title"):
        return "person"
    if _share_of_people(head, lex):  # "74 percent", "a majority in 14 countries"
        return "group"
    if last in lex.speaker_class("org_kind") and head[-1][:1].islower():  # "the brewer"
        return "organization"
    if last in lex.speaker_class("issued_text"):  # "the declaration", "the guidelines"
        return "organization"  # a text speaks for the body that issued it
    if last in lex.speaker_class("work") and head[-1][:1].islower():  # "The ad", not "Song"
        return "organization"  # so does a made work, for its makers
    if last in lex.speaker_class("group") or head and _plural_common(head[-1]):
        return "group"
    if _organization_name(tokens, lex):
        return "organization"
    if not _is_name(tokens) and any(_bare(t) in lex.speaker_class("group") for t in tokens):
        return "group"
    return "person"


def _share_of_people(head: Sequence[str], lex: Lexicon) -> bool:
    """Head words that count people: a percentage ('74%', '74 percent', '74 per cent'), a
    quantity noun (frame class plural_quantity) opening the head or after an article ('Half
    of them', 'a majority in 14 countries'; not 'the first quarter'), or a number alone or
    after 'the', 'only' or a word of frame class amount_lead ('The 12', 'About 50'; not
    'Channel 4', 'the company on June 18')."""
    word = _bare(head[-1]) if head else ""
    if word.endswith("%") or word in PERCENT_HEADS:
        return True
    before = _bare(head[-2]) if len(head) > 1 else ""
    if word in lex.frame_class("plural_quantity"):
        return len(head) == 1 or before in ("a", "an", "the")
    digits = word.replace(".", "", 1).replace(",", "")
    leads = lex.frame_class("amount_lead")
    return digits.isdigit() and (
        len(head) == 1 or len(head) == 2 and _bare(head[0]) in leads | {"the", "only"}
    )


def is_place(name: str | None, lex: Lexicon) -> bool:
    """Whether a speaker's name is a listed place alone ("China"): see ``_is_place``."""
    return bool(name) and _is_place((name or "").split(), lex)
