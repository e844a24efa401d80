"""Cue words read as nouns: 'the show', 'Clinton's claim', 'a proposed cutoff'.

A cue form right after a determiner or a possessive ('the', 'a', 'his', "Trump's"), or
after a determiner and an '-ly' adverb or a degree word ('a racially charged', 'the newly
announced', 'a more worrying'), is a noun (or an adjective before one), not the reporting
verb. A noun reports something only with a complement clause: 'Trump's claim that C', 'the
warning "C"', 'his hope to C', 'the question whether C'. Without one, the words read after
it are the rest of the sentence ("Clinton's claim gives corporations ...", 'the show guests
were ...'), and the post frame is dropped. A contracted verb ("he's claiming", "let's say")
is no possessive.

The word classes come from ``data/frame_words.tsv``: ``noun_determiner``, ``float_blocker``,
``contracted``, ``noun_clause_lead``, ``subject_pronoun``, ``participle`` and
``degree_adverb``.
"""

from __future__ import annotations

import re

from flows.attribution.frames import QUOTE_OPEN
from flows.attribution.lexicon import Lexicon, cue_form
from flows.attribution.spans import POSSESSIVE_DETERMINERS

__all__ = ["POSSESSIVE", "noun_clause_end", "noun_without_clause", "owner_gap", "possessor"]

POSSESSIVE = ("'s", "\u2019s")  # the endings of a possessive: "Trump's", "Trump’s"
BEFORE_CHARS = 30
MAX_NOUN_WORDS = 6  # words of a noun phrase opening a sentence up to its cue noun
MAX_BARE_MODIFIERS = 2  # words before a cue noun with no determiner: 'Market concerns about'
RE_PLAIN_WORD = re.compile(r"[\w'’]+")  # letters, digits and apostrophes, no punctuation
RE_FIRST = re.compile(r"[\s:,\u2014-]*(\S)(\S*)")  # past a colon or a dash: "her warning: \"C\""
RE_CLAUSE_TOKEN = re.compile(r"[\w'’]+|[,;:()\u2013\u2014]|(?<=\s)-(?=\s)")  # words, asides


def noun_without_clause(
    text: str, cue: tuple[int, int], content: tuple[int, int], lex: Lexicon
) -> bool:
    """Whether the cue is a noun and the content after it no clause. After a possessive a
    past form stays a verb ("Moody's said", "Heck's added"): a company's name; so does an
    -s form before a determiner or a pronoun ("Moody's says the outlook ...", not "Lee's
    claims about ...")."""
    if text.startswith("s", cue[1] - 1) and _verb_after_plural(text, cue, lex):
        return True  # 'Press reports suggest that C': 'reports' is the subject of 'suggest'
    before = text[max(0, cue[0] - BEFORE_CHARS) : cue[0]].split()
    if not before or not RE_PLAIN_WORD.fullmatch(before[-1]):  # the word right before the cue
        return False
    word, form = before[-1].lower(), text[cue[0] : cue[1]].lower()
    if word == "a" and _letter_name(before):
        return False  # 'Team A said C': a name's letter, no article
    possessive = word.endswith(POSSESSIVE) and word[:-2] not in lex.frame_class("contracted")
    past = form.endswith("ed") or form in lex.frame_class("participle")
    determiners = lex.frame_class("noun_determiner")
    if _modifier_after_determiner(before, lex) or _bare_after_modifier(before, form, past, lex):
        word = before[-2].lower()  # 'a racially charged debate', 'a previous estimate'
    elif word not in determiners and not (possessive and not past):
        return False
    if _floating(before, lex):
        return False
    if content[0] >= content[1]:
        return True
    first = RE_FIRST.match(text, cue[1], content[1])  # the word after the cue: 'claim that'
    if first is None:
        return True
    word = (first.group(1) + first.group(2)).lower().strip(",:")
    pronouns = lex.frame_class("subject_pronoun")  # "Moody's says it ...": a verb
    if possessive and form.endswith("s") and word in determiners | pronouns:
        return False
    return first.group(1) not in QUOTE_OPEN and word not in lex.frame_class("noun_clause_lead")


