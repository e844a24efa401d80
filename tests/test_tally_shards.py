"""The speaker tally is kept in shards by speaker id and summed shard by shard
(``flows.speaker_tally.SpeakerTally``): whatever the compaction, the speakers table is the one a
plain count over every statement gives."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from flows import speaker_tally

NAMES = ["Ana Ruiz", "Lin Wei", "the mayor", "officials", None, ""]
TYPES = ["person", "organization", "group"]
ROLES = ["mayor", "councillor", None, ""]


def invented_batches(n_batches: int, seed: int = 7) -> list[pa.Table]:
    """Statements of invented speakers; ids end in every hex digit and some do not look
    like ``spk-<hex>`` at all."""
    rng = random.Random(seed)
    ids = [f"spk-{rng.getrandbits(64):016x}" for _ in range(60)] + ["x", "sp-é", "b", "é"]
    batches = []
    for b in range(n_batches):
        rows = [(f"a{b}-{rng.randrange(8)}", rng.choice(ids), rng.choice(NAMES),
                 rng.choice(TYPES), rng.choice(ROLES), rng.choice([None, "Ferry Board"]))
                for _ in range(rng.randrange(0, 40))]
        columns = ["article_id", "speaker_id", "speaker_name", "speaker_type",
                   "speaker_role", "speaker_organization"]
        batches.append(pa.table({name: pa.array([r[i] for r in rows], pa.string())
                                 for i, name in enumerate(columns)}))
    return batches


def counted(batches: list[pa.Table]) -> dict[tuple[str, str, str], int]:
    """The tally's rows, counted one statement at a time in plain Python."""
    total = speaker_tally.tally_speakers(pa.concat_tables(batches)).group_by(
        ["speaker_id", "field", "value"]).aggregate([("count", "sum")])
    return {(i, f, v): c for i, f, v, c in zip(*(total.column(n).to_pylist() for n in (
        "speaker_id", "field", "value", "count_sum")), strict=True)}


def test_the_tally_counts_what_a_plain_count_gives() -> None:
    batches = invented_batches(12)
    expected: Counter[tuple[str, str]] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    for batch in batches:
        for row in batch.to_pylist():
            expected[(row["speaker_id"], row["speaker_type"])] += 1
            articles[row["speaker_id"]].add(row["article_id"])
    tally = speaker_tally.SpeakerTally(compact_every=3)
    for batch in batches:
        tally.add(speaker_tally.tally_speakers(batch))
    rows = tally.total()
    types = rows.filter(pc.equal(rows.column("field"), "type"))
    assert Counter({(i, v): c for i, v, c in zip(types.column("speaker_id").to_pylist(),
                                                  types.column("value").to_pylist(),
                                                  types.column("count").to_pylist(),
                                                  strict=True)}) == expected
    n = rows.filter(pc.equal(rows.column("field"), "articles"))
    assert dict(zip(n.column("speaker_id").to_pylist(), n.column("count").to_pylist(),
                    strict=True)) == {k: len(v) for k, v in articles.items()}


@pytest.mark.parametrize("compact_every", [1, 2, 5, 1000])
def test_compaction_never_changes_the_speakers_table(compact_every: int) -> None:
    batches = invented_batches(12)
    reference = speaker_tally.SpeakerTally(compact_every=1000)
    reference.add(speaker_tally.tally_speakers(pa.concat_tables(batches)))
    tally = speaker_tally.SpeakerTally(compact_every=compact_every)
    for batch in batches:
        tally.add(speaker_tally.tally_speakers(batch))
    columns = speaker_tally.speaker_columns(speaker_tally.speaker_table(tally))
    assert columns == speaker_tally.speaker_columns(speaker_tally.speaker_table(reference))
    assert columns["speaker_id"] == sorted(columns["speaker_id"])
    total = tally.total()
    assert {(i, f, v): c for i, f, v, c in zip(*(total.column(n).to_pylist() for n in (
        "speaker_id", "field", "value", "count")), strict=True)} == counted(batches)


