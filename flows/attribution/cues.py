"""Find the reporting frames of one sentence: each cue, read in the shape it appears in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.adjuncts import fronted_participle, fronted_question
from flows.attribution.appositions import describes_name, named_appositive_frame
from flows.attribution.as_clauses import as_by_frame
from flows.attribution.clause_frames import (
    MAX_PRE_WORDS,
    hearer_only,
    post_frame,
    pre_frame,
    quote_closes_sentence_before,
    quote_just_before,
)
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit, Lexicon, cue_form
from flows.attribution.object_end import RE_LAST_WORD
from flows.attribution.participles import participle_speaker
from flows.attribution.particles import adjunct_only
from flows.attribution.passive import (
    BE_FORMS,
    agentless_passive,
    passive_frame,
    relative_participle,
    without_passive_subject,
)
from flows.attribution.pictures import captions_picture
from flows.attribution.possessed import possessed_noun_frame, possessed_noun_hits
from flows.attribution.quotes import QuoteIndex
from flows.attribution.readers import (
    HEAD_CLASSES,
    according_frame,
    appositive_pre_frame,
    fronted_inverted_frame,
    interjected_inverted_frame,
    inverted_frame,
    mid_frame,
    participle_frame,
)
from flows.attribution.senses import other_sense
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS, _word_count
from flows.attribution.subjects import (
    NAME_JOINERS,
    PERSONAL,
    RELATIVE,
    RELATIVE_CUT,
    Ctx,
    n_words,
    narrow_subject,
)
from flows.attribution.unframed import colon_frames, label_frame, quote_frames, source_frames
from flows.records import Sentence

__all__ = ["find_frames"]

DASH_ENDS = (" -", " --", "\u2013", "\u2014")
RE_SPEAKER_TOKEN = re.compile(r"[^\s,;:]+")  # a speaker's words, case kept
MAX_OF_MODIFIERS = 3  # 'of new reports', 'of newly filed campaign-finance reports'
RE_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
RE_DASH_MARK = re.compile(r"\s--?\s|[\u2013\u2014]")
# the bare verb after a raising verb ('appears to hold', 'appears set to veto'; not a
# participle's: 'appeared choreographed to project')
RE_RAISED_VERB = re.compile(r"\s+(?:[a-z]+(?<!ed)\s+)?to\s+([a-z]+)\b")
MAX_RAISING_GAP = 3  # "is", "is not", "is also widely" between a subject and a raising verb
RELATIVE_SUBJECT = frozenset(["who", "that"])  # 'Farmers who praised the plan warned C'
MIN_RELATIVE_OBJECT_WORDS = 2  # 'who know him say C': a one-word object reports nothing
INTERRUPTING_RELATIVES = ("which ", "who ", "whom ")  # a relative clause set off inside C
RE_CLAUSE_BREAK = re.compile(r"[,;:()\"\u201c\u201d\u2013\u2014]|\s-")  # a break before a main verb
MAX_COORDINATED_ADVERBS = 2  # 'and then quickly said'
MAX_HEAD_LEAD_WORDS = 3  # 'senior oilseeds analyst' before the rest of a long subject
MIN_UNNAMED_WORDS = 5  # 'X who declined to be named'
MAX_UNNAMED_VERB_WORDS = 3  # 'asked not to', 'declined to', 'did not want to'
MAX_RELATIVE_WORDS = 4  # "who", "who has also", "who had long"
NOT_INVERTED = frozenset(["tell", "inform", "assure", "remind", "urge"])  # take an object
MAX_NAME_WORDS = 5  # a name before its appositive ('Mr. Ann B. Lee, the mayor, said')
MAX_LONG_PRE_WORDS = 12  # a long noun phrase subject ('a member of the board of the agency')
LONG_SUBJECT_LEADS = frozenset(["a", "an", "the"])
CATENATIVE_GAPS = frozenset(["to", ""])  # between a catenative cue and the verb after it
LONG_SUBJECT_STOPS = frozenset(["who", "which", "whom", "whose", "that"])
RE_LONG_WORD = re.compile(r"\b[^\W\d_][\w'’]{3,}")
RE_EVEN_END = re.compile(r"\beven\s+$", re.IGNORECASE)
# a quotation that ends like an utterance ('"Stop,"', '"No!"'), not a scare quote ('"extravagant"')
QUOTING_CUES = frozenset(["quoted", "quoting", "quote"])  # 'the paper quoted X as saying'
RE_QUOTED_AS_END = re.compile(r"\s+[^.;:!?\"\u201c\u201d]{1,120}?\s+as\s+saying\s*[.!?]?\s*$")
RE_AS_BEFORE = re.compile(r"\sas\s*$")
RE_UTTERANCE_END = re.compile(r"[,.!?;:]['\"\u2019\u201d\s]*$")
RE_ASIDE_BREAK = re.compile(r",(?=\s)|\s--?\s|[\u2013\u2014]")
ASIDE_LEADS = frozenset(["the", "an"])  # with class number_word and time_measure: 'a', 'two'
RE_CLAUSE_OPENER = re.compile(r"\s+(?:[A-Z]|(?:he|she|they|we|I)\b)")  # a name or a pronoun
RE_TAIL_BREAK = re.compile(r"[,.;:!?\"\u201c\u201d()]|\s--?\s|[\u2013\u2014]")
VERB_PAIR = frozenset(["and", "but"])
RE_SET_OFF = re.compile(r",[^,;:.]+,\s*")  # ', his spokesman, ' between a subject and its cue
MIN_TITLE_WORDS = 3
MAX_ADJUNCT_CHARS = 48  # ', but earlier on Tuesday afternoon' before a second frame's subject
MAX_ADJUNCT_WORDS = 5
RE_COORDINATOR_LEAD = re.compile(r"([A-Za-z]+)\s+")
RE_FIRST_LOWER = re.compile(r"\s*([a-z]+)\s")  # the first word of a comma part, in lower case
# ', before' right before a participle cue, or after a quotation closed on its comma ('"C," before')
RE_COMMA_PREPOSITION = re.compile(r",[\"'\u201d\u2019]*\s+(\w+)$")
TITLE_SHARE = 0.75
NAME_WORD_REACH = 30  # characters before a capitalised cue read for the word before it
MAX_HEARER_CHARS = 60  # of a content that may be only whom it was told to ('the Daily Herald')
RE_OBJECT_TAIL = re.compile(
    r"\s+(?:[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and))*"
    r"|(?:the|a|an|his|her|their|its)(?:\s+[\w'’-]+){1,4}?"
    r"|me|us|him|her|them|reporters|journalists|[a-z]{3,}[a-rt-z]s)"  # 'told shareholders'
    r"(?:\s+here)?"  # where it was said: 'told Xinhua here on Wednesday'
    r"(?:\s+(?:in|on|at|during|after|before|via|over|late|early|last|by|from)"  # 'by telephone'
    r"\s+[^,.;:!?\"\u201c]{1,60})?"
    r"\s*[.!?]?\s*$"
)


def _is_interjected(c: Ctx, m: CueHit, seg: int) -> bool:
    """ ", she said, is not so simple": a frame set off by commas inside the statement; the
    cue may have its own adjunct before the second comma (particles.adjunct_only) when a
    verb follows that comma, the predicate of the subject before the frame ('These workers,
    Ann Lee said on Monday, were well paid'; not '..., said on Monday, the third rise')."""
    if seg <= c.s.start or c.text[seg - 1] != ",":
        return False
    tail = c.text[m.end() : c.s.end].lstrip()
    adjunct = not tail.startswith(",")
    if adjunct:
        comma = c.text.find(",", m.end(), c.s.end)  # (no comma after the cue: most cues)
        if comma < 0 or not adjunct_only(c.text, m.end(), comma, c.lex):
            return False
        tail = c.text[comma : c.s.end]
    rest = tail[1:].lstrip()
    nxt = fr._words(rest[:40])
    if adjunct and not (nxt and c.lex.verb_word(nxt[0], aux=True)):
        return False
    return (
        bool(nxt)
        and (rest[:1].isalnum() or _quoted_predicate(rest))
        and nxt[0] not in c.lex.frame_class("frame_end")
        and not nxt[0].endswith("ing")
    )


def _quoted_predicate(rest: str) -> bool:
    """After the frame's second comma a quotation opens on a lower-case word: the rest of the
    sentence begun before the frame ('The new dam, Ann Lee said, "will last a century."')."""
    if rest[:1] not in fr.QUOTE_OPEN and not rest.startswith("''"):
        return False
    inner = rest.lstrip(fr.QUOTE_OPEN + "'")
    return inner[:1].islower()


def _quoted_as(c: Ctx, m: CueHit) -> bool:
    """'saying' after 'as' that ends a sentence where a quoting cue comes before it ('C, the
    paper quoted Ann Lee as saying.': the quoting cue's frame takes C)."""
    before = c.text[c.s.start : m.start()]
    return (
        RE_AS_BEFORE.search(before) is not None
        and not c.text[m.end() : c.s.end].strip(" .!?\"'\u201d\u2019")
        and not QUOTING_CUES.isdisjoint(fr._words(before))
    )


def _title_case(c: Ctx) -> bool:
    """A headline in title case ("Ann Lee Slams The Plan"): every longer word capitalised."""
    words = RE_LONG_WORD.findall(c.text, c.s.start, c.s.end)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= MIN_TITLE_WORDS and capitals >= TITLE_SHARE * len(words)


def _in_title(c: Ctx, start: int) -> bool:
    """A capitalised cue right after a lower-case word or '&' (no punctuation between) is a
    word of a name in title case, in a sentence of names: 'the War to Resist Big Aggression',
    'Racing Stripes and Assault on Precinct 13', 'Bank Mees & Hope'."""
    if not c.text[start - 1 : start].isspace():
        return False
    before = c.text[max(c.s.start, start - NAME_WORD_REACH) : start].split()
    word = before[-1] if len(before) > 1 else ""  # (a whole word: one more before it)
    return word == "&" or word.isalpha() and word.islower()


def _comma_adverb(c: Ctx, start: int, end: int) -> int:
    """Where a comma and one adverb right before a participle cue at ``end`` start ('criticized
    the plan, wrongly claiming C': the participle opens the speaker's second frame, as after
    a comma alone); -1 when the words before it end otherwise."""
    head, _, word = c.text[start:end].rstrip().rpartition(" ")
    if head.endswith(",") and word and fr._adverb(word, word.lower(), c.lex):
        return start + len(head) - 1
    return -1


def _frame_for_cue(c: Ctx, m: CueHit, previous: Frame | None) -> Frame | None:
    form = cue_form(m.group())
    lemma, w = c.lex.cue_lemma[form], c.lex.cue_weight[form]
    if (m.group()[0].isupper() and m.start() != c.s.start
            and (not _title_case(c) or _in_title(c, m.start()))
            and c.text[c.s.start : m.start()].strip(" ([") != ""):  # '(According to X, C.)'
        return None
    if _in_inverted_tail(c, m, previous):
        return None
    if form == "saying" and _quoted_as(c, m):
        return None  # 'C, the paper quoted Ann Lee as saying.': the quoting cue's frame
    if lemma == "according to":
        return according_frame(c, m, w)
    if previous is None and (m.group().endswith(" by") or c.text.startswith(" by ", m.end())):
        sourced = as_by_frame(c, m, w)  # 'as reported by X'
        if sourced is not None:
            return sourced
    shaped = (
        passive_frame(c, m, w)
        or fronted_participle(c, m, w)
        or fronted_question(c, m, w)
        or fronted_inverted_frame(c, m, w)
    )
    if shaped is not None:
        return shaped
    if agentless_passive(c, m) or relative_participle(c, m):
        return None
    before = c.text[c.s.start : m.start()].rstrip()
    closes_quote = c.quotes.ending_at(c.s.start + len(before)) is not None
    comma = before.rstrip(fr.QUOTE_CLOSE + "'\u2019")[-1:] == ","  # '..., "C," adding'
    comma = comma or before.endswith(DASH_ENDS)  # '... "C" - adding that D'
    if form.split()[0].endswith("ing") and (
        comma
        or _comma_adverb(c, c.s.start, m.start()) >= 0
        or before.endswith((" and", " by"))
        or previous is not None and _after_adjunct_preposition(c, before)
    ):
        return participle_frame(c, m, lemma, w, previous)
    # '"C," said X' but never '"C," told X', nor a cue whose complement is an object:
    # 'Ann Lee, a retiree, endorsed Tom Hall' ('endorsed' is learned with the shape "np")
    invertible = lemma not in NOT_INVERTED and c.lex.cue_shape.get(form) != "np"
    if invertible and ((before[-1:] == "," and not _named_subject(c, before)) or closes_quote):
        frame = (None if closes_quote else interjected_inverted_frame(c, m, w)) or (
            inverted_frame(c, m, w, after_quote=closes_quote)
        )
        if frame is not None:
            return frame
    seg = fr._segment_start(c.text, c.s.start, m.start())
    n_pre = _word_count(c.text, seg, m.start())
    if (
        1 <= n_pre <= 5
        and c.quotes.ending_at(fr._skip_back(c.text, seg, " ,")) is None  # after no quotation
        and _is_interjected(c, m, seg)
    ):
        frame = mid_frame(c, m, seg, w)
        if frame is not None:
            return frame
    if 1 <= n_pre <= MAX_PRE_WORDS or n_pre <= MAX_LONG_PRE_WORDS and _long_subject(c, seg, m):
        # 'said Ann Lee, who predicted turnout will fall': a relative clause has its own
        # complement, so the quotation before it does not make any short tail end the frame
        lenient = (
            quote_just_before(c, seg)
            or quote_closes_sentence_before(c, seg, m.end())
            or _object_ends_frame(c, m, seg, lemma)
        ) and not _relative_subject(c, seg, m.start()) and not _second_clause(c, seg, previous)
        if (fr._is_endish(c.text, m.end(), c.s.end, c.lex, lenient=lenient)
                or _aside_after_adjunct(c, m, seg)):
            frame = pre_frame(c, m, seg, w, previous)
            if frame is not None:
                return frame
    if n_pre == 0 and fr._is_endish(c.text, m.end(), c.s.end, c.lex, lenient=True):
        frame = appositive_pre_frame(c, m, seg, w)
        if frame is not None:
            return frame
    if n_pre == 0 and (
        fr._is_endish(c.text, m.end(), c.s.end, c.lex) or _object_ends_frame(c, m, seg, lemma)
    ):  # 'C, Ann Lee, a plant director, said.' (no quotation before the name)
        frame = named_appositive_frame(c, m, w)
        if frame is not None:
            return frame
    return post_frame(c, m, lemma, w, previous)


def _second_clause(c: Ctx, seg: int, previous: Frame | None) -> bool:
    """The cue's comma part opens with a clause coordinator after another frame of the
    sentence ('"A," Ann Lee said, but Tom Hall said B', 'Ann Lee told Reuters A, and the
    council told the BBC B'): a clause of its own, so no quotation or object before or
    after the cue lets the frame close on the words before it."""
    if previous is None:
        return False  # (a first frame: nearly every cue)
    first = RE_FIRST_LOWER.match(c.text, seg)
    return first is not None and first.group(1) in c.lex.frame_class("clause_coordinator")


def _long_subject(c: Ctx, seg: int, m: CueHit) -> bool:
    """A subject of more than ``MAX_PRE_WORDS`` words between a comma and a closing cue
    that is one noun phrase: it opens with 'a', 'an', 'the' or a capital, has no verb
    and no relative pronoun ('C, a member of the board of the state's farm agency said.',
    'C, the Joint Weather Facility of the Agriculture and Commerce Departments said.'), or
    a closed quotation ('"C," Acme and Co Ltd chief economist Ann Lee said.'). A closing
    'who' clause that only keeps the speaker unnamed is no part of the test, and the noun
    phrase before it may open with any word but an opener ('C, grain traders in the port who
    asked not to be named said.')."""
    end = c.s.start + len(c.text[c.s.start : seg].rstrip())  # the comma or the quote's end
    if c.text[end - 1 : end] != "," and c.quotes.ending_at(end) is None:
        return False
    said = c.text[seg : m.start()].split()
    words = _without_unnamed_relative(c, said)
    if not words or not (
        words[0] in LONG_SUBJECT_LEADS
        or words[0][:1].isupper()
        or len(words) < len(said) and words[0] not in c.lex.union("opener", "subordinator")
        or _speaker_head_lead(c, words)
    ):  # 'C, grain traders who asked not to be named said.': the noun phrase of a speaker
        return False
    verbs = c.lex.union("verbish", "aux", "subordinator", plus=LONG_SUBJECT_STOPS)
    if any(
        (w.lower().strip(",.") in verbs and not _to_noun_phrase(c, words, i))
        or w.lower() in c.lex.cue_lemma
        for i, w in enumerate(words)
    ):
        return False  # a verb, or a cue with a frame of its own ('"C," X said at a debate ...')
    return all(_reduced_relative(c, words, i) for i, w in enumerate(words) if w.endswith("ed"))


def _to_noun_phrase(c: Ctx, words: list[str], i: int) -> bool:
    """A 'to' before a noun phrase (a capitalised word or a determiner: 'sources close to
    the minister', 'adviser to French Finance Minister Ann Lee'), a preposition, not an
    infinitive's ('a plan to cut taxes')."""
    nxt = words[i + 1 : i + 2]
    return (
        words[i] == "to"
        and bool(nxt)
        and (nxt[0][:1].isupper() or nxt[0] in c.lex.frame_class("noun_determiner"))
    )


def _speaker_head_lead(c: Ctx, words: list[str]) -> bool:
    """Lower-case words opening a long subject up to a word of a speaker head class ('lead
    manager X Ltd said', 'trade sources in ... said', 'senior oilseeds analyst for X Ann Lee
    said'): a noun phrase naming who speaks, no clause ('and', 'while' or a verb before it)."""
    heads = c.lex.union(speaker=HEAD_CLASSES)
    stops = c.lex.union("opener", "connector", "subordinator", "verbish", "aux")
    for word in words[:MAX_HEAD_LEAD_WORDS]:
        if not word.isalpha() or not word.islower() or word in stops:
            return False
        if word in heads:
            return True
    return False


def _without_unnamed_relative(c: Ctx, words: list[str]) -> list[str]:
    """The words before a closing 'who' clause that says only that the speaker is not named
    ('C, a trader at the bank who asked not to be named said.'): it ends on a passive of class
    ``unsaid_passive`` ('be named', 'be identified') and holds no other frame."""
    if len(words) < MIN_UNNAMED_WORDS or f"{words[-2]} {words[-1]}" not in c.lex.frame_class(
        "unsaid_passive"
    ):
        return words
    who = next((i for i in range(len(words) - 1, 0, -1) if words[i] in RELATIVE_CUT), 0)
    rest = words[who + 1 : -2]
    if not who or len(rest) > MAX_UNNAMED_VERB_WORDS or words[who - 1].endswith(","):
        return words  # (after a comma, appositions.py reads the aside)
    return words[:who]


def _reduced_relative(c: Ctx, words: list[str], i: int) -> bool:
    """An '-ed' word in a long subject is a participle after its noun, before a preposition
    ('a report released on Monday by the ministry', 'a person briefed on the call'), not a
    finite verb ('the board voted')."""
    after = words[i + 1 : i + 2]
    return i > 0 and bool(after) and after[0].lower() in c.lex.frame_class("participle_link")


def _after_adjunct_preposition(c: Ctx, before: str) -> bool:
    """The words before a participle cue end on a comma and a preposition of class
    ``adjunct_preposition``: '"C," she said, before suggesting that D', 'X said C, while
    adding D' (with a frame before it, whose speaker says D; not 'X dismissed A while
    saying B', one clause, nor 'X left early, after praising Y' with no frame before)."""
    prep = RE_COMMA_PREPOSITION.search(before)
    return prep is not None and prep.group(1).lower() in c.lex.frame_class(
        "adjunct_preposition"
    )


def _aside_after_adjunct(c: Ctx, m: CueHit, seg: int) -> bool:
    """'C, the ministry said on Thursday, the third rise in a row.' / 'C, the office reported
    on Tuesday -- a development that ...': after a clause and the comma before the subject,
    the cue's adjunct closed by a dash, or by a comma before a noun phrase ('the', a number,
    a time measure: 'two days after ...'), ends the frame; the words after it are the
    writer's aside, not what was said. Not after a fronted adverbial ('In Ohio, Ann Lee said
    on Monday, a dam will be built'), nor for a relative subject ('..., who said in July -
    falsely - that C'), nor for a clause before the cue ('..., detects photos as they are
    added on Monday, the first day'), nor before a pair of dashes."""
    if c.text[seg - 1 : seg] != "," or _relative_subject(c, seg, m.start()):
        return False
    if set(fr._words(c.text[seg : m.start()])) & c.lex.union("verbish", "subordinator"):
        return False  # '..., detects photos as they are added on Monday, the ...': a clause
    lead = fr._words(c.text[c.s.start : seg][:40])[:1]
    if not lead or lead[0] in c.lex.union("adjunct_lead", "opener", "subordinator"):
        return False
    brk = RE_ASIDE_BREAK.search(c.text, m.end(), c.s.end)
    if brk is None or not c.text[m.end() : brk.start()].strip():
        return False
    if not fr._is_endish(c.text, m.end(), brk.start(), c.lex):
        return False
    if brk.group() != ",":
        return RE_ASIDE_BREAK.search(c.text, brk.end(), c.s.end) is None
    nxt = fr._words(c.text[brk.end() : brk.end() + 40])[:1]
    leads = c.lex.union("number_word", "time_measure", plus=ASIDE_LEADS)
    return bool(nxt) and (nxt[0] in leads or nxt[0].isdigit())


def _in_inverted_tail(c: Ctx, m: CueHit, previous: Frame | None) -> bool:
    """A noun cue (after a determiner) in the words after an inverted frame's cue, before
    any punctuation, is part of its speaker or setting ('"C," said Ann Lee in a note to
    clients', 'said one aide involved in the planning'): no cue of its own."""
    if previous is None or previous.pattern != "inverted" or previous.cue_end > m.start():
        return False
    before = fr._words(c.text[max(c.s.start, m.start() - 20) : m.start()])[-1:]
    return (
        bool(before)
        and before[0] in c.lex.frame_class("noun_determiner")
        and RE_TAIL_BREAK.search(c.text, previous.cue_end, m.start()) is None
    )


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
        and all(describes_name(c, p) for p in parts[1:])
        and not any(ch in before for ch in fr.QUOTE_OPEN + fr.QUOTE_CLOSE)
    )


