"""Read an 'according to X' frame (``according_frame``): its source, a short quoted title
inside it ('according to the "Medicare for all" document'), and whether a phrase before a
frame set off by commas opens the clause after it ('Since May, according to X, C'; 'The
cost of the dam, according to X, is far higher')."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.appositions import ROLE_LEADS, describes_name
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit
from flows.attribution.readers import (
    RE_COMMA_WORD,
    adverbial_lead,
    content_ok,
    holds_verb,
    np_end,
)
from flows.attribution.senses import other_sense
from flows.attribution.subjects import (
    RELATIVE_CUT,
    Ctx,
    n_words,
)
from flows.attribution.unframed import make_frame

__all__ = ["according_frame"]

MAX_SOURCE_WORDS = 24  # 'according to early results of the exit poll conducted by ...'
MAX_FRONTED_WORDS = 6  # 'At the heart of the dispute, according to X, was C'
MAX_DESCRIPTION_WORDS = 16  # 'a close friend of the first lady who died in 2000'
MAX_SUBJECT_WORDS = 8  # 'The premise behind the annual seminar on water, according to X, is C'

RE_COMMA_PART = re.compile(r",\s*([^,;:\"\u201c\u201d]+),\s")  # ', a friend of X, '
RE_SPACED_DASH = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s|\u2014")  # a dash that closes an aside
RE_WORD_AT = re.compile(r"\s*([A-Za-z]+)")
RE_QUOTED_TITLE = re.compile(r'\s*(?:"[^"\n]{1,40}"|\u201c[^\u201c\u201d\n]{1,40}\u201d)')


def according_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    np = fr._np_after(c.text, m.end(), c.s.end, max_words=MAX_SOURCE_WORDS, lex=c.lex)
    if np is None:
        return None
    np = _titled_source(c, np)
    end = np_end(c, m, np, MAX_SOURCE_WORDS)
    dash = RE_SPACED_DASH.search(c.text, np[0], end)
    if dash is not None:  # '..., according to a survey by X - back the dam': X's phrase ends
        np = fr._strip_span(c.text, np[0], min(np[1], dash.start()))
        end = dash.start()
        if np[0] >= np[1]:
            return None  # 'according to —': no source before the dash
    lead = fr._words(c.text[c.s.start : m.start()])
    if all(x in c.lex.frame_class("connector") for x in lead) or (
            c.text[end : end + 1] == "," and adverbial_lead(c, lead)
    ) or bool(lead) and lead[-1] in c.lex.frame_class("subordinator"):
        # 'X said that according to Y, C', '..., while according to Y, C': the frame opens
        # the clause after the subordinator, which holds what Y says
        content = fr._trim_content(c.text, _after_description(c, np, end), c.s.end)
    else:
        start = fr.content_before(c.text, c.s, m.start(), c.quotes, c.lex)
        content = fr._trim_content(c.text, start, m.start())
        if c.text[end : end + 1] == "," and (
                _fronted_phrase(c, content, (end, c.s.end))
                or _subject_before_verb(c, content, end)):
            # "X, according to Y, did Z"; "Since May, according to Y, C": a phrase with no
            # finite verb before the frame opens the clause after it
            content = fr._trim_content(c.text, start, c.s.end)
    return make_frame("according", m.span(), c, np, content, w) if content_ok(c, content) else None


def _after_description(c: Ctx, np: tuple[int, int], end: int) -> int:
    """Where the clause after a source that ends on a name starts: past a description of
    the name set off by commas ('According to records from Ann Lee, a friend of the mayor,
    the dam failed': the dam failed), an age, a relative clause or a determined lower-case
    noun phrase without a verb (not a list: 'majorities in Ohio, Iowa and Utah'); not past a
    subject whose clause goes on with a relative or a verb ('According to Ann Lee, the
    dam, which was old, failed')."""
    part = RE_COMMA_PART.match(c.text, end, c.s.end)
    if part is None or not c.text[np[0] : np[1]].split()[-1][:1].isupper():
        return end
    words = part.group(1).split()
    after = RE_WORD_AT.match(c.text, part.end())
    if (
        not words or len(words) > MAX_DESCRIPTION_WORDS
        or not describes_name(c, words)
        or not (words[0] in ROLE_LEADS or words[0] in RELATIVE_CUT or words[0].isdigit())
        or after is None or after.group(1).lower() in RELATIVE_CUT
        or c.lex.verb_word(after.group(1).lower(), aux=True)
    ):
        return end
    return part.end() - 1


def _subject_before_verb(c: Ctx, span: tuple[int, int], end: int) -> bool:
    """A noun phrase opening with a determiner (class ``noun_determiner``), with no comma and
    no verb, before an 'according to' frame set off by commas whose clause goes on with a
    finite verb ('The cost of the dam, according to X, is far higher than planned'): the
    phrase is that verb's subject, and the whole clause is what X said; not 'The plan is
    late, according to X, ...' (a clause), '..., according to X, and ...' nor a clause
    after the frame with a cue of its own ('The data, according to X, showed C')."""
    after = RE_COMMA_WORD.match(c.text, end)
    if after is None or not c.lex.verb_word(after.group(1), aux=True):
        return False
    words = fr._words(c.text[span[0] : span[1]])
    return (
        0 < len(words) <= MAX_SUBJECT_WORDS
        and words[0].lower() in c.lex.frame_class("noun_determiner")
        and "," not in c.text[span[0] : span[1]]
        and not holds_verb(c, span)
        and not _cue_in(c, end, c.s.end)
    )


def _cue_in(c: Ctx, start: int, end: int) -> bool:
    """A cue form read as a cue between ``start`` and ``end`` (not one that
    ``senses.other_sense`` gives another sense: 'far higher than planned')."""
    rest = c.text[start:end]
    return any(not other_sense(rest, hit, c.lex) for hit in c.lex.find_cues(rest))


def _titled_source(c: Ctx, np: tuple[int, int]) -> tuple[int, int]:
    """A source whose noun phrase holds a short quoted title ('according to the "Medicare
    for all" document he released'): the phrase runs on past the title when a word follows
    its closing mark; a quotation ending in punctuation ('"We won," ...') is no title."""
    title = RE_QUOTED_TITLE.match(c.text, np[1], c.s.end)
    if title is None or c.text[title.end() - 2] in ",.;:!?":
        return np
    rest = fr._np_after(c.text, title.end(), c.s.end, max_words=MAX_SOURCE_WORDS, lex=c.lex)
    if rest is None or rest[0] != title.end() + 1:
        return np
    return np[0], rest[1]


def _fronted_phrase(c: Ctx, span: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Fewer than three words, or a few words that open with a preposition and hold no
    comma and no verb ('Since last May', 'Over the long term', 'At the heart of it'): no
    clause of its own, so it opens the clause after an 'according to' frame set off by
    commas; not when the ``rest`` of the sentence holds a cue of its own ('In May,
    according to X, C, the statement said': the clause is that frame's)."""
    if n_words(c, span) < 3:
        return True
    words = fr._words(c.text[span[0] : span[1]])
    return (
        0 < len(words) <= MAX_FRONTED_WORDS  # (no word: only marks, '" , " .')
        and words[0] in c.lex.union("opener", "adverbial_lead", "fronted_lead")
        and "," not in c.text[span[0] : span[1]]
        and not holds_verb(c, span)
        and not c.lex.find_cues(c.text[rest[0] : rest[1]])
    )