def test_a_speaker_is_in_one_shard_and_a_shard_is_summed_alone() -> None:
    tally = speaker_tally.SpeakerTally(compact_every=2)
    for batch in invented_batches(6):
        tally.add(speaker_tally.tally_speakers(batch))
    assert len(tally.shards) > 10  # the hex digits and the odd ids
    seen: set[str] = set()
    for key, parts in tally.shards.items():
        assert len(parts) < 2  # summed as soon as it held compact_every tallies
        ids = set(pa.concat_tables(parts).column("speaker_id").to_pylist())
        assert {i[-1:] for i in ids} == {key}
        assert not ids & seen
        seen |= ids


def tally_of(statements: pa.Table) -> speaker_tally.SpeakerTally:
    tally = speaker_tally.SpeakerTally()
    tally.add(speaker_tally.tally_speakers(statements))
    return tally


def read_tally(path: Path) -> dict[tuple[str, str, str], int]:
    kept = pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    return {(i, f, v): c for i, f, v, c in zip(*(kept.column(n).to_pylist() for n in (
        "speaker_id", "field", "value", "count")), strict=True)}


@pytest.mark.parametrize("seed", range(10))
def test_an_updated_speakers_table_is_the_one_made_from_scratch(seed: int,
                                                               tmp_path: Path) -> None:
    """An incremental run's speakers: the previous release's tally, plus the articles made
    afresh, minus the articles whose rows left (removed, or made afresh) gives the table and
    the tally a count of the new release's statements gives."""
    rng = random.Random(seed)
    before = pa.concat_tables(invented_batches(10, seed=seed))
    articles = sorted(set(before.column("article_id").to_pylist()))
    gone = set(rng.sample(articles, rng.randrange(0, len(articles) // 2 + 1)))
    redone = set(rng.sample(articles, rng.randrange(0, 4))) - gone  # rows made afresh
    stay = pc.invert(pc.is_in(before.column("article_id"),
                              value_set=pa.array(sorted(gone | redone), pa.string())))
    arrived = pa.concat_tables(invented_batches(3, seed=seed + 100))  # new articles
    arrived = arrived.set_column(0, "article_id", pc.binary_join_element_wise(
        "new-", arrived.column("article_id"), ""))
    remade = before.filter(pc.is_in(before.column("article_id"),
                                    value_set=pa.array(sorted(redone), pa.string())))
    remade = remade.set_column(2, "speaker_name", pa.array(  # what they say now differs
        [rng.choice(NAMES) for _ in range(remade.num_rows)], pa.string()))
    after = pa.concat_tables([before.filter(stay), remade, arrived])

    previous_tally = tmp_path / "before.arrow"
    previous_speakers = speaker_tally.speaker_table(tally_of(before), previous_tally)
    delta = pa.concat_tables([speaker_tally.tally_speakers(pa.concat_tables([remade, arrived])),
                              speaker_tally.negated(speaker_tally.tally_speakers(before.filter(
                                  pc.invert(stay))))])
    kept = tmp_path / "after.arrow"
    updated = speaker_tally.updated_speakers(pa.ipc.open_file(pa.memory_map(str(previous_tally)))
                                     .read_all(), previous_speakers, delta, kept)
    assert speaker_tally.speaker_columns(updated) == speaker_tally.speaker_columns(
        speaker_tally.speaker_table(tally_of(after)))
    assert read_tally(kept) == counted([after])  # what the next run starts from


def test_a_tally_taken_off_twice_is_refused() -> None:
    statements = invented_batches(1, seed=3)[0]
    speakers = speaker_tally.speaker_table(tally_of(statements))
    twice = speaker_tally.negated(pa.concat_tables([speaker_tally.tally_speakers(statements)] * 2))
    with pytest.raises(ValueError, match="below zero"):
        speaker_tally.updated_speakers(tally_of(statements).total(), speakers, twice)
