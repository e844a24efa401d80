"""Print how well saved web pages become article text (a benchmark script, not a test).

    .venv/bin/python bench/html_extraction_f1.py [--corpus ../shared/corpus] [--worst 5]

For html/scrapinghub-aeb (pages with the expected article body in index.jsonl), each page
goes through the pipeline's own path: flows.html.read_html (trafilatura + language check)
then flows.clean.clean_article. The figure is the mean over pages of the token-level F1
(bag of lower-cased ``\\w+`` tokens) between our ``articles.text`` and ``expected_text``;
an English page we reject scores 0. Pages the index marks as not English must be rejected.
For html/trafilatura-eval it prints the share of expected snippets found / absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.clean import clean_article  # noqa: E402
from flows.html import read_html  # noqa: E402
from flows.records import Article, Reject  # noqa: E402

RE_TOKEN = re.compile(r"\w+")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def token_f1(predicted: str, expected: str) -> float:
    got, want = Counter(RE_TOKEN.findall(predicted.lower())), Counter(RE_TOKEN.findall(
        expected.lower()))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def article_of(path: Path) -> Article | Reject:
    got, refused = read_html(path.read_bytes(), path.name)
    if refused:
        return refused[0]
    return clean_article(got[0])


def score_aeb(folder: Path, worst: int) -> None:
    rows = [json.loads(line) for line in (folder / "index.jsonl").open(encoding="utf-8")]
    scores: list[tuple[float, str]] = []
    other_rejected: Counter[str] = Counter()
    english_rejected: list[str] = []
    for row in rows:
        result = article_of(folder / row["file"])
        if row["lang_guess"] != "en":
            other_rejected[result.check if isinstance(result, Reject) else "published"] += 1
            continue
        if isinstance(result, Reject):
            english_rejected.append(f"{row['id'][:16]}: {result.check}: {result.reason}")
            scores.append((0.0, row["id"]))
        else:
            scores.append((token_f1(result.text, row["expected_text"]), row["id"]))
    mean = sum(s for s, _ in scores) / len(scores)
    print(f"scrapinghub-aeb: {len(scores)} English pages, mean token F1 {mean:.3f} "
          f"(goal >= 0.90); {len(english_rejected)} of them rejected")
    for line in english_rejected:
        print(f"  rejected English page {line}")
    print(f"  {sum(other_rejected.values())} pages marked other: {dict(other_rejected)}")
    for score, page in sorted(scores)[:worst]:
        print(f"  worst: {score:.3f} {page[:16]}")


def score_trafilatura_eval(folder: Path) -> None:
    rows = [json.loads(line) for line in (folder / "index.jsonl").open(encoding="utf-8")]
    found = wanted = absent = unwanted = rejected = 0
    for row in rows:
        result = article_of(folder / row["file"])
        if isinstance(result, Reject):
            rejected += 1
            continue
        found += sum(s in result.text for s in row["expected_with"])
        wanted += len(row["expected_with"])
        absent += sum(s not in result.text for s in row["expected_without"])
        unwanted += len(row["expected_without"])
    print(f"trafilatura-eval: {len(rows)} pages, {rejected} rejected; expected snippets found "
          f"{found}/{wanted} ({found / max(wanted, 1):.3f}), boilerplate snippets absent "
          f"{absent}/{unwanted} ({absent / max(unwanted, 1):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=5, help="list the N lowest-scoring pages")
    args = parser.parse_args()
    html = args.corpus / "html"
    if not html.is_dir():
        sys.exit(f"{html} is absent: this benchmark needs ../shared/corpus")
    began = time.perf_counter()
    score_aeb(html / "scrapinghub-aeb", args.worst)
    score_trafilatura_eval(html / "trafilatura-eval")
    print(f"({time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
