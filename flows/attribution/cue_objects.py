"""What a cue's object, hearer or stance noun leaves of its content (``content_start``
skips them): a stance noun and its preposition ('expressed concern about C'), a hearer, a
comma and a clause ('told the crowd, she would C'), a subject after the hearer ('told host
Ann Lee she believed that C'), an object before a topic ('asked him about C'), and whether
an aside before a quotation is an infinitive or an object rather than a setting."""

from __future__ import annotations

import re

from flows.attribution.catenatives import OBJECT_LEADS, has_infinitive
from flows.attribution.cue_settings import NOT_IN_OBJECT, OBJECT_PRONOUNS
from flows.attribution.lexicon import Lexicon
from flows.attribution.spans import _words

__all__ = [
    "CLAUSE_WORDS",
    "MAX_HEARER_CHARS",
    "about_object",
    "after_amount",
    "after_hearer_comma",
    "after_stance_noun",
    "after_to_hearer",
    "infinitive_lead",
    "object_after_setting",
    "object_words",
    "subject_start",
]

RE_STANCE_OBJECT = re.compile(  # up to two modifiers, a noun, a preposition: ' no interest in '
    r" +((?:[a-z]+ +){0,2}?)([a-z]+) +(for|in|about|over|of|with|toward|towards|to) +(?=\S)"
)
RE_AMOUNT_ABOUT = re.compile(  # ' almost nothing about ', ' little about '
    r" +(?:(almost|very|so|next to) +)?([a-z]+) +about +(?=\S)"
)
RE_TO_HEARER_TOPIC = re.compile(  # ' to the board why ', ' to Tom Hall about '
    r" to +((?:[\w.'’-]+ +){1,4}?)(?:why|how|what|whether|about) +(?=\S)"
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
CLAUSE_WORDS = frozenset(
    ["and", "but", "or", "that", "which", "who", "he", "she", "they", "we", "i"]
)
RE_TOPIC_END = re.compile(r"[,.;:!?()\"\u201c\u201d]")  # punctuation that ends a topic
MIN_TOPIC_WORDS = 3


def after_stance_noun(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
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
    if m.group(3) == "to" and has_infinitive(text[m.start(3) : end]) and not RE_GERUND.match(after):
        return m.start(3)  # 'showed no inclination to run': the infinitive is the content
    return m.end()


def after_amount(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """After a cue of class ``amount_cue``, a word of class ``topic_amount`` (perhaps after
    'almost', 'very', 'so' or 'next to') and 'about': where the topic starts, which is what
    the row reports ('said little about C', 'is not saying much about C', 'said almost
    nothing about C'). Not another word before 'about' ('said one word about C')."""
    m = RE_AMOUNT_ABOUT.match(text, pos, end)
    if m is None or m.group(2) not in lex.frame_class("topic_amount"):
        return None
    return m.end()


def after_to_hearer(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """After a cue of class ``to_hearer_cue``, 'to' and a hearer (a name, a pronoun, or a
    determiner and a few words: ``object_words``) before a question word or 'about': where
    that word starts, what was said ('explained to the board why C', 'complained to Tom Hall
    about C'). Not 'to' before a verb or a preposition ('explained to be C')."""
    m = RE_TO_HEARER_TOPIC.match(text, pos, end)
    if m is None or not object_words(_words(m.group(1)), m.group(1).split(), lex, True):
        return None
    return m.end(1)


def after_hearer_comma(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """After a cue of class OBJECT_CUES, its hearer ('the crowd', 'reporters', 'Ann Lee'),
    a comma and a subject pronoun before a verb: the clause after the comma is what was said
    ('tells the crowd, she has been C', 'told reporters, they should C'). Not a setting
    ('asked in front of friends, she may C': no hearer)."""
    m = RE_HEARER_COMMA.match(text, pos, end)
    if m is None:
        return None
    raw = m.group(1).split()
    return m.end() if object_words(_words(m.group(1)), raw, lex, True) else None


def subject_start(head: str) -> int | None:
    """Where a subject pronoun after the hearer opens a clause between a cue of class
    OBJECT_CUES and a 'that' ('told host Ann Lee she believed that C': what was said is 'she
    believed that C'); None for none, or one after a subordinator ('told reporters when she
    arrived that C')."""
    m = RE_SUBJECT_AFTER_HEARER.search(head)
    return None if m is None or m.group(1).lower() in SUBORDINATORS else m.start(2)


def infinitive_lead(words: list[str], lex: Lexicon) -> bool:
    """The aside opens with 'to' and a verb ('pledged to republish his book, "C"', not 'said
    to reporters, "C"' nor 'wrote to the council'): an infinitive, no setting of the frame; a
    lower-case word after 'to' that no setting, determiner or object reads, and no plural."""
    if len(words) < 2:
        return False
    verb = words[1]
    settings = lex.union("skip", "setting_noun", "noun_determiner", plus=OBJECT_LEADS)
    return verb.isalpha() and verb.islower() and not verb.endswith("s") and verb not in settings


def object_after_setting(words: list[str], lex: Lexicon) -> bool:
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


def object_words(words: list[str], raw: list[str], lex: Lexicon, plural: bool) -> bool:
    """Whether ``words`` read as the object of a cue: a name or a determiner phrase without
    a verb or a preposition ("the mayor", "Ann Lee", "them"); with ``plural``, also one
    plural noun ("workers", "voters")."""
    clause = lex.union("verbish", "aux", plus=NOT_IN_OBJECT)
    if plural and len(words) == 1 and raw[0].islower() and words[0].endswith("s"):
        return words[0] not in clause
    if not words or not (raw[0][:1].isupper() or words[0] in OBJECT_LEADS):
        return False
    return not set(words) & clause


def about_object(raw: list[str], topic: str, lex: Lexicon) -> bool:
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
