"""Passive frames: "C was denounced by X", "C, rejected by X," and "a C reported by X".

The agent after ``by`` is the speaker; what the speaker stated, backed or rejected is the
subject of the passive (``C``): the noun phrase before the auxiliary, or the noun phrase a
reduced relative clause hangs on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution import frames as fr
from flows.attribution.frames import Frame
from flows.attribution.lexicon import CueHit
from flows.attribution.particles import adjunct_only
from flows.attribution.relative_subjects import trailing_np
from flows.attribution.spans import QUOTE_OPEN
from flows.attribution.subjects import Ctx, narrow_subject
from flows.attribution.unframed import make_frame

__all__ = [
    "agentless_passive",
    "passive_frame",
    "question_aside",
    "relative_participle",
    "without_passive_subject",
]

RE_BY_AGENT = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s+(?=\S)")
RE_WORD_BACK = re.compile(r"[\w'’-]+|,")
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"])
BECAUSE = frozenset(["because"])
MAX_ADVERBS = 2  # "was quickly and loudly", "will probably be"
MAX_AGENT_WORDS = 24
AGENT_NOT = frozenset(["the way", "far", "contrast", "comparison", "then", "now"])
# words that show the agent runs into a clause ("warned by X that C", "asked by X whether C")
RE_CLAUSE_IN_AGENT = re.compile(r"\s(?:that|whether|if)\s")
RE_AS_ROLE = re.compile(r"\sas\s")
RE_AGENT_TAIL = re.compile(r"\s([A-Za-z]+)\s+([A-Za-z]+ing)$")  # 'by the union for saying'
GERUND_WEIGHT = 0.9  # a participle's frame, as participle_frames.participle_frame weighs it
RE_LOWER_WORD = re.compile(r"(?<=\s)[a-z]+\b")
MAX_SPEAKING_AGENT = 4  # words of an agent before the sentence's own cue ('by the BBC said')
AGENT_LINKS = frozenset(["of", "and", "or"])  # links that go on within an agent's name
# after a passive cue, words that make its subject the speaker after all ('was quoted as
# saying', 'is said to have told', 'was heard to say')
RE_SUBJECT_SPEAKS = re.compile(r"\s+to\s+(?:have|say|tell)\b")
# 'was quoted as arguing', 'as having said': a cue form after 'as' (and 'having')
RE_AS_CUE = re.compile(r"\s+as\s+(having\s+)?([a-z]+)\b")
# subordinators that open a reduced clause ('when asked', 'if confirmed'); not "that",
# "since", "once" or "though", which also open relative clauses or are adverbs ('a group
# that endorsed X', 'Ann Lee once said', 'Lee though blamed')
REDUCED_LEADS = frozenset(["when", "if", "unless", "until", "while", "although"])
PASSIVE_LEADS = BE_FORMS | REDUCED_LEADS
# characters before a cue read for the word before it and the adverbs between (the whole
# sentence when the first word in them is the one: it may have been cut)
WORD_BEFORE_WINDOW = 40
SUBJECT_FRAMES = frozenset(["post", "pre", "mid"])  # the subject before the cue is the speaker


def passive_frame(c: Ctx, m: CueHit, w: float) -> Frame | None:
    """A frame for a participle cue followed by ``by`` and its agent, else None."""
    agent_at = _agent_start(c, m)
    if agent_at is None:
        return None
    verbs = [x for x in m.group().lower().split() if x != "by"]
    if not verbs or not _participle(c, verbs[-1]):  # "standing by", "favored strongly by"
        return None
    np = fr._np_after(c.text, agent_at, c.s.end, max_words=MAX_AGENT_WORDS)
    if np is None:
        return None
    words = fr._words(c.text[np[0] : np[1]])
    lead = {words[0], " ".join(words[:2])}
    gerund = words[0].endswith("ing") and not _after_be(c, m.start())
    if gerund or lead & AGENT_NOT:  # "responded by saying" (but "was backed by leading X")
        return None  # "by far"
    subject = _passive_subject(c, m.start())
    if subject is None or subject[0] >= subject[1]:
        return None
    clause = RE_CLAUSE_IN_AGENT.search(c.text, np[0], np[1])
    if clause is not None:  # "was warned by the police that C": C is what the police said
        agent = fr._strip_span(c.text, np[0], clause.start())
        content = fr._trim_content(c.text, clause.end(), c.s.end)
        said = _subject_gerund(c, agent)
        if said is not None:  # 'X was praised by Y for saying that C': X said C
            form = c.text[said[0] : said[1]].lower()
            if form not in c.lex.cue_weight:
                return None  # 'was thanked by Y for ensuring that C': no one's words
            return make_frame("participle", said, c, subject, content,
                              c.lex.cue_weight[form] * GERUND_WEIGHT)
        if agent[0] >= agent[1] or _has_verb(c, agent):
            return None
        return make_frame("passive", m.span(), c, agent, content, w)
    if _has_verb(c, np) or _agent_speaks(c, np):
        return None
    role = RE_AS_ROLE.search(c.text, np[0], np[1])  # "interpreted by X as a rebuff"
    if role is not None:
        np = fr._strip_span(c.text, np[0], role.start())
    return make_frame("passive", m.span(), c, np, subject, w)


def _subject_gerund(c: Ctx, agent: tuple[int, int]) -> tuple[int, int] | None:
    """The agent of a passive cue runs on into a preposition of class gerund_reason and a
    word ending in '-ing' right before 'that' ('was praised by the union for saying that
    C'): the span of that gerund, whose subject is the passive's subject, else None
    ('-ing' words outside the lexicon too: 'for ensuring that C')."""
    if not c.text.endswith("ing", agent[0], agent[1]):  # cheap: most agents end on a noun
        return None
    words = RE_AGENT_TAIL.search(c.text, agent[0], agent[1])
    if words is None or words.group(1).lower() not in c.lex.frame_class("gerund_reason"):
        return None
    return words.span(2)


def relative_participle(c: Ctx, m: CueHit) -> bool:
    """A participle cue before ``by`` whose agent runs on into the sentence's own cue verb
    ('Banks asked by Reuters said C'): a reduced relative on the subject, no frame of its
    own (read as an active verb, its content was 'by Reuters said C')."""
    if not c.text.startswith(" by ", m.end()):  # cheap: most cues have no 'by' after them
        return False
    verbs = m.group().lower().split()
    if len(verbs) != 1 or not _participle(c, verbs[0]):
        return False
    np = fr._np_after(c.text, m.end() + 4, c.s.end, max_words=MAX_AGENT_WORDS)
    return np is not None and _agent_speaks(c, np)


def question_aside(c: Ctx, m: CueHit) -> bool:
    """A passive question cue and its agent in an aside between commas after the subject
    ('Ann Lee, asked by reporters about the plan, said C'): the agent only asked, the aside
    reports nothing, and the subject's own cue after it gives the row. Not when a question
    follows the agent ('X, asked by reporters whether C, said'): that reads as before."""
    if c.text.startswith(" by ", m.end()):  # cheap: most cues have no 'by' after them
        agent_at = m.end() + 4
    elif c.text.startswith(" by", m.end() - 3):  # the form ends in 'by': 'asked by'
        agent_at = m.end() + 1
    else:
        return False
    if m.group().split()[0].lower() not in c.lex.frame_class("question_passive"):
        return False
    if not c.text[c.s.start : m.start()].rstrip().endswith(","):
        return False
    np = fr._np_after(c.text, agent_at, c.s.end, max_words=MAX_AGENT_WORDS)
    if np is None or RE_CLAUSE_IN_AGENT.search(c.text, np[0], np[1]) is not None:
        return False
    return c.text[np[1] : c.s.end].lstrip().startswith(",")


def _agent_start(c: Ctx, m: CueHit) -> int | None:
    if m.group().lower().endswith(" by"):  # the form itself ends in "by": "reported by"
        rest = c.text[m.end() : c.s.end]
        return m.end() + len(rest) - len(rest.lstrip())
    by = RE_BY_AGENT.match(c.text, m.end(), c.s.end)
    return None if by is None else by.end()


def _passive_subject(c: Ctx, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase the passive is said of: before "was"/"been" ("The plan was rejected
    by"), before a comma ("The bill, opposed by X,") or right before the participle ("a fact
    first reported by X")."""
    seg = fr._segment_start(c.text, c.s.start, cue_start)
    words, i = _before_adverbs(c, cue_start)
    if i == 0:
        return None
    word = words[i - 1].group().lower()
    if word in BE_FORMS:
        lead = words[i - 1].start()
        while i > 1 and words[i - 2].group().lower() in _adverbs(c) | BE_FORMS:  # "has been"
            i -= 1
            lead = words[i - 1].start()
        if lead <= seg:
            return None
        return narrow_subject(c, fr._clean_subject(c.text, seg, lead, c.lex))
    if word == "," and i > 1:  # "The bill, opposed by X"
        comma = words[i - 1].start()
        return trailing_np(c, (fr._segment_start(c.text, c.s.start, comma), comma))
    token = words[i - 1].group()
    if token[:1].islower() and word not in c.lex.frame_class("not_speaker"):
        return trailing_np(c, (seg, words[i - 1].end()))  # "a penalty imposed by X"
    return None


def agentless_passive(c: Ctx, m: CueHit) -> bool:
    """A passive cue with no agent that ends its clause ("Before the plan was announced,
    Ann Lee said C", "The deal, which was widely expected, fell through"): nobody is named
    who said anything, and the words after the comma are not what was announced (read as a
    frame, the subject became the speaker of the next clause, and the next clause's own
    frame was lost). So is one whose clause an adjunct closes ("A case was reported in
    Riverton, the board said"). Left to the readers: an agentless passive before a clause or a
    quotation ("it was reported that C", "was told: C") or at the end of the sentence."""
    verbs = m.group().lower().split()
    if len(verbs) != 1 or not _participle(c, verbs[0]):
        return False
    after = c.text[m.end() : c.s.end].lstrip()
    if not after.startswith(","):
        after = _after_adjunct(c, m)  # 'was reported in Riverton, the board said'
    if not after.startswith(",") or not _after_be(c, m.start()):  # the cheap test first
        return False
    return not after[1:].lstrip().startswith(tuple(QUOTE_OPEN))  # 'was quoted, "C"'


def _after_adjunct(c: Ctx, m: CueHit) -> str:
    """The words from the first comma after the cue when only an adjunct of place or time
    comes before that comma ('was reported in Riverton, the board said': ', the board
    said'); '' otherwise."""
    comma = c.text.find(",", m.end(), c.s.end)
    if comma < 0 or not adjunct_only(c.text, m.end(), comma, c.lex):
        return ""
    return c.text[comma : c.s.end]


def _after_be(c: Ctx, cue_start: int) -> bool:
    """The participle follows a form of "be" (adverbs between): a true passive."""
    return _word_before(c, cue_start) in BE_FORMS


def _frames_quotation(c: Ctx, frame: Frame) -> bool:
    """The frame sits at a quotation ('The mayor was quoted, "C"', '"C," the mayor was
    reported'): a quotation is somebody's words, and the subject is the one it names."""
    opens = c.quotes.opening_at(frame.content_start) is not None
    if opens and not c.text[frame.cue_end : frame.content_start].strip(" ,:"):
        return True
    closes = c.quotes.ending_at(frame.content_end) is not None
    return closes and not c.text[frame.content_end : frame.speaker_start].strip(" ,")


def _word_before(c: Ctx, cue_start: int) -> str:
    """The word before the cue and the adverbs right before it (lower case; "" for none): a
    form of "be" makes a passive, a subordinator a reduced passive clause ('X made the
    remarks when asked about C', 'if confirmed'); read once per cue (``Ctx.words_before``)."""
    word = c.words_before.get(cue_start)
    if word is None:
        words, i = _before_adverbs(c, cue_start, window=WORD_BEFORE_WINDOW)
        if i <= 1 and cue_start - WORD_BEFORE_WINDOW > c.s.start:  # the window may cut it
            words, i = _before_adverbs(c, cue_start)
        word = c.words_before[cue_start] = words[i - 1].group().lower() if i > 0 else ""
    return word


def _quoted_as_speaking(c: Ctx, pos: int) -> bool:
    """The passive cue is followed by 'as' and a cue form: '-ing' ('was quoted as saying',
    'as arguing') or a participle after 'having' ('as having said'): the subject speaks."""
    m = RE_AS_CUE.match(c.text, pos, c.s.end)
    if m is None or m.group(2) not in c.lex.cue_lemma:
        return False
    return m.group(1) is not None or m.group(2).endswith("ing")


def _before_adverbs(c: Ctx, cue_start: int, window: int | None = None,
                   ) -> tuple[list[re.Match[str]], int]:
    """The sentence's words (and commas) before the cue, and how many of them come before
    the adverbs right before it ("was quickly and loudly", "will probably be"); with
    ``window``, only the words in that many characters before the cue."""
    begin = c.s.start if window is None else max(c.s.start, cue_start - window)
    words = list(RE_WORD_BACK.finditer(c.text, begin, cue_start))
    adverbs = _adverbs(c)
    i = len(words)
    while i > 0 and len(words) - i < MAX_ADVERBS and _adverb(words[i - 1].group(), adverbs):
        i -= 1
    return words, i


def _adverbs(c: Ctx) -> frozenset[str]:
    """Auxiliaries that may stand between a form of "be" and the participle."""
    return c.lex.union("aux", minus=BE_FORMS)


def _has_verb(c: Ctx, span: tuple[int, int]) -> bool:
    """The agent runs on into a clause ("by X is whether", "by X because")."""
    words = set(fr._words(c.text[span[0] : span[1]]))
    return bool(words & c.lex.union("verbish", plus=BECAUSE))


def _agent_speaks(c: Ctx, np: tuple[int, int]) -> bool:
    """The agent runs on into the sentence's own cue verb: the participle is a reduced
    relative on the subject ('Banks asked by Reuters said much the same', 'Doctors asked by
    the BBC said C'), not a passive whose agent spoke ('a plan backed by the Acme Group')."""
    words = c.text[np[0] : np[1]].split()[: MAX_SPEAKING_AGENT + 1]
    for i, w in enumerate(words[1:], 1):
        if w.islower() and w in c.lex.cue_lemma and c.lex.past_form(w):
            return not any(x.endswith("ing") for x in words[:i])  # 'papers ranging from'
    return False


def _participle(c: Ctx, word: str) -> bool:
    """A past participle by its ending ("rejected", "shown", "written") or from the lexicon's
    short list of irregular ones (class ``participle``: "said", "sought", "met")."""
    return word.endswith(("ed", "en", "wn")) or word in c.lex.frame_class("participle")


def _adverb(word: str, adverbs: frozenset[str]) -> bool:
    low = word.lower()
    return low in adverbs or low.endswith("ly") and len(low) > 3 or low in ("first", "long")


def without_passive_subject(c: Ctx, frame: Frame) -> Frame | None:
    """The frame with no speaker when its cue is a passive without an agent ('The plan was
    criticised as reckless', 'It was reported that C', 'Zhao was asked about the report'):
    its subject is what was said or whom it was said to, and the speaker is not named.
    Kept: an agent ('by X', a passive frame), a participle that is an adjective of the
    holder of the view (class ``holder_participle``: 'X was worried that C') and a subject
    quoted as speaking ('was quoted as saying', 'is said to have told') or next to a
    quotation ('The mayor was quoted, "C"'). The same for a reduced passive after a
    subordinator ('X made the remarks when asked about C'). An agent after a short
    complement ('was named player of the year by the club') is the speaker. None for a
    clause before such a passive whose subject is a noun phrase ('C, the results of which
    will be announced on Saturday', 'Despite C, the plan was barely mentioned'): the subject
    is what was announced or mentioned, and the clause before it reports nothing ('C, it was
    announced' and 'C, a Houston court was told' keep their frames: class
    ``addressee_passive`` names a cue whose passive subject is who heard it)."""
    if frame.pattern not in SUBJECT_FRAMES or frame.speaker_start >= frame.cue_start:
        return frame
    verb = frame.cue.lower().split()[0]
    if (not _participle(c, verb) or verb in c.lex.frame_class("holder_participle")
            or _word_before(c, frame.cue_start) not in PASSIVE_LEADS
            or RE_SUBJECT_SPEAKS.match(c.text, frame.cue_end, c.s.end)
            or _quoted_as_speaking(c, frame.cue_end)
            or RE_BY_AGENT.match(c.text, frame.cue_end, c.s.end)):  # an agent not read
        return frame
    agent = _agent_after(c, frame)
    if agent is not None:  # 'Pork is considered unclean by many groups': the agent speaks
        return replace(frame, speaker_start=agent[0], speaker_end=agent[1])
    if _frames_quotation(c, frame):
        return frame
    if (frame.pattern == "pre" and verb not in c.lex.frame_class("addressee_passive")
            and not _expletive_subject(c, frame)):
        return None  # 'C, the results of which will be announced': C was not announced
    if _adjunct_content(c, frame, verb):
        return None  # 'The merger was announced in a statement on Tuesday, but ...'
    return replace(frame, unnamed=True)


def _adjunct_content(c: Ctx, frame: Frame, verb: str) -> bool:
    """The content after an agentless passive opens with a preposition of an adjunct (class
    ``adjunct_lead``: 'in', 'on', 'at' ...) and holds no clause, quotation or colon: the
    subject is what was announced and the phrase says where or when ('The merger was
    announced on the firm's website on Tuesday, but no terms were given'), nobody's words.
    Kept: an empty subject or one who was told ('It was announced on Monday that C',
    'Staff were told in a memo that C')."""
    text = c.text[frame.cue_end : frame.content_end]  # ('announced on': the particle too)
    first = text.split(None, 1)[:1]
    if not first or not _adjunct_word(c, first[0]):  # the cheap test first
        return False
    if verb in c.lex.frame_class("addressee_passive") or _expletive_subject(c, frame):
        return False
    if ":" in text or any(ch in text for ch in QUOTE_OPEN) or "''" in text or "``" in text:
        return False
    return c.lex.union("noun_clause_lead", "open_question").isdisjoint(fr._words(text))


def _adjunct_word(c: Ctx, word: str) -> bool:
    """A first word after an agentless passive that opens an adjunct: a preposition of
    class ``adjunct_lead`` ('in', 'on') or ``passive_adjunct_lead`` ('with', 'among',
    'since', 'again'), a time word ('Monday') or a number ('was confirmed 92 to 0')."""
    low = word.lower()
    return (low in c.lex.union("adjunct_lead", "passive_adjunct_lead", "time")
            or low[:1].isdigit())


def _expletive_subject(c: Ctx, frame: Frame) -> bool:
    """The passive's subject is an empty 'it' ('C, it was announced on Monday'), so the
    clause before it is what was announced."""
    words = fr._words(c.text[frame.speaker_start : frame.cue_start])
    return bool(words) and words[0] in c.lex.frame_class("expletive")


def _agent_after(c: Ctx, frame: Frame) -> tuple[int, int] | None:
    """The agent right after the content of a passive cue ('considered unclean by many
    groups', where ``object_tails.agent_end`` ended the content): a noun phrase with no
    verb, up to a preposition ('by fellow physicians for promoting ...'; before 'and' when
    a second agent follows: 'rated A by Moody's and AA by S and P'), or None."""
    by = RE_BY_AGENT.match(c.text, frame.content_end, c.s.end)
    if by is None:
        return None
    np = fr._np_after(c.text, by.end(), c.s.end, max_words=MAX_AGENT_WORDS)
    if np is None or c.text[np[0] : np[1]].lower() in AGENT_NOT:
        return None
    links = c.lex.union("np_link", "clause_coordinator", minus=AGENT_LINKS)
    cut = next((t.start() for t in RE_LOWER_WORD.finditer(c.text, *np) if t.group() in links), -1)
    if cut >= 0 and c.text.startswith(" by ", cut - 1):  # 'by Moody's and A by S and P'
        cut = c.text.rfind(" and ", np[0], cut)
    agent = fr._strip_span(c.text, np[0], cut) if cut > np[0] else np
    return None if agent[0] >= agent[1] or _has_verb(c, agent) else agent
