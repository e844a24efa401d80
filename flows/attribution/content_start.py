"""Where the content of a frame starts after its cue, and whether any follows at all.

``_is_endish`` tells a frame that closes at its cue ('"C," she told reporters.') from one
whose complement follows; ``_content_after`` skips what stands between a cue and its
complement (an object, adverbials, ``that``, a colon); ``_content_before`` is where a
content before its frame starts. (``content_end`` finds where a content ends.)
"""

from __future__ import annotations

import re

from flows.attribution.lexicon import Lexicon, cue_form
from flows.attribution.quotes import QuoteIndex
from flows.attribution.spans import QUOTE_OPEN, RE_LETTER_WORD, _first_word, _words
from flows.records import Sentence

__all__ = ["OBJECT_CUES", "THAT", "catenated_speech"]

RE_THAT = re.compile(  # not "that's", not "that night" (a demonstrative); the look back
    # comes after the word, so that the search looks for "that" first; not 'that' as the
    # subject before a finite verb ("said that is unlikely"; not "had", "were", "should",
    # which may open a clause after 'that': "said that had he known, ...")
    r"that(?<!\wthat)\b(?!['’]\w)(?!\s+(?:night|day|week|month|year|morning|afternoon|evening|time"
    r"|weekend|is|was|are|has|will|would|could|can|may|might|must|does|did)\b)"
)
RE_LATER_PARTICIPLE = re.compile(r"(?:before|after)\s+[a-z]+ing\b")  # 'said before adding'
RE_TITLE = re.compile(  # a short quoted name in title case: '\u201cThis Week\u201d',
    # '\u201cMeet the Press.\u201d', '"State of the Union"' (small words inside a title)
    r"[\"\u201c](?<=\s[\"\u201c])[A-Z0-9][\w'’.&-]*"  # the quote mark, then the space before it
    r"(?:\s(?:(?:of|the|and|a|an|in|on|for|to|at|with)\s){0,2}[A-Z0-9][\w'’.&-]*){0,5}"
    r"[,.!?]?[\"\u201d]"
)
RE_CONTENT_DATELINE = re.compile(  # a city in capitals, a state, a date, an agency, a dash
    r"(?:[A-Z][A-Z.'’]{3,}(?: [A-Z][A-Z.'’]+){0,2}(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*){0,2}){0,2}"
    r"(?: \([A-Z]\w*\))?|[A-Z][a-z]+(?: [A-Z][a-z]+)? \([A-Z]{2,}\))"
    r"\s*(?:[\u2014\u2013]|--?)\s+(?=[A-Z\"\u201c])"  # then a capital: not 'NATO - the'
)
# a section heading in capitals glued to the sentence after it, where the paragraph breaks
# were lost ('NEW MISSIONS The coming years will ..., Xi said'): two or more words in
# capitals (commas between allowed), then a capitalised word in lower case
RE_GLUED_HEADING = re.compile(r"(?:[A-Z][A-Z'’-]*,? +){2,}(?=[A-Z][a-z])")
MIN_HEADING_WORDS = 3  # or two, one of MIN_HEADING_LETTERS: not 'UN WFP Chief Ann Lee'
MIN_HEADING_LETTERS = 5
RE_OPENING_WORD = re.compile(r"([A-Z][a-z]+) +(?=[\w$])")  # 'But the', not 'But "we'
RE_CONNECTIVE = re.compile(r"([A-Za-z]+(?: [a-z]+){0,3}),\s+(?=\S)")  # "In fact, C"
MAX_WORDS_BEFORE_THAT = 10
NEAR_THAT = 6  # more words than this before 'that': no comma among them
RE_FRONTED_ADJUNCT = re.compile(  # 'Despite the delays, ' before a clause (no quotation in it)
    r"([A-Z][a-z]+)\s[^,;:\"\u201c\u201d()]{1,60},\s+(?=[\w\"\u201c])"
)
RE_ALNUM_WORDS = re.compile(r"\w+\W+\w+\W+\w+")  # three words at least
RE_PLACE_PAIR = re.compile(  # a place and its state or country: 'Salem, New Hampshire,'
    r"\b([A-Z][\w.'’-]*),\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),?"
)
RE_DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
MAX_TAIL_WORDS = 9
MAX_ADDRESSEE_WORDS = 3  # words after 'to' in 'in a memo to all staff members that'
THAT = frozenset(["that"])
TIMES = frozenset(["time", "times"])  # 'for the first time', 'many times'
LENIENT_TAIL_WORDS = 40  # an adverbial after a quote frame: "at the outset of a debate on ..."


