"""Throughput, memory and Prefect's share of a run over the corpus's text sets.

    .venv/bin/python bench/scale.py                      # 1x: the 21.6k articles, 3 runs
    .venv/bin/python bench/scale.py --copies 10 --runs 2 # 10x (216k), input in a temp folder

Each run is one command, ``python -m flows run ... --json``, timed from spawn to exit (Python
and Prefect start-up included), with the peak RSS of its whole process tree (the flow, Prefect's
temporary server, the workers) sampled every 0.1 s, and each process's share at that peak.
Prints medians of the runs:

* end-to-end articles/s with Prefect, and the same command with ``--no-prefect``;
* Prefect's share of wall time: (with Prefect - without) / with Prefect, i.e. start-up of the
  temporary server and task orchestration, taken per pair of runs (the two commands run one
  after the other, in alternating order, so a machine that speeds up or slows down during the
  benchmark weighs on both sides of a pair) and given as the median over pairs;
* CPU seconds per process role (flow, Prefect server, workers), sampled with the memory: the
  Prefect server's CPU is Prefect's cost measured directly rather than as a difference;
* the floor: read the same files and run one regex pass over them (no pipeline at all);
* per-step seconds (ingest, clean, segment, attribute, validate, write), summed over workers.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus_10x import CORPUS, text_sets, write_copies  # noqa: E402

from flows import native  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RE_FLOOR = re.compile(r'"[^"\n]{1,400}"|\b(?:said|says|told)\b')
STEPS = {"ingest": ("plan_inputs", "read_batch"), "clean": ("clean_articles",),
         "segment": ("segment_articles",), "attribute": ("attribute_articles",),
         "validate": ("validate_articles",),
         "write": ("write_batch", "write_final_tables", "write_release")}


def floor_seconds(raw: Path) -> tuple[float, int]:
    """Read every input file and run one regex pass over its text: the least any run does."""
    began = time.perf_counter()
    matches = 0
    for path in sorted(raw.rglob("*.jsonl")):
        matches += sum(1 for _ in RE_FLOOR.finditer(path.read_bytes().decode("utf-8")))
    return time.perf_counter() - began, matches


@dataclass
class Peak:
    """The tree's peak RSS (the goal figure), what each process held at that moment, and the
    peak PSS (pages shared between processes counted once: an extra figure, not the goal)."""

    rss: int = 0
    parts: dict[str, int] = field(default_factory=dict)
    pss: int = 0
    cpu: dict[int, tuple[str, float]] = field(default_factory=dict)  # pid -> role, seconds

    def cpu_by_role(self) -> dict[str, float]:
        seconds: dict[str, float] = {}
        for role, used in self.cpu.values():
            seconds[role] = seconds.get(role, 0.0) + used
        return seconds


def role_of(process: psutil.Process, root: psutil.Process) -> str:
    if process.pid == root.pid:
        return "flow"
    line = " ".join(process.cmdline())
    if "uvicorn" in line:
        return "Prefect server"
    if "resource_tracker" in line:
        return "resource tracker"
    return "workers"


def sample_peak(process: psutil.Popen, peak: Peak) -> None:
    roles: dict[int, str] = {}
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            rss: dict[str, int] = {}
            pss = 0
            for p in tree:
                info = p.memory_full_info()
                role = roles.setdefault(p.pid, role_of(p, process))
                used = p.cpu_times()
                peak.cpu[p.pid] = (role, used.user + used.system)
                rss[role] = rss.get(role, 0) + info.rss
                pss += info.pss
            if sum(rss.values()) > peak.rss:
                peak.rss, peak.parts = sum(rss.values()), rss
            peak.pss = max(peak.pss, pss)
        except psutil.Error:
            pass
        time.sleep(0.1)


def run_once(raw: Path, args: argparse.Namespace, *, prefect: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="scale-out-") as out:
        command = [sys.executable, "-m", "flows", "run", "--raw-dir", str(raw),
                   "--output-dir", out, "--runner", args.runner, "--batch-size",
                   str(args.batch_size), "--max-reject-share", "1", "--full-rebuild", "--json"]
        command += [] if prefect else ["--no-prefect"]
        began = time.perf_counter()
        log = Path(out) / "run.log"
        process = psutil.Popen(command, cwd=REPO, stdout=subprocess.PIPE,
                               stderr=log.open("w"), text=True)
        peak = Peak()
        sampler = threading.Thread(target=sample_peak, args=(process, peak), daemon=True)
        sampler.start()
        stdout, _ = process.communicate()
        wall = time.perf_counter() - began
        sampler.join()
        if process.returncode:
            tail = log.read_text(errors="replace").splitlines()[-15:]
            raise SystemExit(f"run failed ({process.returncode}): {' '.join(command)}\n"
                             + "\n".join(tail))
        summary = json.loads(stdout)
    return {"wall": wall, "rss": peak.rss, "parts": peak.parts, "pss": peak.pss,
            "cpu": peak.cpu_by_role(), "summary": summary}


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(raw: Path, label: str, args: argparse.Namespace) -> None:
    floors = [floor_seconds(raw)[0] for _ in range(args.runs)]
    with_prefect: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    for pair in range(args.runs):  # interleaved: P N, N P, P N, ...
        for prefect in (True, False) if pair % 2 == 0 else (False, True):
            (with_prefect if prefect else plain).append(run_once(raw, args, prefect=prefect))
    shares = [(p["wall"] - n["wall"]) / p["wall"] for p, n in zip(with_prefect, plain,
                                                                  strict=True)]
    articles = with_prefect[0]["summary"]["articles_in"]
    wall_p = median([r["wall"] for r in with_prefect])
    wall_n = median([r["wall"] for r in plain])
    floor = median(floors)
    print(f"\n## {label}: {articles:,} articles in, {args.runs} runs each, runner "
          f"{args.runner}, batch size {args.batch_size}, {psutil.cpu_count()} cores "
          f"({len(os.sched_getaffinity(0))} usable), load average now "
          f"{os.getloadavg()[0]:.1f}, attribution {native.check()} (flows/native.py)\n")
    print("| figure | median | runs |\n| --- | --- | --- |")
    row = "| {} | {} | {} |".format
    print(row("end-to-end articles/s, with Prefect", f"{articles / wall_p:,.0f}",
              ", ".join(f"{articles / r['wall']:,.0f}" for r in with_prefect)))
    print(row("end-to-end articles/s, --no-prefect", f"{articles / wall_n:,.0f}",
              ", ".join(f"{articles / r['wall']:,.0f}" for r in plain)))
    print(row("wall seconds with / without Prefect", f"{wall_p:.1f} / {wall_n:.1f}", ""))
    print(row("floor: read + one regex pass (s)", f"{floor:.2f}",
              ", ".join(f"{f:.2f}" for f in floors)))
    print(row("ratio to the floor (with Prefect)", f"{wall_p / floor:.0f}x", ""))
    print(row("Prefect's share of wall time (median over pairs of runs)",
              f"{median(shares):.0%}", ", ".join(f"{v:.0%}" for v in shares)))
    print(row("  from the medians of all runs instead", f"{(wall_p - wall_n) / wall_p:.0%}", ""))
    for name, runs in (("with Prefect", with_prefect), ("--no-prefect", plain)):
        roles = sorted({role for r in runs for role in r["cpu"]})
        print(row(f"CPU seconds by process, {name}", ", ".join(
            f"{role} {median([r['cpu'].get(role, 0.0) for r in runs]):,.1f}"
            for role in roles), ""))
    for name, runs in (("with Prefect", with_prefect), ("--no-prefect", plain)):
        rss = [r["rss"] / 2**20 for r in runs]
        print(row(f"peak RSS of the process tree, {name} (MiB)", f"{median(rss):,.0f}",
                  ", ".join(f"{v:,.0f}" for v in rss)))
        middle: Any = sorted(runs, key=lambda r: float(r["rss"]))[len(runs) // 2]
        print(row(f"  at that peak (median run), {name}", ", ".join(
            f"{role} {v / 2**20:,.0f}" for role, v in middle["parts"].items()), ""))
        pss = [r["pss"] / 2**20 for r in runs]
        print(row(f"  extra, not the goal: peak PSS (shared pages once), {name} (MiB)",
                  f"{median(pss):,.0f}", ", ".join(f"{v:,.0f}" for v in pss)))
    print("\nper-step seconds (median; summed over worker processes, so they can exceed wall):\n")
    print("| step | with Prefect | --no-prefect |\n| --- | --- | --- |")
    for step, names in STEPS.items():
        cells = [median([sum(r["summary"]["seconds_by_step"].get(n, 0.0)
                             for n in names) for r in runs]) for runs in (with_prefect, plain)]
        print(row(step, f"{cells[0]:.1f}", f"{cells[1]:.1f}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--copies", type=int, default=1,
                        help="repeat the corpus this many times with new ids (temp folder)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runner", default="auto", choices=("local", "process", "auto"))
    parser.add_argument("--batch-size", type=int, default=2000)
    args = parser.parse_args(argv)
    if not text_sets(args.corpus):
        print(f"skipped: no corpus text sets under {args.corpus}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="scale-raw-") as tmp:
        raw = Path(tmp)
        write_copies(args.corpus, raw, args.copies)
        report(raw, f"corpus x{args.copies}", args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
