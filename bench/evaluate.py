"""Score the pipeline on the gold files in ../shared/gold, through the real flow.

    .venv/bin/python bench/evaluate.py [--gold-dir ../shared/gold] [--no-prefect]
                                       [--json output/eval.json]

For each gold set (the seed article, PolNeAR dev) it copies the input into a temporary raw
folder, runs ``python -m flows run`` on it, and scores ``latest/statements.parquet`` with
``../shared/eval/score_statements.py``. It prints the scorer's figures, a confidence
calibration table (precision of the predicted statements per confidence bin) and writes
all figures as JSON (read by the release's data card and by the CI quality gate).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
BINS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_statements",
                                                  shared / "eval" / "score_statements.py")
    assert spec and spec.loader, "scorer not found"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets(gold_dir: Path) -> dict[str, tuple[Path, Path]]:
    """name -> (gold file, the raw input to run the flow on)."""
    sets = {}
    seed = gold_dir / "seed" / "seed.json"
    if seed.exists():
        source = json.loads(seed.read_text(encoding="utf-8"))["source_file"]
        sets["seed"] = (seed, (seed.parent / source).resolve())
    for path in sorted(gold_dir.glob("*/*.jsonl")):
        sets[f"{path.parent.name}-{path.stem}"] = (path, path)
    return sets


def run_flow(raw_input: Path, work: Path, *, prefect: bool) -> Path:
    raw = work / "raw"
    raw.mkdir(parents=True)
    shutil.copy(raw_input, raw / raw_input.name)
    command = [sys.executable, "-m", "flows", "run", "--raw-dir", str(raw),
               "--output-dir", str(work / "out")]
    subprocess.run(command + ([] if prefect else ["--no-prefect"]), cwd=REPO, check=True)
    return work / "out" / "latest" / "statements.parquet"


def calibration(scorer: ModuleType, gold: list[dict], predictions: list[dict],
                ) -> list[dict[str, float]]:
    rows = []
    for low, high in BINS:
        subset = [p for p in predictions if low <= float(p["confidence"]) < high]
        if subset:
            figures = scorer.score(gold, subset)["overlap_0.5"]
            rows.append({"low": low, "high": min(high, 1.0), "n": len(subset),
                         "precision": figures["precision"]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold-dir", type=Path, default=REPO.parent / "shared" / "gold")
    parser.add_argument("--no-prefect", action="store_true")
    parser.add_argument("--json", type=Path, default=REPO / "output" / "eval.json")
    args = parser.parse_args(argv)
    if not args.gold_dir.is_dir():
        print(f"no gold files: {args.gold_dir} is absent", file=sys.stderr)
        return 2
    scorer = load_scorer(args.gold_dir.parent)
    results = {}
    for name, (gold_path, raw_input) in gold_sets(args.gold_dir).items():
        with tempfile.TemporaryDirectory() as work:
            statements = run_flow(raw_input, Path(work), prefect=not args.no_prefect)
            gold = scorer.read_gold(gold_path)
            predictions = scorer.read_predictions(statements)
            figures = scorer.score(gold, predictions)
            figures["calibration"] = calibration(scorer, gold, predictions)
        results[name] = figures
        print_figures(name, figures)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


def print_figures(name: str, figures: dict) -> None:
    o, n = figures["overlap_0.5"], figures["near_exact_0.9"]
    print(f"== {name}: documents {figures['documents']}  gold {o['gold']}  "
          f"predicted {o['predicted']}")
    print(f"overlap>=0.5   P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}")
    print(f"near-exact>=.9 P {n['precision']:.3f}  R {n['recall']:.3f}  F1 {n['f1']:.3f}")
    print(f"on matches: speaker {figures['speaker_accuracy']}  cue {figures['cue_accuracy']}  "
          f"kind {figures['kind_accuracy']}")
    print("confidence  n      precision")
    for row in figures["calibration"]:
        print(f"{row['low']:.1f}-{row['high']:.1f}   {row['n']:<6d} {row['precision']:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
