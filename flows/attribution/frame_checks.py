"""Checks on a frame once read, before it is kept: does it name a speaker (and
which), is its subject a raised or dangling phrase, is its cue a noun inside an 'of'
phrase or a relative after the content (``cues.find_frames`` runs them in order)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.noun_cues import owner_gap
from flows.attribution.passive import BE_FORMS, RE_SUBJECT_SPEAKS
from flows.attribution.spans import POSSESSIVE_DETERMINERS
from flows.attribution.subjects import Ctx

__all__ = [
    "has_speaker",
    "noun_in_of_phrase",
    "pronoun_with_relative",
    "raised_subject",
    "relative_after_content",
    "without_dangling",
    "without_open_end",
]

RE_SPEAKER_TOKEN = re.compile(r"[^\s,;:]+")  # a speaker's words, case kept
MAX_OF_MODIFIERS = 3  # 'of new reports', 'of newly filed campaign-finance reports'
RE_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# the bare verb after a raising verb ('appears to hold', 'appears set to veto'; not a
# participle's: 'appeared choreographed to project')
RE_RAISED_VERB = re.compile(r"\s+(?:[a-z]+(?<!ed)\s+)?to\s+([a-z]+)\b")
MAX_RAISING_GAP = 3  # "is", "is not", "is also widely" between a subject and a raising verb
RELATIVE_WORDS = frozenset(["who", "that", "which", "what"])  # 'what was considered C'
RELATIVE_SUBJECT = frozenset(["who", "that"])  # 'Farmers who praised the plan warned C'
MIN_RELATIVE_OBJECT_WORDS = 2  # 'who know him say C': a one-word object reports nothing
RE_CLAUSE_BREAK = re.compile(r"[,;:()\"\u201c\u201d\u2013\u2014]|\s-")  # a break before a main verb


def raised_subject(c: Ctx, frame: Frame, frames: list[Frame]) -> Frame:
    """'The new dam appears to hold', 'The vote is expected to pass': after a raising verb
    (or a passive one after its auxiliary) what is judged is the clause of the subject and
    the infinitive, the verb left out. One span holds both only with the verb inside it, so
    the subject joins the content when it has more letters than the verb words between them
    ('She is expected to ...' stays apart); the statement then names no speaker (assemble).
    Not before a verb of saying or holding, whose subject speaks ('Ann Lee seems to
    recognize C', 'The data appear to show that C'), nor for a passive form with no 'be'
    ('Analysts had expected C')."""
    words = frame.cue.lower().split()
    verb = words[-2] if len(words) > 1 and words[-1] == "as" else words[-1]  # 'seen as'
    passive = verb in c.lex.frame_class("raising_passive")
    if not passive and verb not in c.lex.frame_class("raising"):
        return frame
    if not frame.speaker_end <= frame.cue_start < frame.content_start:
        return frame
    gap = c.text[frame.speaker_end : frame.cue_start].split()
    if passive and (BE_FORMS.isdisjoint(gap) or "being" in gap):  # first: 'X said' is cheap
        return frame  # 'Analysts (had) expected profits to rise': the analysts' expectation
    if any(f.content_start <= frame.speaker_start < f.content_end for f in frames):
        return frame  # 'X is expected to rise, officials said': the clause is theirs
    aux = c.lex.frame_class("aux")
    if len(gap) > MAX_RAISING_GAP or not all(w in aux or w.endswith("ly") for w in gap):
        return frame  # 'The museum, expected to open in May, ...': an aside
    last = c.text[frame.speaker_start : frame.speaker_end].split()[-1:] if passive else []
    if last and last[0].lower() in RELATIVE_WORDS:
        return frame  # 'a change that was seen as C': the relative clause's own subject
    subject = fr.letters(c.text, frame.speaker_start, frame.speaker_end)
    if subject <= fr.letters(c.text, frame.speaker_end, frame.content_start):
        return frame
    if passive and (
        ":" in c.text[frame.cue_end : frame.content_start]
        or RE_SUBJECT_SPEAKS.match(c.text, frame.cue_end)
    ):
        return frame  # 'X has not been reported: C', 'X is said to have told C': theirs
    bare = None if passive else RE_RAISED_VERB.match(c.text, frame.cue_end)
    if bare is not None and _cue_verb(c, bare.group(1)):
        return frame  # 'Ann Lee seems to recognize C', 'The data appear to show C': theirs
    return replace(frame, content_start=frame.speaker_start)


def raised_before_quote(c: Ctx, frame: Frame, frames: list[Frame]) -> bool:
    """A raising verb whose complement ends on a colon before a quotation that another frame
    of the sentence takes ('Ann Lee seemed annoyed: "The dam will hold," she wrote'): the
    verb tells how the subject seemed, and the quotation's own frame is the statement."""
    end = frame.content_end
    colon = end + 1 if c.text.startswith(" :", end) else end
    if not c.text.startswith(":", colon):
        return False  # cheap: most contents end on no colon
    if frame.cue.split()[-1].lower() not in c.lex.frame_class("raising"):
        return False
    body = c.text[colon + 1 : c.s.end]
    quote_at = colon + 1 + len(body) - len(body.lstrip())
    if c.quotes.opening_at(quote_at) is None:
        return False
    return any(f is not frame and f.content_start == quote_at for f in frames)


def _cue_verb(c: Ctx, verb: str) -> bool:
    """A bare verb that is a cue or whose '-s' or '-ed' form is one ('urge', 'show',
    'blame', 'recognize'): after a raising verb it tells what the subject said or held."""
    forms = c.lex.cue_lemma
    return verb in forms or verb + "s" in forms or (
        verb + ("d" if verb.endswith("e") else "ed")) in forms


def has_speaker(c: Ctx, frame: Frame) -> bool:
    """False when the mention is one function word ("the", "when", "after"): the cue was a
    noun or the subject is elsewhere."""
    mention = c.text[frame.speaker_start : frame.speaker_end]
    named = mention[:1].isupper() and frame.speaker_start > c.s.start  # '"C," From said.'
    return (
        named
        or mention.lower() not in c.lex.frame_class("not_speaker")
        or _owner_of_noun(c, frame, mention)
    )


def pronoun_with_relative(c: Ctx, frame: Frame) -> Frame | None:
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


def relative_after_content(c: Ctx, frame: Frame) -> bool:
    """A relative pronoun in lower case (speaker class ``pronoun_relative``) as the subject
    of a cue after the content: 'Lawmakers passed the law at the session, which concluded
    Wednesday.' The clause before is the antecedent's own sentence, not what the session
    said; 'C, WHO says' (an agency) and 'X, which said C' keep their frames."""
    return frame.content_end <= frame.speaker_start and c.text[
        frame.speaker_start : frame.speaker_end] in c.lex.speaker_class("pronoun_relative")


def noun_in_of_phrase(c: Ctx, frame: Frame) -> bool:
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


def _owner_of_noun(c: Ctx, frame: Frame, mention: str) -> bool:
    """A possessive determiner right before a noun of speech (class ``speech_noun``) with its
    clause ("His warning that C went unheeded", "his stern warning that C"): the owner of
    the noun, who said C (a noun with no clause gives no frame,
    ``noun_cues.noun_without_clause``; 'his hope that C' is no speech)."""
    return (
        frame.pattern == "post"
        and frame.cue.lower() in c.lex.frame_class("speech_noun")
        and mention.lower() in POSSESSIVE_DETERMINERS
        and owner_gap(c.text, frame.speaker_end, frame.cue_start, c.lex)
    )


def without_dangling(c: Ctx, frame: Frame) -> Frame:
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


def without_open_end(c: Ctx, frame: Frame) -> Frame:
    """A mention that opens on a lower-case word that is no determiner, pronoun or
    quantifier and still ends on a preposition, an article or a coordinator (class
    ``open_end``) once ``without_dangling`` found no verb to cut before is a phrase cut off
    before its noun, no one who speaks ('the board, out of the need to maintain C', 'rather
    than promising C', 'including a call for C'): the frame names no speaker. A noun phrase
    cut short keeps its words ('the U.S. Court of said', 'a senior with an interest in C',
    'many of whom say C'); one word is ``has_speaker``'s to judge ('his' before
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
