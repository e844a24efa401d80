"""Read a frame whose cue comes before its speaker: 'C, said X' and '"C," said the man who
...' (``inverted_frame``), 'The deal, said officials, was signed' (``interjected_inverted_frame``)
and 'Said Ann Lee, a trader, "C."' (``fronted_inverted_frame``), with the checks that the noun
phrase after the cue is its subject, not its object."""

from __future__ import annotations

import re

from flows.attribution import frames as fr
from flows.attribution.appositions import describes_name
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit, cue_form
from flows.attribution.readers import RE_COMMA_WORD, RE_FIRST_WORD, content_ok, has_clause, np_end
from flows.attribution.spans import ARTICLES
from flows.attribution.speaker_tail import without_setting
from flows.attribution.subjects import (
    PERSONAL,
    RELATIVE,
    Ctx,
    n_words,
)
from flows.attribution.unframed import make_frame

__all__ = [
    "MAX_DETERMINED_WORDS",
    "fronted_inverted_frame",
    "interjected_inverted_frame",
    "inverted_frame",
    "two_word_clause",
]

AS = frozenset(["as"])  # 'said as she left': a clause, no subject
PERSON_RELATIVE = frozenset(["who", "whose"])  # a relative clause about a speaker
MAX_MID_SUBJECT = 8  # words of the subject before it ('The plan to cut taxes, said X, is')
# between a fronted inverted frame's speaker and its quotation: a comma or a colon, with an
# appositive set off by commas at most ('Said Ann Lee, a trader at Acme, "C"')
RE_FRONTED_GAP = re.compile(r"\s*(?:,(?P<desc>[^,;:\"\u201c\u201d]{1,80})[,:]|[,:])\s*")
MAX_ROLE_WORDS = 3  # 'senior party economist' before a name
ROLE_STOPS = frozenset(
    ["the", "a", "an", "to", "in", "on", "at", "of", "for", "by", "with", "from"]
)
RE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "NBS", "IMF": an organisation's initials
MAX_DETERMINED_WORDS = 3  # "the NBS", "the Bucharest side"; not "the offer as inadequate"
MAX_SETTING_TAIL_WORDS = 30  # 'said Ann Lee as she dined on eggs and ham at her golf resort'


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
    end = np_end(c, m, np, fr.MAX_SPEAKER_WORDS)
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
    if not (content_ok(c, content) or closes and two_word_clause(c, content, end)) or not (
        tail[:1] == "," or closes
    ):
        return None
    if needs_clause and not has_clause(c, content):
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
    end = np_end(c, m, np, fr.MAX_SPEAKER_WORDS)
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
        has_clause(c, (start, before))
    ):
        return None  # ('Ann Lee, a nurse, said the rules, ...': a subject and its appositive)
    content = fr._trim_content(c.text, start, c.s.end)
    return make_frame("mid", m.span(), c, without_setting(c, np), content, w)


def two_word_clause(c: Ctx, content: tuple[int, int], frame_end: int) -> bool:
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
    return not has_clause(c, (span[0], first))
