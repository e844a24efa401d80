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

``resolve_speakers`` walks the article's speakers in order; ``antecedents`` holds the tests an
earlier speaker passes to be the one a mention names, ``article_speakers`` what the article
tells about a name (its gender, the full name a surname stands for, whether it is a company's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from flows.attribution.antecedents import (
    agrees,
    bare_org_noun,
    company_holding,
    description_head,
    find_last,
    given_gender,
    honorific_surname,
    in_head,
    new_text,
    no_post_modifier,
    particle_surname,
    short_for,
    surname_first,
    words_of,
)
from flows.attribution.article_speakers import (
    ArticleSpeakers,
    named_before,
    organization_in_role,
    two_word_company,
)
from flows.attribution.lexicon import Lexicon
from flows.attribution.mention_determiners import strip_determiner
from flows.attribution.mention_words import (
    _is_name,
    is_place,
    is_text,
)
from flows.attribution.mentions import Speaker, describe_speaker
from flows.attribution.referents import (
    _gender,
    can_be_antecedent,
    referent_number,
)
from flows.records import SpeakerType

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


DEFINITE = ("the ", "this ", "that ")  # a description of someone already named
INDEFINITE = ("a ", "an ")  # a description of someone (or some text) not named before


def _resolve(
    sp: Speaker, history: Sequence[Speaker], lex: Lexicon, article: ArticleSpeakers
) -> Speaker:
    if not sp.mention or sp.mention.lower() in lex.speaker_class("unresolved"):
        return sp
    if sp.pronoun:
        allowed = ANTECEDENTS[sp.type]
        hit = find_last(  # a place alone ("China") is the topic far more often than "it"
            history,
            lambda h: (h.type, article.number(h)) in allowed and agrees(sp.gender, article, h)
            and not is_place(h.name, lex),
        )
    elif sp.name is not None:
        if len(sp.name.split()) > 1:  # a full name stands for itself ("Azmat Begg")
            return particle_surname(sp, history) or two_word_company(sp, lex, article) or sp
        last, own = sp.name, _Lazy(lambda: _gender(sp, lex))
        hit = find_last(
            history,
            lambda h: (
                h.name is not None
                and h.name.split()[-1] == last
                and no_post_modifier(h.name)  # not "aide to Ann Lee"
                and agrees(own.value, article, h)
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
            return _renamed(sp, hit.name, hit.type, sp.role or hit.role,
                            sp.organization or hit.organization)
        # the name opens the mention: not "Mr Lee"; "Cruz himself" is Cruz alone
        alone = strip_determiner(sp.mention).split()[:1] == [last]
        if hit is None and alone and not place:  # "Unocal" after "Unocal Corp", short for it
            hit = find_last(
                history,
                lambda h: (
                    h.type == "organization"
                    and h.name is not None
                    and len(h.name.split()) > 1
                    and h.name.split()[0] == last
                    and short_for(h.name.split(), lex)
                ),
            )
            if hit is not None:
                return replace(sp, name=hit.name, type=hit.type, organization=hit.organization)
            hit = find_last(history, lambda h: surname_first(h, last, lex))  # "Xi Jinping": Xi
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
                hit = find_last(history, lambda h: company_holding(h, last))
                if hit is not None:  # "Hyundai" after "South Korea's Hyundai Motor"
                    return replace(sp, name=hit.name, type=hit.type,
                                   organization=hit.organization)
                return replace(sp, type="organization")  # "Yukos" after "oil firm Yukos"
        elif hit is None and not place and honorific_surname(sp, lex):
            full = article.full_name(last)  # "Mr Blair" after "Prime Minister Tony Blair"
            if full is not None and given_gender(full, lex) in (None, own.value):
                return replace(sp, name=full)
        return sp
    else:
        text = is_text(sp.mention, lex)  # "the ministry" is not "figures from the ministry"
        head, tail = description_head(sp.mention)
        if text and sp.mention.lower().startswith(INDEFINITE):
            return new_text(sp, tail, history, lex)
        own = _Lazy(lambda: _gender(sp, lex))
        # "the spokesperson" names the one introduced before ("Ann Lee, a spokesperson"),
        # though "a spokesperson" alone is an anonymous source
        types = ({sp.type, "person"} if sp.type == "anonymous"
                 and sp.mention.lower().startswith(DEFINITE) else {sp.type})
        hit = find_last(
            history,
            lambda h: (
                h.type in types
                and (text or not is_text(h.mention, lex))
                and (
                    head in (h.role or "").lower().split()
                    or in_head(head, h.mention, lex)
                )
                and (tail is None or tail in words_of(h))
                and agrees(own.value, article, h)
            ),
        )
        if hit is None and bare_org_noun(sp, lex):  # "the company": the last named one
            hit = find_last(
                history,
                lambda h: h.type == "organization" and _is_name((h.name or "").split()),
            )
        if hit is None:
            return _renamed(sp, strip_determiner(sp.mention), sp.type, sp.role,
                            sp.organization)
    if hit is None:
        return sp
    return _renamed(sp, hit.name, hit.type, hit.role, hit.organization)


def _renamed(sp: Speaker, name: str | None, type_: SpeakerType, role: str | None,
             organization: str | None) -> Speaker:
    """``replace(sp, name=..., type=..., role=..., organization=...)``, built directly:
    dataclasses.replace is plain Python, a few microseconds a call even when compiled, and
    these are the resolutions nearly every statement takes (71k calls on the 1x corpus)."""
    return Speaker(sp.mention, name, type_, role, organization, sp.pronoun, sp.gender)


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
    article = ArticleSpeakers(text, lex)
    for i, sp in enumerate(speakers):
        resolved = _resolve(sp, history, lex, article)
        if sp.pronoun and resolved.name is not None and text and starts and contents and (
                sp.mention.lower() in SUBJECT_PRONOUNS
                and _named_in_content(text, starts[i], contents[i], resolved.name)):
            others = [h for h in history if h.name != resolved.name]
            resolved = _resolve(sp, others, lex, article)
        resolved = organization_in_role(resolved, article, lex)
        if sp.pronoun and sp.gender and resolved.name is None and text and starts:
            named = named_before(text, starts[i], sp.gender, lex)
            resolved = resolved if named is None else replace(resolved, name=named)
        out.append(resolved)
        if resolved.name is not None:
            article.add(resolved, sp if sp.pronoun else None)
            history.append(resolved)
    return out
