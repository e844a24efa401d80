"""How a frame joins the frames read before it in its sentence (``add_frame``): a second
clause, a shared subject or object, a participle aside, a coordinated verb, a relative
clause; the frame before may end its content where the new one starts."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.content_end import RE_DASH_MARK
from flows.attribution.frame_checks import (
    MIN_RELATIVE_OBJECT_WORDS,
    RE_CLAUSE_BREAK,
    RE_NEXT_WORD,
    RELATIVE_SUBJECT,
)
from flows.attribution.frames import Frame
from flows.attribution.lexicon import cue_form
from flows.attribution.object_end import RE_LAST_WORD
from flows.attribution.pre_frames import hearer_only
from flows.attribution.readers import has_clause
from flows.attribution.second_verbs import verb_after_frame
from flows.attribution.spans import ARTICLES
from flows.attribution.subjects import (
    PERSONAL,
    Ctx,
    n_words,
    narrow_subject,
)

__all__ = [
    "add_frame",
    "after_adjunct_preposition",
    "comma_adverb",
    "hearer_frame",
]

DASH_ENDS = (" -", " --", "\u2013", "\u2014")
INTERRUPTING_RELATIVES = ("which ", "who ", "whom ")  # a relative clause set off inside C
MAX_COORDINATED_ADVERBS = 2  # 'and then quickly said'
MAX_WORK_WORDS = 4  # 'a short video that' before the cue
CATENATIVE_GAPS = frozenset(["to", ""])  # between a catenative cue and the verb after it
RE_EVEN_END = re.compile(r"\beven\s+$", re.IGNORECASE)
RE_UTTERANCE_END = re.compile(r"[,.!?;:]['\"\u2019\u201d\s]*$")
RE_CLAUSE_OPENER = re.compile(r"\s+(?:[A-Z]|(?:he|she|they|we|I)\b)")  # a name or a pronoun
VERB_PAIR = frozenset(["and", "but"])
RE_SET_OFF = re.compile(r",[^,;:.]+,\s*")  # ', his spokesman, ' between a subject and its cue
MAX_ADJUNCT_CHARS = 48  # ', but earlier on Tuesday afternoon' before a second frame's subject
MAX_ADJUNCT_WORDS = 5
RE_COORDINATOR_LEAD = re.compile(r"([A-Za-z]+)\s+")
# ', before' right before a participle cue, or after a quotation closed on its comma ('"C," before')
RE_COMMA_PREPOSITION = re.compile(r",[\"'\u201d\u2019]*\s+(\w+)$")
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


def comma_adverb(c: Ctx, start: int, end: int) -> int:
    """Where a comma and one adverb right before a participle cue at ``end`` start ('criticized
    the plan, wrongly claiming C': the participle opens the speaker's second frame, as after
    a comma alone); -1 when the words before it end otherwise."""
    head, _, word = c.text[start:end].rstrip().rpartition(" ")
    if head.endswith(",") and word and fr._adverb(word, word.lower(), c.lex):
        return start + len(head) - 1
    return -1


def after_adjunct_preposition(c: Ctx, before: str) -> bool:
    """The words before a participle cue end on a comma and a preposition of class
    ``adjunct_preposition``: '"C," she said, before suggesting that D', 'X said C, while
    adding D' (with a frame before it, whose speaker says D; not 'X dismissed A while
    saying B', one clause, nor 'X left early, after praising Y' with no frame before)."""
    prep = RE_COMMA_PREPOSITION.search(before)
    return prep is not None and prep.group(1).lower() in c.lex.frame_class(
        "adjunct_preposition"
    )


def _work_that_says(c: Ctx, prev: Frame, frame: Frame) -> bool:
    """The previous frame's cue makes a work (class work_verb: 'posted', 'wrote') and its
    content opens with that work (class work_noun) and a relative pronoun right before the
    cue, which shares its subject: 'Ann Lee posted a video that said C' reports C, as
    'released a video that said C' does (clause_subjects.before_object_verb); not
    'posted that C'."""
    if prev.cue.lower() not in c.lex.frame_class("work_verb"):
        return False
    words = c.text[prev.content_start : frame.cue_start].split()
    return (
        frame.speaker_end == prev.speaker_end and 1 < len(words) <= MAX_WORK_WORDS
        and words[-1] in ("that", "which")
        and words[-2] in c.lex.frame_class("work_noun")
    )