def _is_endish(text: str, start: int, end: int, lex: Lexicon, *, lenient: bool = False) -> bool:
    """Whether the text after a cue closes the frame (no complement follows).

    ``lenient`` (the frame follows a closed quotation) accepts any short tail without
    ``that`` or a new quotation: '"...," she told reporters at the rally on Monday.'
    """
    tail = text[start:end]
    title = RE_TITLE.match(tail, 1) if lenient and tail[:1].isspace() else None
    if title is not None:  # '"C," Ann Lee told "Morning Joe," adding ...': a programme
        tail = ("," if title.group()[-2:-1] == "," else "") + tail[title.end() :]
    stripped = tail.strip()
    if lenient and RE_LATER_PARTICIPLE.match(stripped):
        return True  # '"C," Ann Lee said before adding: "D."': the participle has its own frame
    if lenient and stripped and stripped[0] not in QUOTE_OPEN + ":":
        head = stripped.split(",")[0]
        words = _words(head)
        bare = RE_TITLE.sub("", head)  # 'on ABC\u2019s \u201cThis Week\u201d': a title
        quoted = any(ch in bare for ch in QUOTE_OPEN) or "''" in bare or "``" in bare
        if len(words) <= LENIENT_TAIL_WORDS and not quoted and _no_clause_that(head, lex):
            return True
    if not stripped or stripped[0] in ".!?;":
        return True
    if stripped[0] == ")" and not stripped[1:].strip(" .!?\"'\u201d"):
        return True  # '(C, the ministry said).': the bracket closes the sentence
    if RE_INFINITIVE_TAIL.match(stripped):  # "declined to comment": the infinitive is content
        return False
    if stripped[0] in QUOTE_OPEN or stripped[0] == ":" or stripped.startswith(("''", "``")):
        return False
    if stripped[0] == ",":
        nxt = _first_word(stripped[1:40])
        return (
            nxt is None
            or nxt in lex.frame_class("end_adverbial")
            or nxt.endswith("ing")
            or stripped[1:].lstrip()[:1] in QUOTE_OPEN
            or stripped[1:].lstrip().startswith(("''", "``"))
        )
    head, _, rest = stripped.partition(",")
    first = _first_word(head)
    if first in lex.frame_class("object_pronoun"):
        return True
    if first is None or first not in lex.frame_class("skip"):
        return False  # (before reading all the words of a tail that is no skip anyway)
    words = _words(head)
    if "that" in words or len(words) > MAX_TAIL_WORDS or _quotes_more_than_a_title(head):
        return False
    return not rest.strip() or _is_endish("," + rest, 0, len(rest) + 1, lex)


def _quotes_more_than_a_title(head: str) -> bool:
    """A quote mark in a tail after the cue, other than a programme's or a paper's title
    ('said on CNN’s “State of the Union.”': where it was said, not what)."""
    if not any(ch in head for ch in QUOTE_OPEN):
        return False
    return any(ch in RE_TITLE.sub("", head) for ch in QUOTE_OPEN)


def _no_clause_that(head: str, lex: Lexicon) -> bool:
    """A tail after a quote frame holds no 'that' clause of the cue: no 'that' at all, or an
    adjunct ('in a statement', 'before adding', 'of the plan') whose every 'that' is a
    relative pronoun before a verb ('in a statement that was released') or opens the clause
    of a participle ('before adding that C', a frame of its own)."""
    found = list(RE_THAT.finditer(head))
    if not found:
        return True
    first = _words(head)[:1]
    if not first or first[0] not in lex.union("adjunct_lead", "cue_preposition"):
        return False
    for m in found:
        before, after = _words(head[: m.start()])[-1:], _words(head[m.end() :])[:1]
        if not (
            before and before[0].endswith("ing")
            or after and after[0] in lex.frame_class("verbish")
        ):
            return False
    return True


def _content_before(
    text: str, sentence: Sentence, boundary: int, quotes: QuoteIndex, lex: Lexicon | None = None
) -> int:
    """Where a content before its frame starts: at the sentence (or the quotation it is
    in), after a dateline ('DALLAS, Texas - C, she said', 'Dallas (AP) - C') and, when
    ``lex`` is given, after a discourse connective and its comma ('In fact, C, she said':
    class ``discourse_connective``)."""
    start = sentence.start
    quote = quotes.covering(start)
    if quote is not None and quote.start < start:
        return quote.start
    dateline = RE_CONTENT_DATELINE.match(text, start, boundary)
    if dateline is not None:  # 'DALLAS, Texas - C, X said', 'Dallas (AP) - C, X said'
        start = dateline.end()
    if text[start : start + 2].isupper():  # the cheap test first: two capitals open it
        start = _after_heading(text, start, boundary)
    if lex is None:
        return start
    colon = text.rfind(": ", start, boundary)
    if colon >= 0:  # 'He needs one: the dam will fail, X said': what the colon introduces
        start = _after_colon(text, start, colon, boundary, quotes)
    if text[start : start + 1] in "AB":  # the cheap test first: 'But' or 'And' opens it
        start = _after_conjunction(text, start, boundary, lex)
    if text[start : start + 1] in "DF":  # the cheap test first: 'Despite' or 'For' opens it
        start = _after_fronted_adjunct(text, start, boundary, lex)
    lead = RE_CONNECTIVE.match(text, start, boundary)
    if lead is None:
        return start
    nxt = _words(text[lead.end() : lead.end() + 20])[:1]
    if nxt and nxt[0] in lex.frame_class("subordinator"):
        return start  # 'Still, though C, X said': the clause needs its lead
    return lead.end() if lead.group(1).lower() in lex.frame_class("discourse_connective") else start


def _after_fronted_adjunct(text: str, start: int, boundary: int, lex: Lexicon) -> int:
    """After a fronted adjunct of class ``fronted_adjunct`` and its comma before a content
    that precedes its frame ('Despite the delays, the bridge will open, X said', 'For many
    farmers, the rules are too strict, X said'): the adjunct is the writer's frame for the
    clause, not what was said. Not a 'for' with an infinitive ('For the price to rise, C,
    X said': a condition of what was said), nor when no clause follows before the frame."""
    m = RE_FRONTED_ADJUNCT.match(text, start, boundary)
    if m is None or m.group(1).lower() not in lex.frame_class("fronted_adjunct"):
        return start
    if m.group(1) == "For" and _infinitive(text[m.start() : m.end()]):
        return start  # 'For the price to be raised, C': a condition, part of what was said
    return m.end() if RE_ALNUM_WORDS.search(text, m.end(), boundary) else start


