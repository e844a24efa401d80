"""Find the reporting frames of one sentence: each cue, read in the shape it appears in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit, Lexicon
from flows.attribution.passive import passive_frame
from flows.attribution.quotes import QuoteIndex
from flows.attribution.subjects import (
    NAME_JOINERS,
    PERSONAL,
    RELATIVE,
    RELATIVE_CUT,
    Ctx,
    n_words,
    narrow_subject,
    post_subject,
    sentence_subject,
)
from flows.attribution.unframed import (
    colon_frames,
    label_frame,
    make_frame,
    quote_frames,
    source_frames,
)
from flows.records import Sentence
from flows.segment import NEVER_FINAL

__all__ = ["find_frames"]

DASH_ENDS = (" -", " --", "\u2013", "\u2014")
RE_DASH_MARK = re.compile(r"\s--?\s|[\u2013\u2014]")
RE_CLOSED_ASIDE = re.compile(r"[^,.;:!?\"\u201c\u201d]{1,90}?,\s+([a-z]+)\b")
RE_ASIDE = re.compile(r",\s+(?:which|who|whose|where|a|an|while|although|though)\s")
AND_VERB_LEAD = r"(?:and|but)\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?"  # "and has also"
RE_SECOND_VERB = re.compile(  # "and <verb>" before an object or a preposition
    rf",?\s{AND_VERB_LEAD}([a-z]+)\s+(?=(?:the|a|an|his"
    r"|her|their|its|our|my|this|these|those|him|them|it|me|us|to|for|on|in|at|with|about"
    r"|against|that|as|up|out|down|off|back|[A-Z])\b)"
)
RE_CLAUSE_WORD = re.compile(r"[\w'’]+")
RE_JOINED_VERB = re.compile(rf"[,\s\u2013\u2014-]*\s{AND_VERB_LEAD}")
RE_BREAK_END = re.compile(r"(?::|\s(?:-|--|\u2013|\u2014)|\u2014)$")
CLAUSE_OPENERS = frozenset(["that", "who", "which", "whose", "whom"])
MIN_CLAUSE = 5
MAX_SOURCE_WORDS = 24  # 'according to early results of the exit poll conducted by ...'
MIN_COORDINATED = 3  # words of the first statement before 'and <cue>'
RE_NP_THAT = re.compile(r"(?:[\w.'’-]+\s+){1,5}?that\s+(?=[a-z]*[A-Za-z])")
APPOSITIVE_WORDS = 20
MAX_APPOSITIVES = 5
MAX_WORDS_AFTER_QUOTE = 4
MAX_PRE_WORDS = 7
MAX_RELATIVE_WORDS = 4  # "who", "who has also", "who had long"
MAX_COLON_TAIL_WORDS = 8  # 'told his audience, to rowdy applause:' before a quoted paragraph
WH_LEAD = frozenset(["what", "how", "why", "here's", "here’s"])
NOT_INVERTED = frozenset(["tell", "inform", "assure", "remind", "urge"])  # take an object
MAX_NAME_WORDS = 5  # a name before its appositive ('Mr. Ann B. Lee, the mayor, said')
MAX_MID_LEAD = 3  # words of an adverbial before a mid frame
DATE_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her"]
)
DATE_PREPOSITIONS = frozenset(["on", "in", "by", "since", "until", "before", "after", "through"])
POSSESSIVE = ("'s", "\u2019s")
RE_LAST_WORD = re.compile(r"\b[A-Za-z]+$")
RE_ABBREVIATION_END = re.compile(rf"\b(?:{'|'.join(fr.NAME_ABBREVIATIONS)}|[A-Z])$")
RE_ALNUM = re.compile(r"\w")
RE_LONG_WORD = re.compile(r"\b[^\W\d_][\w'’]{3,}")
MIN_TITLE_WORDS = 3
TITLE_SHARE = 0.75
RE_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+(?=[A-Za-z\"\u201c'])")
RE_OBJECT_TAIL = re.compile(
    r"\s+(?:[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and))*"
    r"|(?:the|a|an|his|her|their|its)(?:\s+[\w'’-]+){1,4}?"
    r"|me|us|him|her|them|reporters|journalists)"
    r"(?:\s+(?:in|on|at|during|after|before|via|over|late|early|last)\s+[^,.;:!?\"\u201c]{1,60})?"
    r"\s*[.!?]?\s*$"
)
FRAME_PREPOSITIONS = frozenset(["in", "on", "at", "during"])
ADVERBIAL_WORDS = 3  # words after the preposition searched for a time or occasion word
ADVERBIAL_CHARS = 40
AS_CLAUSE_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there", "well"])
QUOTE_OPENING = "\"\u201c\u2018'`"
RE_NP_WORD = re.compile(r"[\w'’-]+")
RE_LIST_LEAD = re.compile(r"\s*(?:including|especially|particularly|notably|such as)\s")
RE_NP_STOP = re.compile(  # punctuation, a lower-case word, or a date: "Monday", "April 5"
    r"[,;:.!?()\u2014]|\b[a-z]+\b|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)"
)


def _content_ok(c: Ctx, span: tuple[int, int]) -> bool:
    """At least three words, or a quotation of any length."""
    return n_words(c, span) >= 3 or (span[1] > span[0] and c.quotes.covering(span[0]) is not None)


def _according(c: Ctx, m: CueHit, w: float) -> Frame | None:
    np = fr._np_after(c.text, m.end(), c.s.end, max_words=MAX_SOURCE_WORDS)
    if np is None:
        return None
    lead = fr._words(c.text[c.s.start : m.start()])
    if all(x in c.lex.frame_class("connector") for x in lead):
        content = fr._trim_content(c.text, np[1], c.s.end)
    else:
        start = fr._content_before(c.text, c.s, m.start(), c.quotes)
        content = fr._trim_content(c.text, start, m.start())
        if n_words(c, content) < 3 and c.text[np[1] : np[1] + 1] == ",":
            content = fr._trim_content(c.text, start, c.s.end)  # "X, according to Y, did Z"
    return make_frame("according", m.span(), c, np, content, w) if _content_ok(c, content) else None


def _inverted(c: Ctx, m: CueHit, w: float, *, after_quote: bool) -> Frame | None:
    """``C, said X`` (``after_quote``: ``"C," said the man who ...`` takes any noun phrase)."""
    np = fr._np_after(c.text, m.end(), c.s.end, max_words=fr.MAX_SPEAKER_WORDS)
    if np is None or not fr._speakerlike(c.text, *np, c.lex, loose=after_quote):
        return None
    words = fr._words(c.text[np[0] : np[1]])
    head = words[: next((i for i, x in enumerate(words) if x in RELATIVE), len(words))]
    if any(x in c.lex.frame_class("aux") for x in head):  # "a man who was there" is fine
        return None
    if len(words) > 1 and words[0] in PERSONAL:  # "X, says she could not ...": a clause
        return None
    boundary = m.start()
    while boundary > c.s.start and c.text[boundary - 1].isspace():
        boundary -= 1
    start = fr._content_before(c.text, c.s, boundary, c.quotes)
    content = fr._trim_content(c.text, start, boundary)
    desc = fr._description_after(c.text, np[1], c.s.end, c.lex)
    tail = c.text[np[1] : c.s.end].lstrip()
    if not _content_ok(c, content) or not (
        tail[:1] == "," or fr._is_endish(c.text, np[1], c.s.end, c.lex)
    ):
        return None
    reopen = re.search(r",\s*(?=[\"\u201c\u00ab]|''|``)", tail)
    if reopen is not None:
        q = c.quotes.opening_at(c.s.end - len(tail) + reopen.end())
        if q is not None:
            content = (content[0], q.end)
    return make_frame("inverted", m.span(), c, np, content, w, description=desc)


def _is_interjected(c: Ctx, m: CueHit, seg: int) -> bool:
    """ ", she said, is not so simple": a frame set off by commas inside the statement."""
    tail = c.text[m.end() : c.s.end].lstrip()
    if seg <= c.s.start or c.text[seg - 1] != "," or not tail.startswith(","):
        return False
    rest = tail[1:].lstrip()
    nxt = fr._words(rest[:40])
    return (
        bool(nxt)
        and rest[:1].isalnum()
        and nxt[0] not in c.lex.frame_class("frame_end")
        and not nxt[0].endswith("ing")
    )


def _mid(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    spk = fr._clean_subject(c.text, seg, m.start(), c.lex)
    if spk[0] >= spk[1] or narrow_subject(c, spk) != spk:
        return None
    if not fr._speakerlike(c.text, *spk, c.lex, loose=True):
        return None
    start = fr._content_before(c.text, c.s, seg, c.quotes)
    lead = fr._words(c.text[start:seg])
    if lead and lead[0] in c.lex.frame_class("opener+connector") and len(lead) <= MAX_MID_LEAD:
        start = m.end()  # 'In contrast, Ann Lee said, C': the adverbial is the writer's
    content = fr._trim_content(c.text, start, c.s.end)
    return make_frame("mid", m.span(), c, spk, content, w) if _content_ok(c, content) else None


def _previous_quote(c: Ctx) -> tuple[int, int] | None:
    pos = c.s.start
    while pos > 0 and c.text[pos - 1] in " \t":
        pos -= 1
    q = c.quotes.ending_at(pos)
    return None if q is None or not q.double else (q.start, q.end)


def _pre(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    narrowed = narrow_subject(c, fr._clean_subject(c.text, seg, m.start(), c.lex))
    if narrowed is None:
        return None
    spk = narrowed
    loose = (
        fr._speakerlike(c.text, *spk, c.lex, loose=True)
        or n_words(c, spk) <= 3
        and not c.text[m.end() : c.s.end].strip(" .")  # ", records show."
        or n_words(c, spk) <= MAX_WORDS_AFTER_QUOTE
        and c.quotes.ending_at(fr._skip_back(c.text, spk[0], " ,")) is not None
        and _quote_just_before(c, seg)  # '"C," consultancy 4Cast said in a report.'
    )
    if not loose and c.text[spk[0] : spk[1]].lower() not in RELATIVE:
        return None
    if c.text[c.s.start : seg].strip(" ,"):
        start = fr._content_before(c.text, c.s, seg, c.quotes)
        content = fr._trim_content(c.text, start, seg)
        if _subordinate(c, content):
            return None  # "If they fail, the state could deny them permits": no statement
        content = _quote_after_break(c, content)
        q = c.quotes.covering(content[0])
        if q is not None and q.closed and q.end < content[1] and _quote_just_before(c, seg):
            content = (content[0], q.end)  # '"C," another friend, Ann Lee told CNN.'
    else:
        prev = _previous_quote(c)
        if prev is None:
            return None
        content = prev
    tail = c.text[m.end() : c.s.end].lstrip()
    if tail.startswith(","):
        q = c.quotes.opening_at(c.s.end - len(tail[1:].lstrip()))
        opens = not c.text[c.s.start : seg].strip(" ,")  # 'He answered, "C."' after a quote
        if q is not None and c.quotes.covering(content[1] - 1) is not None and not opens:
            content = (content[0], q.end)  # '"C," he said, "C."'
        elif q is not None:
            content = (q.start, q.end)  # 'While in Ohio, he said, "C."': the clause is no content
    return make_frame("pre", m.span(), c, spk, content, w) if _content_ok(c, content) else None


def _subordinate(c: Ctx, span: tuple[int, int]) -> bool:
    """A clause that opens with a subordinator ("When she ...", "If they ...") and holds no
    comma of its own: an adverbial of the sentence, not something said."""
    words = fr._words(c.text[span[0] : span[1]])
    return (
        bool(words)
        and words[0] in c.lex.frame_class("subordinator") - {"that"}
        and "," not in c.text[span[0] : span[1]]
        and c.quotes.covering(span[0]) is None
    )


def _quote_after_break(c: Ctx, content: tuple[int, int]) -> tuple[int, int]:
    """A content that ends with a quotation opened after a colon or a dash starts at that
    quotation: the words before the colon are the writer's ('Lee set out her aim: "C," she
    said.')."""
    q = c.quotes.ending_at(content[1])
    if q is None or not q.double or q.start <= content[0]:
        return content
    lead = c.text[content[0] : q.start].rstrip()
    if any(True for _ in c.quotes.within(content[0], q.start)):
        return content  # '"A" -- an aside -- "B," he said': the lead is quoted too
    return (q.start, content[1]) if RE_BREAK_END.search(lead) else content


