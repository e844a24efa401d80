"""Where a short object after a cue ends: at its noun-phrase boundary (punctuation, a clause
word, a date, a frame adverbial), past what belongs to the phrase (a number's comma or
point, a hyphenated compound, a name's label or apposition, a restrictive relative clause).

``content_end.complement`` calls ``np_end`` for a cue learned with the shape "np".
"""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.noun_cues import POSSESSIVE
from flows.attribution.subjects import Ctx
from flows.segment import NEVER_FINAL

__all__ = [
    "QUOTE_OPENING",
    "RE_ALNUM",
    "RE_NP_WORD",
    "as_clause_words",
    "comparative_as",
    "np_end",
    "plural",
    "subject_then_verb",
]

RE_ALNUM = re.compile(r"\w")
PLURAL_NOT_VERB = ("ss", "us", "is", "'s", "’s")  # "-s" endings of no present verb
MAX_AS_SUBJECT = 5  # words read after 'as' for a subject and its verb
RE_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]|\s-+\s")
INDEFINITE = frozenset(["a", "an", "no", "any", "every", "each"])
AS_LOOK_BACK = 40  # characters before 'as' read for a comparison
MAX_SUBJECT_NOUNS = 3  # words of such a subject: "the city council"
CUE_CLAUSE_CHARS = 60  # read after an 'and' in an object for a subject and its cue
CLAUSE_JOINERS = frozenset(["and", "but"])
RE_LAST_WORD = re.compile(r"\b[A-Za-z]+$")
RE_ABBREVIATION_END = re.compile(rf"\b(?:{'|'.join(fr.NAME_ABBREVIATIONS)}|[A-Z])$")
RE_NAME_LABEL = re.compile(r"\([A-Z][\w.]*(?:-[A-Z][\w.]*)?\)")  # "(R)", "(D-Ore.)", "(EU)"
RE_COMMA_LABEL = re.compile(r",\s+[A-Z]-[A-Z][\w.]*(?=[,;:!?]|\s*$)")  # "Ted Cruz, R-Texas,"
RE_APPOSITIVE_NAME = re.compile(  # ", Xi Jinping," / ", Viktor A. Yushchenko" (then , or end)
    r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*(?=[,;:!?]|\.?\s*$)"
)
PERSON_NOUNS = ("title", "person_noun", "female", "male")  # speaker classes: 'the mayor, X'
APPOSITIVE_CHARS = 60  # after a name in apposition: where a cue would make it a speaker
RE_NAME_END = re.compile(r"\b[A-Z][\w.'’-]*\s*$")  # the capitalised word before it
RE_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # "1,400 jobs", "$75,000"
RELATIVE_WORDS = frozenset(["who", "which", "whom", "whose"])
RELATIVE_CHARS = 60  # of a relative clause searched for a cue
RE_LAST_THAT = re.compile(r"that\W*$")  # 'that' as a pronoun, the object's last word
RE_HYPHENATED = re.compile(r"(?<=\w-)[a-z]+\b|[a-z]+-(?=\w)")  # a word inside "one-on-one"
RE_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")  # "57.5 percent", "$1.9 billion"
FRAME_PREPOSITIONS = frozenset(["in", "on", "at", "during"])
NP_READ_ON = FRAME_PREPOSITIONS | {"as", "that"}  # lower-case words _np_stop tests further
ADVERBIAL_WORDS = 3  # words after the preposition searched for a time or occasion word
ADVERBIAL_CHARS = 40
PLACE_PREPOSITIONS = FRAME_PREPOSITIONS - {"during"}  # also of a place; 'during' only of a time
RE_PHRASE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-+\s")  # ends a prepositional phrase
AS_CLAUSE_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there", "well"])
QUOTE_OPENING = "\"\u201c\u2018'`"
RE_NP_WORD = re.compile(r"[\w'’-]+")
RE_SERIES_TO_END = re.compile(  # ', B, C and D.' / ', B or even C' up to the sentence's end
    r"(?:,\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)+,?\s+(?:and|or)\s+(?:[\w’'-]+\s+){0,7}[\w’'-]+"
    r"(?=\s*(?:[.;!?]|$))"
)
SERIES_NOT_LEADS = frozenset(  # a first word after the comma that opens no item of a list
    ["with", "in", "on", "at", "for", "from", "by", "to", "as", "after", "before", "during",
     "while", "when", "where", "which", "who", "whose", "but", "and", "or", "though"]
)
RE_LIST_LEAD = re.compile(r"\s*(?:including|especially|particularly|notably|such as)\s")
RE_NP_STOP = re.compile(  # punctuation, a lower-case word, or a date: "Monday", "April 5"
    r"[,;:.!?()\u2014]|\b[a-z]+\b|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)"
)
DATE_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her"]
)
DATE_PREPOSITIONS = frozenset(["on", "in", "by", "since", "until", "before", "after", "through"])


