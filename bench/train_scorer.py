"""Learn the statement scorer (feature weights only) from annotated gold statements.

    .venv/bin/python bench/train_scorer.py ../shared/gold/polnear/dev.jsonl \
        --out flows/attribution/data/scorer_weights.tsv

Every candidate statement the rules produce on the gold texts (``candidate_statements``,
with the packaged cue lexicon) is labelled right
when it covers at least half of an annotated statement's letters and digits and the
statement covers half of it (the scorer's overlap >= 0.5), and a logistic regression over
the candidate's symbolic features (``flows/attribution/scorer.py``) is fitted with L2
regularisation. The threshold row says below which probability a candidate is dropped, the
learned-threshold row below which one whose cue only the learned lexicon has is dropped.
Only feature names (cue forms, frame shapes, closed-class words) and weights are written.
Report figures for a learned scorer on held-out folds only:
``bench/eval_attribution.py GOLD --folds 5`` retrains it on each fold's complement.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.attribution.assemble import candidate_statements  # noqa: E402
from flows.attribution.lexicon import Lexicon, load_lexicon  # noqa: E402
from flows.attribution.scorer import LEARNED_THRESHOLD_KEY, THRESHOLD_KEY, Scorer  # noqa: E402
from flows.records import Article  # noqa: E402
from flows.segment import segment_sentences  # noqa: E402

THRESHOLD = 0.1
LEARNED_THRESHOLD = 0.4
L2 = 1.0
STEPS = 300
MIN_FEATURE_COUNT = 3


def _alnum(text: str, spans: Sequence[Sequence[int]]) -> set[int]:
    return {i for s, e in spans for i in range(max(0, s), min(len(text), e)) if text[i].isalnum()}


def _article(doc: dict) -> Article:
    return Article.from_text(doc["text"], article_id=str(doc["doc_id"]), source_path="gold",
                             source_format="jsonl")


def collect(docs: list[dict], lexicon: Lexicon) -> tuple[list[tuple[str, ...]], list[int]]:
    """Features and right/wrong labels of every candidate statement in ``docs``."""
    features: list[tuple[str, ...]] = []
    labels: list[int] = []
    for doc in docs:
        article = _article(doc)
        text = doc["text"]
        golds = [
            a
            for g in doc["statements"]
            if (a := _alnum(text, g.get("segments") or [(g["start"], g["end"])]))
        ]
        for st, feats in candidate_statements(
            article, segment_sentences(article), lexicon=lexicon, scorer=Scorer({})
        ):
            pa = _alnum(text, [(st.start, st.end)])
            ok = bool(pa) and any(
                min(len(ga & pa) / len(ga), len(ga & pa) / len(pa)) >= 0.5 for ga in golds
            )
            features.append(feats)
            labels.append(int(ok))
    return features, labels


def fit(
    features: list[tuple[str, ...]], labels: list[int], *, l2: float = L2, steps: int = STEPS
) -> dict[str, float]:
    """Logistic regression by full-batch Adagrad; features seen fewer than 3 times are left out."""
    counts: dict[str, int] = {}
    for feats in features:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(names)}
    rows = np.repeat(np.arange(len(features)), [len(f) for f in features])
    cols = np.array([index.get(f, -1) for feats in features for f in feats])
    keep = cols >= 0
    rows, cols = rows[keep], cols[keep]
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    g2 = np.full(len(names), 1e-8)
    n = len(labels)
    for _ in range(steps):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=(p - y)[rows], minlength=len(names)) / n
        grad += l2 * w / n
        g2 += grad**2
        w -= 0.5 * grad / np.sqrt(g2)
    return {f: round(float(x), 4) for f, x in zip(names, w, strict=True) if abs(x) >= 1e-4}


def train(docs: list[dict], lexicon: Lexicon, *, threshold: float = THRESHOLD,
          learned_threshold: float = LEARNED_THRESHOLD) -> Scorer:
    features, labels = collect(docs, lexicon)
    return Scorer(fit(features, labels), threshold, learned_threshold)


def write_scorer(scorer: Scorer, out: Path) -> None:
    lines = ["# feature\tweight  (learned by bench/train_scorer.py)"]
    lines.append(f"{THRESHOLD_KEY}\t{scorer.threshold}")
    lines.append(f"{LEARNED_THRESHOLD_KEY}\t{scorer.learned_threshold}")
    lines += [f"{f}\t{w}" for f, w in sorted(scorer.weights.items(), key=lambda x: -abs(x[1]))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--learned-threshold", type=float, default=LEARNED_THRESHOLD)
    args = ap.parse_args(argv)
    docs = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    scorer = train(docs, load_lexicon(), threshold=args.threshold,
                   learned_threshold=args.learned_threshold)
    write_scorer(scorer, args.out)
    print(f"{len(scorer.weights)} feature weights written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
