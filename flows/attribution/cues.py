"""Find the reporting frames of one sentence: each cue, read in the shape it appears in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.according_frames import according_frame
from flows.attribution.adjuncts import fronted_participle, fronted_question
from flows.attribution.appositions import describes_name, named_appositive_frame
from flows.attribution.as_clauses import as_by_frame
from flows.attribution.clause_frames import post_frame
from flows.attribution.frame_checks import (
    has_speaker,
    noun_in_of_phrase,
    pronoun_with_relative,
    raised_before_quote,
    raised_subject,
    relative_after_content,
    without_dangling,
    without_open_end,
)
from flows.attribution.frame_joins import (
    DASH_ENDS,
    RE_OBJECT_TAIL,
    add_frame,
    after_adjunct_preposition,
    comma_adverb,
    hearer_frame,
)
from flows.attribution.frames import Frame
from flows.attribution.gapped import gapped_object_frame
from flows.attribution.inverted_frames import (
    fronted_inverted_frame,
    interjected_inverted_frame,
    inverted_frame,
)
from flows.attribution.lexicon import CueHit, Lexicon, cue_form
from flows.attribution.participle_frames import HEAD_CLASSES, gerund_object, participle_frame
from flows.attribution.participles import participle_speaker
from flows.attribution.particles import adjunct_only
from flows.attribution.passive import (
    agentless_passive,
    passive_frame,
    question_aside,
    relative_participle,
    without_passive_subject,
)
from flows.attribution.pictures import captions_picture
from flows.attribution.possessed import possessed_noun_frame, possessed_noun_hits
from flows.attribution.post_content import MAX_PRE_WORDS, post_content_frame
from flows.attribution.pre_frames import pre_frame, quote_closes_sentence_before, quote_just_before
from flows.attribution.quotes import QuoteIndex
from flows.attribution.readers import appositive_pre_frame, mid_frame
from flows.attribution.senses import other_sense
from flows.attribution.spans import ARTICLES, _word_count
from flows.attribution.subjects import (
    NAME_JOINERS,
    RELATIVE,
    RELATIVE_CUT,
    Ctx,
    n_words,
    narrow_subject,
)
from flows.attribution.unframed import colon_frames, label_frame, quote_frames, source_frames
from flows.records import Sentence

__all__ = ["find_frames"]

MAX_HEAD_LEAD_WORDS = 3  # 'senior oilseeds analyst' before the rest of a long subject
MIN_UNNAMED_WORDS = 5  # 'X who declined to be named'
MAX_UNNAMED_VERB_WORDS = 3  # 'asked not to', 'declined to', 'did not want to'
MAX_RELATIVE_WORDS = 4  # "who", "who has also", "who had long"
NOT_INVERTED = frozenset(["tell", "inform", "assure", "remind", "urge"])  # take an object
MAX_NAME_WORDS = 5  # a name before its appositive ('Mr. Ann B. Lee, the mayor, said')
MAX_LONG_PRE_WORDS = 12  # a long noun phrase subject ('a member of the board of the agency')
LONG_SUBJECT_LEADS = frozenset(["a", "an", "the"])
LONG_SUBJECT_STOPS = frozenset(["who", "which", "whom", "whose", "that"])
RE_LONG_WORD = re.compile(r"\b[^\W\d_][\w'’]{3,}")
# a quotation that ends like an utterance ('"Stop,"', '"No!"'), not a scare quote ('"extravagant"')
QUOTING_CUES = frozenset(["quoted", "quoting", "quote"])  # 'the paper quoted X as saying'
RE_QUOTED_AS_END = re.compile(r"\s+[^.;:!?\"\u201c\u201d]{1,120}?\s+as\s+saying\s*[.!?]?\s*$")
RE_AS_BEFORE = re.compile(r"\sas\s*$")
RE_ASIDE_BREAK = re.compile(r",(?=\s)|\s--?\s|[\u2013\u2014]")
ASIDE_LEADS = frozenset(["the", "an"])  # with class number_word and time_measure: 'a', 'two'
RE_TAIL_BREAK = re.compile(r"[,.;:!?\"\u201c\u201d()]|\s--?\s|[\u2013\u2014]")
MIN_TITLE_WORDS = 3
RE_FIRST_LOWER = re.compile(r"\s*([a-z]+)\s")  # the first word of a comma part, in lower case
TITLE_SHARE = 0.75
NAME_WORD_REACH = 30  # characters before a capitalised cue read for the word before it


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


# a preposition of time right before a participle cue, with no comma before it ('The
# engineer left early, after praising the crew, and ...' stays unread): its subject is the
# sentence's ('The mayor was criticized after saying C', 'X praised Y before warning C');
# not 'for' ('thanked X for backing C': X backed C), nor 'while' (more of what the same
# speaker did: 'dismissed the efforts of rivals while saying C' stays one content)
RE_TIME_PREPOSITION_END = re.compile(r"(?<![,\s])\s(?:after|before)$")  # no comma before it
THAT_WORD = frozenset(["that"])
RE_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s")
# right after a cue with a gapped object before its subject: the clause ends ('which he
# denied.', 'an approach they embraced, and ...'); a word there is its object or adjunct
GAP_END_MARKS = frozenset(".!?;,)-\u2013\u2014")


def _frame_for_cue(c: Ctx, m: CueHit, previous: Frame | None) -> Frame | None:
    at, said = m.begin, m.surface  # (read once: a method call per read costs)
    form = cue_form(said)
    lemma, w = c.lex.cue_lemma[form], c.lex.cue_weight[form]
    if (said[0].isupper() and at != c.s.start
            and (not _title_case(c) or _in_title(c, at))
            and c.text[c.s.start : at].strip(" ([") != ""):  # '(According to X, C.)'
        return None
    if _in_inverted_tail(c, m, previous):
        return None
    if form == "saying" and _quoted_as(c, m):
        return None  # 'C, the paper quoted Ann Lee as saying.': the quoting cue's frame
    if lemma == "according to":
        return according_frame(c, m, w)
    if previous is None and (said.endswith(" by") or c.text.startswith(" by ", m.finish)):
        sourced = as_by_frame(c, m, w)  # 'as reported by X'
        if sourced is not None:
            return sourced
    if question_aside(c, m):
        return None  # 'Ann Lee, asked by reporters about C, said D': the aside says nothing
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
    before = c.text[c.s.start : at].rstrip()
    quote_before = c.quotes.ending_at(c.s.start + len(before))
    # 'Ann Lee, who called the deal "a fraud," criticized C': the quotation closes the
    # relative clause of the cue's subject; no '"C," said X'
    relative = None if quote_before is None else _quote_in_relative(c, quote_before.start)
    closes_quote = quote_before is not None and relative is None
    if relative is not None:
        frame = _relative_quote_subject_frame(c, m, lemma, w, relative)
        if frame is not None:
            return frame
    comma = before.rstrip(fr.QUOTE_CLOSE + "'\u2019")[-1:] == ","  # '..., "C," adding'
    comma = comma or before.endswith(DASH_ENDS)  # '... "C" - adding that D'
    if form.split()[0].endswith("ing") and (
        comma
        or comma_adverb(c, c.s.start, at) >= 0
        or before.endswith((" and", " by"))
        or RE_TIME_PREPOSITION_END.search(before, len(before) - 8) is not None
        and not _in_clause_content(c, previous, m)
        or previous is not None and after_adjunct_preposition(c, before)
        or previous is not None and gerund_object(c, previous, m) is not None
    ):  # ('The union praised Ann Lee for saying that C': Ann Lee's participle)
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
    seg = fr._segment_start(c.text, c.s.start, at)
    n_pre = _word_count(c.text, seg, at)
    if (
        1 <= n_pre <= 5
        and c.quotes.ending_at(fr._skip_back(c.text, seg, " ,")) is None  # after no quotation
        and _is_interjected(c, m, seg)
    ):
        frame = mid_frame(c, m, seg, w)
        if frame is not None:
            return frame
    if (
        n_pre >= 2
        and c.text[m.end() : m.end() + 2].lstrip()[:1] in GAP_END_MARKS  # cheap: 'said.'
        and fr.is_endish(c.text, m.end(), c.s.end, c.lex)
        and (previous is None or not previous.content_start <= m.start() < previous.content_end)
    ):  # not inside what was said before ('insisted that C did not sway the causes he backs')
        frame = gapped_object_frame(c, m, seg, w)  # 'the bill, which he once supported.'
        if frame is not None:
            return frame
    if 1 <= n_pre <= MAX_PRE_WORDS or n_pre <= MAX_LONG_PRE_WORDS and _long_subject(c, seg, m):
        # 'said Ann Lee, who predicted turnout will fall': a relative clause has its own
        # complement, so the quotation before it does not make any short tail end the frame
        lenient = (
            quote_just_before(c, seg)
            or quote_closes_sentence_before(c, seg, m.finish)
            or _object_ends_frame(c, m, seg, lemma)
        ) and not _relative_subject(c, seg, at) and not _second_clause(c, seg, previous)
        if (fr.is_endish(c.text, m.finish, c.s.end, c.lex, lenient=lenient)
                or _aside_after_adjunct(c, m, seg)):
            frame = pre_frame(c, m, seg, w, previous)
            if frame is not None:
                return frame
    if n_pre == 0 and fr.is_endish(c.text, m.finish, c.s.end, c.lex, lenient=True):
        frame = appositive_pre_frame(c, m, seg, w)
        if frame is not None:
            return frame
    if n_pre == 0 and (
        fr.is_endish(c.text, m.finish, c.s.end, c.lex) or _object_ends_frame(c, m, seg, lemma)
    ):  # 'C, Ann Lee, a plant director, said.' (no quotation before the name)
        frame = named_appositive_frame(c, m, w)
        if frame is not None:
            return frame
    return post_frame(c, m, lemma, w, previous, seg)


def _in_clause_content(c: Ctx, previous: Frame | None, m: CueHit) -> bool:
    """The cue is inside the previous frame's content, and that content is a clause: it
    follows 'that' or opens with a subject pronoun ('She added that the city improved
    after maintaining its pace', 'said it launched an inquiry before informing the court'):
    the participle belongs to what was said; not an object ('called her son her hero before
    explaining C', 'agreed to pay $28m after admitting C')."""
    if previous is None or not previous.content_start <= m.start() < previous.content_end:
        return False
    start = previous.content_start
    if c.text[max(c.s.start, start - 5) : start].rstrip().endswith("that"):
        return True
    first = c.text[start : start + 12].split(None, 1)[:1]
    return bool(first) and first[0].lower() in c.lex.union("subject_pronoun", plus=THAT_WORD)


def _quote_in_relative(c: Ctx, quote_start: int) -> int | None:
    """Where a relative clause (', who', ', which') opens between the sentence's start and
    a quotation that closes right before a cue ('Ann Lee, who called the deal "a fraud,"
    criticized C'): the quotation ends that clause, and the words before it hold the cue's
    subject; None for a quotation that opens the sentence ('"Tom, who is 12, will go,"
    said X') or no such clause."""
    rel = RE_RELATIVE_OPEN.search(c.text, c.s.start, quote_start)
    return None if rel is None else rel.start()


def _relative_quote_subject_frame(
    c: Ctx, m: CueHit, lemma: str, w: float, comma: int
) -> Frame | None:
    """The frame of a cue after a quotation that closes the relative clause of its subject:
    the noun phrase before that clause's comma speaks, if it reads as a speaker ('Ann Lee,
    who called the deal "a fraud," criticized the board': Ann Lee criticized the board)."""
    seg = fr._segment_start(c.text, c.s.start, comma)
    subject = narrow_subject(c, fr._clean_subject(c.text, seg, comma, c.lex))
    if subject is None or not fr._speakerlike(c.text, *subject, c.lex):
        return None
    return post_content_frame(c, m, lemma, w, (subject, None, None))


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
    if not fr.is_endish(c.text, m.end(), brk.start(), c.lex):
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
    Not a twin of ``fronted.adverbial_segment``: a connector opener ("However") or a lone
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


def _noun_after_preposition(c: Ctx, frame: Frame) -> bool:
    """The cue follows a preposition and an article inside a mention that opens on a
    lower-case word that is no determiner, pronoun or quantifier ('abandon the design based
    on the position of power', 'turning what began as a rejection of C'): a noun inside a
    prepositional phrase, which a phrase with no subject does not hold: the frame names no
    speaker (as ``without_open_end``); not 'he came to the defense of X', 'the rivals cling
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
        if frame is not None and not has_speaker(c, frame):
            frame = pronoun_with_relative(c, frame)  # 'Those who back her say C'
        if frame is not None and (_noun_after_preposition(c, frame)
                                  or _common_word_holder(c, frame)):
            frame = replace(frame, unnamed=True)  # 'abandon X based on the position of C'
        if (frame is not None
                and not captions_picture(text, c.s.start, frame, c.lex)
                and not noun_in_of_phrase(c, frame)
                and not relative_after_content(c, frame)):
            add_frame(c, frames, frame)
    frames = [g for f in frames
              if (g := without_passive_subject(c, raised_subject(c, f, frames))) is not None
              and not raised_before_quote(c, f, frames)]
    frames = [without_dangling(c, f) for f in frames]
    frames = [without_open_end(c, participle_speaker(c, f, frames)) for f in frames]
    # 'A, but Tom Hall told the BBC.', 'told the court, saying C': the frame ended A or gave
    # its speaker to the participle, and reports nothing itself
    if frames:
        frames = [f for f in frames if not hearer_frame(c, f)]
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