def np_end(c: Ctx, start: int, end: int) -> int:
    """End of a short object: the first punctuation or clause word outside quote marks; after
    ", including" (or "especially", "such as") commas separate the items of a list."""
    stop = _np_stop(c, start, end)
    lead = RE_LIST_LEAD.match(c.text, stop + 1, end) if c.text[stop : stop + 1] == "," else None
    if lead is None:
        return stop
    listed = _np_stop(c, lead.end(), end, listing=True)
    return listed if RE_ALNUM.search(c.text, lead.end(), listed) else stop


def _np_stop(c: Ctx, start: int, end: int, *, listing: bool = False) -> int:
    stops = c.lex.frame_class("np_stop")
    skip = start  # the end of a part of a name: "Sen. Ann Lee (D-Ore.)"
    for t in RE_NP_STOP.finditer(c.text, start, end):
        word = t.group()
        if word in CLAUSE_JOINERS and t.start() > start and _cue_clause_after(c, t.end(), end):
            return t.start()  # 'asked for a photo and Ann Lee said, "C"': a clause of its own
        if (word.islower() and word not in stops and word not in NP_READ_ON
                and word not in RELATIVE_WORDS):
            continue  # a lower-case word none of the tests below stops at, quoted or not
        if t.start() < skip or _inside_np(c, start, t, end, listing=listing):
            continue
        skip = _name_part_end(c, start, t, end)
        if skip > t.start():
            continue
        if t.group()[0].isupper():  # a date: "endorsed Ann Lee Monday", not "the Oct. 11 vote"
            if t.start() > start and not _date_in_np(c, start, t.start(), t.end()):
                return _date_start(c, start, t.start())
            continue
        if t.group() in RELATIVE_WORDS:  # 'the loophole in which ...': before 'in'
            return _relative_start(c, start, t.start())
        if not t.group().isalpha() or t.group().lower() in stops:
            return t.start()
        if t.group() in FRAME_PREPOSITIONS and (
            t.group() not in PLACE_PREPOSITIONS or _frame_adverbial(c, t.end(), end)
        ):  # 'during' opens a time: "praised the crew during the storm"
            return t.start()  # "endorsed Ann Lee on Thursday", "praised her in a speech"
    return end


def _cue_clause_after(c: Ctx, pos: int, end: int) -> bool:
    """The words after an 'and' or a 'but' in an object open a clause whose verb is a cue: a subject
    (``subject_then_verb``) and then a cue word ('... and Tom Hall said C', '... and the
    mayor told reporters C'); not a second noun phrase ('the plan and the budget')."""
    words = RE_NP_WORD.findall(c.text, pos, min(end, pos + CUE_CLAUSE_CHARS))
    if not subject_then_verb(c, words[: MAX_SUBJECT_NOUNS + 2]):
        return False
    return any(w.lower() in c.lex.cue_lemma for w in words[1 : MAX_SUBJECT_NOUNS + 2])


