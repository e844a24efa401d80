"""Turn reporting frames into ``Statement`` records for one article."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from flows.attribution.appositions import name_before_description
from flows.attribution.cues import find_frames
from flows.attribution.frames import QUOTE_CLOSE, Frame, letters
from flows.attribution.lexicon import Lexicon, cue_form, load_lexicon
from flows.attribution.noun_cues import POSSESSIVE, owner_gap
from flows.attribution.pictures import without_credit
from flows.attribution.quotes import Quote, QuoteIndex, find_quotes, statement_kind
from flows.attribution.scorer import Scorer, candidate_features, load_scorer
from flows.attribution.spans import RE_LETTER_WORD
from flows.attribution.speakers import Speaker, describe_speaker, resolve_speakers
from flows.records import Article, Sentence, Statement

__all__ = ["attribute_statements", "candidate_statements"]

GAP_SHARE = 1.0  # frame letters per quoted letter above which a continuation is split off
RE_CLAUSE = re.compile(r"[^.,;:!?\"\u201c\u201d]*")  # up to the next punctuation
MAX_FRAME_WORDS = 8  # 'Ann Lee shot back with a laugh': 7
MIN_PARAGRAPH_WORDS = 3  # a quoted paragraph that goes on with reported speech; not '"Related:"'
UNNAMED = Speaker("", None, "anonymous")  # the speaker of a frame that names none
QUOTE_LEAD = " \t\n\"'\u201c\u2018\u00ab("
RE_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]*\s")  # a sentence ends inside the frame
RE_AFTER_COMMA = re.compile(r",\s*([A-Za-z]+)")  # the word after a comma
NOT_ASIDES = frozenset(["participle", "according", "inverted"])  # frames that split a quotation


def _continues(
    prev_end: int,
    text: str,
    s: Sentence,
    quotes: QuoteIndex,
    framed_spans: list[tuple[int, int]],
    other_contents: list[int],
) -> bool:
    """Whether ``s`` is more of a quotation that continues a statement ending at ``prev_end``.

    The sentence must open inside a double quotation whose end is in no framed sentence and
    in which no other frame's content starts (else that quotation has a frame of its own:
    '"C?" X demanded.', cut into two sentences after the question mark); across a paragraph
    break the statement before must itself end with a quotation.
    """
    q = quotes.covering(s.start)
    if (
        q is None
        or not q.double
        or any(a <= q.end - 1 < b for a, b in framed_spans)
        or any(q.start <= a < q.end for a in other_contents)
        or _framed_unread(text, q, s)
    ):
        return False
    if "\n" in text[prev_end : s.start]:
        return (
            quotes.ending_at(prev_end) is not None
            or _left_open(text, prev_end, quotes)
            or _quoted_paragraph_after(text, prev_end, q)
        )
    return True


def _quoted_paragraph_after(text: str, prev_end: int, q: Quote) -> bool:
    """Whether a content of reported speech ends its paragraph (only its frame's words and
    a full stop after it) and the next paragraph is one closed quotation and nothing else:
    more of what was said ('X said C.' or 'C, X told Reuters.' / '"D."')."""
    head = text[prev_end : q.start].rstrip()
    frame_tail = not head.strip(".!?\"'\u201d\u2019") or (
        head[-1:] in ".!?" and RE_SENTENCE_BREAK.search(head, 0, len(head) - 1) is None
    )
    return (
        q.closed
        and "\n" in text[prev_end : q.start]
        and "\n" not in head
        and frame_tail
        and (q.start == 0 or text[q.start - 1] == "\n")
        and text[q.end : q.end + 1] in ("", "\n")
        and len(RE_LETTER_WORD.findall(text, q.start, q.end)) >= MIN_PARAGRAPH_WORDS
    )


def _framed_unread(text: str, q: Quote, s: Sentence) -> bool:
    """A quotation that opens its sentence and closes on a comma before a short clause has a
    frame of its own, even one no cue was found in ('"C," Ann Lee shot back with a laugh.');
    not before a long one, more likely the writer's ('"C," a detail that ...')."""
    inner = text[q.start : q.end].rstrip(QUOTE_CLOSE + "'\u2019 ")
    if not q.closed or q.start < s.start or not inner.endswith(",") or q.end >= s.end:
        return False
    tail = RE_CLAUSE.match(text, q.end, s.end)
    words = RE_LETTER_WORD.findall(tail.group()) if tail else []
    return 0 < len(words) <= MAX_FRAME_WORDS


