"""Text columns of the tabulated frames are built from Arrow arrays directly: they must equal
what pandas builds from the same values with dtype "str"."""

from __future__ import annotations

import pandas as pd
import pytest

from flows.tables import _str_series


@pytest.mark.parametrize("values", [
    ["a", None, "b"], [], [None, None], ["", "caf\u00e9", "\u201cq\u201d"],
    ["x", 1, 2.5],  # not all str: pandas converts them, and so does the fallback
])
def test_str_series_equals_pandas_str_series(values: list[object]) -> None:
    built, expected = _str_series(values), pd.Series(values, dtype="str")
    assert built.dtype == expected.dtype
    assert built.equals(expected)
    assert built.isna().tolist() == expected.isna().tolist()