def _adverbial_lead(c: Ctx, words: list[str]) -> bool:
    """A comma part that opens a sentence as an adverbial ("On Saturday", "In a study of X").
    Not a twin of ``subjects._adverbial_segment``: a connector opener ("However") or a lone
    "-ly" adverb ("Reportedly") is no adverbial here, a part opening with a time word
    ("Yesterday in Ohio") is; either test in place of the other changes some frames."""
    first = words[0].lower()
    return first in c.lex.union("opener", minus=c.lex.frame_class("connector")) or (
        first in c.lex.frame_class("time")
    )


def _object_ends_frame(c: Ctx, m: CueHit, seg: int, lemma: str) -> bool:
    """'C, she told Xinhua.' / 'C, Ann Lee told the Herald in an interview.': after a comma,
    a cue that takes an object ("tell") followed by only that object and an adverbial; 'C,
    the paper quoted Ann Lee as saying.'"""
    if lemma in QUOTING_CUES and RE_QUOTED_AS_END.match(c.text, m.end(), c.s.end):
        return c.text[seg - 1 : seg] == "," or c.quotes.ending_at(seg) is not None
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
    if frames and _catenated(c, frames[-1], frame):
        frames[-1] = replace(frames[-1], content_end=min(frames[-1].content_end, frame.content_end))
        return  # 'X continued to insist that C': the complement of 'insist' is C, where it ends
    if frames and _object_is_subject(c, frames[-1], frame):
        frames.pop()  # 'X denied Mr Lee, his spokesman, said C': X denied no 'Mr Lee'
    if frames and frame.pattern == "pre" and _crosses(frames[-1], frame):
        return  # '"C," said X, who added that the firm hopes to D': C is not the firm's
    if frames and (frames[-1].content_start < frame.cue_start < frames[-1].content_end
                   or _coordinated_subject_in(c, frames[-1], frame)):
        prev = frames[-1]
        if _interrupting_relative(c, prev, frame):
            return  # 'asked whether the plan, which X estimates would cost $9m, would C'
        if frame.pattern == "pre" and _framed_after_colon(c, prev, frame):
            cut = fr._trim_content(c.text, prev.content_start, frame.content_start)
            frames[-1] = replace(prev, content_end=cut[1])  # 'X seemed annoyed: "C," she wrote'
            if cut[0] >= cut[1]:
                frames.pop()
            frames.append(frame)
            return
        if _main_after_relative(c, prev, frame):  # 'Farmers who praised the plan warned C'
            cut = fr._trim_content(c.text, prev.content_start, frame.cue_start)
            frames[-1] = replace(prev, content_end=cut[1])
            if n_words(c, cut) < MIN_RELATIVE_OBJECT_WORDS:
                frames.pop()  # 'People who know him say C': 'know him' reports nothing
            if not _object_only(c, frame):  # 'An aide who asked for anonymity told Xinhua.'
                frames.append(frame)
            return
        later = [x for x in (frame.cue_start, _subject_start(c, frame)) if x > prev.content_start]
        # adverbs before a second verb that shares the subject ('and later said C'), not
        # before a subject of its own ('and also naming record label X': no verb there)
        stop = (_before_coordinated_adverbs(c, prev.content_start, min(later))
                if min(later) == frame.cue_start else min(later))
        adverb = _comma_adverb(c, prev.content_start, stop) if frame.pattern == "participle" else -1
        if adverb >= 0:
            stop = adverb  # 'criticized the plan, wrongly claiming C': the comma ends the plan
        joint = c.text[prev.content_start : stop].rstrip()
        linked = _coordinator_start(c, joint, prev.content_start, frame)  # '..., while X said'
        cut = fr._trim_content(c.text, prev.content_start, stop if linked < 0 else linked)
        if frame.pattern == "participle" and _after_adjunct_preposition(c, c.text[slice(*cut)]):
            cut = fr._trim_content(c.text, cut[0], c.text.rindex(",", *cut))  # ', before'
        coordinated = frame.pattern in ("participle", "pre", "inverted", "according") or (
            joint.endswith((",", ";", " and", " but"))
            or _said_quote(c, prev, joint)
            or linked >= 0
            or _open_dash(c, joint, frame, prev.content_start, prev.content_end)
        )
        verb_pair = joint.endswith((" and", " but"))  # "praised the crew and said C"
        shared = (frame.speaker_start, frame.speaker_end) == (prev.speaker_start, prev.speaker_end)
        if verb_pair and shared and _tenses_differ(c, prev.cue, frame.cue):
            return  # 'X said she backs A but opposes B': the second verb is hers, in C
        # 'shouted, "Stop," Tom Hall said, "No."': a whole quotation is never too short
        quoted = c.quotes.opening_at(cut[0])
        # ... but a scare quote ('criticised "extravagant" Tory promises') is no utterance
        whole_quote = (quoted is not None and quoted.closed and quoted.end == cut[1]
                       and RE_UTTERANCE_END.search(c.text, quoted.start, quoted.end) is not None)
        # 'welcomed the decision, saying C': an object of two words before a participle
        object_first = frame.pattern == "participle" and _determined_object(c, cut)
        aside = _participle_aside(prev, frame) and joint.endswith(",")
        bare = frame.pattern == "participle" and joint.endswith(",") and _bare_object(c, cut)
        least = (1 if verb_pair or linked >= 0 or whole_quote or aside or bare
                 else 2 if object_first else 3)
        if n_words(c, cut) < least or not coordinated:
            if coordinated and _takes_whole_clause(c, prev, frame):
                frames[-1] = frame  # 'Sales are expected to rise, officials said': theirs
            return
        at_frame = cut[1] <= max(prev.cue_end, prev.speaker_end)
        if prev.pattern == "mid" and at_frame:
            own = 0 <= linked < frame.speaker_start and _plain_subject(c, frame)
            if not own and _named(c, prev):
                return  # 'A, she said, B told Y C': a cut at the interjected frame; B is hers
            if own:  # A ends before the interjected frame
                cut = fr._trim_content(c.text, prev.content_start,
                                       min(prev.speaker_start, prev.cue_start))
        frames[-1] = replace(prev, content_end=cut[1])
    frames.append(frame)


