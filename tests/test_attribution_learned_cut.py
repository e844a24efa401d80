"""Attribution: the scorer's second cut, for candidates whose cue only the learned lexicon has
(invented sentences; 'endorsed' is learned from PolNeAR, 'said' is on the hand list)."""

from __future__ import annotations

import pytest

from flows.attribution import attribute_statements
from flows.attribution.lexicon import load_lexicon
from flows.attribution.scorer import Scorer, load_scorer, scorer_from_rows
from flows.records import Article
from flows.segment import segment_sentences

TEXT = ("The harbour board endorsed a new lease for the north pier on Monday. "
        "Ann Lee said the lease would keep the ferries running until 2030.")


def cues(scorer: Scorer) -> list[str]:
    article = Article.from_text(TEXT)
    return [s.cue or "" for s in attribute_statements(article, segment_sentences(article),
                                                       scorer=scorer)]


def test_the_lexicon_knows_which_forms_are_hand_listed() -> None:
    lex = load_lexicon()
    assert "said" in lex.hand_cues and "according to" in lex.hand_cues
    assert "endorsed" in lex.cue_lemma and "endorsed" not in lex.hand_cues


def test_a_learned_only_cue_needs_the_learned_threshold() -> None:
    weights = load_scorer().weights
    assert cues(Scorer(weights, 0.1, 0.0)) == ["endorsed", "said"]
    assert cues(Scorer(weights, 0.1, 0.999)) == ["said"]  # the hand cue keeps its row


@pytest.mark.parametrize(
    ("confidence", "hand", "kept"),
    [(0.3, True, True), (0.3, False, False), (0.5, False, True), (0.05, True, False)],
)
def test_keeps(confidence: float, hand: bool, kept: bool) -> None:
    assert Scorer({}, 0.1, 0.4).keeps(confidence, hand) is kept


def test_the_weights_file_carries_both_cuts() -> None:
    scorer = scorer_from_rows([["__threshold__", "0.1"], ["__learned_threshold__", "0.4"],
                               ["cue=said", "1.5"]])
    assert (scorer.threshold, scorer.learned_threshold, scorer.weights) == (
        0.1, 0.4, {"cue=said": 1.5})
    assert load_scorer().learned_threshold > load_scorer().threshold