def _left_open(text: str, end: int, quotes: QuoteIndex) -> bool:
    """Whether a content ending at ``end`` ends a paragraph inside a quotation left open: the
    quotation runs on in the next paragraph, which opens with a quote mark again."""
    q = quotes.covering(end - 1)
    return q is not None and q.double and not q.closed and not text[end : q.end].strip()


def _extend(
    frames: list[tuple[Frame, Sentence]],
    sentences: Sequence[Sentence],
    text: str,
    quotes: QuoteIndex,
    lex: Lexicon,
) -> list[tuple[Frame, Sentence]]:
    """Let quote-only sentences after a statement's sentence continue that statement.

    After reported speech (a content that does not end with a quotation) the continuing
    quotation is a statement of its own, with the same speaker and cue: 'X said C. "D."';
    not after reported speech read back from its frame in the same paragraph: 'C, said X.
    "D."' is one statement, as '"C," said X. "D."' is.
    """
    framed = {s.sentence_index for _, s in frames}
    framed_spans = [(s.start, s.end) for _, s in frames]
    extenders = _extenders(frames, quotes, text, lex)
    out: list[tuple[Frame, Sentence]] = []
    for i, (frame, s) in enumerate(frames):
        extends = i in extenders
        end = frame.content_end
        first: Sentence | None = None
        if extends and end >= s.end - 2 or extends and frame.pattern in ("pre", "inverted"):
            # contents starting after this one (not a frame sharing its quotation:
            # 'vowed to fight back, saying: "C. "D."')
            others = [f.content_start for j, (f, _) in enumerate(frames)
                      if j != i and f.content_start >= end]
            for nxt in sentences[s.sentence_index + 1 :]:
                if nxt.sentence_index in framed or not _continues(
                    end, text, nxt, quotes, framed_spans, others
                ):
                    break
                end, first = nxt.end, first or nxt
        if first is None:
            out.append((frame, s))
        elif (
            (_ends_quoted(frame, quotes) or _read_back(text, frame, first))
            and not _long_gap(text, frame, first, end, quotes)
            and (i + 1 == len(frames) or frames[i + 1][1] is not s
                 or _tail_of_asides(frames, i))
        ):
            out.append((replace(frame, content_end=end), s))
        else:
            start = quotes.covering(first.start)
            begin = first.start if start is None else max(start.start, s.end)
            again = replace(frame, pattern="continued", content_start=begin, content_end=end)
            out += [(frame, s), (again, first)]
    return out


def _tail_of_asides(frames: list[tuple[Frame, Sentence]], i: int) -> bool:
    """Whether the frames after frame ``i`` in its sentence, in the tail of a frame read back
    to its quotation (``_extenders``), are all asides about the speaker, relative clauses
    ('"C," said X, who endorsed Y. "D."': one statement over C and D, as PolNeAR reads it);
    not a participle that says something of its own ('"C," X said, referring to Y. "D."':
    three statements), nor a source the speaker's words are reported through ('"C," said
    X, reports the Herald. "D."', ', according to the Herald.': the source frames them)."""
    s = frames[i][1]
    return all(f.pattern not in NOT_ASIDES for f, t in frames[i + 1 :] if t is s)


def _read_back(text: str, frame: Frame, first: Sentence) -> bool:
    """Whether reported speech read back from its frame ('C, X said.') goes on in the same
    paragraph with the quotation of sentence ``first``: one statement, as after a quotation
    ('"C," X said. "D."'); across a paragraph break the quotation stays a statement of its own
    ('C, X told Reuters.' / '"D."')."""
    return frame.content_end <= frame.cue_start and text.find(
        "\n", frame.content_end, first.start
    ) < 0


def _first_frames(found: list[tuple[Frame, Sentence]]) -> list[tuple[Frame, Sentence]]:
    """Drop a frame read back to its content (the content before the cue) when an earlier
    frame read back claims the very same span: a quotation has one frame, the first after
    it; a later cue read back to the same quotation is in that frame's tail ('"C," said Ann
    Lee, a mayor who supports Tom Hall.', '"C," Ann Lee said, as the crowd applauded.'), so
    it neither gives the quotation a second speaker nor takes over what follows ('"D."':
    more of what Ann Lee said)."""
    seen: set[tuple[int, int]] = set()  # the contents of frames read back from their cue
    out: list[tuple[Frame, Sentence]] = []
    for frame, s in found:
        span = (frame.content_start, frame.content_end)
        if frame.content_end <= frame.cue_start:  # ('X seemed angry: "C," she wrote.': two)
            if span in seen:
                continue
            seen.add(span)
        out.append((frame, s))
    return out


