"""The whole corpus of ../shared (21.6k real articles, 5 publishers) goes through a run with
no article rejected for an error of ours: a step raising on one text rejects it (so the run
would still publish), and this test is where such a bug shows before a user's run does."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from flows.pipeline import build_dataset
from tests.conftest import CORPUS, need

TEXT_SETS = ("aeb-groundtruth", "bbc", "globaltimes", "peoplesdaily", "reuters21578")


@pytest.mark.slow
def test_no_corpus_article_makes_a_step_raise(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in TEXT_SETS:  # a temporary copy (a link out of raw/ would be refused)
        (raw / f"{name}.jsonl").write_bytes(need(CORPUS / name / "articles.jsonl").read_bytes())
    summary = build_dataset(raw, tmp_path / "out", runner="process", max_reject_share=1.0)
    rejects = pd.read_csv(tmp_path / "out" / "latest" / "rejects.csv")
    errors = rejects[rejects["check"].str.endswith("_error")]
    assert errors.empty, errors[["article_id", "check", "reason"]].to_string()
    assert summary.rows["articles"] > 20_000