def _after_colon(text: str, start: int, colon: int, boundary: int, quotes: QuoteIndex) -> int:
    """Where a content before its frame starts when a colon of its sentence comes before it:
    after the colon ('The verdict was clear: the dam will fail, Ann Lee said' -> 'the dam
    will fail'), unless the colon is inside a quotation or no word follows it."""
    after = colon + 2
    if not any(ch.isalnum() for ch in text[after:boundary]):
        return start
    if quotes.covering(colon) is not None:
        return start
    return after


def _after_conjunction(text: str, start: int, boundary: int, lex: Lexicon) -> int:
    """Where a content starts after a conjunction that opens its sentence (class
    ``opening_conjunction``: 'But the plan failed, Ann Lee said' -> 'the plan failed'); not
    before a quote mark ('But "we won," Ann Lee said') nor when nothing follows."""
    m = RE_OPENING_WORD.match(text, start, boundary)
    if m is None or m.group(1).lower() not in lex.frame_class("opening_conjunction"):
        return start
    return m.end()


def _after_heading(text: str, start: int, boundary: int) -> int:
    """Where a content starts after a section heading glued to it ('OPENNESS, INNOVATION TO
    REVIVE ECONOMY To tackle the task, C, Xi said'): three words in capitals or more, or two
    with one of MIN_HEADING_LETTERS letters; not acronyms before a name ('UN WFP Chief Ann
    Lee'), nor a name in capitals alone ('NATO Chief Ann Lee')."""
    heading = RE_GLUED_HEADING.match(text, start, boundary)
    if heading is None:
        return start
    words = heading.group().replace(",", " ").split()
    if len(words) < MIN_HEADING_WORDS and max(map(len, words)) < MIN_HEADING_LETTERS:
        return start
    return heading.end()


def _content_after(
    text: str, pos: int, end: int, lemma: str, quotes: QuoteIndex, lex: Lexicon
) -> int:
    """Start of the complement after a cue: skip adverbials, an object, ``that`` or a colon."""
    if text.startswith(" and ", pos):  # 'derided and insulted X': the two verbs share X
        shared = _pair_object_start(text, pos, lex)
        if shared is not None:
            return _content_after(text, shared, end, lemma, quotes, lex)
    if text.startswith(" to ", pos):  # 'continued to say that C': the complement of 'say'
        inner = catenated_speech(text, pos, lex)
        if inner is not None:
            return _content_after(text, inner[0], end, inner[1], quotes, lex)
    if lemma in lex.frame_class("stance_cue"):  # 'showed support for C'
        stance = _after_stance_noun(text, pos, end, lex)
        if stance is not None:
            return stance
    if lemma in OBJECT_CUES and text.find(",", pos, pos + MAX_HEARER_CHARS + 2) >= 0:
        hearer = _after_hearer_comma(text, pos, end, lex)
        if hearer is not None:  # 'told the crowd, he would C'
            return hearer
    rest = text[pos:end]
    wh = RE_OBJECT_WH.match(rest) if lemma in OBJECT_CUES else None
    plural = lemma not in THING_OBJECT_CUES  # 'asked workers if C', not 'promised reforms if C'
    if wh is not None and _object_words(_words(wh.group()), wh.group().split(), lex, plural):
        return pos + wh.end()  # "asked Ann Lee how C", "told reporters she would C"
    person = lemma in OBJECT_CUES and plural  # a cue whose object is who is asked, told
    about = RE_OBJECT_ABOUT.match(rest) if person and " about " in rest else None
    if about is not None and _about_object(about.group(1).split(), rest[about.end() :], lex):
        return pos + about.end()  # "asked Ann Lee about C", as "speculated about C"
    m = RE_THAT.search(rest, 0, 140)
    head = "" if m is None else rest[: m.start()]
    if m is not None and _unquoted(head):
        between = _words(head)
        skip = lex.frame_class("skip")
        time_lead = lex.union("time_lead", plus=THAT)  # "said that night that C"
        opens = bool(between) and (
            between[0] in skip
            or between[0] in time_lead
            or _adverbs_only(head, lex)
            or _duration(between, lex)
        )
        near = len(between) <= MAX_WORDS_BEFORE_THAT and not RE_DASH.search(rest, 0, m.start())
        commas = "," in RE_PLACE_PAIR.sub(r"\1 \2", head)  # not 'in Dayton, Ohio, on'
        if _infinitive(head) and not _addressed_adjunct(between, rest[m.end() : m.end() + 30], lex):
            near = False  # 'vowed to spend the money that ...': a relative clause
        elif len(between) > NEAR_THAT and commas:
            near = False
        subject = _subject_start(head) if near and lemma in OBJECT_CUES else None
        if subject is not None:  # 'told host Ann Lee she believed that C'
            return pos + subject
        if not between or near and (opens or lemma in OBJECT_CUES):
            return pos + m.end()
    aside = RE_ASIDE_TO_CONTENT.match(rest)
    aside_words = _words(aside.group()) if aside is not None else []
    first = aside_words[:1]
    if aside is not None and first and first[0] in lex.frame_class("skip"):
        infinitive = first[0] == "to" and _infinitive_lead(aside.group().split(), lex)
        if not infinitive and not _object_after_setting(aside_words, lex):
            return pos + aside.end()  # 'asked at the rally, "C"' / 'said on Monday, that C'
        aside = None  # 'noted on Twitter the change from the slogan, "C"': an object first
    if aside is not None and _quote_to_end(text, pos + aside.end(), end, quotes):
        words = set(aside_words)
        clause = lex.union("verbish", "aux", plus=CLAUSE_WORDS)
        participle = any(x.endswith("ing") and x != "during" for x in words)
        # 'said the prices, "look cheap"': after a cue without an object, a noun phrase
        # before a comma is the subject of what was said
        subject = (
            lemma not in OBJECT_CUES
            and bool(first)  # (an aside of no words: 'added ,"C"')
            and first[0] in OBJECT_LEADS
            and not aside.group().rstrip().endswith(":")
        )
        verbs = {w for w in words if not w.endswith("ly")} & clause  # not 'said flatly: "C"'
        if len(words) <= MAX_ASIDE_WORDS and not verbs and not (participle or subject):
            return pos + aside.end()  # 'told Ann Lee of the Herald, "C."' / 'said in it: "C"'
    lead = RE_LEAD_SAYING.match(rest)
    if lead is not None and _after_participle_adjunct(lead.group(), lex):
        lead = None  # 'criticized the board before saying that C': the participle's own
    if lead is not None:  # "issued a statement saying C"
        rest = text[pos + lead.end() : end]
        pos += lead.end()
    complement = _clause_after_setting(text, pos, end, lemma, lex)
    if complement is not None:  # 'said on Monday it would', 'told reporters the plan had'
        return complement
    stripped = rest.lstrip(" ,:")
    offset = len(rest) - len(stripped)
    day = _first_word(stripped[:20]) if stripped[:1].isalpha() else None  # not '"Today we'
    if day is not None and day in DAY_WORDS:
        return pos + offset + stripped.find(" ") + 1 if " " in stripped else end
    return pos + offset


