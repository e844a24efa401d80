"""The temporary Prefect server the command line launches before its imports."""

from __future__ import annotations

import httpx
import pytest

from flows import prefect_server


def test_the_server_launched_early_is_the_one_the_flow_takes(monkeypatch: pytest.MonkeyPatch,
                                                             ) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # as in a fresh command-line process (earlier tests may have left this one a server)
    monkeypatch.setattr(prefect_server, "_taken", None)
    prefect_server.launch_early()
    early = prefect_server._early
    assert early is not None and early.process.poll() is None
    server = prefect_server.start(90)
    try:
        assert server is early and prefect_server._early is None  # taken once
        assert httpx.get(f"{server.url}/health").status_code == 200
        # the flow keeps its server for the process (a second run in it uses the same one):
        # launching another early would leave it unused until the process exits
        prefect_server.launch_early()
        assert prefect_server._early is None
    finally:
        prefect_server.stop(server.process)
    assert server.process.poll() is not None


def test_nothing_is_launched_when_an_api_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    prefect_server.launch_early()
    assert prefect_server._early is None


def test_an_api_set_in_prefect_settings_is_used_and_nothing_is_launched(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """PREFECT_API_URL may come from a Prefect profile, not the environment: the run goes to
    that server, and a server the command line launched early (it cannot read profiles
    without importing Prefect) is stopped."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.prefect_flow import temporary_api

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setattr(prefect_server, "_taken", None)  # as in a fresh process
    prefect_server.launch_early()
    early = prefect_server._early
    assert early is not None
    configured = "http://127.0.0.1:9/api"
    try:
        with temporary_settings({PREFECT_API_URL: configured}), temporary_api():
            assert PREFECT_API_URL.value() == configured
            assert prefect_server._early is None
            assert early.process.poll() is not None
    finally:
        prefect_server.stop(early.process)


def test_the_temporary_server_runs_only_the_services_a_flow_run_uses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Schedules, automations and telemetry are off (a server for one run, maybe offline);
    what records the run (task runs, events) is on, as a setting the user gives wins."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_SERVER_ANALYTICS_ENABLED", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED", "true")
    monkeypatch.setattr(prefect_server, "_early", None)
    server = prefect_server.start(90)  # a new one, with this environment
    try:
        settings = httpx.get(f"{server.url}/admin/settings").json()["server"]
    finally:
        prefect_server.stop(server.process)
    services = settings["services"]
    assert not settings["analytics_enabled"]
    assert not services["scheduler"]["enabled"] and not services["late_runs"]["enabled"]
    assert services["task_run_recorder"]["enabled"] and services["event_persister"]["enabled"]
    assert services["triggers"]["enabled"]  # the user's own setting
