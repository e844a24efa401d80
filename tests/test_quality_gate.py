"""Quality gate: the extractor's figures on ../shared/gold stay above pinned floors.

Runs the real pipeline steps (plain mode) on each gold set and scores the statements table
with ../shared/eval/score_statements.py. Floors live in tests/quality_floors.json.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from flows.pipeline import build_dataset
from tests.conftest import REPO, SHARED, need

sys.path.insert(0, str(REPO / "bench"))
from evaluate import gold_sets, load_scorer  # noqa: E402

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
FIGURES = {"overlap_f1": ("overlap_0.5", "f1"), "near_exact_f1": ("near_exact_0.9", "f1"),
           "speaker_accuracy": ("speaker_accuracy",), "cue_accuracy": ("cue_accuracy",)}


@pytest.mark.parametrize("name", sorted(k for k in FLOORS if not k.startswith("_")))
def test_figures_stay_above_floors(name: str, tmp_path: Path) -> None:
    sets = gold_sets(need(SHARED / "gold"))
    if name not in sets:
        pytest.skip(f"gold set {name} is absent from ../shared/gold")
    gold_path, raw_input = sets[name]
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(raw_input, raw / raw_input.name)
    summary = build_dataset(raw, tmp_path / "out")
    # every gold document is published: a rejected one (an exception in a step) would only
    # lower the figures a little, and could hide under a floor
    assert summary.articles_rejected == 0, summary.rejects_by_check
    scorer = load_scorer(need(SHARED / "eval" / "score_statements.py").parents[1])
    result = scorer.score(scorer.read_gold(gold_path),
                          scorer.read_predictions(tmp_path / "out" / "latest" /
                                                  "statements.parquet"))
    below = {}
    for figure, floor in FLOORS[name].items():
        value = result
        for key in FIGURES[figure]:
            value = value[key]
        if value is None or value < floor:
            below[figure] = (value, floor)
    assert not below, f"{name}: figures below their floors (value, floor): {below}"
