"""A fronted phrase before a sentence's subject, which names no speaker: an '-ing' or
'-ed' participle that opens a clause ('Facing a backlash, X said': ``participle_lead``,
``fronted_verbal``), a state after a city ('In Ames, Iowa, X said': ``state_after_city``)
and an adverbial comma part ('Throughout the debate,': ``adverbial_segment``)."""

from __future__ import annotations

from flows.attribution import frames as fr
from flows.attribution.subjects import DETERMINERS, MAX_NAME_WORDS, PERSONAL, Ctx

__all__ = [
    "TIME_ENDS",
    "adverbial_segment",
    "fronted_verbal",
    "participle_lead",
    "state_after_city",
]

MIN_PARTICIPLE = 4  # letters of an '-ing' participle ('Facing'; not 'King', 'Ming')
TIME_ENDS = frozenset({"later", "ago", "earlier", "before", "after"})  # 'The day before,'


def adverbial_segment(c: Ctx, span: tuple[int, int]) -> bool:
    """A comma segment before the subject that is an adverbial: it opens with an opener
    ("In the end", "However"; a connector only when nothing but openers follow it: "But
    Williams" is a subject), or it is one adverb ("First", "Separately") or ends with a time
    word ("Two days later", "Last week")."""
    words = fr._words(c.text[span[0] : span[1]])
    if not words:
        return False
    openers, connectors = c.lex.frame_class("opener"), c.lex.frame_class("connector")
    if words[0] in openers:
        rest = [w for w in words if w not in connectors]
        return words[0] not in connectors or not rest or rest[0] in openers
    time = c.lex.union("time", "time_lead", plus=TIME_ENDS)
    if len(words) == 1:
        not_speaker = c.lex.union("not_speaker", "time", "time_lead", plus=TIME_ENDS)
        return words[0] in not_speaker or words[0].endswith("ly")
    return words[-1] in time and len(words) <= MAX_NAME_WORDS


def state_after_city(c: Ctx, before: tuple[int, int], part: tuple[int, int]) -> bool:
    """The comma part only names a state or a country (classes place and
    state_abbreviation) and the part before it ends in a capitalised word, the city: the
    place goes on with the phrase before it ("in Ames, Iowa,", "in Riverton, N.H.,")."""
    words = c.text[part[0] : part[1]].split()
    last = c.text[before[0] : before[1]].rsplit(None, 1)[-1:]
    if not 0 < len(words) <= MAX_NAME_WORDS or not last or not last[0][:1].isupper():
        return False
    name = " ".join(words).lower()
    return name in c.lex.speaker_class("state_abbreviation") or (
        name in c.lex.speaker_class("place")
    )


def participle_lead(c: Ctx, words: list[str]) -> bool:
    """The first two words of a comma part are a capitalised '-ing' participle and its
    object, a preposition or a particle (class participle_object: "Facing a backlash",
    "Walking to the next house"): a fronted clause, not the subject ("Leading economists")."""
    return (
        len(words) > 1
        and words[0].endswith("ing")
        and words[0][:1].isupper()
        and words[1] in c.lex.frame_class("participle_object")
    )


def fronted_verbal(c: Ctx, part: str, after: str) -> bool:
    """A comma part ``part`` opens with a capitalised '-ing' or '-ed' word before a
    lower-case one ("Facing mounting criticism", "Rallying hundreds of workers", "Reached by
    phone"), or is one '-ly' adverb that is no first name ("Publicly"; not 'Kelly'), or a
    time of up to five words ending in a time word ("Just a few months ago"), and the part
    ``after`` it opens with a subject (a capitalised word, a determiner or a personal
    pronoun): a fronted phrase, not the subject; not "Leading economists, including X,",
    nor an adjective before a role and a name ("Embattled mayor Tom Hall ...")."""
    head = part.lstrip()
    if not head[:1].isupper():
        return False  # (a lower-case part: no fronted phrase)
    first = head.split(None, 1)[0]
    if not first.endswith(("ing", "ed", "ly")) and head.rsplit(None, 1)[-1] not in TIME_ENDS:
        return False  # (no such word: nearly every comma part)
    opening = after.split(None, 1)[:1]
    if not opening or not (
        opening[0][:1].isupper() or opening[0] in DETERMINERS or opening[0] in PERSONAL
    ):
        return False
    words, low = head.split(), first.lower()
    if len(words) == 1:
        return low.endswith("ly") and low not in c.lex.union(
            speaker=("first_male", "first_female")
        )
    if words[-1].lower() in TIME_ENDS and len(words) <= MAX_NAME_WORDS + 1:
        return True  # "Just a few months ago"
    if len(words) > 2 and words[2][:1].isupper() and words[1] in c.lex.union(
        speaker=("title", "person_noun")
    ):
        return False  # "Celebrated singer Ann Lee ...": a role before a name, the subject
    return words[1][:1].islower() and (
        low.endswith("ing") and len(low) > MIN_PARTICIPLE or c.lex.past_form(low)
    )
