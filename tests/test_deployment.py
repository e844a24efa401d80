"""A real Prefect server on loopback, `python -m flows serve`, and a run of the deployment.

The test starts ``prefect server start`` (SQLite in a temporary PREFECT_HOME), serves the
deployment from a settings file, asks the server for a run of it through the REST API (what
the UI's "Quick run" button does), waits for the run to complete, then checks the release,
the run report, the Prefect artifacts and the progress lines in the run's logs.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from flows.prefect_flow import FLOW_NAME
from tests.conftest import REPO
from tests.test_incremental import invented_article, write_feed

DEPLOYMENT = "test-nightly"
SCHEDULE = "15 3 * * *"
POST_ATTEMPTS = 5


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(what: str, check: Any, timeout: float, *processes: subprocess.Popen[str]) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, f"{process.args} exited while waiting for {what}"
        if (value := check()) is not None:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def stop(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
    assert process.stdout is not None
    return process.stdout.read()[-4000:]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    process = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host",
                                "127.0.0.1", "--port", str(port)], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        wait_for("the Prefect server", lambda: _get(f"{api}/health"), 180, process)
        yield api, env
    finally:
        stop(process)


def _post(url: str, body: dict[str, Any]) -> httpx.Response:
    """POST to the server, again after a 503 (a SQLite server that is busy says so; Prefect's
    own client retries it the same way, PREFECT_CLIENT_MAX_RETRIES)."""
    for attempt in range(POST_ATTEMPTS):
        response = httpx.post(url, json=body, timeout=30)
        if response.status_code != httpx.codes.SERVICE_UNAVAILABLE:
            break
        time.sleep(2**attempt)
    return response


def _get(url: str) -> Any:
    try:
        response = httpx.get(url, timeout=5)
    except httpx.HTTPError:
        return None
    return response.json() if response.status_code == 200 else None


@pytest.mark.slow
def test_serve_registers_the_schedule_and_a_triggered_run_completes(
        server: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    api, env = server
    raw = tmp_path / "raw"
    raw.mkdir()
    write_feed(raw / "wire.jsonl", [invented_article(n) for n in range(8)])
    config = tmp_path / "whosaidwhat.toml"
    config.write_text(f'raw_dir = "raw"\noutput_dir = "out"\nschedule = "{SCHEDULE}"\n'
                      f'deployment = "{DEPLOYMENT}"\nbatch_size = 5\n', encoding="utf-8")
    serving = subprocess.Popen([sys.executable, "-m", "flows", "serve", "--config", str(config)],
                               env=env, cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deployment = wait_for("the deployment", lambda: _get(
            f"{api}/deployments/name/{FLOW_NAME}/{DEPLOYMENT}"), 180, serving)
        assert [s["schedule"]["cron"] for s in deployment["schedules"]] == [SCHEDULE]
        assert deployment["parameters"]["output_dir"] == str(tmp_path / "out")
        created = _post(f"{api}/deployments/{deployment['id']}/create_flow_run", {})
        assert created.is_success, (created.status_code, created.text)  # (say why, if not)
        run = created.json()
        state = wait_for("the flow run to finish", lambda: _finished(api, run["id"]), 300,
                         serving)
        assert state == "COMPLETED", stop(serving)
        # Logs reach the server in batches, after the state: wait for them while serving.
        wait_for("the progress lines in the run's logs",
                 lambda: _progress_logged(api, run["id"]), 60, serving)
    finally:
        log = stop(serving)
    latest = tmp_path / "out" / "latest"
    assert (latest / "statements.parquet").exists(), log
    assert (tmp_path / "out" / "run_report.json").exists()
    artifacts = _post(f"{api}/artifacts/filter", {
        "artifacts": {"flow_run_id": {"any_": [run["id"]]}}}).json()
    assert {a["key"] for a in artifacts} == {"run-report", "rows-per-table", "rejects-by-reason",
                                             "statements-per-kind", "top-speakers",
                                             "time-per-step"}


def _progress_logged(api: str, run_id: str) -> bool | None:
    logs = _post(f"{api}/logs/filter", {
        "logs": {"flow_run_id": {"any_": [run_id]}}, "limit": 200}).json()
    return True if any("batch 2/2" in line["message"] for line in logs) else None


def _finished(api: str, run_id: str) -> str | None:
    run = _get(f"{api}/flow_runs/{run_id}")
    state = (run or {}).get("state") or {}
    return state.get("type") if state.get("type") in {"COMPLETED", "FAILED", "CRASHED",
                                                       "CANCELLED"} else None


def test_serve_without_a_server_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    done = subprocess.run([sys.executable, "-m", "flows", "serve", "--raw-dir",
                           str(tmp_path / "raw"), "--output-dir", str(tmp_path / "out")],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "prefect server start" in done.stderr and "PREFECT_API_URL" in done.stderr


def test_serve_with_an_unreachable_server_says_so(tmp_path: Path) -> None:
    import socket

    (tmp_path / "raw").mkdir()
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
               PREFECT_HOME=str(tmp_path / "prefect-home"))
    done = subprocess.run([sys.executable, "-m", "flows", "serve", "--raw-dir",
                           str(tmp_path / "raw"), "--output-dir", str(tmp_path / "out")],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]  # was httpx.ConnectError's traceback, 1
    assert "Traceback" not in done.stderr
    assert f"127.0.0.1:{port}" in done.stderr and "prefect server start" in done.stderr
