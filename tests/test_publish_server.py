"""serve-files: serves the output folder and refuses anything outside it."""

from __future__ import annotations

import http.client
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from publish_fixtures import Releases

from tests.conftest import file_server

REPO = Path(__file__).resolve().parents[1]
SECRET = "token-7f3a-outside-the-output-folder"


@pytest.fixture()
def served(two_releases: Releases, tmp_path: Path) -> Iterator[tuple[int, Path]]:
    output = shutil.copytree(two_releases.output, tmp_path / "output", symlinks=True)
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (output / "escape").symlink_to(tmp_path)  # a symlink that leads out of the folder
    with file_server(output) as port:
        yield port, output


def get(port: int, path: str) -> tuple[int, bytes]:
    """GET path exactly as given (no client-side normalisation of .. or %2e)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


@pytest.mark.parametrize("path", ["/index.html", "/", "/latest/index.html", "/latest/",
                                  "/latest/statements.csv", "/CHANGELOG.md"])
def test_files_inside_the_folder_are_served(served: tuple[int, Path], path: str) -> None:
    port, output = served
    status, body = get(port, path)
    assert status == 200
    local = output / path.lstrip("/")
    local = local / "index.html" if local.is_dir() else local
    assert body == local.read_bytes()


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/latest/../../secret.txt", "/%2e%2e/secret.txt", "/latest/%2E%2E/..%2Fx",
    "/escape/secret.txt", "/.lock", "/releases/", "/nope.csv", "/latest/" + "a" * 5000,
])
def test_paths_outside_the_folder_or_hidden_are_refused(served: tuple[int, Path],
                                                        path: str) -> None:
    status, body = get(served[0], path)
    assert status in (403, 404)
    assert SECRET.encode() not in body


def test_serve_files_command_serves_until_stopped(two_releases: Releases) -> None:
    process = subprocess.Popen([sys.executable, "-m", "flows", "serve-files", "--output-dir",
                                str(two_releases.output), "--port", "0"], cwd=REPO,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + 60
        while "serving" not in line and time.monotonic() < deadline:
            line = process.stderr.readline() if process.stderr else ""
        port = int(line.rsplit(":", 1)[1].split("/")[0])
        status, body = get(port, "/latest/README.md")
        assert status == 200
        assert body == (two_releases.output / "latest" / "README.md").read_bytes()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_files_says_why_it_cannot_serve(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from flows.cli import EXIT_SETTINGS, main

    assert main(["serve-files", "--output-dir", str(tmp_path / "none"), "--port", "0"]) \
        == EXIT_SETTINGS  # was a FileNotFoundError traceback, exit 1
    assert "error: cannot serve: " in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve-files", "--output-dir", str(tmp_path), "--port", str(port)]) \
            == EXIT_SETTINGS
    assert "error: cannot serve: " in capsys.readouterr().err
