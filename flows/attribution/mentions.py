"""Speaker mentions: read one mention (and its appositive) into name, type, role and
organisation, without looking at the rest of the article.

The type comes from the head word ("a title is a person, a plural noun a group, an
organisation word, possessive name or acronym an organisation"); a title before a name gives
the role ("Chinese Ambassador to Kenya Zhou Pingjian"); pronouns, relative pronouns and
quantifiers ("some", "another") are typed from ``data/speaker_words.tsv``. ``speakers``
resolves the mentions of an article against each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_words import (
    HEAD_BREAKS,
    RE_POSSESSIVE_END,
    _bare,
    _company_of_place,
    _head_tokens,
    _is_name,
    _is_place,
    _named_with_acronym,
    _organization_name,
    _plural_common,
    _type_of,
)
from flows.attribution.roles import acronym_organization, clean_role, read_description
from flows.attribution.spans import POSSESSIVE_DETERMINERS
from flows.records import SpeakerType

__all__ = ["Speaker", "describe_speaker"]

DETERMINERS = ("the ", "a ", "an ", "his ", "her ", "their ", "its ")
DETERMINER_WORDS = frozenset(d.strip() for d in DETERMINERS)
PREPOSITIONS = frozenset({"to", "of", "for", "at"})
GENDER_OF_PRONOUN = {"he": "m", "him": "m", "she": "f", "her": "f"}
# a possessive determiner before a text or a speech ("His remarks", "its statement"), or
# alone before a noun cue ("His warning that C"), stands for its owner as a pronoun would
OWNER_OF_POSSESSIVE: dict[str, tuple[SpeakerType, str | None]] = {
    "his": ("person", "m"), "her": ("person", "f"), "my": ("person", None),
    "its": ("organization", None), "their": ("group", None), "our": ("group", None),
}
MAX_TEXT_MODIFIERS = 2  # "her latest written statement"


@dataclass(frozen=True, slots=True)
class Speaker:
    mention: str
    name: str | None
    type: SpeakerType
    role: str | None = None
    organization: str | None = None
    pronoun: bool = False
    gender: str | None = None  # a pronoun's: "m" (he, him), "f" (she, her) or None


def _strip_determiner(text: str) -> str:
    lowered = text.lower()
    for det in DETERMINERS:
        if lowered.startswith(det):
            return text[len(det) :]
    return text


def _premodified(tokens: list[str], lex: Lexicon) -> tuple[str | None, str | None, str | None]:
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
        return None, clean_role(tokens[: i + 1], lex), _strip_determiner(" ".join(after[1:]))
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


EX_PREFIXES = ("ex-", "former-")  # "ex-minister": a past title


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


def _title_then_name(tokens: list[str], lex: Lexicon) -> bool:
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


def _core_mention(mention: str, lex: Lexicon) -> str:
    """The mention without leading function and time words ("Previously the Fed", "which
    the company") and without the words after an opening pronoun ("he definitely"); empty
    when nothing but function words is left ("of", "Over the")."""
    pronouns, lead = lex.speaker_class("pronoun"), lex.speaker_class("mention_lead")
    words = mention.split()
    n = len(words)
    while words and _bare(words[0]) in lead:
        words.pop(0)
    if (
        len(words) > 1
        and _bare(words[0]) in pronouns
        and not _is_name(words[1:])
        and not (len(words[0]) > 1 and words[0].isupper())  # "US Airways": no pronoun
        and words[0].lower() not in POSSESSIVE_DETERMINERS  # "her coach Bo Chan"
    ):
        words = words[:1]
    if len(words) == 1 and _bare(words[0]) in pronouns and _bare(words[0]) != words[0].lower():
        return _bare(words[0])  # "it's", "he's"
    if all(_bare(w) in lead or w.lower() in DETERMINER_WORDS for w in words):
        return words[0] if len(words) == 1 and _bare(words[0]) in pronouns else ""
    return mention if len(words) == n else " ".join(words)


NOT_IN_ORG_DESCRIPTION = HEAD_BREAKS | {"by", "to", "on", "and", "&"}
MAX_PERSON_WORDS = 3  # "Ann Lee of Acme", "Ann Marie Lee of Acme"
PERSON_LINKS = ("of", "at")  # a person's name before the organisation she works for
MAX_ROLE_LEAD = 3  # words before a title and name ("the Lib Dem economics spokesman Ann Lee")
RE_RELATIVE_AFTER = re.compile(r"\s+(?:who|whom|whose|which)\s+")  # a restrictive relative
MAX_REMEMBERED = 20_000  # mentions read before the memo starts over (a few MB at most)
_DESCRIBED: dict[int, tuple[Lexicon, dict[tuple[str, str | None, str | None], Speaker]]] = {}


def describe_speaker(
    mention: str, description: str | None, lex: Lexicon, antecedent: str | None = None
) -> Speaker:
    """Read one mention without looking at the rest of the article.

    A pure function of its arguments, so a mention read before ("he", "officials", "the
    company": about half of them) is answered from a memo of the last lexicon used (only
    one is kept, so lexicons built by tests do not pile up)."""
    held = _DESCRIBED.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) > MAX_REMEMBERED:
        _DESCRIBED.clear()
        held = _DESCRIBED[id(lex)] = (lex, {})
    key = (mention, description, antecedent)
    sp = held[1].get(key)
    if sp is None:
        sp = held[1][key] = _read_mention(mention, description, lex, antecedent)
    return sp


def _read_mention(
    mention: str, description: str | None, lex: Lexicon, antecedent: str | None
) -> Speaker:
    sp = _describe(mention, description, lex, antecedent)
    one_word = sp.name is not None and " " not in sp.name  # not "Bo Chan, a broadcaster"
    if (description and sp.role and sp.type == "person" and not sp.pronoun and one_word
            and _organization_role(sp.role, lex) and not _personal(sp.mention, lex)):
        sp = replace(sp, type="organization")  # "Acme, the world's biggest brewer"
    gender = GENDER_OF_PRONOUN.get(sp.mention.lower()) if sp.pronoun else None
    return sp if gender is None else replace(sp, gender=gender)


def _describe(
    mention: str, description: str | None, lex: Lexicon, antecedent: str | None = None
) -> Speaker:
    lowered = mention.lower()
    role, org = read_description(description, lex)
    if lowered in lex.speaker_class("pronoun_relative"):
        if antecedent:  # "X, who said": X, resolved as X would be
            return _describe(antecedent, description, lex)
        kind: SpeakerType = "person" if lowered == "who" else "organization"  # like "he" / "it"
        return Speaker(mention, None, kind, role, org, pronoun=True)
    if lowered in lex.speaker_class("pronoun_second"):  # an addressee, not a named speaker
        return Speaker(mention, None, "person", role, org)
    if lowered in lex.speaker_class("quantity_group"):  # "Some said": some of a group
        return Speaker(mention, None, "group", role, org)
    if lowered in lex.speaker_class("quantity_person"):  # "Another said"
        return Speaker(mention, None, "person", role, org)
    for cls, kind in (
        ("pronoun_person", "person"),
        ("pronoun_group", "group"),
        ("pronoun_org", "organization"),
    ):
        if lowered in lex.speaker_class(cls):
            return Speaker(mention, None, kind, role, org, pronoun=True)
    owner = _possessive_owner(lowered, lex)
    if owner is not None:  # "His remarks", "its statement": resolved as "he", "it"
        return Speaker(mention, None, owner[0], role, org, pronoun=True, gender=owner[1])
    core = _core_mention(mention, lex)
    if core != mention:  # "which it", "Previously the Fed", "he definitely", "of"
        if not core:
            return Speaker("", None, "person")
        return _describe(core, description, lex)
    head = RE_RELATIVE_AFTER.split(mention, maxsplit=1)[0]
    if head != mention and _is_name(head.split()):  # "Ann Lee who lives in Riverton"
        return replace(_describe(head, description, lex), mention=mention)
    rest = _without_trailing_adverbs(mention, lex)
    if rest is not None:  # "President Tom Hall himself", "Ann Lee also"
        return replace(_describe(rest, description, lex), mention=mention)
    timeless = _without_time_tail(mention.split(), lex)
    if timeless is not None:  # "Ann Lee in August", "Ann Lee in a televised interview"
        return replace(_describe(timeless, description, lex), mention=mention)
    tokens = mention.split()
    issuer = _issuer(tokens, lex)
    if issuer is not None:  # "FAO's statement", "the IMF's report": the body that issued it
        return Speaker(mention, issuer, "organization", role, org)
    maker = _issued_by(tokens, lex)
    if maker is not None:  # "a report released by the NBS": the NBS, read as a mention
        made = _describe(maker, description, lex)
        person = made.type == "person" and _personal(maker, lex)
        kind = made.type if made.type != "person" or person else "organization"
        # a text's maker with no sign of a person is an organisation ("by Acme Research")
        # its name as read, when it ends the maker's words ("consultancy Acme": "Acme")
        called = made.name if made.name and maker.endswith(made.name) else maker
        return replace(made, mention=mention, name=called, type=kind,
                       organization=None if called == maker else made.organization)
    described_org = _described_organization(tokens, lex)
    if described_org is not None:  # "Swiss drugmaker Novartis": Novartis
        return Speaker(mention, described_org, "organization", role, org)
    described = tokens[0].lower() in ("the", "a", "an") and len(tokens) > 2
    kind = _type_of(tokens, lex)
    if described and _title_then_name(tokens[1:], lex):  # "the spokeswoman Ann Lee"
        name, pre_role, pre_org = _premodified(tokens[1:], lex)
    elif kind == "organization" and _title_then_name(tokens, lex):  # "Acme Corp CEO Ann Lee"
        name, pre_role, pre_org = _premodified(tokens, lex)
    elif described and kind != "organization" and _titled_head(tokens, lex):
        name = None  # "a spokesman for Acme Bank": the role and organisation it names
        pre_role, pre_org = read_description(mention, lex)
    elif described or kind == "organization" and (
            _is_name(tokens) or _named_with_acronym(tokens)):  # "General Motors Corp"
        name, pre_role, pre_org = None, None, None
    else:
        name, pre_role, pre_org = _premodified(tokens, lex)
    role, org = role or pre_role, org or pre_org
    if name is not None:  # "lead manager Nomura International Ltd" is an organisation
        named: SpeakerType = "organization" if _organization_name(name.split(), lex) else "person"
        works = _one_person_of(name.split(), lex) if " of " in name else None
        if works is not None:  # "analyst Ann Lee of Acme Bank": Ann Lee, of Acme Bank
            name, named, org = works[0], "person", org or works[1]
        return Speaker(mention, name, named, role, org)
    of_org = _person_of(tokens, lex)
    if of_org is None and pre_role is not None and " at " in mention:
        of_org = _one_person_of(_after_role(tokens), lex)  # "analyst Ann Lee at Acme"
    if of_org is not None:  # "Yonca Brunini of Yahoo", "Yahoo's Yonca Brunini"
        return Speaker(mention, of_org[0], "person", role, org or of_org[1])
    if _is_name(tokens):
        return Speaker(mention, _strip_determiner(mention), kind, role, org)
    return Speaker(mention, None, kind, role, org)


def _organization_role(role: str, lex: Lexicon) -> bool:
    """Whether an appositive read as a role describes an organisation: its head a lower-case
    noun of classes ``org_anaphor`` or ``org_kind`` ("world's biggest spirits company",
    "leading German insurer"; not "the company's chairman", "head of the firm"). Read for a
    one-word name only, which a person's first mention seldom is ("Bo Chan, a broadcaster")."""
    head = _head_tokens(role.split())
    last = head[-1] if head else ""
    return last.islower() and _bare(last) in lex.union(speaker=("org_anaphor", "org_kind"))


def _possessive_owner(lowered: str, lex: Lexicon) -> tuple[SpeakerType, str | None] | None:
    """The type and gender of the owner of a possessive determiner that stands alone ("his"
    before a noun cue) or opens a text or a speech of its owner ("His remarks", "her latest
    statement", "their report": classes ``issued_text`` and ``speech_noun``), at most
    MAX_TEXT_MODIFIERS lower-case words between; None for anything else ("his spokesman":
    another person, "her coach Bo Chan")."""
    first, _, rest = lowered.partition(" ")
    owner = OWNER_OF_POSSESSIVE.get(first)
    if owner is None or not rest:
        return owner if owner is not None and first != "her" else None  # "her": a pronoun
    words = rest.split()
    if len(words) > MAX_TEXT_MODIFIERS + 1:
        return None
    texts = lex.union("speech_noun", speaker=("issued_text",))
    return owner if words[-1].strip(",.;:") in texts else None


def _titled_head(tokens: list[str], lex: Lexicon) -> bool:
    """Whether a description's head, before its post-modifier, is a title ("the finance
    minister", "a spokesman for Acme Bank", "the Treasury's chief economist")."""
    head = _head_tokens(tokens)
    return _bare(head[-1]) in lex.speaker_class("title")


def _without_trailing_adverbs(mention: str, lex: Lexicon) -> str | None:
    """A name without the lower-case adverbs and reflexives after it (class
    ``role_adverb``: "President Tom Hall himself", "Ann Lee also"), or None when none ends
    it or no name is left ("the other")."""
    words = mention.split()
    adverbs = lex.speaker_class("role_adverb")
    if len(words) < 2 or words[-1] not in adverbs:
        return None
    while len(words) > 1 and words[-1] in adverbs:
        words.pop()
    return " ".join(words) if _is_name(words) and words[-1][:1].isupper() else None


SETTING_OPENERS = frozenset({"a", "an"}) | POSSESSIVE_DETERMINERS  # "in a statement"
MAX_PLACE_WORDS = 3  # "Ann Lee in New Delhi"


def _without_time_tail(tokens: list[str], lex: Lexicon) -> str | None:
    """A name without the setting after it, or None when there is none: a preposition of
    class ``adjunct_lead`` right after capitalised words and before a year, a month, a time
    adjective or an indefinite or possessive determiner ("Xi Jinping in August", "Ann Lee
    in 2011", "Trump in recent days", "Ann Lee in a televised interview"); not before "the"
    or a name, which may say where the person works ("an analyst at the Bank", "Ann Lee at
    Acme")."""
    at = next((i for i, t in enumerate(tokens) if not t[:1].isupper()), len(tokens))
    if at == 0 or at >= len(tokens) - 1 or tokens[at] not in lex.frame_class("adjunct_lead"):
        return None
    nxt = tokens[at + 1].lower().strip(",.;:")
    when = lex.union("month", "time_adjective", plus=SETTING_OPENERS)
    if nxt in when or nxt.isdigit() and len(nxt) == 4:
        return " ".join(tokens[:at])
    named = [t for t in tokens[:at] if t.lower() not in DETERMINER_WORDS]
    place = tokens[at + 1 :]
    if tokens[at] == "in" and len(named) > 1 and len(place) <= MAX_PLACE_WORDS and all(
        t[:1].isupper() for t in place
    ):  # "The BBC's Ann Lee in Rome": where the person reports from
        return " ".join(tokens[:at])
    return None


def _issuer(tokens: list[str], lex: Lexicon) -> str | None:
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
    if (not words or not _is_name(words) or _bare_person(words, lex) is not None
            or _bare(words[0]).rstrip(".") in person):
        return None  # "Ann Lee's statement", "Mr Lee's statement": a person's
    return " ".join(words)


MAX_ISSUED_GAP = 8  # words between the text and "by" ("report on the industry released")
# in a name before a capital ("Council on Foreign Relations", "Campaign to Abolish War")
NAME_LINKS = frozenset({"of", "for", "and", "&", "de", "on", "to", "in"})


def _issued_by(tokens: list[str], lex: Lexicon) -> str | None:
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


def _personal(name: str, lex: Lexicon) -> bool:
    """Whether a name shows a person: a listed given name, a title or an honorific."""
    signs = lex.union(speaker=("first_male", "first_female", "title", "honorific"))
    return any(_bare(t).rstrip(".") in signs or _bare(t) in signs for t in name.split())


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


def _described_organization(tokens: list[str], lex: Lexicon) -> str | None:
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


def _person_of(tokens: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
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
        right = _one_person_of(second, lex)
        left = _one_person_of(first, lex) or _bare_person(first, lex)
        if left is None or right is None:
            continue
        # the last one's organisation is both's ("Ann Lee and Bo Chan of Acme")
        return f"{left[0]} and {right[0]}", right[1] if left[1] in (None, right[1]) else None
    return _one_person_of(tokens, lex)


def _after_role(tokens: list[str]) -> list[str]:
    """The words from the first capitalised one on, after lower-case words of a role
    ("analyst Ann Lee at Acme": "Ann Lee at Acme"); all of them when a capital opens them."""
    first = next((i for i, t in enumerate(tokens) if t[:1].isupper()), 0)
    return tokens[first:]


def _bare_person(tokens: list[str], lex: Lexicon) -> tuple[str, None] | None:
    """A name of 2-3 capitalised words without a determiner, title, group or organisation
    word ("Ann Lee"; not "Analysts Ann Lee", "The Water")."""
    if (2 <= len(tokens) <= MAX_PERSON_WORDS and all(t[:1].isupper() for t in tokens)
            and tokens[0].lower() not in DETERMINER_WORDS  # "The Water and Dam Directorate"
            and not any(_bare(t) in lex.speaker_class("known") for t in tokens)
            and not _organization_name(tokens, lex)):
        return " ".join(tokens), None
    return None


def _one_person_of(tokens: list[str], lex: Lexicon) -> tuple[str, str] | None:
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


