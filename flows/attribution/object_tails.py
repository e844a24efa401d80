"""Where an object after a cue ends before the speaker's second verb ('denied the charges
and was fined') or the writer's time clause ('refused to speak to reporters as she left'),
when the object cannot be a clause (``content_end`` reads the rest of the content)."""

from __future__ import annotations

import re

from flows.attribution.cue_settings import RE_CONTRACTED_VERB
from flows.attribution.lexicon import CueHit
from flows.attribution.object_end import (
    as_clause_words,
    comparative_as,
    plural,
    subject_then_verb,
)
from flows.attribution.passive import _after_be
from flows.attribution.subjects import Ctx

__all__ = [
    "CLAUSE_OPENERS",
    "RE_CLAUSE_WORD",
    "agent_end",
    "as_clause_end",
    "second_verb_start",
    "setting_tail_start",
    "time_tail_start",
]

RE_SECOND_VERB = re.compile(  # "and <verb>", "and has repeatedly <verb>" before an object
    r",?\s(?:and|but)\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had|was|were)\s+)?(?:[a-z]+ly\s+)?"
    r"([a-z]+(?:-[a-z]+)?)\s+(?=(?:the|a|an|his"
    r"|her|their|its|our|my|this|these|those|him|them|it|me|us|to|for|on|in|at|with|about"
    r"|against|that|as|up|out|down|off|back|[A-Z])\b)"
)
RE_AUX_VERB = re.compile(  # "and was acquitted", "and would not say": the auxiliary shows a verb
    r"\sand\s+(?:[a-z]+ly\s+)?(?:has|have|had|was|were|is|are|will|would|did|does|could)"
    r"(?:\s+not|n['’]t)?\s+(?:[a-z]+ly\s+)?(?!(?:of|the|a|an|and|or|to|for|in|on|at|with|by|from)\b)"
    r"[a-z]+\b"
)
# "but did not say D": a negated cue with no subject of its own after the content; what
# was not said is no part of what was (after a clause too: "said C but would not say D")
RE_NEGATED_CUE = re.compile(
    r",?\s(?:and|but)\s+(?:did|does|would|will)(?:\s+not|n['\u2019]t)\s+"
    r"(?:[a-z]+ly\s+)?([a-z]+)\b"
)
RE_BARE_VERB = re.compile(r"\sand\s+(?:[a-z]+ly\s+)?([a-z]+)\s+\S")  # "and went back"
RE_AGENT = re.compile(r"\sby\s+(?!(?:[a-z]+ly\s+)?[a-z]+ing\b)(?=\w)")  # not 'by selling'
MAX_PREDICATE_WORDS = 12  # words between a passive cue and its agent: 'the winner in ...'
RE_AS = re.compile(r"(?<!,)\sas\s")  # not ", as it happens,": an aside
MAX_BARE_OBJECT = 2  # words of an object that opens with a bare noun ('fraud', 'jail time')
RE_CLAUSE_WORD = re.compile(r"[\w'’]+")
CLAUSE_OPENERS = frozenset(["that", "who", "which", "whose", "whom"])
RE_SETTING_LEAD = re.compile(r"\s(?:in|on|at|during|via)\s")  # 'in a tweet', 'on Twitter'
SETTING_CHARS = 70  # characters at the end of an object searched for such a phrase
MAX_SETTING_WORDS = 6  # words of the phrase: 'on its Facebook page', 'in an email Saturday'
SETTING_HEAD_WORDS = 3  # words after the preposition searched for its medium or occasion
QUOTE_MARKS = "\"\u201c\u201d"
RE_PHRASE_STOP = re.compile(r"[,;:()\u2013\u2014]| -+ ")  # where such a phrase ends at the latest
MAX_OBJECT_CHARS = 150  # characters of an object and such a phrase, up to that punctuation
MAX_TIME_WORDS = 4  # words of a time at an object's end: 'on Thursday night', 'earlier this week'
MAX_CUE_CHARS = 30  # read before an object for its cue word
TIME_PREPOSITIONS = frozenset(["on", "in"])  # 'on Thursday', 'in June', beside classes time*


