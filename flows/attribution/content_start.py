"""Where the content of a frame starts after its cue, and whether any follows at all.

``is_endish`` tells a frame that closes at its cue ('"C," she told reporters.') from one
whose complement follows; ``content_after`` skips what stands between a cue and its
complement (an object, adverbials, ``that``, a colon, an aside before a quotation), with
``catenatives`` (a verb chained to the cue: 'continued to say that C'), ``cue_objects`` (its
object, hearer or stance noun) and ``cue_settings`` (a time or setting before a clause with
no 'that'). (``content_before`` finds where a content before its frame starts,
``content_end`` where a content ends.)
"""

from __future__ import annotations

import re

from flows.attribution.catenatives import (
    OBJECT_LEADS,
    RE_INFINITIVE_TAIL,
    catenated_speech,
    has_infinitive,
    pair_object_start,
)
from flows.attribution.cue_objects import (
    CLAUSE_WORDS,
    MAX_HEARER_CHARS,
    about_object,
    after_amount,
    after_hearer_comma,
    after_stance_noun,
    after_to_hearer,
    infinitive_lead,
    object_after_setting,
    object_words,
    subject_start,
)
from flows.attribution.cue_settings import clause_after_setting
from flows.attribution.lexicon import Lexicon
from flows.attribution.quotes import QuoteIndex
from flows.attribution.spans import QUOTE_OPEN, RE_LETTER_WORD, _first_word, _words

__all__ = ["MAX_TAIL_WORDS", "OBJECT_CUES", "THAT", "content_after", "is_endish"]

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
MAX_WORDS_BEFORE_THAT = 10
NEAR_THAT = 6  # more words than this before 'that': no comma among them
RE_PLACE_PAIR = re.compile(  # a place and its state or country: 'Salem, New Hampshire,'
    r"\b([A-Z][\w.'’-]*),\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),?"
)
RE_DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
ASIDE_DASHES = "-\u2013\u2014"  # a dash that opens or closes an aside after a cue
MAX_TAIL_WORDS = 9
MAX_ADDRESSEE_WORDS = 3  # words after 'to' in 'in a memo to all staff members that'
THAT = frozenset(["that"])
TIMES = frozenset(["time", "times"])  # 'for the first time', 'many times'
LENIENT_TAIL_WORDS = 40  # an adverbial after a quote frame: "at the outset of a debate on ..."


def is_endish(text: str, start: int, end: int, lex: Lexicon, *, lenient: bool = False) -> bool:
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
    return not rest.strip() or is_endish("," + rest, 0, len(rest) + 1, lex)


def _closed_aside(head: str) -> bool:
    """The words between a cue and its 'that' are an aside set off on both sides, by commas
    with no comma inside ('said, with some justification, that C') or by dashes ('said -
    again, without evidence - that C'): the frame's own adjunct, so 'that' opens what was
    said; not a list or an object ('told Ann Lee, a Democrat, that C': no comma first)."""
    inner = head.strip()
    if inner[:1] == ",":
        return len(inner) > 1 and inner[-1] == "," and "," not in inner[1:-1]
    if not inner or inner[0] not in ASIDE_DASHES or inner[-1] not in ASIDE_DASHES:
        return False  # (no comma or dash right after the cue: nearly every head)
    return len(RE_DASH.findall(f" {inner} ")) == 2


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


def named_gerund(words: list[str], lex: Lexicon) -> bool:
    """The words between a cue and 'that' are a name of up to MAX_GERUND_OBJECT capitalised
    words, a preposition of class gerund_reason that is no participle_adjunct ('for') and an
    '-ing' word ('praised Ann Lee for saying that C'): the 'that' clause is the named
    object's participle's (participle_frames.gerund_object), not the cue's; not 'thanked Ann Lee on
    Twitter for backing C', nor a lower-case object ('praised the plan for saying')."""
    return (
        2 < len(words) <= MAX_GERUND_OBJECT + 2
        and words[-1].endswith("ing")
        and words[-2] in lex.union("gerund_reason", minus=lex.frame_class("participle_adjunct"))
        and all(w[:1].isupper() for w in words[:-2])
    )


