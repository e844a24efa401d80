"""Word lists that drive attribution, read from the TSV files in ``data/``.

The lists are data, not code: reporting cues (surface form -> lemma and prior weight), the
speaker vocabulary (pronouns, titles, group nouns, organisation words) and the frame
vocabulary (auxiliaries, connectors and adverbials that sit between a speaker, a cue and
what was said).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    cue_lemma: dict[str, str]  # surface form (lower case) -> lemma
    cue_weight: dict[str, float]  # surface form (lower case) -> prior weight
    cue_pattern: re.Pattern[str]  # finds any cue form on word boundaries
    speaker_words: dict[str, frozenset[str]]  # class -> words (lower case)
    frame_words: dict[str, frozenset[str]]  # class -> words (lower case)

    def speaker_class(self, name: str) -> frozenset[str]:
        return self.speaker_words.get(name, frozenset())

    def frame_class(self, name: str) -> frozenset[str]:
        return self.frame_words.get(name, frozenset())


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _word_classes(name: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for word, cls, *_ in _rows(name):
        classes[cls.strip()].add(word.strip().lower())
    return {cls: frozenset(words) for cls, words in classes.items()}


def _cue_pattern(forms: list[str]) -> re.Pattern[str]:
    ordered = sorted(forms, key=len, reverse=True)
    alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in ordered)
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w’-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_lexicon(cue_file: str = "cues.tsv") -> Lexicon:
    """Read the lexicon files once; ``cue_file`` names the cue list inside ``data/``."""
    lemma: dict[str, str] = {}
    weight: dict[str, float] = {}
    for form, lem, w, *_ in _rows(cue_file):
        key = form.strip().lower()
        lemma[key] = lem.strip()
        weight[key] = float(w)
    return Lexicon(
        cue_lemma=lemma,
        cue_weight=weight,
        cue_pattern=_cue_pattern(list(lemma)),
        speaker_words=_word_classes("speaker_words.tsv"),
        frame_words=_word_classes("frame_words.tsv"),
    )
