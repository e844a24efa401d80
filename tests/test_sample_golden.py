"""Golden end-to-end test on the real sample article (raw/wuzhen-digital-cooperation.txt).

The expected tables live in tests/golden/; regenerate them only on purpose with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_sample_golden.py`` and review the diff.
The hand-picked assertions below keep a careless re-pin from hiding a regression.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import SCORER, SEED_GOLD, need

GOLDEN = Path(__file__).parent / "golden"
STATEMENT_COLUMNS = ["statement_id", "kind", "start", "end", "cue", "speaker_mention",
                     "speaker_name", "speaker_type", "speaker_role", "speaker_organization",
                     "paragraph_index", "sentence_index"]


def _golden(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    path = GOLDEN / f"sample_{name}.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        frame.to_csv(path, index=False, lineterminator="\n")
    return pd.read_csv(path, keep_default_na=False, dtype=str)


@pytest.mark.parametrize(("name", "columns"), [
    ("statements", STATEMENT_COLUMNS),
    ("sentences", ["sentence_id", "paragraph_index", "sentence_index", "start", "end"]),
    ("speakers", ["speaker_id", "name", "type", "role", "organization", "n_statements"]),
])
def test_tables_match_golden(sample_release: Path, name: str, columns: list[str]) -> None:
    frame = pd.read_parquet(sample_release / f"{name}.parquet")[columns]
    frame = frame.astype(object).where(frame.notna(), "").astype(str)
    expected = _golden(name, frame)
    pd.testing.assert_frame_equal(frame.reset_index(drop=True), expected, check_dtype=False)


def test_sample_article_fields(sample_release: Path) -> None:
    [article] = pd.read_parquet(sample_release / "articles.parquet").to_dict("records")
    assert article["article_id"] == "wuzhen-digital-cooperation"
    assert article["publisher"] == "China Daily" and article["photo_credit"] == "Xinhua"
    assert article["title"] == "Specialists stress global ties to deepen digital effects"
    assert article["text"].count("\n\n") == 12 and article["n_sentences"] >= 13


def test_hand_picked_statements(sample_release: Path) -> None:
    statements = pd.read_parquet(sample_release / "statements.parquet")
    by_content = {row.content: row for row in statements.itertuples()}
    shang = next(r for c, r in by_content.items() if c.startswith("China has seen benefits"))
    assert (shang.speaker_mention, shang.speaker_name, shang.kind) == ("he", "Shang Bing", "mixed")
    assert shang.speaker_role == "president"
    assert shang.speaker_organization == "Internet Society of China"
    filmus = statements[statements["speaker_name"] == "Daniel Filmus"]
    assert set(filmus["speaker_organization"]) == {"Argentina"} and len(filmus) == 2
    assert not statements["content"].str.contains("shared details of digital achievements").any()
    assert not statements["content"].str.contains("exchanged views at the forum").any()
    assert statements["confidence"].between(0, 1).all()


def test_scorer_finds_all_13_seed_statements(sample_release: Path, tmp_path: Path) -> None:
    need(SCORER)
    out = tmp_path / "score.json"
    subprocess.run([sys.executable, str(SCORER), str(need(SEED_GOLD)),
                    str(sample_release / "statements.parquet"), "--json", str(out)],
                   check=True, capture_output=True)
    result = json.loads(out.read_text())
    assert result["overlap_0.5"]["matched"] == 13 and result["overlap_0.5"]["f1"] == 1.0
    assert result["speaker_accuracy"] == 1.0
