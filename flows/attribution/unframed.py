"""Statements whose cue is not in the lexicon: a quote closed by "X <verb>ed", a quote
after a colon ('The letter continues: "C"') and a line opening with a name and a colon."""

from __future__ import annotations

import re
from typing import Any

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import sentence_subject
from flows.attribution.subjects import Ctx, n_words

__all__ = ["colon_frames", "label_frame", "make_frame", "quote_frames", "source_frames"]

NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|van|von|al|bin)){0,4}"
RE_QUOTE_TAIL = re.compile(
    rf"\s*(?:(?P<spk>{NAME}|he|she|they|we|I)\s+(?P<cue>[a-z]+(?:ed|s))"
    rf"|(?P<cue2>[a-z]+(?:ed|s))\s+(?P<spk2>{NAME}))(?=\s*[.,;!?]|\s*$)"
)
COLON_WEIGHT = 0.5
LABEL_WEIGHT = 0.5
MIN_LABEL_WORDS = 3
MIN_LIST_ITEMS = 2
MAX_LIST_LINES = 30  # items of an announced list looked back over ("Ann Lee: Theft, ...")
MAX_LIST_NAME_WORDS = 5
RE_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
RE_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*|[A-Z]\.|(?:of|the|de|van|von|al|bin|Jr\.?)")
RE_LABEL = re.compile(
    r"([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|van|von|al)){0,5})\s*:\s+(?=\S)"
)
RE_LOWER_WORD = re.compile(r"\b[a-z]+\b")
RE_TOKEN = re.compile(r"[^\s.,;:!?]+")
RE_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
MIN_DATELINE_WORDS = 2  # 'NEW DELHI:'; one word in capitals may be a speaker ('TRUMP: C')
# a later line opening with a label in capitals: the text is a transcript, and a label in
# capitals opening it is a turn ("LEE: C" ... "HALL: D"), not a dateline ("NEW DELHI: C")
RE_CAPITALS_TURN = re.compile(r"\n[A-Z][A-Z.'’ -]*:\s")
RE_ALNUM = re.compile(r"[^\W_]")
RE_QUOTE_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb]|''|``")
RE_IN_SOURCE = re.compile(
    r"([Ii]n)(?<!\w[Ii]n)\s+((?:the|a|an|its|his|her|their)\s[^,.;:!?\"\u201c\u201d]{1,100}?)"
    r"(?=[,.;!?]|$)"
)
SOURCE_WEIGHT = 0.5
# a digest's heading, a dash and the source before a colon ('Turnout was high - Ann Lee:
# "C"', 'RED STATES GAIN - More from Tom Hall: "C"'): the name after the dash speaks
RE_DASHED_SOURCE = re.compile(
    r"\s[-\u2013\u2014]{1,2}\s*(?:(?:More\s+)?from\s+)?"
    r"([A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|of|de|van|von|al|bin)){0,5})\s*$"
)


def make_frame(
    pattern: str,
    cue: tuple[int, int],
    c: Ctx,
    spk: tuple[int, int],
    content: tuple[int, int],
    weight: float,
    **extra: Any,
) -> Frame:
    surface = " ".join(c.text[cue[0] : cue[1]].split())
    return Frame(
        pattern, surface, cue[0], cue[1], spk[0], spk[1], content[0], content[1], weight, **extra
    )


def quote_frames(c: Ctx, frames: list[Frame]) -> list[Frame]:
    """ "..., " X <verb>ed. with a verb outside the lexicon: the quote is what X said."""
    out: list[Frame] = []
    for q in c.quotes.within(c.s.start, c.s.end):
        inner = c.text[q.start : q.end].rstrip("\"'\u201d\u00bb ")
        if not q.double or not q.closed or inner[-1:] not in ",?!" or q.end > c.s.end:
            continue
        if any(f.content_start <= q.start < f.content_end for f in frames):
            continue
        t = RE_QUOTE_TAIL.match(c.text, q.end, c.s.end)
        if t is None:
            continue
        spk, cue = (
            (t.span("spk"), t.span("cue")) if t.group("spk") else (t.span("spk2"), t.span("cue2"))
        )
        out.append(make_frame("pre", cue, c, spk, (q.start, q.end), 0.6))
    return out


