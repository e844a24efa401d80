"""Scheduled runs: serve the flow as a Prefect deployment on the configured cron schedule.

``python -m flows serve`` calls :func:`serve_deployment`. It uses ``flow.serve`` rather than a
work pool and worker: the pipeline reads raw/ and writes output/ on one machine, and its lock
(``output/.lock``) is a local file, so per-run infrastructure (Docker, Kubernetes) would add a
worker, an image and a pool to operate without making a run faster or safer. ``serve`` is one
long-running process (run it under systemd or Docker with restart) that registers the
deployment, asks the server for due runs and starts each as a subprocess. Moving to a
``process`` or ``docker`` work pool later only changes this module.

A schedule needs a real Prefect API (``prefect server start`` or Prefect Cloud): the temporary
server a plain ``run`` starts cannot schedule, so serving without ``PREFECT_API_URL`` stops.
"""

from __future__ import annotations

from typing import Any

import httpx
from prefect.schedules import Cron
from prefect.settings import get_current_settings
from prefect.types.entrypoint import EntrypointType

from flows.prefect_flow import FLOW_NAME, build_statements_dataset
from flows.settings import Settings

MAX_PARALLEL_RUNS = 1  # the serve process starts the next due run only when one finished


class ServeRefused(RuntimeError):
    """Serving cannot start (no Prefect API to register the schedule with)."""


def deployment_parameters(settings: Settings) -> dict[str, Any]:
    """The flow's parameters for scheduled runs (absolute folders: runs start elsewhere)."""
    return {"raw_dir": str(settings.raw_dir.resolve()),
            "output_dir": str(settings.output_dir.resolve()),
            "batch_size": settings.batch_size,
            "max_reject_share": settings.max_reject_share,
            "incremental": settings.incremental,
            "feed_urls": list(settings.feed_urls),
            "feed_retries": settings.feed_retries,
            "feed_retry_delay": settings.feed_retry_delay}


def serve_deployment(settings: Settings) -> None:
    """Register ``build-statements-dataset/<deployment>`` and run it on schedule until stopped."""
    api = get_current_settings().api.url
    if not api:
        raise ServeRefused("no Prefect API to schedule runs with: start one with `prefect "
                           "server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api "
                           "(the temporary server of a plain run cannot schedule)")
    try:
        build_statements_dataset.serve(
            name=settings.deployment,
            schedules=[Cron(settings.schedule, timezone=settings.timezone)],
            parameters=deployment_parameters(settings),
            description=f"Rebuild the dataset from {settings.raw_dir} into "
                        f"{settings.output_dir}",
            tags=["who-said-what"],
            limit=MAX_PARALLEL_RUNS,
            entrypoint_type=EntrypointType.MODULE_PATH,
        )
    except httpx.TransportError as error:  # refused, timed out, name unknown
        why = str(error) or type(error).__name__
        raise ServeRefused(f"the Prefect API at {api} cannot be reached ({why}); is `prefect "
                           "server start` running there, and PREFECT_API_URL right?") from error


def deployment_name(settings: Settings) -> str:
    """The name the Prefect UI and CLI know the deployment by."""
    return f"{FLOW_NAME}/{settings.deployment}"