def _after_stance_noun(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """After a cue of class ``stance_cue``, a bare noun of class ``stance_noun`` (perhaps after
    words of class ``stance_modifier``) and its preposition: where what it is about starts
    ('showed support for C', 'expressed little interest in C', 'voiced concern over C'); at
    'to' before a verb ('showed no inclination to C'), not before a gerund ('expressed
    opposition to building C': C). Not after a possessive or an article
    ('expressed his support for C', 'showed a desire to C'): the noun phrase is reported."""
    m = RE_STANCE_OBJECT.match(text, pos, end)
    if m is None or m.group(2) not in lex.frame_class("stance_noun"):
        return None
    modifiers = lex.frame_class("stance_modifier")
    if any(w not in modifiers for w in m.group(1).split()):
        return None
    after = text[m.end() : end]
    if m.group(3) == "to" and _infinitive(text[m.start(3) : end]) and not RE_GERUND.match(after):
        return m.start(3)  # 'showed no inclination to run': the infinitive is the content
    return m.end()


def _after_hearer_comma(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """After a cue of class OBJECT_CUES, its hearer ('the crowd', 'reporters', 'Ann Lee'),
    a comma and a subject pronoun before a verb: the clause after the comma is what was said
    ('tells the crowd, she has been C', 'told reporters, they should C'). Not a setting
    ('asked in front of friends, she may C': no hearer)."""
    m = RE_HEARER_COMMA.match(text, pos, end)
    if m is None:
        return None
    raw = m.group(1).split()
    return m.end() if _object_words(_words(m.group(1)), raw, lex, True) else None


def _subject_start(head: str) -> int | None:
    """Where a subject pronoun after the hearer opens a clause between a cue of class
    OBJECT_CUES and a 'that' ('told host Ann Lee she believed that C': what was said is 'she
    believed that C'); None for none, or one after a subordinator ('told reporters when she
    arrived that C')."""
    m = RE_SUBJECT_AFTER_HEARER.search(head)
    return None if m is None or m.group(1).lower() in SUBORDINATORS else m.start(2)


def _infinitive_lead(words: list[str], lex: Lexicon) -> bool:
    """The aside opens with 'to' and a verb ('pledged to republish his book, "C"', not 'said
    to reporters, "C"' nor 'wrote to the council'): an infinitive, no setting of the frame; a
    lower-case word after 'to' that no setting, determiner or object reads, and no plural."""
    if len(words) < 2:
        return False
    verb = words[1]
    settings = lex.union("skip", "setting_noun", "noun_determiner", plus=OBJECT_LEADS)
    return verb.isalpha() and verb.islower() and not verb.endswith("s") and verb not in settings


def _object_after_setting(words: list[str], lex: Lexicon) -> bool:
    """The words of an aside before a quotation go on, after the setting, with a noun phrase
    of their own: a determiner after a word that is no preposition ('noted on Twitter the
    change from the slogan, "C"': the object, not a setting; not 'asked at the rally, "C"')."""
    if len(words) < MIN_SETTING_OBJECT:
        return False  # (the cheap test first: most settings are short)
    determiners = lex.frame_class("noun_determiner")
    if any(w.endswith("ing") for w in words) or set(words) & lex.union(
        "verbish", "aux", "subordinator", plus=CLAUSE_WORDS
    ):
        return False  # 'again using an accent, "C"', 'in the spring, when the story broke'
    prepositions = lex.union("setting_preposition", "adjunct_lead", plus=NOT_IN_OBJECT)
    return any(
        w in determiners and words[i - 1] not in prepositions and words[i - 1] not in determiners
        for i, w in enumerate(words[2:], 2)
    )


def catenated_speech(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    """A cue of class ``catenative_cue`` ('continued', 'refused', 'were quick') before 'to'
    and a verb of class ``catenated_speech``: what is said is that verb's complement
    ('continued to say that C', 'refused to endorse Ann Lee', 'was quick to point out
    that C'); the end of the verb and the verb. Not before other verbs ('refused to speak
    to reporters', 'declined to comment on C'), except after a cue of class ``raising_cue``,
    which says nothing of its own ('continued to attack C': C)."""
    cue = _word_before(text, pos)
    if cue not in lex.frame_class("catenative_cue"):
        return None
    m = RE_CATENATED.match(text, pos)
    if m is None:
        return None
    if cue in lex.frame_class("raising_cue") and m.group(1) not in OBJECT_LEADS:
        inner = _longer_cue(text, m.start(1), m.group(1), lex)
        if inner is not None:
            return inner  # 'continued to make it clear that C': C, read as the inner cue's
        return m.end(1), m.group(1)  # 'continued to attack C', 'seemed to recognize C'
    speech = lex.frame_class("catenated_speech")
    phrasal = f"{m.group(1)}{m.group(2) or ''}"
    if m.group(2) and phrasal in speech:
        return m.end(), phrasal
    return (m.end(1), m.group(1)) if m.group(1) in speech else None


def _after_participle_adjunct(lead: str, lex: Lexicon) -> bool:
    """'saying' (or 'to say') in ``lead`` comes right after an object and a preposition of
    class participle_adjunct: it heads an adjunct of its own, no object's ('criticized the
    board before saying'; not 'continued by saying', with no object)."""
    words = lead.split()
    at = next((i for i, w in enumerate(words) if w in ("saying", "to")), 0)
    return at > 1 and words[at - 1].lower() in lex.frame_class("participle_adjunct")


def _longer_cue(text: str, pos: int, verb: str, lex: Lexicon) -> tuple[int, str] | None:
    """A cue form of several words that starts with ``verb`` at ``pos`` ('make it clear'):
    its end and its form; None for a verb that opens no such form here."""
    if verb not in lex.cue_first:
        return None
    m = lex.cue_first[verb].match(text[pos : pos + CUE_WORD_CHARS * 3].lower())
    if m is None or m.end() == len(verb):
        return None
    return pos + m.end(), cue_form(m.group())


def _word_before(text: str, pos: int) -> str:
    """The word that ends at ``pos`` (a cue's last word), lower case; '' past CUE_WORD_CHARS."""
    start = max(0, pos - CUE_WORD_CHARS)
    space = text.rfind(" ", start, pos)
    return text[space + 1 : pos].lower() if space >= 0 or start == 0 else ""


def _pair_object_start(text: str, pos: int, lex: Lexicon) -> int | None:
    """After a past cue, 'and' and a second past verb that share the cue's object, perhaps with
    an auxiliary or an adverb between and a preposition of the second verb after it
    ('derided and insulted X', 'endorsed and has campaigned for X', 'were surprised and
    dismayed at X'): where the shared object starts. Not after a passive ('was mocked and
    criticized by X', 'is spotted and flagged to X'; 'were surprised and dismayed at X' is
    the holder's), nor a noun ('calls and meetings', 'notes', 'hope and danger')."""
    cue = _word_before(text, pos)
    if not lex.past_form(cue):
        return None  # the cue is a past verb too: not 'a label and sold it', 'demand and'
    m = RE_VERB_PAIR.match(text, pos)
    if m is None or not lex.past_form(m.group(1)) or text.startswith(" by ", m.end()):
        return None
    if _word_before(text, pos - len(cue) - 1) in PASSIVE_BE and (
        cue not in lex.frame_class("holder_participle")
    ):
        return None  # 'is spotted and flagged to the staff': a passive, no one's object
    return m.end()


def _unquoted(head: str) -> bool:
    """No quotation between a cue and its 'that'; a quoted title is none ('told ABC's "This
    Week" on Sunday that C'), unless a comma follows it ('told "Fox News," reminding X that')."""
    titles = list(RE_TITLE.finditer(head))
    if any(c in RE_TITLE.sub("", head) for c in QUOTE_OPEN):
        return False
    return not titles or "," not in head[titles[-1].end() - 2 :]


def _duration(words: list[str], lex: Lexicon) -> bool:
    """'for' and a length of time between a cue and its 'that' ('has said for months that',
    'said for the first time that', 'has argued for years that')."""
    times = lex.union("time", "time_measure", "time_adjective", "noun_determiner", plus=TIMES)
    return len(words) > 1 and words[0] == "for" and all(w in times for w in words[1:])


def _adverbs_only(text: str, lex: Lexicon) -> bool:
    """The words between a cue and its 'that' are adverbs of the frame ('said, however,
    that', 'argued insistently that', 'revealed, somewhat stiltedly, that'): lower-case
    -ly words that are no nouns, discourse connectives, verb adverbs or class that_adverb."""
    words = RE_LETTER_WORD.findall(text)
    adverbs = lex.union("discourse_connective", "verb_adverb", "that_adverb")
    nouns = lex.frame_class("ly_noun")
    return bool(words) and all(
        w[0].islower() and (w in adverbs or w.endswith("ly") and w not in nouns) for w in words
    )


# words after "to" that open its object, not an infinitive ("to the mayor", "to them")
OBJECT_LEAD = r"the|a|an|his|her|their|its|our|my|this|these|those|him|them|me|us"
RE_INFINITIVE = re.compile(rf"to(?<!\wto)\s+(?!(?:{OBJECT_LEAD}|reporters)\b)[a-z]")


# an infinitive right after a cue; a determiner or a plural noun ("wrote to other staffers",
# "said to supporters") opens its object
RE_INFINITIVE_TAIL = re.compile(
    rf"to\s+(?!(?:{OBJECT_LEAD}|some|all"
    r"|both|each|every|other|another|many|several|any|no|one|two|three|fellow|top|senior)\b)"
    r"[a-z](?:[a-z]*(?:ss|us)|[a-z]*[^\Ws])\b"
)


def _infinitive(text: str) -> bool:
    """'to' before a lower-case word that is no determiner or object: an infinitive."""
    return RE_INFINITIVE.search(text) is not None


def _addressed_adjunct(between: list[str], after: str, lex: Lexicon) -> bool:
    """The 'to' that reads as an infinitive between a cue and its 'that' names whom a
    medium was addressed to, inside an adjunct ('wrote in a memo to staff that C', 'said in
    an email response to questions that C', 'in a letter to shareholders that C'): the
    words open with an adjunct_lead preposition, the 'to' is their only one, and the one to
    three words after it, up to 'that', end on a plural noun or a word of class
    ``addressee_noun``, with no cue among them (not 'said in a bid to show that C'), and no
    past verb opens ``after``, the words after 'that' (not 'in a letter to shareholders
    that appeared in the report': a relative clause)."""
    if not between or between[0] not in lex.frame_class("adjunct_lead") or between.count("to") != 1:
        return False
    tail = between[between.index("to") + 1 :]
    if not 0 < len(tail) <= MAX_ADDRESSEE_WORDS or any(w in lex.cue_lemma for w in tail):
        return False
    verb = _words(after)[:1]
    if verb and lex.past_form(verb[0]):
        return False
    last = tail[-1]
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us"))
    return (plural or last in lex.frame_class("addressee_noun")) and not lex.find_cues(
        " ".join(tail)
    )


def _quote_to_end(text: str, pos: int, end: int, quotes: QuoteIndex) -> bool:
    """A quotation opens at ``pos`` and closes the sentence (only punctuation after it)."""
    q = quotes.opening_at(pos)
    return q is not None and q.closed and not text[q.end : end].strip(" .,;!?\u2014-")


RE_STANCE_OBJECT = re.compile(  # up to two modifiers, a noun, a preposition: ' no interest in '
    r" +((?:[a-z]+ +){0,2}?)([a-z]+) +(for|in|about|over|of|with|toward|towards|to) +(?=\S)"
)
MAX_HEARER_CHARS = 40  # a hearer before a comma and a clause: 'the crowd', 'Ann Lee'
RE_HEARER_COMMA = re.compile(  # ' the crowd, ' before "he's been": a hearer, a comma, a subject
    rf"\s+([^,;:\"\u201c\u201d()]{{1,{MAX_HEARER_CHARS}}}),\s+"
    r"(?=(?:he|she|they|we|I|it)(?:['\u2019][a-z]+)?\s+[a-z])"
)
RE_SUBJECT_AFTER_HEARER = re.compile(r"(?<=\w)\s+([\w'’]+)\s+(he|she|they|we|I)\s+(?=[a-z])")
SUBORDINATORS = frozenset(["where", "when", "after", "before", "as", "because", "if", "while",
                           "since", "until", "whom", "who", "what", "how", "why", "whether"])
RE_GERUND = re.compile(r"[a-z]+ing\b")  # 'opposition to building C': 'to' is a preposition
MIN_SETTING_OBJECT = 4  # words of a setting and an object: 'on Twitter the change'
MAX_ASIDE_WORDS = 8  # an object or adverbial between a cue and the quotation it introduces
CLAUSE_WORDS = frozenset(
    ["and", "but", "or", "that", "which", "who", "he", "she", "they", "we", "i"]
)
RE_OBJECT_WH = re.compile(  # an object of up to six words, then a question or a pronoun clause
    r"\s+(?:[\w.'’-]+\s+){1,6}?(?=(?:how|what|which|whose|when|where|why|whether|if|he|she|they|we|I)\s)"
)
RE_OBJECT_ABOUT = re.compile(r"\s+((?:[\w.'’-]+\s+){1,4}?)about\s+(?=\w)")  # 'asked him about C'
RE_TOPIC_END = re.compile(r"[,.;:!?()\"\u201c\u201d]")  # punctuation that ends a topic
MIN_TOPIC_WORDS = 3
OBJECT_LEADS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "him", "them", "me", "us", "you", "reporters"]
)
NOT_IN_OBJECT = frozenset(
    ["to", "of", "even", "that", "and", "but", "about", "as", "only", "with", "for", "from", "by"]
)


def _object_words(words: list[str], raw: list[str], lex: Lexicon, plural: bool) -> bool:
    """Whether ``words`` read as the object of a cue: a name or a determiner phrase without
    a verb or a preposition ("the mayor", "Ann Lee", "them"); with ``plural``, also one
    plural noun ("workers", "voters")."""
    clause = lex.union("verbish", "aux", plus=NOT_IN_OBJECT)
    if plural and len(words) == 1 and raw[0].islower() and words[0].endswith("s"):
        return words[0] not in clause
    if not words or not (raw[0][:1].isupper() or words[0] in OBJECT_LEADS):
        return False
    return not set(words) & clause


def _about_object(raw: list[str], topic: str, lex: Lexicon) -> bool:
    """Whether ``raw`` is the person a cue asks or tells about a topic of a few words ('asked
    him about his tax returns', 'told Ann Lee about the plan'): a pronoun, a name, or a
    determiner and up to two words. A topic of fewer than MIN_TOPIC_WORDS ('asked him about
    it') keeps its object: too short to stand alone, or to be cut by a frame after it."""
    if len(RE_TOPIC_END.split(topic, maxsplit=1)[0].split()) < MIN_TOPIC_WORDS:
        return False
    low = [w.lower() for w in raw]
    if len(raw) == 1 and low[0] in OBJECT_PRONOUNS | {"reporters"}:
        return True
    if all(w[:1].isupper() for w in raw):
        return True
    clause = lex.union("verbish", "aux", plus=NOT_IN_OBJECT)
    return low[0] in OBJECT_LEADS and len(raw) <= 3 and not set(low[1:]) & clause


OBJECT_CUES = frozenset(
    ["tell", "assure", "inform", "remind", "warn", "urge", "ask", "caution", "promise", "pledge"]
)
THING_OBJECT_CUES = frozenset(["promise", "pledge"])  # their object is what is promised
RE_ASIDE_TO_CONTENT = re.compile(  # (a run with no comma nor colon is taken whole: only a
    # comma or a colon can follow it, so giving back characters never helps: possessive)
    r"[,\s]*[^\"\u201c\u201d\u00ab\u00bb.;:!?,]{1,80}+(?:,[^\"\u201c\u201d\u00ab\u00bb.;:!?,]{1,60}+)?"
    r"(?:,\s*(?:that\s+|(?=[\"\u201c\u00ab]|''|``))|:\s*(?=[\"\u201c\u00ab]|''|``))"
)
RE_VERB_PAIR = re.compile(  # ' and (has) insulted (at)': a second verb before a shared object
    r" and (?:(?:has|have|had|also|even|then|later|[a-z]+ly) )?([a-z]+)\b"
    r"(?: (?:at|to|for|on|about|as|of|with)\b)?(?=\s+[\w\"\u201c\u2018'])"
)
RE_CATENATED = re.compile(  # 'to say', 'to point out', before a word or a quotation
    r" to ([a-z]+)\b( out\b)?(?=\s+[\w\"\u201c\u2018'])"
)
PASSIVE_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
CUE_WORD_CHARS = 20  # letters of a cue's last word searched back from its end
RE_LEAD_SAYING = re.compile(r"\s*(?:[\w'’-]+\s+){1,3}?(?:saying|to say)\b(?:\s+that\b)?")
DAY_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
    ]
)


