"""Fronted adverbial clauses headed by a cue: 'After praising the plan, Ann Lee left.'

A participle cue that opens its sentence after a preposition ("After praising", "In
declaring", "While arguing that") heads an adverbial clause whose understood subject is the
subject of the main clause, which follows the clause's closing comma. The clause up to that
comma is the content; the noun phrase opening the main clause is the speaker.

A passive question cue opening its sentence ("When asked by X whether C, ...", "Asked by X
about C, ...") has no subject before it: the agent X asked C.

The word classes come from ``data/frame_words.tsv``: ``adjunct_preposition``,
``object_lead``, ``question_word``, ``open_question``, ``setting_preposition``,
``question_passive``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import leading_np
from flows.attribution.lexicon import CueHit
from flows.attribution.subjects import RELATIVE_CUT, Ctx
from flows.attribution.unframed import make_frame

__all__ = ["fronted_participle", "fronted_question"]

MAX_LEAD_WORDS = 3  # 'But after', 'Now, after': a connector may come first
MIN_CONTENT_WORDS = 2
MIN_BARE_CLAUSE_WORDS = 3  # 'that prices rose' after a bare fronted participle
WEIGHT = 0.9  # as a participle after a frame
RE_CLOSING_COMMA = re.compile(r",[\"'\u201d\u2019]*\s")  # '..., the mayor' / '... "not fair," he'
RE_BY = re.compile(r"\s+by\s+")
RE_SHARE = re.compile(  # a share of those polled opening a clause: '75 percent', 'only 23%'
    r"\s*(?:(?:only|just|about|nearly|almost|roughly|some)\s+)?"
    r"\d[\d.]*\s*(?:%|percent\b|per cent\b)"
)
RE_WORD_CHAR = re.compile(r"\w")
MAX_ASKER_WORDS = 8


def fronted_participle(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """The frame of an -ing cue heading a sentence-initial adverbial clause, or None."""
    if not m.group().lower().endswith("ing") or not _fronted(c, m):
        return None
    end = _closing_comma(c, m.end())
    if end is None:
        return None
    content = fr._trim_content(c.text, m.end(), end)
    content = content[0], max(content[1], _past_quote_close(c, end))
    words = c.text[content[0] : content[1]].split()
    settings = c.lex.frame_class("setting_preposition")  # 'After testifying before the ...'
    if len(words) < MIN_CONTENT_WORDS or words[0].lower() in settings:
        return None
    speaker = _main_subject(c, end)
    if speaker is None:
        return None
    return make_frame("participle", m.span(), c, speaker, content, w * WEIGHT)


def fronted_question(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """The frame of a passive cue heading a sentence-initial clause with its agent and a
    question: 'When asked by reporters whether C, the mayor ...' (the reporters asked C);
    with no agent, see ``_unnamed_question``."""
    words = m.group().lower().split()  # 'Asked about' may be read as one cue
    if words[0] not in c.lex.frame_class("question_passive"):  # not 'Backed by X who'
        return None
    if len(words) > 1 and words[-1] not in c.lex.frame_class("open_topic"):
        return None
    if not _fronted(c, m, allow_bare=True):
        return None
    by = RE_BY.match(c.text, m.end(), c.s.end)
    if by is None:
        return _unnamed_question(c, m, w)
    end = _closing_comma(c, by.end())
    if end is None:
        return None
    tokens = list(fr.RE_TOKEN.finditer(c.text, by.end(), end))
    questions = c.lex.frame_class("question_word")
    ask = next((i for i, t in enumerate(tokens) if t.group().lower() in questions), 0)
    if not 0 < ask <= MAX_ASKER_WORDS or ask + MIN_CONTENT_WORDS > len(tokens):
        return None
    settings = c.lex.frame_class("setting_preposition")
    n = next((i for i in range(1, ask) if tokens[i].group() in settings), ask)
    asker = by.end(), tokens[n - 1].end()  # 'by Ann Lee on Monday about': 'Ann Lee'
    return make_frame("passive", m.span(), c, asker, (tokens[ask].start(), end), w)


def _unnamed_question(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """'Asked whether C, the mayor said ...' / 'When asked at a briefing why C, ...': a
    fronted passive question cue with no agent, a setting or an adverb ('Asked specifically
    what C') at most, then the question itself (class ``open_question``), its topic or its
    errand ('Asked about C', 'Asked to name C': class ``open_topic``, the cue's own particle
    or the word after it) up to the clause's comma. No one is named as asking: the frame is
    unnamed, its span the main clause's subject (who was asked, as for 'Zhao was asked
    whether C')."""
    end = _closing_comma(c, m.end())
    if end is None:
        return None
    tokens = list(fr.RE_TOKEN.finditer(c.text, m.end(), end))
    ask = _question_at(c, m, tokens)
    if ask is None or ask > MAX_ASKER_WORDS or ask + MIN_CONTENT_WORDS > len(tokens):
        return None
    lead = tokens[0].group().lower()
    if ask and lead not in c.lex.frame_class("setting_preposition") and not (
        ask == 1 and fr._adverb(tokens[0].group(), lead, c.lex)
    ):
        return None  # 'Asked Ann Lee why C': an object, read as a frame of its own
    asked = _main_subject(c, end)
    if asked is None:
        return None
    content = (tokens[ask].start(), _past_quote_close(c, end))
    return replace(make_frame("passive", m.span(), c, asked, content, w), unnamed=True)


def _question_at(c: Ctx, m: CueHit, tokens: list[re.Match[str]]) -> int | None:
    """The index in ``tokens`` of the word opening the question after a passive question
    cue: a question word ('whether', 'why'), or a topic or errand word right after the cue
    ('about', 'to'; class ``open_topic``), or the first word when the cue ends with such a
    particle ('Asked about' read as one cue). None when there is none."""
    topics = c.lex.frame_class("open_topic")
    if m.group().lower().split()[-1] in topics:
        return 0
    if tokens and tokens[0].group().lower() in topics:
        return 0
    questions = c.lex.frame_class("open_question")
    return next((i for i, t in enumerate(tokens) if t.group().lower() in questions), None)


def _fronted(c: Ctx, m: CueHit, *, allow_bare: bool = False) -> bool:
    """The cue opens its sentence after a preposition, perhaps after a connector ('But
    after'), or right at the start, perhaps after a connector, when ``allow_bare`` ('Asked
    by ...') or when a complement clause opens right after it ('Noting that C, X left';
    class ``bare_participle_lead``; not 'Speaking to reporters, X said')."""
    lead = fr._words(c.text[c.s.start : m.start()].strip(fr.QUOTE_OPEN + " "))
    openers = c.lex.frame_class("opener+connector")
    if not lead:
        return allow_bare or _clause_after(c, m)
    prepositions = c.lex.frame_class("adjunct_preposition")  # not 'Without saying a word, X left'
    if len(lead) <= MAX_LEAD_WORDS and lead[-1].lower() in prepositions:
        return all(word.lower().strip(",") in openers for word in lead[:-1])
    bare = all(word.lower().strip(",") in openers for word in lead)  # 'But noting that C'
    return bare and not allow_bare and _clause_after(c, m)


def _clause_after(c: Ctx, m: CueHit) -> bool:
    """A word of class ``bare_participle_lead`` ('that') right after the cue, then a clause
    of at least two words before the first comma ('Noting that prices rose,'; not 'Recalling
    that night,')."""
    end = _closing_comma(c, m.end())
    words = fr._words(c.text[m.end() : c.s.end if end is None else end])
    return (
        len(words) >= MIN_BARE_CLAUSE_WORDS
        and words[0].lower() in c.lex.frame_class("bare_participle_lead")
    )


def _closing_comma(c: Ctx, start: int) -> int | None:
    """Where the adverbial clause ends: its first comma outside a quotation (a comma that
    closes a quotation counts: 'In calling it "unfair," the mayor ...')."""
    for hit in RE_CLOSING_COMMA.finditer(c.text, start, c.s.end):
        q = c.quotes.covering(hit.start())
        if q is None or q.end <= hit.end():
            return hit.start()
    return None


def _past_quote_close(c: Ctx, comma: int) -> int:
    """The end of a clause at ``comma``, past the closing mark of a quotation the comma ends
    ('In calling it "unfair," ...': the clause ends with the quotation)."""
    q = c.quotes.covering(comma)
    return q.end if q is not None and q.closed and comma < q.end <= comma + 2 else comma


def _main_subject(c: Ctx, comma: int) -> tuple[int, int] | None:
    """The noun phrase opening the main clause after ``comma``, past a relative clause or
    appositive that ends with a comma of its own ('After thanking the crowd, which cheered,
    he left') and past a connector set off by commas ('After C, however, he left')."""
    pos = comma + 1
    while pos < c.s.end and c.text[pos] in fr.QUOTE_CLOSE + "'\u2019":
        pos += 1  # 'In calling it "unfair," the mayor ...': the quotation's closing mark
    openers = c.lex.frame_class("opener+connector")
    for part in c.text[pos : c.s.end].split(","):
        tokens = list(fr.RE_TOKEN.finditer(part))
        if tokens and all(t.group().lower() in openers for t in tokens):
            pos += len(part) + 1  # '..., however, the mayor': an aside before the subject
            continue
        share = RE_SHARE.match(part)
        if share is not None:  # 'Asked whether C, 75 percent of voters said yes'
            return pos + len(part) - len(part.lstrip()), pos + share.end()
        if tokens and tokens[0].group().lower() not in RELATIVE_CUT:
            return _short_of_the_end(c, tokens, pos, _before_verb(c, leading_np(c, pos, tokens)))
        pos += len(part) + 1
    return None


def _short_of_the_end(
    c: Ctx, tokens: list[re.Match[str]], pos: int, np: tuple[int, int] | None
) -> tuple[int, int] | None:
    """A noun phrase that runs to the end of the sentence has taken in the main clause's
    verb ('the mayor met farmers.'): keep its first two words (a determiner and its noun)."""
    if np is None or RE_WORD_CHAR.search(c.text, np[1], c.s.end) or len(tokens) < 2:
        return np
    return np[0], pos + tokens[1].end()


def _before_verb(c: Ctx, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase up to a verb read into it: a reporting verb ('the agency said it')
    or a word followed by an object or a clause ('the engineer left the hall', 'the board
    aims to')."""
    if np is None:
        return None
    tokens = list(fr.RE_TOKEN.finditer(c.text, np[0], c.s.end))
    objects = c.lex.frame_class("object_lead")
    for i, t in enumerate(tokens[1:], 1):
        if t.start() >= np[1]:
            break
        after = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        verb_before_object = after in objects and t.group()[-1:].isalpha()
        if t.group().lower() in c.lex.cue_lemma or verb_before_object:
            return np[0], tokens[i - 1].end()
    return np
