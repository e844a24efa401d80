"""Feed metadata that is not a string (several authors as a list, a nested object, a number)
reaches the articles table as plain text, never as Python's repr ("['Ann Lee']")."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from flows.pipeline import build_dataset

BODY = "The harbour council approved the plan on Tuesday, said Mara Quill, the harbour master."


def test_non_string_metadata_is_published_as_text(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    records = [
        {"id": "a1", "text": BODY + " One.", "author": ["Ann Lee", "Tom Breck"],
         "title": "Harbour plan"},
        {"id": "a2", "text": BODY + " Two.", "author": [], "title": {"en": "Plan", "fr": "Plan"},
         "source": ["Lakeside Courier"]},
        {"id": "a3", "text": BODY + " Three.", "author": True, "title": 2030},
    ]
    (raw / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                    encoding="utf-8")
    release = Path(build_dataset(raw, tmp_path / "out").release)
    rows = {r["article_id"]: r for r in pq.read_table(release / "articles.parquet").to_pylist()}
    assert rows["a1"]["author"] == "Ann Lee; Tom Breck"
    assert rows["a1"]["title"] == "Harbour plan"
    assert rows["a2"]["author"] is None
    assert rows["a2"]["title"] == '{"en": "Plan", "fr": "Plan"}'
    assert rows["a2"]["publisher"] == "Lakeside Courier"
    assert (rows["a3"]["author"], rows["a3"]["title"]) == ("true", "2030")