def _first_verb(c: Ctx, start: int, end: int) -> tuple[int, int] | None:
    """The first lower-case word after a subject that is no auxiliary or adverb; past an
    apposition set off by commas ('The letter, sent in May, continues: "C"'), none when the
    apposition runs to the colon ('Ann Lee, a spokesman for the group: "C"')."""
    if c.text[start:end].lstrip().startswith(","):
        comma = c.text.find(",", c.text.index(",", start) + 1, end)
        if comma < 0:
            return None
        start = comma + 1
    skip = c.lex.union("aux", "skip")
    for w in RE_LOWER_WORD.finditer(c.text, start, end):
        if w.group() not in skip and w.group() != "then":
            return w.span()
    return None


def colon_frames(c: Ctx, frames: list[Frame]) -> list[Frame]:
    """'The letter continues: "C"' with a verb outside the lexicon: the subject said C."""
    out: list[Frame] = []
    for q in c.quotes.within(c.s.start, c.s.end):
        colon = fr._skip_back(c.text, q.start, " \t")
        if not q.double or q.start < c.s.start or c.text[colon - 1 : colon] != ":":
            continue
        if any(f.content_start <= q.start < f.content_end for f in frames):
            continue
        if q.end > c.s.end and c.text[q.start : q.end].rstrip(fr.QUOTE_CLOSE + "'")[-1:] == ",":
            continue  # '...: "C. D," wrote Ann Lee.': the frame after the quotation attributes it
        source = _dashed_source(c, colon - 1)
        spk = source or sentence_subject(c, colon - 1)
        if spk is None or not fr._speakerlike(c.text, *spk, c.lex, loose=True):
            continue
        cue = (None if source else _first_verb(c, spk[1], colon - 1)) or (colon - 1, colon)
        out.append(make_frame("colon", cue, c, spk, (q.start, q.end), COLON_WEIGHT))
    return out


def _dashed_source(c: Ctx, end: int) -> tuple[int, int] | None:
    """The name after a dash that ends the words before a colon at ``end`` (class-free: a
    run of capitalised words, "and" between them), when a dash is there at all."""
    head = c.text[c.s.start : end]
    if "-" not in head and "\u2013" not in head and "\u2014" not in head:
        return None
    m = RE_DASHED_SOURCE.search(c.text, c.s.start, end)
    return None if m is None else m.span(1)


def label_frame(c: Ctx) -> Frame | None:
    """A line that opens with a name and a colon, "Ann Lee: The dam holds.": a headline or
    transcript turn."""
    if c.s.start and c.text[c.s.start - 1] != "\n":
        return None
    m = RE_LABEL.match(c.text, c.s.start, c.s.end)
    if m is None:
        return None
    words = m.group(1).lower().split()
    if {words[0], words[-1]} & c.lex.union("not_speaker", "not_label"):
        return None  # "NOTE:", "Q:", "Subs not used:", "... Photo:"
    if c.s.start == 0 and _dateline_label(c, m.group(1), words, m.end()):
        return None  # "NEW DELHI: Nearly 150 workers returned ...": a dateline opens the text
    content = fr._trim_content(c.text, m.end(), c.s.end)
    if n_words(c, content) < MIN_LABEL_WORDS or _name_list(c.text[content[0] : content[1]]):
        return None
    if RE_LETTERS.search(c.text, *content) is None:
        return None  # "VIP: 60,000 R: 50,000 S: 40,000": a price list, no sentence
    if _announced_item(c, content) or _title_named_again(c, m.start(1), m.end()):
        return None  # "... the following charges:\n\nAnn Lee: Theft, fraud, ..."
    content = _turn_end(c, content)
    colon = c.text.index(":", m.end(1))  # "VIP : C": spaces may stand before the colon
    return make_frame("label", (colon, colon + 1), c, m.span(1), content, LABEL_WEIGHT)


def _dateline_label(c: Ctx, label: str, words: list[str], end: int) -> bool:
    """A label that opens the text is a dateline ('NEW DELHI: C', 'HONG KONG: C'): two words
    or more in capitals, the first no given name ('DONALD TRUMP: C' is a headline's
    speaker), in a text with no later line opening with a label in capitals (a transcript's
    turns: 'LEE: C' ... 'HALL: D')."""
    if not label.isupper() or len(words) < MIN_DATELINE_WORDS:
        return False
    if words[0] in c.lex.union(speaker=("first_male", "first_female")):
        return False
    return RE_CAPITALS_TURN.search(c.text, end) is None