def _takes_whole_clause(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """``frame``'s content holds all of ``prev``, subject and verb, and ends at a comma or
    runs on after ``frame``: it reports the whole clause ('Sales are expected to rise,
    officials said', 'The dam appears to hold, the engineer said', 'Ann Lee hoped to win,
    as aides said', 'A, he noted, B'), and the verb inside gives no row of its own (a long
    content already kept both, and the outer one wins). Not a word after a quotation
    ('criticised "extravagant" Green promises')."""
    return (
        frame.content_start <= prev.speaker_start
        and prev.cue_end <= frame.content_end
        and (c.text[frame.content_end : frame.content_end + 1] == ","
             or frame.content_end > frame.cue_end)
    )


def _coordinated_subject_in(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """The frame's subject ends the previous content after a clause coordinator, cut off
    from its cue by an aside ('Ann Lee said A, while Tom Hall, who chairs the board, said
    B': the previous content ended before ', who'): the subject opens a clause of its own,
    so the previous content ends at the coordinator, as when the cue is inside it."""
    if not prev.content_start < frame.speaker_start < prev.content_end <= frame.cue_start:
        return False  # (nearly every frame: its cue and its subject after the content)
    last = RE_LAST_WORD.search(c.text, prev.content_start, frame.speaker_start - 1)
    return (
        last is not None
        and last.group().lower() in c.lex.frame_class("clause_coordinator")
        and last.start() > prev.content_start  # not 'But X, who': the content's first word
        and c.text.startswith(",", prev.content_end)
    )


def _crosses(prev: Frame, frame: Frame) -> bool:
    """``frame``'s cue is inside ``prev``'s content but its content is before ``prev``'s cue
    ('"C," said X, who added that the firm now hopes to D': a quotation read as what the
    firm hopes): a cue nested in what was said cannot reach back over the frame around it."""
    return (
        prev.content_start < frame.cue_start < prev.content_end
        and frame.content_end <= prev.cue_start
    )


def _framed_after_colon(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """``frame``'s content is a quotation after a colon inside ``prev``'s content, framed by
    its own cue ('Ann Lee seemed annoyed: "C," she wrote'): the quotation is the writer's,
    and ``prev``'s content ends at the colon."""
    return (
        prev.content_start < frame.content_start
        and c.text[: frame.content_start].rstrip().endswith(":")
        and c.quotes.opening_at(frame.content_start) is not None
    )


def _catenated(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """``frame``'s cue is the verb after 'to' that hands ``prev``'s cue its complement
    ('continued to insist that C', content_start._catenated_speech): the same content."""
    return (
        frame.content_start == prev.content_start
        and prev.cue_end < frame.cue_start < prev.content_start
        and c.text[prev.cue_end : frame.cue_start].strip() in CATENATIVE_GAPS
    )


def _participle_aside(prev: Frame, frame: Frame) -> bool:
    """``prev`` is a participle set off by commas between its subject and the main verb,
    whose frame is ``frame`` ('The union, citing safety concerns, said C'): the comma ends
    what the aside cites, however short."""
    return (
        prev.pattern == "participle"
        and frame.pattern == "post"
        and frame.speaker_start == prev.speaker_start
        and frame.speaker_end <= prev.cue_start
    )


def _before_coordinated_adverbs(c: Ctx, start: int, stop: int) -> int:
    """Where lower-case adverbs between 'and' or 'but' and a second verb start ('praised the
    crew and later said C', 'and then quickly added'): an '-ly' word, or one of class
    ``verb_adverb`` or ``coordinated_adverb``; they are the second verb's, so the joint ends
    on the coordinator. ``stop`` when no such adverb follows a coordinator."""
    head = c.text[start:stop].rstrip()
    adverbs = c.lex.union("verb_adverb", "coordinated_adverb")
    n = 0
    while n < MAX_COORDINATED_ADVERBS:
        cut = head.rfind(" ")
        word = head[cut + 1 :]
        if cut < 0 or not word.isalpha() or not (
            word in adverbs or fr._adverb(word, word, c.lex)
        ):
            break
        head, n = head[:cut], n + 1
    if n == 0 or not head.endswith((" and", " but")):
        return stop
    return start + len(head) + 1


def _interrupting_relative(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """``frame`` is a relative clause set off by commas inside ``prev``'s content, whose
    clause goes on after it with a finite verb ('asked whether the plan, which the council
    estimates would cost $9m, would raise taxes'): what the relative clause reports is nested
    in ``prev``'s content, which does not end at it."""
    if not c.text.startswith(INTERRUPTING_RELATIVES, frame.speaker_start):
        return False  # (the cheap test first: nearly every frame opens otherwise)
    if c.text[fr._skip_back(c.text, frame.speaker_start, " ") - 1] != ",":
        return False
    if frame.content_end >= prev.content_end or c.text[frame.content_end] != ",":
        return False
    verb = RE_NEXT_WORD.match(c.text, frame.content_end + 1, prev.content_end)
    finite = c.lex.union("verbish", "aux", "past")
    return verb is not None and verb.group(1) in finite


def _main_after_relative(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """``frame``'s cue is the main verb after a relative clause whose own cue made ``prev``:
    'Farmers who praised the plan warned that C' ('warned' is the farmers', and 'the plan'
    ends what they praised). ``prev``'s subject is 'who' or 'that' right after ``frame``'s
    subject, a noun (no word of class ``np_link``), with no comma: after one ('Ann Lee, who
    praised the plan, warned C') the comma already ends the clause."""
    if frame.pattern != "post" or not frame.speaker_end <= prev.speaker_start:
        return False
    pronoun = c.text[prev.speaker_start : prev.speaker_end].lower()
    if pronoun not in RELATIVE_SUBJECT or c.text[frame.speaker_end : prev.speaker_start].strip():
        return False
    antecedent = fr._words(c.text[frame.speaker_start : frame.speaker_end])[-1:]
    if not antecedent or antecedent[0] in c.lex.frame_class("np_link"):
        return False  # 'grew heated over who backed it that X said C': a question, no clause
    # a finite verb right after the relative clause's object, not 'who asked to reveal C',
    # 'who heard his call for C', 'who want change - only she thinks C'
    between = fr._words(c.text[prev.content_start : frame.cue_start])
    return (
        " " not in frame.cue
        and not frame.cue.endswith("ing")
        and bool(between)
        and between[-1] != "to"
        and between[-1] not in c.lex.union("verbish", "aux")  # 'before they are revealed'
        and RE_CLAUSE_BREAK.search(c.text, prev.content_start, frame.cue_start) is None
    )


def _object_only(c: Ctx, frame: Frame) -> bool:
    """A cue that takes an object ('told') followed by only that object and an adjunct."""
    if c.lex.cue_lemma.get(cue_form(frame.cue)) not in fr.OBJECT_CUES:
        return False
    return RE_OBJECT_TAIL.match(c.text, frame.cue_end, c.s.end) is not None


def _hearer_frame(c: Ctx, frame: Frame) -> bool:
    """A frame of a cue that takes a hearer ('told') whose content is only that hearer
    (``clause_frames.hearer_only``): no statement."""
    if frame.content_end - frame.content_start > MAX_HEARER_CHARS:
        return False  # (the cheap test first: nearly every content is longer)
    if c.lex.cue_lemma.get(cue_form(frame.cue)) not in c.lex.frame_class("hearer_cue"):
        return False
    return hearer_only(c, frame.cue_end, (frame.content_start, frame.content_end))


def _determined_object(c: Ctx, span: tuple[int, int]) -> bool:
    """Two words opening with a determiner or a possessive ('the decision', 'his remarks'):
    a noun phrase, the object of the cue before it."""
    words = fr._words(c.text[span[0] : span[1]])
    return len(words) == 2 and words[0] in c.lex.frame_class("noun_determiner")


def _bare_object(c: Ctx, span: tuple[int, int]) -> bool:
    """One or two words with no verb ('comment', 'foreign aid', 'no') before ', saying':
    the object of the cue before it, ended by the participle's frame ('refused comment,
    saying C', 'rejected foreign aid, saying C'); not a phrase opening with a preposition
    ('reports in Canada, quoting X, said C': no object)."""
    words = fr._words(c.text[span[0] : span[1]])
    return (
        0 < len(words) <= 2
        and words[0] not in c.lex.union("adjunct_lead", "setting_preposition")  # 'in Canada'
        and not any(c.lex.verb_word(w, aux=True) for w in words)
    )


def _tense(c: Ctx, cue: str) -> str | None:
    """'past' for a cue whose first word is a past form ('said', 'warned'), 'present' for an
    -s form ('says', 'supports'), else None (an auxiliary, a base form, a participle)."""
    word = cue.split()[0].lower() if cue.split() else ""
    if word in c.lex.frame_class("aux"):
        return None  # 'has said', 'will say': a tense of its own
    if word in c.lex.frame_class("past") or word.endswith("ed"):
        return "past"
    if word.endswith("s") and not word.endswith("ss"):
        return "present"
    return None


def _tenses_differ(c: Ctx, first: str, second: str) -> bool:
    """A cue after 'and'/'but' inside another cue's content, in another tense, is a verb of
    that content, not a second verb of the frame ('said she backs A but opposes B')."""
    a, b = _tense(c, first), _tense(c, second)
    return a is not None and b is not None and a != b


def _object_is_subject(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """The previous frame's content is only the noun phrase that is this frame's speaker,
    set off before its cue ('Mr Hall denied Mr Lee, his spokesman, said C'): with no 'that'
    the noun phrase opens the clause that is the previous cue's complement, so the previous
    frame, read as taking the noun phrase alone, is dropped; the frame keeps its speaker
    (as ``clause_frames._noun_aside`` reads it), one row where there were two, one of them wrong.
    (Reading the whole clause as the previous content, the frame nested in it, would
    give 'Mr Hall' and lose 'Mr Lee'.)"""
    return (
        prev.content_start == frame.speaker_start
        and prev.content_end == frame.speaker_end
        and prev.cue_end <= prev.content_start
        and frame.content_start >= frame.cue_end
        and RE_SET_OFF.fullmatch(c.text, frame.speaker_end, frame.cue_start) is not None
    )


def _said_quote(c: Ctx, prev: Frame, joint: str) -> bool:
    """The previous content is one quotation right after its cue, closed on a comma and
    followed by a name or a pronoun ('X shouted, "Stop," Tom Hall joked ...'): what was
    said, ended; not a quoted name after a noun ('to close the "Charleston loophole," which
    ...') or a naming cue ('called "Wild Rose," a story ...')."""
    q = c.quotes.opening_at(prev.content_start)
    return (
        q is not None
        and q.closed
        and q.end == prev.content_start + len(joint)
        and not c.text[prev.cue_end : q.start].strip(" ,:")
        and c.text[q.start : q.end].rstrip(fr.QUOTE_CLOSE + "'\u2019").endswith(",")
        and prev.cue.lower() not in c.lex.frame_class("naming")  # 'called "Wild Rose," a ...'
        and RE_CLAUSE_OPENER.match(c.text, q.end) is not None  # not '"an issuer," which ...'
    )


def _coordinator_start(c: Ctx, joint: str, start: int, frame: Frame) -> int:
    """Where the word that opens the frame's clause ends ``joint`` (the content before the
    frame, cut off at it): "and", "while", "even though" (class ``clause_coordinator``), or
    -1. A participle after "while" is the previous speaker's ('said C while adding D')."""
    last = RE_LAST_WORD.search(joint)
    if (last is None or last.group().lower() not in c.lex.frame_class("clause_coordinator")
            ) and frame.speaker_start >= start + len(joint):  # a subject of its own
        last = _coordinator_before_adjunct(c, joint)  # '..., but earlier today X said'
    if last is None or last.group().lower() not in c.lex.frame_class("clause_coordinator"):
        return -1
    if frame.cue.lower().endswith("ing") and last.group().lower() not in VERB_PAIR:
        return -1
    even = RE_EVEN_END.search(joint, 0, last.start())  # 'even though'
    return start + (last.start() if even is None else even.start())


def _coordinator_before_adjunct(c: Ctx, joint: str) -> re.Match[str] | None:
    """The coordinator after the last comma of ``joint`` when only a short adjunct of time
    or place follows it, the words the frame's subject left out ('Ann Lee said A, but
    earlier today dealers said B', ', and on Monday the council said B'; class
    ``coordinated_adjunct`` with the time classes, and numbers and names after one of its
    words), else None ('said A, but only because the council said B': no adjunct; ', and
    140 shares', ', and also naming': none either). An adjunct ending on a preposition
    lent the subject its object (', but on wider testing was shown'): None."""
    comma = max(joint.rfind(", "), joint.rfind("; "))
    if comma < 0 or len(joint) - comma > MAX_ADJUNCT_CHARS:
        return None  # (no comma near the end: nearly every joint)
    lead = RE_COORDINATOR_LEAD.match(joint, comma + 2)
    if lead is None or lead.group(1).lower() not in c.lex.frame_class("clause_coordinator"):
        return None
    words = joint[lead.end() :].rstrip(",").split()
    adjunct = c.lex.union("coordinated_adjunct", "time", "time_measure", "time_adjective")
    prepositions = c.lex.frame_class("adjunct_lead")
    if not 0 < len(words) <= MAX_ADJUNCT_WORDS or words[-1].lower() in prepositions:
        return None
    for i, word in enumerate(words):
        low = word.lower()
        after = i > 0 and (words[i - 1].lower() in prepositions or words[i - 1][:1].isupper())
        if not (low in adjunct or i > 0 and low.isdigit() or word[:1].isupper() and after):
            return None
    return RE_LAST_WORD.search(joint, 0, lead.end(1))


def _subject_start(c: Ctx, frame: Frame) -> int:
    """Where the frame's subject starts: with a restrictive "who" ("..., centrists who were
    angry"), where the words before "who" would start as the mention; else at the mention."""
    before = c.text[: frame.speaker_start].rstrip()
    if frame.antecedent and before.endswith(frame.antecedent):
        start = fr._segment_start(c.text, c.s.start, frame.speaker_start)
        head = narrow_subject(c, fr._clean_subject(c.text, start, frame.speaker_start, c.lex))
        return frame.speaker_start if head is None else head[0]
    return frame.speaker_start


def _plain_subject(c: Ctx, frame: Frame) -> bool:
    """A verb frame whose speaker opens with a personal pronoun, a capital or an article
    and is no possessive ('but he added D', ', and the minister questioned D'): a clause of
    its own after an interjected frame ('A, she said, but Tom Hall added D'); not a noun
    cue's owner ("and investors' worries"), a participle ('but judging by this estimate')
    or a clause ('and how the U.S. responds')."""
    words = c.text[frame.speaker_start : frame.speaker_end].split()
    return (
        frame.pattern == "post"
        and bool(words)
        and (words[0].lower() in PERSONAL or words[0][:1].isupper() or words[0] in ARTICLES)
        and not words[-1].endswith(("'", "\u2019", "'s", "\u2019s"))
    )


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


def _raised_subject(c: Ctx, frame: Frame, frames: list[Frame]) -> Frame:
    """'The new dam appears to hold', 'The vote is expected to pass': after a raising verb
    (or a passive one after its auxiliary) what is judged is the clause of the subject and
    the infinitive, the verb left out. One span holds both only with the verb inside it, so
    the subject joins the content when it has more letters than the verb words between them
    ('She is expected to ...' stays apart); the statement then names no speaker (assemble).
    Not before a verb of saying or holding, whose subject speaks ('Ann Lee seems to
    recognize C', 'The data appear to show that C'), nor for a passive form with no 'be'
    ('Analysts had expected C')."""
    verb = frame.cue.split()[-1].lower()
    passive = verb in c.lex.frame_class("raising_passive")
    if not passive and verb not in c.lex.frame_class("raising"):
        return frame
    if not frame.speaker_end <= frame.cue_start < frame.content_start:
        return frame
    if any(f.content_start <= frame.speaker_start < f.content_end for f in frames):
        return frame  # 'X is expected to rise, officials said': the clause is theirs
    gap = c.text[frame.speaker_end : frame.cue_start].split()
    aux = c.lex.frame_class("aux")
    if len(gap) > MAX_RAISING_GAP or not all(w in aux or w.endswith("ly") for w in gap):
        return frame  # 'The museum, expected to open in May, ...': an aside
    if passive and BE_FORMS.isdisjoint(gap):
        return frame  # 'Analysts (had) expected profits to rise': the analysts' expectation
    subject = fr.letters(c.text, frame.speaker_start, frame.speaker_end)
    if subject <= fr.letters(c.text, frame.speaker_end, frame.content_start):
        return frame
    bare = None if passive else RE_RAISED_VERB.match(c.text, frame.cue_end)
    if bare is not None and _cue_verb(c, bare.group(1)):
        return frame  # 'Ann Lee seems to recognize C', 'The data appear to show C': theirs
    return replace(frame, content_start=frame.speaker_start)


def _cue_verb(c: Ctx, verb: str) -> bool:
    """A bare verb that is a cue or whose '-s' or '-ed' form is one ('urge', 'show',
    'blame', 'recognize'): after a raising verb it tells what the subject said or held."""
    forms = c.lex.cue_lemma
    return verb in forms or verb + "s" in forms or (
        verb + ("d" if verb.endswith("e") else "ed")) in forms


def _has_speaker(c: Ctx, frame: Frame) -> bool:
    """False when the mention is one function word ("the", "when", "after"): the cue was a
    noun or the subject is elsewhere."""
    mention = c.text[frame.speaker_start : frame.speaker_end]
    named = mention[:1].isupper() and frame.speaker_start > c.s.start  # '"C," From said.'
    return (
        named
        or mention.lower() not in c.lex.frame_class("not_speaker")
        or _owner_of_noun(c, frame, mention)
    )


def _pronoun_with_relative(c: Ctx, frame: Frame) -> Frame | None:
    """A frame whose mention is a demonstrative standing for people (class
    plural_determiner: 'those', 'these') with a relative clause of at least
    ``MIN_RELATIVE_OBJECT_WORDS`` words after it, right before the cue ('Those who back her
    rivals say C'): the speaker is the demonstrative with its clause; None for any other
    mention with no speaker, when the cue is the clause's own verb ('those who say C'), a
    participle or after an auxiliary, as in ``_main_after_relative``."""
    mention = c.text[frame.speaker_start : frame.speaker_end].lower()
    if mention not in c.lex.frame_class("plural_determiner") or frame.cue_start < frame.speaker_end:
        return None
    clause = fr._words(c.text[frame.speaker_end : frame.cue_start])
    if len(clause) <= MIN_RELATIVE_OBJECT_WORDS or clause[0] not in RELATIVE_SUBJECT:
        return None
    if frame.cue.endswith("ing") or clause[-1] in c.lex.union("verbish", "aux"):
        return None  # 'those who are on the ballot defending X', 'those who ... were unaware'
    if RE_CLAUSE_BREAK.search(c.text, frame.speaker_end, frame.cue_start) is not None:
        return None  # 'those who asked, he said, C': no clause that ends at the cue
    end = fr._skip_back(c.text, frame.cue_start, " ")
    return replace(frame, speaker_end=end)


def _relative_after_content(c: Ctx, frame: Frame) -> bool:
    """A relative pronoun in lower case (speaker class ``pronoun_relative``) as the subject
    of a cue after the content: 'Lawmakers passed the law at the session, which concluded
    Wednesday.' The clause before is the antecedent's own sentence, not what the session
    said; 'C, WHO says' (an agency) and 'X, which said C' keep their frames."""
    return frame.content_end <= frame.speaker_start and c.text[
        frame.speaker_start : frame.speaker_end] in c.lex.speaker_class("pronoun_relative")


def _noun_in_of_phrase(c: Ctx, frame: Frame) -> bool:
    """A plural cue form that heads an 'of' phrase before the verb of its clause: 'A USA
    TODAY analysis of new reports shows C', 'the quality of reports has improved' ('reports'
    is the noun; its mention would end inside the phrase). The word after the cue is a
    finite verb: an auxiliary, a past form or another cue form in '-s'; not 'Most of the
    board says that C', 'a review of the emails seems to show C'."""
    if frame.pattern != "post" or not frame.cue.endswith("s"):
        return False
    of = c.text.rfind(" of ", frame.speaker_start, frame.speaker_end + 1)
    if of < 0 or len(c.text[of + 4 : frame.cue_start].split()) > MAX_OF_MODIFIERS:
        return False
    after = RE_NEXT_WORD.match(c.text, frame.cue_end, c.s.end)
    if after is None:
        return False
    word = after.group(1)
    return word in c.lex.frame_class("finite_aux") or c.lex.past_form(word) or (
        word.endswith("s") and word in c.lex.cue_lemma
    )


def _noun_after_preposition(c: Ctx, frame: Frame) -> bool:
    """The cue follows a preposition and an article inside a mention that opens on a
    lower-case word that is no determiner, pronoun or quantifier ('abandon the design based
    on the position of power', 'turning what began as a rejection of C'): a noun inside a
    prepositional phrase, which a phrase with no subject does not hold: the frame names no
    speaker (as ``_without_open_end``); not 'he came to the defense of X', 'the rivals cling
    to the hope that C'."""
    start = frame.speaker_start
    if frame.pattern != "post" or start >= frame.cue_start or not c.text[start].islower():
        return False  # cheap: most mentions open with a capital
    before = c.text[max(start, frame.cue_start - 24) : frame.cue_start].split()
    if len(before) < 3 or before[-1].lower() not in ARTICLES:
        return False
    first = c.text[start : c.text.find(" ", start)]
    return before[-2].lower() in c.lex.frame_class("dangling_preposition") and (
        first not in c.lex.union("noun_determiner", "subject_pronoun",
                                 speaker=("quantity_group", "quantity_person"))
    )


def _common_word_holder(c: Ctx, frame: Frame) -> bool:
    """The one word that opens the sentence before a noun cue with its preposition ('Market
    concerns about C', 'Legal attacks on C') is capitalised only by its place: the article
    writes it in lower case elsewhere (' market '), so it is a common noun or an adjective
    that modifies the cue noun, no one who holds it (not 'Pentagon concerns about C')."""
    if frame.speaker_start != c.s.start or " " not in frame.cue:
        return False  # cheap: most mentions do not open the sentence right before the cue
    word = c.text[frame.speaker_start : frame.speaker_end]
    if frame.speaker_end + 1 != frame.cue_start or not word.isalpha() or not word.istitle():
        return False
    noun, _, last = frame.cue.lower().partition(" ")
    if last not in c.lex.frame_class("dangling_preposition") or c.lex.past_form(noun):
        return False  # 'pointed to', 'spoke about': a verb
    low = word.lower()
    return f" {low} " in c.text and low not in c.lex.union(
        "noun_determiner", "subject_pronoun", speaker=("quantity_group", "quantity_person"))


def _owner_of_noun(c: Ctx, frame: Frame, mention: str) -> bool:
    """A possessive determiner right before a noun of speech (class ``speech_noun``) with its
    clause ("His warning that C went unheeded"): the owner of the noun, who said C (a noun
    with no clause gives no frame, ``noun_cues.noun_without_clause``; 'his hope that C' is
    no speech)."""
    return (
        frame.pattern == "post"
        and frame.cue.lower() in c.lex.frame_class("speech_noun")
        and mention.lower() in POSSESSIVE_DETERMINERS
        and not c.text[frame.speaker_end : frame.cue_start].strip()
    )


def _without_dangling(c: Ctx, frame: Frame) -> Frame:
    """A speaker that ends on a lower-case preposition, article or coordinator took in the
    clause of a noun cue or a verb before the cue ('She then peppered him with attacks',
    'Sanders released a statement in opposition', 'he laughed and said'): the words before
    its first verb name the speaker ('She', 'Sanders', 'he'); 'hailed by experts as C' names
    the experts, without 'as'. Kept as read when no verb shows where to cut."""
    tokens = list(RE_SPEAKER_TOKEN.finditer(c.text, frame.speaker_start, frame.speaker_end))
    if len(tokens) < 2 or tokens[-1].group() not in c.lex.union(
            "dangling_preposition", "open_end"):
        return frame
    cut = len(tokens) - 1 if tokens[-1].group() == "as" else next(
        (i for i, t in enumerate(tokens[1:-1], start=1) if _verb_form(c, t.group())), 0
    )
    if cut == 0:
        return frame
    span = fr._clean_subject(c.text, frame.speaker_start, tokens[cut - 1].end(), c.lex)
    return replace(frame, speaker_end=span[1]) if span[1] > span[0] else frame


def _without_open_end(c: Ctx, frame: Frame) -> Frame:
    """A mention that opens on a lower-case word that is no determiner, pronoun or
    quantifier and still ends on a preposition, an article or a coordinator (class
    ``open_end``) once ``_without_dangling`` found no verb to cut before is a phrase cut off
    before its noun, no one who speaks ('the board, out of the need to maintain C', 'rather
    than promising C', 'including a call for C'): the frame names no speaker. A noun phrase
    cut short keeps its words ('the U.S. Court of said', 'a senior with an interest in C',
    'many of whom say C'); one word is ``_has_speaker``'s to judge ('his' before
    'argument'). Run after ``participle_speaker``, which may give the frame a speaker."""
    space = c.text.rfind(" ", frame.speaker_start, frame.speaker_end)
    if space < 0 or frame.unnamed or not c.text[frame.speaker_start].islower():
        return frame
    first = c.text[frame.speaker_start : c.text.find(" ", frame.speaker_start)]
    if c.text[space + 1 : frame.speaker_end] not in c.lex.union(
            "dangling_preposition", "open_end") or first in c.lex.union(
            "noun_determiner", "subject_pronoun", speaker=("quantity_group", "quantity_person")):
        return frame
    return replace(frame, unnamed=True)


def _verb_form(c: Ctx, word: str) -> bool:
    """A lower-case finite verb (``Lexicon.verb_word``)."""
    return word.islower() and c.lex.verb_word(word)


def find_frames(
    text: str, sentence: Sentence, hits: Sequence[CueHit], quotes: QuoteIndex, lex: Lexicon
) -> list[Frame]:
    """Every reporting frame of ``sentence`` whose cue (one of ``hits``) is outside quotes."""
    c = Ctx(text, sentence, quotes, lex)
    frames: list[Frame] = []
    possessed = (  # "Tom Hall's remarks that C" (no cue form; no ' that ': most sentences)
        possessed_noun_hits(c) if text.find(" that ", sentence.start, sentence.end) >= 0 else []
    )
    for m in sorted([*hits, *possessed], key=CueHit.start) if possessed else hits:
        if quotes.covering(m.start()) is not None or other_sense(text, m, lex):
            continue
        previous = frames[-1] if frames else None
        frame = (possessed_noun_frame(c, m, previous) if possessed and m in possessed
                 else _frame_for_cue(c, m, previous))
        if frame is not None and not _has_speaker(c, frame):
            frame = _pronoun_with_relative(c, frame)  # 'Those who back her say C'
        if frame is not None and (_noun_after_preposition(c, frame)
                                  or _common_word_holder(c, frame)):
            frame = replace(frame, unnamed=True)  # 'abandon X based on the position of C'
        if (frame is not None
                and not captions_picture(text, c.s.start, frame, c.lex)
                and not _noun_in_of_phrase(c, frame)
                and not _relative_after_content(c, frame)):
            _add(c, frames, frame)
    frames = [g for f in frames
              if (g := without_passive_subject(c, _raised_subject(c, f, frames))) is not None]
    frames = [_without_dangling(c, f) for f in frames]
    frames = [_without_open_end(c, participle_speaker(c, f, frames)) for f in frames]
    # 'A, but Tom Hall told the BBC.', 'told the court, saying C': the frame ended A or gave
    # its speaker to the participle, and reports nothing itself
    if frames:
        frames = [f for f in frames if not _hearer_frame(c, f)]
    if not frames:
        label = label_frame(c)
        if label is not None:
            return [label]
    quoted = quotes.any_within(sentence.start, sentence.end)  # else no quote or colon frame
    extra = quote_frames(c, frames) if quoted else []
    if not frames:
        extra += source_frames(c, frames)
    if quoted:
        extra += colon_frames(c, [*frames, *extra])
    return sorted([*frames, *extra], key=lambda f: f.cue_start) if extra else frames
