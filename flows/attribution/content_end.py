"""Where the content after a cue ends: a clause before its trailing aside or a second verb,
a short object at its noun-phrase boundary (``object_end``)."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.catenatives import catenated_speech
from flows.attribution.content_start import named_gerund
from flows.attribution.lexicon import CueHit, cue_form
from flows.attribution.noun_cues import noun_clause_end
from flows.attribution.object_end import (
    QUOTE_OPENING,
    RE_ALNUM,
    RE_NP_WORD,
    RE_THOUSANDS,
    np_end,
)
from flows.attribution.object_tails import (
    CLAUSE_OPENERS,
    RE_CLAUSE_WORD,
    agent_end,
    as_clause_end,
    second_verb_start,
    setting_tail_start,
    time_tail_start,
)
from flows.attribution.relative_ends import negated_aux_at, relative_main_verb_end
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS
from flows.attribution.subjects import Ctx, n_words

__all__ = ["AND_VERB_LEAD", "RE_ALNUM", "complement"]

RE_CLOSED_ASIDE = re.compile(r"[^,.;:!?\"\u201c\u201d]{1,90}?,\s+([a-z]+)\b")
RE_ASIDE = re.compile(r",\s+(?:which|who|whose|where|a|an|while|although|though)\s")
AND_VERB_LEAD = r"(?:and|but)\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?"  # "and has also"
CONCESSIONS = frozenset(["though", "although"])  # RE_ASIDE words kept after a clause
RE_COMMA_AND = re.compile(r",\s+(?:and|but|while|whereas)\s+")  # ", while": a clause too
OBJECT_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS | {"this", "these", "those", "some"}
MAX_SUBJECT_WORDS = 8  # words after ', and' searched for the verb of a new clause
MIN_CLAUSE = 5
RE_WH_LEAD = re.compile(r"\s*(?:why|how|whether|what)\s")  # 'explain why they'
THAT_LEADS = ("that", "that ")  # the complement after them is a clause, even after an np cue
RE_NP_THAT = re.compile(r"(?:[\w.'’-]+\s+){1,5}?that\s+(?=[a-z]*[A-Za-z])")
RE_ATTRIBUTION = re.compile(  # after a quotation: a short subject, then a cue ('Ann Lee said')
    r",?\s+((?:[\w.'’-]+\s+){0,4}?)([a-z]+)\b"
)
RE_INVERTED_SUBJECT = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|their|its)\s)")  # 'said Ann'
RE_TAIL_WORD = re.compile(r",?\s+([a-z]+)\b")  # after a quotation closed on a comma
RE_DASH_MARK = re.compile(r"\s--?\s|[\u2013\u2014]")  # the second dash of an aside
RE_DASH_WORD = re.compile(r"\s*(?:--?|\u2013|\u2014)\s*([a-z]+)\b")  # '"C" - a nod to D'
MIN_PARTICIPLE = 6  # letters of a participle opening the writer's words: "angering"
RE_SEMICOLON = re.compile(r";\s")
RE_SERIES_LEAD = re.compile(r";\s+(?:and|or|but)\s")  # "A; and B", "A; but B": one argument
RE_SINGLE_OPEN = re.compile(r"(?<![\w'\u2019])['\u2018](?=\w)")  # "said 'A; B' and left"
RE_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019](?!\w)")  # not "Lee's"
RE_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")
RE_RELATIVE_LEAD = re.compile(r",\s+(?:([a-z]+)\s+)?(?:who|which|whom)\s")  # ', in which X said'
RE_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+(?=[A-Za-z\"\u201c'])")
MAX_LEAD_WORDS = 3  # words before a fronted opener: 'But even as', 'A few weeks after'
LEAD_CHARS = 40  # characters read for them
MAX_ITEM_WORDS = 4  # words of one item of a list in a fronted clause
SERIES_JOINERS = frozenset(["and", "or"])
MIN_PARENTHESIS_WORDS = 3  # words of a writer's aside in parentheses, not a tag ('(D-Ohio)')
RE_QUOTE_MARK = re.compile("[\"\u201c\u201d]|''")


def complement(c: Ctx, m: CueHit, lemma: str) -> tuple[int, int]:
    """What the cue ``m`` introduces: a clause up to its end, or the short object of a cue
    learned with the shape "np" up to its noun-phrase boundary."""
    start = fr.content_after(c.text, m.end(), c.s.end, lemma, c.quotes, c.lex)
    end = max([c.s.end, *(q.end for q in c.quotes.within(start, c.s.end))])
    form = cue_form(m.group())
    if c.text.startswith(" to ", m.end()):  # 'declined to say whether C': the shape of 'say'
        inner = catenated_speech(c.text, m.end(), c.lex)
        form = form if inner is None else inner[1]
    np_shape = c.lex.cue_shape.get(form) == "np"
    gerund = c.text.find(" for ", start, end) >= 0  # 'thanked Ann Lee for warning that C'
    that = RE_NP_THAT.match(c.text, start, end) if np_shape or gerund else None
    if that is not None and not np_shape and not named_gerund(that.group().split()[:-1], c.lex):
        that = None  # 'thanked Ann Lee for warning that C' (a cue learned as "clause" too)
    if that is not None and " " not in m.group() and _object_first(c, start, that.end()):
        that = None  # 'attacked the rules that (he said) hurt farmers': a relative clause
    named_end = -1  # where a named object before 'for <participle> that' ends
    if that is not None and _participle_that(c, that.group()):
        words = that.group().split()
        if named_gerund(words[:-1], c.lex):  # 'praised Ann Lee for warning that C'
            named_end = c.text.rfind(f" {words[-3]} ", start, that.end())
        that = None  # 'praised the plan before warning that C': the 'that' of 'warning'
    bare = that is not None and _determiner_that(c, that)
    if bare:
        that = None  # 'indicate Kennedy made that suggestion': a clause with no 'that'
    # "agreed with the President that C" / "speculated about C"
    start = that.end() if that is not None else _after_preposition(c, start, end)
    short = np_shape and that is None
    if short and (bare or _clause_lead(c, m.end(), start, end)):
        end = _that_clause_end(c, start, end, lemma)
    else:
        end = np_end(c, start, end) if short else _clause_end(c, start, end, lemma)
    if named_end > start:
        end = min(end, named_end)  # 'Ann Lee', the object the participle after it speaks
    end = _fronted_clause_end(c, m, start, end)
    end = _relative_clause_end(c, m, start, end)
    end = relative_main_verb_end(c, m, start, end)
    end = _quoted_tail_end(c, start, end)
    end = _attributed_quote_end(c, start, end)
    end = _semicolon_end(c, start, end)
    end = _parenthesis_end(c, start, end)
    end = _closing_dash_end(c, start, end)
    end = agent_end(c, m, start, end)
    end = noun_clause_end(c.text, c.s.start, m.span(), (start, end), c.lex)
    end = setting_tail_start(c, start, end)
    end = time_tail_start(c, start, end)
    return fr._trim_content(c.text, start, second_verb_start(c, start, end))


def _clause_lead(c: Ctx, cue_end: int, start: int, end: int) -> bool:
    """The complement of a cue learned with the shape "np" is a clause with a subject: after
    'that' ('indicate that Kennedy made that offer') or a question word ('explain why they
    were silent during the war'), not a short object."""
    if c.text.endswith(THAT_LEADS, cue_end, start):
        return _subject_first(c, start, end)
    wh = RE_WH_LEAD.match(c.text, start, end)
    return wh is not None and _subject_first(c, wh.end(), end)


def _subject_first(c: Ctx, start: int, end: int) -> bool:
    """The words at ``start`` open with a subject: a capitalised word, a subject pronoun, a
    determiner ('that Kennedy made', 'that the group could'; not 'hinted at that in a talk')."""
    first = RE_FIRST_WORD.match(c.text, start, end)
    if first is None:
        return False
    word = first.group(1)
    return word[0].isupper() or word in c.lex.union("subject_pronoun", "noun_determiner")


def _that_clause_end(c: Ctx, start: int, end: int, lemma: str) -> int:
    """A 'that' clause after a cue learned with the shape "np" ('indicate that Kennedy made
    that suggestion', 'disclosed that it asked for the emails in a letter Friday'): a clause,
    read past the words that end a short object, up to its first comma outside quote marks
    (as a short object: 'in addition to worrying that she is out of step, Mrs. Clinton is')."""
    end = _clause_end(c, start, end, lemma)
    comma = _free_comma(c, start, end)
    while comma >= 0 and RE_THOUSANDS.match(c.text, comma):
        comma = _free_comma(c, comma + 1, end)
    return comma if comma >= 0 else end


def _determiner_that(c: Ctx, that: re.Match[str]) -> bool:
    """The 'that' before ``after`` follows a verb and opens no clause: a determiner
    ('indicate Kennedy made that suggestion'), not the 'that' after an object ('agreed with
    the President that C', 'warned those who objected that the plan would fail')."""
    words = that.group().split()
    if len(words) < 2 or not c.lex.verb_word(words[-2].lower()):
        return False
    nxt = RE_FIRST_WORD.match(c.text, that.end())
    return nxt is None or not _subject_first(c, that.end(), nxt.end())


def _object_first(c: Ctx, start: int, end: int) -> bool:
    """The words before 'that' are the direct object of a one-word cue, which the 'that'
    clause qualifies ('attacked the rules that hurt farmers'): they open with a determiner
    (not 'agreed with the President that C') and end in no noun of what was said or thought
    ('denied the report that C')."""
    first = RE_FIRST_WORD.match(c.text, start, end)
    if first is None or first.group(1).lower() not in OBJECT_DETERMINERS:
        return False
    words = RE_NP_WORD.findall(c.text, start, end)
    return len(words) < 2 or words[-2].lower() not in c.lex.frame_class("content_noun")


def _participle_that(c: Ctx, lead: str) -> bool:
    """The words before 'that' after a cue learned with the shape "np" are an object, then
    a preposition of class participle_adjunct and an '-ing' word: the 'that' clause is that
    participle's complement, not the cue's ('praised the plan before warning that C'); also
    after a name and a preposition of class gerund_reason ('praised Ann Lee for saying that
    C': Ann Lee's participle)."""
    words = lead.split()
    if len(words) < 4 or not words[-2].endswith("ing"):
        return False
    if words[-3].lower() in c.lex.frame_class("participle_adjunct"):
        return True
    return named_gerund(words[:-1], c.lex)  # 'praised Ann Lee for saying that C'


def _after_preposition(c: Ctx, start: int, end: int) -> int:
    """Start of the object when the complement opens with a preposition that completes the
    cue ("speculated about C", "hoping for C"); not before a number ("said about 40 ...")."""
    m = RE_LEAD_WORD.match(c.text, start, end)
    if m is None or m.group(1).lower() not in c.lex.frame_class("cue_preposition"):
        return start
    return m.end()


def _fronted_clause_end(c: Ctx, m: CueHit, start: int, end: int) -> int:
    """A cue in a fronted adverbial clause ("While Ann Lee argued that C, the council ..."):
    what was said ends at the comma that closes the clause (but not in 'As Ann Lee said, C',
    where the clause is the frame and what was said follows it)."""
    if "," in c.text[m.end() : start] or not _fronted_lead(c, m):
        return end
    comma = _free_comma(c, start, end)
    while comma >= 0 and _series_comma(c, start, comma, end):
        comma = _free_comma(c, comma + 1, end)  # 'argued that A, B and C were late, the ...'
    return comma if comma >= 0 and RE_ALNUM.search(c.text, start, comma) else end


def _fronted_lead(c: Ctx, m: CueHit) -> bool:
    """The cue ``m`` is in a clause opened by a word of class fronted_opener at the start of
    the sentence, or after words of no verb before it ('While Ann Lee argued that C, ...',
    'In 2010, when Ann Lee said C, ...', 'But even as Ann Lee said C, ...', 'Weeks after Ann
    Lee said C, ...'), with no comma between the opener and the cue; not after a main
    clause ('The vote came in May, when Ann Lee said C, ...'), nor a preposition ('because
    of fears that C', 'before taking aim at C'), nor with a dash before the cue."""
    back = c.text.rfind(",", c.s.start, m.start())
    if back >= 0 and c.quotes.covering(back) is not None:
        back = _last_free_comma(c, c.s.start, back)
    lead = back + 1 if back >= 0 else c.s.start
    stop = min(m.start(), lead + LEAD_CHARS)
    openers = c.lex.frame_class("fronted_opener")
    if openers.isdisjoint(RE_NP_WORD.findall(c.text[lead:stop].lower())[: MAX_LEAD_WORDS + 1]):
        return False  # (the cheap test first: nearly every sentence opens otherwise)
    head = list(RE_NP_WORD.finditer(c.text, lead, stop))
    at = next(
        (i for i, w in enumerate(head[: MAX_LEAD_WORDS + 1]) if w.group().lower() in openers), -1
    )
    if at < 0:
        return False
    if back < 0 and at == 0:
        return True  # the sentence's first word: the common case, as it always read
    nxt = head[at + 1].group().lower() if at + 1 < len(head) else ""
    if not nxt or nxt == "of" or nxt.endswith("ing"):
        return False
    finite = c.lex.union("verbish", "aux", "past", plus=CLAUSE_OPENERS)
    leads = c.lex.frame_class("comparative_lead")  # 'Just as Ann Lee said C, ...': no verb
    if any(
        w in finite and w not in leads or w.endswith("ed") and len(w) > 4
        for w in (w.lower() for w in RE_NP_WORD.findall(c.text, c.s.start, head[at].start()))
    ):
        return False
    return RE_DASH_MARK.search(c.text, c.s.start, m.start()) is None


def _relative_clause_end(c: Ctx, m: CueHit, start: int, end: int) -> int:
    """A cue in a relative clause set off by commas ("The report, in which analysts said C,
    was published", "The mayor, who said C, resigned"): what was said ends at the comma that
    closes the clause, when the main clause's verb follows it."""
    back = _last_free_comma(c, c.s.start, m.start())
    lead = RE_RELATIVE_LEAD.match(c.text, back) if back >= 0 else None
    if (
        lead is None
        or lead.group(1)
        and lead.group(1) not in c.lex.frame_class("setting_preposition")
    ):
        return end
    comma = _free_comma(c, start, end)
    while comma >= 0 and _series_comma(c, start, comma, end):
        comma = _free_comma(c, comma + 1, end)
    # 'Ann Lee, who called the tax "a disaster," said C': the comma closing the quotation
    # closes the clause when the main verb follows the quote mark
    closed = _quote_closed_on_comma(c, start, comma if comma >= 0 else end)
    if closed >= 0 and _main_verb_at(c, closed, end):
        return closed
    if comma < 0 or not RE_ALNUM.search(c.text, start, comma):
        return end
    return comma if _main_verb_at(c, comma + 1, end) else end


def _main_verb_at(c: Ctx, pos: int, end: int) -> bool:
    """The first word at ``pos`` is a lower-case finite verb (class verbish, a past form)."""
    verb = RE_FIRST_WORD.match(c.text, pos, end)
    if verb is None:
        return False
    word = verb.group(1)
    if negated_aux_at(c.text, verb.start(1)):
        return True  # 'Dana Holt, who said C, doesn't ...'
    finite = c.lex.union("verbish", "past")  # not class aux: its 'to', 'once', 'then' ...
    return word.islower() and (word in finite or word.endswith("ed") and len(word) > 4)


def _quote_closed_on_comma(c: Ctx, start: int, end: int) -> int:
    """The end of the first quotation inside ``(start, end)`` whose words close on a comma
    ('"a disaster,"'), or -1."""
    for q in c.quotes.within(start, end):
        if q.start > start and q.closed and q.end <= end and c.text[q.start : q.end].rstrip(
                "\"'\u201d\u00bb ").endswith(","):
            return q.end
    return -1


def _last_free_comma(c: Ctx, start: int, end: int) -> int:
    """The last comma outside quote marks in ``[start, end)``, or -1."""
    pos = c.text.rfind(",", start, end)
    while pos >= 0 and c.quotes.covering(pos) is not None:
        pos = c.text.rfind(",", start, pos)
    return pos


def _series_comma(c: Ctx, start: int, comma: int, end: int) -> bool:
    """The comma at ``comma`` separates items of a list ('A, B and C', 'A, B, and C'): a short
    item without a verb before it and, before the next comma, "and" or "or" (or a short item
    and then one)."""
    back = max(c.text.rfind(",", start, comma) + 1, start)
    before = [w.lower() for w in RE_NP_WORD.findall(c.text, back, comma)]
    verbs = c.lex.union("aux", "verbish")
    if len(before) > MAX_ITEM_WORDS or any(w in verbs for w in before):
        return False
    nxt = _free_comma(c, comma + 1, end)
    if nxt < 0:
        return False
    item = RE_NP_WORD.findall(c.text, comma + 1, nxt)
    if any(w in SERIES_JOINERS for w in item[:-1]) or item[:1] and item[0] in SERIES_JOINERS:
        return True
    after = RE_NP_WORD.findall(c.text, nxt + 1, end)[:1]
    return len(item) <= MAX_ITEM_WORDS and after in (["and"], ["or"])


def _quoted_tail_end(c: Ctx, start: int, end: int) -> int:
    """A quotation inside the content that closes on a comma (or is followed by a dash)
    before a contrast, an apposition or a participle ('she called the plan "a disaster,"
    while ...', 'was "rigged," angering ...', 'as "a crazy system" - a metaphor for ...')
    ends what was said: the words after it are the writer's."""
    for q in c.quotes.within(start, end):
        if q.start <= start or not q.closed or not q.double or q.end >= end:
            continue
        inner = c.text[q.start : q.end].rstrip("\"'\u201d\u00bb ")
        if inner[-1:] != "," and c.text[q.end : q.end + 1] != ",":
            tail = RE_DASH_WORD.match(c.text, q.end, end)  # '"C" - stopping short of D'
            if tail is None or not _writer_lead(c, tail.group(1)):
                continue
            if RE_DASH_MARK.search(c.text, tail.end(), end) is not None:
                continue  # '"C" - a nod to D - back home': an aside set off by two dashes
        else:
            tail = RE_TAIL_WORD.match(c.text, q.end, end)
        if tail is None or not _writer_lead(c, tail.group(1)):
            return end
        if c.text[tail.end() : end].lstrip()[:1] in QUOTE_OPENING:
            return end  # 'called it "A," while "B"': the second quotation is theirs too
        if _quoted_subject(c, start, q.start, tail.group(1)):
            return end
        return q.end
    return end


def _quoted_subject(c: Ctx, start: int, quote_start: int, word: str) -> bool:
    """The quotation opens the content (or the clause after 'that') and the apposition after
    it describes the subject ('found that "The Wire," a show of 2002, was popular'): the
    words after the apposition are still what was said."""
    if word not in c.lex.frame_class("writer_apposition"):
        return False
    lead = c.text[start:quote_start].strip().lower()
    return not lead or lead in THAT_LEADS


def _attributed_quote_end(c: Ctx, start: int, end: int) -> int:
    """A quotation inside the content that closes on a comma and is then attributed ('praised
    the plan as "a fine start," Ann Lee said', '"C," said Tom Hall'): what was said ends with
    the quotation; the words after it are the next frame's."""
    for q in c.quotes.within(start, end):
        if not q.closed or q.end >= end:
            continue
        inner = c.text[q.start : q.end].rstrip("\"'\u201d\u00bb ")
        if inner[-1:] != "," and c.text[q.end : q.end + 1] != ",":
            continue
        tail = RE_ATTRIBUTION.match(c.text, q.end, end)
        if tail is None or tail.group(2) not in c.lex.cue_lemma:
            continue
        if not tail.group(1) and not RE_INVERTED_SUBJECT.match(c.text, tail.end(), end):
            continue  # '"A," appeared to ...': a verb of the sentence, no attribution
        if set(tail.group(1).lower().split()) & c.lex.union("verbish", "aux", plus=CLAUSE_OPENERS):
            continue  # '"C," the plan was said to be': no subject before the cue
        return q.end
    return end


def _writer_lead(c: Ctx, word: str) -> bool:
    """A contrast ("while", "although"; class ``writer_contrast``), a determiner opening an
    apposition ('"racist," an extraordinary rebuke'; class ``writer_apposition``) or a
    participle ("angering", not "including" or "nothing": class ``ing_not_participle``) opens
    the writer's words after a quotation ("during" opens the frame's adverbial: the writer's
    words too)."""
    if word in c.lex.union("writer_contrast", "writer_apposition"):
        return True
    if word in c.lex.frame_class("ing_not_participle"):
        return False
    return len(word) >= MIN_PARTICIPLE and word.endswith("ing")


def _semicolon_end(c: Ctx, start: int, end: int) -> int:
    """A semicolon outside quote marks ends what was said: the clause after it is the
    writer's next one ('said the plan failed; the council met again'), unless a colon opened
    a list or the semicolons make a series ('A; B; and C')."""
    pos = _free_semicolon(c, start, end)
    if pos < 0 or ":" in c.text[start:pos] or not RE_ALNUM.search(c.text, start, pos):
        return end
    if RE_SERIES_LEAD.match(c.text, pos, end) or _free_semicolon(c, pos + 1, end) >= 0:
        return end
    return pos


def _parenthesis_end(c: Ctx, start: int, end: int) -> int:
    """A parenthesis that closes the content is the writer's aside ('said the plan failed
    (the third plan this year)'): what was said ends before it. Not a short tag ('Ann Lee
    (D-Ohio)'), nor one with quote marks, nor inside a quotation."""
    close = end
    while close > start and c.text[close - 1] in " .,;":
        close -= 1
    if close <= start or c.text[close - 1] != ")":
        return end  # (the cheap test first: nearly every content ends otherwise)
    opening = c.text.rfind("(", start, close)
    if opening <= start or c.text[opening - 1] != " ":
        return end
    inner = c.text[opening + 1 : close - 1]
    if (
        ")" in inner
        or len(inner.split()) < MIN_PARENTHESIS_WORDS
        or RE_QUOTE_MARK.search(inner)
        or c.quotes.covering(opening) is not None
        or n_words(c, (start, opening)) < 2
    ):
        return end
    return opening


def _closing_dash_end(c: Ctx, start: int, end: int) -> int:
    """A dash in the content that closes an aside opened by a dash before it ('The study --
    which notes that C -- should be a call to act', 'Ann Lee - who said C - left'): what was
    said ends at the closing dash; the words after it go on with the sentence around the
    aside. Dashes inside quote marks and en dashes between two words or numbers ('the
    2010\u20132012 budget') are not counted."""
    if not _has_dash(c.text, start, end) or not _has_dash(c.text, c.s.start, start):
        return end  # (the cheap test first: nearly every sentence holds no dash mark)
    before = len(_free_dashes(c, c.s.start, start))
    inside = _free_dashes(c, start, end)
    if before % 2 == 0 or not inside or n_words(c, (start, inside[0].start())) < 1:
        return end
    return inside[0].start()


def _has_dash(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a hyphen after a space (not 'well-known'), an en dash or an
    em dash: what a dash mark (RE_DASH_MARK) needs."""
    return (
        text.find(" -", start, end) >= 0
        or text.find("\u2014", start, end) >= 0
        or text.find("\u2013", start, end) >= 0
    )


def _free_dashes(c: Ctx, start: int, end: int) -> list[re.Match[str]]:
    """The dash marks in ``[start, end)`` outside quote marks, but for an en dash between
    two words or numbers ('2010\u20132012')."""
    return [
        t for t in RE_DASH_MARK.finditer(c.text, start, end)
        if c.quotes.covering(t.start()) is None
        and not (
            t.group() == "\u2013"
            and c.text[t.start() - 1 : t.start()].isalnum()
            and c.text[t.end() : t.end() + 1].isalnum()
        )
    ]


def _free_semicolon(c: Ctx, start: int, end: int) -> int:
    """The first semicolon before a space in ``[start, end)`` outside quote marks (single
    ones too: "said 'A; B'") and parentheses ('20m euros ($26m; 14m pounds)'), or -1.
    Marks are counted once each, from one semicolon to the next."""
    parens = singles = 0
    last = start
    for t in RE_SEMICOLON.finditer(c.text, start, end):
        parens += c.text.count("(", last, t.start()) - c.text.count(")", last, t.start())
        singles += len(RE_SINGLE_OPEN.findall(c.text, last, t.start()))
        singles -= len(RE_SINGLE_CLOSE.findall(c.text, last, t.start()))
        last = t.start()
        if c.quotes.covering(t.start()) is None and parens <= 0 and singles <= 0:
            return t.start()
    return -1


def _free_comma(c: Ctx, start: int, end: int) -> int:
    """The first comma outside quote marks in ``[start, end)``, or -1."""
    pos = c.text.find(",", start, end)
    while pos >= 0 and c.quotes.covering(pos) is not None:
        pos = c.text.find(",", pos + 1, end)
    return pos


def _object_then_clause_end(c: Ctx, start: int, end: int) -> int:
    """An object with no verb of its own (or an infinitive and its object: 'plans to cut
    taxes'), then ', and' (', but', ', while', ', whereas') and a clause with a verb
    ('claimed the attacks, and text messages suggested ...', 'criticized the defense, while
    Tom Hall, who scored, ...'): what was said ends at the comma."""
    join = RE_COMMA_AND.search(c.text, start, end)
    if join is None or c.quotes.covering(join.start()) is not None:
        return end
    if "," in c.text[start : join.start()]:
        return end  # 'buses, taxis, and cars would ...': the last item of a list
    finite = c.lex.union("verbish", "aux", "past", plus=CLAUSE_OPENERS)
    before = [w.lower() for w in RE_CLAUSE_WORD.findall(c.text, start, join.start())]
    verb_free = before[2:] if before[:1] == ["to"] else before  # 'to send a nominee'
    if not before or any(w in finite or w.endswith("ed") and len(w) > 4 for w in verb_free):
        return end
    first = RE_CLAUSE_WORD.search(c.text, start, join.start())
    if first is None or not (
        first.group()[0].isupper() or before[0] in OBJECT_DETERMINERS or before[0] == "to"
    ):
        return end  # 'said prices rose, and ...': a bare noun may open a clause
    after = [w.lower() for w in RE_CLAUSE_WORD.findall(c.text, join.end(), end)][:MAX_SUBJECT_WORDS]
    if len(after) < 2 or after[0] in finite:
        return end  # ', and has ...': the speaker's second verb, not a clause
    if _set_off_subject(c, join.end(), end):
        return end  # 'said the plan, and the budget behind it, would ...': one subject
    verb = any(w in finite or c.lex.past_form(w) for w in after[1:])  # 'the board approved'
    return join.start() if verb else end


def _set_off_subject(c: Ctx, start: int, end: int) -> bool:
    """The words from ``start`` are a second subject set off by a comma before its verb
    ('the plan, and the budget behind it, would be ...'), so the object before opens a clause."""
    comma = c.text.find(",", start, end)
    if comma < 0:
        return False
    verb = RE_CLAUSE_WORD.search(c.text, comma, end)
    return verb is not None and verb.group().lower() in c.lex.union("verbish", "aux", "past")


def _clause_end(c: Ctx, start: int, end: int, lemma: str) -> int:
    """Reported speech ends before a trailing ", which ..." or ", a move that ..." aside, an
    object before the writer's ", and" clause (``_object_then_clause_end``)."""
    end = _object_then_clause_end(c, start, end)
    end = as_clause_end(c, start, end)
    for t in RE_ASIDE.finditer(c.text, start, end):
        if (
            c.quotes.covering(t.start()) is None
            and n_words(c, (start, t.start())) >= MIN_CLAUSE
            and not _closed_aside(c, t.start(), end)
            and not _concession_in_clause(c, start, t, lemma)
        ):
            return t.start()
    return end


def _concession_in_clause(c: Ctx, start: int, t: re.Match[str], lemma: str) -> bool:
    """A ', though' or ', although' after a reported clause, one with a verb ('said prices
    rose, though exports fell', 'said the line was a crucial, although brief, chance'),
    goes on with what was said; after an object or an infinitive it is the writer's
    ('highlighted its plans, although ...', 'refused to comment, though ...')."""
    if c.text[t.start() + 1 : t.end()].strip() not in CONCESSIONS:
        return False
    if lemma not in c.lex.frame_class("inverting_cue"):
        return False
    first = RE_FIRST_WORD.match(c.text, start, t.start())
    if first is None or first.group(1).lower() == "to":
        return False
    finite = c.lex.union("verbish", "aux", "past")
    return any(
        w in finite or w.endswith("ed") and len(w) > 4
        for w in (w.lower() for w in RE_CLAUSE_WORD.findall(c.text, start, t.start()))
    )


def _closed_aside(c: Ctx, pos: int, end: int) -> bool:
    """The aside at ``pos`` is set off by a second comma and a verb follows it: it describes
    the subject of the reported clause ("said Ann Lee, a former aide, contacted the FBI")."""
    m = RE_CLOSED_ASIDE.match(c.text, pos + 1, end)
    if m is None:
        return False
    verb = m.group(1)
    return verb in c.lex.frame_class("verbish") or verb.endswith("ed")
