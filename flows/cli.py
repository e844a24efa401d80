"""Command line: ``python -m flows run --raw-dir DIR --output-dir DIR``, and
``python -m flows serve-files --port 8000`` to serve the download pages, and ``python -m flows
serve`` to run the flow on a schedule. Options of ``run`` and ``serve`` override
``whosaidwhat.toml`` and ``WHOSAIDWHAT_*`` variables (``flows.settings``)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from flows.memory import tune_malloc
from flows.runners import RUNNERS
from flows.settings import Settings, SettingsError, load_settings

# Prefect reads its settings at import: quiet, patient defaults unless the user set them.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # its heartbeat prints "database is locked"
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOGGERS_PREFECT_SERVER_LEVEL": "ERROR",
    "PREFECT_LOGGING_LOGGERS_UVICORN_LEVEL": "ERROR",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "flows",  # progress lines also go to the run's logs
}
EXIT_FAILED, EXIT_SETTINGS, EXIT_LOCKED = 1, 2, 3
DEFAULTS = Settings()  # when neither the settings file nor the environment sets a value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m flows",
        description="Build the who-said-what dataset from raw news articles (run), run it on a "
        "cron schedule through a Prefect server (serve), or serve the releases' download pages "
        "(serve-files). Options of run and serve override whosaidwhat.toml and WHOSAIDWHAT_* "
        "variables.",
        epilog="exit codes: 0 published or nothing changed, 1 the run failed and nothing was "
        "published, 2 bad command line or settings, 3 another run holds the output folder")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="build a release of the dataset from raw articles")
    _add_settings_options(run)
    run.add_argument("--batch-size", type=int,
                     help="articles per batch; a batch's steps run as one Prefect task run "
                     f"(default: {DEFAULTS.batch_size})")
    run.add_argument("--max-reject-share", type=float,
                     help="fail without publishing when a larger share (0 to 1) of the inputs "
                     f"is rejected (default: {DEFAULTS.max_reject_share})")
    run.add_argument("--full-rebuild", action="store_true",
                     help="process every article again instead of reusing unchanged ones")
    run.add_argument("--no-prefect", action="store_true",
                     help="run the same steps as plain function calls, without Prefect")
    run.add_argument("--runner", choices=RUNNERS, default="auto",
                     help="where batch steps run: local (this process), process (one lane per "
                     "core: one in this process, the others in worker processes), dask "
                     "(prefect-dask), auto (process when there are several batches to "
                     "process, not replayed, and several cores)")
    run.add_argument("--dask-address",
                     help="scheduler of an existing Dask cluster, e.g. tcp://host:8786 "
                     "(--runner dask; default: a temporary LocalCluster)")
    run.add_argument("--partition-by", type=_partition_keys, default=(),
                     help="also write sentences and statements as a Hive-partitioned Parquet "
                     "dataset by these keys, e.g. publisher,year")
    run.add_argument("--feed-url", dest="feed_urls", action="append",
                     help="a remote JSONL feed (http or https) to ingest with raw/; repeatable; "
                     "retried on failure, then a reject")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")
    scheduled = commands.add_parser("serve", help="serve the flow as a Prefect deployment on "
                                    "the configured cron schedule (needs `prefect server start`)")
    _add_settings_options(scheduled)
    scheduled.add_argument("--schedule", help="cron expression, e.g. '0 3 * * *'")
    serve = commands.add_parser("serve-files", help="serve the output folder's download pages "
                                "and releases on localhost")
    serve.add_argument("--output-dir", type=Path, default=Path("output"),
                       help="folder to serve (only files inside it are served)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (0: any free)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default localhost)")
    return parser


def _add_settings_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--config", type=Path,
                         help="settings file (default: $WHOSAIDWHAT_CONFIG or ./whosaidwhat.toml)")
    command.add_argument("--raw-dir", type=Path,
                         help="folder of raw articles, read recursively (.txt, .jsonl, "
                         f".ndjson, .csv, .html, .htm, .html.gz, .htm.gz; default: "
                         f"{DEFAULTS.raw_dir})")
    command.add_argument("--output-dir", type=Path,
                         help="folder the releases are published in; latest/ is the newest "
                         f"(default: {DEFAULTS.output_dir})")


def _settings(args: argparse.Namespace) -> Settings:
    names = ("raw_dir", "output_dir", "batch_size", "max_reject_share", "schedule",
             "feed_urls")
    overrides = {name: getattr(args, name, None) for name in names}
    if getattr(args, "full_rebuild", False):
        overrides["incremental"] = False
    if getattr(args, "no_prefect", False) and args.runner == "dask":
        raise SettingsError("--runner dask runs through prefect-dask; drop --no-prefect")
    return load_settings(args.config, overrides=overrides)


def _setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    root = logging.getLogger("flows")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    root.propagate = False


def _run(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    if args.no_prefect:
        from flows.feeds import fetch_feed, with_retries
        from flows.pipeline import build_dataset

        return build_dataset(settings.raw_dir, settings.output_dir,
                             batch_size=settings.batch_size,
                             max_reject_share=settings.max_reject_share,
                             incremental=settings.incremental, runner=args.runner,
                             partition_by=args.partition_by, feed_urls=settings.feed_urls,
                             fetch=with_retries(fetch_feed, settings.feed_retries,
                                                settings.feed_retry_delay)).as_dict()
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    from flows.prefect_server import launch_early

    launch_early()  # the temporary server boots while Prefect and the pipeline are imported
    from flows.prefect_flow import run_flow

    return run_flow(runner=args.runner, dask_address=args.dask_address,
                    raw_dir=str(settings.raw_dir), output_dir=str(settings.output_dir),
                    batch_size=settings.batch_size, max_reject_share=settings.max_reject_share,
                    incremental=settings.incremental, partition_by=list(args.partition_by),
                    feed_urls=list(settings.feed_urls), feed_retries=settings.feed_retries,
                    feed_retry_delay=settings.feed_retry_delay)


def _partition_keys(value: str) -> tuple[str, ...]:
    from flows.partitioned import PARTITION_KEYS

    keys = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in keys if k not in PARTITION_KEYS]
    if unknown or not keys:
        raise argparse.ArgumentTypeError(f"partition keys must be among "
                                         f"{', '.join(PARTITION_KEYS)}; got {value!r}")
    return keys


def _serve(settings: Settings) -> int:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    from flows.deploy import ServeRefused, serve_deployment

    try:
        serve_deployment(settings)
    except ServeRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_SETTINGS
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging()
    tune_malloc()  # before Prefect's threads and the workers' helpers allocate (flows.memory)
    if args.command == "serve-files":
        from flows.publish.server import serve_files

        try:
            serve_files(args.output_dir, host=args.host, port=args.port)
        except OSError as error:  # no such folder, the port taken or not allowed
            print(f"error: cannot serve: {error}", file=sys.stderr)
            return EXIT_SETTINGS
        return 0
    from flows.pipeline import PipelineFailed
    from flows.publish import ReleaseInvalid
    from flows.release import OutputLocked

    try:
        settings = _settings(args)
    except SettingsError as error:
        print(f"error: bad settings: {error}", file=sys.stderr)
        return EXIT_SETTINGS
    if args.command == "serve":
        return _serve(settings)
    try:
        summary = _run(args, settings)
    except OutputLocked as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_LOCKED
    except (PipelineFailed, ReleaseInvalid) as error:
        print(f"error: run failed, nothing published: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:  # a full disk, a read-only or unsafe output folder
        print(f"error: run failed, nothing published: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        rows = ", ".join(f"{n} {t}" for t, n in summary["rows"].items())
        done = ("published" if summary.get("new_release", True)
                else "unchanged, the latest release is still")
        print(f"{done} {summary['release']}: {rows} ({summary['seconds']:.1f} s)")
    return 0
