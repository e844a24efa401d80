"""Incremental runs reuse unchanged articles and give exactly the tables of a full rebuild."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from flows import batches, chunks, pipeline, release, speaker_tally, writer
from flows.chunks import SPEAKER_TALLY_COPY
from flows.feeds import feed_name
from flows.incremental import ARROW_FOLDER, INDEX_FILE
from flows.pipeline import build_dataset
from flows.publish import duckdb_db
from flows.publish.changes import compare_releases
from flows.publish.duckdb_db import DB_NAME
from flows.runners import InlineRunner, pick_runner
from schemas import TABLES
from tests.conftest import CORPUS, need

TABLE_FILES = [f"{spec.name}.{ext}" for spec in TABLES for ext in ("parquet", "csv")]
NAMES = ["Mara Quill", "Tobias Fenwright", "Ines Okonkwo-Lamb", "Pavel Drozdenko"]
ROLES = ["harbour master", "mayor", "chief engineer", "spokeswoman"]


def invented_article(n: int, *, twist: str = "") -> dict[str, str]:
    """An invented wire story with direct and reported speech (no real text)."""
    name, role = NAMES[n % len(NAMES)], ROLES[n % len(ROLES)]
    text = (f"The ferry line to Lowmarsh island {n} reopened on Tuesday{twist}.\n\n"
            f'"We expect {n + 3} crossings a day by spring," said {name}, the {role}.\n\n'
            f"{name.split()[0]} said the new pier had cost less than planned. Residents told "
            f"reporters that the service was long overdue.\n\n"
            f'"It changes everything for the market," {name.split()[-1]} added.')
    return {"id": f"ferry-{n:03d}", "title": f"Ferry {n} returns", "publisher": "Invented Post",
            "published": "2024-03-05", "text": text}


def write_feed(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def assert_same_tables(a: Path, b: Path) -> None:
    for name in TABLE_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    content = [json.loads((d / "release.json").read_text())["content_sha256"] for d in (a, b)]
    assert content[0] == content[1]


def assert_same_database(a: Path, b: Path) -> None:
    """Both releases' databases hold the same rows (in any order)."""
    with duckdb.connect() as db:
        db.execute(f"ATTACH '{a / DB_NAME}' AS a (READ_ONLY)")
        db.execute(f"ATTACH '{b / DB_NAME}' AS b (READ_ONLY)")
        for spec in TABLES:
            for one, other in (("a", "b"), ("b", "a")):
                extra = db.execute(f"SELECT count(*) FROM (FROM {one}.{spec.name} "
                                   f"EXCEPT ALL FROM {other}.{spec.name})").fetchone()
                assert extra == (0,), (spec.name, one)


def rebuild_both(raw: Path, incremental_out: Path, tmp_path: Path, **options: int) -> int:
    """Run incrementally into incremental_out and fully into a fresh folder; compare the
    tables, the databases (the incremental one is the previous one brought up to date), and
    the changes the update counted with those of a comparison of the two releases' files."""
    previous = (incremental_out / "latest").resolve() if (incremental_out / "latest").exists() \
        else None
    summary = build_dataset(raw, incremental_out, incremental=True, **options)
    full = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
    build_dataset(raw, full, **options)
    latest = (incremental_out / "latest").resolve()
    assert_same_tables(latest, full / "latest")
    assert_same_database(latest, full / "latest")
    assert kept_tally(incremental_out) == recounted_tally(latest)  # what the next run updates
    info = json.loads((latest / "release.json").read_text(encoding="utf-8"))
    if previous is not None and info["previous"] == previous.name:  # (not latest kept)
        assert info["changes"] == compare_releases(latest, previous)
    return summary.articles_reused


def kept_tally(output_dir: Path) -> dict[tuple[str, str, str], int]:
    """The speaker tally kept for the next incremental run."""
    kept = pa.ipc.open_file(pa.memory_map(str(output_dir / ARROW_FOLDER
                                              / SPEAKER_TALLY_COPY))).read_all()
    return {(i, f, v): c for i, f, v, c in zip(*(kept.column(n).to_pylist() for n in (
        "speaker_id", "field", "value", "count")), strict=True)}


