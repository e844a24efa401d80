"""The subject a sentence or clause opens with: ``sentence_subject`` (the noun phrase
at the start of a sentence, after a fronted time, clause or connector, that a cue later
in it takes as its speaker) and ``leading_np`` (the noun phrase starting at a token)."""

from __future__ import annotations

import re

from flows.attribution.fronted import TIME_ENDS, fronted_verbal, participle_lead, state_after_city
from flows.attribution.subjects import DETERMINERS, PERSONAL, RE_TOKEN, Ctx

__all__ = ["leading_np", "sentence_subject"]

MAX_DETERMINER_NP = 4
# what follows a present verb, not a plural noun: its object's determiner or 'with'
VERB_OBJECT_LEADS = DETERMINERS | {"with", "against"}
MAX_ROLE_WORDS = 2  # lower-case words of a role between capitalised words: "party leader"
ROLE_CLASSES = ("title", "org")  # speaker classes of those words
SPEAKER_HEADS = ("group", "title", "person_noun", "org_kind")  # 'Union leaders', 'Farm groups'
MAX_FRONTED_TIME = 4  # words of a fronted time before a comma ("A few minutes later,")
MAX_TIMED_LEAD = 3  # words of a time before a fronted clause's conjunction ("Two weeks after")
TIME_OPENERS = frozenset({"in", "during", "later"})  # with class time_lead: "In recent weeks"
# a dateline before a main clause: a city in capitals (a state after a comma) or a place
# and its agency in brackets, then a dash ('WASHINGTON \u2014 X', 'RIVERTON, N.C.\u2014X',
# 'Riverton (AFP) \u2013 X'); content_before.RE_CONTENT_DATELINE's shape, with no space needed
# after the dash
RE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019]{3,}(?: [A-Z][A-Z.'\u2019]+){0,2}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \([A-Z]{2,}\))\s*(?:[\u2014\u2013]|--?)\s*(?=[A-Z])"
)
# a news agency in brackets and a dash, which end a dateline ("May 3 (Xinhua) -- X said")
RE_AGENCY_DASH = re.compile(r"\([A-Z][A-Za-z]+\)\s*(?:--?|\u2013|\u2014)\s+(?=[A-Z])")
DATELINE_DASHES = ("\u2014", "\u2013", "-")
MAX_DATELINE_CHARS = 40  # the dash of a dateline is among a sentence's first characters


def sentence_subject(c: Ctx, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens the main clause before ``limit`` ("Trump lashed out, ...")."""
    openers = c.lex.union("opener", "connector", "adverbial_lead")  # ('Once she was mayor, X')
    pos = c.s.start
    head = c.text[pos : min(limit, pos + MAX_DATELINE_CHARS)]
    if any(dash in head for dash in DATELINE_DASHES):
        dateline = RE_DATELINE.match(c.text, pos, limit) or RE_AGENCY_DASH.search(
            c.text, pos, min(limit, pos + MAX_DATELINE_CHARS)
        )  # "WASHINGTON \u2014 X hit ...", "MOSCOW, Nov. 18 (Xinhua) -- X hit ..."
        pos = pos if dateline is None else dateline.end()
    skipped: tuple[int, int] | None = None  # the fronted part just passed
    parts = c.text[pos:limit].split(",")
    for k, part in enumerate(parts):
        tokens = [t for t in RE_TOKEN.finditer(part)]
        if skipped is not None and state_after_city(c, skipped, (pos, pos + len(part))) or (
            k < len(parts) - 1 and participle_lead(c, [t.group() for t in tokens[:2]])
        ) or k < len(parts) - 1 and (
            _fronted_time(tokens) or fronted_verbal(c, part, parts[k + 1])
        ):
            # "Speaking in Salem, New Hampshire, X went", "Facing a backlash, X released",
            # "A few minutes later, X followed up", "Reached by phone, X told"
            skipped = pos, pos + len(part)
            pos += len(part) + 1
            continue
        np = _np_after_connector(c, pos, tokens)  # "But the court overruled and said"
        if np is not None:
            return np
        if tokens and tokens[0].group().lower() not in openers and not _timed_clause(c, tokens):
            return leading_np(c, pos, tokens)
        skip = _time_lead_length(c, tokens)  # "On Sunday morning the mayor made ..."
        np = leading_np(c, pos, tokens[skip:]) if 0 < skip < len(tokens) - 1 else None
        if np is not None:
            return np
        skipped = pos, pos + len(part)
        pos += len(part) + 1
    return None


def _fronted_time(tokens: list[re.Match[str]]) -> bool:
    """A short comma part that ends with a time word ("A few minutes later", "The day
    before", "Two years ago"): a fronted time, not the subject."""
    return 1 < len(tokens) <= MAX_FRONTED_TIME and tokens[-1].group().lower() in TIME_ENDS


def _time_lead_length(c: Ctx, tokens: list[re.Match[str]]) -> int:
    """Tokens of a time that opens a clause with no comma after it ("On Sunday morning",
    "Last week", "Earlier this month", "In recent days"): a time lead (class time_lead,
    'in', 'during', 'later') and time words (classes time, time_measure, time_adjective,
    time_lead) or numbers; 0 when no time word follows the lead ("On the plan ...")."""
    leads = c.lex.union("time_lead", plus=TIME_OPENERS)
    if not tokens or tokens[0].group().lower() not in leads:
        return 0
    times = c.lex.union("time", "time_measure", "time_adjective", "time_lead")
    n = 1
    while n < len(tokens) and (
        tokens[n].group().lower() in times or tokens[n].group().isdigit()
    ):
        n += 1
    timed = any(t.group().lower() in c.lex.frame_class("time") for t in tokens[1:n])
    return n if timed or tokens[0].group().lower() in TIME_ENDS and n == 1 else 0


def _np_after_connector(c: Ctx, pos: int, tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """The noun phrase after a connector that opens a clause ("But the court overruled ...",
    "Yet the mayor visited ..."); not after a subordinator ("While Democrats plot ...": an
    adverbial clause) nor before a word that names no one ("But Even if ...")."""
    connectors = c.lex.union("connector", minus=c.lex.frame_class("subordinator"))
    if len(tokens) < 2 or tokens[0].group().lower() not in connectors:
        return None
    word = tokens[1].group().lower()
    if word in c.lex.frame_class("not_speaker") and word not in DETERMINERS:
        return None
    np = leading_np(c, pos, tokens[1:])
    if np is not None and np[1] == pos + tokens[-1].end():  # the whole comma part
        times = c.lex.union("time", "time_measure")
        if any(w.lower() in times for w in RE_TOKEN.findall(c.text, *np)):
            return None  # "And a year ago, she ...": a time, not the subject
    return np


def _timed_clause(c: Ctx, tokens: list[re.Match[str]]) -> bool:
    """A fronted clause opened by a time before its conjunction ("A day before the visit
    was announced, ...", "Two weeks after she left, ..."): not the main clause."""
    words = [t.group().lower() for t in tokens[: MAX_TIMED_LEAD + 1]]
    at = next((i for i, w in enumerate(words) if w in c.lex.frame_class("fronted_opener")), 0)
    measures = c.lex.union("time_measure", "number_word", plus=DETERMINERS)
    return at > 0 and all(w in measures or w.isdigit() for w in words[:at])


def leading_np(c: Ctx, pos: int, tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """The noun phrase that ``tokens`` (of the text from ``pos``) open: a personal pronoun,
    a run of capitalised words or a determiner and its noun; None when they open none."""
    first = tokens[0].group()
    if first.lower() in PERSONAL:
        n = 1
    elif _quantity_before_noun(c, tokens):  # 'Several groups gave ...', 'in May, two aides'
        n = _determiner_np_length(c, tokens)
    elif first[:1].isupper() and first.lower() not in DETERMINERS:
        n = 1
        while n < len(tokens) and tokens[n].group()[:1].isupper():
            n += 1
        role = _role_then_name(c, tokens, n)  # "Tory leader Michael Howard"
        n += role or _head_noun_after(c, tokens, n)  # "Union leaders", "Farm groups"
    elif first.lower() in DETERMINERS:
        n = _determiner_np_length(c, tokens)
        while n < len(tokens) and tokens[n - 1].group()[:1].isupper() and (
                tokens[n].group()[:1].isupper()):  # a name the length limit cut: all of it
            n += 1
    else:
        return None
    return pos + tokens[0].start(), pos + tokens[n - 1].end()


def _quantity_before_noun(c: Ctx, tokens: list[re.Match[str]]) -> bool:
    """A quantity word (speaker classes quantity_group, quantity_person: 'several', 'both';
    class number_word: 'one', 'two')
    before a lower-case word that is no verb: a determiner and its noun ('Several groups'),
    not a name ('Several' alone) nor a subject on its own ('Several said')."""
    if len(tokens) < 2 or tokens[0].group().lower() not in c.lex.union(
        "number_word", speaker=("quantity_group", "quantity_person"), minus=DETERMINERS
    ):  # ('One message, referring to C, said': a number is a quantity word too)
        return False
    word = tokens[1].group()
    return word.isalpha() and word.islower() and not c.lex.verb_word(word, aux=True) and (
        word not in c.lex.cue_lemma
    )


def _head_noun_after(c: Ctx, tokens: list[re.Match[str]], n: int) -> int:
    """Tokens of up to MAX_ROLE_WORDS lower-case words after the capitalised words before
    ``tokens[n]`` that end on a word of a speaker head class ('Union leaders', 'Farm groups',
    'Oil industry analysts'): the capitalised words modify that noun; 0 when no such word
    comes before a verb or another kind of word ('Trump said', 'Acme shares fell', 'Trump
    primes supporters')."""
    heads = c.lex.union(speaker=SPEAKER_HEADS)
    end = 0
    for k in range(n, min(len(tokens), n + MAX_ROLE_WORDS)):
        word = tokens[k].group()
        if not (word.isalpha() and word.islower()) or c.lex.verb_word(word, aux=True):
            break
        if word in heads:
            end = k + 1 - n
        elif word.endswith("s"):
            break  # 'Trump primes supporters': an '-s' verb, no modifier
    return end


def _role_then_name(c: Ctx, tokens: list[re.Match[str]], n: int) -> int:
    """Tokens of a lower-case role and the name after it that go on with the capitalised
    words before ``tokens[n]`` ("Tory leader Michael Howard", "Green party leader Ann Lee"):
    up to MAX_ROLE_WORDS words of speaker classes title or org, the last a title, then a
    capitalised word (and the ones after it); 0 when none follow."""
    k = n
    while k < len(tokens) and k - n < MAX_ROLE_WORDS and (
        tokens[k].group() in c.lex.union(speaker=ROLE_CLASSES)
    ):
        k += 1
    if k == n or tokens[k - 1].group() not in c.lex.speaker_class("title"):
        k = _company_kind_end(c, tokens, n)  # "US giant General Electric"
        if k == n:
            k = _noun_before_named_verb(c, tokens, n)  # "US behemoth GE cut jobs"
        if k == n:
            return 0
    end = k
    while end < len(tokens) and tokens[end].group()[:1].isupper():
        end += 1
    return end - n if end > k else 0


def _company_kind_end(c: Ctx, tokens: list[re.Match[str]], n: int) -> int:
    """The end of a lower-case noun of a kind of company (speaker classes org_kind and
    org_anaphor: 'giant', 'airline'), after at most one lower-case word of no verb or
    function class ('advertising giant'), between the capitalised words before ``tokens[n]``
    and a name after it ("US giant General Electric", "UK advertising giant WPP"); ``n``
    when there is none."""
    kinds = c.lex.union(speaker=("org_kind", "org_anaphor"))
    for k in (n, n + 1):
        if k + 1 >= len(tokens) or tokens[k].group() not in kinds:
            continue  # (no kind of company: nearly every subject)
        stops = c.lex.union("verbish", "past", "aux", "not_speaker")
        lead = [t.group() for t in tokens[n:k]]
        if tokens[k + 1].group()[:1].isupper() and all(
            w.isalpha() and w.islower() and w not in stops and not c.lex.past_form(w)
            for w in lead
        ):
            return k + 1
    return n


def _noun_before_named_verb(c: Ctx, tokens: list[re.Match[str]], n: int) -> int:
    """The end of up to MAX_ROLE_WORDS lower-case words that read as nouns (no verb form,
    no '-s', '-ing' or '-ly' ending, no function word) between the capitalised words before
    ``tokens[n]`` and a name that a past form, a participle or an auxiliary follows ("US
    behemoth GE cut jobs", "Swiss drugmaker Acme said"): a noun modified by the words
    before it, naming whoever the name names; ``n`` when there is none ("Federer beat
    Nadal and said": no verb after Nadal; "Other former CIA officers": a plural noun)."""
    k = n
    while k < len(tokens) and k - n < MAX_ROLE_WORDS and tokens[k].group().islower():
        k += 1
    end = k
    while end < len(tokens) and tokens[end].group()[:1].isupper():
        end += 1
    if k == n or end == k or end == len(tokens):
        return n  # (no lower-case word, or no name and word after it: nearly every subject)
    verbs = c.lex.union("past", "participle", "verbish", "aux")
    after = tokens[end].group()
    if not (after in verbs or c.lex.past_form(after)):  # (not '-s': 'CIA officers')
        return n
    stops = c.lex.union("verbish", "past", "participle", "aux", "not_speaker")
    for t in tokens[n:k]:
        w = t.group()
        if not w.isalpha() or w in stops or c.lex.past_form(w) or (
            w.endswith(("ing", "ly")) or w.endswith("s") and not w.endswith("ss")
        ):
            return n
    return k


def _present_verb_at(tokens: list[re.Match[str]], n: int) -> bool:
    """A lower-case '-s' word after a singular lower-case noun and before an object ('the
    nominee feuds with the', 'the firm runs a'): a present verb; not a compound's plural
    head ('the party leaders said', 'the city officials in')."""
    word, noun = tokens[n].group(), tokens[n - 1].group()
    after = tokens[n + 1].group().lower() if n + 1 < len(tokens) else ""
    return (word.isalpha() and word.islower() and word.endswith("s")
            and not word.endswith("ss") and noun.isalpha() and noun.islower()
            and not noun.endswith("s") and after in VERB_OBJECT_LEADS)


def _determiner_np_length(c: Ctx, tokens: list[re.Match[str]]) -> int:
    """Tokens of "the mayor" in "The mayor visited ...": the determiner, its noun and up to
    two more words, stopping at a past-tense-looking word (class past: "said"), an auxiliary
    or a time word."""
    stops = c.lex.union("aux", "verbish", "time", "past")
    n = min(2, len(tokens))
    while n < min(MAX_DETERMINER_NP, len(tokens)):
        word = tokens[n].group()
        bare = word.lower().strip(",.;:'’\"")
        if word[:1].islower() and (bare.endswith("ed") or bare in stops):
            break
        if _present_verb_at(tokens, n):
            break  # 'The nominee feuds with the mayor and insists C': a verb, no noun
        n += 1
    # cut inside a phrase after the noun ("The leaders of the two countries"): the noun
    # alone; not inside a name ("the Illinois Board of Elections")
    links = c.lex.union("setting_preposition", "adjunct_preposition",
                        plus=DETERMINERS | {"of", "for", "to"})
    words = [t.group().lower().strip(",.;:'’\"") for t in tokens[:n]]
    if n > 2 and words[-1] in links:
        cut = next(i for i in range(2, n) if words[i] in links)
        if not tokens[cut - 1].group()[:1].isupper():
            n = cut
    return n
