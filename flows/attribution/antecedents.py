"""Whether an earlier speaker is the one a later mention names: a surname alone ("Xi" for
"Xi Jinping", "da Silva"), a company's short name ("Unocal" for "Unocal Corp"), "Mr Blair",
the head of a definite description ("the spokesman"), with no gender evidence against it
(``agrees``); ``find_last`` finds the last such speaker, ``speakers`` says which test a
mention takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from flows.attribution.article_speakers import ArticleSpeakers
from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import strip_determiner
from flows.attribution.mention_words import (
    _head_tokens,
    _is_name,
    _organization_name,
    is_text,
)
from flows.attribution.mentions import Speaker
from flows.attribution.referents import (
    _is_title,
)

__all__ = [
    "agrees",
    "bare_org_noun",
    "company_holding",
    "description_head",
    "find_last",
    "given_gender",
    "honorific_surname",
    "in_head",
    "new_text",
    "no_post_modifier",
    "particle_surname",
    "short_for",
    "surname_first",
    "words_of",
]

MAX_SURNAME_FIRST_WORDS = 3  # "Xi Jinping", "Ho Chi Minh"
COMPANY_NAME_JOINERS = frozenset({"of", "and", "for", "&"})  # "Bank of Riverland"
NAME_PARTICLES = frozenset({"da", "de", "di", "do", "dos", "das", "du", "del", "della", "der",
                            "van", "von", "la", "le", "al", "el", "bin", "ibn"})


def find_last(history: Sequence[Speaker], test: object) -> Speaker | None:
    for previous in reversed(history):
        if test(previous):  # type: ignore[operator]
            return previous
    return None


def bare_org_noun(sp: Speaker, lex: Lexicon) -> bool:
    """ "the company", "The bank": "the" and a noun of ``org_anaphor`` (an organisation that
    an article names first and then calls by its kind), nothing else."""
    words = sp.mention.split()
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and words[1].islower()
        and words[1] in lex.speaker_class("org_anaphor")
    )


def company_holding(h: Speaker, word: str) -> bool:
    """Whether ``h`` is an organisation whose name of two or more words holds ``word`` as a
    word of its own ("Hutchison Whampoa Ltd <HWHH.HK>", "South Korea's Hyundai Motor" for
    "Hutchison", "Hyundai") and no lower-case word but a joiner (not a misread clause:
    "Acme Apacs chose school teacher Ann Lee"); asked only of a name the article shows is a
    company's."""
    words = (h.name or "").split()
    return (h.type == "organization" and len(words) > 1 and word in words
            and all(not w[:1].islower() or w in COMPANY_NAME_JOINERS for w in words))


def surname_first(h: Speaker, word: str, lex: Lexicon) -> bool:
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


def honorific_surname(sp: Speaker, lex: Lexicon) -> bool:
    """ "Mr Blair", "Ms. Lee": an honorific and one capitalised word, a person's surname."""
    words = strip_determiner(sp.mention).split()
    return (
        sp.type == "person"
        and len(words) == 2
        and words[0].lower() in lex.speaker_class("honorific")
        and words[1][:1].isupper()
    )


def given_gender(full: str, lex: Lexicon) -> str | None:
    """ "m" or "f" for a full name whose given name is listed for one gender, else None."""
    first = full.split()[0].lower()
    if first in lex.speaker_class("first_male"):
        return "m"
    return "f" if first in lex.speaker_class("first_female") else None


def short_for(tokens: Sequence[str], lex: Lexicon) -> bool:
    """Whether the first word of ``tokens`` can stand for them: an organisation's name, all
    capitalised, with an organisation word and no title ("Unocal Corp"; not "Hughes Tool Co
    Chairman W.A. Kistler" or "Nadal works the court")."""
    titles = lex.speaker_class("title")
    return (
        _is_name(tokens)
        and _organization_name(tokens, lex)
        and not any(_is_title(t, titles) for t in tokens)
    )


def agrees(gender: str | None, article: ArticleSpeakers, h: Speaker) -> bool:
    """Whether ``h`` has no gender evidence against ``gender`` (read only when needed)."""
    if gender is None:
        return True
    other = article.of(h)
    return other is None or gender == other


def description_head(mention: str) -> tuple[str, str | None]:
    """The head noun of a description and the last word of its post-modifier, lower-case:
    ("chairman", "kenya") for "the chairman of the Media Council of Kenya", ("spokesman",
    None) for "the spokesman" (the post-modifier's last word is no head: "Kenya" there
    does not make the chairman an "Ambassador to Kenya")."""
    words = strip_determiner(mention).lower().split() or [""]
    head = _head_tokens(words)
    if len(head) == len(words):
        return words[-1], None
    return head[-1], words[-1].strip(",.;:()'\u2019")


def no_post_modifier(name: str) -> bool:
    """Whether a name has no post-modifier whose last word a surname could match ("Ann
    Lee", not "spokeswoman for Ann Lee" or "letter from Lee"), and names no pair ("Ann Lee
    and Bo Chan": "Chan" is one of the two, not both)."""
    tokens = name.split()
    return len(_head_tokens(tokens)) == len(tokens) and "and" not in tokens


def words_of(h: Speaker) -> set[str]:
    """The lower-case words of a speaker's mention, name, role and organisation."""
    text = " ".join(x for x in (h.mention, h.name, h.role, h.organization) if x)
    return {w.strip(",.;:()'\u2019") for w in text.lower().split()}


def in_head(head: str, mention: str, lex: Lexicon) -> bool:
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


def particle_surname(sp: Speaker, history: Sequence[Speaker]) -> Speaker | None:
    """A surname opened by a particle ("da Silva", "Van der Vorm") stands for the last person
    named in full with it ("Luiz Inacio Lula da Silva"); None when it is no such surname
    or nobody was."""
    name = sp.name or ""
    if name.split(None, 1)[0].lower() not in NAME_PARTICLES:
        return None
    tail = f" {name.lower()}"
    hit = find_last(history, lambda h: h.type == "person" and (h.name or "").lower().endswith(tail)
                and all(w[:1].isupper() or w in NAME_PARTICLES for w in (h.name or "").split()))
    if hit is None:
        return None
    return replace(sp, name=hit.name, role=sp.role or hit.role,
                   organization=sp.organization or hit.organization)


def new_text(sp: Speaker, tail: str | None, history: Sequence[Speaker], lex: Lexicon) -> Speaker:
    """An indefinite description of a text ("an IDC report", "a new poll") is a new one,
    not the text named before ("a report by KPMG"): it names only the source its own words
    name ("an investigation by The Post": the Post named before), else itself. ("a
    spokesman" may still be the one just named: "Ann Lee, a spokesman, who said".)"""
    hit = None if tail is None else find_last(
        history, lambda h: not is_text(h.mention, lex) and tail in words_of(h))
    if hit is None:
        return replace(sp, name=strip_determiner(sp.mention))
    return replace(sp, name=hit.name, type=hit.type, role=hit.role, organization=hit.organization)