def noun_clause_end(
    text: str, sentence_start: int, cue: tuple[int, int], content: tuple[int, int], lex: Lexicon
) -> int:
    """The end of the 'that' clause of a cue noun whose noun phrase opens the sentence, before
    the main clause's verb: "Ann Lee's claim that the dam was safe drew scorn" ends at 'safe'.
    The clause has one verb, and one more after each word that opens a clause of its own
    (class ``inner_clause_lead``: 'who', 'and' ...). An aside (a comma or a dash before the
    verb: 'the dam, built in 1950, was safe', 'Ann Lee - accused by X - be ...') leaves the
    end as it was, ``content[1]``, as does a cue that is no noun opening the sentence."""
    before = text[sentence_start : cue[0]].split()
    lead = text[cue[1] : content[0]].split()
    clause = [w.lower() for w in lead] == ["that"]
    if not before or lead and not clause or len(before) > MAX_NOUN_WORDS:
        return content[1]  # (or an object right after the cue: 'His attacks on X are ...')
    word = before[-1].lower()
    if not (word.endswith(POSSESSIVE) or word in lex.frame_class("noun_determiner")
            or _bare_modifier(text[cue[0] : cue[1]], before, lex)
            or len(before) > 1  # 'His stern warning that C went unheeded'
            and (before[-2].endswith(POSSESSIVE) or before[-2].lower() in POSSESSIVE_DETERMINERS)
            and _owner_modifier(text, text.rfind(" ", 0, cue[0] - 1), cue[0], lex)):
        return content[1]
    if not clause and not _noun_object_subject(text[cue[0] : cue[1]], before, lex):
        return content[1]
    if any(_finite(w, lex) for w in before[:-1]):
        return content[1]  # 'The mayor rejected Ann Lee's claim that C': an object
    verbs, expected, prior = 0, 1 if clause else 0, ""  # an object has no verb of its own
    for token in RE_CLAUSE_TOKEN.finditer(text, *content):
        low = token.group().lower()
        if not low[0].isalnum():
            if low == "," and _fronted_phrase(before[0], lex):
                if verbs >= expected:
                    return _trimmed_end(text, content[0], token.start())
                continue  # 'Despite Lee's claim that rents, fees and taxes would rise, ...'
            return content[1]  # an aside: which verb is whose is not read here
        if low in lex.frame_class("inner_clause_lead"):
            expected += 1
        elif _finite(token.group(), lex) and not _in_verb_group(prior, lex):
            if verbs >= expected:
                return _trimmed_end(text, content[0], token.start())
            verbs += 1
        prior = low
    return content[1]


def _fronted_phrase(first: str, lex: Lexicon) -> bool:
    """The sentence opens with a preposition or a conjunction of a fronted phrase (classes
    fronted_adjunct, adverbial_lead, fronted_opener): the noun phrase of the cue is its
    object, so a comma after the 'that' clause's verb closes the phrase before the main
    clause ('Despite Ann Lee's insistence that the plan would work, shares fell'); a comma
    before that verb is one of a list or an aside inside the clause."""
    return first.lower() in lex.union("fronted_adjunct", "adverbial_lead", "fronted_opener")


def _bare_modifier(cue: str, before: list[str], lex: Lexicon) -> bool:
    """A plural noun of class ``content_noun`` that is no verb form of a cue, with its
    preposition, after at most ``MAX_BARE_MODIFIERS`` words with no determiner, the words
    after the first lower-case ('Market concerns about C has hit'): the noun phrase opens
    the sentence as its subject. Not a form that is a verb too ('Lee talks about the plan
    he has drafted', 'Analysts' fears': class content_noun holds 'fears', a cue form)."""
    if len(before) > MAX_BARE_MODIFIERS or " " not in cue:
        return False  # cheap: a longer subject, or a one-word cue
    head, _, preposition = cue.lower().partition(" ")
    if not head.endswith("s"):
        return False
    if head not in lex.frame_class("content_noun") or head in lex.cue_lemma:
        return False
    return all(w.isalpha() and w.islower() for w in before[1:]) and before[0].isalpha()