def recounted_tally(release: Path) -> dict[tuple[str, str, str], int]:
    """The speaker tally of a release's statements, counted afresh."""
    tally = speaker_tally.tally_speakers(pq.read_table(release / "statements.parquet"))
    return {(i, f, v): c for i, f, v, c in zip(*(tally.column(n).to_pylist() for n in (
        "speaker_id", "field", "value", "count")), strict=True)}


def assert_like_a_full_rebuild(raw: Path, out: Path, full: Path, **options: int) -> None:
    """The latest release in out has a full rebuild's tables, and its kept tally is a
    recount of its statements (for runs that rebuild_both cannot make, e.g. patched)."""
    build_dataset(raw, full, **options)
    assert_same_tables((out / "latest").resolve(), full / "latest")
    assert kept_tally(out) == recounted_tally(out / "latest")


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    write_feed(folder / "a-wire.jsonl", [invented_article(n) for n in range(12)])
    (folder / "b-note.txt").write_text("Harbour notes\n\n" + invented_article(40)["text"],
                                       encoding="utf-8")
    return folder


def test_new_changed_and_removed_articles(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert rebuild_both(raw, out, tmp_path, batch_size=5) == 0  # nothing to reuse yet
    records = [invented_article(n) for n in range(12) if n != 4]  # ferry-004 removed
    records[2] = invented_article(2, twist=" after a long winter")  # ferry-002 changed
    write_feed(raw / "a-wire.jsonl", records)
    write_feed(raw / "c-late.jsonl", [invented_article(n) for n in (50, 51)])  # new
    reused = rebuild_both(raw, out, tmp_path, batch_size=5)
    assert reused == 10 + 1  # 11 unchanged feed lines minus the changed one, plus the .txt
    ids = (out / "latest" / "articles.csv").read_text(encoding="utf-8")
    assert "ferry-004" not in ids and "ferry-050" in ids and "after a long winter" in ids


def test_a_rerun_updates_the_speakers_it_touches_instead_of_ranking_them_all(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    records = [invented_article(n) for n in range(12) if n != 3]  # a speaker's article left
    records[2]["text"] = records[2]["text"].replace(NAMES[2], "Odile Varga")  # new speaker
    write_feed(raw / "a-wire.jsonl", records)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])

    def from_scratch(*args: object, **kwargs: object) -> None:
        raise AssertionError("every speaker was ranked again")

    with monkeypatch.context() as patched:
        patched.setattr(speaker_tally, "speaker_table", from_scratch)
        build_dataset(raw, out, incremental=True, batch_size=5)
    assert_like_a_full_rebuild(raw, out, tmp_path / "full", batch_size=5)
    speakers = (out / "latest" / "speakers.csv").read_text(encoding="utf-8")
    assert "Odile Varga" in speakers