def second_verb_start(c: Ctx, start: int, end: int) -> int:
    """Where "and <past verb>" follows an object with no verb of its own: the past verb is
    the speaker's second ("criticized the plan and called for C"); after a clause it is the
    clause's ("said prices rose and fell"); before a negated cue after a clause too ("said
    C but did not say D")."""
    span = c.text[start:end]
    if " and " not in span and " but " not in span:
        return end
    unsaid = next((n for n in RE_NEGATED_CUE.finditer(c.text, start, end)
                   if n.group(1) in c.lex.cue_lemma and c.quotes.covering(n.start()) is None), None)
    if unsaid is not None and unsaid.start() > start:
        end = unsaid.start()
    m = _second_verb(c, start, end)
    if m is None or m.start() == start or c.quotes.covering(m.start()) is not None:
        return end
    if _holds_finite(c, start, m.start()):
        return end  # the object is a clause: the verb after "and" is its own
    return m.start()


def _holds_finite(c: Ctx, start: int, end: int) -> bool:
    """The words in ``[start, end)`` hold a verb (classes verbish, past, an -ed word) or a
    clause opener: they are a clause, not an object."""
    finite = c.lex.union("verbish", "past", plus=CLAUSE_OPENERS)
    return any(
        low in finite or low.endswith("ed") and len(low) > 4
        for low in (w.lower() for w in RE_CLAUSE_WORD.findall(c.text, start, end))
    )


def _second_verb(c: Ctx, start: int, end: int) -> re.Match[str] | None:
    """The first "and <past verb>" in ``[start, end)``: an -ed verb before an object
    (RE_SECOND_VERB: 'and jailed its leaders'); after an object that cannot be a clause
    (``_plain_object``) also an irregular past ('and went back') or a verb after an
    auxiliary ('and was acquitted', 'and would not say')."""
    past = c.lex.frame_class("past")
    found = [
        m
        for m in (RE_SECOND_VERB.search(c.text, start, end),)
        if m is not None and (m.group(1).endswith("ed") or m.group(1) in past)
    ]
    more = [m for m in (RE_AUX_VERB.search(c.text, start, end),) if m is not None]
    more += [m for m in RE_BARE_VERB.finditer(c.text, start, end) if m.group(1) in past][:1]
    found += [m for m in more if _plain_object(c, start, m.start())]
    return min(found, key=lambda m: m.start(), default=None)


def _plain_object(c: Ctx, start: int, end: int) -> bool:
    """The words in ``[start, end)`` cannot be a clause: no subject pronoun first ('he fears
    ...'), no lower-case word ending in -s after a noun ('Ann Lee remains ...', 'the bank
    holds ...'; not 'the charges', 'Lee's remarks', 'to reporters') and no plural noun
    followed by a word that is no link of a noun phrase (class np_link: 'the rates rise
    ...'; not 'the charges against him'), where a present verb would stand."""
    words = RE_CLAUSE_WORD.findall(c.text, start, end)
    pronoun = RE_CONTRACTED_VERB.sub("", words[0].lower()) if words else ""
    if not words or pronoun in c.lex.frame_class("subject_pronoun"):
        return False  # 'he fears ...', 'he's ready ...'
    determiners = c.lex.frame_class("noun_determiner")
    links = c.lex.frame_class("np_link")
    first = words[0]
    leads = c.lex.union("noun_determiner", "np_link", "object_case")
    if (
        len(words) > MAX_BARE_OBJECT
        and first.islower()
        and not (first in leads or first.endswith("ing"))
    ):
        return False  # 'prices rose in May': a bare noun may open a clause
    for before, word in zip(words, words[1:], strict=False):
        if not word.islower() or word in links or word.endswith(("ing", "ly")):
            continue
        low = before.lower()
        if plural(low) and not word.isdigit():
            return False  # 'the rates rise'
        if plural(word) and not (low in determiners or low in links or low.endswith(("'s", "’s"))):
            return False  # 'the bank holds'
    return True


