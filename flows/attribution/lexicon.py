"""Word lists that drive attribution, read from the TSV files in ``data/``.

The lists are data, not code: reporting cues (surface form -> lemma and prior weight), the
speaker vocabulary (pronouns, titles, group nouns, organisation words, gender evidence; given
names in ``first_names.tsv``) and the frame
vocabulary (auxiliaries, connectors and adverbials that sit between a speaker, a cue and
what was said).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, KeysView, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = [
    "CueHit",
    "Lexicon",
    "build_lexicon",
    "cue_form",
    "hand_cue_forms",
    "load_lexicon",
    "lower_same_length",
    "parse_rows",
]


NO_WORDS: frozenset[str] = frozenset()
# "said", "follow-up", "didn't" (possessive: the same words, no backtracking to try)
RE_LOWER_WORD = re.compile(r"[a-z]++(?:[-'’][a-z]++)*+")
WORD_JOINERS = "_'’-"


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping offsets: characters whose lower case is longer stay as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# cue as written -> its form (``cue_form``, called for one cue by several checks), filled as
# read and emptied when it holds MAX_CUE_FORMS (cues as written are a few thousand)
_CUE_FORMS: dict[str, str] = {}
MAX_CUE_FORMS = 50_000
# text read from a cue's first word by ``Lexicon.cue_at``: twice the longest form (20 letters)
FORM_CHARS = 40


def cue_form(text: str) -> str:
    """A cue as written ("Said", "according\n to"), as the lexicon's forms are keyed: lower
    case, one space between words."""
    form = _CUE_FORMS.get(text)
    if form is None:
        if len(_CUE_FORMS) >= MAX_CUE_FORMS:
            _CUE_FORMS.clear()
        form = _CUE_FORMS[text] = " ".join(text.lower().split())
    return form


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue found in a text; read like a regex match (``start()``, ``end()``, ``group()``)."""

    begin: int
    finish: int
    surface: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self) -> str:
        return self.surface


UnionKey = tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]


class WordClasses(dict[str, frozenset[str]]):
    """Class name -> words (lower case); ``classes[name]`` of a class no file declares is
    empty (``get`` still gives None, as for a plain dict)."""

    def __missing__(self, key: str) -> frozenset[str]:
        return NO_WORDS


@dataclass(frozen=True, slots=True)
class Lexicon:
    cue_lemma: dict[str, str]  # surface form (lower case) -> lemma
    cue_weight: dict[str, float]  # surface form (lower case) -> prior weight
    cue_shape: dict[str, str]  # surface form -> "clause" (reported speech) or "np" (an object)
    cue_first: PatternIndex  # first word -> pattern of the forms it starts
    speaker_words: dict[str, frozenset[str]]  # class -> words (lower case)
    frame_words: dict[str, frozenset[str]]  # class -> words (lower case)
    hand_cues: frozenset[str] = NO_WORDS  # the forms of the hand list (data/cues.tsv) kept
    unions: dict[UnionKey, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )  # what ``union`` has built, by its arguments
    # ``speaker_class(name)`` / ``frame_class(name)``: the words of a class, empty for an
    # unknown name; a dict's own look-up, not a method (half a million calls per thousand
    # articles)
    speaker_class: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)
    frame_class: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("speaker", "frame"):
            classes = WordClasses(getattr(self, f"{name}_words"))
            object.__setattr__(self, f"{name}_words", classes)
            object.__setattr__(self, f"{name}_class", classes.__getitem__)

    def past_form(self, word: str) -> bool:
        """A past verb form: class past ('held', 'rose'), or an '-ed' word of four letters
        or more (not 'red')."""
        return word in self.frame_class("past") or len(word) > 3 and word.endswith("ed")

    def verb_word(self, word: str, *, aux: bool = False) -> bool:
        """A verb form: class verbish or past (and class aux with ``aux``), or a past form
        (``past_form``); the word as given (lower-case it first for a case-blind test)."""
        verbs = self.union("verbish", "past", "aux") if aux else self.union("verbish", "past")
        return word in verbs or self.past_form(word)

    def union(
        self,
        *frame: str,
        speaker: tuple[str, ...] = (),
        plus: frozenset[str] = NO_WORDS,
        minus: frozenset[str] = NO_WORDS,
    ) -> frozenset[str]:
        """The words of the frame classes ``frame`` and the speaker classes ``speaker``, with
        ``plus`` and without ``minus``; built once per lexicon and arguments, not per call."""
        key = (frame, speaker, plus, minus)
        words = self.unions.get(key)
        if words is None:
            words = (
                _union(self.frame_words, frame) | _union(self.speaker_words, speaker) | plus
            ) - minus
            self.unions[key] = words
        return words

    def cue_at(self, text: str, pos: int, first: str) -> tuple[int, str] | None:
        """The longest cue form that opens with the word ``first`` (lower case) at ``pos`` in
        ``text`` ('make it clear' at 'make'): its end in ``text`` and the form; None when no
        form opens there."""
        if first not in self.cue_first:
            return None
        m = self.cue_first[first].match(text[pos : pos + FORM_CHARS].lower())
        return None if m is None else (pos + m.end(), cue_form(m.group()))

    def find_cues(self, text: str) -> list[CueHit]:
        """Every cue form in ``text`` (case-insensitive, whole words), left to right."""
        low = lower_same_length(text)
        words = set(RE_LOWER_WORD.findall(low))
        spans = sorted(
            (m.start(), -m.end())
            for w in words & self.cue_first.keys()
            if self.cue_first.may_match(w, words)
            for m in self.cue_first[w].finditer(low)
            if not m.start()
            or low[m.start() - 1] not in WORD_JOINERS
            and not low[m.start() - 1].isalnum()
        )
        hits: list[CueHit] = []
        for start, neg_end in spans:
            if not hits or start >= hits[-1].finish:
                hits.append(CueHit(start, -neg_end, text[start:-neg_end]))
        return hits


