"""The speakers table from the statements: per-batch tallies of each speaker's names, types,
roles, organisations and articles, summed in shards once the batches are done (or updated
from the latest release's in an incremental run), the most frequent value of each field.

Arrow group-bys only: the driver tallies every batch, so tallying must stay cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from flows.tables import UNATTRIBUTED

SPEAKER_FIELDS = {"name": "speaker_name", "type": "speaker_type", "role": "speaker_role",
                  "organization": "speaker_organization"}
TALLY_COLUMNS = ["speaker_id", "field", "value", "count"]
SPEAKER_COLUMNS = ("speaker_id", "name", "type", "role", "organization", "n_statements",
                   "n_articles")


TALLY_SCHEMA = pa.schema([("speaker_id", pa.string()), ("field", pa.string()),
                          ("value", pa.string()), ("count", pa.int64())])
SPEAKER_SCHEMA = pa.schema([(name, pa.int64() if name.startswith("n_") else pa.string())
                            for name in SPEAKER_COLUMNS])


def tally_speakers(statements: pa.Table) -> pa.Table:
    """Counts per (speaker_id, field, value) for the speakers table: names, types, roles and
    organisations as quoted, and ``articles`` (value ``n``): distinct articles of the speaker.
    Arrow group-bys: the driver tallies every batch, so this must stay cheap."""
    if not statements.num_rows:  # (a group-by costs ~1 ms even over no rows)
        return TALLY_SCHEMA.empty_table()
    ids = pc.cast(statements.column("speaker_id"), pa.string())
    parts = []
    for name, column in SPEAKER_FIELDS.items():
        values = pc.cast(statements.column(column), pa.string())
        if name != "type":  # an empty text is no value; an unnamed speaker is unattributed
            given = pc.and_kleene(pc.is_valid(values), pc.not_equal(values, ""))
            missing = pa.scalar(UNATTRIBUTED if name == "name" else None, pa.string())
            values = pc.if_else(pc.fill_null(given, False), values, missing)
        pairs = pa.table({"speaker_id": ids, "value": values}).filter(pc.is_valid(values))
        counts = pairs.group_by(["speaker_id", "value"]).aggregate([([], "count_all")])
        parts.append(_tally_part(counts["speaker_id"], name, counts["value"],
                                 counts["count_all"]))
    # an article never spans two batches, so distinct articles add up across batches
    articles = pa.table({"speaker_id": ids, "article_id": statements.column("article_id")})
    per_speaker = articles.group_by("speaker_id").aggregate([("article_id",
                                                              "count_distinct")])
    parts.append(_tally_part(per_speaker["speaker_id"], "articles",
                             pa.nulls(per_speaker.num_rows, pa.string()).fill_null("n"),
                             per_speaker["article_id_count_distinct"]))
    return pa.concat_tables(parts)


def _tally_part(ids: Any, name: str, values: Any, counts: Any) -> pa.Table:
    return pa.table({"speaker_id": ids, "field": pa.nulls(len(ids), pa.string())
                     .fill_null(name), "value": values,
                     "count": pc.cast(counts, pa.int64())}, schema=TALLY_SCHEMA)


@dataclass
class SpeakerTally:
    """The driver's running tally, in shards by the last character of the speaker id (16 for
    ``spk-<hex>`` ids): each batch tally is split among them, and a shard that holds
    ``compact_every`` batch tallies is summed alone. A sum then holds one shard at a time,
    not the whole tally, which grows with the corpus (216k articles: 790k rows, 40 MiB; one
    sum of it all took up to +144 MiB of RSS, the flow's largest late spike).

    With ``spill`` (a file path), batch tallies are appended to that file (an Arrow stream)
    and only taken into shards when summed, once the batches are done: the tally then adds
    nothing to the flow's memory while the workers hold theirs (the run's peak). The file is
    deleted once read."""

    shards: dict[str, list[pa.Table]] = field(default_factory=dict)
    compact_every: int = 16
    spill: Path | None = None
    _stream: tuple[pa.NativeFile, pa.ipc.RecordBatchStreamWriter] | None = None

    def add(self, batch: pa.Table) -> None:
        if not batch.num_rows:  # (a replayed batch, in an incremental run)
            return
        if self.spill is None:
            self._take(batch)
            return
        if self._stream is None:
            sink = pa.OSFile(str(self.spill), "wb")
            self._stream = sink, pa.ipc.new_stream(sink, TALLY_SCHEMA)
        self._stream[1].write_table(batch)

    def _take(self, batch: pa.Table) -> None:
        keys = _shard_keys(batch.column("speaker_id"))
        for key in pc.unique(keys).to_pylist():
            parts = self.shards.setdefault(key, [])
            parts.append(batch.filter(pc.equal(keys, key)))
            if len(parts) >= self.compact_every:
                self.shards[key] = [_summed(parts)]

    def close(self) -> None:
        """Close the spill file, if open (a failed run; ``sums`` closes it otherwise)."""
        if self._stream is not None:
            sink, writer = self._stream
            self._stream = None
            try:
                writer.close()
            finally:
                sink.close()

    def _take_spilled(self) -> None:
        if self._stream is None or self.spill is None:
            return
        self.close()
        with pa.OSFile(str(self.spill), "rb") as source:
            for batch in pa.ipc.open_stream(source):
                self._take(pa.Table.from_batches([batch]))
        self.spill.unlink()

    def sums(self) -> Iterator[pa.Table]:
        """Each shard's sum: no speaker is in two of them (summed one at a time)."""
        self._take_spilled()
        for key in sorted(self.shards):
            yield _summed(self.shards[key])

    def total(self) -> pa.Table:
        return pa.concat_tables([TALLY_SCHEMA.empty_table(), *self.sums()])


