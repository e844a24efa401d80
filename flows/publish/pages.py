"""Static download pages: ``<release>/index.html`` per release and ``output/index.html``."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from flows.publish import about
from flows.publish.changelog import list_releases
from flows.publish.checksums import SUMS_NAME, sha256_of
from flows.publish.columns import TableDoc, describe_tables
from flows.publish.csv_rows import DUCKDB_DEFAULT_LINE, read_command
from flows.publish.duckdb_db import DB_NAME

STYLE = ("body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}"
         "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;"
         "padding:.25rem .5rem;text-align:left;vertical-align:top}code{font-size:13px}"
         ".num{text-align:right}details{margin:.5rem 0}")
METADATA_FILES = (("README.md", "data card"), ("datapackage.json", "Frictionless Data Package"),
                  ("croissant.json", "Croissant metadata"), (DB_NAME, "DuckDB database"),
                  ("release.json", "run figures"), (SUMS_NAME, "checksums"))


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def write_release_page(folder: Path, info: dict[str, Any]) -> Path:
    """Write folder/index.html: every table with rows, sizes, sha256, columns and links."""
    tables = describe_tables()
    body = [f"<h1>{escape(about.TITLE)}</h1>",
            f"<p>Release <strong id='version'>{escape(info['version'])}</strong>, published "
            f"{escape(info['published'])}. Licence: <a href='{about.LICENSE_URL}'>"
            f"{about.LICENSE_ID}</a>. <a href='../../index.html'>All releases</a>.</p>",
            f"<p>{escape(about.DESCRIPTION)}</p>",
            "<h2>Tables</h2>", _tables_table(folder, tables, info), *_csv_note(info),
            "<h2>Metadata and database</h2><ul>"
            + "".join(f"<li><a href='{name}'>{name}</a> ({label}, "
                      f"{human_size((folder / name).stat().st_size)})</li>"
                      for name, label in METADATA_FILES if (folder / name).is_file())
            + "</ul>",
            *_partitioned(folder),
            "<h2>Columns</h2>", *(_dictionary(t) for t in tables)]
    return _write(folder / "index.html", f"{about.NAME} {info['version']}", body)


def _csv_note(info: dict[str, Any]) -> list[str]:
    if "csv_max_line_size" not in info:
        return []
    return [f"<p>In DuckDB, read a CSV file with <code id='read-csv'>"
            f"{escape(read_command('articles', info['csv_max_line_size']))}</code>: an "
            f"article's row can be longer than read_csv's default limit of "
            f"{DUCKDB_DEFAULT_LINE:,} bytes.</p>"]


def _partitioned(folder: Path) -> list[str]:
    """Hive-partitioned copies (``run --partition-by``) under dataset/, when the run made them."""
    files = sorted(p for p in (folder / "dataset").rglob("*.parquet"))
    if not files:
        return []
    rows = "".join(f"<tr><td><a href='{quote(p.relative_to(folder).as_posix())}'>"
                   f"{escape(p.relative_to(folder).as_posix())}</a></td>"
                   f"<td class='num'>{human_size(p.stat().st_size)}</td>"
                   f"<td><code>{sha256_of(p)}</code></td></tr>" for p in files)
    return ["<h2>Partitioned Parquet datasets</h2><p>The same rows, one folder per partition "
            "(an unknown value is the folder <code>__HIVE_DEFAULT_PARTITION__</code>). Read a "
            "folder in DuckDB with <code>SELECT * FROM read_parquet("
            "'dataset/statements/**/*.parquet', hive_partitioning = true)</code>, in pandas "
            "with <code>import pandas, pyarrow.dataset</code> then "
            "<code>pandas.read_parquet('dataset/statements', "
            "partitioning=pyarrow.dataset.HivePartitioning.discover())</code> (without "
            "<code>partitioning</code>, pyarrow reads the values as dictionaries and fails "
            "on an unknown one).</p>",
            f"<table id='partitions'><tr><th>file</th><th>size</th><th>sha256</th></tr>{rows}"
            "</table>"]


def write_index_page(output_dir: Path) -> Path:
    """Write output_dir/index.html listing every release, newest first."""
    latest = (output_dir / "latest").resolve() if (output_dir / "latest").is_symlink() else None
    rows = ["<tr><th>release</th><th>published</th><th>rows</th><th>files</th></tr>"]
    for info in list_releases(output_dir):
        folder = output_dir / "releases" / info["version"]
        tag = " <strong>(latest)</strong>" if latest == folder.resolve() else ""
        counts = ", ".join(f"{n:,} {t}" for t, n in info.get("rows", {}).items())
        rows.append(f"<tr data-release='{escape(folder.name)}'><td>"
                    f"<a href='releases/{escape(folder.name)}/index.html'>"
                    f"{escape(folder.name)}</a>{tag}</td>"
                    f"<td>{escape(str(info.get('published', '')))}</td><td>{counts}</td>"
                    f"<td><a href='releases/{escape(folder.name)}/'>folder</a></td></tr>")
    body = [f"<h1>{escape(about.TITLE)}</h1>", f"<p>{escape(about.DESCRIPTION)}</p>",
            "<p><a href='latest/index.html'>Latest release</a> · "
            "<a href='CHANGELOG.md'>CHANGELOG</a> · <a href='releases.json'>releases.json"
            "</a></p>", "<h2>Releases</h2>", f"<table id='releases'>{''.join(rows)}</table>"]
    return _write(output_dir / "index.html", about.NAME, body)


def _tables_table(folder: Path, tables: tuple[TableDoc, ...], info: dict[str, Any]) -> str:
    rows = ["<tr><th>table</th><th>rows</th><th>file</th><th>size</th><th>sha256</th></tr>"]
    for table in tables:
        for ext in ("parquet", "csv"):
            path = folder / f"{table.name}.{ext}"
            digest = sha256_of(path)
            first = (f"<td rowspan='2'><a href='#columns-{table.name}'>{table.name}</a></td>"
                     f"<td rowspan='2' class='num rows'>{info['rows'].get(table.name, 0):,}</td>"
                     if ext == "parquet" else "")
            rows.append(f"<tr data-table='{table.name}' data-format='{ext}'>{first}"
                        f"<td><a class='download' href='{path.name}' download "
                        f"data-sha256='{digest}'>{path.name}</a></td>"
                        f"<td class='num'>{human_size(path.stat().st_size)}</td>"
                        f"<td><code class='sha256'>{digest}</code></td></tr>")
    return f"<table id='tables'>{''.join(rows)}</table>"


def _dictionary(table: TableDoc) -> str:
    rows = "".join(f"<tr><td><code>{c.name}</code></td><td>{c.table_schema_type}</td>"
                   f"<td>{'no' if c.required else 'yes'}</td><td>{escape(c.description)}</td></tr>"
                   for c in table.columns)
    key = (f" Primary key: <code>{', '.join(table.primary_key)}</code>."
           if table.primary_key else "")
    return (f"<h3 id='columns-{table.name}'>{table.name}</h3><p>{escape(table.description)}"
            f"{key}</p><table class='columns'><tr><th>column</th><th>type</th><th>null</th>"
            f"<th>description</th></tr>{rows}</table>")


def _write(target: Path, title: str, body: list[str]) -> Path:
    html = (f"<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, target)
    return target