def _name_part_end(c: Ctx, start: int, t: re.Match[str], end: int) -> int:
    """Where a part of a name that opens at the stop ``t`` ends, or -1: a label after a name
    ('Ann Lee (D-Ore.)', 'Ann Lee, D-Ore.,') or a name in apposition to a noun for a person
    (speaker classes title, person_noun, female, male), closed by a comma or the end ('the
    city's mayor, Ann Lee, on Monday'), unless a cue follows it ('the mayor, Ann Lee, said')."""
    if t.group() not in "(,":
        return -1
    after_name = RE_NAME_END.search(c.text, start, t.start()) is not None
    label = (RE_NAME_LABEL if t.group() == "(" else RE_COMMA_LABEL).match(c.text, t.start(), end)
    if label is not None:
        return label.end() if after_name else -1
    name = RE_APPOSITIVE_NAME.match(c.text, t.start(), end)
    noun = RE_LAST_WORD.search(c.text, start, fr._skip_back(c.text, t.start(), " "))
    people = c.lex.union(speaker=PERSON_NOUNS)
    if name is None or noun is None or noun.group().lower() not in people:
        return -1
    rest = RE_NP_WORD.findall(c.text, name.end(), min(end, name.end() + APPOSITIVE_CHARS))
    return -1 if any(w.lower() in c.lex.cue_lemma for w in rest) else name.end()


def _inside_np(c: Ctx, start: int, t: re.Match[str], end: int, *, listing: bool) -> bool:
    """The stop ``t`` is part of the noun phrase: quoted, a word of a hyphenated compound, a
    comma of a list or of a number, the full stop of an abbreviation, or a predicative 'as'."""
    if c.quotes.covering(t.start()) is not None or RE_HYPHENATED.match(c.text, t.start()):
        return True  # 'a one-on-one debate', 'a stay-at-home order'
    if t.group() == "that":  # 'knew all about that', 'the files that were used'
        return RE_LAST_THAT.match(c.text, t.start(), end) is not None or _that_after_that(
            c, start, t.start()
        ) or (t.start() > start and _relative_that(c, start, t, end))
    if t.group() in RELATIVE_WORDS and t.start() > start:
        return _restrictive_relative(c, start, t.start(), end)
    if t.group() == ",":  # "the plans, including a dam, a mill and a school"; "1,400 jobs"
        return (listing or RE_THOUSANDS.match(c.text, t.start()) is not None
                or _series_to_end(c, t.start(), end))
    if t.group() == ".":  # "former Gov. Jeb Bush", "George W. Bush", "the Nov. 14 speech"
        return RE_DECIMAL.match(c.text, t.start()) is not None or _abbreviation_before(
            c, start, t.start()
        )
    # "praised Ann Lee as a strong leader", "described it as 'hurtful'"
    return t.group() == "as" and t.start() > start and _predicative_as(c, t.end(), end)


def _that_after_that(c: Ctx, start: int, pos: int) -> bool:
    """The 'that' at ``pos`` opens the object right after the complementizer 'that' the
    object follows ('denied that that was the case'): a pronoun, the clause's subject; not a
    relative 'that' ('gadgets they no longer want that can be sold')."""
    return not c.text[start:pos].strip() and c.text[:start].rstrip()[-5:].lower() == " that"


def _series_to_end(c: Ctx, pos: int, end: int) -> bool:
    """The comma at ``pos`` goes on with a list closed by 'and' or 'or' at the end of the
    sentence, its items up to three words before the last ('mentioned God, religion or his
    faith.', 'calling himself the first gentleman, first husband or even first dude.'): one
    object. Not a second verb of the subject or a cue ('praised the plan, mocked the council
    and left'; class verbish, past forms, cue forms), not an adjunct ('..., with Lee and Hall
    winning.'), nor a list that goes on past a comma ('the plan, and the budget, which ...')."""
    if c.text.find(" and ", pos, end) < 0 and c.text.find(" or ", pos, end) < 0:
        return False
    m = RE_SERIES_TO_END.match(c.text, pos, end)
    if m is None:
        return False
    words = [w.lower() for w in RE_NP_WORD.findall(m.group())]
    if words[0] in SERIES_NOT_LEADS:
        return False  # ', with Nadal and Moya winning': an adjunct, no item of the list
    verbs = c.lex.frame_class("verbish")
    return not any(
        c.lex.past_form(w) or w in verbs or w in c.lex.cue_lemma
        for w in words
    )


