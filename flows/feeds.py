"""Remote JSONL feeds: the only step that touches the network, so the only one retried.

Each feed URL (http or https) is downloaded into a landing folder inside the output folder,
never into raw/ (the pipeline does not write raw/). A download goes to a temporary file that
is renamed when complete, so a half-read feed is never ingested. A feed that still fails
after its retries becomes a Reject (stage ``ingest``, check ``feed_unreachable``) and the
run goes on with the other inputs.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

from flows.records import Reject

logger = logging.getLogger(__name__)
LANDING = ".feeds"  # under the output folder; hidden, so never taken for a release
FEEDS_FOLDER = "feeds"  # source paths read feeds/<name>.jsonl
TIMEOUT_SECONDS = 30.0
MAX_FEED_BYTES = 512 * 2**20
READ_SIZE = 2**20
RETRIES = 3
RETRY_DELAY_SECONDS = 1.0  # doubled after each failed try: 1, 2, 4 s
RE_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9.-]+")
FetchOne = Callable[[str, Path], Path]


class FeedError(OSError):
    """A feed could not be downloaded (network error, HTTP error, too large)."""


def check_feed_url(url: str) -> str | None:
    """Why url is not a feed URL we fetch, or None."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "expected an http:// or https:// URL with a host"
    return None


def feed_name(url: str) -> str:
    """A stable file name for url: its host and path made safe, plus a hash of the URL."""
    parts = urllib.parse.urlsplit(url)
    readable = RE_UNSAFE_NAME.sub("-", f"{parts.hostname}{parts.path}").strip("-.")[:80]
    return f"{readable or 'feed'}-{hashlib.sha256(url.encode()).hexdigest()[:10]}.jsonl"


def retry_delays(retries: int, delay: float) -> list[float]:
    return [delay * 2**i for i in range(retries)]


_OPENER = urllib.request.OpenerDirector()  # http(s) only: a redirect to file:// or ftp:// fails
for _handler in (urllib.request.HTTPHandler, urllib.request.HTTPSHandler,
                 urllib.request.HTTPRedirectHandler, urllib.request.HTTPDefaultErrorHandler,
                 urllib.request.HTTPErrorProcessor):
    _OPENER.add_handler(_handler())


def fetch_feed(url: str, landing_dir: Path, timeout: float = TIMEOUT_SECONDS,
               max_bytes: int = MAX_FEED_BYTES) -> Path:
    """Download one feed to landing_dir/<feed_name(url)>; raise FeedError when it fails."""
    if problem := check_feed_url(url):
        raise FeedError(f"{url}: {problem}")
    landing_dir.mkdir(parents=True, exist_ok=True)
    target = landing_dir / feed_name(url)
    handle, temp = tempfile.mkstemp(dir=landing_dir, prefix=".part-", suffix=".jsonl")
    try:
        with os.fdopen(handle, "wb") as out, _OPENER.open(url, timeout=timeout) as response:
            size = 0
            while block := response.read(READ_SIZE):
                size += len(block)
                if size > max_bytes:
                    raise FeedError(f"the feed is larger than {max_bytes} bytes")
                out.write(block)
        os.replace(temp, target)
    except urllib.error.HTTPError as error:
        raise FeedError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FeedError(f"cannot connect: {error.reason}") from None
    except (OSError, ValueError) as error:  # timeouts, resets, malformed responses
        raise FeedError(str(error) or type(error).__name__) from None
    finally:
        Path(temp).unlink(missing_ok=True)
    return target


def with_retries(fetch: FetchOne, retries: int = RETRIES,
                 delay: float = RETRY_DELAY_SECONDS) -> FetchOne:
    """fetch, tried again up to ``retries`` times after waiting 1x, 2x, 4x ... ``delay`` (the
    plain-mode twin of the Prefect task's retries)."""

    def fetch_with_retries(url: str, landing_dir: Path) -> Path:
        for wait in [*retry_delays(retries, delay), None]:
            try:
                return fetch(url, landing_dir)
            except FeedError as error:
                if wait is None:
                    raise
                logger.warning("feed %s failed (%s); retrying in %.1f s", url, error, wait)
                time.sleep(wait)
        raise AssertionError("unreachable")

    fetch_with_retries.__name__ = fetch.__name__
    return fetch_with_retries


def fetch_feeds(urls: Sequence[str], landing_dir: Path,
                fetch_one: FetchOne | None = None) -> list[Reject]:
    """Download every feed into landing_dir; a feed that fails (after fetch_one's retries)
    becomes a reject and its old copy is removed. Files of feeds no longer listed are removed
    too, so the landing folder holds exactly this run's feeds."""
    fetch_one = fetch_one or with_retries(fetch_feed)
    landing_dir.mkdir(parents=True, exist_ok=True)
    wanted = {feed_name(url) for url in urls}
    for old in landing_dir.iterdir():
        if old.name not in wanted:
            old.unlink()
    rejects: list[Reject] = []
    for url in dict.fromkeys(urls):
        try:
            fetch_one(url, landing_dir)
        except Exception as error:  # whatever the fetch raised (a Prefect task too): record it
            (landing_dir / feed_name(url)).unlink(missing_ok=True)
            rejects.append(Reject(url, "ingest", "feed_unreachable",
                                  f"feed {url} could not be fetched: {error}"))
            logger.warning("feed %s gave up: %s", url, error)
    return rejects
