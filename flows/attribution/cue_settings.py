"""A time or setting of speech between a cue (and its object) and a complement with no
'that' ('said on Monday it would', 'told Reuters in an interview the plan had'):
``clause_after_setting`` is where that clause starts, after the phrases it skips."""

from __future__ import annotations

import re

from flows.attribution.catenatives import RE_INFINITIVE_TAIL
from flows.attribution.lexicon import Lexicon

__all__ = ["NOT_IN_OBJECT", "OBJECT_PRONOUNS", "RE_CONTRACTED_VERB", "clause_after_setting"]

NOT_IN_OBJECT = frozenset(
    ["to", "of", "even", "that", "and", "but", "about", "as", "only", "with", "for", "from", "by"]
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


def clause_after_setting(
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
