"""Attribution compiled by mypyc (flows/native.py): in use after `make install`, the same
statements as the Python source, and never stale after an edit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

INVENTED = """\
"We will open the bridge in May," said Ann Lee, the mayor of Eastport. She added that the \
tolls would stay low.

Tom Hall, a spokesman for the Harbour Authority, told reporters the plan was sound. \
According to the authority, 40 ships use the port each day.

The ministry said in a statement on Tuesday that it would review the rules. "It is too \
early," an official said, declining to be named.

Critics argued the deal was rushed, while the company insisted it had followed every law.
"""

DUMP = """
import dataclasses, json, sys
from flows import native
from flows.attribution import attribute_statements
from flows.records import Article
from flows.segment import segment_sentences
rows = []
for i, path in enumerate(sys.argv[1:]):
    article = Article.from_text(open(path, encoding="utf-8").read(), article_id=str(i))
    rows += [dataclasses.asdict(s) for s in attribute_statements(article,
             segment_sentences(article))]
print(json.dumps({"status": native.status, "rows": rows}, sort_keys=True, default=str))
"""


def dump(*texts: Path, root: Path = REPO, native: str = "1") -> dict[str, object]:
    env = {**os.environ, "WHO_SAID_WHAT_NATIVE": native, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", DUMP, *map(str, texts)], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    result["stderr"] = done.stderr
    return result


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("native") / "invented.txt"
    path.write_text(INVENTED, encoding="utf-8")
    return path


def test_make_install_compiled_attribution(invented: Path) -> None:
    status = dump(invented)["status"]
    assert status == "compiled", (
        f"attribution runs from source ({status}): `make install` compiles it with mypyc "
        "(a C compiler is needed: apt-get install gcc)")


def test_compiled_and_source_give_the_same_statements(invented: Path) -> None:
    sample = REPO / "raw" / "wuzhen-digital-cooperation.txt"
    compiled, source = dump(sample, invented), dump(sample, invented, native="0")
    assert (compiled["status"], source["status"]) == ("compiled", "switched off")
    assert len(compiled["rows"]) >= 13 + 6  # type: ignore[arg-type]
    assert compiled["rows"] == source["rows"]


def test_an_edited_source_runs_instead_of_its_stale_compiled_module(
    invented: Path, tmp_path: Path
) -> None:
    shutil.copytree(REPO / "flows", tmp_path / "flows",
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = dump(invented, root=tmp_path)
    assert before["status"] == "compiled"
    spans = tmp_path / "flows" / "attribution" / "spans.py"
    spans.write_text(spans.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    after = dump(invented, root=tmp_path)
    assert after["status"] == "out of date: spans.py"
    assert "runs from the Python source (out of date: spans.py)" in str(after["stderr"])
    assert after["rows"] == before["rows"]
