"""Speakers: each mention read into name, type, role and organisation (``mentions``), then
pronouns, bare surnames and definite descriptions resolved to an earlier named speaker (here;
what a speaker can be referred to by, number and gender, is in ``referents``).

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
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import strip_determiner
from flows.attribution.mention_words import (
    RE_POSSESSIVE_END,
    _head_tokens,
    _is_name,
    _organization_name,
    is_place,
    is_text,
)
from flows.attribution.mentions import Speaker, describe_speaker
from flows.attribution.org_evidence import described_as_org, named_as_company, typed_as_company
from flows.attribution.referents import (
    _gender,
    _honorific_surnames,
    _is_title,
    can_be_antecedent,
    referent_number,
)
from flows.attribution.spans import word_before_spaces

__all__ = [
    "Speaker",
    "can_be_antecedent",
    "describe_speaker",
    "referent_number",
    "resolve_speakers",
]

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


MAX_SURNAME_FIRST_WORDS = 3  # "Xi Jinping", "Ho Chi Minh"
RE_CAPITALISED_WORD = re.compile(r"[A-Z]\w*")  # the surnames the indexes below hold
# every "Given [X.] Surname": a match ends before the surname (which may give the next
# one), and opens with a capital that no word character precedes (searched for first)
RE_GIVEN_THEN_WORD = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)(?: [A-Z]\.)? (?=([A-Z]\w*)\b)")
SURNAME_FIRST_TAIL = r"([A-Z][a-z]+(?:-[a-z]+)?)\b(?![\s-]+[A-Z])(?:,((?:\s+[\w-]+){1,3}))?"
# every "Surname Given[, a b c]" after a space: the surname's capital, the rest of it, the
# given name, the words (the match holds the capital only: a name in the words is found too;
# the word before the spaces is read by ``word_before_spaces``)
RE_SURNAME_THEN_GIVEN = re.compile(rf"([A-Z])(?<=\s[A-Z])(?=(\w*) {SURNAME_FIRST_TAIL})")


def _find(history: Sequence[Speaker], test: object) -> Speaker | None:
    for previous in reversed(history):
        if test(previous):  # type: ignore[operator]
            return previous
    return None


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
        self._full: dict[str, str | None] = {}  # surname -> full_name's answer
        # one-word surname -> its "Given Surname" pairs / its "word Surname Given" runs
        self._pairs: dict[str, list[tuple[str, str, str]]] | None = None
        self._leads: dict[str, list[tuple[str, str, str | None]]] | None = None
        self.places = lex.speaker_class("place")
        self._described: dict[str, bool] = {}  # one-word name -> after "firm", "giant"
        self._typed: dict[str, bool] = {}  # one-word name -> typed_as_company's answer

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

    def full_name(self, surname: str) -> str | None:
        """The one full name in the article that ends in ``surname`` after a listed given
        name ("Paul Wonnacott" for "Wonnacott", "Ann B. Lee" for "Lee"), None for none or
        several given names before it ("Ann Lee" and "Bo Lee"); searched once per surname."""
        if surname not in self._full:
            self._full[surname] = self._full_name(surname)
        return self._full[surname]

    def _full_name(self, surname: str) -> str | None:
        if self.text is None:
            return None
        given = self.lex.union(speaker=("first_male", "first_female"))
        other = self.lex.union(
            "opener+connector", speaker=("title", "honorific", "not_role", "known")
        )
        found = [(first, full, before) for first, full, before in self._given_before(surname)
                 if first.lower() not in other]  # "Mr Lee", "But Lee"
        firsts = {first for first, _, _ in found}  # "Ozzy" and "Sharon Osbourne": neither
        if not firsts and surname.lower() not in given:
            return self._surname_first(surname, other)
        if len(firsts) != 1:
            return None
        # an unlisted given name is one after a title or an honorific ("Prime Minister
        # Yoshihide Suga", "Sir Alex Ferguson"), not a word of a product or a firm's name
        titled = self.lex.union(speaker=("title", "honorific"))
        if firsts.pop().lower() not in given and not any(
                before.lower().rstrip(".") in titled or before.lower() in titled
                for _, _, before in found):
            return None
        return found[0][1]

    def _given_before(self, surname: str) -> list[tuple[str, str, str]]:
        """(given name, full name, word before it) of each "Given [X.] Surname" in the
        article, in order. A capitalised one-word surname is looked up in an index of the
        article's name pairs, built once (compiling a pattern per surname was a tenth of the
        attribution time)."""
        assert self.text is not None
        text = self.text
        if not RE_CAPITALISED_WORD.fullmatch(surname):
            pattern = rf"\b([A-Z][a-z]+)(?: [A-Z]\.)? {re.escape(surname)}\b"
            return [(m.group(1), m.group(), word_before_spaces(text, m.start()))
                    for m in re.finditer(pattern, text)]
        if self._pairs is None:
            self._pairs = defaultdict(list)
            for m in RE_GIVEN_THEN_WORD.finditer(text):
                self._pairs[m.group(2)].append((m.group(1), text[m.start(1) : m.end(2)],
                                                word_before_spaces(text, m.start(1))))
        return self._pairs.get(surname, [])

    def _surname_first(self, surname: str, other: frozenset[str]) -> str | None:
        """The one person's name in the article that opens with ``surname`` and one more
        capitalised word ("Xi" for "President Xi Jinping", "Chen Wei, director of ..."): a
        title before it or a comma and a title after it says it is a person's, not a
        product's or a company's ("Yahoo Messenger", "Merrill Lynch"); none for several
        ("Li Keqiang" and "Li Hui") or a word of the lexicon second ("Reagan
        Administration")."""
        titles = self.lex.speaker_class("title")
        givens = {
            given for before, given, after in self._surname_then_given(surname)
            if given.lower() not in other and given.lower() not in self.places
            and (before.lower() in titles
                 or any(w.lower() in titles for w in (after or "").split()))
        }
        return f"{surname} {givens.pop()}" if len(givens) == 1 else None

    def _surname_then_given(self, surname: str) -> list[tuple[str, str, str | None]]:
        """(word before, given name, words after a comma) of each "word Surname Given" in
        the article; from an index built once for a capitalised one-word surname."""
        assert self.text is not None
        if not RE_CAPITALISED_WORD.fullmatch(surname):
            pattern = (rf"(\w+)\s+{re.escape(surname)} {SURNAME_FIRST_TAIL}")
            return [(m.group(1), m.group(2), m.group(3))
                    for m in re.finditer(pattern, self.text)]
        if self._leads is None:
            self._leads = defaultdict(list)
            for m in RE_SURNAME_THEN_GIVEN.finditer(self.text):
                before = word_before_spaces(self.text, m.start())
                if before:
                    surname_at = self.text[m.start() : m.end(2)]
                    self._leads[surname_at].append((before, m.group(3), m.group(4)))
        return self._leads.get(surname, [])

    def typed_company(self, name: str) -> bool:
        """``typed_as_company`` of the one-word ``name`` in the article, read once per name
        (every statement of a speaker whose role opens with the name asks again)."""
        if self.text is None:
            return False
        typed = self._typed.get(name)
        if typed is None:
            typed = self._typed[name] = typed_as_company(self.text, name, self.lex)
        return typed

    def described_organization(self, name: str) -> bool:
        """Whether the article calls the one-word ``name`` an organisation: a lower-case noun
        of classes ``org_kind`` or ``org_anaphor`` right before it, no capitalised word after
        it ("oil giant Yukos", "the airline Qantas"; not "the firm Lee Associates"), or, with
        no honorific, title or listed given name before the name anywhere, shares or a stake
        in it ("shares in Acme"), a post at it ("Acme boss Ann Lee"), 'which' or 'its' after
        it ("Acme, which", "Acme said its"). Each name's places in the article are read once,
        when first asked."""
        if self.text is None:
            return False
        if name not in self._described:
            text, lex = self.text, self.lex
            self._described[name] = described_as_org(text, name, lex) or (
                self._hint(name) is None and named_as_company(text, name, lex))
        return self._described[name]

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


COMPANY_NAME_JOINERS = frozenset({"of", "and", "for", "&"})  # "Bank of Riverland"


def _company_holding(h: Speaker, word: str) -> bool:
    """Whether ``h`` is an organisation whose name of two or more words holds ``word`` as a
    word of its own ("Hutchison Whampoa Ltd <HWHH.HK>", "South Korea's Hyundai Motor" for
    "Hutchison", "Hyundai") and no lower-case word but a joiner (not a misread clause:
    "Acme Apacs chose school teacher Ann Lee"); asked only of a name the article shows is a
    company's."""
    words = (h.name or "").split()
    return (h.type == "organization" and len(words) > 1 and word in words
            and all(not w[:1].islower() or w in COMPANY_NAME_JOINERS for w in words))


def _surname_first(h: Speaker, word: str, lex: Lexicon) -> bool:
    """Whether ``word`` alone can be the surname of person ``h`` named surname first ("Xi"
    for "Xi Jinping", "Wang" for "Wang Yi"): a name of MAX_SURNAME_FIRST_WORDS capitalised
    words at most whose first is ``word`` and no listed given name ("Ann" of "Ann Lee")."""
    tokens = (h.name or "").split()
    return (
        h.type == "person"
        and 1 < len(tokens) <= MAX_SURNAME_FIRST_WORDS
        and tokens[0] == word
        and all(t[:1].isupper() for t in tokens)  # not "Baker and Volcker"
        and word.lower() not in lex.union(speaker=("first_male", "first_female", "honorific"))
    )


def _honorific_surname(sp: Speaker, lex: Lexicon) -> bool:
    """ "Mr Blair", "Ms. Lee": an honorific and one capitalised word, a person's surname."""
    words = strip_determiner(sp.mention).split()
    return (
        sp.type == "person"
        and len(words) == 2
        and words[0].lower() in lex.speaker_class("honorific")
        and words[1][:1].isupper()
    )


def _given_gender(full: str, lex: Lexicon) -> str | None:
    """ "m" or "f" for a full name whose given name is listed for one gender, else None."""
    first = full.split()[0].lower()
    if first in lex.speaker_class("first_male"):
        return "m"
    return "f" if first in lex.speaker_class("first_female") else None


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


DEFINITE = ("the ", "this ", "that ")  # a description of someone already named
INDEFINITE = ("a ", "an ")  # a description of someone (or some text) not named before


def _description_head(mention: str) -> tuple[str, str | None]:
    """The head noun of a description and the last word of its post-modifier, lower-case:
    ("chairman", "kenya") for "the chairman of the Media Council of Kenya", ("spokesman",
    None) for "the spokesman" (the post-modifier's last word is no head: "Kenya" there
    does not make the chairman an "Ambassador to Kenya")."""
    words = strip_determiner(mention).lower().split() or [""]
    head = _head_tokens(words)
    if len(head) == len(words):
        return words[-1], None
    return head[-1], words[-1].strip(",.;:()'\u2019")


def _no_post_modifier(name: str) -> bool:
    """Whether a name has no post-modifier whose last word a surname could match ("Ann
    Lee", not "spokeswoman for Ann Lee" or "letter from Lee")."""
    tokens = name.split()
    return len(_head_tokens(tokens)) == len(tokens)


def _words_of(h: Speaker) -> set[str]:
    """The lower-case words of a speaker's mention, name, role and organisation."""
    text = " ".join(x for x in (h.mention, h.name, h.role, h.organization) if x)
    return {w.strip(",.;:()'\u2019") for w in text.lower().split()}


def _resolve(sp: Speaker, history: Sequence[Speaker], lex: Lexicon, article: _Article) -> Speaker:
    if not sp.mention or sp.mention.lower() in lex.speaker_class("unresolved"):
        return sp
    if sp.pronoun:
        allowed = ANTECEDENTS[sp.type]
        hit = _find(  # a place alone ("China") is the topic far more often than "it"
            history,
            lambda h: (h.type, article.number(h)) in allowed and _agrees(sp.gender, article, h)
            and not is_place(h.name, lex),
        )
    elif sp.name is not None:
        if len(sp.name.split()) > 1:  # a full name stands for itself ("Azmat Begg")
            return _particle_surname(sp, history) or _two_word_company(sp, lex, article) or sp
        last, own = sp.name, _Lazy(lambda: _gender(sp, lex))
        hit = _find(
            history,
            lambda h: (
                h.name is not None
                and h.name.split()[-1] == last
                and _no_post_modifier(h.name)  # not "aide to Ann Lee"
                and _agrees(own.value, article, h)
            ),
        )
        # a place's name is a person's surname after the person ("Ann Washington"), not
        # the last word of an organisation's ("Riverland" after "Bank of Riverland")
        place = is_place(last, lex)
        if hit is not None and (
            hit.type == "person" or hit.name == last if place
            else hit.type == sp.type  # "Yukos" after "oil firm Yukos": that organisation
            or hit.name == last and hit.type == "organization"
        ):
            return replace(
                sp,
                name=hit.name,
                type=hit.type,
                role=sp.role or hit.role,
                organization=sp.organization or hit.organization,
            )
        # the name opens the mention: not "Mr Lee"; "Cruz himself" is Cruz alone
        alone = strip_determiner(sp.mention).split()[:1] == [last]
        if hit is None and alone and not place:  # "Unocal" after "Unocal Corp", short for it
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
            hit = _find(history, lambda h: _surname_first(h, last, lex))  # "Xi Jinping": Xi
            if hit is not None and hit.type == sp.type:
                return replace(
                    sp,
                    name=hit.name,
                    role=sp.role or hit.role,
                    organization=sp.organization or hit.organization,
                )
            full = article.full_name(last) if sp.type == "person" else None
            if full is not None:  # named in full where nobody spoke ("Paul Wonnacott")
                return replace(sp, name=full)
            if sp.type == "person" and article.described_organization(last):
                hit = _find(history, lambda h: _company_holding(h, last))
                if hit is not None:  # "Hyundai" after "South Korea's Hyundai Motor"
                    return replace(sp, name=hit.name, type=hit.type,
                                   organization=hit.organization)
                return replace(sp, type="organization")  # "Yukos" after "oil firm Yukos"
        elif hit is None and not place and _honorific_surname(sp, lex):
            full = article.full_name(last)  # "Mr Blair" after "Prime Minister Tony Blair"
            if full is not None and _given_gender(full, lex) in (None, own.value):
                return replace(sp, name=full)
        return sp
    else:
        text = is_text(sp.mention, lex)  # "the ministry" is not "figures from the ministry"
        head, tail = _description_head(sp.mention)
        if text and sp.mention.lower().startswith(INDEFINITE):
            return _new_text(sp, tail, history, lex)
        own = _Lazy(lambda: _gender(sp, lex))
        # "the spokesperson" names the one introduced before ("Ann Lee, a spokesperson"),
        # though "a spokesperson" alone is an anonymous source
        types = ({sp.type, "person"} if sp.type == "anonymous"
                 and sp.mention.lower().startswith(DEFINITE) else {sp.type})
        hit = _find(
            history,
            lambda h: (
                h.type in types
                and (text or not is_text(h.mention, lex))
                and (
                    head in (h.role or "").lower().split()
                    or _in_head(head, h.mention, lex)
                )
                and (tail is None or tail in _words_of(h))
                and _agrees(own.value, article, h)
            ),
        )
        if hit is None and _bare_org_noun(sp, lex):  # "the company": the last named one
            hit = _find(
                history,
                lambda h: h.type == "organization" and _is_name((h.name or "").split()),
            )
        if hit is None:
            return replace(sp, name=strip_determiner(sp.mention))
    if hit is None:
        return sp
    return replace(sp, name=hit.name, type=hit.type, role=hit.role, organization=hit.organization)


def _in_head(head: str, mention: str, lex: Lexicon) -> bool:
    """Whether ``head`` is a word of ``mention`` before any reduced relative clause of it (a
    past participle after its first word, then a function word or an '-ing' word): "the
    meeting" is not "a statement released following a cabinet meeting", though it is "the
    annual meeting" or "a senior elected official" for "the official"."""
    words = mention.lower().split()
    if head not in words:
        return False  # (nearly every earlier speaker)
    at = words.index(head)
    function_words = lex.speaker_class("not_role")
    return not any(
        lex.past_form(words[j]) and (words[j + 1] in function_words or words[j + 1].endswith("ing"))
        for j in range(1, at - 1)
    )


def _two_word_company(sp: Speaker, lex: Lexicon, article: _Article) -> Speaker | None:
    """A two-word name read as a person's that the article shows is a company's, as for a
    one-word name ("Time Warner chief executive Ann Lee", "shares in British Airways",
    "Standard Chartered, which"): its first word is no listed given name ("Ann Lee"), and
    no title or honorific comes before it; None for any other speaker."""
    words = (sp.name or "").split()
    if sp.type != "person" or len(words) != 2 or not _is_name(words):
        return None
    if words[0].lower() in lex.union(speaker=("first_male", "first_female")):
        return None  # (most persons' names)
    company = article.described_organization(" ".join(words))
    return replace(sp, type="organization") if company else None


NAME_PARTICLES = frozenset({"da", "de", "di", "do", "dos", "das", "du", "del", "della", "der",
                            "van", "von", "la", "le", "al", "el", "bin", "ibn"})


def _particle_surname(sp: Speaker, history: Sequence[Speaker]) -> Speaker | None:
    """A surname opened by a particle ("da Silva", "Van der Vorm") stands for the last person
    named in full with it ("Luiz Inacio Lula da Silva"); None when it is no such surname
    or nobody was."""
    name = sp.name or ""
    if name.split(None, 1)[0].lower() not in NAME_PARTICLES:
        return None
    tail = f" {name.lower()}"
    hit = _find(history, lambda h: h.type == "person" and (h.name or "").lower().endswith(tail)
                and all(w[:1].isupper() or w in NAME_PARTICLES for w in (h.name or "").split()))
    if hit is None:
        return None
    return replace(sp, name=hit.name, role=sp.role or hit.role,
                   organization=sp.organization or hit.organization)


def _new_text(sp: Speaker, tail: str | None, history: Sequence[Speaker], lex: Lexicon) -> Speaker:
    """An indefinite description of a text ("an IDC report", "a new poll") is a new one,
    not the text named before ("a report by KPMG"): it names only the source its own words
    name ("an investigation by The Post": the Post named before), else itself. ("a
    spokesman" may still be the one just named: "Ann Lee, a spokesman, who said".)"""
    hit = None if tail is None else _find(
        history, lambda h: not is_text(h.mention, lex) and tail in _words_of(h))
    if hit is None:
        return replace(sp, name=strip_determiner(sp.mention))
    return replace(sp, name=hit.name, type=hit.type, role=hit.role, organization=hit.organization)


MAX_NAME_BACK = 600  # characters before an unresolved "he"/"she" searched for a name
# "Given Surname" or "Given X. Surname", possibly a double surname; group 1 the given name
RE_GIVEN_NAME = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z]\.)?((?: [A-Z][\w\u2019'-]+){1,2})")


def _named_before(text: str, pos: int, gender: str, lex: Lexicon) -> str | None:
    """The last full name before ``pos`` (within MAX_NAME_BACK characters), when its given
    name is listed for ``gender`` ("John Hall became ... He showed"), for a pronoun that no
    earlier speaker can take; without a possessive ending ("Tom Hall's")."""
    given = lex.speaker_class("first_male" if gender == "m" else "first_female")
    other = lex.union("opener+connector", "month", "weekday",
                      speaker=("title", "honorific", "not_role", "known", "place"))
    last = None  # the last name-like pair; an unlisted given name ("Bret Baier") abstains
    for m in RE_GIVEN_NAME.finditer(text, max(0, pos - MAX_NAME_BACK), pos):
        if m.group(1).lower() not in other:
            last = m
    if last is None or last.group(1).lower() not in given:
        return None
    surname: list[str] = []
    for word in last.group(2).split():  # "Alan Grayson's Senate campaign": Alan Grayson
        surname.append(RE_POSSESSIVE_END.sub("", word))
        if surname[-1] != word:
            break
    return " ".join([last.group(1), *surname])


# pronouns that may not stand for the name opening their own content; not a possessive,
# which may come before the name it stands for ('In its report, the OECD cut C')
SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])


def _named_in_content(text: str, start: int, content: tuple[int, int], name: str) -> bool:
    """Whether the content after the pronoun at ``start`` opens with ``name`` (after 'the'
    at most): the subject of what the pronoun's speaker said ('They say Acme is a risk')."""
    at = content[0] + 4 if text.startswith("the ", content[0]) else content[0]
    if at < start or not text.startswith(name, at):
        return False  # cheap: most contents open with another word
    return not text[at + len(name) : at + len(name) + 1].isalnum()


def _organization_in_role(sp: Speaker, article: _Article, lex: Lexicon) -> Speaker:
    """A person's role that opens with a one-word name the article types an organisation
    ("Acme chief executive" where the article says "the firm Acme" or "shares in Acme":
    ``typed_as_company``): the name is the speaker's organisation, the lower-case words
    after it the role. Not a role whose other words are capitalised too ("Senate Majority
    Leader"), nor a place ("London police chief")."""
    role = sp.role
    if role is None or sp.organization is not None or not role[:1].isupper():
        return sp  # cheap: most roles are lower-case or have their organisation
    first, _, rest = role.partition(" ")
    if not rest or not rest.islower() or not first.isalpha() or sp.type != "person":
        return sp
    if article.text is None or is_place(first, lex) or not article.typed_company(first):
        return sp
    return replace(sp, role=rest, organization=first)


def resolve_speakers(
    speakers: Sequence[Speaker], lex: Lexicon, text: str | None = None,
    starts: Sequence[int] | None = None, contents: Sequence[tuple[int, int]] | None = None,
) -> list[Speaker]:
    """Resolve each speaker against the named speakers before it, in article order;
    ``text`` (the article) adds the gender of honorifics before surnames ("Ms Lee"), and
    with ``starts`` (each mention's offset) a "he" or "she" that no earlier speaker can
    take takes the last name of that gender before it in the text. With ``contents`` (each
    statement's span), a subject pronoun never takes the name that opens its own content
    after it ('They say that Acme is a risk': not Acme), but the speaker before that one."""
    history: list[Speaker] = []
    out: list[Speaker] = []
    article = _Article(text, lex)
    for i, sp in enumerate(speakers):
        resolved = _resolve(sp, history, lex, article)
        if sp.pronoun and resolved.name is not None and text and starts and contents and (
                sp.mention.lower() in SUBJECT_PRONOUNS
                and _named_in_content(text, starts[i], contents[i], resolved.name)):
            others = [h for h in history if h.name != resolved.name]
            resolved = _resolve(sp, others, lex, article)
        resolved = _organization_in_role(resolved, article, lex)
        if sp.pronoun and sp.gender and resolved.name is None and text and starts:
            named = _named_before(text, starts[i], sp.gender, lex)
            resolved = resolved if named is None else replace(resolved, name=named)
        out.append(resolved)
        if resolved.name is not None:
            article.add(resolved, sp if sp.pronoun else None)
            history.append(resolved)
    return out