@pytest.mark.parametrize("held", [True, False])
def test_the_database_update_reads_the_rows_made_afresh_or_the_files_alike(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held: bool) -> None:
    """The run hands its rows made afresh to the database update, unless they are more than
    it holds: then the update reads the tables' files. Both give a full rebuild's rows."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    records = [invented_article(n) for n in range(12) if n != 7]
    records[1]["text"] = records[1]["text"].replace(NAMES[1], "Odile Varga")
    write_feed(raw / "a-wire.jsonl", records)
    write_feed(raw / "c-late.jsonl", [invented_article(n) for n in (50, 51)])
    if not held:
        monkeypatch.setattr(writer, "FRESH_BYTES_HELD", 0)
    given: list[object] = []
    update = duckdb_db._update

    def spied(*args: object) -> object:
        given.append(args[3])  # fresh_rows
        return update(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(duckdb_db, "_update", spied)
    rebuild_both(raw, out, tmp_path, batch_size=5)  # same tables, rows and changes
    assert len(given) == 1  # the database was updated, not built afresh
    rows = given[0]
    if held:
        assert isinstance(rows, dict) and rows["statements"].num_rows > 0
        assert set(rows["articles"].column("article_id").to_pylist()) == {
            "ferry-001", "ferry-050", "ferry-051"}
    else:
        assert rows is None


def test_the_latest_database_is_copied_while_the_batches_run(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run with articles to process copies the latest release's database beside the
    staging folder while it makes its tables; publishing moves that copy into the release
    and brings it up to date, copying nothing then. The result is a full rebuild's."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    copies: list[release.DatabaseCopy] = []
    copy_database = release.copy_database

    def spied(output_dir: Path, source: Path) -> release.DatabaseCopy | None:
        copies.append(made := copy_database(output_dir, source))  # type: ignore[arg-type]
        return made

    def copy_at_publishing(*args: object) -> None:
        raise AssertionError("the database was copied when publishing")

    monkeypatch.setattr(pipeline, "copy_database", spied)
    monkeypatch.setattr(duckdb_db, "shutil", SimpleNamespace(copyfile=copy_at_publishing))
    rebuild_both(raw, out, tmp_path, batch_size=5)
    assert len(copies) == 1 and copies[0].source.name != (out / "latest").resolve().name
    assert not copies[0].path.exists()  # moved into the release
    assert not list(out.glob(".staging-*"))


def test_a_failed_run_leaves_no_database_copy(raw: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.publish import describe

    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    before = (out / "latest").resolve()
    write_feed(raw / "c-late.jsonl", [invented_article(50)])

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full while writing croissant.json")

    monkeypatch.setattr(describe, "write_croissant", broken)
    with pytest.raises(OSError, match="croissant"):
        build_dataset(raw, out, incremental=True, batch_size=5)
    assert (out / "latest").resolve() == before
    assert not list(out.glob(".staging-*"))


def test_a_run_with_nothing_to_process_copies_no_database(raw: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)

    def refused(*args: object) -> None:
        raise AssertionError("an unchanged input started a copy of the database")

    monkeypatch.setattr(pipeline, "copy_database", refused)
    build_dataset(raw, out, incremental=True, batch_size=5)
    assert not list(out.glob(".staging-*"))


def write_release_json(folder: Path) -> None:
    """A release.json saying the release's database was built as this code builds one."""
    build = duckdb_db.build_fingerprint(duckdb_db.SMALL_BLOCK)
    (folder / "release.json").write_text(json.dumps({"duckdb_build": build}), encoding="utf-8")


def test_a_database_copy_of_another_release_is_not_used(tmp_path: Path) -> None:
    """The copy is used only as the database of the release it was made from; otherwise
    it is discarded with its folder (a failed run discards it too: ``discard_release``)."""
    source, other, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    for folder in (source, out):
        folder.mkdir()
    (source / DB_NAME).write_bytes(b"database bytes")
    write_release_json(source)
    copy = release.copy_database(out, source)
    assert copy is not None and copy.ready(other) is None
    assert copy.ready(source) == copy.path and copy.path.read_bytes() == b"database bytes"
    copy.discard()
    assert not copy.path.parent.exists()
    assert release.copy_database(out, other) is None  # a release without a database


def test_a_failed_database_copy_leaves_nothing_while_the_database_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy that failed half-way (a full disk) is removed as soon as the update learns of
    it: the half-copied file must not hold the space the update's own copy then needs."""
    source, out = tmp_path / "a", tmp_path / "out"
    for folder in (source, out):
        folder.mkdir()
    (source / DB_NAME).write_bytes(b"database bytes" * 100)
    write_release_json(source)

    def half_copied(src: Path, dst: Path) -> None:
        Path(dst).write_bytes(Path(src).read_bytes()[:700])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(release, "shutil", SimpleNamespace(copyfile=half_copied,
                                                           rmtree=shutil.rmtree))
    copy = release.copy_database(out, source)
    assert copy is not None and copy.ready(source) is None
    assert not copy.path.exists()
    copy.discard()
    assert not list(out.glob(".staging-*"))


