"""Speaker mentions: read one mention (and its appositive) into name, type, role and
organisation, without looking at the rest of the article.

The type comes from the head word ("a title is a person, a plural noun a group, an
organisation word, possessive name or acronym an organisation"); a title before a name gives
the role ("Chinese Ambassador to Kenya Zhou Pingjian"); pronouns, relative pronouns and
quantifiers ("some", "another") are typed from ``data/speaker_words.tsv``. ``speakers``
resolves the mentions of an article against each other.

``describe_speaker`` reads the mention's shape here and hands its parts to ``titled_names``
(a title before a name), ``affiliations`` (a person of an organisation, an organisation after
a noun describing it) and ``issuers`` (the owner or maker of a text that speaks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flows.attribution.affiliations import (
    after_role,
    described_organization,
    one_person_of,
    person_of,
)
from flows.attribution.issuers import issued_by, issuer_of
from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import DETERMINER_WORDS, strip_determiner
from flows.attribution.mention_words import (
    _bare,
    _head_tokens,
    _is_name,
    _named_with_acronym,
    _organization_name,
    _type_of,
)
from flows.attribution.name_asides import split_aside
from flows.attribution.roles import read_description
from flows.attribution.spans import POSSESSIVE_DETERMINERS
from flows.attribution.titled_names import premodified, title_then_name
from flows.records import SpeakerType

__all__ = ["Speaker", "describe_speaker"]

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
    aside = split_aside(mention, lex)
    if aside is not None and aside[1] != "acronym":  # "Sen. Bo Chan (R-Ohio)": as "Sen. Bo Chan"
        sp = _read_mention(aside[0], description, lex, antecedent)
        return sp if aside[1] == "other" else replace(sp, type="organization")
    sp = _describe(mention, description, lex, antecedent)
    if aside is not None:  # read whole, named without its acronym ("the Acme Board (AB)")
        cut = len(mention) - len(aside[0])
        ends = sp.name is not None and sp.name.endswith(mention[-cut:]) and len(sp.name) > cut
        named = sp.name[:-cut] if ends and sp.name else sp.name
        sp = replace(sp, name=named or strip_determiner(aside[0]))
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
    issuer = issuer_of(tokens, lex)
    if issuer is not None:  # "FAO's statement", "the IMF's report": the body that issued it
        return Speaker(mention, issuer, "organization", role, org)
    maker = issued_by(tokens, lex)
    if maker is not None:  # "a report released by the NBS": the NBS, read as a mention
        made = _describe(maker, description, lex)
        person = made.type == "person" and _personal(maker, lex)
        kind = made.type if made.type != "person" or person else "organization"
        # a text's maker with no sign of a person is an organisation ("by Acme Research")
        # its name as read, when it ends the maker's words ("consultancy Acme": "Acme")
        called = made.name if made.name and maker.endswith(made.name) else maker
        return replace(made, mention=mention, name=called, type=kind,
                       organization=None if called == maker else made.organization)
    described_org = described_organization(tokens, lex)
    if described_org is not None:  # "Swiss drugmaker Novartis": Novartis
        return Speaker(mention, described_org, "organization", role, org)
    described = tokens[0].lower() in ("the", "a", "an") and len(tokens) > 2
    kind = _type_of(tokens, lex)
    if described and title_then_name(tokens[1:], lex):  # "the spokeswoman Ann Lee"
        name, pre_role, pre_org = premodified(tokens[1:], lex)
    elif kind == "organization" and title_then_name(tokens, lex):  # "Acme Corp CEO Ann Lee"
        name, pre_role, pre_org = premodified(tokens, lex)
    elif described and kind != "organization" and _titled_head(tokens, lex):
        name = None  # "a spokesman for Acme Bank": the role and organisation it names
        pre_role, pre_org = read_description(mention, lex)
    elif described or kind == "organization" and (
            _is_name(tokens) or _named_with_acronym(tokens)):  # "General Motors Corp"
        name, pre_role, pre_org = None, None, None
    else:
        name, pre_role, pre_org = premodified(tokens, lex)
    role, org = role or pre_role, org or pre_org
    if name is not None:  # "lead manager Nomura International Ltd" is an organisation
        named: SpeakerType = "organization" if _organization_name(name.split(), lex) else "person"
        works = one_person_of(name.split(), lex) if " of " in name else None
        if works is not None:  # "analyst Ann Lee of Acme Bank": Ann Lee, of Acme Bank
            name, named, org = works[0], "person", org or works[1]
        return Speaker(mention, name, named, role, org)
    of_org = person_of(tokens, lex)
    if of_org is None and pre_role is not None and " at " in mention:
        of_org = one_person_of(after_role(tokens), lex)  # "analyst Ann Lee at Acme"
    if of_org is not None:  # "Yonca Brunini of Yahoo", "Yahoo's Yonca Brunini"
        return Speaker(mention, of_org[0], "person", role, org or of_org[1])
    if _is_name(tokens):
        return Speaker(mention, strip_determiner(mention), kind, role, org)
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


def _personal(name: str, lex: Lexicon) -> bool:
    """Whether a name shows a person: a listed given name, a title or an honorific."""
    signs = lex.union(speaker=("first_male", "first_female", "title", "honorific"))
    return any(_bare(t).rstrip(".") in signs or _bare(t) in signs for t in name.split())