def _extenders(
    frames: list[tuple[Frame, Sentence]], quotes: QuoteIndex, text: str, lex: Lexicon
) -> set[int]:
    """The frame of each sentence that a following quotation may continue: the last one, but
    not a participle frame of reported speech after a quotation ('"C," X said, referring to
    Y. "D."': the second quotation is more of what X said, not of the participle), nor a
    frame of reported speech in the tail of a frame read back to a quotation, with no clause
    coordinator between ('"C," said X, who backs Y.', '"C," X said, after Z warned that E.':
    "D." is more of what X said; not '"C," X said, but Z argued that E. "D."')."""
    last: dict[int, int] = {}
    for i, (_, s) in enumerate(frames):
        last[s.sentence_index] = i
    out = set()
    for i in last.values():
        frame, s = frames[i]
        if i and frames[i - 1][1] is s and not _ends_quoted(frame, quotes):
            quoted = [
                j for j in range(i) if frames[j][1] is s and _ends_quoted(frames[j][0], quotes)
            ]
            if quoted and (
                frame.pattern == "participle"
                or _in_frame_tail(frames[quoted[-1]][0], frame, text, lex)
            ):
                i = quoted[-1]
        out.add(i)
    return out


def _in_frame_tail(head: Frame, frame: Frame, text: str, lex: Lexicon) -> bool:
    """Whether ``frame`` lies in the words after the cue of ``head``, a frame read back to
    its quotation ('"C," said X, a mayor who backs Y'), with no ';' between them and no
    clause coordinator after a comma (', but', ', and'; class ``clause_coordinator``)."""
    end = min(frame.speaker_start, frame.cue_start)
    if head.content_end > head.cue_start or frame.cue_start < head.cue_end or end < head.cue_end:
        return False
    between = text[head.cue_end : end]
    if ";" in between:
        return False
    coordinators = lex.frame_class("clause_coordinator")
    return not any(m.group(1).lower() in coordinators for m in RE_AFTER_COMMA.finditer(between))


def _long_gap(text: str, frame: Frame, first: Sentence, end: int, quotes: QuoteIndex) -> bool:
    """Whether more letters lie between a quotation and its continuation (the frame, an
    appositive) than in the two quoted parts: one statement over both would be mostly frame,
    so the continuation is a statement of its own."""
    q = quotes.covering(first.start)
    begin = first.start if q is None else max(q.start, frame.content_end)
    gap = letters(text, frame.content_end, begin)
    quoted = letters(text, frame.content_start, frame.content_end) + letters(text, begin, end)
    return gap > GAP_SHARE * quoted


def _ends_quoted(frame: Frame, quotes: QuoteIndex) -> bool:
    """Whether the content ends inside or with a quotation (a direct or mixed statement)."""
    return quotes.covering(frame.content_end - 1) is not None


def _mention(text: str, frame: Frame, s: Sentence, lex: Lexicon) -> str:
    """The speaker mention; a capitalised plural that opens the sentence is read in lower case
    when the article also has it in lower case ("Dealers said" where "dealers" occurs too);
    the owner of a noun of speech (class ``speech_noun``) right after it is read without its
    possessive ending ("Tom Hall's claim that C", "Tom Hall's earlier claim that C": Tom Hall;
    not "Moody's said")."""
    mention = text[frame.speaker_start : frame.speaker_end]
    if (
        mention.endswith(POSSESSIVE)
        and frame.cue.lower() in lex.frame_class("speech_noun")
        and owner_gap(text, frame.speaker_end, frame.cue_start, lex)
    ):
        return mention[:-2]
    opens = not text[s.start : frame.speaker_start].strip(QUOTE_LEAD)
    if not (opens and mention.endswith("s") and mention.istitle() and " " not in mention):
        return mention
    lowered = mention.lower()
    if lowered in text and re.search(rf"(?<!\w){re.escape(lowered)}(?!\w)", text):
        return lowered
    return mention


