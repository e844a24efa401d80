"""Releases are complete, verifiable and indexed: files, checksums, changes, no-op, atomicity."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from publish_fixtures import HARBOUR, LIBRARY, ORCHARD, Releases, write_raw

import flows.publish.describe as describe
from flows.pipeline import build_dataset
from flows.publish import ReleaseInvalid
from flows.publish.changes import compare_releases
from flows.publish.checksums import verify_checksums, write_checksums
from flows.publish.describe import check_release
from flows.publish.pages import write_release_page
from schemas import TABLES

TABLE_NAMES = [spec.name for spec in TABLES]
METADATA = {"release.json", "datapackage.json", "croissant.json", "README.md", "SHA256SUMS",
            "who_said_what.duckdb", "index.html"}


def test_a_release_holds_every_table_and_metadata_file(two_releases: Releases) -> None:
    names = {p.name for p in two_releases.second.iterdir()}
    tables = {f"{t}.{ext}" for t in TABLE_NAMES for ext in ("parquet", "csv")}
    assert names == tables | METADATA


def test_latest_points_at_the_newest_release_and_old_ones_stay(two_releases: Releases) -> None:
    assert (two_releases.output / "latest").resolve() == two_releases.second.resolve()
    assert two_releases.first != two_releases.second
    assert verify_checksums(two_releases.first) == []


def test_every_checksum_verifies(two_releases: Releases) -> None:
    sums = (two_releases.second / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = {line.split("  ", 1)[1] for line in sums}
    assert listed == {p.name for p in two_releases.second.iterdir()} - {"SHA256SUMS"}
    assert verify_checksums(two_releases.second) == []


def test_a_tampered_file_fails_the_checks_and_names_it(two_releases: Releases,
                                                       tmp_path: Path) -> None:
    copy = shutil.copytree(two_releases.second, tmp_path / "copy")
    with (copy / "speakers.csv").open("a", encoding="utf-8") as handle:
        handle.write("extra\n")
    (copy / "stray.txt").write_text("not listed", encoding="utf-8")
    problems = verify_checksums(copy)
    assert [p.split(":")[0] for p in problems] == ["speakers.csv", "stray.txt"]
    info = json.loads((copy / "release.json").read_text(encoding="utf-8"))
    with pytest.raises(ReleaseInvalid, match="speakers.csv"):
        check_release(copy, info)


def test_release_json_records_what_changed_against_the_previous_release(
        two_releases: Releases) -> None:
    first = json.loads((two_releases.first / "release.json").read_text(encoding="utf-8"))
    second = json.loads((two_releases.second / "release.json").read_text(encoding="utf-8"))
    assert first["previous"] is None
    assert first["changes"]["articles"] == {"rows": 2, "added": 2, "removed": 0, "changed": 0}
    assert second["previous"] == two_releases.first.name
    assert second["changes"]["articles"] == {"rows": 2, "added": 1, "removed": 1, "changed": 0}
    removed = _count(two_releases.first, "statements", "article_id = 'orchard'")
    added = _count(two_releases.second, "statements", "article_id = 'library'")
    assert removed > 0 and added > 0
    assert second["changes"]["statements"] == {"rows": second["rows"]["statements"],
                                               "added": added, "removed": removed,
                                               "changed": 0}


def test_changed_rows_are_counted_on_the_primary_key(two_releases: Releases,
                                                     tmp_path: Path) -> None:
    copy = shutil.copytree(two_releases.second, tmp_path / "copy")
    parquet = str(copy / "speakers.parquet")
    duckdb.execute(f"COPY (SELECT * REPLACE (upper(name) AS name) FROM '{parquet}') "
                   f"TO '{tmp_path / 'speakers.parquet'}' (FORMAT parquet)")
    shutil.move(tmp_path / "speakers.parquet", parquet)
    speakers = compare_releases(copy, two_releases.second)["speakers"]
    assert speakers == {"rows": speakers["rows"], "added": 0, "removed": 0,
                        "changed": speakers["rows"]}


def test_changelog_and_releases_index_list_both_releases(two_releases: Releases) -> None:
    index = json.loads((two_releases.output / "releases.json").read_text(encoding="utf-8"))
    assert [r["version"] for r in index] == [two_releases.second.name, two_releases.first.name]
    changelog = (two_releases.output / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index(two_releases.second.name) < changelog.index(two_releases.first.name)
    assert "| articles | 2 | 1 | 1 | 0 |" in changelog
    page = (two_releases.output / "index.html").read_text(encoding="utf-8")
    assert f"releases/{two_releases.first.name}/index.html" in page
    assert f"releases/{two_releases.second.name}/index.html" in page


def test_unchanged_data_publishes_nothing_new(two_releases: Releases, tmp_path: Path) -> None:
    output = shutil.copytree(two_releases.output, tmp_path / "output", symlinks=True)
    before = sorted(p.name for p in (output / "releases").iterdir())
    raw = write_raw(tmp_path / "raw", {"harbour": HARBOUR, "library": LIBRARY})
    summary = build_dataset(raw, output)
    assert Path(summary.release).name == two_releases.second.name
    assert sorted(p.name for p in (output / "releases").iterdir()) == before


def test_going_back_to_an_older_releases_data_publishes_a_new_release(
        two_releases: Releases, tmp_path: Path) -> None:
    """A -> B -> A on one day: the third run's tables equal A's, but users follow latest and
    the index, so it is a new release (compared with B), newest in every list; A stays."""
    output = shutil.copytree(two_releases.output, tmp_path / "output", symlinks=True)
    first_files = {p.name: p.read_bytes() for p in (output / "releases" /
                                                     two_releases.first.name).iterdir()}
    raw = write_raw(tmp_path / "raw", {"harbour": HARBOUR, "orchard": ORCHARD})
    third = Path(build_dataset(raw, output).release)
    assert third.name not in (two_releases.first.name, two_releases.second.name)
    assert (output / "latest").resolve() == third.resolve()
    info = json.loads((third / "release.json").read_text(encoding="utf-8"))
    assert info["version"] == third.name and info["sequence"] == 3
    assert info["previous"] == two_releases.second.name
    assert info["changes"]["articles"] == {"rows": 2, "added": 1, "removed": 1, "changed": 0}
    first = json.loads((two_releases.first / "release.json").read_text(encoding="utf-8"))
    assert info["content_sha256"] == first["content_sha256"]
    index = json.loads((output / "releases.json").read_text(encoding="utf-8"))
    assert [r["version"] for r in index][:2] == [third.name, two_releases.second.name]
    changelog = (output / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.split("\n## ", 2)[1].startswith(third.name)
    page = (output / "index.html").read_text(encoding="utf-8")
    newest = page.split("<tr data-release=", 2)[1]
    assert newest.startswith(f"'{third.name}'") and "(latest)" in newest
    assert verify_checksums(third) == []
    assert {p.name: p.read_bytes() for p in (output / "releases" /
                                             two_releases.first.name).iterdir()} == first_files
    assert build_dataset(raw, output).release == str(third)  # and then nothing new


def test_a_run_killed_before_latest_moved_is_finished_not_published_twice(
        two_releases: Releases, tmp_path: Path) -> None:
    """Release B is out but latest still names A (the run died in between): the same input
    again points latest at B, the newest release, instead of publishing a copy of it."""
    output = shutil.copytree(two_releases.output, tmp_path / "output", symlinks=True)
    (output / "latest").unlink()
    (output / "latest").symlink_to(Path("releases") / two_releases.first.name)
    before = sorted(p.name for p in (output / "releases").iterdir())
    raw = write_raw(tmp_path / "raw", {"harbour": HARBOUR, "library": LIBRARY})
    assert Path(build_dataset(raw, output).release).name == two_releases.second.name
    assert (output / "latest").resolve().name == two_releases.second.name
    assert sorted(p.name for p in (output / "releases").iterdir()) == before


def test_latest_does_not_move_when_describing_the_release_fails(
        two_releases: Releases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = shutil.copytree(two_releases.output, tmp_path / "output", symlinks=True)
    before = sorted(p.name for p in (output / "releases").iterdir())

    def broken_croissant(*args: object, **kwargs: object) -> Path:
        raise OSError("disk full while writing croissant.json")

    monkeypatch.setattr(describe, "write_croissant", broken_croissant)
    with pytest.raises(OSError, match="croissant"):
        build_dataset(write_raw(tmp_path / "raw", {"orchard": ORCHARD}), output)
    assert (output / "latest").resolve().name == two_releases.second.name
    assert sorted(p.name for p in (output / "releases").iterdir()) == before
    assert not list(output.glob(".staging-*"))


def _count(release: Path, table: str, where: str) -> int:
    row = duckdb.execute(f"SELECT count(*) FROM '{release / table}.parquet' WHERE {where}"
                         ).fetchone()
    assert row is not None
    return int(row[0])


def test_partitioned_copies_are_checksummed_and_listed(two_releases: Releases,
                                                       tmp_path: Path) -> None:
    copy = shutil.copytree(two_releases.second, tmp_path / "copy")
    part = copy / "dataset" / "statements" / "publisher=Lakeside%20Courier" / "year=2026"
    part.mkdir(parents=True)
    shutil.copy(copy / "statements.parquet", part / "part-00000-0.parquet")
    assert verify_checksums(copy) == [
        "dataset/statements/publisher=Lakeside%20Courier/year=2026/part-00000-0.parquet: "
        "not listed"]
    info = json.loads((copy / "release.json").read_text(encoding="utf-8"))
    write_release_page(copy, info)
    write_checksums(copy)
    assert verify_checksums(copy) == []
    page = (copy / "index.html").read_text(encoding="utf-8")
    assert ("href='dataset/statements/publisher%3DLakeside%2520Courier/year%3D2026/"
            "part-00000-0.parquet'") in page


def test_the_database_updated_from_the_previous_release_equals_a_fresh_build(
        two_releases: Releases, tmp_path: Path) -> None:
    """The second release's database is the first one's, brought up to date in place."""
    from flows.publish.duckdb_db import DB_NAME, write_duckdb

    first = json.loads((two_releases.first / "release.json").read_text(encoding="utf-8"))
    updated = shutil.copytree(two_releases.second, tmp_path / "updated")
    database = write_duckdb(updated, two_releases.first, first["duckdb_build"])
    assert database.changes is not None  # updated, not rebuilt
    second = json.loads((two_releases.second / "release.json").read_text(encoding="utf-8"))
    assert database.changes == second["changes"]
    fresh = shutil.copytree(two_releases.second, tmp_path / "fresh")
    assert write_duckdb(fresh, two_releases.first, "another build").changes is None
    with duckdb.connect() as db:
        db.execute(f"ATTACH '{updated / DB_NAME}' AS u (READ_ONLY)")
        db.execute(f"ATTACH '{fresh / DB_NAME}' AS f (READ_ONLY)")
        for name in TABLE_NAMES + ["statements_full", "speaker_summary"]:
            for a, b in (("u", "f"), ("f", "u")):
                extra = db.execute(f"SELECT count(*) FROM (FROM {a}.{name} "
                                   f"EXCEPT ALL FROM {b}.{name})").fetchone()
                assert extra == (0,), (name, a)
        assert db.execute("SELECT count(*) FROM u.statements").fetchone() == (
            second["rows"]["statements"],)


def test_small_releases_get_small_database_blocks_and_the_card_names_the_duckdb(
        two_releases: Releases) -> None:
    """A release of a few articles keeps a small file (16 KiB blocks); from a few MB of
    Parquet the default blocks build and update the database faster."""
    from flows.publish.duckdb_db import DB_NAME, DEFAULT_BLOCK, SMALL_BLOCK, block_size

    with duckdb.connect() as db:
        db.execute(f"ATTACH '{two_releases.second / DB_NAME}' AS r (READ_ONLY)")
        row = db.execute("SELECT block_size FROM pragma_database_size() "
                         "WHERE database_name = 'r'").fetchone()
    assert row == (SMALL_BLOCK,)
    card = (two_releases.second / "README.md").read_text(encoding="utf-8")
    assert f"written by DuckDB {duckdb.__version__}" in card  # which DuckDB opens the file
    assert block_size(30_000_000) == DEFAULT_BLOCK  # the corpus's 21.6k articles
