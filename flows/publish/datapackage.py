"""datapackage.json: a Frictionless Data Package v2 describing one release.

Each table is a CSV resource with a Table Schema (types, descriptions, constraints, primary
and foreign keys) and a Parquet resource with the same schema. Everything comes from
``describe_tables``, i.e. from the pandera models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.publish import about
from flows.publish.checksums import sha256_of
from flows.publish.columns import ColumnDoc, TableDoc, describe_tables

PROFILE = "https://datapackage.org/profiles/2.0/{}.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
CSV_DIALECT = {"$schema": PROFILE.format("tabledialect"), "header": True, "delimiter": ",",
               "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True}


def write_datapackage(folder: Path, info: dict[str, Any]) -> Path:
    """Write folder/datapackage.json for the tables already in folder; return its path."""
    resources = []
    for table in describe_tables():
        schema = _table_schema(table)
        resources.append(_csv_resource(folder, table, schema))
        resources.append(_parquet_resource(folder, table, schema))
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


def _csv_resource(folder: Path, table: TableDoc, schema: dict[str, Any]) -> dict[str, Any]:
    path = folder / f"{table.name}.csv"
    return {"name": table.name, "type": "table", "path": path.name, "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": f"{table.name} (CSV)",
            "description": table.description, "bytes": path.stat().st_size,
            "hash": f"sha256:{sha256_of(path)}", "dialect": CSV_DIALECT, "schema": schema}


def _parquet_resource(folder: Path, table: TableDoc, schema: dict[str, Any]) -> dict[str, Any]:
    """Parquet twin of a table. No bytes/hash here: frictionless cannot check them on
    Parquet (it reports bytes as missing and skips the hash); SHA256SUMS covers the file."""
    path = folder / f"{table.name}.parquet"
    foreign_keys = [{**fk, "reference": {**fk["reference"],
                                         "resource": f"{fk['reference']['resource']}-parquet"}}
                    for fk in schema.get("foreignKeys", [])]
    parquet_schema = {**schema, "foreignKeys": foreign_keys} if foreign_keys else schema
    return {"name": f"{table.name}-parquet", "type": "table", "path": path.name,
            "format": "parquet", "mediatype": PARQUET_MEDIATYPE,
            "title": f"{table.name} (Parquet)", "description": table.description,
            "schema": parquet_schema}


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
