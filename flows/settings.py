"""One settings source for operators: a TOML file, then environment variables, then options.

    # whosaidwhat.toml (every key optional; relative folders are relative to this file)
    raw_dir = "raw"
    output_dir = "output"
    batch_size = 2000
    max_reject_share = 0.5
    incremental = true
    schedule = "0 3 * * *"          # cron, read by `python -m flows serve`
    timezone = "UTC"
    deployment = "nightly"
    feed_urls = ["https://example.org/feed.jsonl"]   # remote JSONL feeds (flows.feeds)
    feed_retries = 3                # tries again after 1, 2, 4 s (feed_retry_delay doubled)
    feed_retry_delay = 1.0

Each key can be overridden by ``WHOSAIDWHAT_<KEY>`` (e.g. ``WHOSAIDWHAT_RAW_DIR``;
``WHOSAIDWHAT_FEED_URLS`` is space-separated, or comma-separated; a comma inside a URL
stays), and the command line overrides both.
Everything is checked at start; a bad value stops the run with a message that names the key
and where it came from.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cronsim import CronSim, CronSimError

from flows.feeds import check_feed_url

DEFAULT_FILE = "whosaidwhat.toml"
ENV_PREFIX = "WHOSAIDWHAT_"
ENV_CONFIG = "WHOSAIDWHAT_CONFIG"
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}
# between URLs in one string: white space, or a comma before the next URL (a comma inside a
# URL, as in a query string, stays)
RE_URL_SEPARATOR = re.compile(r"\s+|,\s*(?=https?://)")
# the command-line options whose name is not the key's (flows.cli)
OPTIONS = {"feed_urls": "--feed-url", "incremental": "--full-rebuild"}


class SettingsError(ValueError):
    """A setting is missing, unknown or has a bad value; the message names it and its source."""


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = Path("raw")
    output_dir: Path = Path("output")
    batch_size: int = 2000
    max_reject_share: float = 0.5
    incremental: bool = True
    schedule: str = "0 3 * * *"
    timezone: str = "UTC"
    deployment: str = "nightly"
    feed_urls: tuple[str, ...] = ()
    feed_retries: int = 3
    feed_retry_delay: float = 1.0


KEYS = {f.name: f for f in fields(Settings)}


def load_settings(config: Path | None = None, *, env: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """Defaults < config file < WHOSAIDWHAT_* variables < overrides (options given by hand).

    Without ``config``, ``$WHOSAIDWHAT_CONFIG`` or ./whosaidwhat.toml is read when present.
    """
    env = os.environ if env is None else env
    values: dict[str, tuple[Any, str]] = {}
    path = config or (Path(env[ENV_CONFIG]) if env.get(ENV_CONFIG) else None)
    if path is None and Path(DEFAULT_FILE).is_file():
        path = Path(DEFAULT_FILE)
    if path is not None:
        values.update(_read_file(path))
    known = {ENV_CONFIG} | {ENV_PREFIX + key.upper() for key in KEYS}
    unknown = sorted(n for n in env if n.startswith(ENV_PREFIX) and n not in known)
    if unknown:  # a misspelt variable would be ignored without a word
        raise SettingsError(f"unknown environment variable(s) {', '.join(unknown)}; known "
                            f"variables are {', '.join(sorted(known))}")
    for key in KEYS:
        if (name := ENV_PREFIX + key.upper()) in env:
            values[key] = (env[name], f"environment variable {name}")
    for key, value in (overrides or {}).items():
        if value is not None:
            option = OPTIONS.get(key, f"--{key.replace('_', '-')}")
            values[key] = (value, f"option {option}")
    settings = Settings(**{k: _convert(k, v, where) for k, (v, where) in values.items()})
    check_settings(settings, {k: where for k, (_, where) in values.items()})
    return settings


def _read_file(path: Path) -> dict[str, tuple[Any, str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"config file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"config file {path} cannot be read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"config file {path} is not valid TOML: {error}") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise SettingsError(f"config file {path}: unknown key(s) {', '.join(unknown)}; "
                            f"known keys are {', '.join(KEYS)}")
    base = path.resolve().parent
    values: dict[str, tuple[Any, str]] = {}
    for key, value in data.items():
        if key.endswith("_dir") and isinstance(value, str):
            value = str(base / value)
        values[key] = (value, f"{path} key {key}")
    return values


def _convert(key: str, value: Any, where: str) -> Any:
    kind = KEYS[key].type
    try:
        if kind == "Path":
            if not isinstance(value, str | Path) or not str(value):
                raise ValueError("expected a folder path")
            return Path(value)
        if kind == "bool":
            return _boolean(value)
        if kind == "tuple[str, ...]":
            items = ([i for i in RE_URL_SEPARATOR.split(value) if i]
                     if isinstance(value, str) else value)
            if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
                raise ValueError("expected a list of URLs")
            return tuple(items)
        if kind == "int":
            if isinstance(value, bool | float) or (
                    isinstance(value, str) and not value.strip().lstrip("+-").isdigit()):
                raise ValueError("expected a whole number")  # not int()'s "invalid literal"
            return int(value)
        if kind == "float":
            if isinstance(value, bool):
                raise ValueError("expected a number")
            try:
                return float(value)
            except ValueError:
                raise ValueError("expected a number") from None
        if not isinstance(value, str):
            raise ValueError("expected text")
        return value
    except (TypeError, ValueError) as error:
        raise SettingsError(f"{key} = {value!r} from {where}: {error}") from None


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS | FALSE_WORDS:
        return word in TRUE_WORDS
    raise ValueError(f"expected one of {', '.join(sorted(TRUE_WORDS | FALSE_WORDS))}")


def check_settings(settings: Settings, sources: Mapping[str, str] | None = None) -> None:
    """Raise SettingsError for the first bad value."""
    sources = sources or {}

    def fail(key: str, problem: str) -> None:
        where = sources.get(key, "the default")
        value = getattr(settings, key)
        shown = repr(str(value)) if isinstance(value, Path) else repr(value)
        raise SettingsError(f"{key} = {shown} from {where}: {problem}")

    if not settings.raw_dir.is_dir():
        fail("raw_dir", "is not an existing folder")
    if settings.batch_size < 1:
        fail("batch_size", "must be at least 1")
    if not 0.0 <= settings.max_reject_share <= 1.0:
        fail("max_reject_share", "must be a share between 0 and 1")
    if settings.output_dir.exists() and not settings.output_dir.is_dir():
        fail("output_dir", "is a file, not a folder")
    if settings.output_dir.resolve() == settings.raw_dir.resolve():
        fail("output_dir", "must not be the raw folder (raw/ is never written)")
    if settings.output_dir.resolve().is_relative_to(settings.raw_dir.resolve()):
        fail("output_dir", f"must not be inside the raw folder {str(settings.raw_dir)!r}: "
                           "raw/ is read recursively, so the next run would read the "
                           "releases as raw articles")
    try:
        CronSim(settings.schedule, datetime(2000, 1, 1))
    except CronSimError as error:
        fail("schedule", f"not a cron expression ({error}); e.g. '0 3 * * *' is 03:00 daily")
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        fail("timezone", "not an IANA time zone name such as UTC or Europe/Paris")
    if not settings.deployment.strip():
        fail("deployment", "must not be empty")
    for url in settings.feed_urls:
        if problem := check_feed_url(url):
            fail("feed_urls", f"{url!r}: {problem}")
    if settings.feed_retries < 0:
        fail("feed_retries", "must be 0 or more")
    if not 0 <= settings.feed_retry_delay < math.inf:  # nan is neither
        fail("feed_retry_delay", "must be 0 or more seconds")
