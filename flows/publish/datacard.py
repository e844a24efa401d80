"""README.md: the data card of one release, generated from the schemas and the run's figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from flows.publish import about
from flows.publish.columns import TableDoc, describe_tables
from flows.publish.croissant import citation_bibtex
from flows.publish.csv_rows import DUCKDB_DEFAULT_LINE, read_command
from flows.publish.duckdb_db import DB_NAME, VIEW_DESCRIPTIONS
from flows.publish.pages import human_size


def write_datacard(folder: Path, info: dict[str, Any], *,
                   accuracy: dict[str, dict[str, Any]] | None = None,
                   measured_on: str | None = None) -> Path:
    """Write folder/README.md; accuracy maps gold set -> the scorer's figures (None: not
    measured), measured_on is the date the figures were written."""
    tables = describe_tables()
    sections = [
        _front_matter(tables),
        f"# {about.TITLE}\n\nRelease **{info['version']}**, published {info['published']}."
        f"\n\n{about.DESCRIPTION}",
        _files(folder, tables, info),
        "## Sources and licences\n\n" + _sources(info) + f"\n\n{about.SOURCE_TERMS} "
        f"Licence of this release: [{about.LICENSE_TITLE}]({about.LICENSE_URL}) "
        f"(`{about.LICENSE_ID}`).",
        "## How it was built\n\n" + about.PIPELINE + "\n\n" + _run_figures(info),
        "## Extraction accuracy\n\n" + _accuracy(accuracy, measured_on),
        "## Changes since the previous release\n\n" + _changes(info),
        "## Data dictionary\n\n" + "\n\n".join(_dictionary(t) for t in tables)
        + "\n\nViews in the DuckDB file:\n\n"
        + "\n".join(f"- `{name}`: {text}" for name, text in VIEW_DESCRIPTIONS.items()),
        "## File formats\n\n" + _formats(info),
        "## Known limits\n\n" + "\n".join(f"- {limit}" for limit in about.KNOWN_LIMITS),
        "## How to cite\n\n```bibtex\n" + citation_bibtex(info["version"], info["published"][:4])
        + "\n```",
    ]
    target = folder / "README.md"
    target.write_text("\n\n".join(sections) + "\n", encoding="utf-8")
    return target


def _front_matter(tables: tuple[TableDoc, ...]) -> str:
    configs = "".join(f"- config_name: {t.name}\n  data_files:\n  - split: train\n"
                      f"    path: {t.name}.parquet\n" for t in tables)
    tags = "".join(f"- {k}\n" for k in about.KEYWORDS)
    return (f"---\nlicense: {about.LICENSE_ID.lower()}\nlanguage:\n- {about.LANGUAGE}\n"
            f"pretty_name: {json.dumps(about.TITLE)}\ntags:\n{tags}configs:\n{configs}---")


def _files(folder: Path, tables: tuple[TableDoc, ...], info: dict[str, Any]) -> str:
    rows = ["| table | rows | Parquet | CSV |", "| --- | ---: | ---: | ---: |"]
    for t in tables:
        sizes = [human_size((folder / f"{t.name}.{ext}").stat().st_size)
                 for ext in ("parquet", "csv")]
        rows.append(f"| {t.name} | {info['rows'].get(t.name, 0):,} | "
                    f"[{sizes[0]}]({t.name}.parquet) | [{sizes[1]}]({t.name}.csv) |")
    return ("## Files\n\n" + "\n".join(rows) + "\n\n"
            f"Also: `{DB_NAME}` (all tables and views, for SQL; written by DuckDB "
            f"{duckdb.__version__}, which older versions may not open: they read the Parquet "
            "files), `datapackage.json` "
            "(Frictionless Data Package v2; each table's resource reads its Parquet file, "
            "whose text is exact, and `<table>-csv` the CSV copy), `croissant.json` "
            "(MLCommons Croissant 1.0; its record sets read the Parquet files), "
            "`release.json` (run figures) and `SHA256SUMS`. Check a download with "
            "`sha256sum -c SHA256SUMS --ignore-missing`; query it with "
            f"`duckdb {DB_NAME} \"SELECT speaker, content FROM statements_full LIMIT 5\"`."
            + _partitioned(folder))


def _partitioned(folder: Path) -> str:
    """The Hive-partitioned copies (``run --partition-by``), when the run made them."""
    tables = sorted(p.name for p in (folder / "dataset").glob("*") if p.is_dir())
    if not tables:
        return ""
    first = next((folder / "dataset" / tables[0]).rglob("*.parquet"), None)
    keys = ([part.split("=", 1)[0] for part in first.relative_to(folder / "dataset" / tables[0])
             .parts[:-1]] if first else [])
    return (" The same rows of " + " and ".join(tables) + " are also under "
            + ", ".join(f"`dataset/{t}/`" for t in tables) + " as Hive-partitioned Parquet by "
            + (", ".join(keys) or "no key") + " (an unknown value is the folder "
            "`__HIVE_DEFAULT_PARTITION__`): in DuckDB `read_parquet('dataset/statements/**/"
            "*.parquet', hive_partitioning = true)`; in pandas `pandas.read_parquet("
            "'dataset/statements', partitioning=pyarrow.dataset.HivePartitioning.discover())` "
            "after `import pandas, pyarrow.dataset`.")


def _sources(info: dict[str, Any]) -> str:
    publishers = info.get("publishers") or {}
    if not publishers:
        return "No article names its publisher."
    rows = ["| publisher | articles | licence |", "| --- | ---: | --- |"]
    rows += [f"| {_cell(name)} | {count:,} | not stated (copyright of the publisher) |"
             for name, count in publishers.items()]
    return "\n".join(rows)


def _cell(text: str) -> str:
    """Input text as one Markdown table cell: a '|' would start a new cell, so it is
    escaped (as is the backslash that escapes it); a line break would end the row."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def _run_figures(info: dict[str, Any]) -> str:
    kinds = ", ".join(f"{k} {n:,}" for k, n in sorted(info.get("statements_by_kind", {}).items()))
    rejects = ", ".join(f"`{k}` {n:,}" for k, n in info.get("rejects_by_check", {}).items())
    return (f"This run read {info.get('articles_in', 0):,} articles and published "
            f"{info['rows'].get('articles', 0):,}. Statements by kind: {kinds or 'none'}. "
            f"Rejects by check: {rejects or 'none'} (see the rejects table).")


