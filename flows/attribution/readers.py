"""Read one reporting frame in the shape its cue appears in: 'according to X', '"C," said
X', 'C, X said, C', 'X said C' after or before the content, a participle ("..., adding C")."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.appositions import describes_name
from flows.attribution.content_end import complement
from flows.attribution.content_start import named_gerund
from flows.attribution.frames import Frame
from flows.attribution.leading_subjects import sentence_subject
from flows.attribution.lexicon import CueHit, cue_form
from flows.attribution.particles import adjunct_only
from flows.attribution.senses import other_sense
from flows.attribution.spans import ARTICLES
from flows.attribution.speaker_tail import without_setting
from flows.attribution.subjects import (
    PERSONAL,
    RELATIVE,
    RELATIVE_CUT,
    Ctx,
    n_words,
    narrow_subject,
)
from flows.attribution.unframed import make_frame

__all__ = [
    "according_frame",
    "appositive_pre_frame",
    "clause_head",
    "fronted_inverted_frame",
    "interjected_inverted_frame",
    "inverted_frame",
    "mid_frame",
    "gerund_object",
    "participle_frame",
    "participle_subject",
]

GERUND_LINK_CHARS = 5  # characters before a participle cue read for its link: 'for '
MAX_SOURCE_WORDS = 24  # 'according to early results of the exit poll conducted by ...'
MAX_FRONTED_WORDS = 6  # 'At the heart of the dispute, according to X, was C'
MAX_SUBJECT_WORDS = 8  # 'The premise behind the annual seminar on water, according to X, is C'
APPOSITIVE_WORDS = 20
AS = frozenset(["as"])  # 'said as she left': a clause, no subject
PERSON_RELATIVE = frozenset(["who", "whose"])  # a relative clause about a speaker
MAX_APPOSITIVES = 5
RE_COMMA_WORD = re.compile(r",\s*([a-z]+)\b")  # a comma and the lower-case word after it
MAX_MID_SUBJECT = 8  # words of the subject before it ('The plan to cut taxes, said X, is')
MAX_MID_LEAD = 3  # words of an adverbial before a mid frame
# between a fronted inverted frame's speaker and its quotation: a comma or a colon, with an
# appositive set off by commas at most ('Said Ann Lee, a trader at Acme, "C"')
RE_QUOTED_TITLE = re.compile(r'\s*(?:"[^"\n]{1,40}"|\u201c[^\u201c\u201d\n]{1,40}\u201d)')
RE_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")  # the word opening a comma part
RE_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]+(?![\w'\u2019])")
RE_FRONTED_GAP = re.compile(r"\s*(?:,(?P<desc>[^,;:\"\u201c\u201d]{1,80})[,:]|[,:])\s*")
MAX_ROLE_WORDS = 3  # 'senior party economist' before a name
ROLE_STOPS = frozenset(
    ["the", "a", "an", "to", "in", "on", "at", "of", "for", "by", "with", "from"]
)


DEMONSTRATIVES = frozenset(["this", "these"])
HEAD_CLASSES = ("title", "org", "group", "person_noun", "org_kind", "org_anaphor")
RE_WORD_SPAN = re.compile(r"[\w'’.-]+")
RE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "NBS", "IMF": an organisation's initials
MAX_DETERMINED_WORDS = 3  # "the NBS", "the Bucharest side"; not "the offer as inadequate"
MAX_TIME_WORDS = 4  # "on Tuesday morning" after a speaker, read past for the content
MAX_SETTING_TAIL_WORDS = 30  # 'said Ann Lee as she dined on eggs and ham at her golf resort'


def _content_ok(c: Ctx, span: tuple[int, int]) -> bool:
    """At least three words, or a quotation of any length."""
    return n_words(c, span) >= 3 or (span[1] > span[0] and c.quotes.covering(span[0]) is not None)


def according_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    np = fr._np_after(c.text, m.end(), c.s.end, max_words=MAX_SOURCE_WORDS, lex=c.lex)
    if np is None:
        return None
    np = _titled_source(c, np)
    end = _np_end(c, m, np, MAX_SOURCE_WORDS)
    lead = fr._words(c.text[c.s.start : m.start()])
    if all(x in c.lex.frame_class("connector") for x in lead):
        content = fr._trim_content(c.text, end, c.s.end)
    else:
        start = fr.content_before(c.text, c.s, m.start(), c.quotes, c.lex)
        content = fr._trim_content(c.text, start, m.start())
        if c.text[end : end + 1] == "," and (
                _fronted_phrase(c, content, (end, c.s.end))
                or _subject_before_verb(c, content, end)):
            # "X, according to Y, did Z"; "Since May, according to Y, C": a phrase with no
            # finite verb before the frame opens the clause after it
            content = fr._trim_content(c.text, start, c.s.end)
    return make_frame("according", m.span(), c, np, content, w) if _content_ok(c, content) else None


def _subject_before_verb(c: Ctx, span: tuple[int, int], end: int) -> bool:
    """A noun phrase opening with a determiner (class ``noun_determiner``), with no comma and
    no verb, before an 'according to' frame set off by commas whose clause goes on with a
    finite verb ('The cost of the dam, according to X, is far higher than planned'): the
    phrase is that verb's subject, and the whole clause is what X said; not 'The plan is
    late, according to X, ...' (a clause), '..., according to X, and ...' nor a clause
    after the frame with a cue of its own ('The data, according to X, showed C')."""
    after = RE_COMMA_WORD.match(c.text, end)
    if after is None or not c.lex.verb_word(after.group(1), aux=True):
        return False
    words = fr._words(c.text[span[0] : span[1]])
    return (
        0 < len(words) <= MAX_SUBJECT_WORDS
        and words[0].lower() in c.lex.frame_class("noun_determiner")
        and "," not in c.text[span[0] : span[1]]
        and not _holds_verb(c, span)
        and not _cue_in(c, end, c.s.end)
    )


def _cue_in(c: Ctx, start: int, end: int) -> bool:
    """A cue form read as a cue between ``start`` and ``end`` (not one that
    ``senses.other_sense`` gives another sense: 'far higher than planned')."""
    rest = c.text[start:end]
    return any(not other_sense(rest, hit, c.lex) for hit in c.lex.find_cues(rest))


def _titled_source(c: Ctx, np: tuple[int, int]) -> tuple[int, int]:
    """A source whose noun phrase holds a short quoted title ('according to the "Medicare
    for all" document he released'): the phrase runs on past the title when a word follows
    its closing mark; a quotation ending in punctuation ('"We won," ...') is no title."""
    title = RE_QUOTED_TITLE.match(c.text, np[1], c.s.end)
    if title is None or c.text[title.end() - 2] in ",.;:!?":
        return np
    rest = fr._np_after(c.text, title.end(), c.s.end, max_words=MAX_SOURCE_WORDS, lex=c.lex)
    if rest is None or rest[0] != title.end() + 1:
        return np
    return np[0], rest[1]


def _fronted_phrase(c: Ctx, span: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Fewer than three words, or a few words that open with a preposition and hold no
    comma and no verb ('Since last May', 'Over the long term', 'At the heart of it'): no
    clause of its own, so it opens the clause after an 'according to' frame set off by
    commas; not when the ``rest`` of the sentence holds a cue of its own ('In May,
    according to X, C, the statement said': the clause is that frame's)."""
    if n_words(c, span) < 3:
        return True
    words = fr._words(c.text[span[0] : span[1]])
    return (
        0 < len(words) <= MAX_FRONTED_WORDS  # (no word: only marks, '" , " .')
        and words[0] in c.lex.union("opener", "adverbial_lead", "fronted_lead")
        and "," not in c.text[span[0] : span[1]]
        and not _holds_verb(c, span)
        and not c.lex.find_cues(c.text[rest[0] : rest[1]])
    )


def _np_end(c: Ctx, m: CueHit, np: tuple[int, int], max_words: int) -> int:
    """Where the noun phrase after a cue ends with a time after it ("according to Acme on
    Monday, C": the content starts after "Monday"); the speaker is ``np`` without it."""
    full = fr._np_after(c.text, m.end(), c.s.end, max_words=max_words + MAX_TIME_WORDS)
    return np[1] if full is None else max(np[1], full[1])


def _inverted_np(c: Ctx, m: CueHit, *, after_quote: bool) -> tuple[int, int] | None:
    """The noun phrase after an inverted cue; after a quotation, a longer one when a setting
    clause makes it long and the speaker before the setting is a short name or speaker word
    ('"C," said Ann Lee as she dined on fried eggs and ham at her golf resort near the
    river': Ann Lee)."""
    np = fr._np_after(c.text, m.end(), c.s.end, max_words=fr.MAX_SPEAKER_WORDS, lex=c.lex)
    if np is not None or not after_quote:
        return np
    long = fr._np_after(c.text, m.end(), c.s.end, max_words=MAX_SETTING_TAIL_WORDS, lex=c.lex)
    if long is None:
        return None
    speaker = without_setting(c, long)
    short = speaker != long and n_words(c, speaker) <= fr.MAX_NP_WORDS
    if short and fr._speakerlike(c.text, *speaker, c.lex):
        return long
    return long if _relative_tail(c, long) else None


def _relative_tail(c: Ctx, np: tuple[int, int]) -> bool:
    """A long noun phrase after a quotation's inverted cue that is a short head naming a
    speaker and a relative clause about that speaker ('"C," said one of two witnesses who
    relayed the story but did not want to speak on the record'): the whole phrase is the
    speaker, as a shorter one with its 'who' clause is."""
    words = c.text[np[0] : np[1]].split()
    at = next((i for i, w in enumerate(words) if w in PERSON_RELATIVE), 0)
    if not 0 < at <= fr.MAX_NP_WORDS:
        return False
    head = (np[0], np[0] + len(" ".join(words[:at])))
    return fr._speakerlike(c.text, *head, c.lex, loose=True)


def inverted_frame(c: Ctx, m: CueHit, w: float, *, after_quote: bool) -> Frame | None:
    """``C, said X`` (``after_quote``: ``"C," said the man who ...`` takes any noun phrase)."""
    np = _inverted_np(c, m, after_quote=after_quote)
    # 'C, said the NBS.', 'C, said the motion.': after the cue, a short determined noun
    # phrase (a longer one is more often an object after an appositive: 'X, whose brands
    # include Y, dismissed the offer as inadequate')
    # phrase is its subject when what comes before is a clause of its own ('The mayor, Ann
    # Lee, said the dam holds': no clause before; 'the dam holds' is what she said)
    if np is None:
        return None
    words = c.text[np[0] : np[1]].split()
    if words[0] in c.lex.union("setting_preposition", "adjunct_lead", "cue_preposition"):
        return None  # '"C," Ann Lee, a judge, said at a news conference': no subject after it
    if words[0] in c.lex.union("object_case", "subordinator", plus=AS) or fr._adverb(
        words[0], words[0].lower(), c.lex
    ):
        return None  # 'C, recalled him saying', 'C, said matter-of-factly as ...': no subject
    determined = words[0].lower() in ARTICLES and (
        len(words) <= MAX_DETERMINED_WORDS or _modified_noun(c, words)
    )
    needs_clause = not (
        fr._speakerlike(c.text, *np, c.lex, loose=after_quote) or _role_and_name(c, np)
    )
    inverts = c.lex.cue_lemma[cue_form(m.group())] in c.lex.frame_class("inverting_cue")
    inverting = determined and inverts
    if needs_clause and inverting and RE_ACRONYM.fullmatch(words[-1].rstrip(".,")):
        needs_clause = False  # 'C, said the NBS': an acronym names a body, whatever C is
    # 'C, suggested statistics.', 'C, showed customs data': a text needs no determiner
    text_np = (len(words) <= MAX_DETERMINED_WORDS
               and words[-1].lower().strip(".,") in c.lex.speaker_class("issued_text"))
    if needs_clause and not (
        inverts  # 'C, said the NBS', not 'C, showed a rise'
        and (text_np or determined and fr._speakerlike(c.text, *np, c.lex, loose=True))
    ):
        return None
    end = _np_end(c, m, np, fr.MAX_SPEAKER_WORDS)
    words = fr._words(c.text[np[0] : np[1]])
    # 'said Ann Lee in a note to clients': the setting's 'to' is no auxiliary; not when the
    # words before the setting name nobody ('said early Friday that C were ...')
    speaker = without_setting(c, np)
    named = fr._words(c.text[speaker[0] : speaker[1]])
    if speaker != np and not fr._speakerlike(c.text, *speaker, c.lex):
        named = words
    head = named[: next((i for i, x in enumerate(named) if x in RELATIVE), len(named))]
    if (any(x in c.lex.frame_class("aux") for x in head) and not _place_to(c, speaker)
            and not _month_named(c, speaker)):
        return None  # "a man who was there" is fine
    if len(words) > 1 and words[0] in PERSONAL:  # "X, says she could not ...": a clause
        return None
    boundary = m.start()
    while boundary > c.s.start and c.text[boundary - 1].isspace():
        boundary -= 1
    start = fr.content_before(c.text, c.s, boundary, c.quotes, c.lex)
    content = fr._trim_content(c.text, start, boundary)
    desc = fr._description_after(c.text, end, c.s.end, c.lex)
    tail = c.text[end : c.s.end].lstrip()
    closes = fr.is_endish(c.text, end, c.s.end, c.lex)
    if not (_content_ok(c, content) or closes and _two_word_clause(c, content, end)) or not (
        tail[:1] == "," or closes
    ):
        return None
    if needs_clause and not _has_clause(c, content):
        return None
    if _subject_with_participle(c, content):
        return None  # 'A poll, conducted with the Herald, shows Lee with 47%': no C before
    reopen = re.search(r",\s*(?=[\"\u201c\u00ab]|''|``)", tail)
    if reopen is not None:
        q = c.quotes.opening_at(c.s.end - len(tail) + reopen.end())
        if q is not None:
            content = (content[0], q.end)
    return make_frame("inverted", m.span(), c, speaker, content, w,
                      description=desc)


def interjected_inverted_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """'The plan, suggested reports, is dead', 'The deal, said officials, was signed': an
    inverted frame of an inverting cue set off by commas between a short subject with no
    verb and no comma and its verb (class verbish, right after the second comma) is a
    parenthetical source, like ', X said,' (pattern ``mid``): the sentence is what was said,
    the noun phrase after the cue who said it."""
    comma = c.text.find(",", m.end(), c.s.end)  # (no comma after the cue: most cues)
    after = RE_COMMA_WORD.match(c.text, comma) if comma >= 0 else None
    if after is None or after.group(1) not in c.lex.frame_class("verbish"):
        return None  # 'said the remarks, published today, were': an '-ed' word may be an aside
    if c.lex.cue_lemma[cue_form(m.group())] not in c.lex.frame_class("inverting_cue"):
        return None  # 'A tie-up, seen as a last chance, has been pushed': a participle
    np = _inverted_np(c, m, after_quote=False)
    if np is None:
        return None
    end = _np_end(c, m, np, fr.MAX_SPEAKER_WORDS)
    if c.text[end:comma].strip():
        return None  # the noun phrase ends at the comma
    words = c.text[np[0] : np[1]].split()
    if words[0].lower() in PERSONAL or not (
        fr._speakerlike(c.text, *np, c.lex, loose=True)
        or words[-1].lower().strip(".,") in c.lex.speaker_class("issued_text")
    ):
        return None
    before = fr._skip_back(c.text, m.start(), " ,")
    start = fr.content_before(c.text, c.s, before, c.quotes, c.lex)
    if not 0 < n_words(c, (start, before)) <= MAX_MID_SUBJECT or "," in c.text[start:before] or (
        _has_clause(c, (start, before))
    ):
        return None  # ('Ann Lee, a nurse, said the rules, ...': a subject and its appositive)
    content = fr._trim_content(c.text, start, c.s.end)
    return make_frame("mid", m.span(), c, without_setting(c, np), content, w)


def _two_word_clause(c: Ctx, content: tuple[int, int], frame_end: int) -> bool:
    """'Prices rose, said the NBS.', 'Sales fell, the ministry said.': two words that open
    the sentence, a noun and a lower-case verb, before a frame that closes it (the caller
    checks that it ends the frame; no comma after ``frame_end``: not 'At home, said Ann
    Lee, the mood is grim', 'Sometimes though, he said, C') are a whole clause; not an
    adverbial or a determiner's noun ('The dam')."""
    words = c.text[content[0] : content[1]].split()
    if len(words) != 2 or c.text[c.s.start : content[0]].strip(fr.QUOTE_OPEN + " "):
        return False
    if "," in c.text[frame_end : c.s.end]:
        return False
    leads = c.lex.union("opener", "connector", "adjunct_lead", "not_speaker", "aux")
    first, second = words[0].lower(), words[1].rstrip(",")
    return first not in leads and second.isalpha() and second.islower()


def _month_named(c: Ctx, span: tuple[int, int]) -> bool:
    """The only auxiliary-like words of the name are capitalised month names after its first
    word, so names ('said Theresa May on Monday', 'said Mrs May'), no modal ('said he May')."""
    words = c.text[span[0] : span[1]].split()
    aux, months = c.lex.frame_class("aux"), c.lex.frame_class("month")
    found = [x for x in words[1:] if x.lower() in aux]
    return (
        bool(found)
        and words[0].lower() not in aux
        and all(x[:1].isupper() and x.lower() in months for x in found)
    )


def _place_to(c: Ctx, span: tuple[int, int]) -> bool:
    """The only auxiliary-like word of the name is a 'to' between a title and a capitalised
    word, the title's complement ('Chinese Ambassador to Kenya Zhou Pingjian'), no
    infinitive ('a plan to Cut taxes') nor a noun's 'to' ('access to China')."""
    words = c.text[span[0] : span[1]].split()
    aux, title = c.lex.frame_class("aux"), c.lex.speaker_class("title")
    found = [i for i, x in enumerate(words) if x.lower() in aux]
    return bool(found) and all(
        0 < i < len(words) - 1
        and words[i] == "to"
        and words[i - 1].lower() in title
        and words[i + 1][:1].isupper()
        for i in found
    )


def fronted_inverted_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """'Said another trader, "C."' / 'Said coach Tom Hall: "C."' / 'Said Ann Lee, a trader at
    Acme, "C."': a cue opening its sentence before its speaker (an appositive at most) and
    a comma or colon; what was said is the quotation that follows."""
    if m.start() != c.s.start or not m.group()[:1].isupper() or " " in m.group():
        return None  # not 'Asked about X, Ann Lee said: "C"'
    if m.group().lower().endswith("ing"):
        return None  # 'Calling the plan "unfair," Ann Lee said ...': a participle's object
    np = fr._np_after(c.text, m.end(), c.s.end, max_words=fr.MAX_SPEAKER_WORDS, lex=c.lex)
    words = fr._words(c.text[slice(*np)]) if np is not None else []
    if np is None or not c.lex.union("verbish", "aux").isdisjoint(words):
        return None  # 'Signs of X were there all along: "C"' is no frame of 'Signs of'
    if words[0] in c.lex.union("open_question", "subordinator"):
        return None  # 'Asked if she likes it she says: "C"': a question, not the speaker
    if not (fr._speakerlike(c.text, *np, c.lex, loose=True) or _role_and_name(c, np)):
        return None
    q = next((q for q in c.quotes.within(np[1], c.s.end) if q.start >= np[1]), None)
    gap = None if q is None else RE_FRONTED_GAP.fullmatch(c.text, np[1], q.start)
    if q is None or gap is None:
        return None
    desc = gap.group("desc").strip() if gap.group("desc") else None
    if desc and gap.group().rstrip().endswith(":") and not describes_name(c, desc.split()):
        return None  # 'Asked the reason for the sale, Evans said: "C"': a clause, no description
    return make_frame("inverted", m.span(), c, np, (q.start, q.end), w, description=desc)


def _modified_noun(c: Ctx, words: list[str]) -> bool:
    """A determined noun phrase one word longer than MAX_DETERMINED_WORDS whose words after
    the article are one lower-case modifier, a capitalised word and a lower-case noun that
    ends it ('the famed Yale scholar', 'the noted Harvard historian'): one noun phrase
    naming a speaker, no object with its complement ('the offer as inadequate')."""
    if len(words) != MAX_DETERMINED_WORDS + 1:
        return False
    modifier, name, noun = words[1], words[2], words[3].rstrip(".,")
    stops = c.lex.union("setting_preposition", "adjunct_lead", "cue_preposition", plus=AS)
    return (
        modifier.isalpha() and modifier.islower() and modifier not in stops
        and name[:1].isupper() and name.isalpha()
        and noun.isalpha() and noun.islower() and noun not in stops
    )


def _role_and_name(c: Ctx, np: tuple[int, int]) -> bool:
    """'C, adds psychologist Ann Lee.': a few lower-case words of a role (no preposition or
    determiner among them) before a capitalised name that ends the noun phrase."""
    words = c.text[np[0] : np[1]].split()
    n = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    role, name = words[:n], words[n:]
    return (
        0 < len(role) <= MAX_ROLE_WORDS
        and 0 < len(name) <= fr.MAX_NP_WORDS
        and all(w.isalpha() and w not in ROLE_STOPS for w in role)
        and all(w[:1].isupper() for w in name)
    )


def _holds_verb(c: Ctx, span: tuple[int, int]) -> bool:
    """A mention that holds a lower-case verb (class verbish or past, or an -ed word: 'Tom
    Hall made a number of errors', 'They referred to ...') is a clause read as a subject;
    not 'the United Steelworkers Union' nor 'China's ambassador to Britain'."""
    finite = c.lex.union("verbish", "past")
    return any(
        w in finite or len(w) > 4 and w.endswith("ed")
        for w in RE_LOWER_WORD.findall(c.text, *span)
    )


def _subject_with_participle(c: Ctx, span: tuple[int, int]) -> bool:
    """The words are a noun phrase with no finite verb and a reduced relative set off by
    a comma, its last comma part opening with an '-ed' or past participle ('A Ledger poll,
    conducted jointly with the Herald'): the subject of the cue after them, no clause of
    what was said (not 'Exports rose, driven by demand', whose first part has its verb)."""
    comma = c.text.rfind(",", span[0], span[1])
    if comma < 0:  # cheap: most contents before an inverted cue have no comma
        return False
    last = RE_FIRST_WORD.match(c.text, comma + 1, span[1])
    if last is None or not c.lex.past_form(last.group(1)):
        return False
    first = c.text.find(",", span[0], comma + 1)
    return not _has_clause(c, (span[0], first))


def _has_clause(c: Ctx, span: tuple[int, int]) -> bool:
    """The words hold a finite verb outside a relative clause: an auxiliary, a past form
    or an -ed word ('The rate stood ...', 'They agreed ...'), so they are a clause, not a
    subject with its appositive ('The mayor, however', 'Dam Watch, which opposed X')."""
    words = fr._words(c.text[span[0] : span[1]])
    if any(w in RELATIVE_CUT for w in words):
        return False
    finite = c.lex.union("aux", "past", "verbish")
    return any(w in finite or len(w) > 3 and w.endswith("ed") for w in words)


def mid_frame(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    spk = fr._clean_subject(c.text, seg, m.start(), c.lex)
    if spk[0] >= spk[1] or narrow_subject(c, spk) != spk:
        return None
    if not fr._speakerlike(c.text, *spk, c.lex, loose=True):
        return None
    start = fr.content_before(c.text, c.s, seg, c.quotes)
    if c.text[start : start + 1] in "AB":  # 'But with each week, aides say, C': no 'But'
        start = fr.after_conjunction(c.text, start, seg, c.lex)
    lead = fr._words(c.text[start:seg])
    adverbial = lead and lead[0] in c.lex.frame_class("opener+connector")
    if adverbial and len(lead) <= MAX_MID_LEAD and not _demonstrative_subject(c, lead):
        start = m.end()  # 'In contrast, Ann Lee said, C': the adverbial is the writer's
    content = fr._trim_content(c.text, start, c.s.end)
    return make_frame("mid", m.span(), c, spk, content, w) if _content_ok(c, content) else None


def _demonstrative_subject(c: Ctx, lead: list[str]) -> bool:
    """'This campaign, he says, is different': 'this' before a noun that names no time
    opens the subject of the statement, not an adverbial ('This week, X said, C')."""
    times = c.lex.union("time", "time_measure", "weekday")
    return len(lead) >= 2 and lead[0] in DEMONSTRATIVES and lead[-1] not in times


def appositive_pre_frame(c: Ctx, m: CueHit, seg: int, w: float) -> Frame | None:
    """'"C," the press secretary, Josh Earnest, said.' / '"C," Ann Lee, 67, a nurse in
    Rivertown, Ore., said.': a subject with appositives between a closing quote and the cue."""
    spans: list[tuple[int, int]] = []
    end = fr._skip_back(c.text, seg, " ,")
    while len(spans) < MAX_APPOSITIVES:
        start = fr._segment_start(c.text, c.s.start, end)
        spans.insert(0, fr._strip_span(c.text, start, end))
        before = fr._skip_back(c.text, start, " ,")
        if len(spans) >= 2 and c.quotes.ending_at(before) is not None:
            break
        if c.text[before:start].strip() != ",":
            return None
        end = before
    else:
        return None
    sizes = [n_words(c, span) for span in spans]
    if min(sizes) < 1 or sum(sizes) > APPOSITIVE_WORDS:
        return None
    content = fr._trim_content(
        c.text, fr.content_before(c.text, c.s, spans[0][0], c.quotes, c.lex), spans[0][0]
    )
    if content[0] >= content[1] and _nothing_said_after(c, m):
        # '"C?" Ann Lee, a nurse, said.': the quotation closed the sentence before; not when
        # the cue has words of its own ('Ann Lee, a nurse, said last year prices rose')
        content = _quote_before_sentence(c) or content
    first = spans[0]
    word = c.text[spans[1][0] : spans[1][1]].split()[0]
    described = c.text[first[0] : first[1]].split()[0].lower() in fr.NP_STARTERS
    if described and word[:1].isupper() and word.lower() not in fr.NP_STARTERS:
        first = spans[1]  # "the secretary, Josh Earnest"
    if not _content_ok(c, content) or not fr._speakerlike(c.text, *first, c.lex, loose=True):
        return None
    rest = [c.text[a:b] for a, b in spans if (a, b) != first]
    desc = ", ".join(x for x in rest if not x.isdigit())  # an age is no role
    return make_frame("pre", m.span(), c, first, content, w, description=desc)


def _nothing_said_after(c: Ctx, m: CueHit) -> bool:
    """The cue ends its sentence, or only an adjunct of the frame follows it ('said at a
    summit Thursday.'; particles.adjunct_only)."""
    tail = c.text[m.end() : c.s.end].strip()
    return not tail or tail[0] in ".!?" or adjunct_only(c.text, m.end(), c.s.end, c.lex)


def _quote_before_sentence(c: Ctx) -> tuple[int, int] | None:
    """A quotation in double marks that closes right before the sentence, or None."""
    q = c.quotes.ending_at(fr._skip_back(c.text, c.s.start, " \t"))
    return None if q is None or not q.double else (q.start, q.end)


def participle_frame(
    c: Ctx, m: CueHit, lemma: str, w: float, previous: Frame | None
) -> Frame | None:
    if previous is None:
        lead = sentence_subject(c, m.start())
        if lead is None:
            return None
        spk = clause_head(c, lead, m.start())
    else:
        spk = gerund_object(c, previous, m) or participle_subject(c, previous)
    content = complement(c, m, lemma)
    if previous is None:
        content = _aside_end(c, spk, m.start(), content)
    if n_words(c, content) < 2 or _cue_after_comma(c, m.end(), content[0]):
        return None
    return make_frame("participle", m.span(), c, spk, content, w * 0.9)


def gerund_object(c: Ctx, previous: Frame, m: CueHit) -> tuple[int, int] | None:
    """The name between the frame before a participle cue and a preposition of class
    gerund_reason that is no participle_adjunct ('for') right before the cue, when 'that'
    follows it: "The union praised Ann Lee for saying that C" (Ann Lee said C; the active
    form of passive._subject_gerund's 'Ann Lee was praised by the union for saying that C');
    None when no such word is right before the cue (nearly every participle) or the object
    is no name (content_start.named_gerund: 'praised the plan for saying that C')."""
    lead = c.text[max(previous.cue_end, m.start() - GERUND_LINK_CHARS) : m.start()].split()
    if not lead or lead[-1].lower() not in c.lex.frame_class("gerund_reason"):
        return None
    if not c.text.startswith(" that ", m.end()) or not named_gerund(
        c.text[previous.cue_end : m.end()].split(), c.lex
    ):
        return None
    link = c.text.rfind(lead[-1], previous.cue_end, m.start())
    return fr._strip_span(c.text, previous.cue_end, link)


def _aside_end(
    c: Ctx, spk: tuple[int, int], cue_start: int, content: tuple[int, int]
) -> tuple[int, int]:
    """A participle set off by commas right after its subject's comma part ('Both houses of
    the assembly, citing costs, passed bills'): its content ends at the comma before the
    main verb, a past form or a word of class verbish, perhaps after an adverb (classes
    verb_adverb and coordinated_adverb, or an '-ly' word: 'The board, stressing C, also
    called for D')."""
    between = c.text[spk[1] : cue_start].rstrip()
    if not between.endswith(",") or "," in between[:-1]:
        return content
    comma = c.text.find(",", content[0], content[1])
    word = RE_FIRST_WORD.match(c.text, comma + 1, content[1]) if comma >= 0 else None
    if word is not None and (word.group(1).endswith("ly") or word.group(1) in c.lex.union(
            "verb_adverb", "coordinated_adverb")):
        word = RE_FIRST_WORD.match(c.text, word.end(), content[1])
    if word is None or not word.group(1).islower():
        return content
    verb = word.group(1)
    if not (c.lex.past_form(verb) or verb in c.lex.frame_class("verbish")):
        return content
    return fr._trim_content(c.text, content[0], comma)


def _cue_after_comma(c: Ctx, start: int, end: int) -> bool:
    """A cue opens the last comma part between a participle and its content: 'Ann Lee,
    writing in a blog, said: "C."' (the participle sets the scene of the cue after it, whose
    content that is)."""
    comma = c.text.rfind(",", start, end)
    if comma < 0:
        return False
    word = RE_FIRST_WORD.match(c.text, comma + 1, end)
    return word is not None and word.group(1).lower() in c.lex.cue_lemma


def clause_head(c: Ctx, lead: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """'The firm cut jobs, saying C': a determined noun phrase read with no verb-like word
    after it before the comma ahead of the participle has swallowed the clause's verb
    ('cut' reads as no verb), so it ends at its last word naming a speaker (speaker classes
    ``HEAD_CLASSES``: 'firm', 'chief executive') with a word after it; ``lead`` when a verb
    follows it ('The mayor visited the dam, saying'), when it ends on such a word or names
    none."""
    comma = c.text.rfind(",", lead[1], cue_start)
    if comma < 0 or c.text[comma + 1 : cue_start].strip():
        return lead
    after = [w.lower() for w in RE_WORD_SPAN.findall(c.text, lead[1], comma)]
    if any(c.lex.verb_word(w, aux=True) for w in after):
        return lead
    words = list(RE_WORD_SPAN.finditer(c.text, *lead))
    heads = c.lex.union(speaker=HEAD_CLASSES)
    if len(words) < 3 or words[0].group().lower() not in ARTICLES or (
        words[-1].group().lower() in heads  # 'The local police chief set up ...'
    ):
        return lead
    for w in reversed(words[1:-1]):
        if w.group().islower() and w.group() in heads:
            return lead[0], w.end()
    return lead


def participle_subject(c: Ctx, previous: Frame) -> tuple[int, int]:
    """Who a participle after a frame has as subject: that frame's speaker, but after a
    passive the subject it names before its cue when that can speak ('Ann Lee was
    encouraged by the figures, saying C': Ann Lee; 'The plan was criticised by Ann Lee,
    saying C': Ann Lee, as the plan cannot speak)."""
    patient = (previous.content_start, previous.content_end)
    if (
        previous.pattern == "passive"
        and patient[1] <= previous.cue_start
        and fr._speakerlike(c.text, *patient, c.lex)
    ):
        return patient
    return previous.speaker_start, previous.speaker_end
