"""Shared fixtures: paths of the repo and of ../shared, and a built release of the sample."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "raw" / "wuzhen-digital-cooperation.txt"
SEED_GOLD = SHARED / "gold" / "seed" / "seed.json"
POLNEAR_DEV = SHARED / "gold" / "polnear" / "dev.jsonl"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "eval" / "score_statements.py"


def need(path: Path) -> Path:
    """Skip the calling test, saying why, when a file of ../shared is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path


@contextmanager
def file_server(output: Path) -> Iterator[int]:
    """The real `serve-files` server on output/, in a thread on a free loopback port."""
    from flows.publish.server import make_server

    server = make_server(output, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def sample_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """output/latest of a plain (no Prefect) run over raw/ (the sample article)."""
    from flows.pipeline import build_dataset

    output = tmp_path_factory.mktemp("sample-output")
    build_dataset(REPO / "raw", output)
    return output / "latest"


@pytest.fixture(scope="session")
def two_releases(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An output folder with two releases of invented articles (see publish_fixtures.py)."""
    from publish_fixtures import build_two_releases

    return build_two_releases(tmp_path_factory.mktemp("two-releases"))