def _accuracy(results: dict[str, dict[str, Any]] | None, measured_on: str | None) -> str:
    if not results:
        return ("Not measured: no scorer output (eval.json, written by `make eval` when the "
                "gold files are present) was found next to the releases when this release "
                "was built.")
    rows = ["| gold set | documents | gold statements | P | R | F1 | near-exact F1 | speaker "
            "| cue | kind |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
            "| ---: |"]
    for name, r in results.items():
        o, n = r["overlap_0.5"], r["near_exact_0.9"]
        rows.append(f"| {name} | {r.get('documents', '?')} | {o['gold']:,} | "
                    f"{o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | {n['f1']:.3f} | "
                    + " | ".join(_ratio(r.get(k)) for k in
                                 ("speaker_accuracy", "cue_accuracy", "kind_accuracy")) + " |")
    when = f" on {measured_on}" if measured_on else ""
    return (f"Measured{when} by the project's scorer (`make eval`) on human-annotated gold files. "
            "A predicted and a gold statement match when their contents overlap by at least "
            "half (near-exact: 90%) of each one's letters and digits; speaker, cue and kind "
            "are the share right among matched statements.\n\n" + "\n".join(rows))


def _ratio(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, int | float) else "n/a"


def _changes(info: dict[str, Any]) -> str:
    previous = info.get("previous")
    rows = [f"Compared with {('release ' + previous) if previous else 'nothing (first release)'}."
            "\n\n| table | rows | added | removed | changed |",
            "| --- | ---: | ---: | ---: | ---: |"]
    rows += [f"| {name} | {c['rows']:,} | {c['added']:,} | {c['removed']:,} | {c['changed']:,} |"
             for name, c in info.get("changes", {}).items()]
    return "\n".join(rows)


def _dictionary(table: TableDoc) -> str:
    keys = f"Primary key: `{', '.join(table.primary_key)}`." if table.primary_key else \
        "No primary key."
    for column, parent, parent_column in table.foreign_keys:
        keys += f" `{column}` references `{parent}.{parent_column}`."
    rows = ["| column | type | null | description |", "| --- | --- | --- | --- |"]
    rows += [f"| `{c.name}` | {c.table_schema_type} | {'no' if c.required else 'yes'} | "
             f"{c.description.replace('|', '/')}{_constraint_text(c.constraints)} |"
             for c in table.columns]
    return f"### {table.name}\n\n{table.description} {keys}\n\n" + "\n".join(rows)


def _constraint_text(constraints: dict[str, Any]) -> str:
    if "enum" in constraints:
        return " One of: " + ", ".join(f"`{v}`" for v in constraints["enum"]) + "."
    return ""


def _formats(info: dict[str, Any]) -> str:
    limit = info.get("csv_max_line_size", DUCKDB_DEFAULT_LINE)
    return ("- Parquet: zstd compression, dictionary-encoded strings, PLAIN and RLE_DICTIONARY "
            "encodings on data page v1, explicit types (string, int64, double, date32); any "
            "timestamp is UTC in microseconds. DuckDB, Superset/Metabase via DuckDB, Power BI "
            "and pandas read them without casting.\n"
            "- CSV: UTF-8 without BOM, a header row, comma separated, RFC 4180 quoting (only "
            "when needed, quotes doubled), LF line endings, ISO 8601 dates (YYYY-MM-DD), "
            "empty field for null. Read them in DuckDB with "
            f"`{read_command('articles', limit)}` (likewise for the other tables): a row "
            f"can be longer than read_csv's default limit of {DUCKDB_DEFAULT_LINE:,} bytes "
            "(an article's text has up to 2,000,000 characters), and "
            f"{limit:,} holds this release's longest (`csv_max_line_size` in release.json). "
            "Python's csv module needs `csv.field_size_limit(sys.maxsize)` for a field over "
            "131,072 characters; pandas.read_csv needs nothing.\n"
            f"- Formula injection: {about.CSV_POLICY}\n"
            f"- Offsets: {about.OFFSETS}")

