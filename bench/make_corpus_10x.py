"""Write the corpus's text sets repeated N times, with new ids, into a folder outside the repo.

    .venv/bin/python bench/make_corpus_10x.py --copies 10 --out /tmp/corpus-10x

Copy k of an article gets the id ``<id>-copy<k>`` and one extra closing paragraph naming the
copy, so the pipeline's duplicate check (same id, or same cleaned body) does not drop it:
every copy costs the full pipeline, as new articles would. Copy 0 is the article unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def text_sets(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/articles.jsonl"))


def write_copies(corpus: Path, out: Path, copies: int) -> int:
    """Write ``copies`` versions of every text set into out/<set>/articles-<k>.jsonl."""
    if out.resolve().is_relative_to(REPO):
        raise SystemExit(f"refusing to write corpus text inside the repository ({out})")
    written = 0
    for source in text_sets(corpus):
        folder = out / source.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        lines = source.read_text(encoding="utf-8").splitlines()
        for k in range(copies):
            with (folder / f"articles-{k:03d}.jsonl").open("w", encoding="utf-8") as handle:
                for line in lines:
                    handle.write(_copy(line, k) + "\n")
                    written += 1
    return written


def _copy(line: str, k: int) -> str:
    if k == 0:
        return line
    record = json.loads(line)
    record["id"] = f"{record['id']}-copy{k}"
    record["text"] = f"{record['text']}\n\nArchive copy {k}."
    return json.dumps(record, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True, help="a folder outside the repo")
    args = parser.parse_args(argv)
    if not text_sets(args.corpus):
        print(f"no text sets (*/articles.jsonl) under {args.corpus}", file=sys.stderr)
        return 1
    n = write_copies(args.corpus, args.out, args.copies)
    print(f"wrote {n:,} articles ({args.copies} copies) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