def test_no_database_copy_when_the_latest_database_cannot_be_updated(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A latest database built another way (older code: other tables, comments or views)
    is built afresh, so copying it while the batches run would only cost its size in disk
    and I/O (~1 GB at 10x the corpus): no copy is started."""
    out = tmp_path / "out"
    with monkeypatch.context() as older_code:
        older_code.setattr(duckdb_db, "build_fingerprint", lambda block: f"older {block}")
        build_dataset(raw, out, incremental=True, batch_size=5)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    copies: list[release.DatabaseCopy | None] = []
    copy_database = release.copy_database

    def spied(output_dir: Path, source: Path) -> release.DatabaseCopy | None:
        copies.append(made := copy_database(output_dir, source))
        return made

    monkeypatch.setattr(pipeline, "copy_database", spied)
    rebuild_both(raw, out, tmp_path, batch_size=5)
    assert copies == [None]
    assert not list(out.glob(".staging-*"))


def test_a_latest_database_with_other_blocks_is_built_afresh(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The latest database has the default blocks (built when the threshold was lower); this
    release's few articles get small blocks: a fresh build, equal to a full rebuild's, and
    the copy made while the batches ran is discarded."""
    out = tmp_path / "out"
    with monkeypatch.context() as lower_threshold:
        lower_threshold.setattr(duckdb_db, "SMALL_DATA_BYTES", 0)
        build_dataset(raw, out, incremental=True, batch_size=5)
    with duckdb.connect(str(out / "latest" / DB_NAME), read_only=True) as db:
        assert db.execute("SELECT block_size FROM pragma_database_size()").fetchone() == (
            duckdb_db.DEFAULT_BLOCK,)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    rebuild_both(raw, out, tmp_path, batch_size=5)
    with duckdb.connect(str(out / "latest" / DB_NAME), read_only=True) as db:
        assert db.execute("SELECT block_size FROM pragma_database_size()").fetchone() == (
            duckdb_db.SMALL_BLOCK,)
    assert not list(out.glob(".staging-*"))


def test_the_runner_is_chosen_for_the_batches_left_to_process(raw: Path,
                                                              tmp_path: Path) -> None:
    """``auto`` spawns worker processes for several batches to process: a re-run that
    replays all batches but one does not."""
    asked: list[int] = []

    def runner(n_batches: int) -> InlineRunner:
        asked.append(n_batches)
        return InlineRunner()

    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5, runner=runner)
    build_dataset(raw, out, incremental=True, batch_size=5, runner=runner)  # unchanged
    write_feed(raw / "c-late.jsonl", [invented_article(n) for n in (50, 51)])
    build_dataset(raw, out, incremental=True, batch_size=5, runner=runner)
    build_dataset(raw, out, incremental=False, batch_size=5, runner=runner)
    # 3 batches (12 + 1 articles by 5; the small files share the last); then none; then the
    # last one, now with c-late's chunk too; a full rebuild processes all 3
    assert asked == [3, 0, 1, 3]
    assert pick_runner("auto", 1) == "local"


@pytest.mark.parametrize("damaged", [SPEAKER_TALLY_COPY, "statements.arrow"])
def test_a_damaged_arrow_copy_is_read_again_or_counted_again(raw: Path, tmp_path: Path,
                                                            damaged: str) -> None:
    """The Arrow copy kept for incremental runs is a cache: a truncated file of it is not
    an error, the next run reads the release's Parquet or ranks every speaker again."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    kept = out / ARROW_FOLDER / damaged
    kept.write_bytes(kept.read_bytes()[:100])
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    assert rebuild_both(raw, out, tmp_path, batch_size=5) == 13  # the others still reused


def test_a_new_duplicate_takes_the_place_of_a_reused_article(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True)
    copy = dict(invented_article(7), id="early-copy")  # same text as ferry-007, read first
    write_feed(raw / "0-first.jsonl", [copy])
    assert rebuild_both(raw, out, tmp_path) == 13
    rejects = (out / "latest" / "rejects.csv").read_text(encoding="utf-8")
    assert "ferry-007" in rejects and "duplicate_text" in rejects


def test_a_displaced_article_leaves_a_replayed_chunk_and_comes_back(raw: Path,
                                                                    tmp_path: Path) -> None:
    """Its file is still replayed (not read again) without its rows; the records the
    replay leaves serve the next runs, also when the earlier copy goes away again."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True)
    write_feed(raw / "0-first.jsonl", [dict(invented_article(7), id="early-copy")])
    rebuild_both(raw, out, tmp_path)
    again = build_dataset(raw, out, incremental=True)
    assert again.articles_replayed == 12 + 1 + 1
    (raw / "0-first.jsonl").unlink()
    rebuild_both(raw, out, tmp_path)
    articles = (out / "latest" / "articles.csv").read_text(encoding="utf-8")
    assert "ferry-007" in articles and "early-copy" not in articles