def _rows(name: str) -> list[list[str]]:
    path = resources.files(__package__).joinpath("data", name)
    if not path.is_file():
        return []
    return parse_rows(path.read_text(encoding="utf-8"))


def parse_rows(text: str) -> list[list[str]]:
    """Tab-separated rows of a lexicon file, without comments and blank lines."""
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


MIN_WEIGHT = 0.1
PRONOUN_CLASSES = ("pronoun_person", "pronoun_group", "pronoun_org", "pronoun_second")
UNRESOLVED_SPEAKER_CLASSES = ("pronoun_second", "quantity_group", "quantity_person")
REFERENT_CLASSES = (  # head words of a description that a pronoun can stand for
    "title",
    "group",
    "org",
    "org_name",
    "anonymous",
    "male",
    "female",
    "person_noun",
)
KNOWN_SPEAKER_CLASSES = ("title", "group", "org", "anonymous", "pronoun_person", "pronoun_group")


def _union(classes: dict[str, frozenset[str]], names: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(classes.get(n, frozenset()) for n in names))


def _word_classes(name: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for word, cls, *_ in _rows(name):
        classes[cls.strip()].add(word.strip().lower())
    return {cls: frozenset(words) for cls, words in classes.items()}


class PatternIndex(Mapping[str, re.Pattern[str]]):
    """Key -> regular expression, compiled when first looked up.

    A run that analyses a few articles (an incremental re-run, a test) meets a fraction of
    the ~900 cue patterns, and compiling them all took a third of a second per process."""

    def __init__(
        self, sources: dict[str, str], tails: dict[str, tuple[frozenset[str], ...] | None]
    ) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._tails = tails

    def may_match(self, first: str, words: set[str]) -> bool:
        """Whether a form that opens with ``first`` can be in a text of these words
        (``RE_LOWER_WORD``): the word is a form of its own, or the text holds every further
        word of one of its forms. Most of the frequent first words ("the", "a", "to") open
        only forms of several words ("the outlook"), and searching for them is slow."""
        tails = self._tails.get(first)
        return tails is None or any(tail <= words for tail in tails)

    def __getitem__(self, key: str) -> re.Pattern[str]:
        pattern = self._compiled.get(key)
        if pattern is None:
            pattern = self._compiled[key] = re.compile(self._sources[key])
        return pattern

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __contains__(self, key: object) -> bool:  # without compiling
        return key in self._sources

    def keys(self) -> KeysView[str]:  # a set view: ``words & index.keys()``
        return self._sources.keys()


def _cue_index(forms: list[str]) -> PatternIndex:
    """First word -> a pattern matching every form that starts with it, longest first."""
    rests: dict[str, list[list[str]]] = defaultdict(list)
    for form in forms:
        first, *rest = form.split()
        rests[first].append(rest)
    sources: dict[str, str] = {}
    tails: dict[str, tuple[frozenset[str], ...] | None] = {}
    for first, options in rests.items():
        longer = sorted((r for r in options if r), key=len, reverse=True)
        tail = "|".join(r"\s+" + r"\s+".join(map(re.escape, r)) for r in longer)
        optional = "?" if [] in options else ""
        body = rf"{re.escape(first)}(?:{tail}){optional}" if longer else re.escape(first)
        sources[first] = rf"{body}(?![\w'’-])"
        # a further word is a whole word of the text wherever the form is found, so its
        # words (those RE_LOWER_WORD reads whole) must all be among the text's
        tails[first] = None if optional else tuple(
            frozenset(w for w in r if RE_LOWER_WORD.fullmatch(w)) for r in longer
        )
    return PatternIndex(sources, tails)


def hand_cue_forms() -> set[str]:
    """The cue forms of the hand list ``data/cues.tsv``."""
    return {form.strip().lower() for form, *_ in _rows("cues.tsv")}


def build_lexicon(learned_rows: list[list[str]], *, min_weight: float = MIN_WEIGHT) -> Lexicon:
    """The hand cue list (``data/cues.tsv``) plus learned rows (form, shape, weight, ...).

    A learned weight below ``min_weight`` removes the form: measured, it rarely is a cue.
    """
    lemma: dict[str, str] = {}
    weight: dict[str, float] = {}
    shape: dict[str, str] = {}
    hand: list[str] = []
    for form, lem, w, *_ in _rows("cues.tsv"):
        key = form.strip().lower()
        lemma[key], weight[key], shape[key] = lem.strip(), float(w), "clause"
        hand.append(key)
    for form, shp, w, *_ in learned_rows:
        key = form.strip().lower()
        if float(w) < min_weight:
            lemma.pop(key, None)
            continue
        lemma.setdefault(key, key)
        weight[key], shape[key] = float(w), shp.strip()  # measured values replace hand priors
    speaker_words = _word_classes("speaker_words.tsv")
    for cls, names in _word_classes("first_names.tsv").items():  # "first_male", "first_female"
        speaker_words[f"first_{cls}"] = names
    speaker_words.update(_word_classes("places.tsv"))  # "place"
    frame_words = _word_classes("frame_words.tsv")
    return Lexicon(
        cue_lemma=lemma,
        cue_weight=weight,
        cue_shape=shape,
        cue_first=_cue_index(list(lemma)),
        hand_cues=frozenset(hand) & frozenset(lemma),
        speaker_words={
            **speaker_words,
            "known": _union(speaker_words, KNOWN_SPEAKER_CLASSES),
            "unresolved": _union(speaker_words, UNRESOLVED_SPEAKER_CLASSES),
            "pronoun": _union(speaker_words, PRONOUN_CLASSES),
            "referent": _union(speaker_words, REFERENT_CLASSES),
            "mention_lead": (
                _union(speaker_words, ("not_role",)) | _union(frame_words, ("time", "time_lead"))
            )
            - _union(speaker_words, PRONOUN_CLASSES),
        },
        frame_words={
            **frame_words,
            "opener+connector": _union(frame_words, ("opener", "connector")),
            "np_stop": _union(frame_words, ("np_stop", "subordinator")),
            "not_speaker": _union(
                frame_words, ("not_speaker", "opener", "connector", "subordinator")
            )
            - {"that", "whom", "whose"},
        },
    )


@lru_cache(maxsize=2)
def load_lexicon(*, learned: bool = True) -> Lexicon:
    """The packaged lexicon, read once; ``learned`` adds ``data/learned_cues.tsv``."""
    return build_lexicon(_rows("learned_cues.tsv") if learned else [])
