"""The download pages in headless Chromium (Debian's chromium, driven by playwright).

Start serve-files' server on a free port, open output/index.html, follow the link to the
latest release, check that every table is listed with both files, then download a file
by clicking its link and check its sha256 against the one the page shows.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from publish_fixtures import Releases

from schemas import TABLES
from tests.conftest import file_server

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Debian's chromium is not installed (.ci/run installs it: apt-get install "
                "chromium)")


@pytest.fixture()
def base_url(two_releases: Releases) -> Iterator[str]:
    with file_server(two_releases.output) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture()
def page(base_url: str, tmp_path: Path) -> Iterator[Any]:
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS,
                                             downloads_path=str(tmp_path))
        try:
            yield browser.new_page(accept_downloads=True)
        finally:
            browser.close()


def test_index_lists_releases_and_latest_page_lists_every_table(
        page: Any, base_url: str, two_releases: Releases) -> None:
    page.goto(f"{base_url}/")
    listed = page.locator("#releases tr[data-release]").evaluate_all(
        "rows => rows.map(r => r.dataset.release)")
    assert listed == [two_releases.second.name, two_releases.first.name]
    page.get_by_role("link", name="Latest release").click()
    page.wait_for_load_state()
    assert page.locator("#version").inner_text() == two_releases.second.name
    rows = page.locator("#tables tr[data-table]").evaluate_all(
        "rows => rows.map(r => r.dataset.table + '.' + r.dataset.format)")
    assert rows == [f"{spec.name}.{ext}" for spec in TABLES for ext in ("parquet", "csv")]
    for spec in TABLES:
        assert page.locator(f"#columns-{spec.name}").count() == 1


@pytest.mark.parametrize("table", ["statements", "speakers"])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_downloaded_file_matches_the_sha256_on_the_page(page: Any, base_url: str,
                                                        two_releases: Releases, table: str,
                                                        fmt: str) -> None:
    page.goto(f"{base_url}/latest/index.html")
    row = page.locator(f"tr[data-table='{table}'][data-format='{fmt}']")
    shown = row.locator("code.sha256").inner_text()
    with page.expect_download() as download:
        row.locator("a.download").click()
    path = Path(download.value.path())
    assert download.value.suggested_filename == f"{table}.{fmt}"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == shown
    assert path.read_bytes() == (two_releases.second / f"{table}.{fmt}").read_bytes()
