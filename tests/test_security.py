"""Security: nobody gets in. The file server serves nothing outside output/; CSV cells never
start a spreadsheet formula; no input makes the flow write outside its output folder; no
shell is ever started, so no input-derived string can reach one.
"""

from __future__ import annotations

import csv
import hashlib
import http.client
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.pipeline import build_dataset
from flows.release import acquire_lock
from flows.writer import FORMULA_PREFIXES, csv_safe
from tests.conftest import file_server

REPO = Path(__file__).resolve().parents[1]
SECRET = "secret-4e1d-never-served"
EVIL = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
        "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"]


def write_evil_raw(raw: Path) -> None:
    """Inputs whose ids, names and fields try to escape the output folder or run formulas."""
    raw.mkdir(parents=True, exist_ok=True)
    records = [{"id": "../../escape", "title": EVIL[0], "author": EVIL[3],
                "text": f"{EVIL[0]} the clerk said. “{EVIL[6]}” is what she typed, she said."},
               {"id": "/etc/cron.d/x", "publisher": EVIL[1],
                "text": f"{EVIL[2]} officials said the tally was wrong."},
               {"id": "..", "text": "Trust me, the dots said."},
               {"id": "$(touch pwned)", "text": "`touch pwned` and ; rm -rf / said the shell."}]
    (raw / "evil.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                    encoding="utf-8")
    (raw / "=1+1.txt").write_text("Formula name\n\n@here the mayor said hello.\n",
                                  encoding="utf-8")
    (raw / "$(touch pwned2).txt").write_text("Shell name\n\nThe shell said hi.\n",
                                             encoding="utf-8")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            if p.is_file() and not p.is_symlink() else "dir-or-link"
            for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def evil_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("evil")
    raw, output = base / "raw", base / "work" / "output"
    write_evil_raw(raw)
    (base / "outside").mkdir()
    before = snapshot(raw)
    build_dataset(raw, output, max_reject_share=1.0)
    assert snapshot(raw) == before  # raw/ is input only
    return base, raw, output


def test_no_input_writes_outside_the_output_folder(evil_run: tuple[Path, Path, Path]) -> None:
    base, raw, output = evil_run
    outside = {p.relative_to(base).as_posix() for p in base.rglob("*")
               if not p.is_relative_to(output)}
    assert outside == {"raw", "raw/evil.jsonl", "raw/=1+1.txt", "raw/$(touch pwned2).txt",
                       "work", "outside"}
    assert not list(REPO.glob("pwned*")) and not Path("/etc/cron.d/x").exists()
    root = output.resolve()
    for path in output.rglob("*"):  # no name under output/ comes from an input
        rel = path.relative_to(output).as_posix()
        assert not re.search(r"escape|cron|pwned|touch|=1|evil|\.\.|\$", rel), rel
        assert path.resolve().is_relative_to(root), path


def test_csv_cells_never_start_a_formula(evil_run: tuple[Path, Path, Path]) -> None:
    latest = evil_run[2] / "latest"
    cells = 0
    for table in latest.glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    cells += 1
                    assert not cell.startswith(FORMULA_PREFIXES) or re.fullmatch(
                        r"-?\d+(\.\d+)?(e-?\d+)?", cell), (table.name, cell)
    assert cells > 100
    with (latest / "articles.csv").open(encoding="utf-8", newline="") as handle:
        titles = {row["title"] for row in csv.DictReader(handle)}
    assert "'" + EVIL[0] in titles  # neutralised, not dropped


@pytest.mark.parametrize("value", EVIL)
def test_csv_safe_neutralises_each_formula_prefix(value: str) -> None:
    assert csv_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "'=already quoted", "a=b", " =not first", "", 42,
                                   None, -3.5])
def test_csv_safe_leaves_other_values_alone(value: object) -> None:
    assert csv_safe(value) == value


def test_a_planted_lock_symlink_is_refused_and_its_target_kept(tmp_path: Path) -> None:
    output, victim = tmp_path / "output", tmp_path / "victim.txt"
    output.mkdir()
    victim.write_text("precious", encoding="utf-8")
    (output / ".lock").symlink_to(victim)
    with pytest.raises(OSError, match="symlink"):
        acquire_lock(output)
    assert victim.read_text(encoding="utf-8") == "precious"