# What may stand between a cue and a complement with no 'that' ('said on Monday it would',
# 'told reporters in Beijing the plan had'): an object of a cue that takes one, then times
# and prepositional phrases whose head is a time, a place name or a setting of speech
# (frame_words class setting_noun: 'in a statement', 'at a news conference', 'to reporters').
RE_LEAD_WORD = re.compile(r"\s+([A-Za-z][\w'\u2019.-]*)")  # a word after a space (a comma stops)
SETTING_PREPOSITIONS = frozenset(["on", "in", "at", "during", "to", "with", "via"])
TIME_MODIFIERS = frozenset(["last", "this", "next", "earlier", "later", "late", "early"])
OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us", "you"])
SETTING_LEADS = SETTING_PREPOSITIONS | TIME_MODIFIERS  # (with class time) what opens a setting
TITLE_FUNCTION_WORDS = SETTING_PREPOSITIONS | NOT_IN_OBJECT  # (with aux and determiners)
CLAUSE_OBJECT_CUES = frozenset(["tell", "inform", "assure", "warn", "remind"])  # not 'ask X Y'
THERE = frozenset(["there"])  # "said on Monday there was"
RE_CONTRACTED_VERB = re.compile(r"['\u2019](?:s|re|ve|d|ll|m)$")  # "he's", "they\u2019re"
MAX_SETTING_WORDS = 12  # words read after the cue
MAX_PHRASE_WORDS = 3  # words of a noun phrase after its determiner or preposition
MAX_NAME_WORDS = 6  # 'The New York Times'
NAME_JOINERS = frozenset(["of", "and", "for", "&"])


