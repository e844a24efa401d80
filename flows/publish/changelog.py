"""The releases index: ``output/releases.json`` and ``output/CHANGELOG.md``, newest first.

Both are rebuilt from every release's release.json (which records the rows added, removed and
changed per table against the release before it), so they can never drift from the releases.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from schemas import TABLES

logger = logging.getLogger(__name__)

TABLE_ORDER = tuple(spec.name for spec in TABLES)


def write_changelog(output_dir: Path) -> Path:
    """Rewrite output_dir/releases.json and output_dir/CHANGELOG.md; return the CHANGELOG."""
    releases = list_releases(output_dir)
    index = [{key: info.get(key) for key in ("version", "sequence", "published", "previous",
                                              "content_sha256", "rows", "changes")}
             for info in releases]
    _replace(output_dir / "releases.json", json.dumps(index, indent=2) + "\n")
    entries = ["# Changelog\n\nEvery release of the dataset, newest first. Rows are matched "
               "on each table's primary key (rejects: on whole rows).\n"]
    entries += [_entry(info) for info in releases]
    return _replace(output_dir / "CHANGELOG.md", "\n".join(entries))


def list_releases(output_dir: Path) -> list[dict[str, Any]]:
    """Every release's release.json, newest (highest sequence number) first."""
    releases = []
    for path in (output_dir / "releases").glob("*/release.json"):
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            logger.warning("skipping %s: not JSON", path)
            continue
        releases.append({**info, "version": path.parent.name})
    return sorted(releases, key=lambda r: (r.get("sequence", 0), str(r.get("published", "")),
                                           r["version"]), reverse=True)


def _entry(info: dict[str, Any]) -> str:
    previous = info.get("previous")
    number = f"release {info['sequence']}, " if "sequence" in info else ""
    lines = [f"## {info['version']} ({number}{str(info.get('published', ''))[:10]})\n",
             f"Compared with {previous or 'nothing (first release)'}.\n",
             "| table | rows | added | removed | changed |",
             "| --- | ---: | ---: | ---: | ---: |"]
    changes = info.get("changes") or {t: {"rows": n} for t, n in info.get("rows", {}).items()}
    order = [t for t in TABLE_ORDER if t in changes] + sorted(set(changes) - set(TABLE_ORDER))
    for table in order:
        c = changes[table]
        lines.append(f"| {table} | {c.get('rows', 0):,} | {c.get('added', '?')} | "
                     f"{c.get('removed', '?')} | {c.get('changed', '?')} |")
    return "\n".join(lines) + "\n"


def _replace(target: Path, text: str) -> Path:
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    return target
