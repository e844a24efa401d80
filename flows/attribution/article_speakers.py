"""What one article tells about its speakers by name, read when first asked
(``ArticleSpeakers``): their gender (a listed given name, "Mrs Lee" elsewhere), the one full
name a surname stands for ("Paul Wonnacott" for "Wonnacott", "Xi Jinping" for "Xi"), whether
a name is a company's ("the firm Acme", "shares in Acme"); and the speakers it settles by that:
a two-word name or a role's first word the article shows is a company's
(``two_word_company``, ``organization_in_role``), the name before a "he" or "she" that no
earlier speaker can take (``named_before``)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_words import (
    RE_POSSESSIVE_END,
    _is_name,
    is_place,
)
from flows.attribution.mentions import Speaker
from flows.attribution.org_evidence import described_as_org, named_as_company, typed_as_company
from flows.attribution.referents import (
    _gender,
    _honorific_surnames,
    referent_number,
)
from flows.attribution.spans import word_before_spaces

__all__ = ["ArticleSpeakers", "named_before", "organization_in_role", "two_word_company"]

RE_CAPITALISED_WORD = re.compile(r"[A-Z]\w*")  # the surnames the indexes below hold

# every "Given [X.] Surname": a match ends before the surname (which may give the next
# one), and opens with a capital that no word character precedes (searched for first)
RE_GIVEN_THEN_WORD = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)(?: [A-Z]\.)? (?=([A-Z]\w*)\b)")
SURNAME_FIRST_TAIL = r"([A-Z][a-z]+(?:-[a-z]+)?)\b(?![\s-]+[A-Z])(?:,((?:\s+[\w-]+){1,3}))?"

# every "Surname Given[, a b c]" after a space: the surname's capital, the rest of it, the
# given name, the words (the match holds the capital only: a name in the words is found too;
# the word before the spaces is read by ``word_before_spaces``)
RE_SURNAME_THEN_GIVEN = re.compile(rf"([A-Z])(?<=\s[A-Z])(?=(\w*) {SURNAME_FIRST_TAIL})")
MAX_NAME_BACK = 600  # characters before an unresolved "he"/"she" searched for a name

# "Given Surname" or "Given X. Surname", possibly a double surname; group 1 the given name
RE_GIVEN_NAME = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z]\.)?((?: [A-Z][\w\u2019'-]+){1,2})")


class ArticleSpeakers:
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


def two_word_company(sp: Speaker, lex: Lexicon, article: ArticleSpeakers) -> Speaker | None:
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


def named_before(text: str, pos: int, gender: str, lex: Lexicon) -> str | None:
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


def organization_in_role(sp: Speaker, article: ArticleSpeakers, lex: Lexicon) -> Speaker:
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