def _clause_after_setting(
    text: str, pos: int, end: int, lemma: str, lex: Lexicon
) -> int | None:
    """Where a clause starts after the cue's object and setting, when they are all that
    stands between the cue and it: 'said on Monday it would' -> 'it would', 'told Reuters
    in an interview the plan had' -> 'the plan had'. None when nothing is skipped, when the
    word after it opens no clause (a subject pronoun, a determiner or a capital), and in a
    headline written in title case ('Warns Clinton Policy On Syria Would ...')."""
    first = RE_LEAD_WORD.match(text, pos, end)
    if first is None:
        return None
    if lemma not in CLAUSE_OBJECT_CUES and first.group(1).lower().rstrip(".") not in lex.union(
        "time", plus=SETTING_LEADS
    ):
        return None  # no object, and no time or setting opens here (most complements)
    words: list[tuple[int, str]] = []
    at = pos
    while len(words) < MAX_SETTING_WORDS and (m := RE_LEAD_WORD.match(text, at, end)):
        words.append((m.start(1), m.group(1)))
        at = m.end()
    if words and words[-1][1].endswith("."):  # the sentence ends: no clause follows
        words.pop()
    lower = [w.lower().rstrip(".") for _, w in words]
    function = lex.union("aux", "noun_determiner", plus=TITLE_FUNCTION_WORDS)
    capitals = (x for (_, w), x in zip(words, lower, strict=True) if w[0].isupper())
    if any(x in function and x != "the" for x in capitals):
        return None  # title case: capitals tell no names
    obj = _object_length(words, lower, lex) if lemma in CLAUSE_OBJECT_CUES else 0
    i = obj
    while i < len(words):
        n = _setting_length(words, lower, i, lex)
        if n == 0:
            break
        i += n
    if i == 0 or i >= len(words):
        return None
    if _opens_clause(words[i][1], lower[i], lex) or not obj and _infinitive_at(words, i, lex):
        return words[i][0]
    return None