def _restrictive_relative(c: Ctx, start: int, pos: int, end: int) -> bool:
    """The relative word at ``pos`` opens a restrictive clause of the object ('the man who
    leads the race', 'rules which cap rents'): no comma or preposition before it ('in
    which'), no quotation opened in it by a mark glued to the word before (a closing mark
    read as an opening one runs the object on past the quotation), and no cue in the clause
    ('the man who said C': the next frame's content).
    ('that' is left a stop: it opens a complement as often, 'the claim that C'.)"""
    before = RE_LAST_WORD.search(c.text, start, fr._skip_back(c.text, pos, " "))
    prepositions = c.lex.union("setting_preposition", "cue_preposition")
    if before is None or before.group().lower() in prepositions:
        return False  # a comma, a dash or a quote mark before it, or 'in which'
    window = min(end, pos + RELATIVE_CHARS)
    if any(
        q.start > pos and not c.text[q.start - 1].isspace() for q in c.quotes.within(pos, window)
    ):
        return False  # 'who might be responsible." Other ...': a closing mark read as opening
    return not c.lex.find_cues(c.text[pos:window])


def _relative_that(c: Ctx, start: int, t: re.Match[str], end: int) -> bool:
    """The 'that' of ``t`` opens a restrictive relative clause of the object: a finite verb
    right after it ('disclosed the files that compelled the bureau to act', 'identified the
    platforms that were used'), not a subject ('the claim that the plan failed'), and the
    clause reads as one after 'who' (``_restrictive_relative``: no cue in it)."""
    verb = RE_NP_WORD.match(c.text, t.end() + 1, end)
    if verb is None:
        return False
    if not c.lex.verb_word(verb.group(), aux=True) and not _plural_agreement(c, start, t, verb):
        return False
    return _restrictive_relative(c, start, t.start(), end)


def _plural_agreement(c: Ctx, start: int, t: re.Match[str], verb: re.Match[str]) -> bool:
    """After a plural noun, the word after 'that' is a present verb that agrees with it
    ('praised the rules that protect farmers'): a lower-case word with no -s that is no
    subject (a pronoun, a determiner) nor a time, and the noun no noun of what was said or thought
    ('the fears that inflation would rise': class content_noun)."""
    word = verb.group()
    if not word.isalpha() or not word.islower() or word.endswith("s"):
        return False  # (the cheap test first: 'the claims that prices rose')
    if word in c.lex.union("subject_pronoun", "noun_determiner", "time", "time_measure"):
        return False  # 'backed the talks that week': a determiner of a time
    noun = RE_LAST_WORD.search(c.text, start, fr._skip_back(c.text, t.start(), " "))
    return (noun is not None and plural(noun.group())
            and noun.group().lower() not in c.lex.frame_class("content_noun"))


def _relative_start(c: Ctx, start: int, pos: int) -> int:
    """Where a relative clause that ends an object starts: at the preposition before its
    relative word ('the loophole in which', 'the people with whom'), else at the word."""
    before = RE_LAST_WORD.search(c.text, start, fr._skip_back(c.text, pos, " "))
    prepositions = c.lex.union("setting_preposition", "cue_preposition")
    return before.start() if before is not None and before.group() in prepositions else pos


def _date_in_np(c: Ctx, start: int, pos: int, end: int) -> bool:
    """A date after a determiner or a possessive, or with a possessive, is part of a noun
    phrase ("the Oct. 11 deadline", "the mayor's Nov. 14 speech", "Monday's show")."""
    back = fr._skip_back(c.text, pos, " ")
    before = RE_LAST_WORD.search(c.text, start, back)
    if before is not None and before.group().lower() in DATE_DETERMINERS:
        return True
    return c.text[end : end + 2] in POSSESSIVE or c.text[back - 2 : back] in POSSESSIVE


def _date_start(c: Ctx, start: int, pos: int) -> int:
    """Where the adverbial of the date at ``pos`` starts: at its preposition ("on Jan. 10")."""
    before = RE_LAST_WORD.search(c.text, start, fr._skip_back(c.text, pos, " "))
    if before is not None and before.group() in DATE_PREPOSITIONS:
        return before.start()
    return pos


def _abbreviation_before(c: Ctx, start: int, pos: int) -> bool:
    """The word before the full stop at ``pos`` is an abbreviation (a title, a month, an
    initial): the segmenter's list of words after which a full stop never ends a sentence."""
    if RE_ABBREVIATION_END.search(c.text, start, pos):
        return True
    word = RE_LAST_WORD.search(c.text, start, pos)
    return word is not None and word.group().lower() in NEVER_FINAL


