"""Learn a cue lexicon (words and counts only) from annotated gold statements.

    .venv/bin/python bench/learn_cues.py ../shared/gold/polnear/dev.jsonl \
        --out flows/attribution/data/learned_cues.tsv

For every annotated cue the leading auxiliaries are dropped ("has said" -> "said"), and the
form is kept when it occurs at least ``--min-count`` times as a cue. Its weight is the share
of its occurrences in the texts (outside quotation marks) that are annotated cues, an
estimate of how often the form really introduces a statement; forms below ``--min-weight``
are dropped, and so is a form whose first word is listed in ``data/not_cues.tsv`` (a word
that opens no act of saying: 'the outlook', 'enjoy'; the counts alone let anything through
on two or three occurrences). The ``shape`` column says what follows the cue: ``clause``
(reported speech, runs to the end of the sentence) or ``np`` (a short object such as
"support for X"), chosen by the median length of the annotated contents. The other
inflections of a learned verb ("denounces", "denouncing" for "denounced") that occur in the
texts too rarely to be measured on their own get the family's pooled weight (discounted),
unless their own counts refute them. No article text is written out.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Set
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.attribution.lexicon import (  # noqa: E402
    hand_cue_forms,
    lower_same_length,
    parse_rows,
)
from flows.attribution.quotes import find_quotes  # noqa: E402

NOT_CUES = Path(__file__).resolve().parents[1] / "flows" / "attribution" / "data" / "not_cues.tsv"
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
IRREGULAR_BASES = frozenset(  # no '-ed' past to guess: 'sees' -> 'saw', not 'seed'
    ["see", "say", "pay", "lay", "hear", "make", "take", "give", "tell", "find", "think", "know"]
)
SIBILANT_ES = ("sses", "shes", "ches", "xes", "zes", "oes")  # "-es" after these is an ending
SIBLING_MIN_CUES = 3  # annotated cues of a verb family before its unseen inflections count
SIBLING_DISCOUNT = 0.8  # an unmeasured inflection is trusted a little less than its family
NOT_VERBS = frozenset(
    ["news", "has", "was", "is", "does", "this", "thus", "according", "including"]
)


def normalise_cue(cue: str | None, keep: Set[str] = frozenset()) -> str | None:
    """ "has also said" -> "said"; None when nothing word-like is left. A form in ``keep``
    (the hand list's) stays whole however long it is ("made it clear")."""
    words = RE_CUE_WORD.findall((cue or "").lower())
    while words and words[0] in LEADING:
        words = words[1:]
    # "went off script to comment on" -> "comment on"
    if len(words) > MAX_WORDS and " ".join(words) not in keep:
        words = words[-2:] if words[-1] in PREPOSITIONS else words[:1]
    return " ".join(words) or None


def not_cue_words(path: Path = NOT_CUES) -> frozenset[str]:
    """The words of ``data/not_cues.tsv``: a form opening with one of them is never learned."""
    return frozenset(row[0].strip().lower() for row in parse_rows(path.read_text("utf-8")))


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
    hand = hand_cue_forms()
    for doc in docs:
        for st in doc["statements"]:
            form = normalise_cue(st.get("cue"), hand)
            if form is not None:
                n_cue[form] += 1
                lengths[form].append(len(st["content"].split()))
    stop = not_cue_words()
    forms = {f for f, n in n_cue.items() if n >= min_count and f.split()[0] not in stop} | hand
    family = {f: verb_family(f) for f in n_cue}
    siblings = {v for f in forms for v in family.get(f, ()) if v.split()[0] not in stop}
    siblings -= forms | hand
    n_text = count_occurrences(docs, forms | siblings)
    rows = []
    for form in forms:
        weight = min(1.0, n_cue[form] / max(1, n_text[form]))
        refuted = form in hand and n_text[form] >= MIN_EVIDENCE
        if not n_text[form] or weight < min_weight and not refuted:
            continue
        rows.append((form, _shape(lengths[form]), round(weight, 3), n_cue[form], n_text[form]))
    rows += _sibling_rows(siblings, family, n_cue, n_text, lengths, min_weight)
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def _shape(lengths_of: list[int]) -> str:
    return (
        "np" if statistics.median(lengths_of or [NP_MAX_MEDIAN + 1]) <= NP_MAX_MEDIAN else "clause"
    )


def _sibling_rows(
    siblings: set[str],
    family: dict[str, tuple[str, ...]],
    n_cue: Counter[str],
    n_text: Counter[str],
    lengths: dict[str, list[int]],
    min_weight: float,
) -> list[tuple[str, str, float, int, int]]:
    """Inflections of learned cue verbs that are too rare to be measured on their own
    ("denounces" when "denounced" is a measured cue): the family's pooled weight, when the
    form occurs in the texts and its own counts do not refute it (``MIN_EVIDENCE``
    occurrences, rarely a cue)."""
    members: dict[str, list[str]] = defaultdict(list)
    for form, variants in family.items():
        for v in variants:
            members[v].append(form)
    rows = []
    for form in sorted(siblings):
        kin = [f for f in members[form] if f != form]
        cue = n_cue[form] + sum(n_cue[f] for f in kin)
        seen = n_text[form] + sum(n_text[f] for f in kin)
        own = n_cue[form] / max(1, n_text[form])
        refuted = n_text[form] >= MIN_EVIDENCE and own < min_weight
        if cue < SIBLING_MIN_CUES or not n_text[form] or refuted:  # unseen: no guessed words
            continue
        weight = min(1.0, cue / max(1, seen)) * SIBLING_DISCOUNT
        if weight >= min_weight:
            kin_lengths = [n for f in kin for n in lengths[f]]
            rows.append((form, _shape(kin_lengths), round(weight, 3), n_cue[form], n_text[form]))
    return rows


def verb_family(form: str) -> tuple[str, ...]:
    """The other inflections of a cue whose first word is a verb form ending in -s, -ed or
    -ing ("denounced" -> "denounce", "denounces", "denouncing"; "calls for" -> "called for",
    ...). Guesses that are no English word are dropped by ``_sibling_rows``: they never
    occur in the texts."""
    first, _, rest = form.partition(" ")
    if first in NOT_VERBS:
        return ()
    bases = _bases(first)
    if not bases:
        return ()
    words = set()
    for b in bases:
        if b.endswith("ee"):  # 'see' -> 'sees', 'seeing' ('agreeing', not 'agring')
            forms = {b, b + "s", b + "d", b + "ing"}
        elif b.endswith("e"):
            forms = {b, b + "s", b + "d", b[:-1] + "ing"}
        elif b.endswith("y") and b[-2:-1] not in "aeiou":
            forms = {b, b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
        else:
            plural = "es" if b.endswith(("s", "sh", "ch", "x", "z")) else "s"
            forms = {b, b + plural, b + "ed", b + "ing"}
        words |= forms - ({b + "d", b + "ed"} if b in IRREGULAR_BASES else set())
    words = {w for w in words if len(w) > 3} - {first}
    return tuple(sorted(" ".join([w, rest]).strip() for w in words))


def _bases(word: str) -> set[str]:
    """Candidate base forms of an inflected verb (empty when the word shows no inflection)."""
    if word.endswith("ied") or word.endswith("ies"):
        return {word[:-3] + "y"}
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        return {stem, stem + "e"} | ({stem[:-1]} if stem[-1:] == stem[-2:-1] else set())
    if word.endswith("ed") and len(word) > 4:
        stem = word[:-2]
        return {stem, stem + "e"} | ({stem[:-1]} if stem[-1:] == stem[-2:-1] else set())
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return {word[:-1]} | ({word[:-2]} if word.endswith(SIBILANT_ES) else set())
    return set()


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
