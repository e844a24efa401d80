"""What an article says about a name that makes it an organisation's: an organisation noun
before it ("oil giant Yukos"), shares or a stake in it, a post at it ("Acme chief executive
Ann Lee"), 'which' or 'its' after it; and what makes it a person's after all (a title, an
honorific or a given name before it). ``speakers`` reads these for names it cannot type from
the mention alone."""

from __future__ import annotations

import re

from flows.attribution.lexicon import Lexicon
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS, word_before_spaces

__all__ = ["described_as_org", "named_as_company", "typed_as_company"]

RE_NAME_END = re.compile(r"(?![\w'\u2019-]| [A-Z])")  # no word goes on, no capital follows


def described_as_org(text: str, name: str, lex: Lexicon) -> bool:
    """Whether ``name`` follows an organisation noun somewhere in ``text`` ("firm X")."""
    kinds = lex.union(speaker=("org_kind", "org_anaphor"))
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at > 0 and text[at - 1] == " " and RE_NAME_END.match(text, end):
            before = text.rfind(" ", 0, at - 1) + 1
            word = text[before : at - 1]
            if word.islower() and word in kinds:
                return True
        at = text.find(name, end)
    return False


def _held_at(text: str, name: str, lex: Lexicon) -> bool:
    """Whether ``text`` holds shares or a stake in ``name`` (speaker class ``holding``:
    "shares in Acme", "a stake in Acme"; no capitalised word after the name: not "shares in
    Acme Bank"; "Shares in Acme" opening a sentence too; "Acme's shares"), which only a
    company issues."""
    if _possessed_holding(text, name, lex):
        return True
    if text.find(" in " + name) < 0:
        return False  # (most names)
    for noun in lex.speaker_class("holding"):
        for shape in (f"{noun} in {name}", f"{noun.capitalize()} in {name}"):
            at = text.find(shape)
            while at >= 0:
                end = at + len(shape)
                if (at == 0 or not text[at - 1].isalnum()) and RE_NAME_END.match(text, end):
                    return True
                at = text.find(shape, end)
    return False


def _possessed_holding(text: str, name: str, lex: Lexicon) -> bool:
    """ "Acme's shares", "Acme's stake in Bolt": ``name`` with a possessive 's and a noun of
    class ``holding`` (not after a capitalised word: not "Ann Acme's shares")."""
    for mark in ("'s ", "\u2019s "):
        at = text.find(name + mark)
        while at >= 0:
            end = at + len(name) + len(mark)
            word = text[end : text.find(" ", end)] if text.find(" ", end) > 0 else text[end:]
            if (word.rstrip(",.;:") in lex.speaker_class("holding")
                    and (at == 0 or not text[at - 1].isalnum())
                    and not word_before_spaces(text, at)[:1].isupper()):
                return True
            at = text.find(name + mark, end)
    return False


PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "near", "from"})  # 'a plant in Iwata, which'


def _which_at(text: str, name: str) -> bool:
    """ "Acme, which ...": a relative 'which' after the name, never said of a person; not
    after a preposition of place ("a plant in Iwata, which": an unlisted town)."""
    at = text.find(name + ", which ")
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and (
                word_before_spaces(text, at) not in PLACE_PREPOSITIONS):
            return True
        at = text.find(name + ", which ", at + 1)
    return False


def _its_after(text: str, name: str, lex: Lexicon) -> bool:
    """ "Acme said its sales rose", "Acme and its partners": the name, a cue verb or 'and',
    then 'its', which stands for the name (a person's would be 'his' or 'her')."""
    at = text.find(name + " ")
    while at >= 0:
        verb_at = at + len(name) + 1
        space = text.find(" ", verb_at)
        if (space > 0 and text.startswith("its ", space + 1)
                and (at == 0 or not text[at - 1].isalnum())
                and (text[verb_at:space] == "and" or text[verb_at:space] in lex.cue_lemma)):
            return True
        at = text.find(name + " ", verb_at)
    return False


def _staffed_at(text: str, name: str, lex: Lexicon) -> bool:
    """Whether ``text`` names someone by their post at ``name`` ("Acme chief executive Ann
    Lee", "Acme boss Bo Chan": lower-case words ending in a title, then a capitalised word),
    which a company has and a person does not ("Hall aide Ann Lee" is read with
    ``_person_named``: "Senator Hall")."""
    titles = lex.speaker_class("title")
    at = text.find(name + " ")
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and _post_after(
                text, at + len(name), titles, lex):
            return True
        at = text.find(name + " ", at + len(name))
    return False