def test_a_planted_releases_symlink_is_refused(tmp_path: Path) -> None:
    raw, output, elsewhere = tmp_path / "raw", tmp_path / "output", tmp_path / "elsewhere"
    write_evil_raw(raw)
    output.mkdir()
    elsewhere.mkdir()
    (output / "releases").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OSError, match="releases is a symlink"):
        build_dataset(raw, output, max_reject_share=1.0)
    assert list(elsewhere.iterdir()) == []
    assert not list(output.glob(".staging-*"))


SHELL_CALLS = re.compile(r"shell\s*=\s*True|os\.system\(|os\.popen\(|subprocess\.getoutput|"
                         r"subprocess\.getstatusoutput|commands\.getoutput|pty\.spawn|"
                         r"os\.exec\w*\(|os\.spawn\w*\(")


def test_no_shell_is_ever_started() -> None:
    """flows/ never starts a shell, so no input-derived string can reach one."""
    sources = sorted((REPO / "flows").rglob("*.py"))
    assert len(sources) > 10
    offenders = [f"{p.relative_to(REPO)}:{i}: {line.strip()}" for p in sources
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if SHELL_CALLS.search(line)]
    assert offenders == []


def test_the_shell_check_catches_a_shell_call() -> None:
    assert SHELL_CALLS.search('subprocess.run(f"gzip {path}", shell=True)')
    assert SHELL_CALLS.search("os.system('ls ' + name)")
    assert not SHELL_CALLS.search("subprocess.run(['gzip', path])")


# --- the file server (python -m flows serve-files) --------------------------------------

@pytest.fixture(scope="module")
def served(evil_run: tuple[Path, Path, Path]) -> Iterator[tuple[int, Path]]:
    base, _, output = evil_run
    (base / "outside" / "secret.txt").write_text(SECRET, encoding="utf-8")
    (base / "work" / "secret.txt").write_text(SECRET, encoding="utf-8")  # output's parent
    link = output / "escape"
    if not link.exists():
        link.symlink_to(base / "outside", target_is_directory=True)
    try:
        with file_server(output) as port:
            yield port, output
    finally:
        link.unlink()


def request(port: int, path: str, method: str = "GET") -> tuple[int, bytes]:
    """Send the request target exactly as given (no client-side normalisation)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


TRAVERSALS = [
    "/../secret.txt", "/../outside/secret.txt", "/latest/../../secret.txt",
    "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/latest/%2e%2e/%2e%2e/secret.txt",
    "/%252e%252e/secret.txt", "/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
    "/%c0%ae%c0%ae/secret.txt", "/%00/../secret.txt", "/secret.txt%00.csv",
    "//../secret.txt", "/./../secret.txt", "/escape/secret.txt", "/escape/%2e/secret.txt",
    "/.lock", "/.%6cock", "/releases/../.lock", "/etc/passwd", "//etc/passwd",
    "http://127.0.0.1/../secret.txt", "/" + "../" * 50 + "etc/passwd",
    pytest.param("/latest/" + "a" * 5000, id="name-too-long"),  # fixed in 5e6438d
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_the_file_server_refuses_path_traversal(served: tuple[int, Path], path: str) -> None:
    status, body = request(served[0], path)
    assert status in (400, 403, 404, 414), status
    assert SECRET.encode() not in body and b"root:" not in body and b"pid " not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_the_file_server_only_reads(served: tuple[int, Path], method: str) -> None:
    before = snapshot(served[1])
    status, _ = request(served[0], "/latest/articles.csv", method)
    assert status in (405, 501)
    assert snapshot(served[1]) == before


def test_the_file_server_serves_the_release(served: tuple[int, Path]) -> None:
    status, body = request(served[0], "/latest/articles.csv")
    assert status == 200
    assert body == (served[1] / "latest" / "articles.csv").read_bytes()


def test_planted_symlinks_for_every_output_name_are_not_written_through(
        evil_run: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """Whatever a run writes at the top of output/, a symlink planted there in its place
    leads nowhere: the victim file or folder outside is left as it was."""
    names = sorted(p.name for p in evil_run[2].iterdir() if p.name not in (
        ".lock", "releases", "latest"))  # those three have tests of their own
    assert len(names) >= 2
    output, victims = tmp_path / "output", tmp_path / "victims"
    output.mkdir()
    victims.mkdir()
    for name in names:
        victim = victims / name
        if (evil_run[2] / name).is_dir():
            victim.mkdir()
        else:
            victim.write_text("precious", encoding="utf-8")
        (output / name).symlink_to(victim)
    before = snapshot(victims)
    with pytest.raises(OSError, match="is a symlink to"):
        build_dataset(evil_run[1], output, max_reject_share=1.0)
    assert snapshot(victims) == before