def _statement(
    article: Article,
    frame: Frame,
    s: Sentence,
    speaker: Speaker,
    quotes: QuoteIndex,
    lex: Lexicon,
    scorer: Scorer,
) -> tuple[Statement, tuple[str, ...]]:
    text = article.text
    kind = statement_kind(
        text, frame.content_start, frame.content_end, quotes, exclude=_frame_words(frame, quotes)
    )
    features = candidate_features(text, frame, speaker, kind, lex)
    confidence = round(scorer.confidence(features, frame, speaker, kind), 3)
    # a content never opens with its own speaker: 'The new dam appears to hold' (a raised
    # subject) is the writer's judgement of the dam, not the dam's words
    if frame.content_start == frame.speaker_start < frame.speaker_end:
        frame = replace(frame, unnamed=True)
    if frame.unnamed:  # scored as read (the words are the same), but no speaker is named
        speaker = UNNAMED
    statement = Statement(
        article_id=article.article_id,
        kind=kind,
        content=text[frame.content_start : frame.content_end],
        start=frame.content_start,
        end=frame.content_end,
        cue=frame.cue,
        speaker_mention=None if frame.unnamed else text[frame.speaker_start : frame.speaker_end],
        speaker_name=speaker.name,
        speaker_type=speaker.type,
        speaker_role=speaker.role,
        speaker_organization=speaker.organization,
        paragraph_index=s.paragraph_index,
        sentence_index=s.sentence_index,
        confidence=confidence,
        cue_start=frame.cue_start,
        cue_end=frame.cue_end,
        speaker_start=None if frame.unnamed else frame.speaker_start,
        speaker_end=None if frame.unnamed else frame.speaker_end,
    )
    return statement, features


def _frame_words(frame: Frame, quotes: QuoteIndex) -> tuple[int, int]:
    """The span of the frame's own words, which a statement's kind does not count: its
    speaker and cue and, in a content that runs on past them ('"C," said X, a nurse. "D."',
    '"C," X said in a statement. "D."'), everything up to the next quotation (its tail)."""
    start = min(frame.speaker_start, frame.cue_start)
    end = max(frame.speaker_end, frame.cue_end)
    if frame.content_start < start and end < frame.content_end:
        after = next((q.start for q in quotes.within(end, frame.content_end) if q.start >= end),
                     None)
        if after is not None:
            end = after
    return start, end


def _drop_overlaps(statements: list[Statement]) -> list[Statement]:
    kept: list[Statement] = []
    for st in sorted(statements, key=lambda x: (x.start, -x.end)):
        if kept and st.start < kept[-1].end:
            if st.confidence > kept[-1].confidence and st.end > kept[-1].end:
                kept[-1] = st
            continue
        kept.append(st)
    return kept


def attribute_statements(
    article: Article,
    sentences: Sequence[Sentence],
    *,
    lexicon: Lexicon | None = None,
    scorer: Scorer | None = None,
) -> list[Statement]:
    """Return the article's attributed statements, sorted by position, never overlapping.

    Candidates the scorer rates below its thresholds are left out (``Scorer.keeps``).
    """
    score = scorer or load_scorer()
    lex = lexicon or load_lexicon()
    kept = [
        st
        for st, _ in candidate_statements(article, sentences, lexicon=lex, scorer=score)
        if score.keeps(st.confidence, cue_form(st.cue or "") in lex.hand_cues)
    ]
    return _drop_overlaps(kept)


def candidate_statements(
    article: Article,
    sentences: Sequence[Sentence],
    *,
    lexicon: Lexicon | None = None,
    scorer: Scorer | None = None,
) -> list[tuple[Statement, tuple[str, ...]]]:
    """Every candidate statement with its scorer features, before any is dropped."""
    lex = lexicon or load_lexicon()
    score = scorer or load_scorer()
    text = article.text
    quotes = find_quotes(text)
    hits = lex.find_cues(text)
    starts = [h.begin for h in hits]
    found = [
        (f, s)
        for s in sentences
        for f in find_frames(
            text, s, hits[bisect_left(starts, s.start) : bisect_left(starts, s.end)], quotes, lex
        )
    ]
    frames = [  # a frame whose content came out empty ('‘ said : \n ,') states nothing
        (name_before_description(text, without_credit(text, f), s.start, lex), s)
        for f, s in _extend(_first_frames(found), sentences, text, quotes, lex)
        if f.content_start < f.content_end
    ]
    speakers = resolve_speakers(
        [
            describe_speaker(_mention(text, f, s, lex), f.description, lex, f.antecedent)
            for f, s in frames
        ],
        lex,
        text,
        [f.speaker_start for f, _ in frames],
        [(f.content_start, f.content_end) for f, _ in frames],
    )
    sentence_starts = [s.start for s in sentences]
    return [  # a row's sentence is where its content starts (a quotation may open before the
        # sentence of its cue: '"C. D," X said.')
        _statement(article, f, _sentence_at(sentences, sentence_starts, f.content_start, s),
                   sp, quotes, lex, score)
        for (f, s), sp in zip(frames, speakers, strict=True)
    ]


def _sentence_at(sentences: Sequence[Sentence], starts: list[int], offset: int,
                 default: Sentence) -> Sentence:
    """The sentence holding offset (the last one starting at or before it)."""
    i = bisect_right(starts, offset) - 1
    return sentences[i] if i >= 0 else default