def test_the_displacing_run_replays_the_chunk(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True)
    write_feed(raw / "0-first.jsonl", [dict(invented_article(7), id="early-copy")])
    assert build_dataset(raw, out, incremental=True).articles_replayed == 12 + 1


def test_removing_the_first_copy_publishes_the_later_one(raw: Path, tmp_path: Path) -> None:
    """A replayed file's duplicate must be published once the article it copied is gone."""
    out = tmp_path / "out"
    write_feed(raw / "z-late.jsonl", [dict(invented_article(3), id="late-copy"),
                                      invented_article(60)])
    build_dataset(raw, out, incremental=True, batch_size=4)
    assert "late-copy" in (out / "latest" / "rejects.csv").read_text(encoding="utf-8")
    write_feed(raw / "a-wire.jsonl", [invented_article(n) for n in range(12) if n != 3])
    rebuild_both(raw, out, tmp_path, batch_size=4)
    articles = (out / "latest" / "articles.csv").read_text(encoding="utf-8")
    assert "late-copy" in articles and "ferry-003" not in articles


def test_unchanged_files_are_replayed_with_their_rejects(raw: Path, tmp_path: Path) -> None:
    """Whole unchanged files are replayed (rows, rejects, duplicates) around a new one."""
    out = tmp_path / "out"
    (raw / "a-empty.txt").write_text("   \n")
    write_feed(raw / "c-dupes.jsonl", [dict(invented_article(1), id="copy-1"), {"id": "x"}])
    build_dataset(raw, out, incremental=True, batch_size=3)
    write_feed(raw / "b-new.jsonl", [invented_article(70), invented_article(71)])
    reused = rebuild_both(raw, out, tmp_path, batch_size=3)
    assert reused == 12 + 1 + 1  # every article read before (copy-1 too): nothing re-read
    rejects = (out / "latest" / "rejects.csv").read_text(encoding="utf-8")
    assert "a-empty.txt" in rejects and "copy-1" in rejects and "missing_text" in rejects


def test_incremental_on_worker_processes_equals_a_full_rebuild(raw: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=4, runner="process")
    write_feed(raw / "b-new.jsonl", [invented_article(80), dict(invented_article(5), id="c")])
    summary = build_dataset(raw, out, incremental=True, batch_size=4, runner="process")
    full = tmp_path / "full"
    build_dataset(raw, full, batch_size=4)
    assert_same_tables(out / "latest", full / "latest")
    assert summary.articles_reused == 13


def test_a_moved_file_is_processed_again(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True)
    (raw / "b-note.txt").rename(raw / "b-renamed.txt")  # same bytes, new id and source path
    assert rebuild_both(raw, out, tmp_path) == 12


