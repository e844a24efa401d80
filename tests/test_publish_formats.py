"""Published files are valid and BI-ready: frictionless, DuckDB, Parquet, CSV, Croissant."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from publish_fixtures import Releases, write_raw

from flows.publish.columns import describe_tables
from flows.writer import csv_safe
from schemas import TABLES, columns_of

FRICTIONLESS = Path(sys.executable).with_name("frictionless")
BI_ENCODINGS = {"PLAIN", "RLE", "RLE_DICTIONARY", "PLAIN_DICTIONARY"}
FROST = """=Harbour pumps restarted after the frost

| Lakeside Courier

-5 degrees at dawn did not stop the ferries, said Ada Finch, the harbour engineer.

"+2 is a warm morning for us," Finch added.
"""


def test_frictionless_validate_passes_on_the_datapackage(two_releases: Releases) -> None:
    result = subprocess.run([str(FRICTIONLESS), "validate", "--json", "datapackage.json"],
                            cwd=two_releases.second, capture_output=True, text=True, check=False)
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report, indent=1)[:3000]
    tasks = {task["name"]: task for task in report["tasks"]}
    assert set(tasks) == {f"{t.name}{suffix}" for t in TABLES for suffix in ("", "-csv")}
    assert result.returncode == 0


def test_frictionless_catches_a_wrong_csv_hash(two_releases: Releases, tmp_path: Path) -> None:
    copy = shutil.copytree(two_releases.second, tmp_path / "copy")
    package = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    csv_resource = next(r for r in package["resources"] if r["format"] == "csv")
    csv_resource["hash"] = "sha256:" + "0" * 64
    (copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    result = subprocess.run([str(FRICTIONLESS), "validate", "--json", "datapackage.json"],
                            cwd=copy, capture_output=True, text=True, check=False)
    report = json.loads(result.stdout)
    assert not report["valid"]
    errors = [e["type"] for task in report["tasks"] for e in task["errors"]]
    assert "hash-count" in errors


def test_datapackage_schemas_are_the_pandera_models(two_releases: Releases) -> None:
    package = json.loads((two_releases.second / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    resources = {r["name"]: r for r in package["resources"]}
    for spec in TABLES:
        schema = resources[spec.name]["schema"]
        columns = columns_of(spec.model)
        assert [f["name"] for f in schema["fields"]] == list(columns)
        assert [f["description"] for f in schema["fields"]] == [
            c.description for c in columns.values()]
        required = [f["name"] for f in schema["fields"]
                    if f.get("constraints", {}).get("required")]
        assert required == [n for n, c in columns.items() if not c.nullable]
        assert schema.get("primaryKey", []) == list(spec.primary_key)
        assert schema["missingValues"] == [""]
        assert [(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
                for fk in schema.get("foreignKeys", [])] == list(spec.foreign_keys)
        assert resources[f"{spec.name}-csv"]["hash"].startswith("sha256:")
        assert resources[f"{spec.name}-csv"]["schema"]["fields"] == schema["fields"]
        assert resources[spec.name]["format"] == "parquet"


def test_duckdb_reads_every_parquet_and_csv_with_the_declared_types(
        two_releases: Releases) -> None:
    release = two_releases.second
    info = json.loads((release / "release.json").read_text(encoding="utf-8"))
    for table in describe_tables():
        declared = [(c.name, c.duckdb_type) for c in table.columns]
        parquet = duckdb.sql(f"SELECT * FROM read_parquet('{release / table.name}.parquet')")
        assert list(zip(parquet.columns, map(str, parquet.types), strict=True)) == declared
        types = ", ".join(f"'{name}': '{kind}'" for name, kind in declared)
        csv = duckdb.sql(f"SELECT * FROM read_csv('{release / table.name}.csv', header=true, "
                         f"auto_detect=false, columns={{{types}}}, nullstr='')")
        assert list(zip(csv.columns, map(str, csv.types), strict=True)) == declared
        assert len(csv.fetchall()) == len(parquet.fetchall()) == info["rows"][table.name]


def test_duckdb_file_has_every_table_and_the_statements_view(two_releases: Releases) -> None:
    info = json.loads((two_releases.second / "release.json").read_text(encoding="utf-8"))
    with duckdb.connect(str(two_releases.second / "who_said_what.duckdb"), read_only=True) as db:
        for name, rows in info["rows"].items():
            assert db.execute(f"SELECT count(*) FROM {name}").fetchone() == (rows,)
        joined = db.execute("SELECT statement_id, speaker, publisher, article_title "
                        "FROM statements_full ORDER BY statement_id").fetchall()
    assert len(joined) == info["rows"]["statements"]
    assert ("library#q0", "Oskar Venn", "Lakeside Courier",
            "New library opens its doors in Brindle") in joined


def test_parquet_files_are_bi_ready(two_releases: Releases) -> None:
    for table in describe_tables():
        meta = pq.ParquetFile(two_releases.second / f"{table.name}.parquet").metadata
        schema = pq.read_schema(two_releases.second / f"{table.name}.parquet")
        assert not any(pa.types.is_large_string(f.type) for f in schema), table.name
        for f in schema:
            if pa.types.is_timestamp(f.type):
                assert (f.type.unit, f.type.tz) == ("us", "UTC"), f.name
        for group in range(meta.num_row_groups):
            for i in range(meta.num_columns):
                column = meta.row_group(group).column(i)
                assert column.compression == "ZSTD", column.path_in_schema
                assert set(column.encodings) <= BI_ENCODINGS, column.encodings
                if column.physical_type == "BYTE_ARRAY" and column.num_values:
                    assert column.has_dictionary_page, column.path_in_schema


@pytest.mark.parametrize(("cell", "expected"), [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("-5 degrees", "'-5 degrees"),
    ("@everyone", "'@everyone"),
    ("\tindented", "'\tindented"),
    ("\rreturn", "'\rreturn"),
    ("said = nothing", "said = nothing"),  # formula characters later in the cell: unchanged
    ("'=x", "'=x"),  # already starts with the apostrophe: unchanged (so reads as escaped)
    ("plain text", "plain text"),
    ("", ""),
    (None, None),
    (-5, -5),  # numbers are not strings: unchanged
])
def test_csv_safe_neutralises_formula_cells_only(cell: object, expected: object) -> None:
    assert csv_safe(cell) == expected


@pytest.mark.parametrize("texts", [
    ["short", None, "=1+2"],
    ['"' * 10, 'say "no"'],  # short rows: assumed to be all quotes
    ['=x "quoted" ' * 60_000, "plain", None],  # a long row: its quotes counted
    ['"' * 600_000, "-"],
])
def test_the_csv_row_bound_holds_the_written_rows(texts: list[str | None]) -> None:
    from flows.publish.csv_rows import longest_row_bytes
    from flows.writer import CSV_OPTIONS, csv_safe_table

    table = pa.table({"id": pa.array(range(len(texts)), pa.int64()),
                      "text": pa.array(texts, pa.string()),
                      "note": pa.array(["n\u00e9e"] * len(texts), pa.string())})
    sink = pa.BufferOutputStream()
    pacsv.write_csv(csv_safe_table(table), sink, write_options=CSV_OPTIONS)
    rows = sink.getvalue().to_pybytes().split(b"\n")[1:-1]
    longest = max(len(row) + 1 for row in rows)
    bound = longest_row_bytes(table)
    assert longest <= bound
    if longest > 500_000:  # what decides max_line_size: close to the truth
        assert bound < longest + 100


def test_formula_title_is_quoted_in_csv_and_exact_in_parquet(two_releases: Releases) -> None:
    release = two_releases.second
    csv_titles = duckdb.sql(f"SELECT title FROM read_csv('{release}/articles.csv', "
                            "all_varchar=true) WHERE article_id = 'harbour'").fetchall()
    parquet_titles = duckdb.sql(f"SELECT title FROM '{release}/articles.parquet' "
                                "WHERE article_id = 'harbour'").fetchall()
    assert csv_titles == [("'=Harbour plan approved after long debate",)]
    assert parquet_titles == [("=Harbour plan approved after long debate",)]
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "=, +, -, @, a tab or a carriage return" in card and "apostrophe" in card


def test_croissant_validates_and_loads_records_with_checked_hashes(
        two_releases: Releases) -> None:
    mlc = pytest.importorskip("mlcroissant")
    metadata = two_releases.second / "croissant.json"
    result = subprocess.run([str(Path(sys.executable).with_name("mlcroissant")), "validate",
                             "--jsonld", str(metadata)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "WARNING" not in result.stderr, result.stderr[-2000:]
    dataset = mlc.Dataset(jsonld=str(metadata))
    speakers = list(dataset.records("speakers"))
    info = json.loads((two_releases.second / "release.json").read_text(encoding="utf-8"))
    assert len(speakers) == info["rows"]["speakers"]
    assert {s["speakers/name"] for s in speakers} >= {b"Oskar Venn", b"Tom Breck"}


def test_croissant_records_are_the_exact_text_not_the_csvs_escaped_cells(
        two_releases: Releases) -> None:
    """The CSV files put an apostrophe before = + - @ (spreadsheets); Croissant consumers
    read the Parquet files, whose text is exact, and are told what the CSV copies hold."""
    mlc = pytest.importorskip("mlcroissant")
    metadata = json.loads((two_releases.second / "croissant.json").read_text(encoding="utf-8"))
    sources = {f["source"]["fileObject"]["@id"] for r in metadata["recordSet"]
               for f in r["field"]}
    assert sources == {f"{t.name}-parquet" for t in TABLES}
    csv_files = [f for f in metadata["distribution"] if f["encodingFormat"] == "text/csv"]
    assert csv_files and all("apostrophe" in f["description"] for f in csv_files)
    dataset = mlc.Dataset(jsonld=str(two_releases.second / "croissant.json"))
    titles = {r["articles/article_id"]: r["articles/title"] for r in dataset.records("articles")}
    assert titles[b"harbour"] == b"=Harbour plan approved after long debate"
    info = json.loads((two_releases.second / "release.json").read_text(encoding="utf-8"))
    for table in TABLES:
        assert sum(1 for _ in dataset.records(table.name)) == info["rows"][table.name], table


def test_datapackage_tables_are_the_exact_text_their_offsets_index(tmp_path: Path) -> None:
    """Read with frictionless, the resource named for a table holds the Parquet values (a
    title '=...', a text '-5 ...' without the CSV's apostrophe), so offsets index the text;
    the CSV copies, <table>-csv, say what their cells hold, and formulaEscape turns the
    exact values into theirs."""
    frictionless = pytest.importorskip("frictionless")
    from flows.pipeline import build_dataset

    raw = write_raw(tmp_path / "raw", {"frost": FROST})
    release = Path(build_dataset(raw, tmp_path / "output").release)
    package = frictionless.Package(str(release / "datapackage.json"))
    exact = {t.name: _frictionless_rows(package.get_resource(t.name)) for t in TABLES}
    for table in TABLES:
        parquet = pq.read_table(release / f"{table.name}.parquet").to_pylist()
        assert exact[table.name] == parquet, table.name
    (article,) = exact["articles"]
    assert article["title"] == "=Harbour pumps restarted after the frost"
    assert article["text"].startswith("-5 degrees")
    assert exact["sentences"] and exact["statements"]
    for sentence in exact["sentences"]:
        assert article["text"][sentence["start"]:sentence["end"]] == sentence["text"]
    for statement in exact["statements"]:
        assert article["text"][statement["start"]:statement["end"]] == statement["content"]
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    for resource in (r for r in descriptor["resources"] if r["format"] == "csv"):
        assert "apostrophe" in resource["description"]
        escape = resource["formulaEscape"]
        risky = tuple(escape["cellsStartingWith"])

        def escaped(value: object, prefix: str = escape["prefix"], risky: tuple[str, ...] = risky
                    ) -> object:
            return prefix + value if isinstance(value, str) and value.startswith(risky) else value

        assert _frictionless_rows(package.get_resource(resource["name"])) == [
            {k: escaped(v) for k, v in row.items()} for row in exact[escape["exactText"]]]


def _frictionless_rows(resource: Any) -> list[dict[str, Any]]:
    """The rows as dicts, numbers as floats (frictionless reads a number as a Decimal)."""
    return [{k: float(v) if isinstance(v, Decimal) else v for k, v in row.items()}
            for row in resource.read_rows()]
