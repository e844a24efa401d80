"""Iterate on statement extraction: run segment + attribute on a gold file and score it.

    .venv/bin/python bench/eval_attribution.py ../shared/gold/seed/seed.json
    .venv/bin/python bench/eval_attribution.py ../shared/gold/polnear/dev.jsonl [--folds 5]
    .venv/bin/python bench/eval_attribution.py --speed ../shared/corpus/bbc/articles.jsonl

Builds an ``Article`` per gold document (article_id = doc_id, text = gold text unchanged),
writes the statements to ``--out`` (JSONL) and runs ``../shared/eval/score_statements.py``.
Also prints articles/s for segment + attribute and a confidence calibration table.
With ``--folds K`` the cue lexicon is learned (bench/learn_cues.py) on K-1 folds and scored
on the held-out fold, so the figure is about documents not used for learning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_scorer import LEARNED_THRESHOLD, THRESHOLD  # noqa: E402

from flows.attribution import attribute_statements  # noqa: E402
from flows.attribution.lexicon import Lexicon, build_lexicon, load_lexicon  # noqa: E402
from flows.attribution.scorer import Scorer, load_scorer  # noqa: E402
from flows.records import Article, Statement  # noqa: E402
from flows.segment import segment_sentences  # noqa: E402

WARMUP = 20
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_statements.py"
COLUMNS = (
    "article_id",
    "content",
    "start",
    "end",
    "speaker_mention",
    "speaker_name",
    "cue",
    "kind",
    "speaker_type",
    "speaker_role",
    "speaker_organization",
    "confidence",
)


def read_gold(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        doc = json.loads(raw)
        if "text" not in doc and "source_file" in doc:
            doc["text"] = (path.parent / doc["source_file"]).read_text(encoding="utf-8")
        return [doc]
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def to_article(doc: dict) -> Article:
    return Article.from_text(doc["text"], article_id=str(doc["doc_id"]), source_path="gold",
                             source_format="jsonl")


def extract(
    docs: list[dict], lexicon: Lexicon | None = None, scorer: Scorer | None = None
) -> tuple[list[Statement], float]:
    articles = [to_article(d) for d in docs]
    for article in articles[:WARMUP]:  # fill regex and lexicon caches before timing
        attribute_statements(article, segment_sentences(article), lexicon=lexicon, scorer=scorer)
    t0 = time.perf_counter()
    out: list[Statement] = []
    for article in articles:
        sentences = segment_sentences(article)
        out.extend(attribute_statements(article, sentences, lexicon=lexicon, scorer=scorer))
    return out, time.perf_counter() - t0


def write_jsonl(statements: list[Statement], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for st in statements:
            row = asdict(st)
            f.write(json.dumps({k: row[k] for k in COLUMNS}, ensure_ascii=False) + "\n")


def calibration(docs: list[dict], statements: list[Statement], bins: int = 10) -> list[str]:
    """Precision (overlap >= 0.5 with some gold statement) per confidence bin."""
    sys.path.insert(0, str(SCORER.parent))
    import score_statements as sc  # the scorer's own overlap measure

    gold = {str(d["doc_id"]): d for d in docs}
    tally = [[0, 0] for _ in range(bins)]
    for st in statements:
        doc = gold[st.article_id]
        pa = sc.alnum_positions(doc["text"], [(st.start, st.end)])
        ok = False
        for g in doc["statements"]:
            ga = sc.alnum_positions(
                doc["text"], [tuple(x) for x in g.get("segments") or [(g["start"], g["end"])]]
            )
            ov = len(ga & pa)
            if ga and pa and min(ov / len(ga), ov / len(pa)) >= 0.5:
                ok = True
                break
        b = min(bins - 1, int(st.confidence * bins))
        tally[b][0] += 1
        tally[b][1] += ok
    lines = ["confidence   n      precision"]
    for i, (n, ok) in enumerate(tally):
        if n:
            lines.append(f"{i / bins:.1f}-{(i + 1) / bins:.1f}   {n:<6} {ok / n:.3f}")
    return lines


def fold_of(doc_id: str, folds: int) -> int:
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % folds


def extract_kfold(
    docs: list[dict], folds: int, min_weight: float, threshold: float | None,
    learned_threshold: float = LEARNED_THRESHOLD,
) -> tuple[list[Statement], float]:
    """Each fold is extracted with a cue lexicon and a scorer learned on the other folds only
    (``threshold`` None: the hand-set confidence prior instead of a learned scorer)."""
    from learn_cues import learn
    from train_scorer import train

    statements: list[Statement] = []
    seconds = 0.0
    for k in range(folds):
        train_docs = [d for d in docs if fold_of(str(d["doc_id"]), folds) != k]
        test = [d for d in docs if fold_of(str(d["doc_id"]), folds) == k]
        rows = [[str(x) for x in row] for row in learn(train_docs, min_weight=min_weight)]
        lexicon = build_lexicon(rows)
        scorer = (
            Scorer({})
            if threshold is None
            else train(train_docs, lexicon, threshold=threshold,
                       learned_threshold=learned_threshold)
        )
        part, secs = extract(test, lexicon, scorer)
        statements.extend(part)
        seconds += secs
    return statements, seconds


def run(
    gold_path: Path, out: Path, docs: list[dict], statements: list[Statement], seconds: float
) -> None:
    write_jsonl(statements, out)
    print(
        f"{len(docs)} articles, {len(statements)} statements, "
        f"{len(docs) / seconds:.0f} articles/s (segment + attribute, 1 core)"
    )
    subprocess.run([sys.executable, str(SCORER), str(gold_path), str(out)], check=True)
    print("\n".join(calibration(docs, statements)))


def speed(path: Path, limit: int = 2000) -> str:
    """articles/s of segment + attribute over a corpus JSONL (field ``text``), best of 2 runs."""
    lines = path.read_text(encoding="utf-8").splitlines()[:limit]
    docs = [{"doc_id": str(i), "text": json.loads(x)["text"]} for i, x in enumerate(lines) if x]
    lexicon = load_lexicon()
    seconds = min(extract(docs, lexicon)[1] for _ in range(2))
    chars = sum(len(d["text"]) for d in docs) / max(1, len(docs))
    rate = len(docs) / seconds
    return f"{path}: {len(docs)} articles of {chars:.0f} chars on average, {rate:.0f} articles/s"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--out", type=Path, default=Path("/tmp/eval_attribution.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--folds", type=int, default=0, help="k-fold with a learned cue lexicon")
    ap.add_argument("--min-weight", type=float, default=0.25, help="for --folds: learning cut")
    ap.add_argument("--hand-only", action="store_true", help="without data/learned_cues.tsv")
    ap.add_argument("--no-scorer", action="store_true", help="hand-set confidence, no filter")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help="for --folds: scorer cut")
    ap.add_argument("--learned-threshold", type=float, default=LEARNED_THRESHOLD,
                    help="for --folds: scorer cut for cues only the learned lexicon has")
    ap.add_argument("--speed", action="store_true", help="GOLD is a corpus JSONL: time it only")
    args = ap.parse_args(argv)
    if args.speed:
        print(speed(args.gold))
        return 0
    docs = read_gold(args.gold)
    if args.limit:
        docs = docs[: args.limit]
    gold_path = args.gold
    if args.limit:
        gold_path = args.out.with_suffix(".gold.jsonl")
        gold_path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    if args.folds:
        threshold = None if args.no_scorer else args.threshold
        statements, seconds = extract_kfold(docs, args.folds, args.min_weight, threshold,
                                            args.learned_threshold)
        print(f"{args.folds}-fold: cue lexicon learned on the other folds for each document")
    else:
        scorer = Scorer({}) if args.no_scorer else load_scorer()
        lexicon = load_lexicon(learned=not args.hand_only)
        statements, seconds = extract(docs, lexicon, scorer)
    run(gold_path, args.out, docs, statements, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