def test_nothing_is_reused_from_another_pipeline_version(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(raw, out)
    index = json.loads((out / INDEX_FILE).read_text())
    assert index["release"] == (out / "latest").resolve().name
    (out / INDEX_FILE).write_text(json.dumps({**index, "pipeline_version": "older"}))
    assert build_dataset(raw, out, incremental=True).articles_reused == 0
    assert build_dataset(raw, out, incremental=True).articles_reused == 13


@pytest.mark.slow
def test_corpus_sample_incremental_equals_full_rebuild(tmp_path: Path) -> None:
    """Real wire copy (duplicates, rejects, many speakers): 1% new, 1% gone, some changed."""
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = {}
    for name, take in (("reuters21578", 1500), ("bbc", 500), ("peoplesdaily", 170)):
        with need(CORPUS / name / "articles.jsonl").open(encoding="utf-8") as handle:
            lines[name] = [next(handle) for _ in range(take)]
    for name, chosen in lines.items():
        (raw / f"{name}.jsonl").write_text("".join(chosen[:-20]), encoding="utf-8")
    out = tmp_path / "out"
    build_dataset(raw, out, batch_size=700, incremental=True)
    (raw / "bbc.jsonl").write_text("".join(lines["bbc"][20:]), encoding="utf-8")  # 20 gone
    changed = [line.replace(" said ", " says ", 1) for line in lines["reuters21578"][:-20]]
    (raw / "reuters21578.jsonl").write_text("".join(changed), encoding="utf-8")
    shutil.copy(raw / "peoplesdaily.jsonl", raw / "peoplesdaily-again.jsonl")  # duplicates
    reused = rebuild_both(raw, out, tmp_path, batch_size=700)
    assert reused > 0


def test_a_release_whose_content_comes_back_is_updated_from_soundly(raw: Path,
                                                                    tmp_path: Path) -> None:
    """The tables go back to an older release's (A -> B -> A): that is a new release, made
    from B, whose tables are A's; the next run copies rows from it and narrows the database
    update to the articles it made afresh."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    older = (out / "latest").resolve()
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    rebuild_both(raw, out, tmp_path, batch_size=5)
    (raw / "c-late.jsonl").unlink()
    rebuild_both(raw, out, tmp_path, batch_size=5)
    first = (out / "latest").resolve()
    assert first != older
    assert (json.loads((first / "release.json").read_text())["content_sha256"]
            == json.loads((older / "release.json").read_text())["content_sha256"])
    records = [invented_article(n) for n in range(12)]
    records[5] = invented_article(5, twist=" in fog")
    write_feed(raw / "a-wire.jsonl", records)
    assert rebuild_both(raw, out, tmp_path, batch_size=5) == 12
    info = json.loads(((out / "latest").resolve() / "release.json").read_text())
    assert info["previous"] == first.name


def test_a_kept_tally_that_goes_away_during_the_run_still_gives_the_full_rebuilds_tables(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run decides to update the speakers table from the kept tally when it starts; the
    file going away before the batches are done (a cache cleared by hand) must not leave it
    ranking only the speakers of the rows made afresh."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    write_batch = batches.write_batch

    def clearing_the_cache(*args: object, **kwargs: object) -> None:
        (out / ARROW_FOLDER / SPEAKER_TALLY_COPY).unlink(missing_ok=True)
        write_batch(*args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(batches, "write_batch", clearing_the_cache)
        build_dataset(raw, out, incremental=True, batch_size=5)
    assert_like_a_full_rebuild(raw, out, tmp_path / "full", batch_size=5)


def count_csv_copies(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From here on, the byte count of each CSV piece copied from the latest release (-1:
    refused, encoded instead), in the list returned."""
    copied: list[int] = []
    read = chunks.CsvBytes.read

    def counted(self: chunks.CsvBytes) -> bytes | None:
        data = read(self)
        copied.append(-1 if data is None else len(data))
        return data

    monkeypatch.setattr(chunks.CsvBytes, "read", counted)
    return copied


def test_replayed_chunks_copy_their_csv_rows_as_recorded(raw: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         ) -> None:
    """A replayed chunk's CSV rows are the latest release's bytes, copied: each chunk
    record says where its rows are in the release's CSV files, and those bytes parse as
    exactly its rows (quoted commas, quotes and a formula-like text included)."""
    tricky = dict(invented_article(60), title='=SUM(A1) "quoted", title')
    write_feed(raw / "c-tricky.jsonl", [tricky])
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    copied = count_csv_copies(monkeypatch)
    write_feed(raw / "d-late.jsonl", [invented_article(61)])
    assert rebuild_both(raw, out, tmp_path, batch_size=5) == 14
    assert copied and min(copied) >= 0 and sum(copied) > 0  # every replayed piece copied
    index = json.loads((out / INDEX_FILE).read_text(encoding="utf-8"))
    latest = (out / "latest").resolve()
    for name in ("articles", "sentences", "statements"):
        data = (latest / f"{name}.csv").read_bytes()
        header = data[:data.index(b"\n") + 1]
        whole = pacsv.read_csv(latest / f"{name}.csv")
        table = whole.to_pylist()
        typed = pacsv.ConvertOptions(column_types=whole.schema)
        seen = 0
        for record in index["chunks"].values():
            first, count = record["rows"][name]
            start, length = record["csv"][name]
            rows = pacsv.read_csv(pa.py_buffer(header + data[start:start + length]),
                                  convert_options=typed)
            assert rows.to_pylist() == table[first:first + count], name
            seen += count
        assert seen == len(table)


def test_a_changed_csv_file_of_the_latest_release_is_not_copied(raw: Path,
                                                                tmp_path: Path) -> None:
    """The records' byte spans hold for the CSV files they were made with: a file changed
    since (here rewritten with a word altered, same length: rows stay where they were)
    has its rows encoded again."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    csv = (out / "latest").resolve() / "articles.csv"
    csv.write_bytes(csv.read_bytes().replace(b"Lowmarsh", b"Lowmarch"))
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    rebuild_both(raw, out, tmp_path, batch_size=5)
    assert b"Lowmarch" not in (out / "latest" / "articles.csv").read_bytes()


def test_csv_bytes_that_are_not_whole_rows_are_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b'"a"\n"x"\n"y"\n')
    assert chunks.CsvBytes(path, 4, 8).read() == b'"x"\n"y"\n'
    assert chunks.CsvBytes(path, 5, 7).read() is None  # starts inside a row
    assert chunks.CsvBytes(path, 4, 6).read() is None  # ends inside one
    assert chunks.CsvBytes(path, 4, 9).read() is None  # beyond the file
    assert chunks.CsvBytes(tmp_path / "gone.csv", 4, 4).read() is None


def test_a_csv_file_changed_before_a_run_that_keeps_the_release_is_not_copied_later(
        raw: Path, tmp_path: Path) -> None:
    """A run whose tables are those of the latest release keeps that release (its staging
    folder is discarded): the spans it records were measured in its own CSV files, so they
    hold for the kept files only when those are still the ones recorded before. Here the
    kept articles.csv was altered before that run (same length): the next run encodes its
    rows again instead of copying the altered bytes."""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    first = (out / "latest").resolve()
    csv = first / "articles.csv"
    csv.write_bytes(csv.read_bytes().replace(b"Lowmarsh", b"Lowmarch"))
    build_dataset(raw, out, incremental=True, batch_size=5)
    assert (out / "latest").resolve() == first  # same tables: the release was kept
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    rebuild_both(raw, out, tmp_path, batch_size=5)
    assert b"Lowmarch" not in (out / "latest" / "articles.csv").read_bytes()


def test_a_run_that_keeps_the_release_keeps_its_csv_rows_copyable(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(and when the kept files are unchanged, the run after still copies their rows)"""
    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5)
    build_dataset(raw, out, incremental=True, batch_size=5)
    copied = count_csv_copies(monkeypatch)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    rebuild_both(raw, out, tmp_path, batch_size=5)
    assert copied and min(copied) >= 0 and sum(copied) > 0


