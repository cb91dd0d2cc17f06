"""Browser tests: build the site once, serve it from 127.0.0.1, drive it in Chromium.

See site_server.py for the three ways the site is served. One browser per session and
one page per (mode, URL, purpose), so each page loads Pyodide once.
"""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from playwright.sync_api import Browser, sync_playwright

from .site_server import (
    CHROMIUM_ARGS,
    PagePool,
    SiteServer,
    browser_path,
    built_site,
    take_foreign,
)


@pytest.fixture(scope="session")
def site():
    yield built_site()
    if not os.environ.get("GUIDE_BUILT_SITE"):  # a site someone else built stays
        shutil.rmtree(built_site(), ignore_errors=True)


@pytest.fixture(scope="session")
def servers(site):
    running = {mode: SiteServer(site, mode) for mode in ("isolated", "plain", "pages")}
    for server in running.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield running
    for server in running.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Browser:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=browser_path(), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def no_foreign_requests():
    """Fail the test if the page asked any host but 127.0.0.1 for anything."""
    take_foreign()
    yield
    found = take_foreign()
    assert not found, f"requests left 127.0.0.1 (aborted): {found}"


@pytest.fixture(scope="session")
def pool(browser, servers):
    pool = PagePool(browser, servers)
    yield pool
    pool.close()
