"""Write a table as a Hive-partitioned Parquet dataset (``publisher=.../year=.../*.parquet``).

For large corpora the sentences and statements tables are also written as one folder per
partition, so readers can prune: DuckDB reads the folder as one table with
``read_parquet('statements/**/*.parquet', hive_partitioning = true)``, pyarrow with
``pyarrow.dataset.dataset('statements', partitioning='hive')``. Partition values come from
the article each row belongs to. Each batch writes its own files, named by batch number, so
the dataset is deterministic and can be appended to batch by batch.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from flows.tables import to_arrow
from flows.writer import PARQUET_OPTIONS

PARTITION_KEYS: dict[str, pa.DataType] = {"publisher": pa.string(), "year": pa.int16()}


def partition_values(articles: pd.DataFrame, article_ids: pa.Array, by: tuple[str, ...],
                     ) -> dict[str, pa.Array]:
    """Per row, the value of each partition key, looked up from the row's article."""
    columns: dict[str, pa.Array] = {}
    positions = pc.index_in(article_ids, pa.array(articles["article_id"], pa.string()))
    for key in by:
        if key == "publisher":
            values = pa.array(articles["publisher"], pa.string(), from_pandas=True)
        elif key == "year":
            dates = pd.to_datetime(articles["published_date"], errors="coerce")
            values = pa.array(dates.dt.year, pa.int16(), from_pandas=True)
        else:
            raise ValueError(f"cannot partition by {key!r}; choose from "
                             f"{', '.join(PARTITION_KEYS)}")
        columns[key] = values.take(positions)
    return columns


def write_partitions(folder: Path, name: str, frame: pd.DataFrame, articles: pd.DataFrame,
                     *, by: tuple[str, ...], batch_index: int) -> None:
    """Add one batch of rows of table ``name`` to the partitioned dataset in ``folder``."""
    table = to_arrow(name, frame)
    for key, values in partition_values(articles, table.column("article_id").combine_chunks(),
                                        by).items():
        table = table.append_column(pa.field(key, PARTITION_KEYS[key]), values)
    if not table.num_rows:
        return
    partitioning = ds.partitioning(pa.schema([(k, PARTITION_KEYS[k]) for k in by]),
                                   flavor="hive")
    options = ds.ParquetFileFormat().make_write_options(
        compression=PARQUET_OPTIONS["compression"], use_dictionary=True,
        write_statistics=True, data_page_version="1.0")
    ds.write_dataset(table, folder, format="parquet", partitioning=partitioning,
                     basename_template=f"part-{batch_index:05d}-{{i}}.parquet",
                     existing_data_behavior="overwrite_or_ignore", file_options=options,
                     use_threads=False)


def read_partitioned(folder: Path) -> pa.Table:
    """The whole dataset as one table (partition keys become columns)."""
    return pq.read_table(folder, partitioning="hive")