def _quote_just_before(c: Ctx, seg: int) -> bool:
    """A quotation that opens this sentence and closes a few words before ``seg``."""
    closed = [q for q in c.quotes.within(c.s.start, seg) if q.closed and q.end <= seg]
    if not closed or closed[-1].end <= c.s.start:
        return False
    if c.text[c.s.start : closed[-1].start].strip():  # the quotation opens the sentence
        return False
    between = c.text[closed[-1].end : seg]
    return len(between.split()) <= MAX_WORDS_AFTER_QUOTE and between.strip(" ,")[:1] != "."


def _appositive_pre(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    """'"C," the press secretary, Josh Earnest, said.' / '"C," Ann Lee, 67, a nurse in
    Rivertown, Ore., said.': a subject with appositives between a closing quote and the cue."""
    spans: list[tuple[int, int]] = []
    end = fr._skip_back(c.text, seg, " ,")
    while len(spans) < MAX_APPOSITIVES:
        start = fr._segment_start(c.text, c.s.start, end)
        spans.insert(0, fr._strip_span(c.text, start, end))
        before = fr._skip_back(c.text, start, " ,")
        if len(spans) >= 2 and c.quotes.ending_at(before) is not None:
            break
        if c.text[before:start].strip() != ",":
            return None
        end = before
    else:
        return None
    sizes = [n_words(c, span) for span in spans]
    if min(sizes) < 1 or sum(sizes) > APPOSITIVE_WORDS:
        return None
    content = fr._trim_content(
        c.text, fr._content_before(c.text, c.s, spans[0][0], c.quotes), spans[0][0]
    )
    first = spans[0]
    word = c.text[spans[1][0] : spans[1][1]].split()[0]
    described = c.text[first[0] : first[1]].split()[0].lower() in fr.NP_STARTERS
    if described and word[:1].isupper() and word.lower() not in fr.NP_STARTERS:
        first = spans[1]  # "the secretary, Josh Earnest"
    if not _content_ok(c, content) or not fr._speakerlike(c.text, *first, c.lex, loose=True):
        return None
    rest = [c.text[a:b] for a, b in spans if (a, b) != first]
    desc = ", ".join(x for x in rest if not x.isdigit())  # an age is no role
    return make_frame("pre", m.span(), c, first, content, w, description=desc)


def _complement(c: Ctx, m: CueHit, lemma: str) -> tuple[int, int]:
    start = fr._content_after(c.text, m.end(), c.s.end, lemma, c.quotes, c.lex)
    end = max([c.s.end, *(q.end for q in c.quotes.within(start, c.s.end))])
    np_shape = c.lex.cue_shape.get(" ".join(m.group().lower().split())) == "np"
    that = RE_NP_THAT.match(c.text, start, end) if np_shape else None
    # "agreed with the President that C" / "speculated about C"
    start = that.end() if that is not None else _after_preposition(c, start, end)
    short = np_shape and that is None
    end = _np_end(c, start, end) if short else _clause_end(c, start, end)
    return fr._trim_content(c.text, start, _second_verb_start(c, start, end))


def _after_preposition(c: Ctx, start: int, end: int) -> int:
    """Start of the object when the complement opens with a preposition that completes the
    cue ("speculated about C", "hoping for C"); not before a number ("said about 40 ...")."""
    m = RE_LEAD_WORD.match(c.text, start, end)
    if m is None or m.group(1).lower() not in c.lex.frame_class("cue_preposition"):
        return start
    return m.end()


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
    finite = c.lex.frame_class("verbish") | past | CLAUSE_OPENERS
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
    for t in RE_NP_STOP.finditer(c.text, start, end):
        if c.quotes.covering(t.start()) is not None:
            continue
        if t.group() == "," and listing:
            continue  # "the plans, including a dam, a mill and a school"
        if t.group() == "." and _abbreviation_before(c, start, t.start()):
            continue  # "former Gov. Jeb Bush", "George W. Bush", "the Nov. 14 speech"
        if t.group() == "as" and t.start() > start and _predicative_as(c, t.end(), end):
            continue  # "praised Ann Lee as a strong leader", "described it as 'hurtful'"
        if t.group()[0].isupper():  # a date: "endorsed Ann Lee Monday", not "the Oct. 11 vote"
            if t.start() > start and not _date_in_np(c, start, t.start(), t.end()):
                return _date_start(c, start, t.start())
            continue
        if not t.group().isalpha() or t.group().lower() in stops:
            return t.start()
        if t.group() in FRAME_PREPOSITIONS and _frame_adverbial(c, t.end(), end):
            return t.start()  # "endorsed Ann Lee on Thursday", "praised her in a speech"
    return end


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
    return word[:1].islower() and word not in c.lex.frame_class("np_stop") | AS_CLAUSE_SUBJECTS


def _frame_adverbial(c: Ctx, pos: int, end: int) -> bool:
    """The words after a preposition name a time or an occasion ("on Thursday", "in 2012",
    "in an interview with ..."): an adverbial of the frame, not part of the object."""
    words = RE_NP_WORD.findall(c.text, pos, min(end, pos + ADVERBIAL_CHARS))[:ADVERBIAL_WORDS]
    occasion = c.lex.frame_class("skip") | c.lex.frame_class("time")
    return any(w.isdigit() and len(w) == 4 or w.lower() in occasion for w in words)


def _post(c: Ctx, m: CueHit, lemma: str, w: float, previous: Frame | None) -> Frame | None:
    subject = post_subject(c, m.start())
    if (
        subject is not None
        and previous is not None
        and (subject[0][0] <= previous.cue_start < subject[0][1])
    ):  # "X praised the crew and said ...": the subject of the frame before
        subject = ((previous.speaker_start, previous.speaker_end), None, None)
    elif subject is not None and _second_verb(fr._words(c.text[slice(*subject[0])])[-3:]):
        subject = None  # "The mayor visited the dam and said": a clause is no subject
    if subject is None:
        seg = fr._segment_start(c.text, c.s.start, m.start())
        window = fr._words(c.text[seg : m.start()])
        lead = sentence_subject(c, m.start()) if _second_verb(window) else None
        if lead is None and not window and previous is not None and c.text[seg - 1] == ",":
            lead = (previous.speaker_start, previous.speaker_end)  # "X said A, called B"
        if lead is None and previous is not None and _coordinated_verb(c, m, previous):
            lead = (previous.speaker_start, previous.speaker_end)  # "X said A and warned B"
        if lead is None:
            return None
        subject = (lead, None, None)
    spk, desc, antecedent = subject
    content = _complement(c, m, lemma)
    if not RE_ALNUM.search(c.text, *content):  # one word will do: "Ann Lee endorsed her"
        block = _paragraph_after_colon(c, m)
        if block is None:
            return None
        content = block
    return make_frame("post", m.span(), c, spk, content, w, description=desc, antecedent=antecedent)


def _paragraph_after_colon(c: Ctx, m: CueHit) -> tuple[int, int] | None:
    """'He said:' closing a paragraph: what was said is the next paragraph (a quotation
    there up to its closing mark, over several paragraphs if need be)."""
    tail = c.text[m.end() : c.s.end].rstrip()
    if not tail.endswith(":") or len(tail.split()) > MAX_COLON_TAIL_WORDS:
        return None
    if WH_LEAD & set(fr._words(c.text[c.s.start : m.start()])):
        return None  # "Here's what the reviews say:" opens a list, not a statement
    colon = m.end() + len(tail)
    start = colon + len(c.text[colon:]) - len(c.text[colon:].lstrip())
    if "\n" not in c.text[colon:start] or start >= len(c.text):
        return None
    q = c.quotes.opening_at(start)
    if q is not None and q.closed:
        return q.start, q.end
    end = c.text.find("\n", start)
    return fr._trim_content(c.text, start, len(c.text) if end < 0 else end)


def _second_verb(window: list[str]) -> bool:
    """The cue is the second verb of the sentence's subject: "... and said", "X put off A but
    said": its comma-free segment ends with "and"/"but" (alone, or after a clause)."""
    return (
        bool(window)
        and window[-1] in ("and", "but")
        and (len(window) == 1 or len(window) >= MIN_COORDINATED)
    )


def _coordinated_verb(c: Ctx, m: CueHit, previous: Frame) -> bool:
    """The cue is a second verb of the previous frame's subject: "X said A and warned B", or
    "X criticized A and (has) called for B" where A ends before the "and"."""
    if RE_JOINED_VERB.fullmatch(c.text, previous.content_end, m.start()):
        return True
    if not previous.content_start < m.start() <= previous.content_end:
        return False
    before = fr._words(c.text[previous.content_start : m.start()])
    return len(before) >= MIN_COORDINATED and before[-1] in ("and", "but")


def _participle(c: Ctx, m: CueHit, lemma: str, w: float, previous: Frame | None) -> Frame | None:
    if previous is None:
        lead = sentence_subject(c, m.start())
        if lead is None:
            return None
        spk = lead
    else:
        spk = (previous.speaker_start, previous.speaker_end)
    content = _complement(c, m, lemma)
    if n_words(c, content) < 2:
        return None
    return make_frame("participle", m.span(), c, spk, content, w * 0.9)


def _title_case(c: Ctx) -> bool:
    """A headline in title case ("Ann Lee Slams The Plan"): every longer word capitalised."""
    words = RE_LONG_WORD.findall(c.text, c.s.start, c.s.end)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= MIN_TITLE_WORDS and capitals >= TITLE_SHARE * len(words)


def _frame_for_cue(c: Ctx, m: CueHit, previous: Frame | None) -> Frame | None:
    form = " ".join(m.group().lower().split())
    lemma, w = c.lex.cue_lemma[form], c.lex.cue_weight[form]
    if m.group()[0].isupper() and m.start() != c.s.start and not _title_case(c):
        return None
    if lemma == "according to":
        return _according(c, m, w)
    passive = passive_frame(c, m, w)
    if passive is not None:
        return passive
    before = c.text[c.s.start : m.start()].rstrip()
    closes_quote = c.quotes.ending_at(c.s.start + len(before)) is not None
    comma = before.rstrip(fr.QUOTE_CLOSE + "'\u2019")[-1:] == ","  # '..., "C," adding'
    if form.split()[0].endswith("ing") and (comma or before.endswith((" and", " by"))):
        return _participle(c, m, lemma, w, previous)
    # '"C," said X' but never '"C," told X', nor a cue whose complement is an object:
    # 'Ann Lee, a retiree, endorsed Tom Hall' ('endorsed' is learned with the shape "np")
    invertible = lemma not in NOT_INVERTED and c.lex.cue_shape.get(form) != "np"
    if invertible and ((before[-1:] == "," and not _named_subject(c, before)) or closes_quote):
        frame = _inverted(c, m, w, after_quote=closes_quote)
        if frame is not None:
            return frame
    seg = fr._segment_start(c.text, c.s.start, m.start())
    n_pre = len(fr._words(c.text[seg : m.start()]))
    after_quote = c.quotes.ending_at(fr._skip_back(c.text, seg, " ,")) is not None
    if 1 <= n_pre <= 5 and not after_quote and _is_interjected(c, m, seg):
        frame = _mid(c, m, seg, w)
        if frame is not None:
            return frame
    # 'said Ann Lee, who predicted turnout will fall': a relative clause has its own
    # complement, so the quotation before it does not make any short tail end the frame
    lenient = (_quote_just_before(c, seg) or _object_ends_frame(c, m, seg, lemma)) and not (
        _relative_subject(c, seg, m.start())
    )
    if 1 <= n_pre <= MAX_PRE_WORDS and fr._is_endish(
        c.text, m.end(), c.s.end, c.lex, lenient=lenient
    ):
        frame = _pre(c, m, seg, w)
        if frame is not None:
            return frame
    if n_pre == 0 and fr._is_endish(c.text, m.end(), c.s.end, c.lex, lenient=True):
        frame = _appositive_pre(c, m, seg, w)
        if frame is not None:
            return frame
    return _post(c, m, lemma, w, previous)


def _relative_subject(c: Ctx, seg: int, cue_start: int) -> bool:
    """The subject of the cue is a relative pronoun ("..., who has predicted")."""
    if n_words(c, (seg, cue_start)) > MAX_RELATIVE_WORDS:
        return False
    subject = fr._clean_subject(c.text, seg, cue_start, c.lex)
    return c.text[subject[0] : subject[1]].lower() in RELATIVE


def _named_subject(c: Ctx, before: str) -> bool:
    """The words before ', said' are a name and its appositives ("Ann Lee, chairman of the
    board, said ...", "Ann Lee, 67, the mayor, who ..., said"): the subject of the cue, not
    a statement before it."""
    parts = [p.split() for p in before[: before.rfind(",")].split(",")]
    while len(parts) > 2 and parts[0] and _adverbial_lead(c, parts[0]):
        parts = parts[1:]  # "On Saturday, Ann Lee of Ohio, a rival, said"
    if len(parts) < 2 or not all(parts[1:]):
        return False
    name = parts[0]
    return (
        0 < len(name) <= MAX_NAME_WORDS
        and name[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_JOINERS for w in name)
        and all(_appositive(c, p) for p in parts[1:])
        and not any(ch in before for ch in fr.QUOTE_OPEN + fr.QUOTE_CLOSE)
    )


def _adverbial_lead(c: Ctx, words: list[str]) -> bool:
    """A comma part that opens a sentence as an adverbial ("On Saturday", "In a study of X")."""
    first = words[0].lower()
    return first in c.lex.frame_class("opener") - c.lex.frame_class("connector") or (
        first in c.lex.frame_class("time")
    )


def _appositive(c: Ctx, words: list[str]) -> bool:
    """A comma part after a name that describes it: an age, a relative clause, or a
    lower-case noun phrase without a verb ("a unit of X" but not "is raising 250 mln")."""
    first = words[0].lower().strip("()")
    if first.isdigit() or first in RELATIVE_CUT:
        return True
    relative = next((i for i, w in enumerate(words) if w.lower() in RELATIVE_CUT), len(words))
    words = words[:relative]  # "an Ohio Democrat who was elected in 2008": the noun phrase
    verbs = c.lex.frame_class("verbish") | c.lex.frame_class("aux")
    return (
        words[0][:1].islower()
        and not first.endswith(("ly", "ing", "ed"))
        and not any(w.lower() in verbs for w in words)
    )


def _object_ends_frame(c: Ctx, m: CueHit, seg: int, lemma: str) -> bool:
    """'C, she told Xinhua.' / 'C, Ann Lee told the Herald in an interview.': after a comma,
    a cue that takes an object ("tell") followed by only that object and an adverbial."""
    if lemma not in fr.OBJECT_CUES:
        return False
    if c.text[seg - 1 : seg] != "," and not (
        c.quotes.ending_at(seg) is not None and c.text[: seg - 1].endswith(",")
    ):  # 'C, she told' / '"C," she told'
        return False
    return RE_OBJECT_TAIL.match(c.text, m.end(), c.s.end) is not None


def _add(c: Ctx, frames: list[Frame], frame: Frame) -> None:
    """Append ``frame``. A frame inside the previous content cuts it when it is coordinated
    (", adding", "and said", "..., X said"); otherwise it is reported speech nested in the
    previous content and is dropped."""
    if frames and frames[-1].content_start < frame.cue_start < frames[-1].content_end:
        prev = frames[-1]
        later = [x for x in (frame.cue_start, frame.speaker_start) if x > prev.content_start]
        cut = fr._trim_content(c.text, prev.content_start, min(later))
        joint = c.text[prev.content_start : min(later)].rstrip()
        coordinated = frame.pattern in ("participle", "pre", "inverted", "according") or (
            joint.endswith((",", ";", " and", " but"))
            or _open_dash(c, joint, frame, prev.content_start, prev.content_end)
        )
        verb_pair = joint.endswith((" and", " but"))  # "praised the crew and said C"
        if n_words(c, cut) < (1 if verb_pair else 3) or not coordinated:
            return
        at_frame = cut[1] <= max(prev.cue_end, prev.speaker_end)
        if prev.pattern == "mid" and at_frame and _named(c, prev):
            return  # 'A, she said, B told Y C': a cut at the interjected frame; B is hers too
        frames[-1] = replace(prev, content_end=cut[1])
    frames.append(frame)


def _named(c: Ctx, frame: Frame) -> bool:
    """Whether the speaker mention is a personal pronoun or a name (every word capitalised)."""
    words = c.text[frame.speaker_start : frame.speaker_end].split()
    return bool(words) and (words[0].lower() in PERSONAL or all(w[:1].isupper() for w in words))


def _open_dash(c: Ctx, joint: str, frame: Frame, start: int, end: int) -> bool:
    """A frame whose subject (a pronoun or a name) follows the one dash of a content opens a
    clause of its own: 'X seems A - she told Y that C' (but not after a pair of dashes: 'X
    says A -- as Y noted -- B')."""
    if not joint.endswith(DASH_ENDS) or len(RE_DASH_MARK.findall(c.text, start, end)) != 1:
        return False
    return _named(c, frame)


def _has_speaker(c: Ctx, frame: Frame) -> bool:
    """False when the mention is one function word ("the", "when", "after"): the cue was a
    noun or the subject is elsewhere."""
    mention = c.text[frame.speaker_start : frame.speaker_end]
    named = mention[:1].isupper() and frame.speaker_start > c.s.start  # '"C," From said.'
    return named or mention.lower() not in c.lex.frame_class("not_speaker")


def find_frames(
    text: str, sentence: Sentence, hits: Sequence[CueHit], quotes: QuoteIndex, lex: Lexicon
) -> list[Frame]:
    """Every reporting frame of ``sentence`` whose cue (one of ``hits``) is outside quotes."""
    c = Ctx(text, sentence, quotes, lex)
    frames: list[Frame] = []
    for m in hits:
        if quotes.covering(m.start()) is not None:
            continue
        frame = _frame_for_cue(c, m, frames[-1] if frames else None)
        if frame is not None and _has_speaker(c, frame):
            _add(c, frames, frame)
    if not frames:
        label = label_frame(c)
        if label is not None:
            return [label]
    extra = quote_frames(c, frames)
    if not frames:
        extra += source_frames(c, frames)
    extra += colon_frames(c, [*frames, *extra])
    return sorted([*frames, *extra], key=lambda f: f.cue_start) if extra else frames
