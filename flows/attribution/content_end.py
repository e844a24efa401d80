"""Where the content after a cue ends: a clause before its trailing aside or a second verb,
a short object at its noun-phrase boundary (punctuation, a clause word, a date, a frame
adverbial)."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.lexicon import CueHit
from flows.attribution.noun_cues import POSSESSIVE
from flows.attribution.subjects import Ctx, n_words
from flows.segment import NEVER_FINAL

__all__ = ["AND_VERB_LEAD", "RE_ALNUM", "complement"]

RE_CLOSED_ASIDE = re.compile(r"[^,.;:!?\"\u201c\u201d]{1,90}?,\s+([a-z]+)\b")
RE_ASIDE = re.compile(r",\s+(?:which|who|whose|where|a|an|while|although|though)\s")
AND_VERB_LEAD = r"(?:and|but)\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?"  # "and has also"
RE_SECOND_VERB = re.compile(  # "and <verb>", "and has repeatedly <verb>" before an object
    r",?\s(?:and|but)\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had|was|were)\s+)?(?:[a-z]+ly\s+)?"
    r"([a-z]+)\s+(?=(?:the|a|an|his"
    r"|her|their|its|our|my|this|these|those|him|them|it|me|us|to|for|on|in|at|with|about"
    r"|against|that|as|up|out|down|off|back|[A-Z])\b)"
)
RE_CLAUSE_WORD = re.compile(r"[\w'’]+")
CLAUSE_OPENERS = frozenset(["that", "who", "which", "whose", "whom"])
MIN_CLAUSE = 5
RE_NP_THAT = re.compile(r"(?:[\w.'’-]+\s+){1,5}?that\s+(?=[a-z]*[A-Za-z])")
DATE_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her"]
)
DATE_PREPOSITIONS = frozenset(["on", "in", "by", "since", "until", "before", "after", "through"])
RE_TAIL_WORD = re.compile(r",?\s+([a-z]+)\b")  # after a quotation closed on a comma
MIN_PARTICIPLE = 6  # letters of a participle opening the writer's words: "angering"
RE_SEMICOLON = re.compile(r";\s")
RE_SERIES_LEAD = re.compile(r";\s+(?:and|or|but)\s")  # "A; and B", "A; but B": one argument
RE_SINGLE_OPEN = re.compile(r"(?<![\w'\u2019])['\u2018](?=\w)")  # "said 'A; B' and left"
RE_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019](?!\w)")  # not "Lee's"
RE_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")
RE_LAST_WORD = re.compile(r"\b[A-Za-z]+$")
RE_ABBREVIATION_END = re.compile(rf"\b(?:{'|'.join(fr.NAME_ABBREVIATIONS)}|[A-Z])$")
RE_ALNUM = re.compile(r"\w")
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
RE_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+(?=[A-Za-z\"\u201c'])")
FRAME_PREPOSITIONS = frozenset(["in", "on", "at", "during"])
ADVERBIAL_WORDS = 3  # words after the preposition searched for a time or occasion word
ADVERBIAL_CHARS = 40
AS_CLAUSE_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there", "well"])
QUOTE_OPENING = "\"\u201c\u2018'`"
RE_NP_WORD = re.compile(r"[\w'’-]+")
MAX_ITEM_WORDS = 4  # words of one item of a list in a fronted clause
SERIES_JOINERS = frozenset(["and", "or"])
RE_LIST_LEAD = re.compile(r"\s*(?:including|especially|particularly|notably|such as)\s")
RE_NP_STOP = re.compile(  # punctuation, a lower-case word, or a date: "Monday", "April 5"
    r"[,;:.!?()\u2014]|\b[a-z]+\b|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)"
)


def complement(c: Ctx, m: CueHit, lemma: str) -> tuple[int, int]:
    """What the cue ``m`` introduces: a clause up to its end, or the short object of a cue
    learned with the shape "np" up to its noun-phrase boundary."""
    start = fr._content_after(c.text, m.end(), c.s.end, lemma, c.quotes, c.lex)
    end = max([c.s.end, *(q.end for q in c.quotes.within(start, c.s.end))])
    np_shape = c.lex.cue_shape.get(" ".join(m.group().lower().split())) == "np"
    that = RE_NP_THAT.match(c.text, start, end) if np_shape else None
    # "agreed with the President that C" / "speculated about C"
    start = that.end() if that is not None else _after_preposition(c, start, end)
    short = np_shape and that is None
    end = _np_end(c, start, end) if short else _clause_end(c, start, end)
    end = _fronted_clause_end(c, m, start, end)
    end = _quoted_tail_end(c, start, end)
    end = _semicolon_end(c, start, end)
    return fr._trim_content(c.text, start, _second_verb_start(c, start, end))


def _after_preposition(c: Ctx, start: int, end: int) -> int:
    """Start of the object when the complement opens with a preposition that completes the
    cue ("speculated about C", "hoping for C"); not before a number ("said about 40 ...")."""
    m = RE_LEAD_WORD.match(c.text, start, end)
    if m is None or m.group(1).lower() not in c.lex.frame_class("cue_preposition"):
        return start
    return m.end()


def _fronted_clause_end(c: Ctx, m: CueHit, start: int, end: int) -> int:
    """A cue in a fronted adverbial clause ("While Ann Lee argued that C, the council ..."):
    what was said ends at the comma that closes the clause (but not in 'As Ann Lee said, C',
    where the clause is the frame and what was said follows it)."""
    first = RE_FIRST_WORD.match(c.text, c.s.start, m.start())
    if first is None or first.group(1).lower() not in c.lex.frame_class("fronted_opener"):
        return end
    if "," in c.text[m.end() : start] or _free_comma(c, c.s.start, m.start()) >= 0:
        return end
    comma = _free_comma(c, start, end)
    while comma >= 0 and _series_comma(c, start, comma, end):
        comma = _free_comma(c, comma + 1, end)  # 'argued that A, B and C were late, the ...'
    return comma if comma >= 0 and RE_ALNUM.search(c.text, start, comma) else end


def _series_comma(c: Ctx, start: int, comma: int, end: int) -> bool:
    """The comma at ``comma`` separates items of a list ('A, B and C', 'A, B, and C'): a short
    item without a verb before it and, before the next comma, "and" or "or" (or a short item
    and then one)."""
    back = max(c.text.rfind(",", start, comma) + 1, start)
    before = [w.lower() for w in RE_NP_WORD.findall(c.text, back, comma)]
    verbs = c.lex.union("aux", "verbish")
    if len(before) > MAX_ITEM_WORDS or any(w in verbs for w in before):
        return False
    nxt = _free_comma(c, comma + 1, end)
    if nxt < 0:
        return False
    item = RE_NP_WORD.findall(c.text, comma + 1, nxt)
    if any(w in SERIES_JOINERS for w in item[:-1]) or item[:1] and item[0] in SERIES_JOINERS:
        return True
    after = RE_NP_WORD.findall(c.text, nxt + 1, end)[:1]
    return len(item) <= MAX_ITEM_WORDS and after in (["and"], ["or"])


def _quoted_tail_end(c: Ctx, start: int, end: int) -> int:
    """A quotation inside the content that closes on a comma before a contrast or a
    participle ('she called the plan "a disaster," while ...', 'was "rigged," angering
    ...') ends what was said: the words after it are the writer's."""
    for q in c.quotes.within(start, end):
        if q.start <= start or not q.closed or not q.double or q.end >= end:
            continue
        inner = c.text[q.start : q.end].rstrip("\"'\u201d\u00bb ")
        if inner[-1:] != "," and c.text[q.end : q.end + 1] != ",":
            continue
        tail = RE_TAIL_WORD.match(c.text, q.end, end)
        if tail is None or not _writer_lead(c, tail.group(1)):
            return end
        if c.text[tail.end() : end].lstrip()[:1] in QUOTE_OPENING:
            return end  # 'called it "A," while "B"': the second quotation is theirs too
        return q.end
    return end


def _writer_lead(c: Ctx, word: str) -> bool:
    """A contrast ("while", "although"; class ``writer_contrast``) or a participle ("angering",
    not "including" or "nothing": class ``ing_not_participle``) opens the writer's words after
    a quotation ("during" opens the frame's adverbial: the writer's words too)."""
    if word in c.lex.frame_class("writer_contrast"):
        return True
    if word in c.lex.frame_class("ing_not_participle"):
        return False
    return len(word) >= MIN_PARTICIPLE and word.endswith("ing")


def _semicolon_end(c: Ctx, start: int, end: int) -> int:
    """A semicolon outside quote marks ends what was said: the clause after it is the
    writer's next one ('said the plan failed; the council met again'), unless a colon opened
    a list or the semicolons make a series ('A; B; and C')."""
    pos = _free_semicolon(c, start, end)
    if pos < 0 or ":" in c.text[start:pos] or not RE_ALNUM.search(c.text, start, pos):
        return end
    if RE_SERIES_LEAD.match(c.text, pos, end) or _free_semicolon(c, pos + 1, end) >= 0:
        return end
    return pos


def _free_semicolon(c: Ctx, start: int, end: int) -> int:
    """The first semicolon before a space in ``[start, end)`` outside quote marks (single
    ones too: "said 'A; B'") and parentheses ('20m euros ($26m; 14m pounds)'), or -1.
    Marks are counted once each, from one semicolon to the next."""
    parens = singles = 0
    last = start
    for t in RE_SEMICOLON.finditer(c.text, start, end):
        parens += c.text.count("(", last, t.start()) - c.text.count(")", last, t.start())
        singles += len(RE_SINGLE_OPEN.findall(c.text, last, t.start()))
        singles -= len(RE_SINGLE_CLOSE.findall(c.text, last, t.start()))
        last = t.start()
        if c.quotes.covering(t.start()) is None and parens <= 0 and singles <= 0:
            return t.start()
    return -1


def _free_comma(c: Ctx, start: int, end: int) -> int:
    """The first comma outside quote marks in ``[start, end)``, or -1."""
    pos = c.text.find(",", start, end)
    while pos >= 0 and c.quotes.covering(pos) is not None:
        pos = c.text.find(",", pos + 1, end)
    return pos


def _clause_end(c: Ctx, start: int, end: int) -> int:
    """Reported speech ends before a trailing ", which ..." or ", a move that ..." aside."""
    for t in RE_ASIDE.finditer(c.text, start, end):
        if (
            c.quotes.covering(t.start()) is None
            and n_words(c, (start, t.start())) >= MIN_CLAUSE
            and not _closed_aside(c, t.start(), end)
        ):
            return t.start()
    return end


def _closed_aside(c: Ctx, pos: int, end: int) -> bool:
    """The aside at ``pos`` is set off by a second comma and a verb follows it: it describes
    the subject of the reported clause ("said Ann Lee, a former aide, contacted the FBI")."""
    m = RE_CLOSED_ASIDE.match(c.text, pos + 1, end)
    if m is None:
        return False
    verb = m.group(1)
    return verb in c.lex.frame_class("verbish") or verb.endswith("ed")


def _second_verb_start(c: Ctx, start: int, end: int) -> int:
    """Where "and <past verb>" follows an object with no verb of its own: the past verb is
    the speaker's second ("criticized the plan and called for C"); after a clause it is the
    clause's ("said prices rose and fell")."""
    span = c.text[start:end]
    if " and " not in span and " but " not in span:
        return end
    m = RE_SECOND_VERB.search(c.text, start, end)
    if m is None or m.start() == start or c.quotes.covering(m.start()) is not None:
        return end
    past = c.lex.frame_class("past")
    if not (m.group(1).endswith("ed") or m.group(1) in past):
        return end
    finite = c.lex.union("verbish", "past", plus=CLAUSE_OPENERS)
    for w in RE_CLAUSE_WORD.findall(c.text, start, m.start()):
        low = w.lower()
        if low in finite or low.endswith("ed") and len(low) > 4:
            return end  # the object is a clause: the verb after "and" is its own
    return m.start()


def _np_end(c: Ctx, start: int, end: int) -> int:
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
        if t.group() in FRAME_PREPOSITIONS and _frame_adverbial(c, t.end(), end):
            return t.start()  # "endorsed Ann Lee on Thursday", "praised her in a speech"
    return end


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
    noun = RE_LAST_WORD.search(c.text, start, t.start())
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
    if t.group() == "that":  # 'knew all about that'
        return RE_LAST_THAT.match(c.text, t.start(), end) is not None
    if t.group() in RELATIVE_WORDS and t.start() > start:
        return _restrictive_relative(c, start, t.start(), end)
    if t.group() == ",":  # "the plans, including a dam, a mill and a school"; "1,400 jobs"
        return listing or RE_THOUSANDS.match(c.text, t.start()) is not None
    if t.group() == ".":  # "former Gov. Jeb Bush", "George W. Bush", "the Nov. 14 speech"
        return RE_DECIMAL.match(c.text, t.start()) is not None or _abbreviation_before(
            c, start, t.start()
        )
    # "praised Ann Lee as a strong leader", "described it as 'hurtful'"
    return t.group() == "as" and t.start() > start and _predicative_as(c, t.end(), end)


def _restrictive_relative(c: Ctx, start: int, pos: int, end: int) -> bool:
    """The relative word at ``pos`` opens a restrictive clause of the object ('the man who
    leads the race', 'rules which cap rents'): no comma or preposition before it ('in
    which'), and no cue in the clause ('the man who said C': the next frame's content).
    ('that' is left a stop: it opens a complement as often, 'the claim that C'.)"""
    before = RE_LAST_WORD.search(c.text, start, fr._skip_back(c.text, pos, " "))
    prepositions = c.lex.union("setting_preposition", "cue_preposition")
    if before is None or before.group().lower() in prepositions:
        return False  # a comma, a dash or a quote mark before it, or 'in which'
    return not c.lex.find_cues(c.text[pos : min(end, pos + RELATIVE_CHARS)])


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
    return word[:1].islower() and word not in c.lex.union("np_stop", plus=AS_CLAUSE_SUBJECTS)


def _frame_adverbial(c: Ctx, pos: int, end: int) -> bool:
    """The words after a preposition name a time or an occasion ("on Thursday", "in 2012",
    "in an interview with ..."): an adverbial of the frame, not part of the object."""
    words = RE_NP_WORD.findall(c.text, pos, min(end, pos + ADVERBIAL_CHARS))[:ADVERBIAL_WORDS]
    occasion = c.lex.union("skip", "time")
    return any(w.isdigit() and len(w) == 4 or w.lower() in occasion for w in words)
