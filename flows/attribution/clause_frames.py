"""Read the frame of a cue whose subject comes right before it: 'X said C' (``post_frame``,
the content after the cue) and '"C," X said' (``pre_frame``, the content before it), with
what only they need: a subject cut before its verb or setting, a quotation closing right
before the frame, a second verb of the sentence's subject, a titled aside."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.appositions import describes_name
from flows.attribution.as_clauses import as_clause_content
from flows.attribution.content_end import AND_VERB_LEAD, RE_ALNUM, complement
from flows.attribution.content_start import OBJECT_CUES
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import sentence_subject
from flows.attribution.lexicon import CueHit, Lexicon, cue_form
from flows.attribution.noun_cues import noun_without_clause, possessor
from flows.attribution.particles import adjunct_only, particle_content
from flows.attribution.perceived import perceived_object, perceived_subject, quotation_before
from flows.attribution.quotes import Quote
from flows.attribution.readers import (
    HEAD_CLASSES,
    MAX_DETERMINED_WORDS,
    RE_WORD_SPAN,
    _content_ok,
    _has_clause,
    _holds_verb,
    _two_word_clause,
)
from flows.attribution.senses import naming_participle, noun_after_verb
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS, _first_word
from flows.attribution.subjects import (
    PERSONAL,
    RELATIVE,
    RELATIVE_CUT,
    Ctx,
    n_words,
    narrow_subject,
    post_subject,
)
from flows.attribution.unframed import make_frame

__all__ = [
    "hearer_only",
    "verb_after_frame",
    "post_frame",
    "pre_frame",
    "quote_closes_sentence_before",
    "quote_just_before",
]

RE_JOINED_VERB = re.compile(rf"[,\s\u2013\u2014-]*\s{AND_VERB_LEAD}")
# after a frame: a short adjunct, a comma, 'and'/'but' ('A, X said on Monday, but warned B')
RE_VERB_AFTER_FRAME = re.compile(rf"(?:\s+[^,;:.!?\"\u201c\u201d]{{1,30}})?,\s+{AND_VERB_LEAD}")
# what comes before a quotation that opens a sentence: a paragraph break or a sentence end
RE_OPEN_AFTER = re.compile(r"(?:\A\s*|\n\s*|[.!?][\"'\u201d\u2019)]*\s+)\Z")
SENTENCE_GAP = 12  # characters before a quotation searched for the end of a sentence
RE_BREAK_END = re.compile(r"(?::|\s(?:-|--|\u2013|\u2014)|\u2014)$")
MIN_COORDINATED = 3  # words of the first statement before 'and <cue>'
MAX_ASIDE_CHARS = 120  # a parenthetical aside between a subject and its cue
MAX_AUX_WORDS = 2  # 'and has', 'but had' between a coordinator and a second verb
MAX_WORDS_AFTER_QUOTE = 4
MAX_COLON_TAIL_WORDS = 8  # 'told his audience, to rowdy applause:' before a quoted paragraph
RE_REST_WORD = re.compile(r",\s*([a-z]+)\b")  # the word after a hearer's comma
MAX_HEARER_WORDS = 4  # words of whom a cue like 'told' was said to: 'the Daily Herald'
MIN_PARTICIPLE_CHARS = 6  # of a participle after a hearer's comma: 'saying', 'adding'
WH_LEAD = frozenset(["what", "how", "why", "here's", "here’s"])
MAX_PRE_WORDS = 7  # words of a subject between a content and its cue
MAX_ASIDE_NOUN_WORDS = 6  # 'the New England Journal article, led by X, concludes C'
MAX_TITLE_WORDS = 6  # a quoted title in an aside: '"The Apprentice,"'
TITLE_SMALL_WORDS = frozenset(["of", "the", "and", "a", "an", "in", "on", "to", "for"])
MAX_NAME_WORDS = 5  # a name before its aside
# before a name that goes on after 'and': a name ('the Center for Media and Public Affairs')
# or a subject of a clause of its own ('what Ann Lee and Tom Hall said')
NAME_LEADS = frozenset(
    ["the", "a", "an", "of", "for", "and", "by", "from", "with", "what", "who", "that"]
)
AS_COMPARED = frozenset(["many", "much", "few", "little", "well", "soon", "long", "far", "likely"])
AS_LEADS = frozenset(["such", "well", "same"])  # 'such as', 'as well as': no clause before
RE_CLAUSE_AND = re.compile(r"\s(?:and|but|as)\s")  # 'Shares fell as analysts warned'
RE_COMMA_AND = re.compile(r"\s*,\s*(?:and|but)\s+")  # between a clause and its second verb
RE_TO_LAST = re.compile(r"(?<![\w'’.-])to[^\w'’.-]*$")  # 'to' the last word of a text
TO_WINDOW = 12  # characters before a cue searched for that 'to'
MAX_INFINITIVE_OBJECT = 5  # 'used a Christmas message to', 'took the chance to'
SETTING_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
PARTICLES = frozenset(["out", "up", "off", "down"])  # 'put out a statement'
RE_BARE_CONJUNCTION = re.compile(r" (?:and|or) ")  # right after a cue: 'fear and panic'
RE_LETTERS = re.compile(r"[A-Za-z]+")


def _segment_subject(c: Ctx, previous: Frame, seg: int, lead: tuple[int, int]) -> bool:
    """The previous frame's speaker is the subject of a second verb in the comma segment at
    ``seg`` rather than the sentence's subject ``lead`` before it ('X cited the bank, which
    announced A and said B'; 'BOSTON, March 3 - Acme Inc said A and said B'): the frame
    and its speaker are in the segment, and the speaker opens as a subject (a capital, a
    pronoun or a determiner) and holds no verb."""
    start, end = previous.speaker_start, previous.speaker_end
    if not lead[1] <= seg <= start < end <= previous.cue_start:
        return False
    first = c.text[start:end].split(None, 1)[0]
    opens = first[:1].isupper() or first.lower() in c.lex.union(
        "subject_pronoun", "noun_determiner", plus=RELATIVE_CUT
    )
    return opens and not _holds_verb(c, (start, end))


def _previous_quote(c: Ctx) -> tuple[int, int] | None:
    pos = c.s.start
    while pos > 0 and c.text[pos - 1] in " \t":
        pos -= 1
    q = c.quotes.ending_at(pos)
    return None if q is None or not q.double else (q.start, q.end)


def pre_frame(
    c: Ctx, m: CueHit, seg: int, w: float, previous: Frame | None = None
) -> Frame | None:
    narrowed = narrow_subject(c, fr._clean_subject(c.text, seg, m.start(), c.lex))
    if narrowed is None or _verb_and_object(c, narrowed):
        return None
    spk = narrowed
    loose = (
        fr._speakerlike(c.text, *spk, c.lex, loose=True)
        or n_words(c, spk) <= 3
        and not c.text[m.end() : c.s.end].strip(" .")  # ", records show."
        or n_words(c, spk) <= MAX_WORDS_AFTER_QUOTE
        and c.quotes.ending_at(fr._skip_back(c.text, spk[0], " ,")) is not None
        and (quote_just_before(c, seg) or quote_closes_sentence_before(c, seg, m.end()))
    )  # '"C," consultancy 4Cast said in a report.' / '"C?" 4Cast said in a report.'
    relative = c.text[spk[0] : spk[1]].lower() in RELATIVE
    if not loose and not relative and not _it_says(c, m, seg, spk):
        return None
    if c.text[c.s.start : seg].strip(" ,"):
        start = fr.content_before(c.text, c.s, seg, c.quotes, c.lex)
        content = fr._trim_content(c.text, start, seg)
        if _subordinate(c, content):
            return None  # "If they fail, the state could deny them permits": no statement
        content = _quote_after_break(c, content)
        q = c.quotes.covering(content[0])
        if q is not None and q.closed and q.end < content[1] and quote_just_before(c, seg):
            content = (content[0], q.end)  # '"C," another friend, Ann Lee told CNN.'
    else:
        prev = _previous_quote(c)
        if prev is None:
            return None
        content = prev
    tail = c.text[m.end() : c.s.end].lstrip()
    # 'A man shouted, "Stop," Ann Lee said, "No."': the words before are a frame's own
    said = c.quotes.opening_at(previous.content_start) if previous is not None else None
    taken = (
        previous is not None
        and content[0] <= previous.cue_start < content[1]
        and said is not None
        and said.closed
        and not c.text[said.end : seg].strip(" ,")
    )
    if tail.startswith(","):
        q = c.quotes.opening_at(c.s.end - len(tail[1:].lstrip()))
        opens = taken or not c.text[c.s.start : seg].strip(" ,")  # 'He answered, "C."'
        if q is not None and c.quotes.covering(content[1] - 1) is not None and not opens:
            content = (content[0], q.end)  # '"C," he said, "C."'
        elif q is not None:
            content = (q.start, q.end)  # 'While in Ohio, he said, "C."': the clause is no content
    elif c.quotes.covering(content[1] - 1) is not None:
        q = _quote_after_adjunct(c, m)
        if q is not None and not taken and c.text[c.s.start : seg].strip(" ,"):
            content = (content[0], q.end)  # '"C," he said in a statement, "and D."'
    if not _content_ok(c, content) and not (
        fr.is_endish(c.text, m.end(), c.s.end, c.lex) and _two_word_clause(c, content, m.end())
    ):
        return None
    return make_frame("pre", m.span(), c, spk, content, w)


def _quote_after_adjunct(c: Ctx, m: CueHit) -> Quote | None:
    """The quotation that opens right after the comma that ends the cue's adjunct ('he said
    in a statement, "and D."', 'Ann Lee said on Monday, "D."') or, after a cue that takes a
    hearer (class hearer_cue), that hearer, perhaps with an adjunct ('Ann Lee told the
    Herald, "and D."', 'told the Herald on Monday, "and D."'); None when the words before
    that comma are more than that (particles.adjunct_only, _hearer_words) or no quotation
    opens."""
    comma = c.text.find(",", m.end(), c.s.end)
    if comma < 0:
        return None
    q = c.quotes.opening_at(c.s.end - len(c.text[comma + 1 : c.s.end].lstrip()))
    if q is None or adjunct_only(c.text, m.end(), comma, c.lex):
        return q
    if c.lex.cue_lemma.get(cue_form(m.group())) not in c.lex.frame_class("hearer_cue"):
        return None
    start = m.end() + 1  # 'Ann Lee told the Herald, "and D."': whom it was said to
    end = comma
    leads = c.lex.frame_class("adjunct_lead")
    lead = next((w for w in RE_LETTERS.finditer(c.text, start, comma) if w.group() in leads), None)
    if lead is not None:  # 'told the Herald on Monday, "and D."': the hearer, then an adjunct
        end = lead.start() - 1
        if not adjunct_only(c.text, end, comma, c.lex):
            return None
    return q if _named(c.text[start:end]) or _hearer_words(c, start, end) else None


def _named(words: str) -> bool:
    """A name with or without an article: 'the Herald', 'Ann Lee' (capitalised words)."""
    names = words.split()
    if names[:1] == ["the"]:
        names = names[1:]
    return 0 < len(names) <= MAX_HEARER_WORDS and all(w[:1].isupper() for w in names)


def _verb_and_object(c: Ctx, spk: tuple[int, int]) -> bool:
    """Words before a participle cue that open with a lower-case past verb and its object (a
    determiner or a pronoun in the object case: '"C," Tom Hall recalled him saying', 'X
    recalled the mayor telling him'): a verb phrase whose subject is before the comma, no
    speaker of the cue; not an '-ed' adjective before its noun ('retired general Ann Lee')."""
    if not c.text[spk[0] : spk[0] + 1].islower():
        return False  # (a subject opens with a capital or a determiner: nearly every one)
    words = c.text[spk[0] : spk[1]].split(None, 2)
    if len(words) < 2 or not c.lex.past_form(words[0]):
        return False
    return words[1].lower() in c.lex.union("object_case", plus=SETTING_DETERMINERS)


def _it_says(c: Ctx, m: CueHit, seg: int, spk: tuple[int, int]) -> bool:
    """'C, it said in a statement.': 'it' alone after the comma stands for a firm or body
    named before, the subject of a hand-listed cue taking a clause ('said', 'added',
    'noted'); not of a learned one that takes an object ('when Ann Lee asked Acme to act,
    it declined, citing C'), nor after a subordinator ('C, when it posted on Monday')."""
    if c.text[seg : spk[0]].strip() or (
        c.text[spk[0] : spk[1]].lower() not in c.lex.speaker_class("pronoun_org")
    ):
        return False
    form = cue_form(m.group())
    return form in c.lex.hand_cues and c.lex.cue_shape.get(form) == "clause"


def _before_setting_object(c: Ctx, m: CueHit, window: tuple[int, int]) -> tuple[int, int]:
    """The subject window of a participle cue after the object of another verb that is a
    setting of speech ('Ann Lee issued a statement saying C', 'His office put out a
    statement saying C'): the words before that verb; else the window as it is."""
    if not m.group().split()[0].lower().endswith("ing"):
        return window
    words = list(RE_WORD_SPAN.finditer(c.text, *window))
    lows = [w.group().lower() for w in words]
    if len(words) < 4 or lows[-1] not in c.lex.frame_class("setting_noun"):
        return window
    at = next((i for i in range(len(lows) - 2, 0, -1) if lows[i] in SETTING_DETERMINERS), 0)
    verb = at - 1 - (at > 1 and lows[at - 1] in PARTICLES)  # 'issued', 'put out'
    if verb < 1 or lows[at - 1] == "of" or lows[at - 1] in c.lex.frame_class("setting_preposition"):
        return window  # 'devotes much of her speech', 'photos from his rally'
    cut = fr._clean_subject(c.text, window[0], words[verb - 1].end(), c.lex)  # 'She also'
    return cut if cut[1] > cut[0] else window


def _subordinate(c: Ctx, span: tuple[int, int]) -> bool:
    """A clause that opens with a subordinator ("When she ...", "If they ...", "As the
    charges were unsealed ...") and holds no comma of its own: an adverbial of the
    sentence, not something said."""
    first = _first_word(c.text[span[0] : span[1]])  # (the first of its words)
    return (
        first is not None
        and first in c.lex.union("subordinator", "clause_subordinator", minus=fr.THAT)
        and "," not in c.text[span[0] : span[1]]
        and c.quotes.covering(span[0]) is None
    )


def _quote_after_break(c: Ctx, content: tuple[int, int]) -> tuple[int, int]:
    """A content that ends with a quotation opened after a colon or a dash starts at that
    quotation: the words before the colon are the writer's ('Lee set out her aim: "C," she
    said.')."""
    q = c.quotes.ending_at(content[1])
    if q is None or not q.double or q.start <= content[0]:
        return content
    lead = c.text[content[0] : q.start].rstrip()
    if any(True for _ in c.quotes.within(content[0], q.start)):
        return content  # '"A" -- an aside -- "B," he said': the lead is quoted too
    return (q.start, content[1]) if RE_BREAK_END.search(lead) else content


def quote_just_before(c: Ctx, seg: int) -> bool:
    """A quotation that opens this sentence and closes a few words before ``seg``."""
    closed = [q for q in c.quotes.within(c.s.start, seg) if q.closed and q.end <= seg]
    if not closed or closed[-1].end <= c.s.start:
        return False
    if c.text[c.s.start : closed[-1].start].strip():  # the quotation opens the sentence
        return False
    between = c.text[closed[-1].end : seg]
    return len(between.split()) <= MAX_WORDS_AFTER_QUOTE and between.strip(" ,")[:1] != "."


def quote_closes_sentence_before(c: Ctx, seg: int, cue_end: int) -> bool:
    """The subject opens this sentence right after a quotation that closed the one before on
    a question or exclamation mark ('"Who knows?" Ann Lee told a radio station.'): the
    segmenter cut the frame from its quotation, which is what was said. Only a quotation
    that is a sentence of its own (not 'He told her, "Stop!" Ann Lee did not name him.'),
    and not when the words after the cue hold a clause of their own ('"Why?" Ann Lee said
    the plan would fail')."""
    if c.text[c.s.start : seg].strip():
        return False
    prev = _previous_quote(c)
    if prev is None or c.text[prev[0] : prev[1]].rstrip(fr.QUOTE_CLOSE + "'")[-1:] not in "?!":
        return False
    if RE_OPEN_AFTER.search(c.text[max(0, prev[0] - SENTENCE_GAP) : prev[0]]) is None:
        return False
    tail = fr._words(c.text[cue_end : c.s.end].split(",")[0])
    return not tail or (
        tail[0] not in PERSONAL and c.lex.frame_class("verbish").isdisjoint(tail)
    )


def post_frame(c: Ctx, m: CueHit, lemma: str, w: float, previous: Frame | None,
               seg: int = -1) -> Frame | None:
    """The frame of a cue read after its subject; ``seg``: where the cue's comma-free,
    quote-free segment starts (``_segment_start``), when the caller has found it."""
    at = m.begin  # (read once: a method call per read costs)
    if seg < 0:
        seg = fr._segment_start(c.text, c.s.start, at)
    owner = possessor(c.text, m.span(), seg, c.lex)
    if owner is not None:  # "a fact-check on Ann Lee's claim that C": Ann Lee's
        return _post_content_frame(c, m, lemma, w, (owner, None, None))
    subject = post_subject(c, at)
    close = fr._skip_back(c.text, at, " ") - 1
    if c.text[close : close + 1] == ")" and (subject is None or subject[0][1] <= close):
        subject = _before_aside(c, close) or subject  # 'Ann Lee (a nurse who ...) says C'
    seen = perceived_object(c, at, m.group())
    if seen is not None:  # 'Ann Lee heard the guards saying C': the guards
        subject = (seen, None, None)
    light = noun_after_verb(c.text, m, c.lex) if seen is None else -1
    if light >= 0:  # 'Analysts raised concerns that C': the analysts, if they can speak
        light_verb = fr._words(c.text[light : at])[:1]
        if light_verb and light_verb[0] in c.lex.frame_class("unsaid_object_verb"):
            return None  # 'Ann Lee faced questions about C', 'held talks about': not hers
        if subject is None or subject[0][1] > light:  # the subject holds the verb
            verb_seg = fr._segment_start(c.text, c.s.start, light)
            lead = narrow_subject(c, fr._clean_subject(c.text, verb_seg, light, c.lex))
            if lead is not None and c.text[lead[0] : lead[1]].lower() in WH_LEAD:
                return None  # 'What has happened shows that C': a clause, no one's words
            if lead is not None and fr._speakerlike(c.text, *lead, c.lex):
                subject = (lead, None, None)
            elif POSSESSIVE_DETERMINERS.isdisjoint(fr._words(c.text[light : at])):
                return None  # 'The figures confounded hopes of C', 'The move prompted calls'
            # ('Then came her warning: "C."': her warning, read as before)
    verb = _verb_before_object_infinitive(c, at)
    if verb is not None:  # 'The board used the money to show that C': the board shows
        if verb.group() not in c.lex.frame_class("purpose_verb"):
            return None  # 'The vote prompted the mayor to say C': the mayor's, if anyone's
        lead = narrow_subject(c, fr._clean_subject(c.text, seg, verb.start(), c.lex))
        if lead is None:  # 'Perhaps we should have made a term to describe C'
            return None
        subject = (lead, None, None)
    if subject is not None:  # 'Ann Lee issued a statement saying C': Ann Lee
        subject = (_before_setting_object(c, m, subject[0]), *subject[1:])
    if (
        subject is not None
        and previous is not None
        and (subject[0][0] <= previous.cue_start < subject[0][1])
    ):  # "X praised the crew and said ...": the subject of the frame before
        noun = _noun_aside(c, previous, at)
        if noun is not None and not _speaking_noun(c, noun):
            return None  # 'He said the figures, released on Friday, showed C': a verb of C
        # 'X denied Mr Yeo, his spokesman, said C': the noun phrase with its aside speaks
        speaker = (previous.speaker_start, previous.speaker_end) if noun is None else noun
        # 'X asked for a photo and Ann Lee said C': a clause of its own, with its subject
        ahead = noun is None and previous.content_end <= at  # its object ended
        second = _second_clause_subject(c, subject[0], at) if ahead else None
        subject = (speaker if second is None else second, None, None)
    elif subject is not None and (
        _may_coordinate(c.text[slice(*subject[0])])
        and _ends_coordinated(c, m, subject[0], previous)
        or RE_COMMA_AND.fullmatch(c.text, subject[0][1], at) is not None
    ):
        subject = None  # "The mayor visited the dam(,) and said": a clause is no subject
    elif subject is not None and _may_coordinate(c.text[slice(*subject[0])]):
        second = _second_clause_subject(c, subject[0], at)
        if second is not None:  # 'X met Y and both sides agreed': 'both sides'
            subject = (second, None, None)
    if subject is None:
        subject = _titled_aside_subject(c, at)
    if subject is None:  # 'Ann Lee can be heard telling the guards that C'
        heard = perceived_subject(c, at, m.group())
        quoted = None if heard is None else quotation_before(c, heard)
        if heard is not None and quoted is not None:  # '"C?" a guard can be heard asking'
            return make_frame("pre", m.span(), c, heard, quoted, w)
        subject = None if heard is None else (heard, None, None)
    if subject is None:
        lead = _second_verb_subject(c, m, previous)
        if lead is None:
            return None
        subject = (lead, None, None)
    return _post_content_frame(c, m, lemma, w, subject)


def _before_aside(
    c: Ctx, close: int
) -> tuple[tuple[int, int], str | None, str | None] | None:
    """The subject before a parenthetical aside that closes at ``close`` right before the
    cue ('Ann Lee (a nurse so young she has been mistaken for a student) says C'), when the
    subject read over the whole window is none or ends inside the aside: the aside is the
    writer's, and the words before its opening mark are the subject. None when the aside
    opens no short parenthesis of this sentence or no subject comes before it."""
    opening = c.text.rfind("(", c.s.start, close)
    if opening < 0 or ")" in c.text[opening + 1 : close] or close - opening > MAX_ASIDE_CHARS:
        return None
    found = post_subject(c, fr._skip_back(c.text, opening, " "))
    if found is None or not fr._speakerlike(c.text, *found[0], c.lex):
        return None
    return found[0], None, found[2]


def _second_verb_subject(c: Ctx, m: CueHit, previous: Frame | None) -> tuple[int, int] | None:
    """The subject of a cue that is a second verb with no subject of its own: the sentence's
    ("X visited the dam and said C") or the frame before's ("X said A, called B")."""
    seg = fr._segment_start(c.text, c.s.start, m.start())
    window = fr._words(c.text[seg : m.start()])
    second = _second_verb(_without_aux(c, window, m.group()))
    lead = sentence_subject(c, m.start()) if second else None
    if (
        lead is not None
        and previous is not None
        and previous.speaker_start <= lead[0] < previous.speaker_end
        and not _holds_verb(c, (previous.speaker_start, previous.speaker_end))
    ):  # "But Lib Dem leader Ann Lee said A and said B": the whole mention read before
        lead = (previous.speaker_start, previous.speaker_end)
    if lead is not None and previous is not None and _segment_subject(c, previous, seg, lead):
        lead = (previous.speaker_start, previous.speaker_end)
    if (lead is not None and previous is not None and previous.pattern in ("mid", "pre")
            and lead[1] <= min(previous.speaker_start, previous.cue_start)
            and verb_after_frame(c, previous, m.start())):
        lead = (previous.speaker_start, previous.speaker_end)  # 'A, X said, but warned B'
    if lead is None and not window and previous is not None and c.text[seg - 1] == ",":
        lead = (previous.speaker_start, previous.speaker_end)  # "X said A, called B"
    if lead is None and previous is not None and _coordinated_verb(c, m, previous):
        lead = (previous.speaker_start, previous.speaker_end)  # "X said A and warned B"
    return lead


def _post_content_frame(c: Ctx, m: CueHit, lemma: str, w: float,
                        subject: tuple[tuple[int, int], str | None, str | None],
                        ) -> Frame | None:
    """The 'X said C' frame of a subject read: what follows the cue, or the paragraph after
    its colon, or the quotation before it when only an adjunct follows."""
    spk, desc, antecedent = subject
    if RE_BARE_CONJUNCTION.match(c.text, m.end()) is not None and not _verb_joined(c, m.end()):
        return None  # no object: 'fear and panic', 'he wants and that is it'
    main_clause = as_clause_content(c, m, lemma, spk)  # 'As the Herald reported Tuesday, C'
    if main_clause is not None:
        return make_frame("post", m.span(), c, spk, main_clause, w, description=desc)
    read = particle_content(c.text, complement(c, m, lemma), c.lex)
    if read is None or (
        " " not in m.group() and noun_without_clause(c.text, m.span(), read, c.lex)
    ):  # not "Ann Lee showed up", not "the show"
        return None
    if naming_participle(c.text, m, read, c.lex):  # not 'a firm called Acme Dredging'
        return None
    content = read
    # 'told the crowd, to loud applause:', 'said of the plan:', 'wrote on Facebook:' closing
    # a paragraph: an object, a topic or an adjunct, and what was said is the next one
    block = _paragraph_after_colon(c, m)  # (the cheaper test first: most cues end no paragraph)
    if block is not None and not _frame_words_before_colon(c, m, lemma, read):
        block = None
    if block is not None:
        return make_frame("post", m.span(), c, spk, block, w, description=desc)
    if adjunct_only(c.text, m.end(), content[1], c.lex):  # "said on Monday": no content after
        return _quoted_before(c, m, w)
    hearer = lemma in c.lex.frame_class("hearer_cue")
    if hearer and hearer_only(c, m.end(), content):  # '"C," Tom Hall told the BBC.'
        before = _quoted_before(c, m, w)
        if before is not None:
            return before  # (else it still ends the frame before, then goes: cues.find_frames)
    if not RE_ALNUM.search(c.text, *content):  # one word will do: "Ann Lee endorsed her"
        block = _paragraph_after_colon(c, m)
        if block is None:
            return None
        content = block
    return make_frame("post", m.span(), c, spk, content, w, description=desc, antecedent=antecedent)


def _verb_joined(c: Ctx, cue_end: int) -> bool:
    """The word after the 'and' or 'or' right after a cue is a verb (or an auxiliary, or
    another cue form), or the clause it opens ends on a cue and 'that': the two verbs share
    the object or the clause after the second ('derided and insulted the critics', 'endorsed
    and has backed Ann Lee', 'Ann Lee said and the mayor agreed that C'), so the cue keeps
    its frame."""
    m = RE_LETTERS.search(c.text, cue_end + 4, cue_end + 40)  # (past ' and ')
    if m is None:
        return False
    word = m.group().lower()
    if c.lex.verb_word(word, aux=True) or word in c.lex.cue_lemma:
        return True
    tail = c.text[m.start() : c.s.end]
    return any(tail.startswith(" that ", hit.end()) for hit in c.lex.find_cues(tail))


def hearer_only(c: Ctx, cue_end: int, content: tuple[int, int]) -> bool:
    """The words read after a cue that takes a hearer ('told', class hearer_cue) are only
    that hearer (a name, a speaker word, an object pronoun, a setting noun: 'reporters'),
    up to the sentence's end, an adjunct, or a comma before the writer's participle or
    contrast ('told the BBC.', 'told reporters, although ...', 'told the court, saying
    ...'): a few words with no verb, 'that', 'to' or quote mark, right after the cue; what
    was said is before the frame, if anywhere (not 'told the BBC the plan was late', 'told
    her to leave', 'tells a joke')."""
    if c.text[cue_end : content[0]].strip() or not _hearer_words(c, *content):
        return False  # (a hearer skipped: what was said follows it)
    rest = c.text[content[1] : c.s.end].strip()
    if not rest.strip(".!?") or adjunct_only(c.text, content[1], c.s.end, c.lex):
        return True  # 'told the BBC.', 'told the BBC on Monday.'
    nxt = RE_REST_WORD.match(rest)
    return nxt is not None and (
        nxt.group(1) in c.lex.frame_class("writer_contrast")
        or len(nxt.group(1)) >= MIN_PARTICIPLE_CHARS and nxt.group(1).endswith("ing")
    )


def _hearer_words(c: Ctx, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are whom a cue like 'told' was said to: a few
    words with no verb, 'that', 'to' or quote mark that open with an object pronoun, read as
    a speaker or hold a setting noun ('the BBC', 'reporters'; not 'her to leave', 'a joke')."""
    words = fr._words(c.text[start:end])
    if not 0 < len(words) <= MAX_HEARER_WORDS or "that" in words or "to" in words:
        return False  # ('told her to leave': what she was told)
    if not (
        words[0] in c.lex.frame_class("object_case")
        or fr._speakerlike(c.text, start, end, c.lex)
        or not c.lex.frame_class("setting_noun").isdisjoint(w.lower() for w in words)
    ):
        return False  # 'tells a joke': what was told
    if any(ch in c.text[start:end] for ch in fr.QUOTE_OPEN):
        return False
    return not any(c.lex.verb_word(w) for w in words)


def _titled_aside_subject(
    c: Ctx, cue_start: int
) -> tuple[tuple[int, int], str, None] | None:
    """'Ann Lee, the star of the TV show "The Apprentice," said C': a name, then an aside
    that is a lower-case noun phrase ending on a quoted title (every word capitalised but
    ``TITLE_SMALL_WORDS``) closed by the comma inside its quote marks, right before the
    cue: the name (or a determined speaker noun: 'The firm, the maker of "Big Jet,"') is the
    subject, the aside its description. Not a scare quote in a noun
    phrase ('the "new Gannett," as ...': a lower-case word, no name before it)."""
    q = c.quotes.ending_at(fr._skip_back(c.text, cue_start, " \t"))
    if q is None or not q.closed or q.start <= c.s.start:
        return None
    inner = c.text[q.start : q.end].strip(fr.QUOTE_OPEN + fr.QUOTE_CLOSE + "'\u2019 ")
    title = inner[:-1].split()
    if not inner.endswith(",") or not 0 < len(title) <= MAX_TITLE_WORDS or not all(
        w[:1].isupper() or w in TITLE_SMALL_WORDS for w in title
    ) or not title[0][:1].isupper():
        return None
    comma = c.text.rfind(",", c.s.start, q.start)
    aside = c.text[comma + 1 : q.start].split()
    if comma < 0 or not aside or aside[0] not in SETTING_DETERMINERS or not describes_name(
        c, aside
    ):
        return None
    name = fr._strip_span(c.text, c.s.start, comma)
    words = c.text[name[0] : name[1]].split()
    known = c.lex.speaker_class("known")
    common = (  # 'The firm, the maker of "Big Jet," said C': a determined speaker noun
        bool(words) and words[0].lower() in ARTICLES and len(words) <= MAX_DETERMINED_WORDS
        and words[-1].lower().strip(",.") in known
    )
    if not 0 < len(words) <= MAX_NAME_WORDS or not (
        common or all(w[:1].isupper() for w in words)
    ):
        return None
    return name, c.text[comma + 1 : q.end].strip().rstrip(fr.QUOTE_CLOSE + "'\u2019,"), None


def _verb_before_object_infinitive(c: Ctx, cue_start: int) -> re.Match[str] | None:
    """The verb of 'Subject verb object to <cue>' ('The board used the money to show that
    C', 'Ann Lee took the chance to say C'): a lower-case past verb (class past, or '-ed')
    after the clause's first word, right before a determiner, in the clause that ends with
    the 'to' before the cue; None for any other shape ('Ann Lee wanted to say C')."""
    if RE_TO_LAST.search(c.text, max(c.s.start, cue_start - TO_WINDOW), cue_start) is None:
        return None  # (the last word before the cue is no 'to': most cues)
    seg = fr._segment_start(c.text, c.s.start, cue_start)
    words = list(RE_WORD_SPAN.finditer(c.text, seg, cue_start))
    if len(words) < 5 or words[-1].group() != "to":
        return None
    stops = c.lex.union("verbish", "aux", "past", "connector", "subordinator")
    for i in range(1, len(words) - 3):
        w = words[i].group()
        if w.islower() and c.lex.past_form(w):
            obj = [x.group().lower() for x in words[i + 1 : -1]]
            return words[i] if (
                obj[0] in SETTING_DETERMINERS
                and len(obj) <= MAX_INFINITIVE_OBJECT
                and not any(x in stops or x.endswith(("ed", "ing")) for x in obj)
            ) else None
    return None


def _noun_aside(c: Ctx, previous: Frame, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase after the previous frame's cue when the cue comes right after a
    comma that closes an aside describing it (a participle, a relative clause, a noun
    phrase: 'said the figures, released on Friday, showed C'): that noun is the cue's
    subject, not the speaker of the frame before."""
    closing = fr._skip_back(c.text, cue_start, " \t") - 1
    if c.text[closing : closing + 1] != ",":
        return None
    opening = c.text.rfind(",", previous.cue_end, closing)
    words = c.text[opening + 1 : closing].split()
    if opening < 0 or not words or not fr._words(c.text[previous.cue_end : opening]):
        return None
    if (words[0].islower() and words[0].endswith("ed")) or describes_name(c, words):
        return fr._strip_span(c.text, previous.cue_end, opening)
    return None


def _speaking_noun(c: Ctx, span: tuple[int, int]) -> bool:
    """A short noun phrase with no comma that names a speaker ('Mr Yeo', 'the company')."""
    words = c.text[span[0] : span[1]].split()
    return (
        0 < len(words) <= MAX_ASIDE_NOUN_WORDS
        and "," not in c.text[span[0] : span[1]]
        and fr._speakerlike(c.text, *span, c.lex)
    )


def _name_words(subject: str, lex: Lexicon) -> int:
    """Words of a subject ending on a name, with each run of capitalised words counted as
    one ('participants at the Guangdong-Hong Kong-Macao Greater Bay Area Conference': five);
    a subject ending on a lower-case word or holding a past verb ('the League condemned the
    move') counts every word."""
    words = subject.split()
    if not words or not words[-1][:1].isupper() or any(
        w[:1].islower() and lex.past_form(w) for w in words
    ):
        return len(words)
    count, in_name = 0, False
    for word in words:
        name = word[:1].isupper()
        count += not (name and in_name)
        in_name = name
    return count


def _quoted_before(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """A cue with only an adjunct after it reports what comes before its subject: a
    quotation closed on a comma (or '?', '!'), whatever the subject's length ('"C," Acme
    chief executive Ann Lee and her deputy Bo Chan said in a letter.'), or a clause before
    a short subject's comma, as the pre readers take it before an ending tail ('C, the
    Herald reported late Thursday.')."""
    seg = fr._segment_start(c.text, c.s.start, m.start())
    q = c.quotes.ending_at(fr._skip_back(c.text, seg, " ,"))
    if q is None:
        subject = fr._words(c.text[seg : m.start()])
        long = len(subject) > MAX_PRE_WORDS
        if long and _name_words(c.text[seg : m.start()], c.lex) > MAX_PRE_WORDS:
            return None
        if c.text[seg - 1 : seg] != ",":
            return None
        if not RELATIVE.isdisjoint(subject) or subject[:1] in (["and"], ["but"], ["or"]):
            return None  # ', a chairman who signed on last week.', ', and shares opened at 4.'
        if not c.lex.frame_class("verbish").isdisjoint(subject):
            return None  # ', and the new shares will be quoted from June 4.'
        return pre_frame(c, m, seg, w)
    if c.text[q.start : q.end].rstrip(fr.QUOTE_CLOSE + "'")[-1:] not in ",?!":
        return None  # '"C." Ann Lee will speak when the bill is debated on Monday.'
    return pre_frame(c, m, seg, w)


def _frame_words_before_colon(c: Ctx, m: CueHit, lemma: str, read: tuple[int, int]) -> bool:
    """The words after cue ``m`` up to the first comma of those ``read`` are no clause but
    whom it was said to ('told the crowd, to loud applause'), a topic or a setting ('said
    of the plan', 'wrote on Facebook'): not what was said ('noted the sparse crowd',
    'posted this tweet', 'said the plan has three parts')."""
    comma = c.text.find(",", read[0], read[1])
    head = (m.end(), read[1] if comma < 0 else comma)
    words = fr._words(c.text[head[0] : head[1]])
    if not words or _has_clause(c, head):
        return not words
    return lemma in OBJECT_CUES or words[0] in c.lex.union("cue_preposition", "adjunct_lead")


def _paragraph_after_colon(c: Ctx, m: CueHit) -> tuple[int, int] | None:
    """'He said:' closing a paragraph: what was said is the next paragraph (a quotation
    there up to its closing mark, over several paragraphs if need be)."""
    tail = c.text[m.end() : c.s.end].rstrip()
    if not tail.endswith(":") or len(tail.split()) > MAX_COLON_TAIL_WORDS:
        return None
    if WH_LEAD & set(fr._words(c.text[c.s.start : m.start()])):
        return None  # "Here's what the reviews say:" opens a list, not a statement
    colon = m.end() + len(tail)
    start = colon + len(c.text[colon:]) - len(c.text[colon:].lstrip())
    if "\n" not in c.text[colon:start] or start >= len(c.text):
        return None
    q = c.quotes.opening_at(start)
    if q is not None and q.closed:
        return q.start, q.end
    end = c.text.find("\n", start)
    return fr._trim_content(c.text, start, len(c.text) if end < 0 else end)


def _may_coordinate(text: str) -> bool:
    """Whether ``text`` can end with the word "and" or "but" (``_second_verb``), tested
    before its words are read: most subjects hold neither."""
    low = text.lower()
    return "and" in low or "but" in low or " as " in low


def _second_clause_subject(
    c: Ctx, span: tuple[int, int], cue_start: int
) -> tuple[int, int] | None:
    """The subject of a second clause that a subject window ends with: 'Bach met Ann Lee
    and both sides agreed', 'X visited the dam but officials said', 'Shares fell as analysts
    warned' (an 'as' right before the cue, no comparison): after the last 'and', 'as' or
    'but', a noun phrase with no verb that names a speaker, when the words before it hold a
    past verb (class past, '-ed' not before 'by') or an auxiliary and do not end on a name
    after a determiner or a preposition of a name (``NAME_LEADS``); None for a coordinated
    subject ('Ann Lee and Tom Hall', 'the Center for Media and Public Affairs', 'a group
    led by X and Y')."""
    joins = list(RE_CLAUSE_AND.finditer(c.text, *span))
    if not joins:
        return None
    found = joins[-1]
    after = fr._words(c.text[found.end() : found.end() + 20])[:1]
    if found.group().strip() == "as" and (
        c.text[span[1] : cue_start].strip()  # 'a job as Secretary of Defense, then says'
        or not AS_COMPARED.isdisjoint(after)  # 'as many', 'as well'
        or len(joins) > 1 and joins[-2].group().strip() == "as"  # 'twice as many jobs as'
        or not set(fr._words(c.text[span[0] : found.start()])[-1:]).isdisjoint(
            c.lex.union("comparative_lead", plus=AS_LEADS))  # 'such as', 'just as'
    ):
        return None
    verbs = c.lex.union("past", "verbish")
    before = RE_WORD_SPAN.findall(c.text, span[0], found.start())
    k = len(before)
    while k and before[k - 1][:1].isupper():
        k -= 1
    if not before or k < len(before) and (k == 0 or before[k - 1].lower() in NAME_LEADS):
        return None  # 'the Center for Media and Public Affairs': one name ('visited Ohio and')
    determiners = c.lex.frame_class("noun_determiner")
    if not any(
        w.islower() and (w in verbs or len(w) > 3 and w.endswith("ed"))
        and nxt not in ("by", "and") and last.lower() not in determiners
        for last, w, nxt in zip(["", *before], before, [*before[1:], ""], strict=False)
    ):  # ('a group led by X and Y', 'the decentralized and desperate campaign': no verb)
        return None
    second = narrow_subject(c, fr._clean_subject(c.text, found.end(), span[1], c.lex))
    if second is None:
        return None
    words = RE_WORD_SPAN.findall(c.text, *second)
    if any(w.lower() in verbs or w.endswith("ed") for w in words):
        return None
    # a quantity ('both sides'), or a speaker ending on a name, a pronoun or a speaker noun
    # ('analysts'): not 'a mall and spa'
    if words[0].lower() in c.lex.union(speaker=("quantity_group", "quantity_person")):
        return second
    heads = c.lex.union(speaker=(*HEAD_CLASSES, "pronoun_person", "pronoun_group"))
    named = words[-1][:1].isupper() or words[-1].lower() in heads
    return second if named and fr._speakerlike(c.text, *second, c.lex) else None


def _without_aux(c: Ctx, window: list[str], cue: str) -> list[str]:
    """The words before a cue without the auxiliaries (class coordinated_aux) that close
    them ('X questions Y and has called for C', 'X did not name Y but did note C'): the
    verb group of a second verb, whose subject is the sentence's. Not before an '-s' form,
    which is no verb after an auxiliary but a noun, its object ('and have notes attached')."""
    aux = c.lex.frame_class("coordinated_aux")
    if not window or window[-1] not in aux or cue.split(None, 1)[0].endswith("s"):
        return window  # (no auxiliary right before the cue: nearly every window)
    n = len(window)
    while n > 1 and n > len(window) - MAX_AUX_WORDS and window[n - 1] in aux:
        n -= 1
    return window[:n]


def _second_verb(window: list[str]) -> bool:
    """The cue is the second verb of the sentence's subject: "... and said", "X put off A but
    said": its comma-free segment ends with "and"/"but" (alone, or after a clause)."""
    return (
        bool(window)
        and window[-1] in ("and", "but")
        and (len(window) == 1 or len(window) >= MIN_COORDINATED)
    )


def _ends_coordinated(c: Ctx, m: CueHit, span: tuple[int, int], previous: Frame | None) -> bool:
    """The subject read before a cue ends on 'and'/'but': a second verb (``_second_verb``),
    or, after a quotation cut the window short ('the policy "bans" torture and said B'), a
    past or -s verb of the frame whose content holds it ('X told Y A and said B': X's; not a
    base form, as in 'called on Y to "look inside" and think about B')."""
    words = fr._words(c.text[slice(*span)])[-3:]
    if _second_verb(words):
        return True
    verb = m.group().split(None, 1)[0].lower()  # a finite verb: not 'to A and think about B'
    return (
        previous is not None and words[-1:] in (["and"], ["but"])
        and (c.lex.past_form(verb) or verb.endswith("s") and not verb.endswith("ss"))
        and _coordinated_verb(c, m, previous)
    )


def verb_after_frame(c: Ctx, frame: Frame, cue_start: int) -> bool:
    """A cue at ``cue_start`` comes right after ``frame`` (a short adjunct, a comma and 'and'
    or 'but' between them): 'A, X said on Monday, but warned B', whose second verb is X's."""
    end = max(frame.speaker_end, frame.cue_end)
    return end < cue_start and RE_VERB_AFTER_FRAME.fullmatch(c.text, end, cue_start) is not None


def _coordinated_verb(c: Ctx, m: CueHit, previous: Frame) -> bool:
    """The cue is a second verb of the previous frame's subject: "X said A and warned B", or
    "X criticized A and (has) called for B" where A ends before the "and"."""
    if RE_JOINED_VERB.fullmatch(c.text, previous.content_end, m.start()):
        return True
    if not previous.content_start < m.start() <= previous.content_end:
        return False
    before = fr._words(c.text[previous.content_start : m.start()])
    return len(before) >= MIN_COORDINATED and before[-1] in ("and", "but")