def _noun_object_subject(cue: str, before: list[str], lex: Lexicon) -> bool:
    """The cue takes a noun phrase (learned shape "np": 'attacks on', not "Moody's said")
    and the words ``before`` it open the sentence's subject ('His attacks on the judge are
    ...', 'The disclosure of the emails could ...'): no contracted verb ("He's predicting",
    "Let's say": class contracted) and no -ing form, whose object the noun phrase would be
    ('Claiming the criticism of X is ...')."""
    if lex.cue_shape.get(cue_form(cue)) != "np":
        return False
    word = before[-1].lower()
    if word.endswith(POSSESSIVE) and word[:-2] in lex.frame_class("contracted"):
        return False
    return not any(w.lower().endswith("ing") for w in before)


def possessor(text: str, cue: tuple[int, int], start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The owner of a noun of speech (class ``speech_noun``) right after a possessive, from
    ``start``: "a fact-check on Ann Lee's claim that C" is Ann Lee's ("Ann Lee's": the
    capitalised words of a name), 'the mayor's warning' the mayor's, 'over her claim' hers
    (after a verb the verb's subject owns it: 'The board renewed its warning'). None for any
    other cue or word before it."""
    if text[cue[0] : cue[1]].lower() not in lex.frame_class("speech_noun"):
        return None
    words = list(RE_PLAIN_WORD.finditer(text, max(start, cue[0] - BEFORE_CHARS), cue[0]))
    if not words or text[words[-1].end() : cue[0]].strip():
        return None
    if len(words) > 1 and _owner_modifier(text, words[-2].end(), cue[0], lex):
        del words[-1]  # 'his stern warning that C', "the police's earlier claim that C"
    last = words[-1].group()
    if last.lower() in POSSESSIVE_DETERMINERS:  # not after a verb: 'renewed its warning'
        verb = len(words) > 1 and _finite(words[-2].group(), lex)
        return None if verb else words[-1].span()
    if not last.endswith(POSSESSIVE) or last[:-2].lower() in lex.frame_class("contracted"):
        return None
    first = len(words) - 1
    if last[:1].isupper():  # a name: its capitalised words, not a sentence's opener
        openers = lex.frame_class("opener")  # ("Despite Lee's claim", "Because Acme's claim")
        while first > 0 and words[first - 1].group()[:1].isupper() and len(words) - first < 4 \
                and words[first - 1].group().lower() not in openers:
            first -= 1
    elif first > 0 and words[first - 1].group().lower() in lex.frame_class("noun_determiner"):
        first -= 1  # 'the mayor's'
    return words[first].start(), words[-1].end()


def owner_gap(text: str, owner_end: int, noun_start: int, lex: Lexicon) -> bool:
    """Nothing, or one adjective (``_owner_modifier``), between the owner of a noun of
    speech and the noun ("Ann Lee's claim", "Ann Lee's earlier claim")."""
    return not text[owner_end:noun_start].strip() or _owner_modifier(
        text, owner_end, noun_start, lex
    )


def _owner_modifier(text: str, owner_end: int, noun_start: int, lex: Lexicon) -> bool:
    """One lower-case adjective between a possessive and a noun of speech: 'his stern
    warning', "Ann Lee's earlier claim", 'her repeated claims' (class ``owner_modifier``, or
    an ending of class ``adjective_suffix``); a noun there is the subject of a verb ('His
    lawyers claim C', 'Our correspondent says C')."""
    gap = text[owner_end:noun_start]
    if gap[:1] != " " or gap[-1:] != " ":
        return False  # cheap: most cue nouns follow their possessive right away
    word = gap[1:-1]
    if not (word.isalpha() and word.islower()) or word in lex.frame_class("participle_noun"):
        return False  # (one word: no spaces inside)
    if word not in lex.frame_class("owner_modifier") and not word.endswith(
        tuple(lex.frame_class("adjective_suffix"))
    ):
        return False
    space = text.rfind(" ", max(0, owner_end - BEFORE_CHARS), owner_end)
    owner = text[space + 1 : owner_end]
    return owner.lower() in POSSESSIVE_DETERMINERS or owner.endswith(POSSESSIVE)


def _letter_name(before: list[str]) -> bool:
    """The capital 'A' after a capitalised word ends a name ('Team A', 'Group A', 'Plan A'):
    a letter, no article (with a clause 'Team A said C' is a verb)."""
    return before[-1] == "A" and len(before) >= 2 and before[-2][:1].isupper() and (
        RE_PLAIN_WORD.fullmatch(before[-2]) is not None
    )


def _finite(word: str, lex: Lexicon) -> bool:
    """A lower-case finite verb (``Lexicon.verb_word``)."""
    return word.islower() and lex.verb_word(word)


def _in_verb_group(prior: str, lex: Lexicon) -> bool:
    """The word before is an auxiliary, 'not' or an adverb: the verb is no new one."""
    return prior == "not" or prior in lex.union("verbish", "past", "verb_adverb") or (
        prior.endswith("ly") and prior not in lex.frame_class("ly_noun")
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past spaces."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _modifier_after_determiner(before: list[str], lex: Lexicon) -> bool:
    """The cue follows a determiner and a lower-case '-ly' adverb ('a racially charged',
    'the previously announced') or a degree word ('a more worrying tone', class
    ``degree_adverb``): an adjective in a noun phrase, no verb ('the family said': '-ly'
    nouns, class ``ly_noun``, are no adverbs)."""
    if len(before) < 2 or before[-2].lower() not in lex.frame_class("noun_determiner"):
        return False
    word = before[-1]
    if word in lex.frame_class("degree_adverb"):  # 'a more worrying tone'
        return True
    return word.islower() and word.endswith("ly") and word not in lex.frame_class("ly_noun")


def _bare_after_modifier(before: list[str], form: str, past: bool, lex: Lexicon) -> bool:
    """A bare cue form (no '-s', '-ed' or '-ing') after a determiner and a lower-case word
    that cannot be its subject, so a noun: after 'a', 'an' or 'every' (class
    ``singular_determiner``) any word but a quantity (class ``plural_quantity``: 'a third
    say C'), a singular noun that would take 'estimates' ('a product recall', 'a massive
    demand'); after another determiner but 'those' or 'these' (class ``plural_determiner``:
    'those surveyed say C') an adjective by its ending (class ``adjective_suffix``: 'the
    previous estimate', 'its latest forecast'). 'the officials estimate', 'the police
    claim' and 'the accused deny' (class ``participle_noun``) stay verbs."""
    if past or len(before) < 2 or form.endswith(("s", "ing")):
        return False
    det, word = before[-2].lower(), before[-1]
    if det not in lex.frame_class("noun_determiner") or not word.isalpha() or not word.islower():
        return False
    if det in lex.frame_class("singular_determiner"):
        return word not in lex.frame_class("plural_quantity")  # not 'a third say C'
    if det in lex.frame_class("plural_determiner"):
        return False  # 'those surveyed say C'
    suffixes = tuple(lex.frame_class("adjective_suffix"))
    return word.endswith(suffixes) and word not in lex.frame_class("participle_noun")


def _verb_after_plural(text: str, cue: tuple[int, int], lex: Lexicon) -> bool:
    """The '-s' cue form is a plural noun when a bare verb that takes a clause (class
    ``plural_subject_verb``: 'say', 'suggest', 'indicate') follows it: 'Press reports suggest
    that C', 'News reports say C'; 'The paper reports that C' keeps its verb."""
    word = RE_PLAIN_WORD.match(text, cue[1] + 1)
    return (
        word is not None and text.startswith(" ", cue[1])
        and word.group() in lex.frame_class("plural_subject_verb")
    )


def _floating(before: list[str], lex: Lexicon) -> bool:
    """'each' after its noun phrase ('the firms each said'), not after a preposition, a
    comma or a sentence end ('for each preferred share', 'Each note is'): a pronoun."""
    if len(before) < 2 or before[-1].lower() != "each":
        return False
    blockers = lex.frame_class("float_blocker")
    return RE_PLAIN_WORD.fullmatch(before[-2]) is not None and before[-2].lower() not in blockers
