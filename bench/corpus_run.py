"""Run the whole flow over ../shared/corpus and print, per source, articles and rejects.

    .venv/bin/python bench/corpus_run.py [--corpus ../shared/corpus] [--keep DIR]

The corpus is read-only and its html sets hold an ``index.jsonl`` of expected outputs that
is not an input, so the inputs are copied into a temporary raw folder first: each text
set's ``articles.jsonl`` and every page of each html set. The flow then runs in plain mode
(no Prefect) with no reject-share limit, and the script reads the published tables.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.pipeline import build_dataset  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def stage_inputs(corpus: Path, raw: Path) -> None:
    """Copy the corpus's inputs (not its index files) into raw/<set>/..."""
    for articles in sorted(corpus.glob("*/articles.jsonl")):
        target = raw / articles.parent.name / articles.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(articles, target)
    for page in sorted(corpus.glob("html/*/*")):
        if page.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            target = raw / "html" / page.parent.name / page.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)


def source_of(path: str) -> str:
    parts = path.split("/")
    return "/".join(parts[:2]) if parts[0] == "html" else parts[0]


def report(release: Path) -> None:
    articles = pd.read_parquet(release / "articles.parquet", columns=["source_path", "dateline",
                                                                      "n_statements"])
    rejects = pd.read_parquet(release / "rejects.parquet")
    rejects = rejects[rejects["table"].isna() | (rejects["table"] == "articles")]
    published = Counter(source_of(p) for p in articles["source_path"])
    statements = Counter()
    datelines = Counter()
    for path, dateline, n in zip(articles["source_path"], articles["dateline"],
                                 articles["n_statements"], strict=True):
        statements[source_of(path)] += int(n)
        datelines[source_of(path)] += bool(pd.notna(dateline))
    refused: dict[str, Counter[str]] = defaultdict(Counter)
    for path, check in zip(rejects["source_path"], rejects["check"], strict=True):
        refused[source_of(path)][check] += 1
    print(f"{'source':<26}{'articles':>9}{'datelines':>10}{'statements':>11}  rejects by check")
    for source in sorted(set(published) | set(refused)):
        checks = ", ".join(f"{c} {n}" for c, n in sorted(refused[source].items())) or "-"
        print(f"{source:<26}{published[source]:>9}{datelines[source]:>10}"
              f"{statements[source]:>11}  {checks}")
    print(f"{'total':<26}{sum(published.values()):>9}{sum(datelines.values()):>10}"
          f"{sum(statements.values()):>11}  {sum(sum(c.values()) for c in refused.values())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", type=Path, help="write raw/ and output/ here, and keep them")
    args = parser.parse_args()
    if not (args.corpus / "README.md").exists():
        sys.exit(f"{args.corpus} is absent: this benchmark needs ../shared/corpus")
    logging.basicConfig(level=logging.WARNING)
    work = args.keep or Path(tempfile.mkdtemp(prefix="corpus-run-"))
    try:
        began = time.perf_counter()
        stage_inputs(args.corpus, work / "raw")
        summary = build_dataset(work / "raw", work / "output", max_reject_share=1.0)
        print(f"flow over {args.corpus}: {summary.articles_in} articles read, "
              f"{summary.rows.get('articles', 0)} published, "
              f"{summary.rows.get('statements', 0)} statements, "
              f"{time.perf_counter() - began:.0f} s")
        report(work / "output" / "latest")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
