"""Hostile input: whatever arrives, the run completes and every input is accounted for.

Each kind of hostile input is written under ``raw/<kind>/`` of one temporary raw folder (never
a committed fixture) and the whole suite goes through one plain-mode run. A kind's expected
outcome is exact: how many of its articles are in the dataset, and which checks reject the
rest. A separate test checks the accounting invariant over the whole suite: every input file
and every record is in ``articles`` or ``rejects``, and the counts add up.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from flows.pipeline import RunSummary, build_dataset

REPO = Path(__file__).resolve().parents[1]
ROOT = os.geteuid() == 0
TINY_ARTICLES = 1_000  # the fast suite; test_hundred_thousand_tiny_articles runs 100,000
HUGE_ARTICLE_BYTES = 50 * 1024 * 1024
NEWS = ("The mayor, Ann Lee, said the new bridge over the {w} river would open in May. "
        "“We are ready for the traffic,” she told reporters on Monday.")

Writer = Callable[[Path, Path], None]  # (the kind's folder in raw/, a folder outside raw/)


@dataclass(frozen=True)
class Kind:
    name: str
    write: Writer
    expect: dict[str, int]  # "articles" -> rows in the dataset; check name -> rejects
    records: int  # records (articles) the kind's files hold; a refused file counts one
    # mutations applied after planning and before the first batch is read (file changes)
    during_run: Callable[[Path], None] | None = None
    needs: str = ""  # "" | "fifo" | "non-root"
    notes: str = ""


def news(word: str) -> str:
    """A short article that is unique to the kind (so no kind is another's duplicate)."""
    return NEWS.format(w=word)


def files(**named: bytes | str) -> Writer:
    """Write files named by keyword (``__`` in a name becomes a space: ``a__b_txt``)."""

    def write(folder: Path, outside: Path) -> None:
        for name, data in named.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, str):
                data = data.encode("utf-8")
            target.write_bytes(data)

    return write


