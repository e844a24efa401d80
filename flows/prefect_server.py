"""Prefect's temporary API server, started the way Prefect starts it, without importing Prefect.

A run with Prefect needs an API. Unless ``PREFECT_API_URL`` names one, the flow starts a
temporary server (uvicorn serving ``prefect.server.api.server:create_app``, without its UI),
which takes several seconds to boot, while importing Prefect and the pipeline into the flow's
process takes about one more. The command line therefore launches the server first
(``launch_early``) and imports afterwards, so both happen at once; the flow then takes that
server (``start``) and waits until it answers. Nothing here imports Prefect, so launching
costs nothing before the imports.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

# What SubprocessASGIServer runs (prefect 3.9): the API without its UI, as an ephemeral server.
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
              "PREFECT__SERVER_FINAL": "1"}
# Services a server that lives for one flow run has no use for (schedules, automations,
# late or paused runs of deployments, database upkeep), and its telemetry, which an offline
# machine reported as an error on the run's terminal. Left on: what records the run's task
# runs, events and logs, so the runs show in the UI of a server later started on the same
# database. Measured on the 21.6k-article corpus in 500-article batches, under load: the
# server's CPU 18.8 s -> 17.7 s.
IDLE_SERVICES = ("SCHEDULER", "LATE_RUNS", "FOREMAN", "CANCELLATION_CLEANUP",
                 "PAUSE_EXPIRATIONS", "TRIGGERS", "REPOSSESSOR", "DB_VACUUM",
                 "CLEANUP_RECONCILER")
LEAN_ENV = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            **{f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false" for name in IDLE_SERVICES}}
PORT_IN_USE = 3  # uvicorn's exit status when it cannot bind


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen[bytes]
    url: str


_early: Server | None = None  # launched by launch_early, not yet taken by start
_taken: Server | None = None  # the last one start returned: the flow keeps it for the process


def launch(extra_env: Mapping[str, str] | None = None) -> Server:
    """Start a server process on a free loopback port; it is stopped at exit."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise RuntimeError("prefect is not installed")
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", "--app-dir",
                                str(Path(spec.origin).parents[1]), "--factory",
                                "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                                "--port", str(port), "--log-level", "error", "--lifespan", "on"],
                               env={**LEAN_ENV, **os.environ, **SERVER_ENV, **(extra_env or {})})
    atexit.register(stop, process)
    return Server(process, f"http://127.0.0.1:{port}/api")


def launch_early() -> None:
    """Launch the temporary server now, for the flow that this process runs next."""
    global _early
    if (_early is None and not os.environ.get("PREFECT_API_URL")
            and (_taken is None or _taken.process.poll() is not None)):
        _early = launch()


def discard_early() -> None:
    """Stop the server launched early, if any: the run has an API of its own (one named in
    a Prefect profile, which this module cannot read without importing Prefect)."""
    global _early
    if _early is not None:
        stop(_early.process)
        _early = None


def start(timeout: float, extra_env: Mapping[str, str] | None = None) -> Server:
    """A temporary server that answers: the one launched early, if any, else a new one (again
    on another port when the chosen one was taken meanwhile)."""
    global _early, _taken
    deadline = time.monotonic() + timeout
    server, _early = _early or launch(extra_env), None
    while True:
        if _answers(server, deadline):
            _taken = server
            return server
        if server.process.poll() != PORT_IN_USE or time.monotonic() >= deadline:
            stop(server.process)
            raise RuntimeError(f"the temporary Prefect server did not answer on {server.url} "
                               f"within {timeout:.0f} s (exit status "
                               f"{server.process.returncode})")
        server = launch(extra_env)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _answers(server: Server, deadline: float) -> bool:
    with httpx.Client() as client:
        while server.process.poll() is None and time.monotonic() < deadline:
            try:
                if client.get(f"{server.url}/health").status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    return False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
