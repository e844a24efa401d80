"""Cue forms in a sense that reports nothing: the words around the cue tell.

Some cue forms have a second sense that the words right after them give away: 'appeared on
television', 'appears in court' and 'will appear at the rally' say where someone was, not
what seemed to be; 'found itself at the centre', 'found ways to save' say what happened,
not what was found to be so; 'a think tank' is a noun. The pairs are listed in
``data/frame_words.tsv`` as class ``other_sense`` (a cue form and the one or two words
after it, lower case); a cue followed by such words opens no frame ('appeared to waver',
'found that', 'think that' keep theirs). Nor does the head of a compound noun of class
``noun_compound`` (the word before the cue and the cue: 'a TV show', 'the growth
forecast'; 'figures show', 'analysts forecast' keep theirs), nor a passive after 'be' that
names someone (class ``unsaid_passive``: 'a trader who declined to be named said C'), nor
'found' after 'help' or 'to' (class ``other_sense_lead``: 'helped found the group'). Nor
an aspect verb (class ``aspect_verb``) before an infinitive or an '-ing' form of a verb
that is no cue, or before a noun phrase with a determiner and no 'that' or quotation
after it: 'continued to rise', 'continued its slide' tell what went on ('continued to
insist that C', 'continued his warnings that C' keep their frames). Nor a verb of class
``amount_verb`` before only an amount that moved ('shares added 5% to 740 yen', 'output
declined 0.2%', 'Brent added $1.89 to $48.62'): a percentage, points or money (class
``amount_unit``, or a currency sign), perhaps after a word of class ``amount_lead``
('more than 2%'), and then the sentence's end, a comma or a word of class
``amount_link`` ('to', 'or', 'at'); 'added 80,000 people came' and 'added 5% of the staff
would go' keep their frames. Nor a cue right after 'than' (and an '-ly' adverb): 'slower
than forecast', 'better than previously expected' compare. Nor a cue of class
``measure_object`` before an object that opens with a number or a sum, or names a result
(class ``result_noun``), and holds no verb up to the next punctuation: 'posted an 18% jump
in profit', 'posted a record loss', 'added 5 cents' give a result, not what was said
('added 300 people had died' keeps its frame). Nor a cue of class ``work_verb`` before an
object naming a work (class ``work_noun``) and only adjuncts: 'wrote a children's book',
'posted messages on Facebook'. Nor a cue of class ``infinitive_cue``
('plans', 'intends') that no 'to' follows: 'plans to build C' tells an intention, 'health
plans', 'the planned merger' tell none. Nor a cue of class ``as_cue`` ('see', 'cast') with no 'as'
within a few words after it and before punctuation ('such as' is none), or with 'as' right
after it: 'voters see him as a threat', 'cast herself as an outsider' tell a view, 'see the
film', 'we will see', 'cast a vote', 'cast as many as' tell none. Nor a cue of class
``quote_cue`` ('read') with no quotation opening right after it or closing just before its
subject: '"C," the memo read', 'a sign that read "C"' tell what was written, 'read the
report' tells none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flows.attribution.frames import QUOTE_OPEN
from flows.attribution.lexicon import CueHit, Lexicon, cue_form
from flows.attribution.spans import POSSESSIVE_DETERMINERS

__all__ = ["naming_participle", "noun_after_verb", "other_sense"]

# an object opening with a number or a sum ('an 18% jump', '5 cents', 'another $2bn'), up to
# the next punctuation (a comma between digits is no punctuation: '178,000 jobs')
RE_NUMBER_LEAD = re.compile(r"\s+(?:(?:a|an|another)\s+)?[$\u00a3\u20ac]?\d")
RE_OBJECT_WORDS = re.compile(r"\s+(?:[^,.;:!?()\"\u201c\u201d]|[,.](?=\d))+")  # to punctuation
RE_OBJECT_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
MAX_RESULT_AT = 5  # a noun of a result among the object's first words: 'a record fiscal loss'
THAN_CHARS = 24  # 'than' and an adverb before a cue ('than previously thought')
RE_THAN_BEFORE = re.compile(r"\bthan\s+(?:[a-z]+ly\s+)?$")
OBJECT_JOINERS = frozenset(["and", "but"])  # a second verb may follow: 'posted X and said C'
RE_TO_NEXT = re.compile(r"\s+to\s", re.IGNORECASE)  # 'plans to': class infinitive_cue
RE_AS_AFTER = re.compile(r"\s[^,.;:!?\"\u201c\u201d\n]{1,40}?(?<!\ssuch)\sas\s")  # 'see X as Y'
RE_QUOTE_AFTER = re.compile("[:,]?\\s*(?:[\"\u201c\u00ab\u201e]|'')")  # 'read: "C"' (quote_cue)
# a quotation closed, then the cue's subject of a few words: '"C," the memo read'
RE_QUOTE_BEFORE = re.compile("(?:[\"\u201d\u00bb]|''|\u2019\u2019)\\s+(?:[\\w'\u2019-]+\\s+){1,3}$")
QUOTE_BEFORE_CHARS = 40
RE_NEXT_WORDS = re.compile(r"\s+([\w'’-]+)(?:\s+([\w'’-]+))?")
RE_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
RE_WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+\s+){1,3}$")  # up to three words before a cue
RE_WORD = re.compile(r"[A-Za-z]+")
RE_AMOUNT = re.compile(r"\s+((?:[a-z]+\s+){0,2})([$£€¥]?)\d[\d,.]*([a-z]{0,3})(\s?%)?")
RE_AMOUNT_TAIL = re.compile(r"\s*([A-Za-z]+|[,.;)]|$)")
RE_SENTENCE_END = re.compile(r"[.!?;\n]")
RE_THAT_OR_QUOTE = re.compile("\\bthat\\b|[\"\u201c\u2018']")
# a quotation mark, not an apostrophe inside a word ("a children's book")
RE_QUOTE_MARK = re.compile("[\"\u201c\u201d\u2018]|''|\u2019\u2019|(?<![A-Za-z])'|'(?![A-Za-z])")
MAX_AMOUNT_UNITS = 2  # 'mln dlrs', 'per cent', 'percentage points'
RE_NAME_WORD = re.compile(r"[A-Z0-9#][\w'’.&#-]*")
NAME_JOINERS = frozenset(["of", "the", "and", "for", "de", "&"])
RELATIVE_LEADS = frozenset(["that", "which", "who", "whose"])  # 'a tool called Acme that'
WORK_CLAUSE_WORDS = RELATIVE_LEADS | {"whom", "about", "saying", "says"}  # 'posted a video about'
AUDIENCES = frozenset(["reporters", "journalists"])  # 'added to reporters'
MAX_NAME_WORDS = 6
BEFORE_CHARS = 30
POSTED_PLACE = frozenset(["to", "on", "onto", "by", "from", "in", "at", "via"])  # 'posted to'
RE_POSTED_NOUN = re.compile(r"([A-Za-z-]+)\s+(?:(?:was|were|is|are|has been|have been)\s+)?$")
POSTED_BEFORE_CHARS = 24  # the noun and 'was' before the cue: ' screenshots were being '
ADJECTIVE_LEAD_CHARS = 9  # ' without ' before a cue: the longest adjective_lead and a space


def other_sense(text: str, hit: CueHit, lex: Lexicon) -> bool:
    """Whether the cue ``hit`` and the one or two words after it are a pair of class
    ``other_sense`` ('appeared on', 'found a way'), the head of a compound noun of class
    ``noun_compound`` ('a TV show', 'the growth forecast'), or an aspect verb before a verb
    that reports nothing ('continued to rise')."""
    pairs = lex.frame_class("other_sense")
    form = cue_form(hit.group())
    if form in lex.frame_class("amount_verb") and _amount_only(text, hit.end(), lex):
        return True  # 'shares added 5% to 740 yen'
    if form in lex.frame_class("measure_object") and _measure_after(text, hit.end(), lex):
        return True
    if form in lex.frame_class("work_verb") and _work_after(text, hit.end(), lex):
        return True  # 'wrote a children's book', 'posted messages on Facebook'
    if form.endswith("ed") and form in lex.frame_class("work_verb") and _posted_work(
        text, hit, lex
    ):
        return True  # 'a video posted to Facebook', 'emails posted by WikiLeaks'
    if text.find("than", max(0, hit.start() - THAN_CHARS), hit.start()) >= 0 and (
        RE_THAN_BEFORE.search(text, max(0, hit.start() - THAN_CHARS), hit.start()) is not None
    ):
        return True  # 'slower than forecast', 'better than expected': a comparison
    if form.endswith("ed") and _after_adjective_lead(text, hit, lex):
        return True  # 'the number of confirmed cases': an adjective
    if form in lex.frame_class("infinitive_cue") and RE_TO_NEXT.match(text, hit.end()) is None:
        return True  # 'health plans', 'the planned merger': only 'plans to' tells an intention
    if form in lex.frame_class("as_cue") and (
        RE_AS_AFTER.match(text, hit.end()) is None or text.startswith(" as ", hit.end())
    ):
        return True  # 'saw the film', 'cast as many as': only 'see X as Y' tells a view
    if form in lex.frame_class("quote_cue") and not _quotes_beside(text, hit):
        return True  # 'read the report': only '"C," the memo read' tells what was written
    compounds = lex.union("noun_compound", "unsaid_passive", "other_sense_lead")
    if form not in _forms_of(pairs, compounds, lex.frame_class("aspect_verb")):
        return False  # (most cues: nothing to look at)
    before = RE_WORD_BEFORE.search(text, max(0, hit.start() - BEFORE_CHARS), hit.start())
    if before is not None and f"{before.group(1).lower()} {form}" in compounds:
        return True  # (whatever follows: 'cryptanalysis, weather forecast, oil exploration')
    m = RE_NEXT_WORDS.match(text, hit.end())
    if m is None:
        return False
    one = f"{form} {m.group(1).lower()}"
    if one in pairs and not _told_to(m) or (
            m.group(2) is not None and f"{one} {m.group(2).lower()}" in pairs):
        return True
    return form in lex.frame_class("aspect_verb") and (
        _aspect_of_deed(m, lex) or _aspect_of_object(text, m, lex))


def _quotes_beside(text: str, hit: CueHit) -> bool:
    """A quotation opens right after the cue (after a colon or a comma: 'a sign that read
    "C"', 'the memo read: "C"'), or closed just before its subject of a few words ('"C," the
    memo read')."""
    if RE_QUOTE_AFTER.match(text, hit.end()) is not None:
        return True
    start = hit.start()
    return RE_QUOTE_BEFORE.search(text, max(0, start - QUOTE_BEFORE_CHARS), start) is not None


OWNER_ENDS = ("'s", "\u2019s", "s'")  # a possessive's ending: "Lee's", "the firms'"


def _after_adjective_lead(text: str, hit: CueHit, lex: Lexicon) -> bool:
    """The word right before a one-word '-ed' cue is a preposition of class
    ``adjective_lead`` and a noun follows it ('for confirmed patients', 'of reported cases'):
    the form is an adjective. Not after a comma or any other mark ('for years, reported C'),
    nor before a clause or a mark (the preposition closes a relative clause: 'The man they
    looked for reported that C'). After a possessive, before a noun of speech (class
    ``speech_noun``: "Lee's continued insistence that C", 'his repeated claim'); not before
    other words ("Moody's said C")."""
    start = hit.start()
    if text[start - 1 : start] != " ":
        return False
    space = text.rfind(" ", max(0, start - ADJECTIVE_LEAD_CHARS), start - 1)
    word = text[space + 1 : start - 1]
    if word.endswith(OWNER_ENDS) or word in POSSESSIVE_DETERMINERS:
        m = RE_NEXT_WORDS.match(text, hit.end())
        return m is not None and m.group(1).lower() in lex.frame_class("speech_noun")
    if not word.islower() or word not in lex.frame_class("adjective_lead"):
        return False
    m = RE_NEXT_WORDS.match(text, hit.end())
    return m is not None and m.group(1).lower() not in lex.union("noun_clause_lead", "skip")


def _measure_after(text: str, end: int, lex: Lexicon) -> bool:
    """The words after a cue are an object that opens with a number or a sum, or holds a
    noun of a result among its first words (class ``result_noun``: 'a record loss', 'mixed
    results'), and no finite verb (class verbish or past, or an '-ed' word) up to the next
    punctuation or 'and': 'an 18% jump in profit', not '300 people had died', 'losses
    would mount'."""
    m = RE_OBJECT_WORDS.match(text, end)
    if m is None:
        return False
    measured = RE_NUMBER_LEAD.match(text, end) is not None
    finite, results = lex.union("verbish", "past"), lex.frame_class("result_noun")
    for i, word in enumerate(RE_OBJECT_WORD.findall(m.group())):
        if word in OBJECT_JOINERS:  # 'posted a 5% rise and said C': the object ends
            break
        if word.islower() and "-" not in word and (word in finite or lex.past_form(word)):
            return False  # (a capitalised word is no verb: 'in May'; nor 'better-than-expected')
        measured = measured or i < MAX_RESULT_AT and word in results
    return measured


def _work_after(text: str, end: int, lex: Lexicon) -> bool:
    """The words after a cue, up to the sentence's end, are an object naming a work (class
    ``work_noun`` among its first words, no verb before it) and adjuncts: no verb, no
    relative or 'about', no '-ing' word right after the noun, no quotation and no colon
    ('wrote a children's book', 'posted messages on Facebook'; not 'posted a message that
    C', 'wrote a letter urging C', 'posted this tweet:')."""
    stop = RE_SENTENCE_END.search(text, end)
    rest = text[end : len(text) if stop is None else stop.start()]
    if ":" in rest or RE_QUOTE_MARK.search(rest) is not None:
        return False
    words = [w.lower() for w in RE_OBJECT_WORD.findall(rest)]
    works = lex.frame_class("work_noun")
    at = next((i for i, w in enumerate(words[:MAX_RESULT_AT]) if w in works), -1)
    if at < 0 or at > 0 and words[0] not in lex.frame_class("noun_determiner"):
        return False  # (the object opens the words after the cue: not 'wrote in a letter')
    if not lex.union("verbish", "past", "aux").isdisjoint(words[:at]):
        return False  # 'wrote it was a book'
    after = words[at + 1 :]
    if after[:1] and after[0].endswith("ing") and (
        after[0] not in lex.frame_class("ing_not_participle")
    ):
        return False  # 'a letter urging C', 'a video showing C'
    return not any(w in WORK_CLAUSE_WORDS or lex.verb_word(w) for w in after)


def _posted_work(text: str, hit: CueHit, lex: Lexicon) -> bool:
    """An '-ed' cue of class ``work_verb`` right after a work or message it is said of (class
    ``posted_noun``, perhaps with 'was' between) and before a preposition of where or by whom
    it was put: a participle of that noun ('a video posted to her account', 'hacked emails
    posted by WikiLeaks', 'the comment was posted from'), which reports nothing; not 'she
    posted on Facebook that C', nor 'In a message posted Friday, X said C'."""
    after = RE_NEXT_WORDS.match(text, hit.end())
    if after is None or after.group(1).lower() not in POSTED_PLACE:
        return False
    noun = RE_POSTED_NOUN.search(text, max(0, hit.start() - POSTED_BEFORE_CHARS), hit.start())
    return noun is not None and noun.group(1).lower() in lex.frame_class("posted_noun")


def noun_after_verb(text: str, hit: CueHit, lex: Lexicon) -> int:
    """Where the verb starts when a cue is a noun, that verb's object: right after a
    lower-case past verb that is no cue (class past, or '-ed') when its first word ends in
    's' ('The figures confounded hopes of', 'Officials held talks about', 'Analysts raised
    concerns that'), or after such a verb and a determiner, with at most one adjective
    between ('Ann Lee made her call for', 'X issued a defiant statement about'); -1 for any
    other cue ('Ann Lee hopes', 'who said talks', 'opponents' calls for')."""
    word = hit.group().split()[0]
    if not word.islower():
        return -1
    determiners = lex.frame_class("noun_determiner")
    # the last two words: in the BEFORE_CHARS before the cue when it holds three (a cut
    # word can only be the first), else in the longer window
    near = hit.start() - BEFORE_CHARS
    last = RE_WORD.findall(text, max(0, near), hit.start())
    if len(last) < 3 and near > 0:
        last = RE_WORD.findall(text, max(0, hit.start() - 3 * BEFORE_CHARS), hit.start())
    last = last[-2:]
    verb_before = word.endswith("s") and bool(last) and _verbal(last[-1], lex)
    if determiners.isdisjoint(last) and not verb_before:
        return -1  # (neither a determiner nor a past verb right before: most cues)
    words = RE_WORDS_BEFORE.search(text, max(0, hit.start() - 3 * BEFORE_CHARS), hit.start())
    if words is None:
        return -1
    before = [(m.group(), m.start()) for m in RE_WORD.finditer(words.group())][::-1]
    offset = words.start()
    if before[0][0] in determiners:
        lead = before[1:2]
    elif len(before) > 2 and before[1][0] in determiners and before[0][0].isalpha() and (
        before[0][0].islower() and not _verbal(before[0][0], lex)
    ):
        lead = before[2:3]  # 'a defiant statement'
    else:
        lead = before[:1] if word.endswith("s") else []
    if not lead or not _verbal(lead[0][0], lex):
        return -1
    start = offset + lead[0][1]
    return start if not _adjective_lead(text, start, lex) else -1


def _verbal(verb: str, lex: Lexicon) -> bool:
    """A lower-case past verb that is no cue, no auxiliary (class past, or '-ed')."""
    if not verb.islower() or verb in lex.cue_lemma:  # ('made' opens 'made clear': no cue)
        return False
    if verb in lex.union("aux", "verbish"):
        return False
    return lex.past_form(verb)


def _adjective_lead(text: str, start: int, lex: Lexicon) -> bool:
    """The word before an '-ed' word makes it an adjective: a determiner, a number, a
    preposition or an '-ly' adverb ('her nuanced views', '400 scripted shows', 'by
    exaggerated claims', 'carefully scripted remarks')."""
    before = RE_WORD_BEFORE.search(text, max(0, start - BEFORE_CHARS), start)
    if before is None:
        return bool(re.search(r"\d\s+$", text[max(0, start - 4) : start]))
    word = before.group(1)
    leads = lex.union("noun_determiner", "setting_preposition", "adjunct_preposition",
                      "np_link")
    return word.lower() in leads or word.islower() and word.endswith("ly")


def _told_to(m: re.Match[str]) -> bool:
    """'to' after the cue names whom it was said to ('Ann Lee added to Reuters', 'added to
    reporters'), not what something was added to ('added to the list')."""
    told = m.group(2)
    return (m.group(1).lower() == "to" and told is not None
            and (told[0].isupper() or told.lower() in AUDIENCES))


@lru_cache(maxsize=8)
def _forms_of(pairs: frozenset[str], compounds: frozenset[str],
              aspects: frozenset[str]) -> frozenset[str]:
    """The cue forms ``other_sense`` can say anything about: the first words of a pair
    (before its one or two last words), a compound after its first word, an aspect verb."""
    forms: set[str] = set(aspects)
    for pair in pairs:
        words = pair.split()
        forms.update(" ".join(words[:n]) for n in range(1, len(words)))
    for compound in compounds:
        words = compound.split()
        forms.update(" ".join(words[n:]) for n in range(1, len(words)))
    return frozenset(forms)


def _amount_only(text: str, end: int, lex: Lexicon) -> bool:
    """The words after a cue at ``end`` are an amount that moved, and no clause: a number
    with a currency sign, '%' or words of class ``amount_unit``, perhaps after one or two
    words of class ``amount_lead``, then nothing, a comma or a word of class
    ``amount_link`` ('added 5.3% to 740 yen', 'declined 0.2%.', 'added 12 points, or 0.4%').
    """
    m = RE_AMOUNT.match(text, end)
    if m is None or not lex.frame_class("amount_lead").issuperset(m.group(1).split()):
        return False
    units = lex.frame_class("amount_unit")
    unit = bool(m.group(2) or m.group(4)) or m.group(3) in units and m.group(3) != ""
    pos = m.end()
    for _ in range(MAX_AMOUNT_UNITS):
        word = RE_AMOUNT_TAIL.match(text, pos)
        if word is None or word.group(1).lower() not in units:
            break
        unit, pos = True, word.end()
    tail = RE_AMOUNT_TAIL.match(text, pos)
    return unit and tail is not None and (
        not tail.group(1)[:1].isalpha() or tail.group(1).lower() in lex.frame_class("amount_link"))


def _aspect_of_deed(m: re.Match[str], lex: Lexicon) -> bool:
    """The words after an aspect verb ('continue', class ``aspect_verb``) are an infinitive
    or an '-ing' form of a verb that is no cue ('continued to rise', 'continues gaining'):
    what goes on is a deed, not speech ('continued to insist that C', 'continued: "C"'
    keep their frames, as does a verb of class ``catenated_speech``). A verb that opens a cue
    of several words is speech only where the whole form stands ('continued to point out
    that C'; not 'continued to make progress', though 'make it clear' is a cue)."""
    first = m.group(1).lower()
    group = 2 if first == "to" else 1 if first.endswith("ing") else 0
    if not group or m.group(group) is None:
        return False
    verb = m.group(group).lower()
    if verb in lex.cue_lemma or verb in lex.frame_class("catenated_speech"):
        return False  # 'continued to insist', 'continued to question whether C'
    return lex.cue_at(m.string, m.start(group), verb) is None


def _aspect_of_object(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """An aspect verb before a noun phrase with a determiner ('continued its slide', 'continued
    their search for the boat') goes on with a deed, unless a 'that' or a quotation follows
    in the sentence ('continued his warnings that C', 'continued his speech: "C"')."""
    if m.group(1).lower() not in lex.frame_class("noun_determiner"):
        return False
    stop = RE_SENTENCE_END.search(text, m.end())
    tail = text[m.end() : stop.start() if stop else len(text)]
    return not RE_THAT_OR_QUOTE.search(tail)


def naming_participle(text: str, hit: CueHit, content: tuple[int, int], lex: Lexicon) -> bool:
    """Whether ``hit`` is a naming verb (class ``naming``) right after a lower-case common
    noun and ``content`` is only a name: 'a firm called Acme Dredging', or a name and a
    comma ('a firm called Acme Dredging, which a donor owns')."""
    if cue_form(hit.group()) not in lex.frame_class("naming"):
        return False
    before = RE_WORD_BEFORE.search(text, max(0, hit.start() - BEFORE_CHARS), hit.start())
    if before is None or not _common_noun(before.group(1), lex):
        return False
    if any(ch in QUOTE_OPEN for ch in text[content[0] : content[1]]):
        return False  # 'the judges called the book "a triumph"': what they called it
    words = text[content[0] : content[1]].strip(" .,;:").split()
    start = 1 if words[:1] == ["the"] else 0  # 'known as the Coastal Cup'
    n = start
    while n < len(words) and (RE_NAME_WORD.fullmatch(words[n]) or words[n] in NAME_JOINERS):
        n += 1
    comma = n < len(words) and words[n][-1] == "," and RE_NAME_WORD.fullmatch(words[n][:-1])
    if comma:  # 'a firm called Acme Dredging, which is owned by': the name ends at the comma
        n += 1
    if n == start or n - start > MAX_NAME_WORDS or RE_NAME_WORD.match(words[start]) is None:
        return False
    if comma:
        return True
    # the name alone, or the name as the subject of a clause ('a resident named Ann Lee
    # said', 'who', 'that') or before an adjunct
    return (n == len(words) or words[n] in lex.frame_class("adjunct_lead")
            or lex.verb_word(words[n], aux=True)  # 'a band called Foxglove played at'
            or words[n] in lex.cue_lemma or words[n] in RELATIVE_LEADS)


def _common_noun(word: str, lex: Lexicon) -> bool:
    """A lower-case word that may end a noun phrase: no function word, verb, pronoun or
    '-ly' adverb ('who called', 'has been named', 'became known as', 'publicly called')."""
    if not word.islower() or word.endswith("ly"):
        return False
    stops = lex.union(
        "aux", "verbish", "past", "participle", "connector", "not_speaker", "subordinator",
        "verb_adverb",
        speaker=("pronoun_person", "pronoun_group", "pronoun_org", "pronoun_relative"),
    )
    return word not in stops
