"""What a speaker can be referred to by: the number a pronoun may take it for ("one": he,
she, it; "many": they, we) and the gender evidence of its mention, its role and the article.

Gender evidence, strongest first: the mention and its role ("Mrs", "spokeswoman",
``male``/``female`` in ``data/speaker_words.tsv``), a listed given name
(``data/first_names.tsv``), an honorific before the surname elsewhere in the article ("Ms
Lee"); ``speakers`` adds the pronoun an earlier resolution gave the speaker.
"""

from __future__ import annotations

import re

from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_words import (
    HEAD_BREAKS,
    RE_POSSESSIVE_END,
    _bare,
    _head_tokens,
    _is_name,
    _plural_common,
)
from flows.attribution.mentions import (
    Speaker,
)

__all__ = ["can_be_antecedent", "referent_number"]

REFERENT_BREAKS = HEAD_BREAKS | {"by", "on", "to", "who", "that"}
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # "commander", "economist"
NOT_AGENT_ENDINGS = ("ment", "ever", "ther", "ier", "cent")  # "statement", "whatever", "other"
RE_NAME_AFTER = r"\.?\s+((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)"


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


def _is_title(token: str, titles: frozenset[str]) -> bool:
    """A title word, with or without its full stop ("Col.", "chairman,")."""
    word = _bare(token)
    return word in titles or f"{word}." in titles


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
