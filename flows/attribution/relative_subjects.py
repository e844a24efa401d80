"""A relative clause between a subject and its cue: whose noun phrase speaks ('the
minister who visited the dam said': ``restrictive_relative``, ``relative_after_clause``,
``relative_that``), and the noun phrase that ends a span (``trailing_np``)."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.subjects import (
    DEMONSTRATIVES,
    DETERMINERS,
    NAME_JOINERS,
    RE_TOKEN,
    RELATIVE,
    Ctx,
    narrow_subject,
)

__all__ = ["relative_after_clause", "relative_that", "restrictive_relative", "trailing_np"]

RE_CONTRACTION = re.compile(r"['\u2019](?:ve|d|ll)$")  # "who've", "who'd"; not "who's said to"


def restrictive_relative(
    c: Ctx, span: tuple[int, int]
) -> tuple[tuple[int, int], None, str] | None:
    """A subject window that ends with a relative pronoun right after its noun, no comma
    between ("voters who say", "the leaders who have backed"): the pronoun is the subject
    and the noun phrase before it its antecedent."""
    tail = c.text[span[0] : span[1]].rsplit(None, 1)  # (the last word, read first)
    pronoun = RE_CONTRACTION.sub("", tail[-1]) if tail else ""  # "who've": "who"
    if len(tail) < 2 or pronoun not in RELATIVE:  # not a title's "Who"
        return None
    tokens = list(RE_TOKEN.finditer(c.text, *span))
    head = trailing_np(c, (span[0], tokens[-2].end()))
    if head is None:
        return None
    return (tokens[-1].start(), tokens[-1].start() + len(pronoun)), None, c.text[head[0] : head[1]]


def relative_after_clause(
    c: Ctx, last: tuple[int, int]
) -> tuple[tuple[int, int], None, str] | None:
    """ "The mayor met voters who said C", where the words before the cue read as a subject:
    the speaker is the relative pronoun that ends them, standing for the noun phrase before
    it ("voters"), as after a comma ("Ann Lee, who said C"); None when no noun phrase comes
    before it. (``restrictive_relative`` reads the same shape where they read as a clause.)"""
    tail = c.text[last[0] : last[1]].rsplit(None, 1)  # (the last word, read first)
    pronoun = RE_CONTRACTION.sub("", tail[-1]) if tail else ""  # "who'd": "who"
    if len(tail) < 2 or pronoun.lower() != "who":
        return None
    words = list(RE_TOKEN.finditer(c.text, *last))
    head = narrow_subject(c, (last[0], words[-1].start()))
    if head is None:
        return None
    verbs = c.lex.union("past", "participle")
    start = head[0]
    for t in RE_TOKEN.finditer(c.text, *head):  # "The mayor met voters who": "voters"
        word = t.group()
        if word[:1].islower() and (word in verbs or word.endswith("ed")):
            start = t.end()
    head = fr._strip_span(c.text, start, head[1])
    function_words = c.lex.union("not_speaker", plus=DEMONSTRATIVES)
    if all(w in function_words for w in fr._words(c.text[head[0] : head[1]])):
        return None  # "those who said": no noun to stand for
    return (words[-1].start(), words[-1].start() + len(pronoun)), None, c.text[head[0] : head[1]]


def relative_that(c: Ctx, last: tuple[int, int]) -> tuple[tuple[int, int], None, str] | None:
    """A subject window that ends with a relative 'that' right after its noun ("a group
    that", "Fans of a group that"): the speaker is the pronoun, standing for the noun
    phrase before it, as with 'who' (``relative_after_clause``). None when a past verb
    comes before that noun phrase ("Ann released a video that said C": Ann speaks) or no
    noun comes before 'that' ("you're that", "similar to that"). (The caller reads it only
    right before the cue: not 'that' of "at the base that night said".)"""
    that = last[1] - len("that")
    head = trailing_np(c, (last[0], that))
    if head is None:
        return None
    verbs = c.lex.union("past", "participle")
    for t in RE_TOKEN.finditer(c.text, last[0], that):
        word = t.group()
        if word[:1].islower() and (word in verbs or word.endswith("ed")):
            return None
    function_words = c.lex.union("not_speaker", plus=DEMONSTRATIVES)
    if all(w in function_words for w in fr._words(c.text[head[0] : head[1]])):
        return None  # "those that said": no noun to stand for
    return (that, last[1]), None, c.text[head[0] : head[1]]


def trailing_np(c: Ctx, span: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase that ends ``span``: the words back to a determiner (kept), or to a
    function word, verb, time word or comma (dropped); "of" and "and" inside a name are kept
    ("Bank of Tokyo"). None when ``span`` ends in such a word."""
    tokens = [(t.start(), t.end(), t.group()) for t in RE_TOKEN.finditer(c.text, *span)]
    stops = c.lex.union("verbish", "subordinator", "time", "time_lead", speaker=("not_role",))
    i = len(tokens)
    while i > 0:
        word = tokens[i - 1][2]
        bare = word.lower().strip(",.;:'’\"()")
        if bare in DETERMINERS:
            i -= 1
            break
        inside_name = 1 < i < len(tokens) and tokens[i][2][:1].isupper()
        if bare in NAME_JOINERS and inside_name and tokens[i - 2][2][:1].isupper():
            i -= 1
            continue
        if bare in stops or word.endswith((",", ";", ":")) and i < len(tokens):
            break
        if word[:1].islower() and i < len(tokens) and tokens[i][2][:1].isupper():
            break  # "met Ann Lee": a name does not take the word before it
        i -= 1
    if i == len(tokens):
        return None
    return fr._strip_span(c.text, tokens[i][0], tokens[-1][1])