def _announced_item(c: Ctx, content: tuple[int, int]) -> bool:
    """An item of a list that the paragraph before announces with a colon ("... held on
    the following charges:\n\nAnn Lee: Theft, possession of a stolen car, held on bond."):
    MIN_LIST_ITEMS comma parts or more and no subject pronoun nor auxiliary, so no clause
    of anyone's. A transcript announced with a colon keeps its turns ("Here is the
    exchange:\n\nLEE: We checked it, twice, and it holds.")."""
    body = c.text[content[0] : content[1]]
    if body.count(",") < MIN_LIST_ITEMS or not _after_announcing_colon(c.text, c.s.start):
        return False
    verbs = c.lex.union("aux", "subject_pronoun")
    return not any(w in verbs for w in RE_LOWER_WORD.findall(body.lower()))


def _after_announcing_colon(text: str, start: int) -> bool:
    """Whether the paragraph before the line at ``start`` ends with a colon, or is an item
    opening with a label after such a paragraph (up to MAX_LIST_LINES items back)."""
    for _ in range(MAX_LIST_LINES):
        end = len(text[:start].rstrip())
        if end == 0 or "\n" not in text[end:start]:
            return False
        if text[end - 1] == ":":
            return True
        start = text.rfind("\n", 0, end) + 1
        if RE_LABEL.match(text, start, end) is None:
            return False
    return False


def _title_named_again(c: Ctx, start: int, colon_end: int) -> bool:
    """A label that with the word after its colon is named again inside a sentence is a
    work's title with a colon ("Star Wars Jedi: Fallen Order is a game ...", where the text
    also says "... other games, Star Wars Jedi: Fallen Order finds ..."), not a speaker."""
    word = RE_TOKEN.match(c.text, colon_end)
    if word is None:
        return False
    title = c.text[start : word.end()]
    at = c.text.find(title)
    while at >= 0:
        if at != start and at and c.text[at - 1] not in "\n":
            return True
        at = c.text.find(title, at + 1)
    return False


def _turn_end(c: Ctx, content: tuple[int, int]) -> tuple[int, int]:
    """A transcript turn runs to the end of its paragraph ("LEE: The dam holds. We checked
    it twice."), unless a later sentence there has a cue or a quote mark of its own."""
    stop = c.text.find("\n", c.s.end)
    stop = len(c.text) if stop < 0 else stop
    rest = c.text[c.s.end : stop]
    if not RE_ALNUM.search(rest) or RE_QUOTE_MARK.search(rest) or c.lex.find_cues(rest):
        return content
    return content[0], fr._trim_content(c.text, content[0], stop)[1]


def _name_list(text: str) -> bool:
    """'Iowa: Tim Albrecht, Brad Anderson, Rob Barron' / 'Contributing: Ann Lee and Bo
    Chan': after a label, names and nothing else (a roster or a credit line), no statement."""
    items = [x.split() for x in RE_LIST_SEPARATOR.split(text) if x.strip()]
    return len(items) >= MIN_LIST_ITEMS and all(
        len(x) <= MAX_LIST_NAME_WORDS and all(RE_NAME_WORD.fullmatch(w) for w in x) for x in items
    )


def source_frames(c: Ctx, frames: list[Frame]) -> list[Frame]:
    """'In a Rivertown Herald poll released Monday, C' / 'C in the latest poll': in a sentence
    without a cue, a document noun (``source`` words: poll, survey, ...) after "in" is the
    source of C."""
    if frames:  # a sentence with a cue of its own ("In a report, the agency said C")
        return []
    sources = c.lex.frame_class("source")
    out: list[Frame] = []
    for m in RE_IN_SOURCE.finditer(c.text, c.s.start, c.s.end):
        if c.quotes.covering(m.start()) is not None or sources.isdisjoint(fr._words(m.group(2))):
            continue
        np = fr._strip_span(c.text, *m.span(2))
        if not c.text[c.s.start : m.start()].strip(" ,"):
            content = fr._trim_content(c.text, np[1], c.s.end)  # "In a poll, C"
        elif c.text[np[1] : c.s.end].strip(' .,;!?"\u201d') == "":
            content = fr._trim_content(c.text, c.s.start, m.start())  # "C in a poll."
        else:
            continue
        if n_words(c, content) >= MIN_LABEL_WORDS:
            out.append(make_frame("source", m.span(1), c, np, content, SOURCE_WEIGHT))
    return out