def one(filename: str, data: bytes | str) -> Writer:
    return files(**{filename: data})


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def write_huge(folder: Path, outside: Path) -> None:
    line = ("The committee said the huge report was long. " * 20 + "\n\n").encode()
    with (folder / "huge.txt").open("wb") as handle:
        for _ in range(HUGE_ARTICLE_BYTES // len(line) + 1):
            handle.write(line)


def write_tiny(n: int) -> Writer:
    def write(folder: Path, outside: Path) -> None:
        with (folder / "tiny.jsonl").open("w", encoding="utf-8") as handle:
            for i in range(n):
                handle.write(json.dumps({"id": f"tiny-{i}", "text": f"Tiny item {i} is here."})
                             + "\n")

    return write


def symlink_outside(folder: Path, outside: Path) -> None:
    secret = outside / "secret.txt"
    secret.write_text(news("secret"), encoding="utf-8")
    (folder / "escape.txt").symlink_to(secret)


def symlink_dir_outside(folder: Path, outside: Path) -> None:
    (outside / "elsewhere").mkdir()
    (outside / "elsewhere" / "story.txt").write_text(news("elsewhere"), encoding="utf-8")
    (folder / "linked").symlink_to(outside / "elsewhere", target_is_directory=True)


def symlink_dangling(folder: Path, outside: Path) -> None:
    (folder / "dangling.txt").symlink_to(folder / "never-existed.txt")


def symlink_loop(folder: Path, outside: Path) -> None:
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")


def fifo(folder: Path, outside: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def unreadable(folder: Path, outside: Path) -> None:
    path = folder / "locked.txt"
    path.write_text(news("locked"), encoding="utf-8")
    path.chmod(0)


def deep_html(depth: int) -> bytes:
    body = "<p>The senator said the vote on the river bill would be held on Tuesday.</p>" * 8
    return f"<html><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>".encode()


def entity_bomb() -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?><!DOCTYPE html [' + "".join(entities) + "]>"
            "<html><body><article><p>&lol9;</p>"
            + "<p>The governor said the harbour plan would go ahead next spring.</p>" * 6
            + "</article></body></html>").encode()


def gzip_bomb() -> bytes:
    return gzip.compress(b"<html><body>" + b" " * (300 * 1024 * 1024) + b"</body></html>",
                         compresslevel=9)


KINDS: list[Kind] = [
    Kind("empty_file", one("empty.txt", b""), {"empty": 1}, 1),
    Kind("whitespace_only", one("blank.txt", " \n\t\r\n \u3000 \n"), {"empty": 1}, 1),
    Kind("binary", one("noise.txt", random.Random(8).randbytes(4096)),
         {"binary": 1}, 1),
    Kind("nul_bytes_late", one("nul.txt", news("nul") * 200 + "\x00 after" + news("x")),
         {"binary": 1}, 1, notes="a NUL after the first 8 KiB is still found"),
    Kind("utf16_bom", one("utf16.txt", codecs.BOM_UTF16_LE + news("utf16").encode("utf-16-le")),
         {"articles": 1}, 1),
    Kind("utf16_no_bom", one("utf16nobom.txt", news("utf16nobom").encode("utf-16-le")),
         {"binary": 1}, 1, notes="NUL bytes: UTF-16 without a BOM is not guessed"),
    Kind("cp1252", one("cp1252.txt", news("cp1252").encode("cp1252")), {"articles": 1}, 1),
    Kind("latin1_ambiguous", one("latin1.txt", "Le maire a dit: « déjà là ».".encode("latin-1")),
         {"not_utf8": 1}, 1),
    Kind("mojibake", one("mojibake.txt", "The mayor said itâ€™s done and weâ€™re ready for the "
                         "cafÃ© opening on the mojibake river."), {"articles": 1}, 1),
    Kind("huge_article_50mb", write_huge, {"too_long": 1}, 1),
    Kind("one_character", one("x.txt", "x"), {"articles": 1}, 1),
    Kind("tiny_articles", write_tiny(TINY_ARTICLES), {"articles": TINY_ARTICLES}, TINY_ARTICLES),
    Kind("unclosed_quote", one("unclosed.txt", "“We will never stop, the coach said. " * 3),
         {"articles": 1}, 1),
    Kind("nested_quotes", one("nested.txt", "“He told me ‘never say “never” again’ and left,”"
                              " the nested witness said. 'And \"so\" on,' she added."),
         {"articles": 1}, 1),
    Kind("quotes_only", one("quotes.txt", "“”‘’\"\"''«»「」" * 500), {"articles": 1}, 1),
    Kind("no_punctuation", one("nopunct.txt", " ".join(["word"] * 5000) + " the end"),
         {"articles": 1}, 1),
    Kind("very_long_sentence", one("longsentence.txt",
                                   "The official said that " + "the plan, " * 100_000 + "works."),
         {"articles": 1}, 1),
    Kind("long_paragraph", one("longpara.txt", " ".join(news(f"p{i}") for i in range(1500))),
         {"articles": 1}, 1, notes="3,000 sentences, no blank line (segmenting it was "
         "quadratic before cc342b1)"),
    Kind("rtl_text", one("rtl.txt", "قال الوزير إن «الخطة ستنجح» يوم الاثنين.\n\n"
                                    "אמר השר כי ”התוכנית תצליח“ ביום שני. \u202eevil\u202c"),
         {"articles": 1}, 1),
    Kind("cjk_text", one("cjk.txt", "外交部发言人说：「我们坚决反对。」\n\n"
                                    "東京の市長は「橋は五月に開通する」と述べた。"),
         {"articles": 1}, 1),
    Kind("emoji_combining", one("emoji.txt", "The fan 👩‍👩‍👧‍👦 said “we won 🎉🏳️‍🌈”. "
                                "Ze\u0301\u0301\u0301\u0308\u0308 Zalgo s\u0336a\u0336i\u0336d"
                                " so. 🇺🇳"),
         {"articles": 1}, 1),
    Kind("zero_width", one("zw.txt", "The\u200b mayor\u200c said\u200d “yes\u2060”.\ufeff "
                           + news("zerowidth")), {"articles": 1}, 1),
    Kind("control_chars", one("ctrl.jsonl", jsonl({"id": "ctrl", "text": "The \x01chief\x7f "
                                                   "said \x1b[31m“red”\x85 today.\u0000"})),
         {"articles": 1}, 1),
    Kind("crlf_and_cr", one("crlf.txt", news("crlf").replace(". ", ".\r\n\r\n") + "\rEnd."),
         {"articles": 1}, 1),
    Kind("utf8_bom", one("bom.txt", codecs.BOM_UTF8 + news("bom").encode()), {"articles": 1}, 1),
    Kind("front_matter_only", one("titleonly.txt", "A headline\n\n| Wire\n\n[Photo/Agency]\n"),
         {"empty_body": 1}, 1),
    Kind("broken_html", one("broken.html", "<html><body><article><p>The chief said the "
                            "<b>river <i>bridge</b> would open</p><p>" + news("broken") * 5
                            + "<div><span>unclosed"), {"articles": 1}, 1),
    Kind("html_no_text", one("script.html", "<html><script>alert(1)</script></html>"),
         {"no_article_text": 1}, 1),
    Kind("html_bomb_deep_nesting", one("deep.html", deep_html(100_000)),
         {"no_article_text": 1}, 1, notes="libxml2 stops at its depth limit: the text below "
         "100,000 tags is not read"),
    Kind("html_nesting_within_limit", one("shallow.html", deep_html(200)), {"articles": 1}, 1),
    Kind("xml_entity_bomb", one("lol.html", entity_bomb()), {"articles": 1}, 1,
         notes="entities are never expanded"),
    Kind("gzip_broken", one("broken.html.gz", gzip.compress(b"<html>" * 100)[:-20]),
         {"bad_gzip": 1}, 1),
    Kind("gzip_bomb", one("bomb.html.gz", gzip_bomb()), {"too_long": 1}, 1),
    Kind("jsonl_bad_line_in_middle", one("feed.jsonl", jsonl({"id": "ok-1", "text": news("a1")})
                                         + b'{"id": "broken", "text": "unterminated\n'
                                         + jsonl({"id": "ok-2", "text": news("a2")})),
         {"articles": 2, "bad_json": 1}, 3),
    Kind("jsonl_blank_lines_only", one("blanks.jsonl", "\n \n\t\n"), {"empty": 1}, 1),
    Kind("jsonl_empty_file", one("nothing.jsonl", b""), {"empty": 1}, 1),
    Kind("jsonl_not_object", one("list.jsonl", '[1, 2, 3]\n"text"\nnull\n'), {"bad_record": 3}, 3),
    Kind("jsonl_missing_text", one("notext.jsonl", jsonl({"id": "nt-1", "title": "No body"},
                                                        {"id": "nt-2", "text": 42},
                                                        {"id": "nt-3", "text": "  "})),
         {"missing_text": 3}, 3),
    Kind("jsonl_deep_nesting", one("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n"
                                   + jsonl({"id": "after-deep", "text": news("deep")})),
         {"bad_json": 1, "articles": 1}, 2),
    Kind("jsonl_huge_number", one("bigint.jsonl", b'{"id": 1' + b"0" * 5000
                                  + b', "text": "Numbers said so."}\n'), {"bad_json": 1}, 1),
    Kind("jsonl_lone_surrogate", one("surrogate.jsonl", b'{"id": "sur", "text": "He said '
                                     b'\\"hi \\ud800\\" today."}\n'
                                     + jsonl({"id": "sur-ok", "text": news("surrogate")})),
         {"bad_unicode": 1, "articles": 1}, 2),
    Kind("jsonl_invalid_utf8_line", one("badbytes.jsonl", jsonl({"id": "u1", "text": news("u1")})
                                        + b'{"id": "u2", "text": "caf\xe9 \xff\xfe"}\n'),
         {"articles": 1, "not_utf8": 1}, 2),
    Kind("duplicate_ids_different_text", one("dupid.jsonl", jsonl(
        {"id": "same-id", "text": news("first")}, {"id": "same-id", "text": news("second")})),
         {"articles": 1, "duplicate_id": 1}, 2),
    Kind("duplicate_text_different_ids", one("duptext.jsonl", jsonl(
        {"id": "copy-1", "text": news("copy")}, {"id": "copy-2", "text": news("copy")})),
         {"articles": 1, "duplicate_text": 1}, 2),
    Kind("id_path_traversal", one("traversal.jsonl", jsonl(
        {"id": "../../../etc/passwd", "text": news("traversal")},
        {"id": "/abs/path", "text": news("abs")}, {"id": "..", "text": news("dots")})),
         {"articles": 3}, 3),
    Kind("formula_injection", one("formula.jsonl", jsonl(
        {"id": "formula", "title": "=HYPERLINK(\"http://evil\",\"x\")", "author": "@SUM(1)",
         "text": "=cmd|' /C calc'!A0 the clerk said. " + news("formula")})),
         {"articles": 1}, 1),
    Kind("csv_no_text_column", one("notext.csv", "id,title\nc1,First\nc2,Second\n"),
         {"missing_text": 2}, 2),
    Kind("csv_header_only", one("header.csv", "id,text\n"), {"empty": 1}, 1),
    Kind("csv_huge_field", one("hugefield.csv", "id,text\nbig,\"" + (news("hugefield") + "\n\n")
                               * 1500 + "\"\n"), {"articles": 1}, 1,
         notes="a field above csv's 128 KiB default limit is read"),
    Kind("unsupported_format", one("report.pdf", b"%PDF-1.4 not an article"),
         {"unsupported_format": 1}, 1),
    Kind("symlink_outside_raw", symlink_outside, {"outside_raw_dir": 1}, 1),
    Kind("symlinked_dir_outside_raw", symlink_dir_outside, {"outside_raw_dir": 1}, 1),
    Kind("symlink_dangling", symlink_dangling, {"not_a_file": 1}, 1),
    Kind("symlink_loop", symlink_loop, {"not_a_file": 2}, 2),
    Kind("fifo", fifo, {"not_a_file": 1}, 1, needs="fifo"),
    Kind("unreadable_permissions", unreadable, {"unreadable": 1}, 1, needs="non-root",
         notes="as root chmod 000 does not stop reads: see test_unreadable_file_as_nobody"),
    Kind("file_disappears", one("vanishing.txt", news("vanishing")), {"read_error": 1}, 1,
         during_run=lambda folder: (folder / "vanishing.txt").unlink()),
    Kind("file_changes", one("changing.jsonl", jsonl({"id": "ch-1", "text": news("ch1")},
                                                     {"id": "ch-2", "text": news("ch2")})),
         {"changed_during_run": 1}, 1,
         during_run=lambda folder: (folder / "changing.jsonl").write_bytes(
             jsonl({"id": "ch-3", "text": news("ch3") * 3}))),
    Kind("name_with_spaces", one("a story with spaces.txt", news("spaces")), {"articles": 1}, 1),
    Kind("name_with_newline", one("line\nbreak.txt", news("newline")), {"articles": 1}, 1),
    Kind("name_non_ascii", one("Zürich – 北京 ✓.txt", news("nonascii")), {"articles": 1}, 1),
    Kind("name_formula", one("=1+1.txt", news("formulaname")), {"articles": 1}, 1),
    Kind("ids_distinct_after_sanitising", files(**{"a b.txt": news("collide1"),
                                                   "a-b.txt": news("collide2")}),
         {"articles": 2}, 2, notes="a rewritten id carries a hash of the name"),
]


def hostile_kinds() -> list[Kind]:
    usable = []
    for kind in KINDS:
        if kind.needs == "non-root" and ROOT:
            continue
        if kind.needs == "fifo" and not hasattr(os, "mkfifo"):
            continue
        usable.append(kind)
    return usable


def apply_during_run(mutations: list[Callable[[], None]]) -> Callable[[Any], Any]:
    """A ``step`` wrapper that changes input files after planning, before the first read."""

    def step(fn: Any) -> Any:
        if fn.__name__ not in ("read_batch", "read_and_clean", "read_and_analyse"):  # 1st read
            return fn

        def run(*args: Any, **kwargs: Any) -> Any:
            while mutations:
                mutations.pop()()
            return fn(*args, **kwargs)

        return run

    return step


@dataclass
class HostileRun:
    raw: Path
    output: Path
    summary: RunSummary
    kinds: list[Kind]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def build_hostile(base: Path, kinds: list[Kind]) -> HostileRun:
    raw, outside, output = base / "raw", base / "outside", base / "output"
    outside.mkdir(parents=True)
    mutations: list[Callable[[], None]] = []
    for kind in kinds:
        folder = raw / kind.name
        folder.mkdir(parents=True)
        kind.write(folder, outside)
        if kind.during_run:
            mutations.append(lambda f=folder, k=kind: k.during_run(f))  # type: ignore[misc]
    summary = build_dataset(raw, output, batch_size=500, max_reject_share=1.0,
                            step=apply_during_run(mutations))
    run = HostileRun(raw, output, summary, kinds)
    for name in ("articles", "rejects", "sentences", "statements"):
        run.tables[name] = pd.read_parquet(output / "latest" / f"{name}.parquet")
    return run


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileRun:
    return build_hostile(tmp_path_factory.mktemp("hostile"), hostile_kinds())


def kind_of(source_path: str) -> str:
    return source_path.split("/", 1)[0]


def outcomes(run: HostileRun) -> dict[str, Counter[str]]:
    """Per kind: "articles" -> rows published, check -> rejects of whole articles or files."""
    found: dict[str, Counter[str]] = {}
    for path in run.tables["articles"]["source_path"]:
        found.setdefault(kind_of(path), Counter())["articles"] += 1
    rejects = run.tables["rejects"]
    for path, check, table in zip(rejects["source_path"], rejects["check"], rejects["table"],
                                  strict=True):
        if table in (None, "articles") or pd.isna(table):
            found.setdefault(kind_of(path), Counter())[check] += 1
    return found


def test_the_hostile_suite_has_at_least_forty_kinds() -> None:
    assert len({k.name for k in KINDS}) == len(KINDS) >= 40


@pytest.mark.parametrize("kind", hostile_kinds(), ids=lambda k: k.name)
def test_each_kind_has_its_expected_outcome(hostile: HostileRun, kind: Kind) -> None:
    assert dict(outcomes(hostile).get(kind.name, Counter())) == kind.expect


def test_every_input_and_every_record_is_accounted_for(hostile: HostileRun) -> None:
    found = outcomes(hostile)
    for kind in hostile.kinds:
        assert sum(found.get(kind.name, Counter()).values()) == kind.records, kind.name
    rejects = hostile.tables["rejects"]
    article_rejects = rejects[rejects["table"].isna() | (rejects["table"] == "articles")]
    assert len(hostile.tables["articles"]) + len(article_rejects) == sum(
        k.records for k in hostile.kinds)
    # every file under raw/ (links included) is named by some row of articles or rejects
    named = set(hostile.tables["articles"]["source_path"]) | {
        re.sub(r":\d+$", "", p) for p in rejects["source_path"]}
    for path in sorted(hostile.raw.rglob("*")):
        rel = path.relative_to(hostile.raw).as_posix()
        if path.is_dir() and not path.is_symlink():
            continue
        assert rel in named or any(rel.startswith(n + "/") for n in named), rel
    # the summary agrees with the tables
    assert hostile.summary.rows["articles"] == len(hostile.tables["articles"])
    assert hostile.summary.rows["rejects"] == len(rejects)


def test_published_rows_keep_the_offsets_invariant(hostile: HostileRun) -> None:
    texts = dict(zip(hostile.tables["articles"]["article_id"], hostile.tables["articles"]["text"],
                     strict=True))
    for name, content in (("sentences", "text"), ("statements", "content")):
        frame = hostile.tables[name]
        for article, start, end, value in zip(frame["article_id"], frame["start"], frame["end"],
                                              frame[content], strict=True):
            assert texts[article][start:end] == value


def test_hostile_texts_come_out_clean(hostile: HostileRun) -> None:
    articles = hostile.tables["articles"].set_index("article_id")
    texts = "\n".join(articles["text"])
    assert "\x00" not in texts and "\u200b" not in texts and "\x1b" not in texts
    mojibake = articles[articles["source_path"].str.startswith("mojibake/")]["text"].iloc[0]
    assert "â€" not in mojibake and "it’s done" in mojibake and "café" in mojibake
    cp1252 = articles[articles["source_path"].str.startswith("cp1252/")]["text"].iloc[0]
    assert "“We are ready" in cp1252
    ids = set(articles.index)
    assert ids.isdisjoint({"../../../etc/passwd", "/abs/path", ".."})
    assert all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:\-]*", i) for i in ids)


@pytest.mark.slow
def test_hundred_thousand_tiny_articles_are_all_published(tmp_path: Path) -> None:
    kind = Kind("tiny_articles", write_tiny(100_000), {"articles": 100_000}, 100_000)
    run = build_hostile(tmp_path, [kind])
    assert dict(outcomes(run)["tiny_articles"]) == kind.expect
    assert run.tables["articles"]["article_id"].is_unique
    assert len(run.tables["sentences"]) == 100_000


NOBODY_RUN = """
import codecs, json, os, sys
from pathlib import Path
from flows.ingest import plan_batches, read_batch
for codec in ("utf-8-sig", "utf-16", "cp1252"):
    codecs.lookup(codec)  # codecs load lazily, from a folder nobody may not read
os.setgroups([])
os.setgid(65534)
os.setuid(65534)  # from here on this process is nobody (python itself may be root-only)
batches, rejects = plan_batches(Path(sys.argv[1]))
for batch in batches:
    rejects += read_batch(Path(sys.argv[1]), batch)[1]
print(json.dumps([[r.source_path, r.check, r.reason] for r in rejects]))
"""


def test_unreadable_file_as_nobody(tmp_path_factory: pytest.TempPathFactory) -> None:
    """chmod 000 stops only unprivileged users: as root, the reading process drops to nobody."""
    if not ROOT:
        pytest.skip("not root: the unreadable_permissions kind of the suite covers this")
    base = Path(f"/tmp/hostile-nobody-{os.getpid()}")  # pytest's tmp folders are root-only
    try:
        raw = base / "raw"
        raw.mkdir(parents=True)
        (raw / "open.txt").write_text(news("open"), encoding="utf-8")
        unreadable(raw, base)
        for folder in (base, raw):
            folder.chmod(0o755)
        done = subprocess.run([sys.executable, "-c", NOBODY_RUN, str(raw)], cwd=REPO,
                              capture_output=True, text=True, timeout=120)
    finally:
        subprocess.run(["rm", "-rf", str(base)], check=True)
    assert done.returncode == 0, done.stderr
    rejects = json.loads(done.stdout)
    assert [r[:2] for r in rejects] == [["locked.txt", "unreadable"]]
    assert "permission denied" in rejects[0][2]


@pytest.mark.parametrize("stage", ["segment", "attribute"])
def test_an_article_a_step_raises_on_is_rejected_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    """A bug met on one text (a step raising: injected here) costs that article, which is
    rejected with the error, not the run: the other articles are published."""
    from flows import steps

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "news.jsonl").write_text("".join(
        json.dumps({"id": f"bridge-{n}", "text": NEWS.format(w=f"river{n}")}) + "\n"
        for n in range(5)), encoding="utf-8")
    name = {"segment": "segment_sentences", "attribute": "attribute_statements"}[stage]
    real = getattr(steps, name)

    def raising_on_one(article: Any, *args: Any) -> Any:
        if article.article_id == "bridge-3":
            raise IndexError("list index out of range")
        return real(article, *args)

    monkeypatch.setattr(steps, name, raising_on_one)
    summary = build_dataset(raw, tmp_path / "out")
    latest = tmp_path / "out" / "latest"
    published = pd.read_csv(latest / "articles.csv")["article_id"].tolist()
    assert published == ["bridge-0", "bridge-1", "bridge-2", "bridge-4"]
    rejects = pd.read_csv(latest / "rejects.csv")
    assert rejects[["article_id", "stage", "check"]].values.tolist() == [
        ["bridge-3", stage, f"{stage}_error"]]
    assert "IndexError" in rejects["reason"][0]
    assert summary.articles_rejected == 1