def _infinitive_at(words: list[tuple[int, str]], i: int, lex: Lexicon) -> bool:
    """'to' and a verb after a time or setting: 'vowed last month to rebuild', 'promised on
    Monday to act' (after an object it is left as read: 'urged voters on Monday to act')."""
    if words[i][1] != "to" or i + 1 >= len(words):
        return False
    verb = words[i + 1][1]  # no plural noun either ('wrote last week to reporters in')
    objects = lex.union("noun_determiner", "time", plus=OBJECT_PRONOUNS)
    tail = RE_INFINITIVE_TAIL.fullmatch(f"to {verb}")
    return tail is not None and verb.isalpha() and verb not in objects


def _opens_clause(word: str, lower: str, lex: Lexicon) -> bool:
    """A subject pronoun (also with its verb contracted: "he's", "they're"), a determiner or
    a capital (no time word) opens the clause."""
    pronoun = RE_CONTRACTED_VERB.sub("", lower)
    return (pronoun in lex.union("subject_pronoun", "noun_determiner", plus=THERE)
            or word[0].isupper() and lower not in lex.frame_class("time"))


def _object_length(words: list[tuple[int, str]], lower: list[str], lex: Lexicon) -> int:
    """Words of the object that opens ``words``: a pronoun ('him'), a name ('Reuters', 'Ann
    Lee'), a determiner and a few words ('the BBC', 'a news conference') or one plural noun
    ('reporters'); 0 when none does."""
    if not words:
        return 0
    if lower[0] in OBJECT_PRONOUNS:
        return 1
    if words[0][1][0].isupper():
        return _name_length(words, 0)
    stops = lex.union("subject_pronoun", "noun_determiner", plus=SETTING_PREPOSITIONS)
    clause = lex.union("verbish", "aux", plus=NOT_IN_OBJECT)
    if lower[0] in lex.frame_class("noun_determiner"):  # 'the BBC', not 'the story of'
        if len(words) > 1 and words[1][1][0].isupper():  # 'the Times Higher Education ...'
            return 1 + _name_length(words, 1)
        n = 1
        while n <= MAX_PHRASE_WORDS and n < len(words) and lower[n] not in stops:
            if lower[n] in clause:
                return 0
            n += 1
        return n if n > 1 else 0
    return 1 if lower[0].endswith("s") and lower[0] not in clause else 0  # 'reporters'