def content_after(
    text: str, pos: int, end: int, lemma: str, quotes: QuoteIndex, lex: Lexicon
) -> int:
    """Start of the complement after a cue: skip adverbials, an object, ``that`` or a colon."""
    if text.startswith(" and ", pos):  # 'derided and insulted X': the two verbs share X
        shared = pair_object_start(text, pos, lex)
        if shared is not None:
            return content_after(text, shared, end, lemma, quotes, lex)
    if text.startswith(" to ", pos):  # 'continued to say that C': the complement of 'say'
        inner = catenated_speech(text, pos, lex)
        if inner is not None:
            return content_after(text, inner[0], end, inner[1], quotes, lex)
        if lemma in lex.frame_class("to_hearer_cue"):
            heard = after_to_hearer(text, pos, end, lex)
            if heard is not None:  # 'explained to the board why C'
                return heard
    if lemma in lex.frame_class("stance_cue"):  # 'showed support for C'
        stance = after_stance_noun(text, pos, end, lex)
        if stance is not None:
            return stance
    if lemma in lex.frame_class("amount_cue") and text.find(" about ", pos, pos + 24) >= 0:
        amount = after_amount(text, pos, end, lex)
        if amount is not None:  # 'said little about C'
            return amount
    if lemma in OBJECT_CUES and text.find(",", pos, pos + MAX_HEARER_CHARS + 2) >= 0:
        hearer = after_hearer_comma(text, pos, end, lex)
        if hearer is not None:  # 'told the crowd, he would C'
            return hearer
    rest = text[pos:end]
    wh = RE_OBJECT_WH.match(rest) if lemma in OBJECT_CUES else None
    plural = lemma not in THING_OBJECT_CUES  # 'asked workers if C', not 'promised reforms if C'
    if wh is not None and object_words(_words(wh.group()), wh.group().split(), lex, plural):
        return pos + wh.end()  # "asked Ann Lee how C", "told reporters she would C"
    person = lemma in OBJECT_CUES and plural  # a cue whose object is who is asked, told
    about = RE_OBJECT_ABOUT.match(rest) if person and " about " in rest else None
    if about is not None and about_object(about.group(1).split(), rest[about.end() :], lex):
        return pos + about.end()  # "asked Ann Lee about C", as "speculated about C"
    m = RE_THAT.search(rest, 0, 140)
    head = "" if m is None else rest[: m.start()]
    if m is not None and _unquoted(head):
        between = _words(head)
        skip = lex.frame_class("skip")
        time_lead = lex.union("time_lead", plus=THAT)  # "said that night that C"
        closed = _closed_aside(head)  # 'said, with some justification, that C'
        opens = bool(between) and (
            closed
            or between[0] in skip
            or between[0] in time_lead
            or _adverbs_only(head, lex)
            or _duration(between, lex)
        )
        near = len(between) <= MAX_WORDS_BEFORE_THAT and (
            closed or not RE_DASH.search(rest, 0, m.start()))
        commas = "," in RE_PLACE_PAIR.sub(r"\1 \2", head)  # not 'in Dayton, Ohio, on'
        if has_infinitive(head) and not _addressed_adjunct(
            between, rest[m.end() : m.end() + 30], lex
        ):
            near = False  # 'vowed to spend the money that ...': a relative clause
        elif len(between) > NEAR_THAT and commas and not closed:
            near = False
        subject = subject_start(head) if near and lemma in OBJECT_CUES else None
        if subject is not None:  # 'told host Ann Lee she believed that C'
            return pos + subject
        if not between or near and (opens or lemma in OBJECT_CUES) and not named_gerund(
            head.split(), lex
        ):
            return pos + m.end()
    aside = RE_ASIDE_TO_CONTENT.match(rest)
    aside_words = _words(aside.group()) if aside is not None else []
    first = aside_words[:1]
    if aside is not None and first and first[0] in lex.frame_class("skip"):
        infinitive = first[0] == "to" and infinitive_lead(aside.group().split(), lex)
        if not infinitive and not object_after_setting(aside_words, lex):
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
    if lead is not None and (
        _after_participle_adjunct(lead.group(), lex)
        or lead.group().endswith("that") and named_gerund(lead.group().split()[:-1], lex)
    ):  # 'criticized the board before saying that C', 'praised Ann Lee for saying that C'
        lead = None  # the participle's own
    if lead is not None:  # "issued a statement saying C"
        rest = text[pos + lead.end() : end]
        pos += lead.end()
    complement = clause_after_setting(text, pos, end, lemma, lex)
    if complement is not None:  # 'said on Monday it would', 'told reporters the plan had'
        return complement
    stripped = rest.lstrip(" ,:")
    offset = len(rest) - len(stripped)
    day = _first_word(stripped[:20]) if stripped[:1].isalpha() else None  # not '"Today we'
    if day is not None and day in DAY_WORDS:
        return pos + offset + stripped.find(" ") + 1 if " " in stripped else end
    return pos + offset


def _after_participle_adjunct(lead: str, lex: Lexicon) -> bool:
    """'saying' (or 'to say') in ``lead`` comes right after an object and a preposition of
    class participle_adjunct: it heads an adjunct of its own, no object's ('criticized the
    board before saying'; not 'continued by saying', with no object)."""
    words = lead.split()
    at = next((i for i, w in enumerate(words) if w in ("saying", "to")), 0)
    return at > 1 and words[at - 1].lower() in lex.frame_class("participle_adjunct")


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


MAX_ASIDE_WORDS = 8  # an object or adverbial between a cue and the quotation it introduces
RE_OBJECT_WH = re.compile(  # an object of up to six words, then a question or a pronoun clause
    r"\s+(?:[\w.'’-]+\s+){1,6}?(?=(?:how|what|which|whose|when|where|why|whether|if|he|she|they|we|I)\s)"
)
RE_OBJECT_ABOUT = re.compile(r"\s+((?:[\w.'’-]+\s+){1,4}?)about\s+(?=\w)")  # 'asked him about C'


OBJECT_CUES = frozenset(
    ["tell", "assure", "inform", "remind", "warn", "urge", "ask", "caution", "promise", "pledge"]
)
THING_OBJECT_CUES = frozenset(["promise", "pledge"])  # their object is what is promised
RE_ASIDE_TO_CONTENT = re.compile(  # (a run with no comma nor colon is taken whole: only a
    # comma or a colon can follow it, so giving back characters never helps: possessive)
    r"[,\s]*[^\"\u201c\u201d\u00ab\u00bb.;:!?,]{1,80}+(?:,[^\"\u201c\u201d\u00ab\u00bb.;:!?,]{1,60}+)?"
    r"(?:,\s*(?:that\s+|(?=[\"\u201c\u00ab]|''|``))|:\s*(?=[\"\u201c\u00ab]|''|``))"
)
MAX_GERUND_OBJECT = 4  # capitalised words of a name before 'for saying that' ('Ann Lee')
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


