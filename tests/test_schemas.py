"""Conventions of the data contracts: every column described, snake_case, typed for BI."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

from schemas import TABLES, arrow_schema, columns_of


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_every_column_is_described_and_snake_case(spec) -> None:
    for name, column in columns_of(spec.model).items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{spec.name}.{name}"
        assert column.description and len(column.description) > 10, f"{spec.name}.{name}"
    assert spec.model.__doc__, spec.name


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_arrow_types_are_bi_friendly(spec) -> None:
    for field in arrow_schema(spec.model):
        assert not pa.types.is_large_string(field.type), field.name
        assert not (pa.types.is_timestamp(field.type) and field.type.unit == "ns"), field.name
        assert not pa.types.is_nested(field.type), field.name


def test_keys_name_existing_columns() -> None:
    by_name = {spec.name: spec for spec in TABLES}
    for spec in TABLES:
        columns = columns_of(spec.model)
        assert all(key in columns for key in spec.primary_key), spec.name
        for column, table, target in spec.foreign_keys:
            assert column in columns and target in columns_of(by_name[table].model)
