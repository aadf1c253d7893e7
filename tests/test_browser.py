"""In a real browser (Debian's chromium driven by Playwright): search, follow a hit to its article, click
a highlighted zone, read its timeline in date order; a stored script never runs. Screenshots go to
$CPEC_TEST_OUTPUT (default tests/output/, git-ignored). Skips with the reason where chromium is missing."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.web.app import create_app
from storage import open_database
from storage.engine import connect
from tests.webdata import HOSTILE_TEXT, ZONE, populate

CHROMIUM = os.environ.get("CPEC_TEST_CHROMIUM", "/usr/bin/chromium")
# The machine has no internet: without these flags chromium keeps calling home at start.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUTPUT = Path(os.environ.get("CPEC_TEST_OUTPUT", Path(__file__).parent / "output"))

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


@pytest.fixture
def base_url(sqlite_url: str) -> Iterator[str]:
    """The real app on 127.0.0.1 under uvicorn, in a thread of this process."""
    import uvicorn

    writer = open_database(sqlite_url)
    populate(writer)
    writer.dispose()
    readonly = connect(sqlite_url, readonly=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # so asyncio sets NODELAY
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(readonly), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        readonly.dispose()


@pytest.fixture
def page(base_url: str) -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="cpec-chromium-"),  # a fresh profile every run
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            viewport={"width": 1200, "height": 900},
        )
        tab = context.new_page()
        dialogs: list[str] = []
        elsewhere: list[str] = []
        tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        tab.on("request", lambda r: None if r.url.startswith(base_url) else elsewhere.append(r.url))
        tab.set_default_timeout(15_000)
        yield tab
        context.close()
        assert dialogs == [], f"a stored script ran: {dialogs}"
        assert elsewhere == [], f"the pages loaded something from elsewhere: {elsewhere}"


def test_search_article_zone_timeline(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.goto(base_url + "/")
    page.fill("input[name=q]", "groundbreaking Rashakai")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.articles li")
    assert page.locator("ol.articles mark").count() >= 2  # highlighted snippet words
    page.screenshot(path=str(OUTPUT / "search.png"))
    page.click("ol.articles li >> nth=0 >> a.title")
    page.wait_for_selector("div.text")
    page.screenshot(path=str(OUTPUT / "article.png"))
    page.click("div.text a.m.zone >> nth=0")
    page.wait_for_selector("section.timeline")
    assert page.inner_text("h1") == ZONE
    days = page.locator("section.timeline li.event").evaluate_all("els => els.map(e => e.dataset.date)")
    assert len(days) == 4 and days == sorted(days)
    assert page.locator("figure.chart rect").count() == 3
    page.screenshot(path=str(OUTPUT / "zone.png"), full_page=True)


def test_stored_script_renders_as_text_and_never_runs(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/?q=stored")
    page.click("ol.articles li >> nth=0 >> a.title")
    page.wait_for_selector("div.text")
    assert page.inner_text("div.text") == HOSTILE_TEXT
    assert page.locator("div.text script").count() == 0
    assert page.inner_text("h1").startswith("Gwadar <img")
    # small screens: one readable column, nothing wider than the phone
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "/events")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(OUTPUT / "events-phone.png"))


def test_api_docs_render_offline(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base_url + "/api/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "cpec-tracker" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-summary-path", has_text="/api/zones/{zone_id}").count() == 1
    assert errors == []
