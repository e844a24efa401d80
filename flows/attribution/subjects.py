"""Subjects: the context a sentence is read in (``Ctx``), the word sets subject readers
share, and the noun phrase that ends a subject window (``narrow_subject``: past a relative
clause, an aside between dashes, a subordinator, a credit, a heading or a fronted time).
(``post_subjects`` reads the subject right before a cue, ``leading_subjects`` the one a
sentence opens with.)"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter

from flows.attribution import frames as fr
from flows.attribution.lexicon import Lexicon
from flows.attribution.quotes import QuoteIndex
from flows.attribution.spans import ARTICLES, POSSESSIVE_DETERMINERS
from flows.records import Sentence

__all__ = [
    "Ctx",
    "DASHES",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "MAX_NAME_WORDS",
    "NAME_JOINERS",
    "PERSONAL",
    "RELATIVE",
    "RELATIVE_CUT",
    "RE_TOKEN",
    "n_words",
    "narrow_subject",
]

RE_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year after a month
RE_TOKEN = re.compile(r"\S+")
RELATIVE = frozenset({"who", "which"})
RELATIVE_CUT = frozenset({"who", "which", "whose", "whom"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PERSONAL = frozenset({"he", "she", "they", "we", "i"})
NAME_JOINERS = frozenset({"of", "and", "&", "de", "for"})
MAX_NAME_WORDS = 4
MAX_SUBJECT_TOKENS = 16
_low = itemgetter(1)  # a token's lower-case stripped word
DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS | {"some", "many", "most"}
FRONTED_LINKS = frozenset({"to", "by", "than", "like"})  # 'a speech to the nation'
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


def _present_verb(c: Ctx, tokens: list[tuple[str, str, int]], i: int,
                  verbs: frozenset[str]) -> bool:
    """A lower-case '-s' word right after a relative 'that' with its object after it, a
    determiner or one last word ('the firm that makes cars', 'that runs the dam'): a present
    verb; one with nothing, a verb or another word after it is the subject of a complement
    clause ('the news that officials said', 'that officials have', 'that voters outside
    the city')."""
    word, low, _ = tokens[i]
    if i + 1 >= len(tokens) or word != low or len(low) <= 3 or not low.endswith("s"):
        return False
    obj, obj_low, _ = tokens[i + 1]
    if low.endswith(("ss", "'s", "\u2019s")) or not obj[:1].islower():
        return False
    return obj_low in DETERMINERS or (
        i + 2 == len(tokens) and obj_low not in c.lex.union("np_link", plus=verbs))


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
        if not (nxt in verbs or nxt.endswith("ed") or _present_verb(c, tokens, i + 1, verbs)):
            continue
        head = tokens[max(0, i - 3) : i]
        opens = [k for k, t in enumerate(head) if t[1] in DETERMINERS]
        noun = head[opens[-1] + 1 :] if opens else []
        if noun and all(w[:1].islower() for w, _, _ in noun) and not any(
            w[:1].islower() and (lw in verbs or lw.endswith("ed")) for w, lw, _ in tokens[:i]
        ):  # (no verb before it: 'The two sides settled in a deal that has ...' is a clause)
            return i
    return len(tokens)


