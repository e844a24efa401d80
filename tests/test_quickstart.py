"""The README's two quickstart commands and the documented command line stay true."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from schemas import TABLES
from tests.conftest import REPO

TABLE_NAMES = [spec.name for spec in TABLES]


def quickstart_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Quickstart\s*\n+```[a-z]*\n(.*?)```", readme, re.M | re.S)
    assert match, "README has no '## Quickstart' heading followed by a fenced block"
    return [line.strip() for line in match.group(1).splitlines() if line.strip()]


def test_quickstart_is_two_commands_run_then_test() -> None:
    run, test = quickstart_commands()
    assert run == "make run" and test == "make test"
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^run: install\n\t\$\(PY\) -m flows run --raw-dir raw --output-dir output",
                     makefile, re.M)
    assert re.search(r"^test: install\n\t\$\(PY\) -m pytest\n", makefile, re.M)


def test_ci_runs_the_readme_test_command() -> None:
    _, test = quickstart_commands()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(test)}\b", ci, re.M)


def test_documented_options_exist() -> None:
    from flows.cli import build_parser

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    run = build_parser()._subparsers._group_actions[0].choices["run"]  # type: ignore[union-attr]
    options = {o for action in run._actions for o in action.option_strings} - {"-h", "--help"}
    documented = set(re.findall(r"^\| `(--[a-z-]+)`", readme, re.M))
    assert options == documented


def check_release(latest: Path) -> None:
    for name in TABLE_NAMES:
        parquet = pq.read_table(latest / f"{name}.parquet")
        lines = (latest / f"{name}.csv").read_text(encoding="utf-8").count("\n")
        assert parquet.num_rows >= 0 and lines >= 1, name
    assert pq.read_table(latest / "statements.parquet").num_rows == 13


@pytest.mark.slow
def test_quickstart_run_command_builds_the_sample_release() -> None:
    run, _ = quickstart_commands()
    done = subprocess.run(run, shell=True, cwd=REPO, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    check_release(REPO / "output" / "latest")


@pytest.mark.slow
def test_cli_runs_the_prefect_flow_with_clean_output(tmp_path: Path) -> None:
    raw = tmp_path / "raw dir"
    raw.mkdir()
    (raw / "sample.txt").write_bytes((REPO / "raw" / "wuzhen-digital-cooperation.txt")
                                     .read_bytes())
    done = subprocess.run([sys.executable, "-m", "flows", "run", "--raw-dir", str(raw),
                           "--output-dir", str(tmp_path / "out")], cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "published" in done.stdout
    assert "Traceback" not in done.stderr and "database is locked" not in done.stderr
    check_release(tmp_path / "out" / "latest")


def test_run_help_gives_the_settings_defaults() -> None:
    from flows.cli import build_parser
    from flows.settings import Settings

    run = build_parser()._subparsers._group_actions[0].choices["run"]  # type: ignore[union-attr]
    helps = {a.dest: a.help or "" for a in run._actions}
    defaults = Settings()
    for dest in ("raw_dir", "output_dir", "batch_size", "max_reject_share"):
        assert f"default: {getattr(defaults, dest)}" in helps[dest], dest
    # a share, not a count; one task run per batch (read_and_analyse), not per step
    assert "share" in helps["max_reject_share"]
    assert "per step" not in helps["batch_size"]
    assert all(s in helps["raw_dir"] for s in (".ndjson", ".htm", ".gz"))


def test_top_level_help_is_plain_text_with_the_exit_codes() -> None:
    from flows.cli import build_parser

    text = build_parser().format_help()
    assert "``" not in text  # was the module docstring, reStructuredText marks and all
    assert all(f"{code} " in text for code in ("0", "1", "2", "3")) and "exit codes" in text
