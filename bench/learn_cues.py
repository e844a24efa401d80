"""Learn a cue lexicon (words and counts only) from annotated gold statements.

    .venv/bin/python bench/learn_cues.py ../shared/gold/polnear/dev.jsonl \
        --out flows/attribution/data/learned_cues.tsv

For every annotated cue the leading auxiliaries are dropped ("has said" -> "said"), and the
form is kept when it occurs at least ``--min-count`` times as a cue. Its weight is the share
of its occurrences in the texts (outside quotation marks) that are annotated cues, an
estimate of how often the form really introduces a statement; forms below ``--min-weight``
are dropped. The ``shape`` column says what follows the cue: ``clause`` (reported speech,
runs to the end of the sentence) or ``np`` (a short object such as "support for X"), chosen
by the median length of the annotated contents. No article text is written out.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.attribution.lexicon import hand_cue_forms, lower_same_length  # noqa: E402
from flows.attribution.quotes import find_quotes  # noqa: E402

LEADING = frozenset(
    [
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "also",
        "not",
        "just",
        "already",
        "still",
        "never",
        "reportedly",
        "repeatedly",
        "publicly",
        "recently",
        "previously",
        "then",
        "later",
        "once",
        "again",
        "even",
        "did",
        "does",
        "do",
        "privately",
        "openly",
        "quickly",
        "often",
    ]
)
RE_CUE_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")
MAX_WORDS = 2
PREPOSITIONS = frozenset(
    [
        "about",
        "of",
        "for",
        "on",
        "to",
        "against",
        "with",
        "at",
        "as",
        "by",
        "over",
        "from",
        "in",
        "into",
        "toward",
        "towards",
    ]
)
NP_MAX_MEDIAN = 6
MIN_EVIDENCE = 5


def normalise_cue(cue: str | None) -> str | None:
    """ "has also said" -> "said"; None when nothing word-like is left."""
    words = RE_CUE_WORD.findall((cue or "").lower())
    while words and words[0] in LEADING:
        words = words[1:]
    if len(words) > MAX_WORDS:  # "went off script to comment on" -> "comment on"
        words = words[-2:] if words[-1] in PREPOSITIONS else words[:1]
    return " ".join(words) or None


def count_occurrences(docs: Iterable[dict], forms: set[str]) -> Counter[str]:
    """How often each form occurs (word-bounded, case-insensitive) outside quotation marks."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        by_first[form.split()[0]].add(form)
    counts: Counter[str] = Counter()
    for doc in docs:
        text = doc["text"]
        quotes = find_quotes(text)
        words = [(m.start(), m.group()) for m in RE_CUE_WORD.finditer(lower_same_length(text))]
        for i, (pos, word) in enumerate(words):
            if word not in by_first or quotes.covering(pos) is not None:
                continue
            for form in by_first[word]:
                n = form.count(" ") + 1
                if " ".join(w for _, w in words[i : i + n]) == form:
                    counts[form] += 1
    return counts


def learn(
    docs: list[dict], *, min_count: int = 2, min_weight: float = 0.25
) -> list[tuple[str, str, float, int, int]]:
    """Rows (form, shape, weight, n_cue, n_text), most frequent first.

    Forms of the hand list (``data/cues.tsv``) are always measured; one whose weight falls
    below ``min_weight`` over at least ``MIN_EVIDENCE`` occurrences is written with its low
    weight, which tells the lexicon to leave it out.
    """
    n_cue: Counter[str] = Counter()
    lengths: dict[str, list[int]] = defaultdict(list)
    for doc in docs:
        for st in doc["statements"]:
            form = normalise_cue(st.get("cue"))
            if form is not None:
                n_cue[form] += 1
                lengths[form].append(len(st["content"].split()))
    hand = hand_cue_forms()
    forms = {f for f, n in n_cue.items() if n >= min_count} | hand
    n_text = count_occurrences(docs, forms)
    rows = []
    for form in forms:
        weight = min(1.0, n_cue[form] / max(1, n_text[form]))
        refuted = form in hand and n_text[form] >= MIN_EVIDENCE
        if not n_text[form] or weight < min_weight and not refuted:
            continue
        lengths_of = lengths[form] or [NP_MAX_MEDIAN + 1]
        shape = "np" if statistics.median(lengths_of) <= NP_MAX_MEDIAN else "clause"
        rows.append((form, shape, round(weight, 3), n_cue[form], n_text[form]))
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def write_rows(rows: list[tuple[str, str, float, int, int]], out: Path) -> None:
    lines = ["# form\tshape\tweight\tn_cue\tn_text  (learned by bench/learn_cues.py)"]
    lines += ["\t".join(map(str, row)) for row in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-weight", type=float, default=0.25)
    args = ap.parse_args(argv)
    docs = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    rows = learn(docs, min_count=args.min_count, min_weight=args.min_weight)
    write_rows(rows, args.out)
    print(f"{len(rows)} cue forms written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
