"""The temporary Prefect server the command line launches before its imports."""

from __future__ import annotations

import httpx
import pytest

from flows import prefect_server


def test_the_server_launched_early_is_the_one_the_flow_takes(monkeypatch: pytest.MonkeyPatch,
                                                             ) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    prefect_server.launch_early()
    early = prefect_server._early
    assert early is not None and early.process.poll() is None
    server = prefect_server.start(90)
    try:
        assert server is early and prefect_server._early is None  # taken once
        assert httpx.get(f"{server.url}/health").status_code == 200
    finally:
        prefect_server.stop(server.process)
    assert server.process.poll() is not None


def test_nothing_is_launched_when_an_api_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    prefect_server.launch_early()
    assert prefect_server._early is None
