"""What the data card says about how rows were made matches the code that made them."""

from __future__ import annotations

from flows.attribution.scorer import load_scorer
from flows.publish import about


def test_known_limits_describe_the_learned_scorer_and_its_cut() -> None:
    scorer = load_scorer()
    assert scorer.weights, "packaged scorer weights are missing"
    limit = next(text for text in about.KNOWN_LIMITS if text.startswith("confidence"))
    assert "logistic scorer" in limit and "rule-based" not in limit
    assert f"below {scorer.threshold:g} are not kept" in limit