def as_clause_end(c: Ctx, start: int, end: int) -> int:
    """An object that cannot be a clause, then 'as' and a clause ('refused to speak to
    reporters as she left', 'condemned the launch as Riverton fired three missiles'): the
    time clause is the writer's, what was said ends before 'as' (not 'described it as a
    fraud': no verb after the subject)."""
    t = RE_AS.search(c.text, start, end)
    if t is None or c.quotes.covering(t.start()) is not None:
        return end
    if _holds_finite(c, start, t.start()) or not _plain_object(c, start, t.start()):
        return end
    if comparative_as(c, t.end()):
        return end  # 'just as Ann Lee did', 'as fast as the plan allowed': a comparison
    return t.start() if subject_then_verb(c, as_clause_words(c.text, t.end(), end)) else end


def agent_end(c: Ctx, m: CueHit, start: int, end: int) -> int:
    """After a passive cue ('X was declared player of the year by the club', 'is considered
    unclean by many', 'was called a charlatan by doctors'), what was said ends before 'by'
    and its agent, when the words before it are a short complement that cannot be a clause
    (no verb, no comma) and holds no preposition but 'of' or a leading 'as' ('was
    sentenced to two years by', 'through an offering by', 'after a book by': the 'by'
    may belong to a noun), and 'by' names no time, number or relative ('by next October',
    'by 4 pct', 'the day by which')."""
    if not _after_be(c, m.start()):
        return end
    t = RE_AGENT.search(c.text, start, end)
    if t is None or c.quotes.covering(t.start()) is not None or "," in c.text[start : t.start()]:
        return end
    words = [w.lower() for w in RE_CLAUSE_WORD.findall(c.text, start, t.start())]
    if not 0 < len(words) <= MAX_PREDICATE_WORDS or _holds_finite(c, start, t.start()):
        return end
    links = c.lex.frame_class("np_link")
    if any(w in links and w != "of" and not (i == 0 and w == "as") for i, w in enumerate(words)):
        return end
    agent = RE_CLAUSE_WORD.findall(c.text, t.end(), end)[:1]
    stops = c.lex.union("time", "time_lead", "weekday", plus=CLAUSE_OPENERS)
    if not agent or agent[0].lower() in stops or agent[0][:1].isdigit():
        return end
    return t.start()


def setting_tail_start(c: Ctx, start: int, end: int) -> int:
    """An object that ends in a short phrase naming the medium or the occasion of the
    speech (frame_words classes setting_noun, medium_noun: 'claimed victory in a tweet',
    'touted his endorsement on its Facebook page', 'mocked Ann Lee on Twitter'): what was
    said ends before the phrase, which runs to the content's end or its first punctuation
    mark ('claimed victory in a tweet, saying ...'); not after a verb, an infinitive or an
    -ing form, whose own adjunct it may be ('said he was mocked on Twitter', 'urged them to
    join him at a rally'), nor in a quotation or before a possessive ('the lack of a crowd
    at Lee's event')."""
    reach = min(end, start + MAX_OBJECT_CHARS)
    stop = RE_PHRASE_STOP.search(c.text, start, reach)
    close = stop.start() if stop is not None else end  # 'claimed victory in a tweet, saying'
    if close > reach:
        return end  # no object runs so long without a verb
    t = RE_SETTING_LEAD.search(c.text, max(start, close - SETTING_CHARS), close)
    while t is not None:
        words = RE_CLAUSE_WORD.findall(c.text, t.end(), close)
        if len(words) <= MAX_SETTING_WORDS and t.start() > start and _setting_phrase(c, words):
            return t.start() if _bare_object(c, start, t.start()) else end
        t = RE_SETTING_LEAD.search(c.text, t.end() - 1, close)
    return end


