"""datapackage.json: a Frictionless Data Package v2 describing one release.

Each table is a Parquet resource named for the table, whose text is exact, and a CSV
resource ``<table>-csv`` with the same rows, spreadsheet-safe: a text cell starting with
= + - @ tab or CR has an apostrophe put before it (``flows.writer.csv_safe``), so a reader of
the CSV resource would get text that is not the published text its offsets point into. Both
carry the same Table Schema (types, descriptions, constraints, primary and foreign keys, each
family's keys pointing within it), from ``describe_tables``, i.e. from the pandera models; the
CSV resources say in their description, and in ``formulaEscape``, what their cells hold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.publish import about
from flows.publish.checksums import sha256_of
from flows.publish.columns import ColumnDoc, TableDoc, describe_tables
from flows.writer import FORMULA_ESCAPE, FORMULA_PREFIXES

PROFILE = "https://datapackage.org/profiles/2.0/{}.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
CSV_DIALECT = {"$schema": PROFILE.format("tabledialect"), "header": True, "delimiter": ",",
               "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True}
CSV_SUFFIX = "-csv"  # the CSV resource of table t is t-csv; the Parquet one is t
PARQUET_NOTE = (" The exact text, which the offsets index. frictionless reads Parquet with "
                "pyarrow: pip install 'frictionless[parquet]'.")
CSV_NOTE = (" Spreadsheet-safe copy of the {table} resource, same rows: " + about.CSV_ESCAPE
            + " (formulaEscape), so such a cell is not the exact text and offsets into an "
            "escaped articles.text are one off. " + about.CSV_UNDO
            + "; read the {table} resource for the exact text.")


def write_datapackage(folder: Path, info: dict[str, Any]) -> Path:
    """Write folder/datapackage.json for the tables already in folder; return its path."""
    resources = []
    for table in describe_tables():
        schema = _table_schema(table)
        resources.append(_parquet_resource(table, schema))
        resources.append(_csv_resource(folder, table, schema))
    package = {
        "$schema": PROFILE.format("datapackage"),
        "name": about.NAME,
        "title": about.TITLE,
        "description": about.DESCRIPTION,
        "version": info["version"],
        "created": info["published"],
        "keywords": list(about.KEYWORDS),
        "licenses": [{"name": about.LICENSE_ID, "path": about.LICENSE_URL,
                      "title": about.LICENSE_TITLE}],
        "contributors": [{"title": about.CREATOR, "roles": ["creator"]}],
        "sources": [{"title": publisher} for publisher in info.get("publishers", [])],
        "resources": resources,
    }
    target = folder / "datapackage.json"
    target.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _parquet_resource(table: TableDoc, schema: dict[str, Any]) -> dict[str, Any]:
    """The table itself, exact text. No bytes/hash here: frictionless cannot check them on
    Parquet (it reports bytes as missing and skips the hash); SHA256SUMS covers the file."""
    return {"name": table.name, "type": "table", "path": f"{table.name}.parquet",
            "format": "parquet", "mediatype": PARQUET_MEDIATYPE,
            "title": f"{table.name} (Parquet)", "description": table.description + PARQUET_NOTE,
            "schema": schema}


def _csv_resource(folder: Path, table: TableDoc, schema: dict[str, Any]) -> dict[str, Any]:
    """The table's spreadsheet-safe CSV copy; ``formulaEscape`` (a property of our own, as
    the standard allows) says which cells got the apostrophe."""
    path = folder / f"{table.name}.csv"
    foreign_keys = [{**fk, "reference": {**fk["reference"],
                                         "resource": fk["reference"]["resource"] + CSV_SUFFIX}}
                    for fk in schema.get("foreignKeys", [])]
    csv_schema = {**schema, "foreignKeys": foreign_keys} if foreign_keys else schema
    return {"name": table.name + CSV_SUFFIX, "type": "table", "path": path.name,
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "title": f"{table.name} (CSV, spreadsheet-safe)",
            "description": table.description + CSV_NOTE.format(table=table.name),
            "bytes": path.stat().st_size, "hash": f"sha256:{sha256_of(path)}",
            "dialect": CSV_DIALECT, "schema": csv_schema,
            "formulaEscape": {"prefix": FORMULA_ESCAPE, "cellsStartingWith": list(FORMULA_PREFIXES),
                              "exactText": table.name}}


def _table_schema(table: TableDoc) -> dict[str, Any]:
    schema: dict[str, Any] = {"$schema": PROFILE.format("tableschema"),
                              "fields": [_field(column) for column in table.columns],
                              "missingValues": [""]}
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [{"fields": [column],
                                  "reference": {"resource": parent, "fields": [parent_column]}}
                                 for column, parent, parent_column in table.foreign_keys]
    return schema


def _field(column: ColumnDoc) -> dict[str, Any]:
    constraints = dict(column.constraints)
    if column.required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    field: dict[str, Any] = {"name": column.name, "type": column.table_schema_type,
                             "description": column.description}
    if constraints:
        field["constraints"] = constraints
    return field
