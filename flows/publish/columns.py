"""The published tables described once, from the pandera models in ``schemas``.

datapackage.json, croissant.json, the data card, the DuckDB file and the download pages all
read their column names, types, descriptions and constraints from ``describe_tables``, so the
data dictionary is never written twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from schemas import TABLES, TableSpec, arrow_schema, columns_of

# Arrow type -> (Table Schema type, Croissant dataType, DuckDB type)
TYPE_NAMES: dict[str, tuple[str, str, str]] = {
    "string": ("string", "sc:Text", "VARCHAR"),
    "int64": ("integer", "sc:Integer", "BIGINT"),
    "double": ("number", "sc:Float", "DOUBLE"),
    "date32[day]": ("date", "sc:Date", "DATE"),
    "bool": ("boolean", "sc:Boolean", "BOOLEAN"),
    "timestamp[us, tz=UTC]": ("datetime", "sc:DateTime", "TIMESTAMPTZ"),
}


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    arrow_type: pa.DataType
    description: str
    required: bool
    unique: bool
    constraints: dict[str, Any]  # Table Schema constraints beyond required/unique

    @property
    def table_schema_type(self) -> str:
        return TYPE_NAMES[str(self.arrow_type)][0]

    @property
    def croissant_type(self) -> str:
        return TYPE_NAMES[str(self.arrow_type)][1]

    @property
    def duckdb_type(self) -> str:
        return TYPE_NAMES[str(self.arrow_type)][2]


@dataclass(frozen=True)
class TableDoc:
    name: str
    description: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]
    columns: tuple[ColumnDoc, ...]


def describe_tables() -> tuple[TableDoc, ...]:
    """Every published table with its columns, in the order of ``schemas.TABLES``."""
    return tuple(_describe_table(spec) for spec in TABLES)


def _describe_table(spec: TableSpec) -> TableDoc:
    schema = arrow_schema(spec.model)
    columns = []
    for name, column in columns_of(spec.model).items():
        arrow_type = schema.field(name).type
        columns.append(ColumnDoc(name=name, arrow_type=arrow_type,
                                 description=column.description or "",
                                 required=not column.nullable, unique=bool(column.unique),
                                 constraints=_constraints(column.checks, arrow_type)))
    doc = (spec.model.__doc__ or "").strip()
    return TableDoc(spec.name, doc, spec.primary_key, spec.foreign_keys, tuple(columns))


def _constraints(checks: list[Any], arrow_type: pa.DataType) -> dict[str, Any]:
    """pandera checks -> Table Schema constraints (only those a CSV reader can check)."""
    found: dict[str, Any] = {}
    is_string = pa.types.is_string(arrow_type)
    for check in checks:
        stats = check.statistics or {}
        if check.name == "isin":
            found["enum"] = list(stats["allowed_values"])
        elif check.name == "str_matches" and is_string:
            found["pattern"] = stats["pattern"]
        elif check.name == "str_length" and stats.get("min_value") is not None:
            found["minLength"] = stats["min_value"]
        elif check.name == "greater_than_or_equal_to":
            found["minimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            found["maximum"] = stats["max_value"]
    return found
