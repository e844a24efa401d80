"""The speakers table's tally: most frequent value per field, ties to the smallest, articles
counted once, batch by batch (the driver adds one tally per batch)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from flows import speaker_tally
from flows.tables import UNATTRIBUTED


def statements(rows: list[tuple[str, str, str | None, str, str | None, str | None]],
               ) -> pa.Table:
    columns = ["article_id", "speaker_id", "speaker_name", "speaker_type", "speaker_role",
               "speaker_organization"]
    return pa.table({name: pa.array([row[i] for row in rows], pa.string())
                     for i, name in enumerate(columns)})


def speaker_rows(tally: speaker_tally.SpeakerTally) -> list[dict[str, object]]:
    """The speakers table's columns as one dict per speaker, in speaker_id order."""
    columns = speaker_tally.speaker_columns(speaker_tally.speaker_table(tally))
    return [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(),
                                                                        strict=True)]


@pytest.mark.parametrize("spilled", [False, True])
def test_most_frequent_value_wins_and_ties_go_to_the_smallest(tmp_path: Path,
                                                               spilled: bool) -> None:
    spill = tmp_path / "tally.arrow" if spilled else None
    tally = speaker_tally.SpeakerTally(compact_every=2, spill=spill)  # neither changes the result
    tally.add(speaker_tally.tally_speakers(statements([
        ("a1", "sp-lin", "Lin Wei", "person", "spokesman", None),
        ("a1", "sp-lin", "Wei", "person", "spokesperson", "Ministry of Water"),
        ("a1", "sp-x", None, "anonymous", "", None),
    ])))
    tally.add(speaker_tally.tally_speakers(statements([
        ("a2", "sp-lin", "Lin Wei", "person", "spokesperson", "Ministry of Water"),
        ("a2", "sp-lin", "Lin", "person", None, "Ferry Board"),
    ])))
    tally.add(speaker_tally.tally_speakers(statements([
        ("a3", "sp-x", "", "anonymous", None, None),
    ])))
    assert not tally.shards if spilled else tally.shards  # spilled: nothing held until summed
    rows = {r["speaker_id"]: r for r in speaker_rows(tally)}
    assert not (spill and spill.exists())  # read, then deleted
    assert list(rows) == sorted(rows)  # the speakers table is written in this order
    assert rows["sp-lin"] == {"speaker_id": "sp-lin", "name": "Lin Wei", "type": "person",
                              "role": "spokesperson", "organization": "Ministry of Water",
                              "n_statements": 4, "n_articles": 2}
    assert rows["sp-x"] == {"speaker_id": "sp-x", "name": UNATTRIBUTED, "type": "anonymous",
                            "role": None, "organization": None, "n_statements": 2,
                            "n_articles": 2}


def test_a_tie_between_two_roles_takes_the_alphabetically_first() -> None:
    tally = speaker_tally.SpeakerTally()
    tally.add(speaker_tally.tally_speakers(statements([
        ("a1", "sp-ana", "Ana Ruiz", "person", "mayor", None),
        ("a1", "sp-ana", "Ana Ruiz", "person", "councillor", None),
    ])))
    (row,) = speaker_rows(tally)
    assert row["role"] == "councillor" and row["n_articles"] == 1


def test_no_statements_give_no_speakers() -> None:
    tally = speaker_tally.SpeakerTally()
    tally.add(speaker_tally.tally_speakers(statements([])))
    assert speaker_rows(tally) == []


def test_a_spill_left_open_by_a_failed_run_is_closed(tmp_path: Path) -> None:
    spill = tmp_path / "tally.arrow"
    tally = speaker_tally.SpeakerTally(spill=spill)
    tally.add(speaker_tally.tally_speakers(
        statements([("a1", "sp-a", "Ana", "person", None, None)])))

    def open_on_spill() -> bool:
        fds = Path("/proc/self/fd")
        return any(str(spill) in str(fd.resolve()) for fd in fds.iterdir() if fd.exists())

    if Path("/proc/self/fd").is_dir():
        assert open_on_spill()
    tally.close()  # what the run does when a batch failed before the tally was summed
    tally.close()  # (twice is harmless)
    if Path("/proc/self/fd").is_dir():
        assert not open_on_spill()
    assert spill.exists()  # left for the staging folder's removal
