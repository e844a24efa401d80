"""The subject of a clause whose verb comes before a cue's subject window: 'Ann Lee
released a video that said C' (the verb's subject speaks: ``before_object_verb``), a verb
of owning ('Ann Lee, who owns a firm that said': ``before_owning_verb``) and a purpose
infinitive ('Ann Lee took to Twitter to say': ``before_purpose_verb``)."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS
from flows.attribution.subjects import DETERMINERS, MAX_NAME_WORDS, RE_TOKEN, RELATIVE_CUT, Ctx

__all__ = [
    "OBJECT_RELATIVE",
    "SETTING_OBJECTS",
    "before_object_verb",
    "before_owning_verb",
    "before_purpose_verb",
]

RE_TO_BEFORE = re.compile(r"\sto\s+$")  # 'took to Twitter to' before the cue

# a relative word that, right after a verb's object and before the cue, makes the object's
# noun the cue's subject, and the verb's subject the speaker ('Ann released a video that said C')
OBJECT_RELATIVE = frozenset({"that", "which"})
SETTING_OBJECTS = ARTICLES | POSSESSIVE_DETERMINERS  # a verb's object: 'picked the'
MIN_OBJECT_CLAUSE_WORDS = 4  # 'Ann Lee launched a' before a cue noun


def before_object_verb(c: Ctx, head: tuple[int, int]) -> tuple[int, int]:
    """A subject window that holds a lower-case past verb (class past, or '-ed') right
    (or a particle after it: 'held up a') before a determiner and more words of its object,
    read before a cue noun or a relative 'that' ('Air China picked the London Stock Exchange
    for its secondary listing', 'Trump launched a pre-emptive attack against', 'The crowd
    held up a sign that read C'): the verb's subject, the words before it (and its
    adverbs), speaks; ``head`` when there is no such verb, when the verb is a cue (its own
    frame: 'He said the figures, released on Friday, showed C'), when 'that' or 'who'
    comes before it ('the firm that made the car said') or the words before name no one."""
    if c.text.count(" ", *head) < MIN_OBJECT_CLAUSE_WORDS - 1:
        return head  # (a subject of a few words holds no verb and object: nearly every one)
    words = list(RE_TOKEN.finditer(c.text, *head))
    for j in range(1, len(words) - 2):
        if words[j + 1].group().lower() not in SETTING_OBJECTS and not _bare_object(words, j):
            continue  # (no determiner after the word: nearly every word)
        particle = j > 1 and words[j].group() in c.lex.frame_class("particle")
        i = j - 1 if particle else j  # 'held up a sign': the verb before its particle
        verb = words[i].group()
        if not (verb.isalpha() and verb.islower() and c.lex.past_form(verb)):
            continue
        if verb in c.lex.cue_lemma:
            return head  # 'He said the figures, released on Friday, showed C': a frame's
        if any(w.group().lower() in ("that", "who", "which") for w in words[:i]):
            return head
        after = _subject_after_and(c, words[j + 2 :])
        if after is not None:
            return after  # 'The mayor visited the dam and analysts said C'
        k = i
        while k > 1 and (words[k - 1].group().endswith("ly") or words[k - 1].group() in (
            c.lex.union("aux", "verbish", "verb_adverb"))):
            k -= 1  # 'jokingly offered', 'has launched', 'even gave'
        subject = fr._strip_span(c.text, head[0], words[k - 1].end())
        relative = words[-1].group() in OBJECT_RELATIVE  # 'released a video that said C'
        if relative:  # the object's own clause: any noun phrase before the verb speaks
            subject = subject[0], fr._without_time_after(c.text, *subject, c.lex)
        return subject if fr._speakerlike(c.text, *subject, c.lex, loose=relative) else head
    return head


def _bare_object(words: list[re.Match[str]], j: int) -> bool:
    """A bare lower-case object right after the word at ``j`` and before a relative that
    ends the window ('Protesters carried signs that read C'), as a determiner would open one
    ('carried a sign that')."""
    obj = words[j + 1].group()
    return (j + 3 == len(words) and words[-1].group() in OBJECT_RELATIVE
            and obj.isalpha() and obj.islower())


def _subject_after_and(c: Ctx, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The words after the last 'and' or 'but' of a verb's object, when they name a speaker
    and hold no verb: the subject of a clause of its own, which the cue is the verb of ('The
    mayor visited the dam and analysts said C'); None for none ('visited the dam and issued
    a statement', 'met the mayor and the', 'made a film and ad campaign that': the object's
    relative clause)."""
    cut = next((j for j in range(len(words) - 1, -1, -1)
                if words[j].group() in ("and", "but")), None)
    if cut is None or not 0 < len(words) - cut - 1 <= MAX_NAME_WORDS:
        return None  # (no 'and' in the object: nearly every window)
    rest = words[cut + 1 :]
    verbs = c.lex.union("aux", "verbish", "verb_adverb")
    if any(w.group().islower() and (w.group() in verbs or c.lex.past_form(w.group())
                                    or w.group() in RELATIVE_CUT or w.group() == "that")
           for w in rest) or rest[-1].group().lower() in DETERMINERS:
        return None
    span = fr._strip_span(c.text, rest[0].start(), rest[-1].end())
    return span if fr._speakerlike(c.text, *span, c.lex) else None


def before_owning_verb(c: Ctx, head: tuple[int, int]) -> tuple[int, int]:
    """A subject window that ends with a verb (an '-s' or past form, a particle after it)
    and a possessive determiner right before a cue noun ('Ann Lee continues her criticism
    of', 'Tom Hall stepped up his attacks on'): the determiner stands for the verb's subject,
    who speaks; the words before the verb (and its auxiliaries and adverbs). Else ``head``
    ('Ann Lee and her', 'the mayor of her')."""
    cut = c.text.rfind(" ", head[0], head[1])
    if cut < 0 or c.text[cut + 1 : head[1]].lower() not in POSSESSIVE_DETERMINERS:
        return head  # (no possessive ends the window: nearly every subject)
    words = list(RE_TOKEN.finditer(c.text, head[0], cut))
    k = len(words) - 1
    if k > 0 and words[k].group() in c.lex.frame_class("particle"):
        k -= 1  # 'stepped up'
    verb = words[k].group() if k > 0 else ""
    if not verb.isalpha() or not verb.islower() or not (
        verb in c.lex.union("past", "participle")
        or c.lex.past_form(verb)
        or verb.endswith("s") and not verb.endswith("ss")
    ):
        return head
    adverbs = c.lex.union("aux", "verbish")
    while k > 0 and (words[k - 1].group() in adverbs or words[k - 1].group().endswith("ly")):
        k -= 1  # 'has long voiced', 'repeatedly renews'
    subject = fr._strip_span(c.text, head[0], words[k - 1].end()) if k > 0 else head
    return subject if fr._speakerlike(c.text, *subject, c.lex) else head


def before_purpose_verb(c: Ctx, head: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """The subject of an infinitive cue of purpose is the words before the main verb the
    subject window took in ('Ann Lee took to Twitter to say C': 'Ann Lee'; 'Tom Hall used
    the speech to argue C'): a past form after the first word; else ``head``."""
    infinitive = c.text[cue_start : cue_start + 3].lower() == "to "  # the cue 'to endorse'
    if not (infinitive or RE_TO_BEFORE.search(c.text, head[1], cue_start)):
        return head
    tokens = list(RE_TOKEN.finditer(c.text, head[0], head[1]))
    for prev, tok in zip(tokens, tokens[1:], strict=False):
        word = tok.group().lower()
        if word in c.lex.frame_class("past") or word.isalpha() and c.lex.past_form(word):
            if word in c.lex.frame_class("object_control"):
                return head  # 'prompted Ann Lee to say': the object says it
            cut = fr._clean_subject(c.text, head[0], prev.end(), c.lex)
            return cut if cut[1] > cut[0] else head
    return head
