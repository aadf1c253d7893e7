"""Query speed of the web face over a big database (bench/build_db.py makes one): latencies of search,
one zone's events and an official's page through real HTTP, the bare full-text query beside ours, then
20 clients for 30 s, and the database size per 1,000 articles.

PYTHONPATH=. .venv/bin/python bench/query_speed.py --db sqlite:///bench/results/bench100k.db
PYTHONPATH=. .venv/bin/python bench/query_speed.py --db postgresql://postgres@127.0.0.1:5432/cpec_bench
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select, text

from models import Article, Person, Zone
from storage import open_database
from storage.search import fts5_query, parse_query, tsquery_text

SEARCHES = (
    "Gwadar",
    "Rashakai",
    '"special economic zone"',
    "Dhabeji industrial",
    "invest*",
    "Karakoram highway",
    '"Joint Cooperation Committee"',
    "Ahsan Iqbal",
    "CPEC",
    "power project tariff",
    "ML-1 railway",
    "Chinese ambassador Islamabad",
)
console = Console()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) >= 2 else times[0]


def _timed(client: httpx.Client, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    took = time.perf_counter() - start
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code} {response.text[:200]}")
    return took * 1000


def _bare_search(db_url: str, query: str) -> Callable[[], None]:
    """The floor: the engine's own ranked full-text query, no ORM, no HTTP, no snippets."""
    db = open_database(db_url, migrate=False)
    terms = parse_query(query)
    if db.is_sqlite:
        sql = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rank LIMIT 50")
        params = {"q": fts5_query(terms)}
    else:
        sql = text(
            "SELECT id FROM articles WHERE search_vector @@ to_tsquery('english', :q) "
            "ORDER BY ts_rank(search_vector, to_tsquery('english', :q), 1) DESC LIMIT 50"
        )
        params = {"q": tsquery_text(terms)}

    def run() -> None:
        with db.engine.connect() as conn:
            conn.execute(sql, params).all()

    return run


def latencies(base: str, db_url: str, repeats: int) -> tuple[list[list[str]], dict[str, list[str]]]:
    db = open_database(db_url, migrate=False)
    with db.reading() as s:
        zones = list(s.scalars(select(Zone.id)))
        people = list(s.scalars(select(Person.id)))
    rng = random.Random(7)
    sample = rng.sample(people, min(60, len(people)))
    urls = {
        "search /api/articles?q=": [f"{base}/api/articles?q={q}" for q in SEARCHES],
        "zone events /api/events?zone_id=": [f"{base}/api/events?zone_id={z}" for z in zones],
        "official page /officials/ID": [f"{base}/officials/{p}" for p in sample],
    }
    rows = []
    with httpx.Client(timeout=60) as client:
        for url in [u for group in urls.values() for u in group]:  # warm the caches once
            _timed(client, url)
        for name, group in urls.items():
            times = [_timed(client, u) for _ in range(repeats) for u in group]
            rows.append(
                [
                    name,
                    str(len(times)),
                    f"{statistics.median(times):.1f}",
                    f"{p95(times):.1f}",
                    f"{max(times):.1f}",
                ]
            )
    bare = []
    for q in SEARCHES:
        run = _bare_search(db_url, q)
        run()
        start = time.perf_counter()
        for _ in range(repeats):
            run()
        bare.append((time.perf_counter() - start) * 1000 / repeats)
    rows.append(
        [
            "bare engine ranked FTS query (no app)",
            str(len(bare) * repeats),
            f"{statistics.median(bare):.1f}",
            f"{p95(bare):.1f}",
            f"{max(bare):.1f}",
        ]
    )
    return rows, urls


def load(urls: dict[str, list[str]], base: str, clients: int, seconds: float) -> dict[str, float]:
    """clients threads, each a keep-alive client, requesting a mix of pages until the time is up."""
    mix = [u for group in urls.values() for u in group] + [
        f"{base}/",
        f"{base}/events",
        f"{base}/api/events?type=meeting",
        f"{base}/zones/1",
        *(f"{base}/articles/{i}" for i in range(1, 200, 7)),
    ]
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(timeout=30) as client:
            while time.monotonic() < stop:
                url = rng.choice(mix)
                try:
                    took = _timed(client, url)
                except (RuntimeError, httpx.HTTPError) as exc:
                    with lock:
                        errors.append(f"{url}: {exc}")
                    continue
                with lock:
                    times.append(took)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - start
    if errors:
        console.print(f"[red]{len(errors)} errors[/red], first: {errors[0]}")
    return {
        "requests": len(times),
        "rps": len(times) / took,
        "p50": statistics.median(times),
        "p95": p95(times),
        "errors": len(errors),
    }


def size_per_thousand(db_url: str) -> tuple[int, float]:
    db = open_database(db_url, migrate=False)
    with db.reading() as s:
        n = s.scalar(select(func.count(Article.id))) or 0
        if db.is_sqlite:
            pages = s.execute(text("PRAGMA page_count")).scalar() or 0
            size = pages * (s.execute(text("PRAGMA page_size")).scalar() or 0)
        else:
            size = s.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0
    return n, size / 1e6 / (n / 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    n, mb = size_per_thousand(args.db)
    port = _free_port()
    cmd = [sys.executable, "-c", "from pipeline.cli.app import main; main()", "serve", "--port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    server = subprocess.Popen([*cmd, "--db", args.db], env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        rows, urls = latencies(base, args.db, args.repeats)
        table = Table(title=f"{n:,} articles, {args.db.split(':')[0]}: one client, real HTTP (ms)")
        for col in ("request", "n", "p50", "p95", "max"):
            table.add_column(col)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        result = load(urls, base, args.clients, args.seconds)
        console.print(
            f"{args.clients} clients for {args.seconds:.0f} s: {result['requests']} requests, "
            f"{result['rps']:.1f} req/s, p50 {result['p50']:.0f} ms, p95 {result['p95']:.0f} ms, "
            f"{result['errors']} errors"
        )
        console.print(f"database size: {mb:.2f} MB per 1,000 articles")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
