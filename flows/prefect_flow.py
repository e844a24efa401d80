"""Prefect wiring: the pipeline's steps as tasks of one flow. The only module importing Prefect.

Tasks cover whole batches (thousands of articles), never single articles: Prefect costs
10-15 ms per task run. Steps are pure and deterministic, so they are never retried; they
are not cached either (inputs are large, hashing them would cost more than the step).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from flows.pipeline import build_dataset

FLOW_NAME = "build-statements-dataset"


def as_task(fn: Any) -> Any:
    return task(fn, name=fn.__name__, cache_policy=NO_CACHE, persist_result=False,
                log_prints=False)


@flow(name=FLOW_NAME, persist_result=False, log_prints=False, validate_parameters=True)
def build_statements_dataset(raw_dir: str = "raw", output_dir: str = "output",
                             batch_size: int = 2000, max_reject_share: float = 0.5,
                             ) -> dict[str, Any]:
    """Build a release of the who-said-what dataset from the articles in raw_dir."""
    logger = get_run_logger()
    summary = build_dataset(Path(raw_dir), Path(output_dir), batch_size=batch_size,
                            max_reject_share=max_reject_share, step=as_task)
    logger.info("published %s: %s", summary.release, summary.rows)
    return summary.as_dict()