def _shard_keys(speaker_ids: pa.ChunkedArray) -> pa.ChunkedArray:
    return pc.fill_null(pc.utf8_slice_codeunits(speaker_ids, -1), "")


def _summed(parts: list[pa.Table]) -> pa.Table:
    if not parts:
        return TALLY_SCHEMA.empty_table()
    summed = pa.concat_tables(parts).group_by(
        ["speaker_id", "field", "value"]).aggregate([("count", "sum")])
    return pa.table({"speaker_id": summed["speaker_id"], "field": summed["field"],
                     "value": summed["value"], "count": summed["count_sum"]},
                    schema=TALLY_SCHEMA)


def speaker_table(tally: SpeakerTally, keep: Path | None = None) -> pa.Table:
    """The speakers table in speaker_id order: the most frequent of each field (ties: the
    smallest value). Arrow sorts and group-bys (45k speakers on the corpus), one tally shard
    at a time (a speaker's rows are all in one shard), then sorted by id.

    ``keep``: also write the summed tally there (an Arrow file, a shard at a time), from
    which the next incremental run updates the table (``updated_speakers``)."""
    shards = [SPEAKER_SCHEMA.empty_table()]
    with _kept(keep) as kept:
        for counts in tally.sums():
            kept(counts)
            shards.append(_speaker_table(counts))
    return pa.concat_tables(shards).sort_by([("speaker_id", "ascending")])


def updated_speakers(previous: pa.Table, speakers: pa.Table, delta: pa.Table,
                     keep: Path | None = None) -> pa.Table:
    """``speaker_table`` of ``previous`` (a summed tally, from which ``speakers`` was made)
    plus ``delta`` (signed counts: the tally of the rows made afresh, minus that of the rows
    that left): only the speakers in ``delta`` are ranked again, every other speaker's
    counts, hence its row, are as they were. ``keep``: also write the new summed tally."""
    touched = pc.unique(delta.column("speaker_id").combine_chunks())
    hit = pc.is_in(previous.column("speaker_id"), value_set=touched)
    counts = _summed([previous.filter(hit), delta])
    if pc.any(pc.less(counts.column("count"), 0)).as_py():
        raise ValueError("the speaker tally went below zero: rows were taken off twice")
    counts = counts.filter(pc.greater(counts.column("count"), 0))  # a speaker who left
    with _kept(keep) as kept:
        kept(previous.filter(pc.invert(hit)))
        kept(counts)
    fresh = _speaker_table(counts)
    others = speakers.filter(pc.invert(pc.is_in(speakers.column("speaker_id"),
                                                value_set=touched)))
    return pa.concat_tables([others.select(SPEAKER_COLUMNS).cast(SPEAKER_SCHEMA), fresh]
                            ).sort_by([("speaker_id", "ascending")])


@contextmanager
def _kept(path: Path | None) -> Iterator[Callable[[pa.Table], None]]:
    """Appends tally rows to an Arrow file at path (nowhere without a path)."""
    if path is None:
        yield lambda table: None
        return
    with pa.ipc.new_file(str(path), TALLY_SCHEMA) as writer:
        yield writer.write_table


def negated(tally: pa.Table) -> pa.Table:
    """The tally with its counts taken off instead of added."""
    return tally.set_column(3, "count", pc.negate(tally.column("count")))


def speaker_columns(speakers: pa.Table) -> dict[str, list[object]]:
    """The speakers table's columns as lists (``flows.tables.tabulate_speakers``)."""
    return {name: speakers.column(name).to_pylist() for name in SPEAKER_COLUMNS}


def _speaker_table(counts: pa.Table) -> pa.Table:
    """The speakers of one shard of the tally, as the speakers table's columns."""
    if not counts.num_rows:
        return SPEAKER_SCHEMA.empty_table()
    ranked = counts.sort_by([("speaker_id", "ascending"), ("field", "ascending"),
                             ("count", "descending"), ("value", "ascending")])
    ids, fields = ranked.column("speaker_id"), ranked.column("field")
    first = pc.or_(pc.not_equal(ids, _shifted(ids)), pc.not_equal(fields, _shifted(fields)))
    top = ranked.filter(pc.fill_null(first, True))  # the first row of each (speaker, field)
    speakers = top.filter(pc.equal(top.column("field"), "type")).column("speaker_id")
    columns = {"speaker_id": speakers}
    for name in ("name", "type", "role", "organization"):
        columns[name] = _aligned(top, name, "value", speakers)
    summed = counts.group_by(["speaker_id", "field"]).aggregate([("count", "sum")])
    columns["n_statements"] = _aligned(summed, "type", "count_sum", speakers)
    columns["n_articles"] = _aligned(summed, "articles", "count_sum", speakers)
    return pa.table(columns, schema=SPEAKER_SCHEMA)


def _shifted(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """The column moved one row down (a null first): row i holds row i-1's value."""
    return pa.chunked_array([pa.nulls(1, column.type), *column.slice(0, len(column) - 1)
                             .chunks], column.type)


def _aligned(table: pa.Table, field_name: str, column: str,
             speakers: pa.ChunkedArray) -> pa.ChunkedArray:
    """Column ``column`` of the rows of field ``field_name``, one per speaker in ``speakers``
    order (null where the speaker has no such row)."""
    rows = table.filter(pc.equal(table.column("field"), field_name))
    at = pc.index_in(speakers, rows.column("speaker_id"))
    values: pa.ChunkedArray = rows.column(column).take(at)
    return values
