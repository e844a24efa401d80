"""Speakers: read a mention (and its appositive) into name, type, role and organisation, then
resolve pronouns, bare surnames and definite descriptions to an earlier named speaker.

A pronoun resolves to the last earlier speaker it is compatible with: "he" and "she" to a
person, "they" and "we" to a group or an organisation, "it" to an organisation; never to a
description whose head is no noun of the lexicon ("the injured"); and "she" never to a
speaker with male evidence (nor "he" to one with female evidence). Gender evidence, strongest
first: the mention and its role ("Mrs", "spokeswoman", ``male``/``female`` in
``data/speaker_words.tsv``), a listed given name (``data/first_names.tsv``), an honorific
before the surname elsewhere in the article ("Ms Lee"), the pronoun an earlier resolution
gave the speaker. No evidence never blocks a resolution.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from flows.attribution.lexicon import Lexicon
from flows.attribution.roles import clean_role, read_description
from flows.records import SpeakerType

__all__ = [
    "Speaker",
    "can_be_antecedent",
    "describe_speaker",
    "referent_number",
    "resolve_speakers",
]

DETERMINERS = ("the ", "a ", "an ", "his ", "her ", "their ", "its ")
DETERMINER_WORDS = frozenset(d.strip() for d in DETERMINERS)
LOWER_OK = frozenset({"of", "the", "and", "de", "van", "von", "bin", "al", "la", "for", "on"})
HEAD_BREAKS = frozenset({"of", "for", "at", "with", "in", "from"})
PREPOSITIONS = frozenset({"to", "of", "for", "at"})
SINGULAR_ENDINGS = ("ss", "us", "is", "'s", "\u2019s")
MIN_PLURAL_LETTERS = 3
RE_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")
RE_ACRONYM = re.compile(r"[A-Z][A-Z&.\-]*[A-Z]\.?")
RE_TICKER = re.compile(r"<[A-Z][A-Z0-9]*(?:\.[A-Z]{1,3})?>")
ANTECEDENTS = {  # pronoun type -> the (type, number) of the speakers it can stand for
    "person": {("person", "one"), ("anonymous", "one")},  # "a source ... he said"
    "group": {  # they, we: a group, an organisation, anonymous sources
        ("group", "many"),
        ("group", "one"),  # "the team"
        ("organization", "one"),
        ("organization", "many"),
        ("anonymous", "many"),
        ("person", "many"),  # "Ann Lee and Bo Chan"
    },
    "organization": {("organization", "one"), ("organization", "many")},
}
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my"})
GENDER_OF_PRONOUN = {"he": "m", "him": "m", "she": "f", "her": "f"}
REFERENT_BREAKS = HEAD_BREAKS | {"by", "on", "to", "who", "that"}
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # "commander", "economist"
NOT_AGENT_ENDINGS = ("ment", "ever", "ther", "ier", "cent")  # "statement", "whatever", "other"
RE_NAME_AFTER = r"\.?\s+((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)"


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
    ticker = RE_TICKER.fullmatch(last) and len(_head_tokens(tokens)) == len(tokens) > 1
    if ticker and _is_name(tokens[:-1]):
        return True  # "Acme Tool <ACME.N>", not "Ann Lee of Acme <ACME.N>"
    return any(_bare(t) in lex.speaker_class("org") for t in _head_tokens(tokens))


def _type_of(tokens: Sequence[str], lex: Lexicon) -> SpeakerType:
    """The type of a mention, read from its head word: a title is a person, a plural noun a
    group, an organisation word, possessive name or acronym an organisation."""
    anonymous = lex.speaker_class("anonymous")
    if any(_bare(t) in anonymous for t in tokens[-3:]) and not _is_name(tokens):
        return "anonymous"
    head = _head_tokens(tokens)
    last = _bare(head[-1]) if head else ""
    if last in lex.speaker_class("title"):
        return "person"
    if last in lex.speaker_class("group") or head and _plural_common(head[-1]):
        return "group"
    if _organization_name(tokens, lex):
        return "organization"
    if not _is_name(tokens) and any(_bare(t) in lex.speaker_class("group") for t in tokens):
        return "group"
    return "person"


def _premodified(tokens: list[str], lex: Lexicon) -> tuple[str | None, str | None, str | None]:
    """ "Chinese Ambassador to Kenya Zhou Pingjian" -> (name, role, organisation)."""
    titles = lex.speaker_class("title")
    idx = [i for i, t in enumerate(tokens) if t.lower() in titles]
    if not idx:
        return None, None, None
    i = idx[-1]
    after = tokens[i + 1 :]
    if len(after) > 1 and after[0].lower() in PREPOSITIONS and _organization_name(after[1:], lex):
        return None, clean_role(tokens[: i + 1], lex), _strip_determiner(" ".join(after[1:]))
    if after and after[0].lower() in PREPOSITIONS:
        three = len(after) > 4 and len(after[-2]) <= 2 and not after[-3].isupper()
        name_tokens = after[-3:] if three else after[-2:]  # "to the EU Fu Cong": not "EU"
        role_tokens = tokens[: len(tokens) - len(name_tokens)]
    else:
        name_tokens, role_tokens = after, tokens[: i + 1]
    org = None
    if role_tokens and re.search(r"['’]s?$", role_tokens[0]) and len(role_tokens) > 1:
        org, role_tokens = re.sub(r"['’]s?$", "", role_tokens[0]), role_tokens[1:]
    role = clean_role(role_tokens, lex)
    name = " ".join(name_tokens) if _is_name(name_tokens) else None
    return name, role, org


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


def describe_speaker(
    mention: str, description: str | None, lex: Lexicon, antecedent: str | None = None
) -> Speaker:
    """Read one mention without looking at the rest of the article."""
    sp = _describe(mention, description, lex, antecedent)
    gender = GENDER_OF_PRONOUN.get(sp.mention.lower()) if sp.pronoun else None
    return sp if gender is None else replace(sp, gender=gender)


def _gender(sp: Speaker, lex: Lexicon) -> str | None:
    """ "m" or "f" from the pronoun, the head words of the mention and its role (a title,
    "spokeswoman") or the given name of a name of two or more words; None without evidence
    or with evidence both ways."""
    if sp.pronoun:
        return sp.gender
    words = {t.lower().strip(",.;:()'\u2019") for t in _head_tokens(sp.mention.split())}
    if sp.role:
        words |= {t.lower().strip(",.;:()'\u2019") for t in _head_tokens(sp.role.split())}
    male = not words.isdisjoint(lex.speaker_class("male"))
    female = not words.isdisjoint(lex.speaker_class("female"))
    if male == female and not male and sp.name and sp.type == "person":
        tokens = sp.name.split()
        first = tokens[0].lower() if len(tokens) > 1 else ""
        male, female = (
            first in lex.speaker_class("first_male"),
            first in lex.speaker_class("first_female"),
        )
    if male == female:
        return None
    return "m" if male else "f"


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
    core = _core_mention(mention, lex)
    if core != mention:  # "which it", "Previously the Fed", "he definitely", "of"
        if not core:
            return Speaker("", None, "person")
        return _describe(core, description, lex)
    tokens = mention.split()
    described = tokens[0].lower() in ("the", "a", "an") and len(tokens) > 2
    kind = _type_of(tokens, lex)
    if described or kind == "organization" and _is_name(tokens):  # "General Motors Corp"
        name, pre_role, pre_org = None, None, None
    else:
        name, pre_role, pre_org = _premodified(tokens, lex)
    role, org = role or pre_role, org or pre_org
    if name is not None:  # "lead manager Nomura International Ltd" is an organisation
        named: SpeakerType = "organization" if _organization_name(name.split(), lex) else "person"
        return Speaker(mention, name, named, role, org)
    if _is_name(tokens):
        return Speaker(mention, _strip_determiner(mention), kind, role, org)
    return Speaker(mention, None, kind, role, org)


def _find(history: Sequence[Speaker], test: object) -> Speaker | None:
    for previous in reversed(history):
        if test(previous):  # type: ignore[operator]
            return previous
    return None


def referent_number(sp: Speaker, lex: Lexicon) -> str | None:
    """What a pronoun may take ``sp`` for: "one" (he, she, it), "many" (they, we) or None.

    A name ("Bo Chan") is one, two names joined by "and" are many; a description counts by
    its head word, which must be a name ("energy firm Dam Co"), a title ("information minister
    bo chan"), a noun of the lexicon (a title, group, organisation or person noun: "the
    spokeswoman", "officials"), an agent noun ("commander", "economist") or a plural. The
    head is the description without its post-modifier ("report by X", "statement released
    on ...") and without trailing adverbs ("officials here"). Not "the injured", "a good" or
    a clause read as a mention ("outlook for the dam remains"): None."""
    tokens = (sp.name or "").split()
    if not tokens:
        return None
    if _is_name(tokens):
        head = _head_tokens(tokens)  # "Ann Lee of Lee and Chan": one
        return "many" if "and" in head or "&" in head else "one"
    head = tokens
    for i, t in enumerate(tokens[1:], start=1):
        if t.lower() in REFERENT_BREAKS or t[:1].islower() and t.endswith("ed"):
            head = tokens[:i]
            break
    trailing = lex.union(speaker=("mention_lead", "role_adverb"))
    while len(head) > 1 and (
        _bare(head[-1]) in trailing
        or not any(ch.isalnum() for ch in head[-1])
        or head[-1].endswith(("ed", "ly"))
    ):
        head = head[:-1]  # "officials here", "analysts polled", "investor -"
    last = head[-1].strip("<>(),.;:")
    word = _bare(last)
    if _plural_common(last):
        return "many"
    if any(ch.isupper() for ch in last) or word in lex.speaker_class("referent"):
        return "one"
    if word.endswith(AGENT_ENDINGS) and not word.endswith(NOT_AGENT_ENDINGS):
        return "one" if word not in lex.speaker_class("not_person_noun") else None
    titles = lex.speaker_class("title")
    return "one" if any(_is_title(t, titles) for t in head) else None


def can_be_antecedent(sp: Speaker, lex: Lexicon) -> bool:
    """Whether a pronoun may stand for ``sp`` (see ``referent_number``)."""
    return referent_number(sp, lex) is not None


class _Article:
    """What one article tells about its speakers, by resolved name, read when first asked:
    their gender and whether a pronoun can stand for them."""

    def __init__(self, text: str | None, lex: Lexicon) -> None:
        self.text, self.lex = text, lex
        self.first: dict[str, Speaker] = {}  # name -> its first mention that is no pronoun
        self.gender: dict[str, str | None] = {}  # from the mention, its role, the article
        self.told: dict[str, str] = {}  # from the first gendered pronoun resolved to it
        self.referent: dict[str, str | None] = {}
        self._surnames: dict[str, str | None] | None = None

    def add(self, sp: Speaker, pronoun: Speaker | None) -> None:
        """Record a resolved speaker; ``pronoun`` is the pronoun that resolved to it."""
        if sp.name is None:
            return
        if pronoun is None:
            self.first.setdefault(sp.name, sp)
        elif pronoun.gender is not None:
            self.told.setdefault(sp.name, pronoun.gender)

    def number(self, sp: Speaker) -> str | None:
        name = sp.name or ""
        if name not in self.referent:
            self.referent[name] = referent_number(sp, self.lex)
        return self.referent[name]

    def of(self, sp: Speaker) -> str | None:
        name = sp.name
        if name is None:
            return None
        if name not in self.gender:
            first = self.first.get(name)
            own = None if first is None else _gender(first, self.lex)
            self.gender[name] = own or self._hint(name)
        return self.gender[name] or self.told.get(name)

    def _hint(self, name: str) -> str | None:
        """The gender of an honorific before this surname in the article ("Mrs Lee")."""
        if self.text is None or not name[:1].isupper():
            return None
        if self._surnames is None:
            self._surnames = _honorific_surnames(self.text, self.lex)
        words = name.split()
        hint = self._surnames.get(words[-1])
        if hint is None and len(words) == 2:  # "Mr Chan" for "Chan Wei" (surname first)
            hint = self._surnames.get(words[0])
        return hint


_HONORIFIC_PATTERNS: dict[int, tuple[Lexicon, re.Pattern[str]]] = {}


def _honorific_surnames(text: str, lex: Lexicon) -> dict[str, str | None]:
    """Surname -> "m" or "f" for each honorific of one gender before a name in ``text``
    ("Mr Bo Chan": "Chan" -> "m"); None for a surname with both ("Mr and Mrs Chan" aside)."""
    cached = _HONORIFIC_PATTERNS.get(id(lex))
    if cached is None or cached[0] is not lex:
        words = sorted(
            w.rstrip(".")
            for w in lex.speaker_class("honorific")
            & (lex.speaker_class("male") | lex.speaker_class("female"))
        )
        alternatives = "|".join(re.escape(w.capitalize()) for w in set(words))
        cached = (lex, re.compile(rf"\b({alternatives}){RE_NAME_AFTER}"))
        _HONORIFIC_PATTERNS[id(lex)] = cached
    out: dict[str, str | None] = {}
    male = lex.speaker_class("male")
    for m in cached[1].finditer(text):
        gender = "m" if m.group(1).lower() in male else "f"
        surname = RE_POSSESSIVE_END.sub("", m.group(2).split()[-1])
        out[surname] = gender if out.get(surname, gender) == gender else None
    return out


def _bare_org_noun(sp: Speaker, lex: Lexicon) -> bool:
    """ "the company", "The bank": "the" and a noun of ``org_anaphor`` (an organisation that
    an article names first and then calls by its kind), nothing else."""
    words = sp.mention.split()
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and words[1].islower()
        and words[1] in lex.speaker_class("org_anaphor")
    )


def _is_title(token: str, titles: frozenset[str]) -> bool:
    """A title word, with or without its full stop ("Col.", "chairman,")."""
    word = _bare(token)
    return word in titles or f"{word}." in titles


def _short_for(tokens: Sequence[str], lex: Lexicon) -> bool:
    """Whether the first word of ``tokens`` can stand for them: an organisation's name, all
    capitalised, with an organisation word and no title ("Unocal Corp"; not "Hughes Tool Co
    Chairman W.A. Kistler" or "Nadal works the court")."""
    titles = lex.speaker_class("title")
    return (
        _is_name(tokens)
        and _organization_name(tokens, lex)
        and not any(_is_title(t, titles) for t in tokens)
    )


class _Lazy:
    """A value computed when first read."""

    def __init__(self, make: Callable[[], str | None]) -> None:
        self._make: Callable[[], str | None] | None = make
        self._value: str | None = None

    @property
    def value(self) -> str | None:
        if self._make is not None:
            self._value, self._make = self._make(), None
        return self._value


def _agrees(gender: str | None, article: _Article, h: Speaker) -> bool:
    """Whether ``h`` has no gender evidence against ``gender`` (read only when needed)."""
    if gender is None:
        return True
    other = article.of(h)
    return other is None or gender == other


def _resolve(sp: Speaker, history: Sequence[Speaker], lex: Lexicon, article: _Article) -> Speaker:
    if not sp.mention or sp.mention.lower() in lex.speaker_class("unresolved"):
        return sp
    if sp.pronoun:
        allowed = ANTECEDENTS[sp.type]
        hit = _find(
            history,
            lambda h: (h.type, article.number(h)) in allowed and _agrees(sp.gender, article, h),
        )
    elif sp.name is not None:
        if len(sp.name.split()) > 1:  # a full name stands for itself ("Azmat Begg")
            return sp
        last, own = sp.name, _Lazy(lambda: _gender(sp, lex))
        hit = _find(
            history,
            lambda h: (
                h.name is not None and h.name.split()[-1] == last and _agrees(own.value, article, h)
            ),
        )
        if hit is not None and hit.type == sp.type:
            return replace(
                sp,
                name=hit.name,
                role=sp.role or hit.role,
                organization=sp.organization or hit.organization,
            )
        alone = len(_strip_determiner(sp.mention).split()) == 1  # not "Mr Lee"
        if hit is None and alone:  # "Unocal" after "Unocal Corp": the organisation, short
            hit = _find(
                history,
                lambda h: (
                    h.type == "organization"
                    and h.name is not None
                    and len(h.name.split()) > 1
                    and h.name.split()[0] == last
                    and _short_for(h.name.split(), lex)
                ),
            )
            if hit is not None:
                return replace(sp, name=hit.name, type=hit.type, organization=hit.organization)
        return sp
    else:
        head = _strip_determiner(sp.mention).lower().split()[-1:] or [""]
        own = _Lazy(lambda: _gender(sp, lex))
        hit = _find(
            history,
            lambda h: (
                h.type == sp.type
                and (
                    head[0] in (h.role or "").lower().split()
                    or head[0] in h.mention.lower().split()
                )
                and _agrees(own.value, article, h)
            ),
        )
        if hit is None and _bare_org_noun(sp, lex):  # "the company": the last named one
            hit = _find(
                history,
                lambda h: h.type == "organization" and _is_name((h.name or "").split()),
            )
        if hit is None:
            return replace(sp, name=_strip_determiner(sp.mention))
    if hit is None:
        return sp
    return replace(sp, name=hit.name, type=hit.type, role=hit.role, organization=hit.organization)


def resolve_speakers(
    speakers: Sequence[Speaker], lex: Lexicon, text: str | None = None
) -> list[Speaker]:
    """Resolve each speaker against the named speakers before it, in article order;
    ``text`` (the article) adds the gender of honorifics before surnames ("Ms Lee")."""
    history: list[Speaker] = []
    out: list[Speaker] = []
    article = _Article(text, lex)
    for sp in speakers:
        resolved = _resolve(sp, history, lex, article)
        out.append(resolved)
        if resolved.name is not None:
            article.add(resolved, sp if sp.pronoun else None)
            history.append(resolved)
    return out
