"""Cue words read as nouns: 'the show', 'Clinton's claim', 'a proposed cutoff'.

A cue form right after a determiner or a possessive ('the', 'a', 'his', "Trump's") is a
noun (or an adjective before one), not the reporting verb. A noun reports something only
with a complement clause: 'Trump's claim that C', 'the warning "C"', 'his hope to C',
'the question whether C'. Without one, the words read after it are the rest of the
sentence ("Clinton's claim gives corporations ...", 'the show guests were ...'), and the
post frame is dropped. A contracted verb ("he's claiming", "let's say") is no possessive.
"""

from __future__ import annotations

import re

from flows.attribution.frames import QUOTE_OPEN

__all__ = ["noun_without_clause"]

DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these"]
    + ["those", "every", "each", "no", "any"]
)
FLOAT_BLOCKERS = frozenset(["for", "of", "as", "in", "on", "to", "at", "by", "with", "from"])
POSSESSIVE = ("'s", "\u2019s")
CONTRACTED = frozenset(["he", "she", "it", "let", "that", "there", "who", "what", "here"])
CLAUSE_LEADS = frozenset(["that", "to", "whether", "if", "how", "why", "what", "who"])
SUBJECT_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i"])
BEFORE_CHARS = 30
RE_WORD = re.compile(r"[\w'’]+")
RE_FIRST = re.compile(r"[\s:,\u2014-]*(\S)(\S*)")  # past a colon or a dash: "her warning: \"C\""


def noun_without_clause(
    text: str, cue: tuple[int, int], content: tuple[int, int], participles: frozenset[str]
) -> bool:
    """Whether the cue is a noun and the content after it no clause. After a possessive a
    past form stays a verb ("Moody's said", "Heck's added"): a company's name; so does an
    -s form before a determiner or a pronoun ("Moody's says the outlook ...", not "Lee's
    claims about ...")."""
    before = text[max(0, cue[0] - BEFORE_CHARS) : cue[0]].split()
    if not before or not RE_WORD.fullmatch(before[-1]):  # the word right before the cue
        return False
    word, form = before[-1].lower(), text[cue[0] : cue[1]].lower()
    possessive = word.endswith(POSSESSIVE) and word[:-2] not in CONTRACTED
    past = form.endswith("ed") or form in participles
    if word not in DETERMINERS and not (possessive and not past):
        return False
    if _floating(before):
        return False
    if content[0] >= content[1]:
        return True
    first = RE_FIRST.match(text, cue[1], content[1])  # the word after the cue: 'claim that'
    if first is None:
        return True
    word = (first.group(1) + first.group(2)).lower().strip(",:")
    if possessive and form.endswith("s") and word in DETERMINERS | SUBJECT_PRONOUNS:
        return False
    return first.group(1) not in QUOTE_OPEN and word not in CLAUSE_LEADS


def _floating(before: list[str]) -> bool:
    """'each' after its noun phrase ('the firms each said'), not after a preposition, a
    comma or a sentence end ('for each preferred share', 'Each note is'): a pronoun."""
    if len(before) < 2 or before[-1].lower() != "each":
        return False
    return RE_WORD.fullmatch(before[-2]) is not None and before[-2].lower() not in FLOAT_BLOCKERS
