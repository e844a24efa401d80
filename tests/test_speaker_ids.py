"""speaker_id: one per name across articles, one per description within an article."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from flows.pipeline import build_dataset
from flows.tables import is_name, speaker_key


def story(n: int) -> dict[str, str]:
    """Invented wire copy: a named minister, 'the company' and sentence-initial 'Analysts'."""
    text = (f"Harbour works at Lowmarsh {n} will start in May.\n\n"
            f"The port operator said on Monday that dredging would take {n + 2} months.\n\n"
            f'"The quay is ready," said Mara Quill, the transport minister.\n\n'
            f"The company said the cost had risen. Analysts said the delay was expected.")
    return {"id": f"harbour-{n}", "title": f"Harbour {n}", "publisher": "Invented Post",
            "text": text}


@pytest.fixture(scope="module")
def statements(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    root = tmp_path_factory.mktemp("speaker-ids")
    (root / "raw").mkdir()
    (root / "raw" / "wire.jsonl").write_text("".join(json.dumps(story(n)) + "\n"
                                                     for n in (1, 2)), encoding="utf-8")
    build_dataset(root / "raw", root / "out")
    return pd.read_parquet(root / "out" / "latest" / "statements.parquet")


def ids_of(statements: pd.DataFrame, speaker: str) -> dict[str, str]:
    rows = statements[statements["speaker_name"].str.casefold() == speaker.casefold()]
    assert len(rows) == 2, f"{speaker}: {rows[['article_id', 'speaker_name']]}"
    return dict(zip(rows["article_id"], rows["speaker_id"], strict=True))


def test_a_named_speaker_has_one_id_across_articles(statements: pd.DataFrame) -> None:
    assert len(set(ids_of(statements, "Mara Quill").values())) == 1


@pytest.mark.parametrize("description", ["company", "Analysts"])
def test_a_description_has_an_id_per_article(statements: pd.DataFrame,
                                             description: str) -> None:
    assert len(set(ids_of(statements, description).values())) == 2


def test_names_and_descriptions() -> None:
    for name in ("Mara Quill", "Bank of England", "U.S. Agriculture Department", "Xi",
                 "Chancellor Merkel", "Dr. Smith", "Xinhua", "Reuters"):
        assert is_name(name), name
    for description in ("company", "Analysts", "Police", "a senior official", "which",
                        "(unattributed)", None, "company spokesman", "President"):
        assert not is_name(description), description
    assert speaker_key("Xi", "person", "a") == speaker_key("Xi", "person", "b")
    assert speaker_key(None, "person", "a") != speaker_key(None, "person", "b")
