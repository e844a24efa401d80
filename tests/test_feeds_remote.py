"""Remote feeds (flows.feeds): fetched from a real HTTP server on loopback that fails the first
requests with 503; the download is retried (Prefect task retries, or the plain-mode loop),
a feed that never answers becomes a reject, and pure steps are never retried."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.feeds import FEEDS_FOLDER, LANDING, feed_name, fetch_feed, with_retries
from flows.pipeline import build_dataset

FEED = [{"id": "remote-1", "title": "Harbour works", "publisher": "Bay Courier",
         "published": "2024-05-06",
         "text": "The harbour will reopen in June, the port director Mara Quill said on "
                 "Monday.\n\n\"We are ready,\" Quill said."},
        {"id": "remote-2", "title": "Library hours", "publisher": "Bay Courier",
         "published": "2024-05-07",
         "text": "The library will stay open until nine, the city librarian Ode Penn said."}]
LOCAL = {"id": "local-1", "title": "Bridge paint", "publisher": "Hill Gazette",
         "published": "2024-04-01",
         "text": "The bridge will be painted green, the mayor Tilda Rowe said on Friday."}


class FlakyFeed:
    """An HTTP server on 127.0.0.1 answering 503 to the first ``failures`` requests."""

    def __init__(self, failures: int) -> None:
        self.failures, self.requests = failures, 0
        body = "".join(json.dumps(r) + "\n" for r in FEED).encode()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                outer.requests += 1
                if outer.requests <= outer.failures:
                    self.send_error(503, "busy")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/news/feed.jsonl"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def flaky() -> Iterator[FlakyFeed]:
    feed = FlakyFeed(failures=2)
    yield feed
    feed.close()


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "local.jsonl").write_text(json.dumps(LOCAL) + "\n", encoding="utf-8")
    return folder


def articles_of(output: Path) -> dict[str, str]:
    table = pq.read_table(output / "latest" / "articles.parquet").to_pylist()
    return {row["article_id"]: row["source_path"] for row in table}


def rejects_of(output: Path) -> list[dict[str, str]]:
    return pq.read_table(output / "latest" / "rejects.parquet").to_pylist()  # type: ignore[no-any-return]


def test_plain_mode_retries_the_feed_and_ingests_it_with_raw(flaky: FlakyFeed, raw: Path,
                                                              tmp_path: Path) -> None:
    output = tmp_path / "out"
    raw_before = sorted(p.name for p in raw.iterdir())
    build_dataset(raw, output, feed_urls=(flaky.url,),
                  fetch=with_retries(fetch_feed, retries=3, delay=0.01))
    assert flaky.requests == 3  # two 503s, then the feed
    name = f"{FEEDS_FOLDER}/{feed_name(flaky.url)}"
    assert articles_of(output) == {"local-1": "local.jsonl", "remote-1": name,
                                   "remote-2": name}
    assert not [r for r in rejects_of(output) if r["check"] == "feed_unreachable"]
    assert (output / LANDING / name).is_file()
    assert sorted(p.name for p in raw.iterdir()) == raw_before  # raw/ is never written


def test_a_feed_that_always_fails_is_a_reject_and_the_run_publishes_the_rest(
        raw: Path, tmp_path: Path) -> None:
    down = FlakyFeed(failures=10**6)
    try:
        output = tmp_path / "out"
        summary = build_dataset(raw, output, feed_urls=(down.url,),
                                fetch=with_retries(fetch_feed, retries=2, delay=0.01))
    finally:
        down.close()
    assert down.requests == 3  # the first try and two retries
    assert articles_of(output) == {"local-1": "local.jsonl"}
    [reject] = [r for r in rejects_of(output) if r["check"] == "feed_unreachable"]
    assert reject["source_path"] == down.url and reject["stage"] == "ingest"
    assert "HTTP 503" in reject["reason"]
    assert summary.rejects_by_check["feed_unreachable"] == 1


def test_a_feed_dropped_from_the_settings_leaves_the_next_release(flaky: FlakyFeed, raw: Path,
                                                                   tmp_path: Path) -> None:
    output = tmp_path / "out"
    build_dataset(raw, output, feed_urls=(flaky.url,),
                  fetch=with_retries(fetch_feed, retries=3, delay=0.01))
    build_dataset(raw, output)
    assert articles_of(output) == {"local-1": "local.jsonl"}
    assert not list((output / LANDING / FEEDS_FOLDER).iterdir())


def test_only_the_feed_download_is_retried_in_prefect() -> None:
    from flows import steps
    from flows.batches import write_batch
    from flows.pipeline import plan_inputs, write_final_tables, write_release
    from flows.prefect_flow import Execution, as_retried_task
    from flows.runners import TimedStep

    fetch = as_retried_task(fetch_feed, 3, 1.0)
    assert (fetch.retries, fetch.retry_delay_seconds) == (3, [1.0, 2.0, 4.0])
    execution = Execution("local", 1)
    pure = [plan_inputs, write_batch, write_final_tables, write_release,
            *(TimedStep(f) for f in (steps.clean_articles, steps.analyse_articles))]
    for fn in pure:
        assert execution.as_step(fn).task.retries == 0, fn


@pytest.mark.slow
def test_prefect_retries_the_feed_task_and_the_articles_land(flaky: FlakyFeed, raw: Path,
                                                             tmp_path: Path) -> None:
    from flows.prefect_flow import run_flow

    output = tmp_path / "out"
    summary = run_flow(runner="local", raw_dir=str(raw), output_dir=str(output),
                       feed_urls=[flaky.url], feed_retries=3, feed_retry_delay=0.01)
    assert flaky.requests == 3
    assert set(articles_of(output)) == {"local-1", "remote-1", "remote-2"}
    assert "feed_unreachable" not in summary["rejects_by_check"]


def test_feed_urls_come_from_the_file_the_environment_and_the_options(raw: Path,
                                                                      tmp_path: Path) -> None:
    from flows.settings import SettingsError, load_settings

    config = tmp_path / "whosaidwhat.toml"
    config.write_text(f'raw_dir = "{raw}"\nfeed_urls = ["https://a.example/f.jsonl"]\n'
                      "feed_retries = 5\n", encoding="utf-8")
    settings = load_settings(config, env={})
    assert (settings.feed_urls, settings.feed_retries) == (("https://a.example/f.jsonl",), 5)
    env = {"WHOSAIDWHAT_FEED_URLS": "http://b.example/1.jsonl, http://b.example/2.jsonl"}
    assert load_settings(config, env=env).feed_urls == ("http://b.example/1.jsonl",
                                                        "http://b.example/2.jsonl")
    with pytest.raises(SettingsError, match="feed_urls.*file:///etc/passwd.*http"):
        load_settings(config, env={}, overrides={"feed_urls": ["file:///etc/passwd"]})


def test_command_line_feed_url_without_prefect(flaky: FlakyFeed, raw: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.cli import main

    monkeypatch.setenv("WHOSAIDWHAT_FEED_RETRY_DELAY", "0.01")
    output = tmp_path / "out"
    code = main(["run", "--no-prefect", "--runner", "local", "--raw-dir", str(raw),
                 "--output-dir", str(output), "--feed-url", flaky.url])
    assert code == 0 and flaky.requests == 3
    assert set(articles_of(output)) == {"local-1", "remote-1", "remote-2"}
