"""Find the reporting frames of one sentence: each cue, read in the shape it appears in."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import Lexicon
from flows.attribution.quotes import QuoteIndex
from flows.records import Sentence

__all__ = ["find_frames"]

RE_CLAUSE_BREAK = re.compile(r"[;:\"\u201c\u201d\u00ab\u00bb]")
RELATIVE = frozenset({"who", "which"})


def _frame(
    pattern: str,
    m: re.Match[str],
    spk: tuple[int, int],
    content: tuple[int, int],
    weight: float,
    **extra: str | None,
) -> Frame:
    return Frame(
        pattern,
        " ".join(m.group().split()),
        m.start(),
        m.end(),
        spk[0],
        spk[1],
        content[0],
        content[1],
        weight,
        **extra,
    )


def _according(
    text: str, s: Sentence, m: re.Match[str], quotes: QuoteIndex, lex: Lexicon, w: float
) -> Frame | None:
    np = fr._np_after(text, m.end(), s.end)
    if np is None:
        return None
    lead = fr._words(text[s.start : m.start()])
    if all(x in lex.frame_class("connector") for x in lead):
        content = fr._trim_content(text, np[1], s.end)
    else:
        start = fr._content_before(text, s, m.start(), quotes)
        content = fr._trim_content(text, start, m.start())
    if content[1] - content[0] < 3:
        return None
    return _frame("according", m, np, content, w)


def _inverted(
    text: str, s: Sentence, m: re.Match[str], quotes: QuoteIndex, lex: Lexicon, w: float
) -> Frame | None:
    np = fr._np_after(text, m.end(), s.end)
    if np is None or not fr._speakerlike(text, *np, lex):
        return None
    if any(w in lex.frame_class("aux") for w in fr._words(text[np[0] : np[1]])):
        return None
    boundary = m.start()
    while boundary > s.start and text[boundary - 1].isspace():
        boundary -= 1
    start = fr._content_before(text, s, boundary, quotes)
    content = fr._trim_content(text, start, boundary)
    if content[1] - content[0] < 3:
        return None
    desc = fr._description_after(text, np[1], s.end, lex)
    after = np[1]
    if desc is not None:
        after = text.find(desc, np[1], s.end) + len(desc)
    if not fr._is_endish(text, after, s.end, lex):
        return None
    return _frame("inverted", m, np, content, w, description=desc)


def _previous_quote(text: str, s: Sentence, quotes: QuoteIndex) -> tuple[int, int] | None:
    prev = text[: s.start].rstrip()
    if not prev or prev[-1] not in fr.QUOTE_CLOSE or "\n\n" in text[len(prev) : s.start]:
        return None
    q = quotes.covering(len(prev) - 1)
    return None if q is None else (q.start, q.end)


def _pre(
    text: str, s: Sentence, m: re.Match[str], seg: int, quotes: QuoteIndex, lex: Lexicon, w: float
) -> Frame | None:
    spk = fr._clean_subject(text, seg, m.start(), lex)
    if spk[0] >= spk[1]:
        return None
    if text[s.start : seg].strip(" ,"):
        start = fr._content_before(text, s, seg, quotes)
        content = fr._trim_content(text, start, seg)
    else:
        prev = _previous_quote(text, s, quotes)
        if prev is None:
            return None
        content = prev
    tail = text[m.end() : s.end].lstrip()
    if tail.startswith(",") and tail[1:].lstrip()[:1] in fr.QUOTE_OPEN:
        q = quotes.covering(s.end - len(tail[1:].lstrip()))
        if q is not None:
            content = (content[0], q.end)
    if content[1] - content[0] < 3:
        return None
    return _frame("pre", m, spk, content, w)


def _post_subject(
    text: str, s: Sentence, cue_start: int, lex: Lexicon
) -> tuple[tuple[int, int], str | None, str | None] | None:
    lo = s.start
    for br in RE_CLAUSE_BREAK.finditer(text, s.start, cue_start):
        lo = br.end()
    segments: list[tuple[int, int]] = []
    pos = lo
    for part in text[lo:cue_start].split(","):
        segments.append((pos, pos + len(part)))
        pos += len(part) + 1
    openers = lex.frame_class("opener")
    while len(segments) > 1 and (fr._words(text[slice(*segments[0])])[:1] or [""])[0] in openers:
        segments.pop(0)
    head = fr._clean_subject(text, *segments[0], lex)
    if head[0] >= head[1] or len(text[head[0] : head[1]].split()) > fr.MAX_SPEAKER_WORDS:
        return None
    last = fr._clean_subject(text, *segments[-1], lex)
    if len(segments) > 1 and text[last[0] : last[1]].lower() in RELATIVE:
        return last, None, text[head[0] : head[1]]
    rest = [text[a:b].strip() for a, b in segments[1:]]
    desc = ", ".join(x for x in rest if x) or None
    if desc is not None and desc.split()[0].lower() in RELATIVE:
        desc = None
    return head, desc, None


def _post(
    text: str, s: Sentence, m: re.Match[str], lemma: str, quotes: QuoteIndex, lex: Lexicon, w: float
) -> Frame | None:
    subject = _post_subject(text, s, m.start(), lex)
    if subject is None:
        return None
    spk, desc, antecedent = subject
    start = fr._content_after(text, m.end(), s.end, lemma, quotes, lex)
    end = s.end
    for q in quotes.within(start, s.end):
        end = max(end, q.end)
    content = fr._trim_content(text, start, end)
    if len(text[content[0] : content[1]].split()) < 2:
        return None
    return _frame("post", m, spk, content, w, description=desc, antecedent=antecedent)


def _participle(
    text: str,
    s: Sentence,
    m: re.Match[str],
    lemma: str,
    quotes: QuoteIndex,
    lex: Lexicon,
    w: float,
    previous: Frame | None,
) -> Frame | None:
    if previous is None:
        subject = _post_subject(text, s, s.start, lex)
        lead = re.match(
            r"\s*((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*|he|she|they|we|it)\b",
            text[s.start : m.start()],
        )
        if lead is None or subject is not None:
            return None
        spk = (s.start + lead.start(1), s.start + lead.end(1))
    else:
        spk = (previous.speaker_start, previous.speaker_end)
    start = fr._content_after(text, m.end(), s.end, lemma, quotes, lex)
    end = max([s.end, *(q.end for q in quotes.within(start, s.end))])
    content = fr._trim_content(text, start, end)
    if len(text[content[0] : content[1]].split()) < 2:
        return None
    return _frame("participle", m, spk, content, w * 0.9)


def _frame_for_cue(
    text: str,
    s: Sentence,
    m: re.Match[str],
    quotes: QuoteIndex,
    lex: Lexicon,
    previous: Frame | None,
) -> Frame | None:
    form = " ".join(m.group().lower().split())
    lemma, w = lex.cue_lemma[form], lex.cue_weight[form]
    if m.group()[0].isupper() and m.start() != s.start:
        return None
    if lemma == "according to":
        return _according(text, s, m, quotes, lex, w)
    before = text[s.start : m.start()].rstrip()
    last = before[-1:]
    if form.split()[0].endswith("ing") and (last == "," or before.endswith(" and")):
        return _participle(text, s, m, lemma, quotes, lex, w, previous)
    if last and last in ',\u201d"\u00bb':
        frame = _inverted(text, s, m, quotes, lex, w)
        if frame is not None:
            return frame
    seg = fr._segment_start(text, s.start, m.start())
    n_pre = len(fr._words(text[seg : m.start()]))
    if 1 <= n_pre <= 7 and fr._is_endish(text, m.end(), s.end, lex):
        frame = _pre(text, s, m, seg, quotes, lex, w)
        if frame is not None:
            return frame
    return _post(text, s, m, lemma, quotes, lex, w)


def _cut_overlaps(frames: list[Frame], text: str) -> list[Frame]:
    """A content never runs over a later frame of the same sentence."""
    out: list[Frame] = []
    for i, f in enumerate(frames):
        end = f.content_end
        for g in frames[i + 1 :]:
            later = [x for x in (g.cue_start, g.speaker_start) if x > f.content_start]
            if later and min(later) < end:
                end = min(later)
        start, end = fr._trim_content(text, f.content_start, end)
        if end - start >= 3:
            out.append(
                Frame(
                    f.pattern,
                    f.cue,
                    f.cue_start,
                    f.cue_end,
                    f.speaker_start,
                    f.speaker_end,
                    start,
                    end,
                    f.weight,
                    f.description,
                    f.antecedent,
                )
            )
    return out


def find_frames(text: str, sentence: Sentence, quotes: QuoteIndex, lex: Lexicon) -> list[Frame]:
    """Every reporting frame whose cue lies in ``sentence`` (outside quotation marks)."""
    frames: list[Frame] = []
    for m in lex.cue_pattern.finditer(text, sentence.start, sentence.end):
        if quotes.covering(m.start()) is not None:
            continue
        if frames and m.start() < frames[-1].cue_end:
            continue
        frame = _frame_for_cue(text, sentence, m, quotes, lex, frames[-1] if frames else None)
        if frame is not None:
            frames.append(frame)
    return _cut_overlaps(frames, text)
