"""How long a release's CSV rows get, and the DuckDB command that reads them.

DuckDB's ``read_csv`` refuses a row longer than 2,000,000 bytes unless told otherwise
(``max_line_size``); an article's row can be longer (texts of up to 2,000,000 characters, as
UTF-8, plus the other columns). The writer bounds each table's rows as it writes them
(``longest_row_bytes``); the data card and the release page give the release's limit.
"""

from __future__ import annotations

import math

import pyarrow as pa
import pyarrow.compute as pc

DUCKDB_DEFAULT_LINE = 2_000_000  # read_csv's max_line_size when none is given
OTHER_CELL_BYTES = 32  # at most, a number or date as the CSV writes it, with its comma
TEXT_CELL_BYTES = 4  # beyond a text's own bytes: two quotes, an apostrophe and a comma
COUNT_QUOTES_FROM = 500_000  # rows this long get their quotes counted (each is written twice)


def longest_row_bytes(table: pa.Table) -> int:
    """An upper bound of the longest row, in bytes, of table written as CSV (``csv_safe``,
    every text cell quoted, its quotes doubled). Text lengths come from the string offsets;
    only the rows long enough to matter are scanned for quotes (else assumed all quotes)."""
    if not table.num_rows:
        return 0
    texts = [c for c in table.columns if pa.types.is_string(c.type)]
    fixed = (TEXT_CELL_BYTES * len(texts)
             + OTHER_CELL_BYTES * (int(table.num_columns) - len(texts)))
    lengths = pa.array([0] * table.num_rows, pa.int64())
    for column in texts:
        lengths = pc.add(lengths, pc.fill_null(pc.binary_length(column), 0))
    long_rows = pc.greater_equal(lengths, COUNT_QUOTES_FROM)
    if not pc.any(long_rows).as_py():
        return fixed + int(pc.max(lengths).as_py())
    quotes = pa.array([0] * int(pc.sum(long_rows).as_py()), pa.int64())
    for column in texts:
        kept = pc.filter(column, long_rows)
        quotes = pc.add(quotes, pc.fill_null(pc.count_substring(kept, '"'), 0))
    longest_short = int(pc.max(pc.filter(lengths, pc.invert(long_rows))).as_py() or 0)
    longest_long = int(pc.max(pc.add(pc.filter(lengths, long_rows), quotes)).as_py())
    return fixed + max(2 * longest_short, longest_long)


def line_limit(longest: int) -> int:
    """The max_line_size to read with: the longest row rounded up to a million bytes, never
    below DuckDB's default."""
    return max(DUCKDB_DEFAULT_LINE, math.ceil(longest / 1_000_000) * 1_000_000)


def read_command(table: str, limit: int) -> str:
    """The DuckDB query that reads table's CSV file of a release whose line limit is limit."""
    return f"SELECT * FROM read_csv('{table}.csv', max_line_size = {limit})"