def time_tail_start(c: Ctx, start: int, end: int) -> int:
    """An object with no verb that ends in a past time ('endorsed Ann Lee last week',
    'announced his support for the governor on Thursday night'): the time is the frame's
    adjunct, so what was said ends before it. The time is words of classes time and
    time_tail (and 'on', 'in', a capitalised month) holding a word of class past_time, or a
    month after a past cue ('endorsed Ann Lee in early June'), and none of future_time
    ('praised a vote next Monday' keeps it); not after a verb, an infinitive, an -ing form or a
    quotation ('said the board met on Monday'), whose own time it may be, nor after a
    preposition ('described as sound by Friday') or a day's number ('on 16 January')."""
    close = start + len(c.text[start:end].rstrip(" .,;"))
    first = max(c.text.rfind(" ", start, close) + 1, start)
    last = c.text[first:close].lower()
    if last not in c.lex.frame_class("time") and last not in c.lex.frame_class("month"):
        return end  # (the cheap test first: nearly every content ends in another word)
    timely = c.lex.union("time", "time_tail", "month", plus=TIME_PREPOSITIONS)
    months = c.lex.frame_class("month")
    words: list[str] = []
    while len(words) < MAX_TIME_WORDS:
        word = c.text[first:close]
        if not word or word.lower() not in timely or word.lower() in months and word.islower():
            break  # (a month has a capital: not 'the plan may')
        words.append(word)
        close = len(c.text[start:first].rstrip()) + start
        first = _word_start(c.text, start, close)
    tail = {w.lower() for w in words}
    lead = RE_CLAUSE_WORD.search(c.text, start, close)
    if (
        lead is None
        or tail.isdisjoint(c.lex.frame_class("past_time"))
        and (tail.isdisjoint(months) or not _past_cue(c, start))
        or not tail.isdisjoint(c.lex.frame_class("future_time"))
        or lead.group().lower() in c.lex.frame_class("adjunct_lead")  # 'said at a summit Monday'
        or words[-1][:1].isupper() and c.text[first:close][:1].isupper()  # 'Super Tuesday'
        or c.text[first:close] in c.lex.union("dangling_preposition", "adjunct_lead")  # 'by Friday'
        or c.text[close - 1 : close].isdigit()  # 'steps down on 16 January': a date
        or not _bare_object(c, start, close)
    ):
        return end
    return close


def _past_cue(c: Ctx, start: int) -> bool:
    """The word right before the content at ``start`` (the cue) is a past form: a month
    after its object is then a past time too ('endorsed Ann Lee in early June')."""
    reach = max(0, start - MAX_CUE_CHARS)
    end = reach + len(c.text[reach:start].rstrip())
    word = c.text[_word_start(c.text, reach, end) : end]
    return c.lex.past_form(word.lower())


def _word_start(text: str, start: int, end: int) -> int:
    """Where the word of letters that ends at ``end`` starts (not before ``start``)."""
    pos = end
    while pos > start and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _setting_phrase(c: Ctx, words: list[str]) -> bool:
    """The words after a preposition name a medium or an occasion: a head word among the
    first SETTING_HEAD_WORDS, with no possessive before it, ending the phrase or followed by
    a time or skip word ('in a tweet', 'in an email Saturday to ...'; not 'in ads sold'),
    and no verb among them ('said the report on Twitter last week was wrong')."""
    heads = c.lex.union("setting_noun", "medium_noun")
    found = [i for i, w in enumerate(words[:SETTING_HEAD_WORDS]) if w.lower() in heads]
    if not found or any(w.endswith(("'s", "’s")) for w in words[: found[-1]]):
        return False
    after = words[found[-1] + 1 : found[-1] + 2]
    if after and after[0].lower() not in c.lex.union("skip", "time"):
        return False
    finite = c.lex.union("verbish", "aux", "past", minus=c.lex.union("skip", "time"))
    return not any(w.lower() in finite for w in words)


def _bare_object(c: Ctx, start: int, end: int) -> bool:
    """``[start, end)`` is an object with no verb, clause opener, infinitive, -ing form or
    quotation mark."""
    if any(q in c.text[start:end] for q in QUOTE_MARKS) or _holds_finite(c, start, end):
        return False
    not_participle = c.lex.frame_class("ing_not_participle")
    return not any(
        low == "to" or low.endswith("ing") and low not in not_participle
        for low in (w.lower() for w in RE_CLAUSE_WORD.findall(c.text, start, end))
    )
