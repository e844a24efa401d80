"""Confidence: a logistic scorer over a candidate statement's frame, speaker and content.

Each candidate is described by a few symbolic features (the cue form and its measured
weight, the frame shape, the kind, what the speaker mention and the content look like).
The weights are learned from annotated gold by ``bench/train_scorer.py`` and stored as data
in ``data/scorer_weights.tsv`` (feature -> weight; no article text). The probability is the
statement's ``confidence``; candidates below the file's ``threshold`` (0.1) are not kept.
(Dropping anything right less often than F1/2 raises F1 on PolNeAR, but the cut is kept low:
a PolNeAR-trained scorer undervalues the plain indirect speech of wire copy, such as the
sample article's 'C, hence he decided to highlight them', scored 0.2.) Candidates whose cue
only the learned lexicon has, not the hand list of speech verbs (``data/cues.tsv``), must
reach the file's ``learned_threshold`` (0.4): below it they are mostly PolNeAR's wider
notion of a statement ('was named chief executive', 'is listed as', 'declined to
comment'), which reports nothing said in wire copy. (Verbs that never report speech, 'signed',
'passed', 'known as', are not learned at all: ``data/not_cues.tsv``.)

Without a weights file the hand-set prior of ``heuristic_confidence`` is used and nothing is
dropped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat

from flows.attribution.frames import Frame
from flows.attribution.lexicon import Lexicon, cue_form, parse_rows
from flows.attribution.speakers import Speaker
from flows.records import StatementKind

__all__ = ["Scorer", "candidate_features", "heuristic_confidence", "load_scorer"]

KIND_PRIOR: dict[StatementKind, float] = {"direct": 1.0, "mixed": 0.92, "indirect": 0.82}
PATTERN_PRIOR = {
    "post": 0.8,
    "mid": 0.85,
    "pre": 0.95,
    "inverted": 0.95,
    "according": 0.9,
    "participle": 0.85,
}
RE_FIRST = re.compile(r"[A-Za-z]+|\S")
WEIGHT_BINS = (0.2, 0.35, 0.5, 0.65, 0.8, 0.9)
LENGTH_BINS = (2, 4, 7, 12, 20, 35)
THRESHOLD_KEY = "__threshold__"
LEARNED_THRESHOLD_KEY = "__learned_threshold__"
QUOTE_MARKS = frozenset("\"\u201c\u00ab\u201e'`")
ENDINGS = frozenset('.!?"\u201d\u00bb')
# features of a yes or no (by bool) and of a bin (by number), written once
SPK_NAMED, AFTER_THAT, ENDS, SPK_KNOWN, QUOTED_START = (
    (f"{name}=False", f"{name}=True")
    for name in ("spk_named", "after_that", "ends", "spk_known", "quoted_start")
)
SPK_LEN, LEN, CUE_GAP = (
    tuple(f"{name}={i}" for i in range(len(LENGTH_BINS) + 1))
    for name in ("spk_len", "len", "cue_gap")
)
# the features of a frame's cue and kind, by lexicon (the last one used; lexicons built by
# tests do not pile up) and (cue, pattern, weight, kind): a few hundred cue forms recur in
# every article, so nearly every candidate finds its nine features built
MAX_REMEMBERED = 20_000
_CUE_FEATURES: dict[int, tuple[Lexicon, dict[tuple[str, str, float, str], tuple[str, ...]]]] = {}


def _bin(value: float, edges: tuple[float, ...]) -> int:
    return bisect_right(edges, value)


def _first_word(text: str, closed: frozenset[str]) -> str:
    """The first word when it is from the closed vocabulary, else its shape."""
    m = RE_FIRST.search(text)
    if m is None:
        return "none"
    w = m.group()
    if w.lower() in closed:
        return w.lower()
    if not w.isalpha():
        return "punct"
    return "Cap" if w[0].isupper() else "low"


def candidate_features(
    text: str, frame: Frame, speaker: Speaker, kind: StatementKind, lex: Lexicon
) -> tuple[str, ...]:
    """Symbolic features of one candidate statement (no free article text)."""
    closed = lex.frame_class("scorer_word")
    known = lex.speaker_class("known")
    content = text[frame.content_start : frame.content_end]
    mention = text[frame.speaker_start : frame.speaker_end]
    length = _bin(len(content.split()), LENGTH_BINS)
    # the last word before the content is "that" (the words lowered: only "THAT", "That"...)
    before = text[max(0, frame.content_start - 12) : frame.content_start].rstrip()
    after_that = before[-4:].lower() == "that" and (len(before) == 4 or before[-5].isspace())
    ends = content.rstrip()[-1:] in ENDINGS if content else False
    return _cue_features(frame, kind, lex) + (
        f"spk_type={speaker.type}",
        SPK_NAMED[speaker.name is not None],
        f"spk_pronoun={speaker.pronoun}",
        f"spk_first={_first_word(mention, closed)}",
        SPK_LEN[_bin(len(mention.split()), LENGTH_BINS)],
        LEN[length],
        f"len*kind={length}*{kind}",
        f"first={_first_word(content, closed)}",
        AFTER_THAT[after_that],
        ENDS[ends],
        SPK_KNOWN[not known.isdisjoint(mention.lower().split())],
        CUE_GAP[_bin(len(text[frame.cue_end : frame.content_start].split()), LENGTH_BINS)],
        QUOTED_START[content[:1] in QUOTE_MARKS],
    )


def _cue_features(frame: Frame, kind: StatementKind, lex: Lexicon) -> tuple[str, ...]:
    """The features of the cue, the frame's pattern and the kind, from the memo when read
    before."""
    held = _CUE_FEATURES.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) > MAX_REMEMBERED:
        _CUE_FEATURES.clear()
        held = _CUE_FEATURES[id(lex)] = (lex, {})
    key = (frame.cue, frame.pattern, frame.weight, kind)
    features = held[1].get(key)
    if features is None:
        form = cue_form(frame.cue)
        lemma = lex.cue_lemma.get(form, form)
        features = held[1][key] = (
            "bias",
            f"cue={form}",
            f"lemma={lemma}",
            f"cue_w={_bin(frame.weight, WEIGHT_BINS)}",
            f"pattern={frame.pattern}",
            f"kind={kind}",
            f"pattern*kind={frame.pattern}*{kind}",
            f"lemma*pattern={lemma}*{frame.pattern}",
            f"shape={lex.cue_shape.get(form, 'clause')}",
        )
    return features


def heuristic_confidence(frame: Frame, speaker: Speaker, kind: StatementKind) -> float:
    """The hand-set prior: cue weight, frame shape, quote backing, resolved speaker."""
    score = PATTERN_PRIOR.get(frame.pattern, 0.7) * KIND_PRIOR[kind] * math.sqrt(frame.weight)
    if speaker.name is None:
        score *= 0.8
    return min(1.0, max(0.0, score))


@dataclass(frozen=True, slots=True)
class Scorer:
    weights: dict[str, float]  # feature -> logistic weight; empty = the hand prior
    threshold: float = 0.0  # candidates scored below this are dropped
    learned_threshold: float = 0.0  # and those below this whose cue no hand-listed form is

    def keeps(self, confidence: float, hand_cue: bool) -> bool:
        """Whether a candidate with this confidence is kept; ``hand_cue``: its cue is a
        form of the hand list (``Lexicon.hand_cues``), not only a learned one."""
        return confidence >= self.threshold and (hand_cue or confidence >= self.learned_threshold)

    def confidence(
        self,
        features: tuple[str, ...],
        frame: Frame,
        speaker: Speaker,
        kind: StatementKind,
    ) -> float:
        if not self.weights:
            return heuristic_confidence(frame, speaker, kind)
        z = sum(map(self.weights.get, features, repeat(0.0)))  # the same sum, in order
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scorer_from_rows(rows: list[list[str]]) -> Scorer:
    weights = {name: float(w) for name, w, *_ in rows}
    threshold = weights.pop(THRESHOLD_KEY, 0.0)
    return Scorer(weights, threshold, weights.pop(LEARNED_THRESHOLD_KEY, 0.0))


@lru_cache(maxsize=1)
def load_scorer() -> Scorer:
    """The packaged weights (``data/scorer_weights.tsv``), or the hand prior without them."""
    path = resources.files(__package__).joinpath("data", "scorer_weights.tsv")
    if not path.is_file():
        return Scorer({})
    return scorer_from_rows(parse_rows(path.read_text(encoding="utf-8")))
