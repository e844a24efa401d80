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

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit
from flows.attribution.subjects import MAX_NAME_WORDS, NAME_JOINERS, RELATIVE_CUT, Ctx, n_words
from flows.attribution.unframed import make_frame

__all__ = ["describes_name", "named_appositive_frame"]

MAX_DESCRIPTIONS = 3
MAX_DESCRIPTION_WORDS = 20
MIN_CONTENT_WORDS = 3
MAX_DETERMINED_WORDS = 4  # 'the senior bank official'
SPEAKER_LEADS = frozenset(["the", "a", "an", "one", "another", "its", "his", "her", "their"])


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
        if not describes_name(c, words):
            return None
        descriptions.insert(0, span)
        end = start - 1
    return None


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
    start = fr._content_before(c.text, c.s, comma, c.quotes, c.lex)
    content = fr._trim_content(c.text, start, comma)
    if n_words(c, content) < MIN_CONTENT_WORDS:
        return None
    parts = [c.text[a:b] for a, b in descriptions]
    desc = ", ".join(x for x in parts if not x.isdigit())  # an age is no role
    return make_frame("pre", m.span(), c, name, content, w, description=desc or None)
