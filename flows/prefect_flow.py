"""Prefect wiring: the pipeline's steps as tasks of one flow. The only module importing Prefect.

Tasks cover whole batches (thousands of articles), never single articles: Prefect costs
10-15 ms per task run. Steps are pure and deterministic, so they are never retried; they
are not cached either (inputs are large, hashing them would cost more than the step).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from flows.pipeline import build_dataset
from flows.report import build_report, report_markdown, report_tables

FLOW_NAME = "build-statements-dataset"


def as_task(fn: Any) -> Any:
    return task(fn, name=fn.__name__, cache_policy=NO_CACHE, persist_result=False,
                log_prints=False)


@flow(name=FLOW_NAME, persist_result=False, log_prints=False, validate_parameters=True)
def build_statements_dataset(raw_dir: str = "raw", output_dir: str = "output",
                             batch_size: int = 2000, max_reject_share: float = 0.5,
                             incremental: bool = True) -> dict[str, Any]:
    """Build a release of the who-said-what dataset from the articles in raw_dir."""
    logger = get_run_logger()
    if not logging.getLogger("flows").level:  # a run started by `serve`: keep progress lines
        logging.getLogger("flows").setLevel(logging.INFO)
    summary = build_dataset(Path(raw_dir), Path(output_dir), batch_size=batch_size,
                            max_reject_share=max_reject_share, step=as_task,
                            incremental=incremental)
    logger.info("published %s: %s (%d of %d articles reused)", summary.release, summary.rows,
                summary.articles_reused, summary.articles_in)
    publish_report_artifacts(json.loads(Path(summary.report).read_text(encoding="utf-8"))
                             if summary.report else build_report(summary.as_dict()))
    return summary.as_dict()


def publish_report_artifacts(report: dict[str, Any]) -> None:
    """The run report as Prefect artifacts: one markdown page and one table per figure."""
    create_markdown_artifact(report_markdown(report), key="run-report",
                             description=f"Run report of release {report['release']}")
    for key, rows in report_tables(report).items():
        create_table_artifact(rows, key=key, description=key.replace("-", " ").capitalize())