def add_frame(c: Ctx, frames: list[Frame], frame: Frame) -> None:
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
    if len(frames) > 1 and _outer_second_verb(frames[-2], frames[-1], frame):
        saved = frames[:]
        inner = frames.pop()
        outer = frames[-1]
        add_frame(c, frames, frame)  # 'X dismissed claims that A and said B': X's 'said'
        if len(frames) > 1 and frames[-1] is frame and frames[-2].content_end < outer.content_end:
            end = frames[-2].content_end
            if inner.content_start < end:  # the inner content ends where the outer one does
                frames.insert(-1, replace(inner, content_end=min(end, inner.content_end)))
            return
        frames[:] = saved  # the outer frame keeps its content: join the inner one as before
    if frames and (frames[-1].content_start < frame.cue_start < frames[-1].content_end
                   or _coordinated_subject_in(c, frames[-1], frame)):
        prev = frames[-1]
        if prev.speaker_start == frame.speaker_start and _work_that_says(c, prev, frame):
            frames[-1] = frame  # 'X posted a video that said C': the video's words, as X's
            return
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
        adverb = comma_adverb(c, prev.content_start, stop) if frame.pattern == "participle" else -1
        if adverb >= 0:
            stop = adverb  # 'criticized the plan, wrongly claiming C': the comma ends the plan
        joint = c.text[prev.content_start : stop].rstrip()
        linked = _coordinator_start(c, joint, prev.content_start, frame)  # '..., while X said'
        cut = fr._trim_content(c.text, prev.content_start, stop if linked < 0 else linked)
        if frame.pattern == "participle" and after_adjunct_preposition(c, c.text[slice(*cut)]):
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
        if at_frame and _spans_own_frame(prev):
            # 'A, X said, but warned B': a second verb of the interjected frame's speaker
            own = prev.pattern == "mid" and (
                shared and verb_after_frame(c, prev, frame.cue_start)
                or 0 <= linked < frame.speaker_start and _plain_subject(c, frame))
            if not own and _interjected(c, prev):
                # 'A, she said, B told Y C', 'If A, the party said, B warned C': a cut at
                # the interjected frame; B is nested in what she said
                return
            if own:  # A ends before the interjected frame
                cut = fr._trim_content(c.text, prev.content_start,
                                       min(prev.speaker_start, prev.cue_start))
        frames[-1] = replace(prev, content_end=cut[1])
    frames.append(frame)


def _outer_second_verb(outer: Frame, inner: Frame, frame: Frame) -> bool:
    """``frame`` is a second verb of ``outer``'s speaker inside the content of ``inner``, a
    frame nested in ``outer``'s content up to its end ('X dismissed claims that A and said
    B', 'X hit back, rejecting criticism of A and telling B C'): it joins ``outer`` (both
    contents end before it), not the nested frame (whose cue, a noun, has no tense of its
    own to compare). Not 'X said Y criticized A and warned B', whose 'warned' is Y's."""
    return (
        inner.content_start < frame.cue_start < outer.content_end
        and inner.content_end <= outer.content_end
        and outer.content_start <= inner.cue_start
        and (frame.speaker_start, frame.speaker_end) == (outer.speaker_start, outer.speaker_end)
        and frame.speaker_end <= outer.content_start
    )


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
    ('continued to insist that C', catenatives.catenated_speech): the same content."""
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


def hearer_frame(c: Ctx, frame: Frame) -> bool:
    """A frame of a cue that takes a hearer ('told') whose content is only that hearer
    (``pre_frames.hearer_only``): no statement."""
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


def _spans_own_frame(frame: Frame) -> bool:
    """Whether the frame is interjected in its content ('A, X said, B'; 'A, according to
    X, B'): words of the content on both sides of the speaker and the cue."""
    return (
        frame.pattern in ("mid", "according")
        and frame.content_start < min(frame.speaker_start, frame.cue_start)
        and frame.content_end > max(frame.speaker_end, frame.cue_end)
    )


def _interjected(c: Ctx, frame: Frame) -> bool:
    """Whether a frame that spans its content is surely interjected in it: an 'according
    to' source, or a mid frame whose speaker is a pronoun, a name or opens with an article
    ('A, the party said, B') after a clause ('If A'); not a noun before a cue form that
    may be an appositive read as a frame ('Tom Vell, editor of Harbor reports, expects C',
    'Tom Hall, a spokesman for the show, said C': no 'reports' or 'show' frame)."""
    if frame.pattern == "according" or _named(c, frame):
        return True
    first = c.text[frame.speaker_start : frame.speaker_end].split(maxsplit=1)[:1]
    lead = (frame.content_start, min(frame.speaker_start, frame.cue_start))
    return bool(first) and first[0].lower() in ARTICLES and has_clause(c, lead)


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