def test_a_feed_named_like_a_raw_file_does_not_lend_it_its_csv_rows(raw: Path,
                                                                    tmp_path: Path) -> None:
    """A downloaded feed's chunk paths read feeds/<name>.jsonl, relative to the landing
    folder: a raw file at that same path (an archived copy of the feed, say) whose chunk
    has the same offset and length has the same chunk key. The feed's CSV rows, written
    after, must not be recorded as that raw chunk's: the next run would copy the feed's
    rows in place of the raw file's."""
    url = "https://feeds.invented.example/wire.jsonl"
    archive = raw / "feeds"
    archive.mkdir()
    write_feed(archive / feed_name(url), [invented_article(n) for n in range(70, 73)])

    def fetch(feed_url: str, landing: Path) -> Path:  # today's feed: as long, other stories
        target = landing / feed_name(feed_url)
        write_feed(target, [invented_article(n) for n in range(74, 77)])
        return target

    out = tmp_path / "out"
    build_dataset(raw, out, incremental=True, batch_size=5, feed_urls=(url,), fetch=fetch)
    write_feed(raw / "c-late.jsonl", [invented_article(50)])
    build_dataset(raw, out, incremental=True, batch_size=5, feed_urls=(url,), fetch=fetch)
    build_dataset(raw, tmp_path / "full", batch_size=5, feed_urls=(url,), fetch=fetch)
    assert_same_tables((out / "latest").resolve(), tmp_path / "full" / "latest")