def _person_named(text: str, name: str, lex: Lexicon) -> bool:
    """Whether a title, an honorific or a capitalised word (a given name, listed or not;
    not an acronym, a possessive, an article, or an opener such as "But" or "Former")
    comes right before ``name`` somewhere in ``text`` ("Senator Hall", "Mr Hall", "Bernie
    Sanders"): a person's name, whatever else follows it ("Sanders campaign manager Ann
    Lee"). A word that opens a sentence counts only as a listed given name ("Maybe Acme")."""
    titled = lex.union(speaker=("title", "honorific"))
    openers = lex.union("opener+connector", speaker=("role_premodifier",))  # "But", "Former"
    given = lex.union(speaker=("first_male", "first_female"))
    at = text.find(name)
    while at >= 0:
        before = word_before_spaces(text, at)
        word = before.lower()
        if _token_before(text, at).lower() in titled or (  # "Gov. Hall", "Sen. Ann Hall"
                before[:1].isupper() and not before.isupper() and word not in openers
                and word not in ARTICLES and not text.startswith(("'s", "\u2019s"), at - 2)
                and (word in given or not _opens_sentence(text, at - len(before) - 1, titled))):
            return True
        at = text.find(name, at + len(name))
    return False


def _token_before(text: str, at: int) -> str:
    """The space-separated token right before the space before ``at`` ("Gov." of "Gov. X")."""
    if at < 2 or text[at - 1] != " ":
        return ""
    return text[text.rfind(" ", 0, at - 1) + 1 : at - 1]


def _opens_sentence(text: str, at: int, titled: frozenset[str]) -> bool:
    """Whether the word after ``at`` opens the text, a sentence, a line or a quotation (a
    title's full stop ends none: "Sen. Ann Hall")."""
    before = text[:at].rstrip(" ")
    if before[-1:] == "." and _token_before(text, len(before) + 1).lower() in titled:
        return False
    return not before or before[-1] in ".!?\n\"\u201c\u201d:;"


RE_POST = re.compile(r" ((?:[a-z]+ ){0,3}?)([a-z]+) [A-Z]")  # " chief executive Ann"


def _post_after(text: str, end: int, titles: frozenset[str], lex: Lexicon) -> bool:
    """Whether lower-case words ending in a title and a capitalised word follow ``end``, the
    words before the title no verb ('-ed', '-s'), determiner or function word (class
    not_role): not "West collaborated with rapper Bo Chan", "Hall and his partner Ann Lee"."""
    m = RE_POST.match(text, end)
    if m is None or m.group(2) not in titles:
        return False
    function_words = lex.speaker_class("not_role")
    return not any(w in function_words or w in POSSESSIVE_DETERMINERS or w in ARTICLES
                   or w.endswith(("ed", "s")) for w in m.group(1).split())


def typed_as_company(text: str, name: str, lex: Lexicon) -> bool:
    """Whether ``text`` types ``name`` an organisation by more than a post at it: an
    organisation noun before it (``described_as_org``), or shares, a stake, 'which' or 'its'
    with no title, honorific or given name before it anywhere ("Acme chief executive Ann
    Lee" alone is no evidence that "Acme" is no place or party: "Texas governor")."""
    return described_as_org(text, name, lex) or (
        _held_or_referred(text, name, lex) and not _person_named(text, name, lex))


def named_as_company(text: str, name: str, lex: Lexicon) -> bool:
    """Whether ``text`` treats the one- or two-word ``name`` as a company: shares, a stake,
    'which' or 'its' (``_held_or_referred``) or a post at it (``_staffed_at``), and no
    title, honorific or given name right before it anywhere (``_person_named``)."""
    return (
        _held_or_referred(text, name, lex) or _staffed_at(text, name, lex)
    ) and not _person_named(text, name, lex)


def _held_or_referred(text: str, name: str, lex: Lexicon) -> bool:
    """Shares or a stake in ``name`` (``_held_at``), or 'which' or 'its' after it
    (``_which_at``, ``_its_after``): what only a company has or is called."""
    return _held_at(text, name, lex) or _which_at(text, name) or _its_after(text, name, lex)
