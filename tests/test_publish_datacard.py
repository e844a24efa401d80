"""The data card (README.md of a release): every section, every column, accuracy when measured."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from publish_fixtures import ORCHARD, Releases, write_raw

from flows.pipeline import build_dataset
from flows.publish.datacard import write_datacard
from flows.publish.describe import read_accuracy
from schemas import TABLES, columns_of

SECTIONS = ("## Files", "## Sources and licences", "## How it was built",
            "## Extraction accuracy", "## Changes since the previous release",
            "## Data dictionary", "## File formats", "## Known limits", "## How to cite")
SCORER_FIGURES = {
    "documents": 3,
    "overlap_0.5": {"precision": 0.75, "recall": 0.5, "f1": 0.6, "matched": 6, "gold": 12,
                    "predicted": 8},
    "near_exact_0.9": {"precision": 0.5, "recall": 0.3333, "f1": 0.4, "matched": 4, "gold": 12,
                       "predicted": 8},
    "speaker_accuracy": 0.8333, "cue_accuracy": 1.0, "kind_accuracy": None,
}


@pytest.fixture()
def card(two_releases: Releases) -> str:
    return (two_releases.second / "README.md").read_text(encoding="utf-8")


def test_card_has_every_section_in_order(card: str) -> None:
    positions = [card.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    assert card.startswith("---\nlicense: cc-by-4.0\n")


def test_card_documents_every_column_of_every_table(card: str) -> None:
    dictionary = card[card.index("## Data dictionary"):card.index("## File formats")]
    for spec in TABLES:
        assert f"### {spec.name}" in dictionary
        for name, column in columns_of(spec.model).items():
            assert f"| `{name}` |" in dictionary, f"{spec.name}.{name} missing"
            assert column.description.replace("|", "/") in dictionary


def test_card_lists_sources_changes_and_citation(card: str, two_releases: Releases) -> None:
    assert "| Lakeside Courier | 2 |" in card
    assert f"Compared with release {two_releases.first.name}." in card
    assert "| articles | 2 | 1 | 1 | 0 |" in card
    assert f"version = {{{two_releases.second.name}}}" in card


def test_card_says_not_measured_without_scorer_output(card: str) -> None:
    section = card[card.index("## Extraction accuracy"):card.index("## Changes")]
    assert "Not measured" in section


def test_card_reports_the_scorer_figures_per_gold_set(two_releases: Releases,
                                                      tmp_path: Path) -> None:
    folder = shutil.copytree(two_releases.second, tmp_path / "release")
    info = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    evaluation = tmp_path / "eval.json"
    evaluation.write_text(json.dumps({"seed": SCORER_FIGURES}), encoding="utf-8")
    card = write_datacard(folder, info, accuracy=read_accuracy(evaluation),
                          measured_on="2026-11-28").read_text("utf-8")
    assert "| seed | 3 | 12 | 0.750 | 0.500 | 0.600 | 0.400 | 0.833 | 1.000 | n/a |" in card
    assert "Measured on 2026-11-28 by the project's scorer" in card
    assert "Not measured" not in card


def test_a_run_reads_eval_json_next_to_the_releases(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.mkdir()
    (output / "eval.json").write_text(json.dumps({"polnear-dev": SCORER_FIGURES}),
                                      encoding="utf-8")
    build_dataset(write_raw(tmp_path / "raw", {"orchard": ORCHARD}), output)
    card = (output / "latest" / "README.md").read_text(encoding="utf-8")
    assert "| polnear-dev | 3 | 12 | 0.750 |" in card


@pytest.mark.parametrize(("content", "expected"), [
    (json.dumps(SCORER_FIGURES), {"gold": SCORER_FIGURES}),  # the scorer's own --json output
    (json.dumps({"seed": SCORER_FIGURES}), {"seed": SCORER_FIGURES}),  # bench/evaluate.py
    ("{not json", None),
    (json.dumps({"seed": {"f1": 1}}), None),
    (json.dumps([1, 2]), None),
])
def test_read_accuracy_accepts_scorer_output_only(tmp_path: Path, content: str,
                                                  expected: object) -> None:
    path = tmp_path / "eval.json"
    path.write_text(content, encoding="utf-8")
    assert read_accuracy(path) == expected


def test_read_accuracy_of_a_missing_file_is_none(tmp_path: Path) -> None:
    assert read_accuracy(tmp_path / "eval.json") is None
