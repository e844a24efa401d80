"""croissant.json: MLCommons Croissant 1.0 metadata (JSON-LD) for one release.

One FileObject per CSV and Parquet file (with sha256 and size), one RecordSet per table whose
fields are read from the Parquet columns: the CSV copies are spreadsheet-safe (a text cell
starting with = + - @ tab or CR gets a leading apostrophe, ``flows.writer.csv_safe``), so a
record read from them would not be the published text its offsets point into. Keys and
references come from the table specs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.publish import about
from flows.publish.checksums import sha256_of
from flows.publish.columns import TableDoc, describe_tables

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
# The @context of the Croissant 1.0 specification, verbatim.
CONTEXT: dict[str, Any] = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs",
    "column": "cr:column", "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/", "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"}, "dct": "http://purl.org/dc/terms/",
    "examples": {"@id": "cr:examples", "@type": "@json"}, "extract": "cr:extract",
    "field": "cr:field", "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet", "format": "cr:format", "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset", "jsonPath": "cr:jsonPath", "key": "cr:key",
    "md5": "cr:md5", "parentField": "cr:parentField", "path": "cr:path",
    "recordSet": "cr:recordSet", "references": "cr:references", "regex": "cr:regex",
    "repeated": "cr:repeated", "replace": "cr:replace", "sc": "https://schema.org/",
    "separator": "cr:separator", "source": "cr:source", "subField": "cr:subField",
    "transform": "cr:transform", "samplingRate": "cr:samplingRate",
    "equivalentProperty": "cr:equivalentProperty",
}
MEDIA_TYPES = {"csv": "text/csv", "parquet": "application/x-parquet"}
RECORDS_FROM = "parquet"  # the exact text; the CSV copies are escaped for spreadsheets
FILE_DESCRIPTIONS = {
    "parquet": "The table with its exact text; the record set reads this file.",
    "csv": (f"The same rows for spreadsheets: {about.CSV_ESCAPE}, so such a cell is not "
            "the exact text; the record set reads the Parquet file instead."),
}


def write_croissant(folder: Path, info: dict[str, Any], *, url: str = "index.html") -> Path:
    """Write folder/croissant.json for the tables in folder; return its path."""
    tables = describe_tables()
    metadata = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": about.NAME,
        "alternateName": about.TITLE,
        "description": about.DESCRIPTION,
        "license": about.LICENSE_URL,
        "url": url,
        "version": _semver(info["version"]),
        "identifier": info["version"],
        "datePublished": info["published"][:10],
        "inLanguage": about.LANGUAGE,
        "keywords": list(about.KEYWORDS),
        "creator": {"@type": "sc:Organization", "name": about.CREATOR},
        "citeAs": citation_bibtex(info["version"], info["published"][:4]),
        "distribution": [_file_object(folder, t.name, fmt)
                         for t in tables for fmt in ("csv", "parquet")],
        "recordSet": [_record_set(t) for t in tables],
    }
    target = folder / "croissant.json"
    target.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target


def citation_bibtex(version: str, year: str) -> str:
    """The BibTeX entry users cite a release with (also printed in the data card)."""
    return (f"@misc{{who_said_what_{version.replace('-', '_')},\n"
            f"  title = {{{about.TITLE}}},\n  author = {{{about.CREATOR}}},\n"
            f"  year = {{{year}}},\n  version = {{{version}}},\n"
            f"  note = {{Dataset release {version}, licence {about.LICENSE_ID}}}\n}}")


def _semver(version: str) -> str:
    """Croissant wants MAJOR.MINOR.PATCH: release 2026-01-05-ab12cd34 -> 2026.1.5+ab12cd34."""
    year, month, day, digest = version.split("-", 3)
    return f"{int(year)}.{int(month)}.{int(day)}+{digest}"


def _file_object(folder: Path, table: str, fmt: str) -> dict[str, Any]:
    path = folder / f"{table}.{fmt}"
    return {"@type": "cr:FileObject", "@id": f"{table}-{fmt}", "name": path.name,
            "description": FILE_DESCRIPTIONS[fmt],
            "contentUrl": path.name, "encodingFormat": MEDIA_TYPES[fmt],
            "contentSize": f"{path.stat().st_size} B", "sha256": sha256_of(path)}


def _record_set(table: TableDoc) -> dict[str, Any]:
    fields = []
    for column in table.columns:
        field: dict[str, Any] = {
            "@type": "cr:Field", "@id": f"{table.name}/{column.name}", "name": column.name,
            "description": column.description, "dataType": column.croissant_type,
            "source": {"fileObject": {"@id": f"{table.name}-{RECORDS_FROM}"},
                       "extract": {"column": column.name}},
        }
        for fk_column, parent, parent_column in table.foreign_keys:
            if fk_column == column.name:
                field["references"] = {"field": {"@id": f"{parent}/{parent_column}"}}
        fields.append(field)
    record_set: dict[str, Any] = {"@type": "cr:RecordSet", "@id": table.name,
                                  "name": table.name, "description": table.description,
                                  "field": fields}
    if table.primary_key:
        record_set["key"] = [{"@id": f"{table.name}/{c}"} for c in table.primary_key]
    return record_set
