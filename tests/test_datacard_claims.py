"""What the data card says about how rows were made matches the code that made them."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from flows.attribution.scorer import load_scorer
from flows.pipeline import build_dataset
from flows.publish import about


def test_known_limits_describe_the_learned_scorer_and_its_cut() -> None:
    scorer = load_scorer()
    assert scorer.weights, "packaged scorer weights are missing"
    limit = next(text for text in about.KNOWN_LIMITS if text.startswith("confidence"))
    assert "logistic scorer" in limit and "rule-based" not in limit
    assert f"below {scorer.threshold:g} are not kept" in limit


def test_reject_source_paths_have_the_documented_forms(tmp_path: Path) -> None:
    from schemas import RejectsSchema, columns_of

    described = columns_of(RejectsSchema)["source_path"].description
    assert "<file>:<n>" in described
    raw = tmp_path / "raw"
    raw.mkdir()
    good = json.dumps({"id": "a1", "text": "The mayor said the harbour plan would pass."})
    (raw / "feed.jsonl").write_text(f"{good}\n{{not json\n" + '{"id": "a2"}\n',
                                    encoding="utf-8")
    (raw / "rows.csv").write_text("id,text\nc1,The mayor said the plan would pass.\nc2,\n",
                                  encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out", max_reject_share=1.0).release)
    rejects = pq.read_table(release / "rejects.parquet").to_pylist()
    assert sorted((r["source_path"], r["check"]) for r in rejects) == [
        ("feed.jsonl:2", "bad_json"), ("feed.jsonl:3", "missing_text"),
        ("rows.csv:3", "missing_text")]
