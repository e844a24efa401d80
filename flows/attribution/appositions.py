"""A named speaker set off by commas before a closing cue: 'C, Ann Lee, a plant director,
said.'

A sentence that ends with its cue ('said.', 'told a news conference.') reports what comes
before the speaker. When the speaker is a name followed by descriptions, each set off by
commas ('Ann Lee, 54, a director of the plant, said'), the cue's own segment is empty
and the readers that look for a subject right before the cue find none; after a closing
quotation ``readers.appositive_pre_frame`` reads the shape. Here the content is plain text:
everything of the sentence before the name's comma, at least three words, when no
quotation follows the cue ('..., Ann Lee, the mayor, said, "C."' reports C).

The name is capitalised words (with 'of', 'and', 'de' between them), or a short determined
noun phrase that names a speaker ('C, the official, who asked not to be named, said.'); each
description opens lower-case or with an age or a relative pronoun and has no verb before a
relative clause ('a unit of Acme', 'chairman of the board', 'who chairs the board'), so a
list ('Ann Lee, Bo Chan, Cy Dee said') or a clause ('the plant will close, the firm owns
it, said') is no speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit, Lexicon
from flows.attribution.subjects import MAX_NAME_WORDS, NAME_JOINERS, RELATIVE_CUT, Ctx, n_words
from flows.attribution.unframed import make_frame

__all__ = ["ROLE_LEADS", "describes_name", "name_before_description", "named_appositive_frame"]

MAX_DESCRIPTIONS = 3
MAX_DESCRIPTION_WORDS = 20
MIN_CONTENT_WORDS = 3
MAX_DETERMINED_WORDS = 4  # 'the senior bank official'
SPEAKER_LEADS = frozenset(["the", "a", "an", "one", "another", "its", "his", "her", "their"])
ROLE_LEADS = frozenset(["the", "a", "an", "its", "his", "her", "their"])  # lower case only


def describes_name(c: Ctx, words: list[str]) -> bool:
    """A comma part after a name that describes it: an age, a relative clause, the setting
    of its speech (an '-ing' opener: "speaking to reporters", "writing in the Herald"), or
    a lower-case noun phrase without a verb ("a unit of X" but not "is raising 250 mln")."""
    first = words[0].lower().strip("()")
    if first.isdigit() or first in RELATIVE_CUT:
        return True
    if first.endswith("ing") and first in c.lex.frame_class("opener"):
        return True
    relative = next((i for i, w in enumerate(words) if w.lower() in RELATIVE_CUT), len(words))
    words = words[:relative]  # "an Ohio Democrat who was elected in 2008": the noun phrase
    verbs = c.lex.union("verbish", "aux")
    return (
        words[0][:1].islower()
        and not first.endswith(("ly", "ing", "ed"))
        and not any(w.lower() in verbs for w in words)
    )


def named_appositive_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """'C, Ann Lee, a plant director, said.': the name's span, its descriptions, and the
    sentence before them as the content."""
    end = fr._skip_back(c.text, m.start(), " \t")
    if end <= c.s.start or c.text[end - 1] != ",":
        return None
    if any(ch in c.text[m.end() : c.s.end] for ch in fr.QUOTE_OPEN):
        return None  # 'Ann Lee, the mayor, said, "C."': the quotation is what was said
    descriptions: list[tuple[int, int]] = []
    end -= 1
    while len(descriptions) <= MAX_DESCRIPTIONS:
        start = c.text.rfind(",", c.s.start, end) + 1
        if start <= c.s.start:
            return None
        span = fr._strip_span(c.text, start, end)
        words = c.text[span[0] : span[1]].split()
        if not words or any(ch in c.text[start:end] for ch in fr.QUOTE_OPEN + fr.QUOTE_CLOSE):
            return None
        if descriptions and (_name(words) or _described(c, span, descriptions)):
            return _frame(c, m, w, span, descriptions, start - 1)
        if not descriptions and _name(words):
            return _role_before_name(c, m, w, span, start - 1)
        if not describes_name(c, words):
            return None
        descriptions.insert(0, span)
        end = start - 1
    return None


def _role_before_name(
    c: Ctx, m: CueHit, w: float, name: tuple[int, int], comma: int
) -> Frame | None:
    """'C, the head of the exchange, Ann Lee, said.': a name set off by commas right before
    the cue, after a determined description ('the head of ...', 'a spokeswoman', 'its
    agent') that is a noun phrase without a verb; not a list ('C, Ann Lee, Bo Chan, said')
    nor a clause ('C, the plant closed, Acme Inc, said')."""
    start = c.text.rfind(",", c.s.start, comma) + 1
    if start <= c.s.start or c.text[start:comma].lstrip()[:1] in fr.QUOTE_OPEN:
        return None
    span = fr._strip_span(c.text, start, comma)
    words = c.text[span[0] : span[1]].split()
    if len(words) < 2 or words[0] not in ROLE_LEADS or not describes_name(c, words):
        return None
    if any(ch in c.text[start:comma] for ch in fr.QUOTE_OPEN + fr.QUOTE_CLOSE):
        return None
    return _frame(c, m, w, name, [span], start - 1)


def _name(words: list[str]) -> bool:
    return (
        len(words) <= MAX_NAME_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_JOINERS for w in words)
    )


def _described(c: Ctx, span: tuple[int, int], descriptions: list[tuple[int, int]]) -> bool:
    """'C, the official, who asked not to be named, said.': a short determined noun phrase
    that names a speaker (a speaker word: 'the official', 'one analyst') or is described by
    a relative 'who' ('the group, who ...'), before its descriptions."""
    words = c.text[span[0] : span[1]].split()
    if not 2 <= len(words) <= MAX_DETERMINED_WORDS or words[0].lower() not in SPEAKER_LEADS:
        return False
    if any(w.lower() in c.lex.union("verbish", "aux") for w in words):
        return False
    first = c.text[descriptions[0][0] : descriptions[0][1]].split()[0].lower()
    return first == "who" or fr._speakerlike(c.text, *span, c.lex)


def _frame(
    c: Ctx,
    m: CueHit,
    w: float,
    name: tuple[int, int],
    descriptions: list[tuple[int, int]],
    comma: int,
) -> Frame | None:
    if sum(n_words(c, span) for span in descriptions) > MAX_DESCRIPTION_WORDS:
        return None
    start = fr.content_before(c.text, c.s, comma, c.quotes, c.lex)
    content = fr._trim_content(c.text, start, comma)
    if n_words(c, content) < MIN_CONTENT_WORDS:
        return None
    parts = [c.text[a:b] for a, b in descriptions]
    desc = ", ".join(x for x in parts if not x.isdigit())  # an age is no role
    return make_frame("pre", m.span(), c, name, content, w, description=desc or None)


# a sentence that opens with a name of 2-4 capitalised words and a comma
RE_OPENING_NAME = re.compile(r"((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*),\s+")
OPENING_LEAD = " \t\n\"'\u201c\u2018"
DESCRIPTION_DETERMINERS = frozenset({"a", "an", "the"})


def name_before_description(text: str, frame: Frame, sentence_start: int, lex: Lexicon) -> Frame:
    """'Ann Lee, chairman of the Harbour Board said C': when no comma closes the
    description, the readers take it for the speaker; the name that opens the sentence
    before it is, with the description read as its appositive. Not a time or place opening
    the sentence ('On Tuesday, the board said'), a pronoun or a name ('Ann Lee, Bo Chan
    said'), nor a description with a verb ('Ann Lee, the plant will close, officials said')."""
    if frame.description is not None or frame.antecedent or frame.unnamed:
        return frame
    words = text[frame.speaker_start : frame.speaker_end].split()
    if not words or not words[0][:1].islower() or len(words) == 1:
        return frame
    opening = text[sentence_start : frame.speaker_start]
    lead = len(opening) - len(opening.lstrip(OPENING_LEAD))
    m = RE_OPENING_NAME.fullmatch(opening, lead)
    if m is None:
        return frame
    not_names = lex.union("opener", "time", "month", "weekday", "time_lead", "adjunct_lead",
                          speaker=("known", "pronoun", "not_role"))
    if any(w.lower().strip(".") in not_names for w in m.group(1).split()):
        return frame
    verbs = lex.union("verbish", "aux", speaker=("pronoun",))
    first = words[0].lower()
    rest = words[1:] if first in DESCRIPTION_DETERMINERS else words
    if (first in lex.speaker_class("pronoun") or any(w.lower() in verbs for w in words)
            or all(w[:1].isupper() for w in rest)):  # "the Harbour Board": a name
        return frame
    start = sentence_start + m.start(1)
    return replace(frame, speaker_start=start, speaker_end=start + len(m.group(1)),
                   description=" ".join(words))