def _name_length(words: list[tuple[int, str]], i: int, *, joined: bool = False) -> int:
    """Capitalised words from ``words[i]`` on (``joined``: with 'of', 'and', 'for' or '&'
    between two of them: 'the Securities and Exchange Commission')."""
    n = 0
    while i + n < len(words) and n < MAX_NAME_WORDS:
        if words[i + n][1][0].isupper():
            n += 1
        elif (joined and n and words[i + n][1] in NAME_JOINERS and i + n + 1 < len(words)
              and words[i + n + 1][1][0].isupper()):
            n += 2
        else:
            break
    return n


def _setting_length(words: list[tuple[int, str]], lower: list[str], i: int,
                    lex: Lexicon) -> int:
    """Words of the time or setting phrase at ``words[i]`` ('on Monday', 'in a statement',
    'in Beijing', 'last week', 'earlier this month', 'Monday night'); 0 when none opens
    there."""
    time = lex.frame_class("time")
    w = lower[i]
    if w in time:  # 'Monday', 'Monday night'
        return 2 if i + 1 < len(words) and lower[i + 1] in time else 1
    if w in TIME_MODIFIERS:  # 'last week', 'late Monday', 'earlier this month'
        if i + 1 < len(words) and lower[i + 1] in time:
            return 2
        if i + 2 < len(words) and lower[i + 1] in TIME_MODIFIERS and lower[i + 2] in time:
            return 3
        after = _setting_length(words, lower, i + 1, lex) if i + 1 < len(words) else 0
        late = after and lower[i + 1] in SETTING_PREPOSITIONS  # 'late on Monday'
        return after + 1 if late else 0
    if w not in SETTING_PREPOSITIONS or i + 1 >= len(words):
        return 0
    j = i + 1
    if lower[j] in TIME_MODIFIERS:  # 'in late March'
        j += 1
    if j < len(words) and lower[j] in time:  # 'on Monday', 'on Monday night'
        return j + 1 - i + (1 if j + 1 < len(words) and lower[j + 1] in time else 0)
    if j < len(words) and words[j][1][0].isupper():  # 'in Beijing', 'on Twitter'
        n = _name_length(words, j)
        return j + n - i + (1 if j + n < len(words) and lower[j + n] in time else 0)
    determined = j < len(words) and lower[j] in lex.frame_class("noun_determiner")
    j += determined
    if determined and j < len(words) and words[j][1][0].isupper():
        # 'with the Securities and Exchange Commission it': a name, then a lower-case clause
        # start (a capital after it may go on with the name: 'the Mid-American Conference
        # West Division')
        n = _name_length(words, j, joined=True)
        after = j + n
        if after < len(words) and lower[after] in lex.union("subject_pronoun",
                                                             "noun_determiner", plus=THERE):
            return after - i
        return 0
    heads = lex.frame_class("setting_noun")
    for k in range(j, min(j + MAX_PHRASE_WORDS, len(words))):
        if lower[k] in heads and (determined or lower[k].endswith("s") or w != "to"):
            # 'in a statement', 'at a news conference', 'to reporters'; not 'to rally'
            return k + 1 - i + (1 if k + 1 < len(words) and lower[k + 1] in time else 0)
        if lower[k] in SETTING_PREPOSITIONS or lower[k] in lex.frame_class("noun_determiner"):
            break
    return 0
