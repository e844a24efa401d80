"""Benchmark: a full run vs an incremental re-run with 1% new articles, on ../shared/corpus.

    .venv/bin/python bench/incremental.py [--corpus ../shared/corpus] [--share 0.01]
                                          [--repeat 1] [--prefect] [--runner auto]

Sets up a raw folder from the corpus's text sets (every 100th article held back), builds it,
adds the held-back articles as a new file and times, without Prefect:

  * the incremental re-run (reuses the other 99%),
  * a full rebuild of the same input into a fresh folder (what a run without reuse costs),

both with ``--runner`` (default ``auto``, what ``python -m flows run`` uses: worker processes
for a run with several batches to process, so the full rebuild uses both cores; ``local``
runs every step in this process, the full rebuild on one core),

checks both give byte-identical tables, and prints the times, their ratio and the re-run's
seconds per step. Prefect's fixed cost is not work on articles, so it is printed on its own:
with ``--prefect`` the script also times ``python -m flows run`` with and without Prefect on
an unchanged input (everything reused) in a subprocess; the difference is Prefect's start-up
(the temporary server) plus its task bookkeeping. Times are medians over ``--repeat`` rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.pipeline import RunSummary, build_dataset  # noqa: E402
from flows.runners import RUNNERS, RunnerName  # noqa: E402

TEXT_SETS = ("aeb-groundtruth", "bbc", "globaltimes", "peoplesdaily", "reuters21578")
TABLE_FILES = [f"{t}.{e}" for t in ("articles", "sentences", "statements", "speakers",
                                    "rejects") for e in ("parquet", "csv")]


def prepare_raw(corpus: Path, raw: Path, share: float) -> Path:
    """Write the text sets minus every 1/share-th article; return the held-back file."""
    raw.mkdir(parents=True)
    every = round(1 / share)
    held: list[str] = []
    for name in TEXT_SETS:
        lines = (corpus / name / "articles.jsonl").read_text(encoding="utf-8").splitlines(True)
        (raw / f"{name}.jsonl").write_text("".join(x for i, x in enumerate(lines)
                                                   if i % every != every - 1), encoding="utf-8")
        held += [x for i, x in enumerate(lines) if i % every == every - 1]
    arrivals = raw.parent / "new-arrivals.jsonl"
    arrivals.write_text("".join(held), encoding="utf-8")
    return arrivals


def timed_build(raw: Path, output: Path, *, incremental: bool, runner: RunnerName,
                ) -> tuple[float, RunSummary]:
    began = time.perf_counter()
    summary = build_dataset(raw, output, incremental=incremental, runner=runner)
    return time.perf_counter() - began, summary


def same_tables(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in TABLE_FILES)


def cli_run(raw: Path, output: Path, *extra: str) -> tuple[float, float, int]:
    """Wall seconds of `python -m flows run`, the pipeline's own seconds, articles reused."""
    env = {**os.environ, "PREFECT_HOME": str(output.parent / "prefect-home")}
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "flows", "run", "--json", "--raw-dir",
                           str(raw), "--output-dir", str(output), *extra], cwd=REPO, env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - began
    if done.returncode:
        raise SystemExit(f"flows run failed: {done.stderr[-2000:]}")
    summary = json.loads(done.stdout)
    return wall, summary["seconds"], summary["articles_reused"]


def one_round(corpus: Path, work: Path, share: float, prefect: bool,
              runner: RunnerName) -> dict[str, float]:
    raw = work / "raw"
    arrivals = prepare_raw(corpus, raw, share)
    build_dataset(raw, work / "out", incremental=True, runner=runner)  # before the arrivals
    shutil.copy(arrivals, raw / "new-arrivals.jsonl")
    rerun, summary = timed_build(raw, work / "out", incremental=True, runner=runner)
    full, full_summary = timed_build(raw, work / "full", incremental=False, runner=runner)
    if not same_tables(work / "out" / "latest", work / "full" / "latest"):
        raise SystemExit("the incremental re-run's tables differ from the full rebuild's")
    figures = {"articles": summary.articles_in, "new": summary.articles_in
               - summary.articles_reused, "full": full, "rerun": rerun}
    figures.update({f"step {k}": v for k, v in summary.seconds_by_step.items()})
    figures.update({f"full step {k}": v for k, v in full_summary.seconds_by_step.items()})
    if prefect:  # first a run under the code as it is now (others may be editing it)
        cli_run(raw, work / "out", "--no-prefect")
        for label, extra in (("plain", ("--no-prefect",)), ("prefect", ())):
            wall, seconds, reused = cli_run(raw, work / "out", *extra)
            figures.update({f"cli {label} wall": wall, f"cli {label} pipeline": seconds,
                            f"cli {label} reused": reused})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--share", type=float, default=0.01, help="share of new articles")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; medians are printed")
    parser.add_argument("--prefect", action="store_true",
                        help="also time `python -m flows run` with and without Prefect")
    parser.add_argument("--runner", choices=[r for r in RUNNERS if r != "dask"], default="auto",
                        help="where batch steps run, in both runs (default: auto, as "
                             "`flows run`)")
    args = parser.parse_args()
    if not (args.corpus / "bbc" / "articles.jsonl").exists():
        raise SystemExit(f"{args.corpus} has no text sets (../shared is not beside the repo)")
    rounds = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="bench-incremental-") as work:
            rounds.append(one_round(args.corpus, Path(work), args.share, args.prefect,
                                    args.runner))
    med = {k: statistics.median(r.get(k, 0.0) for r in rounds) for k in rounds[0]}
    print(f"cores: {os.cpu_count()}, rounds: {args.repeat} (medians), runner: {args.runner}, "
          f"load average: {os.getloadavg()[0]:.1f}")
    print(f"articles read: {med['articles']:.0f}; processed again in the re-run: "
          f"{med['new']:.0f} ({med['new'] / med['articles']:.1%}: the new ones, and those of "
          "batches whose de-duplication verdicts changed); tables identical to the full "
          "rebuild: yes")
    print(f"full rebuild (no Prefect):        {med['full']:7.1f} s")
    print(f"incremental re-run (no Prefect):  {med['rerun']:7.2f} s  "
          f"= {med['rerun'] / med['full']:.1%} of the full rebuild (goal <= 5%)")
    print("re-run vs full rebuild, seconds per step:")
    for key in sorted(k for k in med if k.startswith("step ")):
        print(f"  {key[5:]:<20} {med[key]:7.2f}   {med.get('full ' + key, 0.0):7.2f}")
    if args.prefect:
        for label in ("plain", "prefect"):
            wall, inside = med[f"cli {label} wall"], med[f"cli {label} pipeline"]
            print(f"`flows run` ({label}) on the same input again: {wall:.1f} s wall, "
                  f"{inside:.1f} s in the pipeline, {wall - inside:.1f} s outside it "
                  f"(interpreter, imports{', Prefect server start-up' * (label == 'prefect')}); "
                  f"{med[f'cli {label} reused']:.0f} articles reused")
        if not med["cli plain reused"] or not med["cli prefect reused"]:
            print("note: a `flows run` reused nothing: the pipeline version (a hash of the row "
                  "code) changed during the benchmark, so it was a full run")
        fixed = med["cli prefect wall"] - med["cli prefect pipeline"]
        print(f"counting that fixed cost in both: re-run {med['rerun'] + fixed:.1f} s vs full "
              f"{med['full'] + fixed:.1f} s = "
              f"{(med['rerun'] + fixed) / (med['full'] + fixed):.1%}")


if __name__ == "__main__":
    main()