def _predicative_as(c: Ctx, pos: int, end: int) -> bool:
    """'as' opens what the object is called ("as a fraud", "as 'hurtful'"), not a clause
    ("as she left", "as Ann Lee said")."""
    nxt = RE_NP_WORD.search(c.text, pos, end)
    if nxt is None:
        return False
    between = c.text[pos : nxt.start()].strip()
    word = nxt.group()
    if between and between[0] in QUOTE_OPENING:
        return True
    if not comparative_as(c, pos) and subject_then_verb(c, as_clause_words(c.text, pos, end)):
        return False  # 'criticized the mayor as the crowd cheered'
    return word[:1].islower() and word not in c.lex.union("np_stop", plus=AS_CLAUSE_SUBJECTS)


def _frame_adverbial(c: Ctx, pos: int, end: int) -> bool:
    """The words after a preposition name a time or an occasion ("on Thursday", "in 2012",
    "in an interview with ..."): an adverbial of the frame, not part of the object. Read up
    to a comma ('restrictions on abortion, in 2009'); a second 'in', 'on' or 'at' names a
    place, no occasion ('at her home in Chappaqua', 'on Park Avenue in Manhattan')."""
    stop = RE_PHRASE_BREAK.search(c.text, pos, min(end, pos + ADVERBIAL_CHARS))
    window = stop.start() if stop is not None else min(end, pos + ADVERBIAL_CHARS)
    words = RE_NP_WORD.findall(c.text, pos, window)[:ADVERBIAL_WORDS]
    occasion = c.lex.union("skip", "time", minus=PLACE_PREPOSITIONS)
    return any(w.isdigit() and len(w) == 4 or w.lower() in occasion for w in words)


def subject_then_verb(c: Ctx, words: list[str]) -> bool:
    """``words`` open with a subject and its finite verb (classes verbish, past, an -ed word,
    after a pronoun also an -s word): a subject pronoun, or a name or a definite determiner
    and up to MAX_SUBJECT_NOUNS words, then the verb; not a noun phrase that goes on with a
    link, a pronoun or a relative word ('a leader of ...', 'a reason it thought ...', 'a
    fraud that was')."""
    if len(words) < 2:
        return False
    finite = c.lex.union("verbish", "past")
    if words[0].lower() in c.lex.frame_class("subject_pronoun"):  # not 'as we know it'
        verb = words[1]
        return verb in finite or len(verb) > 4 and verb.endswith("ed") or plural(verb)
    definite = c.lex.union("noun_determiner", minus=INDEFINITE)
    if not (words[0][:1].isupper() or words[0] in definite):
        return False  # 'as a result would ...': an indefinite noun is no subject here
    if any(w.endswith(("'", "'s", "’", "’s")) for w in words):
        return False  # 'as Wales' captain will be ...': a possessive, a predicative noun
    stops = c.lex.union("np_link", "subject_pronoun", plus=RELATIVE_WORDS)
    nouns = 1 if words[0][:1].isupper() else 0
    for word in words[1:]:
        if word.lower() in stops:
            return False  # 'as a leader of ...', 'as a reason it thought ...'
        if nouns and (word in finite or len(word) > 4 and word.endswith("ed")):
            return True
        nouns += 1
        if nouns > MAX_SUBJECT_NOUNS:
            return False
    return False


def comparative_as(c: Ctx, pos: int) -> bool:
    """The 'as' that ends at ``pos`` makes a comparison: after a word of class
    comparative_lead ('just as', 'much as') or in 'as <word> as' ('as fast as')."""
    before = RE_NP_WORD.findall(c.text, max(0, pos - AS_LOOK_BACK), pos)[-3:-1]
    if not before:
        return False
    return before[-1].lower() in c.lex.frame_class("comparative_lead") or (
        len(before) == 2 and before[0].lower() == "as"
    )


def as_clause_words(text: str, pos: int, end: int) -> list[str]:
    """The first MAX_AS_SUBJECT words after 'as' at ``pos``, up to a punctuation mark."""
    stop = RE_CLAUSE_PUNCTUATION.search(text, pos, end)
    return RE_NP_WORD.findall(text, pos, stop.start() if stop else end)[:MAX_AS_SUBJECT]


def plural(word: str) -> bool:
    """``word`` ends in an -s that may make a plural noun or a present verb."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(PLURAL_NOT_VERB)
