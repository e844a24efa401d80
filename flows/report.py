"""The run report: what a run read, reused, rejected, wrote, and where the time went.

One dict, written as ``output/run_report.json`` (the latest run, beside ``output/latest``)
and ``output/reports/<finished>-<release>.json`` (one per run, kept), and rendered as the
markdown and tables that ``flows.prefect_flow`` publishes as Prefect artifacts.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.incremental import pipeline_version
from flows.tables import UNATTRIBUTED

REPORT_FILE = "run_report.json"
HISTORY_DIR = "reports"
TOP_SPEAKERS = 10
logger = logging.getLogger(__name__)


def build_report(summary: dict[str, Any], *, top: int = TOP_SPEAKERS) -> dict[str, Any]:
    """The report of a finished run, from its summary (flows.batches.RunSummary.as_dict)."""
    release = Path(summary["release"])
    read, reused = summary.get("articles_in", 0), summary.get("articles_reused", 0)
    by_check = summary.get("rejects_by_check", {})
    return {
        "release": release.name,
        "release_path": str(release),
        "new_release": summary.get("new_release", True),  # False: the latest, kept as it was
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pipeline_version": pipeline_version(),
        # read: articles the inputs gave; rejected: inputs refused other than as duplicates,
        # files and feed lines that gave no article among them (so not among the read)
        "articles": {"read": read, "reused": reused, "processed": read - reused,
                     "published": summary.get("rows", {}).get("articles", 0),
                     "duplicates": sum(n for check, n in by_check.items()
                                       if check.startswith("duplicate")),
                     "rejected": summary.get("articles_rejected", 0)},
        "rows": dict(summary.get("rows", {})),
        "rejects_by_check": dict(summary.get("rejects_by_check", {})),
        "statements_by_kind": dict(sorted(summary.get("statements_by_kind", {}).items())),
        "top_speakers": top_speakers(release, top),
        "seconds_by_step": dict(summary.get("seconds_by_step", {})),
        "seconds": summary.get("seconds", 0.0),
    }


def top_speakers(release: Path, top: int) -> list[dict[str, Any]]:
    """The most quoted named speakers of a release (unattributed statements left out)."""
    path = release / "speakers.parquet"
    if not path.exists():
        return []
    keep = ["name", "type", "role", "organization", "n_statements", "n_articles"]
    speakers = pq.read_table(path, columns=[*keep, "speaker_id"])
    named = speakers.filter(pc.fill_null(pc.not_equal(speakers["name"], UNATTRIBUTED), True))
    ranked = named.sort_by([("n_statements", "descending"), ("n_articles", "descending"),
                            ("speaker_id", "ascending")])
    rows: list[dict[str, Any]] = ranked.slice(0, top).select(keep).to_pylist()
    return rows  # (sorted by Arrow: 45k speakers on the corpus)


def report_tables(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The report's tables, each a list of rows (for Prefect table artifacts)."""
    return {
        "rows-per-table": [{"table": k, "rows": v} for k, v in report["rows"].items()],
        "rejects-by-reason": [{"check": k, "rejects": v}
                              for k, v in report["rejects_by_check"].items()],
        "statements-per-kind": [{"kind": k, "statements": v}
                                for k, v in report["statements_by_kind"].items()],
        "top-speakers": list(report["top_speakers"]),
        "time-per-step": [{"step": k, "seconds": v}
                          for k, v in report["seconds_by_step"].items()],
    }


def report_markdown(report: dict[str, Any]) -> str:
    """The report as one markdown page (a Prefect markdown artifact)."""
    articles = report["articles"]
    kept = "" if report.get("new_release", True) else " (unchanged: the latest release, kept)"
    lines = [f"# Run report: release `{report['release']}`{kept}", "",
             f"Finished {report['finished_at']} in {report['seconds']:.1f} s "
             f"(pipeline version `{report['pipeline_version']}`).", "",
             f"Articles read: {articles['read']} (reused unchanged from the previous release: "
             f"{articles['reused']}; processed: {articles['processed']}); published: "
             f"{articles['published']}; left out as duplicates: {articles['duplicates']}. "
             "Inputs rejected (a file, a feed line or an article; see Rejects by reason): "
             f"{articles['rejected']}."]
    for title, rows in report_tables(report).items():
        lines += ["", f"## {title.replace('-', ' ').capitalize()}", ""]
        lines += _markdown_table(rows) if rows else ["(none)"]
    return "\n".join(lines) + "\n"


def _markdown_table(rows: list[dict[str, Any]]) -> list[str]:
    columns = list(rows[0])

    def cell(value: Any) -> str:
        return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")

    return ([f"| {' | '.join(columns)} |", f"|{' --- |' * len(columns)}"]
            + [f"| {' | '.join(cell(r.get(c)) for c in columns)} |" for r in rows])


def save_run_report(output_dir: Path, summary: dict[str, Any]) -> str:
    """Build and write the report of a finished run; its path, or "" when it cannot be written
    (the release is published by then: a full disk must not turn it into a failed run)."""
    try:
        return str(write_run_report(output_dir, build_report(summary)))
    except OSError as error:
        logger.warning("the run report could not be written: %s", error)
        return ""


def write_run_report(output_dir: Path, report: dict[str, Any]) -> Path:
    """Write the report beside output/latest and into output/reports/; return the latter.

    The report stays outside releases/<version>/, whose files are listed in its SHA256SUMS and
    never change; a run that publishes nothing new still has its report.
    """
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    history = output_dir / HISTORY_DIR
    history.mkdir(parents=True, exist_ok=True)
    stamp = report["finished_at"].replace(":", "").replace("+0000", "Z")
    name = f"{stamp}-{report['release']}"
    path = history / f"{name}.json"
    for n in range(2, 1000):  # two runs in one second: keep both
        if not path.exists():
            break
        path = history / f"{name}-{n}.json"
    _write_atomic(path, text)
    _write_atomic(output_dir / REPORT_FILE, text)
    return path


def _write_atomic(path: Path, text: str) -> Path:
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
