"""Bucket the extractor's errors on a gold file by cause and print the counts.

    .venv/bin/python bench/error_analysis.py ../shared/gold/polnear/dev.jsonl [--examples 3]

Statements are matched one-to-one as ``../shared/eval/score_statements.py`` does (largest
letter/digit overlaps first, overlap >= 0.5 of both). Then:

* every gold statement left unmatched gets one cause, first that applies: a prediction
  overlaps it but matched another gold statement (``merged``), a prediction overlaps it too
  little (``boundary``: too long / too short), a candidate was made but dropped (scorer cut
  or overlap removal), no cue annotated, the cue form is absent from the lexicon (typed:
  nominal, belief/intent, preposition, other verb), the cue is in the lexicon but not found
  (inside quote marks), or found but no frame was read (``frame rejected``);
* every unmatched prediction gets one: a duplicate of a matched gold statement, a boundary
  miss of an unmatched gold statement, or no gold statement at all (by cue lemma); the
  unmatched predictions are also counted by frame shape (against all predictions of that
  shape, so a shape's precision can be read off) and by confidence bin;
* matches at 0.5 that miss 0.9 are typed by which end is off and by how much, and tallied
  again by whether any one contiguous span could reach 0.9 on that gold statement: a gold
  statement in several segments ('which [he said] C', '"A," [she said], "B"') is matched by
  no single span when the words between its segments (a span over all of them) and the
  segments left out (a shorter span) each outweigh a tenth of it, so no boundary rule can
  turn such a miss into a match (``one_span_reaches``).

Prints counts only (and with ``--examples`` a few offsets per bucket, never article text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from learn_cues import normalise_cue  # noqa: E402

from flows.attribution.assemble import _drop_overlaps, candidate_statements  # noqa: E402
from flows.attribution.lexicon import load_lexicon  # noqa: E402
from flows.attribution.quotes import find_quotes  # noqa: E402
from flows.attribution.scorer import load_scorer  # noqa: E402
from flows.records import Article, Statement  # noqa: E402
from flows.segment import segment_sentences  # noqa: E402

BELIEF_STEMS = (  # thoughts, beliefs and intentions rather than utterances
    "think", "thought", "believ", "know", "knew", "want", "hope", "feel", "felt", "expect",
    "fear", "worr", "plan", "intend", "see", "saw", "view", "consider", "seem", "appear",
    "wish", "doubt", "understand", "understood", "seek", "sought", "prefer", "decid",
    "support", "oppos",
)  # fmt: skip
NOMINAL_SUFFIXES = ("tion", "ment", "ance", "ence", "ism", "ity", "sure", "al", "ure", "ness")
DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those"]
)
RE_ALNUM_WORD = re.compile(r"[a-z]+")


def alnum(text: str, spans: Sequence[Sequence[int]]) -> frozenset[int]:
    return frozenset(
        i for s, e in spans for i in range(max(0, s), min(len(text), e)) if text[i].isalnum()
    )


def gold_spans(g: dict) -> list[tuple[int, int]]:
    return [tuple(x) for x in g.get("segments") or [(g["start"], g["end"])]]


def match(golds: list[frozenset[int]], preds: list[frozenset[int]], t: float) -> dict[int, int]:
    """gold index -> prediction index, greedy by overlap as the scorer does."""
    pairs = []
    for gi, ga in enumerate(golds):
        for pi, pa in enumerate(preds):
            ov = len(ga & pa)
            if ov and ga and pa:
                pairs.append((min(ov / len(ga), ov / len(pa)), gi, pi))
    pairs.sort(reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for frac, gi, pi in pairs:
        if frac >= t and gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def cue_type(form: str | None, raw: str | None) -> str:
    words = RE_ALNUM_WORD.findall((raw or "").lower())
    if form is None:
        return "no cue" if not raw else "punctuation cue (':')"
    if words and words[0] in DETERMINERS or form.split()[-1].endswith(NOMINAL_SUFFIXES):
        return "nominal"
    if any(w.startswith(BELIEF_STEMS) for w in form.split()):
        return "belief/intent"
    if len(form.split()) == 1 and len(form) <= 7 and not form.endswith(("ed", "s")):
        return "preposition/other short"
    return "other verb"


def classify_missed(
    doc: dict,
    g: dict,
    ga: frozenset[int],
    preds: list[tuple[Statement, frozenset[int]]],
    matched_preds: set[int],
    cands: list[tuple[Statement, frozenset[int]]],
    lex_forms: set[str],
    hit_spans: list[tuple[int, int]],
    quotes_cover: object,
) -> str:
    over = [(pi, len(ga & pa), pa) for pi, (_, pa) in enumerate(preds) if ga & pa]
    if over:
        pi, ov, pa = max(over, key=lambda x: x[1])
        if pi in matched_preds:
            return "merged: overlapping prediction matched another gold statement"
        if ov / len(ga) >= 0.5:
            return "boundary: prediction too long"
        if ov / len(pa) >= 0.5:
            return "boundary: prediction too short"
        return "boundary: both ends off"
    good = [st for st, pa in cands if pa and len(ga & pa) >= 0.5 * max(len(ga), len(pa))]
    if good:
        return "candidate dropped (scorer cut or overlap removal)"
    form = normalise_cue(g.get("cue"))
    kind = cue_type(form, g.get("cue"))
    if kind in ("no cue", "punctuation cue (':')"):
        return kind
    cs, ce = g.get("cue_start"), g.get("cue_end")
    if form not in lex_forms:
        return f"cue absent from lexicon: {kind}"
    if cs is not None and not any(a < ce and cs < b for a, b in hit_spans):
        if quotes_cover(cs) is not None:  # type: ignore[operator]
            return "cue in lexicon, inside quote marks"
        return "cue in lexicon, not found at the annotated place"
    if any(pa & ga for _, pa in cands):
        return "frame read, content span far off"
    if not g.get("speaker"):
        return "frame rejected (speaker-less gold)"
    return "frame rejected (cue found, no frame)"


def classify_fp(
    pa: frozenset[int], golds: list[frozenset[int]], matched_golds: set[int], st: Statement
) -> str:
    over = [(gi, len(ga & pa)) for gi, ga in enumerate(golds) if ga & pa]
    if not over:
        return f"no gold statement ({st.kind})"
    gi, ov = max(over, key=lambda x: x[1])
    if gi in matched_golds:
        return "duplicate/split of a matched gold statement"
    return "boundary miss of an unmatched gold statement"


def one_span_reaches(text: str, g: dict, t: float = 0.9) -> bool:
    """Whether some contiguous span (from the start of one gold segment to the end of the
    same or a later one) overlaps the gold statement by ``t`` of both: never, for a gold
    statement in segments with more letters between them than it can carry."""
    segments = gold_spans(g)
    ga = alnum(text, segments)
    if len(segments) < 2 or not ga:
        return True
    for i, (start, _) in enumerate(segments):
        for _, end in segments[i:]:
            pa = alnum(text, [(start, end)])
            overlap = len(pa & ga)
            if pa and overlap >= t * len(pa) and overlap >= t * len(ga):
                return True
    return False


def near_exact_type(text: str, g: dict, ga: frozenset[int], st: Statement) -> str:
    gs, ge = min(ga), max(ga) + 1
    pa = alnum(text, [(st.start, st.end)])
    if not pa:
        return "empty"
    ps, pe = min(pa), max(pa) + 1
    parts = []
    lead = text[g["start"] : g["start"] + 5].lower()
    if ps > gs:
        parts.append(
            "starts late"
            + (" (gold opens with 'that')" if lead.startswith("that ") and ps - gs <= 6 else "")
        )
    elif ps < gs:
        parts.append("starts early")
    if pe < ge:
        parts.append("ends early")
    elif pe > ge:
        parts.append("ends late")
    if len(gold_spans(g)) > 1 and len(pa - ga) > 0.1 * len(pa):
        parts.append("gold split by a frame")
    return ", ".join(parts) or "holes inside"


def analyse(docs: list[dict], examples: int) -> dict[str, Counter[str]]:
    lex, scorer = load_lexicon(), load_scorer()
    lex_forms = set(lex.cue_lemma)
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        text = doc["text"]
        article = Article.from_text(
            text, article_id=str(doc["doc_id"]), source_path="gold", source_format="jsonl"
        )
        cands_raw = candidate_statements(
            article, segment_sentences(article), lexicon=lex, scorer=scorer
        )
        final = _drop_overlaps([st for st, _ in cands_raw if st.confidence >= scorer.threshold])
        preds = [(st, alnum(text, [(st.start, st.end)])) for st in final]
        cands = [(st, alnum(text, [(st.start, st.end)])) for st, _ in cands_raw]
        shapes = {id(st): _frame_shape(features) for st, features in cands_raw}
        gl = [(g, alnum(text, gold_spans(g))) for g in doc["statements"]]
        gl = [(g, a) for g, a in gl if a]
        golds = [a for _, a in gl]
        m5 = match(golds, [pa for _, pa in preds], 0.5)
        m9 = match(golds, [pa for _, pa in preds], 0.9)
        quotes = find_quotes(text)
        hits = [h.span() for h in lex.find_cues(text)]
        matched_preds = set(m5.values())
        for gi, (g, ga) in enumerate(gl):
            tallies["gold"]["all"] += 1
            reach = "reachable" if one_span_reaches(text, g) else "no one span reaches .9"
            tallies["gold by one-span reach"][reach] += 1
            if gi in m5:
                if gi not in m9:
                    st = preds[m5[gi]][0]
                    typed = near_exact_type(text, g, ga, st)
                    tallies["near-exact miss (matched at 0.5)"][typed] += 1
                    tallies["near-exact miss by one-span reach"][f"{reach}: {typed}"] += 1
                continue
            cause = classify_missed(
                doc, g, ga, preds, matched_preds, cands, lex_forms, hits, quotes.covering
            )
            tallies["missed gold"][cause] += 1
            tallies["missed gold by kind"][g.get("kind", "?")] += 1
            if cause.startswith("cue absent"):
                tallies["absent cue forms"][normalise_cue(g.get("cue")) or "-"] += 1
            if cause.startswith("frame rejected") or cause.startswith("cue in lexicon"):
                tallies["rejected cue forms"][normalise_cue(g.get("cue")) or "-"] += 1
            if len(shown[cause]) < examples:
                shown[cause].append(f"{doc['doc_id']}:{g['start']}-{g['end']}")
        for pi, (st, pa) in enumerate(preds):
            shape = shapes.get(id(st), "?")
            tallies["predictions by frame shape"][shape] += 1
            if pi in matched_preds:
                continue
            tallies["false positives by frame shape"][shape] += 1
            tallies["false positives by confidence"][_confidence_bin(st.confidence)] += 1
            cause = classify_fp(pa, golds, set(m5), st)
            tallies["false positives"][cause] += 1
            if cause.startswith("no gold"):
                tallies["spurious by cue"][f"{st.cue.lower()} ({st.kind})"] += 1
                tallies["spurious by pattern"][_pattern_of(st)] += 1
            if len(shown[cause]) < examples:
                shown[cause].append(f"{doc['doc_id']}:{st.start}-{st.end}")
    for cause, where in sorted(shown.items()):
        tallies["examples"][f"{cause}: {' '.join(where)}"] = 0
    return tallies


def _frame_shape(features: Sequence[str]) -> str:
    """The frame pattern a candidate was read in ('post', 'pre', 'participle', ...)."""
    return next((f.split("=", 1)[1] for f in features if f.startswith("pattern=")), "?")


def _confidence_bin(confidence: float) -> str:
    low = min(9, int(confidence * 10)) / 10
    return f"{low:.1f}-{low + 0.1:.1f}"


def _pattern_of(st: Statement) -> str:
    return "before cue" if st.end <= st.cue_start else "after cue"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    docs = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    tallies = analyse(docs, args.examples)
    for name, counts in tallies.items():
        total = sum(counts.values())
        print(f"== {name} ({total})")
        for key, n in counts.most_common(args.top if name != "examples" else None):
            print(f"  {n:6d}  {key}" if name != "examples" else f"  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
