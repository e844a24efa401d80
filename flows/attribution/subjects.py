"""Subjects: the speaker mention in front of a cue, and the context a sentence is read in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter

from flows.attribution import frames as fr
from flows.attribution.leads import drop_lead
from flows.attribution.lexicon import Lexicon
from flows.attribution.quotes import QuoteIndex
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS
from flows.records import Sentence

__all__ = ["Ctx", "narrow_subject", "post_subject"]

MIN_LISTED = 3  # names in a list with a comma before its "and"
RE_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year after a month
# [;:"\u201c\u201d\u00ab\u00bb]|''|``, written to open with one set of characters, which the
# search skips to: the same breaks
RE_CLAUSE_BREAK = re.compile(
    r"[;:\"\u201c\u201d\u00ab\u00bb'`](?:(?<=[;:\"\u201c\u201d\u00ab\u00bb])|(?<=')'|(?<=`)`)"
)
RE_TOKEN = re.compile(r"\S+")
RE_TO_BEFORE = re.compile(r"\sto\s+$")  # 'took to Twitter to' before the cue
RELATIVE = frozenset({"who", "which"})
RE_CONTRACTION = re.compile(r"['\u2019](?:ve|d|ll)$")  # "who've", "who'd"; not "who's said to"
RELATIVE_CUT = frozenset({"who", "which", "whose", "whom"})
# a relative word that, right after a verb's object and before the cue, makes the object's
# noun the cue's subject, and the verb's subject the speaker ('Ann released a video that said C')
OBJECT_RELATIVE = frozenset({"that", "which"})
# a share of people that ends a subject window: '62 percent of voters', 'about 40%'
RE_SHARE_END = re.compile(
    r"(?<!\S)(?:(?:only|just|about|nearly|almost|roughly|some)\s+)?\d[\d.,]*\s*"
    r"(?:%|percent\b|per cent\b)\s+of\s+"
    r"(?P<people>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})\s*$"
)
OBJECT_RELATIVE_ENDS = tuple(f" {w}" for w in OBJECT_RELATIVE)
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
DASH_ENDS = frozenset({"-", "\u2013", "\u2014"})  # the last character of a dash
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PERSONAL = frozenset({"he", "she", "they", "we", "i"})
NAME_JOINERS = frozenset({"of", "and", "&", "de", "for"})
MAX_NAME_WORDS = 4
MIN_PARTICIPLE = 4  # letters of an '-ing' participle ('Facing'; not 'King', 'Ming')
UPPER_OR_PAREN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")  # a name's last word: 'Group (CNBG)'
MAX_SUBJECT_TOKENS = 16
MIN_ASIDE_COMMAS = 2  # 'Ann Lee, who won, issued': the commas of an aside before a verb
_low = itemgetter(1)  # a token's lower-case stripped word
DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS | {"some", "many", "most"}
TIME_ENDS = frozenset({"later", "ago", "earlier", "before", "after"})  # 'The day before,'
FRONTED_LINKS = frozenset({"to", "by", "than", "like"})  # 'a speech to the nation'
SETTING_OBJECTS = ARTICLES | POSSESSIVE_DETERMINERS  # a verb's object: 'picked the'
MIN_OBJECT_CLAUSE_WORDS = 4  # 'Ann Lee launched a' before a cue noun
COORDINATORS = frozenset({"and", "or", "even"})  # 'other candidates and even a columnist'


@dataclass(frozen=True, slots=True)
class Ctx:
    text: str
    s: Sentence
    quotes: QuoteIndex
    lex: Lexicon
    # cue start -> the word before the cue and its adverbs (``passive._word_before``, which
    # several passive checks read for one cue), filled as read
    words_before: dict[int, str] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )


MIN_HEADING_WORD = 5  # letters of a capitals word that reads as a heading's ("CHIEF")


def n_words(c: Ctx, span: tuple[int, int]) -> int:
    return len(c.text[span[0] : span[1]].split())


def narrow_subject(c: Ctx, span: tuple[int, int]) -> tuple[int, int] | None:
    """Keep the noun phrase that ends a subject window, or None when it reads as a clause."""
    text = c.text[span[0] : span[1]]
    raw = text.split()  # RE_TOKEN's words; offsets read only for the two kept at the ends
    low = text.lower()  # lowering moves no space: its words are raw's, lowered
    stripped = map(str.strip, low.split(), repeat(",.'’()\u00a0"))
    tokens = list(zip(raw, stripped, range(len(raw)), strict=True))  # (word, low word, index)
    subordinators = c.lex.frame_class("subordinator")
    prepositions = c.lex.frame_class("setting_preposition")
    for i in range(1, len(tokens) if "wh" in low else 0):  # (every RELATIVE_CUT word's "wh")
        # "who", "who'd", "who's": the word up to its first apostrophe (straight or curly)
        if tokens[i][1].partition("'")[0].partition("\u2019")[0] in RELATIVE_CUT:
            named = _name_after_aside(c, tokens, i)
            if named:  # "Inside the mosque - which is small - Ann Lee said": Ann Lee
                tokens = tokens[named:]
                break
            after = tokens[i][1] in ("which", "whom") and tokens[i - 1][1] in prepositions
            # "a speech in which he said": the relative clause's own subject
            tokens = tokens[i + 1 :] if after and i + 1 < len(tokens) else tokens[:i]
            break
    # "The firm that made the car said": a relative 'that' is no subordinator; before an
    # auxiliary ("The report that was leaked said") the subject is the noun phrase before it
    relative = _relative_head_end(c, tokens) if " that " in low else len(tokens)
    if relative < len(tokens) and tokens[relative + 1][1] in c.lex.union("verbish", "aux"):
        tokens, relative = tokens[:relative], len(tokens)
    # (each loop below only when a word it looks for is there)
    cuts = not DASHES.isdisjoint(map(_low, tokens))
    if cuts:  # (before the subordinators: "Ann Lee - after a pause - said": Ann Lee)
        tokens = _without_closing_aside(tokens)  # "Acme - itself a target - said": Acme
    for i in range(len(tokens) - 1 if not subordinators.isdisjoint(map(_low, tokens)) else -1,
                   -1, -1):
        if tokens[i][1] in subordinators and i + 1 < len(tokens) and i != relative:
            tokens = tokens[i + 1 :]
            break
    for i in range(len(tokens) - 1 if cuts else 0, 0, -1):  # "Dec 29 (Reuters) - U.S. X"
        if tokens[i - 1][1] in DASHES:
            tokens = tokens[i:]
            break
    tokens = tokens[_credit_length(tokens) :]  # "(Photo/Xinhua) Lin said"
    tokens = tokens[_heading_length(tokens) :]  # "ECONOMIC TARGETS Xi said"
    tokens = tokens[_name_label_length(tokens, low) :]  # "Love of art Ann Lee 28-year-old Ann Lee"
    if tokens and tokens[-1][1] in PERSONAL:
        tokens = tokens[-1:]
    time, openers = c.lex.frame_class("time"), c.lex.union("opener", minus=DEMONSTRATIVES)
    opened = bool(tokens) and tokens[0][1] in openers
    timed = False
    while len(tokens) > 1 and (
        tokens[0][1] in openers and not _quantity_opened(c, tokens)
        or tokens[0][1] in time  # "Last month the watchdog said", "On Monday the mayor"
        or tokens[0][1] in DEMONSTRATIVES
        and tokens[1][1] in time  # "this week the mayor"
        or timed and RE_YEAR.fullmatch(tokens[0][1]) is not None  # "In December 2004 the"
        or tokens[1][1] == "as" and tokens[0][1] in c.lex.frame_class("comparative_lead")
        and len(tokens) > 2  # "(But) even as Ann Lee argued", "Just as the mayor said"
    ):
        timed = tokens[0][1] in time
        tokens = tokens[1:]
    if opened:  # "In the past few weeks Ann Lee said": the time is no part of the subject
        tokens = tokens[_time_span_length(c, tokens) :]
        tokens = tokens[_fronted_phrase_length(c, tokens) :]
    verbish = c.lex.frame_class("verbish")
    if not tokens or len(tokens) > MAX_SUBJECT_TOKENS:
        return None
    if not verbish.isdisjoint(map(_low, tokens)) and any(
        t[1] in verbish and not _in_name(tokens, i)
        and not (i == len(tokens) - 1 and fr._name_before_cue(c.text, t[0], True, span[1], c.lex))
        for i, t in enumerate(tokens)
    ):
        return None
    first, last = tokens[0][2], tokens[-1][2]
    return (  # (no split for the first and the last word: the window less its spaces)
        span[0] + len(text) - len(text.split(None, first)[first] if first else text.lstrip()),
        span[0] + len(text.rsplit(None, len(raw) - 1 - last)[0] if last < len(raw) - 1
                      else text.rstrip()),
    )


def _name_after_aside(c: Ctx, tokens: list[tuple[str, str, int]], i: int) -> int:
    """The index of the word after the closing dash of an aside between dashes
    that the relative word ``tokens[i]`` opens, after a fronted phrase that opens with a
    preposition (classes adverbial_lead, setting_preposition: "Inside the mosque - which
    looks like a church - Ann Lee", "In the town - which lost its mill - the mayor"): the
    subject; 0 when the window has no such shape ("Ann Lee - who won -", "The plan - which
    ... - the mayor")."""
    if tokens[i - 1][1] not in DASHES or tokens[0][1] not in c.lex.union(
        "adverbial_lead", "setting_preposition"
    ):
        return 0  # (no aside after a fronted preposition: nearly every relative)
    close = next((j for j in range(i + 1, len(tokens) - 1) if tokens[j][1] in DASHES), 0)
    return close + 1 if close else 0


def _quantity_opened(c: Ctx, tokens: list[tuple[str, str, int]]) -> bool:
    """The opener and the word after it are a quantity of the subject (class
    opener_quantity: 'At least one bank says C'), no fronted phrase."""
    return f"{tokens[0][1]} {tokens[1][1]}" in c.lex.frame_class("opener_quantity")


def _without_closing_aside(tokens: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A subject window that ends with an aside between dashes ("Acme Bank - itself a target
    of a lawsuit -", "Mr Bez - himself a former executive -"): the words before the aside,
    which speak; the window unchanged when its last word is no dash."""
    if len(tokens) < 2 or tokens[-1][1] not in DASHES:
        return tokens
    opening = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i][1] in DASHES), 0)
    # no opening dash: the aside's opening words were cut ("The plan - which ... -"), the
    # closing dash is no part of the subject
    return tokens[:opening] if opening else tokens[:-1]


def _fronted_phrase_length(c: Ctx, tokens: list[tuple[str, str, int]]) -> int:
    """Tokens of the rest of a fronted phrase that no comma closes, after its opening
    preposition, before the subject that ends the window: a determined noun phrase after a
    word that is no preposition ("(In) a statement the company", "(In) a filing to US
    regulators the airline", "(In) 2009 the UN Security Council"), else a capitalised name
    after a lower-case noun ("(During) his time on the stand Mr Sullivan", "(In) the fourth
    quarter alone Ford"); 0 when no such subject ends the window, or its name goes on from
    the words before it (after a preposition: 'observers in the UK', after a role: 'press
    secretary Josh Earnest', 'Secretary of State Ann Lee')."""
    links = c.lex.union(
        "setting_preposition", "adjunct_lead", "cue_preposition",
        plus=NAME_JOINERS | DETERMINERS | FRONTED_LINKS,
    )
    for d in range(1, len(tokens) - 1):
        if tokens[d][1] in ARTICLES and tokens[d - 1][1] not in links:
            # 'a statement the company': the determiner opens the subject, after a phrase
            # with no verb, no coordination and no adverb ('nearly a fifth')
            return d if _phrase_only(c, tokens[:d]) else 0
    stops = c.lex.union(speaker=("title",), plus=links)  # (not 'statement', class org)
    k = len(tokens)
    while k > 0 and tokens[k - 1][0][:1].isupper():
        k -= 1
    if k in (0, len(tokens)) or len(tokens) - k > MAX_NAME_WORDS:
        return 0
    before = tokens[k - 1][0]
    named = before.isalpha() and before.islower() and before not in stops
    return k if named and _phrase_only(c, tokens[: k - 1]) else 0


def _phrase_only(c: Ctx, tokens: list[tuple[str, str, int]]) -> bool:
    """Words of a fronted phrase with no verb (classes verbish, past or an '-ed' form), no
    coordination and no '-ly' adverb at its end: 'a furor last week' after 'caused' is a
    clause's object, 'candidates and even a columnist' one subject."""
    return not any(
        c.lex.verb_word(t[1]) or t[1] in COORDINATORS for t in tokens
    ) and not (tokens and tokens[-1][1].endswith("ly"))


def _it_after_coordinator(
    c: Ctx, span: tuple[int, int], cue_start: int
) -> tuple[int, int] | None:
    """The span of 'it' that ends a subject window right after a word that opens a clause
    of its own (class clause_coordinator: 'The firm cut jobs but it said C', 'Acme raised
    prices and it said'): that clause's subject; None for any other window ('the firm that
    owns it said': an object) and when an auxiliary comes between 'it' and the cue ('and it
    is expected to': no one's words)."""
    if c.text[span[1] - 3 : span[1]] != " it":  # (not a headline's 'And It Says')
        return None  # (the window ends with no 'it': nearly every subject)
    if c.text[span[1] : cue_start].strip():
        return None  # an auxiliary between: 'and it is expected to'
    words = c.text[span[0] : span[1] - 3].rsplit(None, 1)
    if not words or words[-1].lower() not in c.lex.frame_class("clause_coordinator"):
        return None
    return span[1] - 2, span[1]


def _credit_length(tokens: list[tuple[str, str, int]]) -> int:
    """Tokens of a parenthesis that opens the window and closes before its last word: a
    picture's credit glued to the sentence after it ("(Photo/Xinhua) Lin said", "(People's
    Daily Online/ Ann Lee) Lin added"); else 0. A parenthesis after a name is kept ("Ann Lee
    (D-Texas) said")."""
    if not tokens or not tokens[0][0].startswith("("):
        return 0
    for i, (word, _, _) in enumerate(tokens[:-1]):
        if word.rstrip(",.:;").endswith(")"):
            return i + 1
    return 0


def _time_span_length(c: Ctx, tokens: list[tuple[str, str, int]]) -> int:
    """Tokens of a time span that open ``tokens`` ("the past two weeks"): a determiner,
    time adjectives and numbers, ending with a time measure, before a word that opens a
    subject (a capital, a determiner or a pronoun; not 'of' in "the first nine months of
    1986"); else 0."""
    words = [t[1] for t in tokens]
    measures = c.lex.union("time_measure", "time")
    span = c.lex.union("time_adjective", "number_word", "time_measure", "time")
    n = 1 if words and words[0] in ("the", "these", "those") else 0
    while n < len(words) - 1 and (words[n] in span or words[n].isdigit()):
        n += 1
    opens = n < len(words) and (
        tokens[n][0][0].isupper() or words[n] in DETERMINERS | PERSONAL | {"it"}
    )
    return n if n and words[n - 1] in measures and opens else 0


def _heading_length(tokens: list[tuple[str, str, int]]) -> int:
    """Tokens of a section heading in capitals glued to the sentence after it, where the
    paragraph breaks were lost ("ECONOMIC DEVELOPMENT TARGETS Xi said", "A NEW ERA The
    mayor said"): three or more words in capitals, or two with one of MIN_HEADING_WORD
    letters or more, before a word in lower or mixed case. Not acronyms before a name ("ABN
    AMRO analyst Ann Lee", "UN WFP chief")."""
    n = 0
    while n < len(tokens):
        word = tokens[n][0].strip(",.:;'’\"")
        if not (word.isalpha() and word.isupper()):
            break
        n += 1
    if n == len(tokens) or n < 2:
        return 0
    words = [t[1] for t in tokens[:n]]
    return n if n >= 3 or max(len(w) for w in words) >= MIN_HEADING_WORD else 0


def _name_label_length(tokens: list[tuple[str, str, int]], low: str) -> int:
    """Tokens of a page's heading and the name label under it, glued to a body whose first
    sentence names the same person again ("Love for the sea Ann Hall 28-year-old Ann Hall,
    who ..., told", "Ann Hall The 28-year-old Ann Hall"): up to an earlier word that is the
    window's last, a capitalised word with no punctuation before a sentence's opening, a
    number or a determiner in capitals (not "Ann Lee and Tom Lee", "The Mail on Sunday's
    Financial Mail", "Hall Corp chief Tom Hall"); else 0."""
    last = tokens[-1][1] if len(tokens) > 2 else ""
    if not last or low.find(last) >= len(low) - len(last):
        return 0  # the last word only once in the window: nearly every subject
    for i in range(len(tokens) - 2):
        word, after = tokens[i][0], tokens[i + 1][0]
        if tokens[i][1] == last and word[:1].isupper() and word.isalpha() and (
            after[:1].isdigit() or after[:1].isupper() and tokens[i + 1][1] in DETERMINERS
        ):
            return i + 1
    return 0


def _in_name(tokens: list[tuple[str, str, int]], i: int) -> bool:
    """A capitalised token inside a run of capitalised words ("County Chairman Will Rogers")
    is part of a name, not a verb."""
    if not tokens[i][0][0].isupper():
        return False
    before = i > 0 and tokens[i - 1][0][0].isupper()
    after = i + 1 < len(tokens) and tokens[i + 1][0][0].isupper()
    return before and after


def _time_colon(text: str, at: int) -> bool:
    """A colon between digits is a clock time's or a score's ('08:16', '3:1'), no clause
    break."""
    return text[at] == ":" and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def _relative_head_end(c: Ctx, tokens: list[tuple[str, str, int]]) -> int:
    """Where a relative 'that' opens a clause on the head noun before it, or the number of
    tokens when none: a determiner and one or two lower-case words before it, no verb
    before it in the window, and a verb right after it ('The firm that made the car', 'a
    group that has sued'; not 'the report warned that prices rose', 'the news that
    officials said', the 'that' of a complement clause)."""
    verbs = c.lex.union("verbish", "aux", "past")
    for i in range(2, len(tokens) - 1):
        if tokens[i][1] != "that":
            continue
        nxt = tokens[i + 1][1]
        if not (nxt in verbs or nxt.endswith("ed")):
            continue
        head = tokens[max(0, i - 3) : i]
        opens = [k for k, t in enumerate(head) if t[1] in DETERMINERS]
        noun = head[opens[-1] + 1 :] if opens else []
        if noun and all(w[:1].islower() for w, _, _ in noun) and not any(
            w[:1].islower() and (lw in verbs or lw.endswith("ed")) for w, lw, _ in tokens[:i]
        ):  # (no verb before it: 'The two sides settled in a deal that has ...' is a clause)
            return i
    return len(tokens)


def _bracketed_colon(text: str, at: int, lo: int, cue_start: int) -> bool:
    """A colon inside brackets closed before the cue is an aside's ('Acme Corp (Nasdaq: ACME)
    said': an exchange and its ticker), no clause break."""
    if text[at] != ":":
        return False
    opened = text.rfind("(", lo, at)
    return opened > text.rfind(")", lo, at) and text.find(")", at, cue_start) >= 0


def post_subject(c: Ctx, cue_start: int) -> tuple[tuple[int, int], str | None, str | None] | None:
    """The subject in front of a cue: the mention's span, a description and the noun a
    relative pronoun stands for. A subject read as a lower-case verb phrase after an aside
    between commas ("Ann Lee, who won the race, issued a statement saying C": 'issued a
    statement') is the main clause's predicate: the subject in front of its verb speaks,
    when it holds no verb and the predicate no 'and' (a second clause's subject: 'met X
    and both sides agreed')."""
    found = _post_subject(c, cue_start)
    if found is None or not c.text[found[0][0]].islower():
        return found  # (a name or no subject: nearly every cue)
    verb, end = found[0]
    if (
        c.text[fr._skip_back(c.text, verb, " ") - 1] != ","
        or " and " in c.text[verb:end]  # 'met X and both sides agreed': a clause's subject
        or c.text.count(",", c.s.start, verb) < MIN_ASIDE_COMMAS
        or not _opens_predicate(c, (verb, cue_start))
    ):
        return found
    before = _post_subject(c, verb)
    if before is None or not fr._speakerlike(c.text, *before[0], c.lex, loose=True) or any(
        c.lex.verb_word(w) for w in c.text[slice(*before[0])].split() if w.islower()
    ):  # 'Mr Evans sued Mr Mann in 2001, claiming A, spent years ...': no subject
        return found
    return before


def _post_subject(c: Ctx, cue_start: int) -> tuple[tuple[int, int], str | None, str | None] | None:
    lo = c.s.start
    for br in RE_CLAUSE_BREAK.finditer(c.text, c.s.start, cue_start):
        at = br.start()  # '08:16, Nov. 13 -- Ann Lee said'
        if not (_time_colon(c.text, at) or _bracketed_colon(c.text, at, c.s.start, cue_start)):
            lo = br.end()
    segments: list[tuple[int, int]] = []
    pos = lo
    for part in c.text[lo : _before_dash_aside(c, lo, cue_start)].split(","):
        segments.append((pos, pos + len(part)))
        pos += len(part) + 1
    last_segment = segments[-1]
    last = fr._clean_subject(c.text, *last_segment, c.lex)
    own = _it_after_coordinator(c, last, cue_start)
    if own is not None:  # 'X cut jobs but it said C': the second clause's 'it'
        return own, None, None
    share = _share_before_participle(c, last, cue_start)
    if share is not None:  # 'The shootings left 62 percent of voters saying C'
        return share, None, None
    if len(segments) > 1 and c.text[last[0] : last[1]].lower() in RELATIVE:
        head = trailing_np(c, segments[-2])  # "... assets of X Centers, which said"
        return (last, None, None if head is None else c.text[head[0] : head[1]])
    fronted = len(segments)
    while len(segments) > 1 and (
        _adverbial_segment(c, segments[0])
        or participle_lead(c, c.text[segments[0][0] : segments[0][1]].split(None, 2)[:2])
        or fronted_verbal(
            c, c.text[segments[0][0] : segments[0][1]], c.text[segments[1][0] : segments[1][1]]
        )
    ):
        city = segments.pop(0)  # "In the end, X said", "Two days later, however, X said"
        if len(segments) > 1 and state_after_city(c, city, segments[0]):
            segments.pop(0)  # "At a rally in Ames, Iowa, on Sunday, Ann Lee said"
    segments = drop_lead(c, segments)  # "Yesterday in Ohio, X, a rival, said"
    if len(segments) < fronted and _named_after_named(c, segments):
        segments = segments[-1:]  # 'After visiting Acme, a unit of Big Co, Ann Lee said'
    if _name_list(c, segments):  # "Ann Lee, Tom Hall, and Bo Chan said": all of them
        return fr._clean_subject(c.text, segments[0][0], segments[-1][1], c.lex), None, None
    opened = [  # not a lone word set off by commas: "Ann Lee, though, said" (an aside)
        i for i in range(1, len(segments))
        if _opens_clause(c, segments[i]) and (i == len(segments) - 1 or n_words(c, segments[i]) > 1)
    ]
    if opened and n_words(c, fr._clean_subject(c.text, *segments[opened[-1]], c.lex)):
        segments = segments[opened[-1] :]  # "A, and Ann Lee, the mayor, said": a new clause
    if len(segments) > 1 and n_words(c, last) and _ends_subject(c, segments[0], last):
        segments = segments[-1:]  # "..., officials said", "A Libertarian, he backed"
    first = last if segments[0] == last_segment else fr._clean_subject(c.text, *segments[0], c.lex)
    head = narrow_subject(c, first)
    if head is None:  # a clause, unless it ends in "<noun> who": "Ann did best with voters who"
        if c.text.endswith(OBJECT_RELATIVE_ENDS, *last):  # 'The group has released a video
            cut = _before_object_verb(c, last)  # that said C': the group, as without 'has'
            if cut is not None and cut != last:
                return cut, None, None
        return _restrictive_relative(c, last)
    restrictive = _relative_after_clause(c, last) if len(segments) == 1 else None
    if restrictive is not None:
        return restrictive
    others = [seg for seg in segments[1:] if c.text[seg[0] : seg[1]].strip()]
    if len(others) == 1 and c.text[head[0] : head[1]].split()[0].lower() in DETERMINERS:
        name = fr._clean_subject(c.text, *others[0], c.lex)
        words = c.text[name[0] : name[1]].split()
        if 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words):
            return name, c.text[head[0] : head[1]], None  # "The mayor, Ann Lee, said"
    rest = [c.text[a:b].strip() for a, b in segments[1:] if not _adverbial_segment(c, (a, b))]
    desc = ", ".join(x for x in rest if x) or None
    if desc is not None and desc.split()[0].lower() in RELATIVE:
        desc = None
    head = _before_owning_verb(c, _before_purpose_verb(c, head, cue_start))
    head = _before_object_verb(c, head)
    relative = (
        _relative_that(c, head)
        if c.text.endswith(" that", *head) and not c.text[head[1] : cue_start].strip()
        else None
    )
    if relative is not None:  # "Ann joined a group that said C": 'that', for "a group"
        return relative
    return head, desc, None


def _before_dash_aside(c: Ctx, lo: int, cue_start: int) -> int:
    """Where the subject window before the cue ends: before an aside between dashes that
    holds a comma and closes right before the cue ("Ann Lee - who, unlike Tom Hall, backs
    the plan - said": "Ann Lee", not "backs the plan", the comma part the split would keep);
    ``cue_start`` when no dash closes the window (nearly every one), no dash opens the aside
    or no comma is inside it (``narrow_subject`` drops such an aside itself)."""
    if c.text[max(lo, cue_start - 3) : cue_start].rstrip()[-1:] not in DASH_ENDS:
        return cue_start  # (no dash right before the cue: nearly every window)
    dashes = [t for t in RE_TOKEN.finditer(c.text, lo, cue_start) if t.group() in DASHES]
    if len(dashes) < 2 or c.text.find(",", dashes[-2].end(), dashes[-1].start()) < 0:
        return cue_start
    return dashes[-2].start()


def _share_before_participle(
    c: Ctx, last: tuple[int, int], cue_start: int
) -> tuple[int, int] | None:
    """A share of people ('62 percent of voters', 'about 40%') that ends a subject window
    after other words, right before an '-ing' cue: those people say it ('The shootings left
    62 percent of voters saying C', 'The poll found 40% saying C'), not the clause before
    them. None when no percentage is there (nearly every window), the cue is no '-ing' form,
    the share is the whole window (read as before) or 'of' names no people after it ('5
    percent of the total')."""
    if c.text.find("%", *last) < 0 and c.text.find(" per", *last) < 0:
        return None  # (no percentage: nearly every window)
    if not c.text.startswith("ing", c.text.find(" ", cue_start, c.s.end) - 3):
        return None  # 'said', not 'saying'
    m = RE_SHARE_END.search(c.text, *last)
    if m is None or m.start() <= last[0]:
        return None
    if not fr._speakerlike(c.text, *m.span("people"), c.lex):
        return None  # 'Sales rose 5 percent of the total suggesting C': no people
    return fr._strip_span(c.text, m.start(), last[1])


def _opens_predicate(c: Ctx, seg: tuple[int, int]) -> bool:
    """The comma part right before a cue opens with the main clause's verb after an aside
    ('Ann Lee, who won the race, drew attention to', '..., issued a statement saying', '...,
    has used the comments to urge'): a lower-case past form (class past), an auxiliary
    (class verbish), or an '-ed' word before a determiner or a preposition; not an '-ed'
    adjective of a subject ('..., registered voters said')."""
    words = c.text[seg[0] : seg[1]].split(None, 2)  # (the first two words)
    if not words or not words[0][:1].islower():
        return False  # (a capitalised or empty part: nearly every one)
    verb = words[0]
    if verb in c.lex.frame_class("past") or verb in c.lex.frame_class("verbish"):
        return True
    links = c.lex.union("setting_preposition", plus=SETTING_OBJECTS | {"to"})
    return verb.endswith("ed") and len(words) > 1 and words[1].lower() in links


def _before_object_verb(c: Ctx, head: tuple[int, int]) -> tuple[int, int]:
    """A subject window that holds a lower-case past verb (class past, or '-ed') right
    (or a particle after it: 'held up a') before a determiner and more words of its object,
    read before a cue noun or a relative 'that' ('Air China picked the London Stock Exchange
    for its secondary listing', 'Trump launched a pre-emptive attack against', 'The crowd
    held up a sign that read C'): the verb's subject, the words before it (and its
    adverbs), speaks; ``head`` when there is no such verb, when the verb is a cue (its own
    frame: 'He said the figures, released on Friday, showed C'), when 'that' or 'who'
    comes before it ('the firm that made the car said') or the words before name no one."""
    if c.text.count(" ", *head) < MIN_OBJECT_CLAUSE_WORDS - 1:
        return head  # (a subject of a few words holds no verb and object: nearly every one)
    words = list(RE_TOKEN.finditer(c.text, *head))
    for j in range(1, len(words) - 2):
        if words[j + 1].group().lower() not in SETTING_OBJECTS:
            continue  # (no determiner after the word: nearly every word)
        particle = j > 1 and words[j].group() in c.lex.frame_class("particle")
        i = j - 1 if particle else j  # 'held up a sign': the verb before its particle
        verb = words[i].group()
        if not (verb.isalpha() and verb.islower() and c.lex.past_form(verb)):
            continue
        if verb in c.lex.cue_lemma:
            return head  # 'He said the figures, released on Friday, showed C': a frame's
        if any(w.group().lower() in ("that", "who", "which") for w in words[:i]):
            return head
        after = _subject_after_and(c, words[j + 2 :])
        if after is not None:
            return after  # 'The mayor visited the dam and analysts said C'
        k = i
        while k > 1 and (words[k - 1].group().endswith("ly") or words[k - 1].group() in (
            c.lex.union("aux", "verbish", "verb_adverb"))):
            k -= 1  # 'jokingly offered', 'has launched', 'even gave'
        subject = fr._strip_span(c.text, head[0], words[k - 1].end())
        relative = words[-1].group() in OBJECT_RELATIVE  # 'released a video that said C'
        if relative:  # the object's own clause: any noun phrase before the verb speaks
            subject = subject[0], fr._without_time_after(c.text, *subject, c.lex)
        return subject if fr._speakerlike(c.text, *subject, c.lex, loose=relative) else head
    return head


def _subject_after_and(c: Ctx, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The words after the last 'and' or 'but' of a verb's object, when they name a speaker
    and hold no verb: the subject of a clause of its own, which the cue is the verb of ('The
    mayor visited the dam and analysts said C'); None for none ('visited the dam and issued
    a statement', 'met the mayor and the', 'made a film and ad campaign that': the object's
    relative clause)."""
    cut = next((j for j in range(len(words) - 1, -1, -1)
                if words[j].group() in ("and", "but")), None)
    if cut is None or not 0 < len(words) - cut - 1 <= MAX_NAME_WORDS:
        return None  # (no 'and' in the object: nearly every window)
    rest = words[cut + 1 :]
    verbs = c.lex.union("aux", "verbish", "verb_adverb")
    if any(w.group().islower() and (w.group() in verbs or c.lex.past_form(w.group())
                                    or w.group() in RELATIVE_CUT or w.group() == "that")
           for w in rest) or rest[-1].group().lower() in DETERMINERS:
        return None
    span = fr._strip_span(c.text, rest[0].start(), rest[-1].end())
    return span if fr._speakerlike(c.text, *span, c.lex) else None


def _before_owning_verb(c: Ctx, head: tuple[int, int]) -> tuple[int, int]:
    """A subject window that ends with a verb (an '-s' or past form, a particle after it)
    and a possessive determiner right before a cue noun ('Ann Lee continues her criticism
    of', 'Tom Hall stepped up his attacks on'): the determiner stands for the verb's subject,
    who speaks; the words before the verb (and its auxiliaries and adverbs). Else ``head``
    ('Ann Lee and her', 'the mayor of her')."""
    cut = c.text.rfind(" ", head[0], head[1])
    if cut < 0 or c.text[cut + 1 : head[1]].lower() not in POSSESSIVE_DETERMINERS:
        return head  # (no possessive ends the window: nearly every subject)
    words = list(RE_TOKEN.finditer(c.text, head[0], cut))
    k = len(words) - 1
    if k > 0 and words[k].group() in c.lex.frame_class("particle"):
        k -= 1  # 'stepped up'
    verb = words[k].group() if k > 0 else ""
    if not verb.isalpha() or not verb.islower() or not (
        verb in c.lex.union("past", "participle")
        or c.lex.past_form(verb)
        or verb.endswith("s") and not verb.endswith("ss")
    ):
        return head
    adverbs = c.lex.union("aux", "verbish")
    while k > 0 and (words[k - 1].group() in adverbs or words[k - 1].group().endswith("ly")):
        k -= 1  # 'has long voiced', 'repeatedly renews'
    subject = fr._strip_span(c.text, head[0], words[k - 1].end()) if k > 0 else head
    return subject if fr._speakerlike(c.text, *subject, c.lex) else head


def _before_purpose_verb(c: Ctx, head: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """The subject of an infinitive cue of purpose is the words before the main verb the
    subject window took in ('Ann Lee took to Twitter to say C': 'Ann Lee'; 'Tom Hall used
    the speech to argue C'): a past form after the first word; else ``head``."""
    infinitive = c.text[cue_start : cue_start + 3].lower() == "to "  # the cue 'to endorse'
    if not (infinitive or RE_TO_BEFORE.search(c.text, head[1], cue_start)):
        return head
    tokens = list(RE_TOKEN.finditer(c.text, head[0], head[1]))
    for prev, tok in zip(tokens, tokens[1:], strict=False):
        word = tok.group().lower()
        if word in c.lex.frame_class("past") or word.isalpha() and c.lex.past_form(word):
            if word in c.lex.frame_class("object_control"):
                return head  # 'prompted Ann Lee to say': the object says it
            cut = fr._clean_subject(c.text, head[0], prev.end(), c.lex)
            return cut if cut[1] > cut[0] else head
    return head


def _named_after_named(c: Ctx, segments: list[tuple[int, int]]) -> bool:
    """After a fronted adverbial, the comma parts left are names, the last a short one
    right before the cue ('After visiting Acme, Big Co (BC), Ann Lee said'): the parts
    before it name the adverbial's object again, the last is the subject (a description
    of a subject is lower case: 'After the vote, Ann Lee, the mayor, said')."""
    if len(segments) < 2:
        return False
    parts = [c.text[a:b].split() for a, b in segments]
    last = parts[-1]
    if not 0 < len(last) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in last):
        return False
    if last[-1].strip(".").lower() in c.lex.speaker_class("company_suffix"):
        return False  # 'Toyota Motor Sales, U.S.A. Inc said': one name
    return all(p and p[0][:1].isupper() and p[-1][:1] in UPPER_OR_PAREN for p in parts[:-1])


def _restrictive_relative(
    c: Ctx, span: tuple[int, int]
) -> tuple[tuple[int, int], None, str] | None:
    """A subject window that ends with a relative pronoun right after its noun, no comma
    between ("voters who say", "the leaders who have backed"): the pronoun is the subject
    and the noun phrase before it its antecedent."""
    tail = c.text[span[0] : span[1]].rsplit(None, 1)  # (the last word, read first)
    pronoun = RE_CONTRACTION.sub("", tail[-1]) if tail else ""  # "who've": "who"
    if len(tail) < 2 or pronoun not in RELATIVE:  # not a title's "Who"
        return None
    tokens = list(RE_TOKEN.finditer(c.text, *span))
    head = trailing_np(c, (span[0], tokens[-2].end()))
    if head is None:
        return None
    return (tokens[-1].start(), tokens[-1].start() + len(pronoun)), None, c.text[head[0] : head[1]]


def _relative_after_clause(
    c: Ctx, last: tuple[int, int]
) -> tuple[tuple[int, int], None, str] | None:
    """ "The mayor met voters who said C", where the words before the cue read as a subject:
    the speaker is the relative pronoun that ends them, standing for the noun phrase before
    it ("voters"), as after a comma ("Ann Lee, who said C"); None when no noun phrase comes
    before it. (``_restrictive_relative`` reads the same shape where they read as a clause.)"""
    tail = c.text[last[0] : last[1]].rsplit(None, 1)  # (the last word, read first)
    pronoun = RE_CONTRACTION.sub("", tail[-1]) if tail else ""  # "who'd": "who"
    if len(tail) < 2 or pronoun.lower() != "who":
        return None
    words = list(RE_TOKEN.finditer(c.text, *last))
    head = narrow_subject(c, (last[0], words[-1].start()))
    if head is None:
        return None
    verbs = c.lex.union("past", "participle")
    start = head[0]
    for t in RE_TOKEN.finditer(c.text, *head):  # "The mayor met voters who": "voters"
        word = t.group()
        if word[:1].islower() and (word in verbs or word.endswith("ed")):
            start = t.end()
    head = fr._strip_span(c.text, start, head[1])
    function_words = c.lex.union("not_speaker", plus=DEMONSTRATIVES)
    if all(w in function_words for w in fr._words(c.text[head[0] : head[1]])):
        return None  # "those who said": no noun to stand for
    return (words[-1].start(), words[-1].start() + len(pronoun)), None, c.text[head[0] : head[1]]


def _relative_that(c: Ctx, last: tuple[int, int]) -> tuple[tuple[int, int], None, str] | None:
    """A subject window that ends with a relative 'that' right after its noun ("a group
    that", "Fans of a group that"): the speaker is the pronoun, standing for the noun
    phrase before it, as with 'who' (``_relative_after_clause``). None when a past verb
    comes before that noun phrase ("Ann released a video that said C": Ann speaks) or no
    noun comes before 'that' ("you're that", "similar to that"). (The caller reads it only
    right before the cue: not 'that' of "at the base that night said".)"""
    that = last[1] - len("that")
    head = trailing_np(c, (last[0], that))
    if head is None:
        return None
    verbs = c.lex.union("past", "participle")
    for t in RE_TOKEN.finditer(c.text, last[0], that):
        word = t.group()
        if word[:1].islower() and (word in verbs or word.endswith("ed")):
            return None
    function_words = c.lex.union("not_speaker", plus=DEMONSTRATIVES)
    if all(w in function_words for w in fr._words(c.text[head[0] : head[1]])):
        return None  # "those that said": no noun to stand for
    return (that, last[1]), None, c.text[head[0] : head[1]]


def trailing_np(c: Ctx, span: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase that ends ``span``: the words back to a determiner (kept), or to a
    function word, verb, time word or comma (dropped); "of" and "and" inside a name are kept
    ("Bank of Tokyo"). None when ``span`` ends in such a word."""
    tokens = [(t.start(), t.end(), t.group()) for t in RE_TOKEN.finditer(c.text, *span)]
    stops = c.lex.union("verbish", "subordinator", "time", "time_lead", speaker=("not_role",))
    i = len(tokens)
    while i > 0:
        word = tokens[i - 1][2]
        bare = word.lower().strip(",.;:'’\"()")
        if bare in DETERMINERS:
            i -= 1
            break
        inside_name = 1 < i < len(tokens) and tokens[i][2][:1].isupper()
        if bare in NAME_JOINERS and inside_name and tokens[i - 2][2][:1].isupper():
            i -= 1
            continue
        if bare in stops or word.endswith((",", ";", ":")) and i < len(tokens):
            break
        if word[:1].islower() and i < len(tokens) and tokens[i][2][:1].isupper():
            break  # "met Ann Lee": a name does not take the word before it
        i -= 1
    if i == len(tokens):
        return None
    return fr._strip_span(c.text, tokens[i][0], tokens[-1][1])


def _adverbial_segment(c: Ctx, span: tuple[int, int]) -> bool:
    """A comma segment before the subject that is an adverbial: it opens with an opener
    ("In the end", "However"; a connector only when nothing but openers follow it: "But
    Williams" is a subject), or it is one adverb ("First", "Separately") or ends with a time
    word ("Two days later", "Last week")."""
    words = fr._words(c.text[span[0] : span[1]])
    if not words:
        return False
    openers, connectors = c.lex.frame_class("opener"), c.lex.frame_class("connector")
    if words[0] in openers:
        rest = [w for w in words if w not in connectors]
        return words[0] not in connectors or not rest or rest[0] in openers
    time = c.lex.union("time", "time_lead", plus=TIME_ENDS)
    if len(words) == 1:
        not_speaker = c.lex.union("not_speaker", "time", "time_lead", plus=TIME_ENDS)
        return words[0] in not_speaker or words[0].endswith("ly")
    return words[-1] in time and len(words) <= MAX_NAME_WORDS


def state_after_city(c: Ctx, before: tuple[int, int], part: tuple[int, int]) -> bool:
    """The comma part only names a state or a country (classes place and
    state_abbreviation) and the part before it ends in a capitalised word, the city: the
    place goes on with the phrase before it ("in Ames, Iowa,", "in Riverton, N.H.,")."""
    words = c.text[part[0] : part[1]].split()
    last = c.text[before[0] : before[1]].rsplit(None, 1)[-1:]
    if not 0 < len(words) <= MAX_NAME_WORDS or not last or not last[0][:1].isupper():
        return False
    name = " ".join(words).lower()
    return name in c.lex.speaker_class("state_abbreviation") or (
        name in c.lex.speaker_class("place")
    )


def _name_list(c: Ctx, segments: list[tuple[int, int]]) -> bool:
    """A list of three or more names with a comma before its 'and' ("Ann Lee, Tom Hall, and
    Bo Chan"), each a few capitalised words: they speak together, no clause opens at the
    'and'. (Without that comma the first name stays the speaker, as tests pin.)"""
    parts = [c.text[a:b].split() for a, b in segments]
    if len(parts) < MIN_LISTED or parts[-1][:1] != ["and"]:
        return False
    names = [*parts[:-1], parts[-1][1:]]
    return all(0 < len(p) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in p) for p in names)


def _opens_clause(c: Ctx, seg: tuple[int, int]) -> bool:
    """A comma segment before a cue opens a clause of its own ("..., and Tom Hall said",
    "..., while Tom Hall said"; class ``clause_coordinator``): the subject starts in it,
    whatever the segments before it."""
    words = c.text[seg[0] : seg[1]].split(None, 1)  # the first word and the rest
    return bool(words) and words[0].lower() in c.lex.frame_class("clause_coordinator")


def _ends_subject(c: Ctx, first: tuple[int, int], last: tuple[int, int]) -> bool:
    """Whether the last comma segment before a cue is the whole subject: a lower-case phrase
    ("officials"), a pronoun, or a name after a segment that cannot open a subject."""
    word = c.text[last[0] : last[1]].lower()
    head = c.text[first[0] : first[1]].lstrip(' \u201d"')
    opening = head.split(None, 1)[:1]  # (not every word of a long segment)
    lead = opening[0].lower() if opening else ""
    return (
        c.text[last[0]].islower()
        or word in PERSONAL
        or head[:1].islower()
        and lead not in DETERMINERS
        or lead in c.lex.frame_class("subordinator")  # "Once a proponent, Ann Lee said"
        or lead.endswith(("ing", "ed"))  # "Informed of the plan, Ann Lee said"
        and n_words(c, last) <= MAX_NAME_WORDS
    )


def participle_lead(c: Ctx, words: list[str]) -> bool:
    """The first two words of a comma part are a capitalised '-ing' participle and its
    object, a preposition or a particle (class participle_object: "Facing a backlash",
    "Walking to the next house"): a fronted clause, not the subject ("Leading economists")."""
    return (
        len(words) > 1
        and words[0].endswith("ing")
        and words[0][:1].isupper()
        and words[1] in c.lex.frame_class("participle_object")
    )


def fronted_verbal(c: Ctx, part: str, after: str) -> bool:
    """A comma part ``part`` opens with a capitalised '-ing' or '-ed' word before a
    lower-case one ("Facing mounting criticism", "Rallying hundreds of workers", "Reached by
    phone"), or is one '-ly' adverb that is no first name ("Publicly"; not 'Kelly'), or a
    time of up to five words ending in a time word ("Just a few months ago"), and the part
    ``after`` it opens with a subject (a capitalised word, a determiner or a personal
    pronoun): a fronted phrase, not the subject; not "Leading economists, including X,",
    nor an adjective before a role and a name ("Embattled mayor Tom Hall ...")."""
    head = part.lstrip()
    if not head[:1].isupper():
        return False  # (a lower-case part: no fronted phrase)
    first = head.split(None, 1)[0]
    if not first.endswith(("ing", "ed", "ly")) and head.rsplit(None, 1)[-1] not in TIME_ENDS:
        return False  # (no such word: nearly every comma part)
    opening = after.split(None, 1)[:1]
    if not opening or not (
        opening[0][:1].isupper() or opening[0] in DETERMINERS or opening[0] in PERSONAL
    ):
        return False
    words, low = head.split(), first.lower()
    if len(words) == 1:
        return low.endswith("ly") and low not in c.lex.union(
            speaker=("first_male", "first_female")
        )
    if words[-1].lower() in TIME_ENDS and len(words) <= MAX_NAME_WORDS + 1:
        return True  # "Just a few months ago"
    if len(words) > 2 and words[2][:1].isupper() and words[1] in c.lex.union(
        speaker=("title", "person_noun")
    ):
        return False  # "Celebrated singer Ann Lee ...": a role before a name, the subject
    return words[1][:1].islower() and (
        low.endswith("ing") and len(low) > MIN_PARTICIPLE or c.lex.past_form(low)
    )
