"""Scheduled-run machinery over real loopback HTTP: discovery, politeness, faults, idempotence."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from models import Article, SeenUrl, Source
from tests.httpserver import Route, serve
from tests.sitefixtures import HTML, XML, article, conditional, cpec_article, rss, sequence, sitemap

FAST = """
per_host_delay = 0.05
backoff_base = 0.1
max_retries = 2
read_timeout = 1.0
connect_timeout = 1.0
max_bytes = 1000000
"""


@pytest.fixture(autouse=True)
def fast_settings(tmp_path: Path) -> None:
    """Short delays and timeouts; the cli fixture runs in tmp_path, where this file is read."""
    (tmp_path / "cpec.toml").write_text(FAST)


def _json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def _count(url: str, model: type, *where: object) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        value = conn.scalar(select(func.count()).select_from(model).where(*where))  # type: ignore[arg-type]
    engine.dispose()
    return int(value or 0)


def test_second_pass_fetches_nothing_and_asks_conditionally(cli, db_url: str) -> None:
    with serve() as site:
        site.routes.update(
            {
                "/robots.txt": Route(b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}),
                "/a.html": cpec_article("CPEC zone gets power"),
                "/b.html": cpec_article("Planning minister reviews CPEC", who="Omar Farooq"),
            }
        )
        site.routes["/feed.xml"] = conditional(
            rss(site.url(""), [("/a.html", "CPEC zone gets power"), ("/b.html", "Minister reviews CPEC")]),
            '"v1"',
        )
        assert cli("sources", "add", site.url("/feed.xml"), "--name", "t", "--db", db_url).code == 0
        first = _json(cli("run", "--once", "--format", "json", "--db", db_url).out)
        assert first["sources"][-1]["stored"] == 2
        before = len(site.requests)
        second = _json(cli("run", "--once", "--format", "json", "--db", db_url).out)
        later = site.requests[before:]
    assert second["sources"][-1]["fetched"] == 0
    assert [p for _m, p, _h in later] == ["/robots.txt", "/feed.xml"] or [p for _m, p, _h in later] == [
        "/feed.xml"
    ]
    feed_request = next(h for _m, p, h in later if p == "/feed.xml")
    assert feed_request.get("if-none-match") == '"v1"'
    assert _count(db_url, Article) == 2


def test_robots_topic_filter_and_one_article_from_feed_and_sitemap(cli, sqlite_url: str) -> None:
    with serve() as site:
        base = site.url("")
        site.routes.update(
            {
                "/robots.txt": Route(
                    b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}
                ),
                "/news/a.html": cpec_article("CPEC zone gets power"),
                "/private/c.html": cpec_article("CPEC secret plans"),
                "/sport/b.html": article("Cricket final tonight", "Karachi beat Lahore by six wickets."),
                # the feed's title says CPEC, the page does not: relevance is checked again on the text
                "/news/e.html": article(
                    "Weekend sports roundup", "The cricket season ended with a final in Lahore."
                ),
                "/feed.xml": Route(
                    rss(
                        base,
                        [
                            ("/news/a.html?utm_source=rss", "CPEC zone gets power"),
                            ("/sport/b.html", "Cricket final tonight"),
                            ("/private/c.html", "CPEC secret plans"),
                            ("/news/e.html", "CPEC weekly roundup"),
                        ],
                        description="",
                    ),
                    headers=dict(XML),
                ),
                "/sitemap.xml": Route(
                    sitemap(base, ["/news/a.html#top", "/news/amp/a.html"]), headers=dict(XML)
                ),
            }
        )
        cli("sources", "add", site.url("/feed.xml"), "--name", "feed", "--db", sqlite_url)
        cli("sources", "add", site.url("/sitemap.xml"), "--name", "map", "--db", sqlite_url)
        report = _json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        cli("run", "--once", "--format", "json", "--db", sqlite_url)  # nothing is fetched twice
        hits = {p: site.hits(p) for p in ("/news/a.html", "/private/c.html", "/sport/b.html", "/news/e.html")}
    assert hits == {"/news/a.html": 1, "/private/c.html": 0, "/sport/b.html": 0, "/news/e.html": 1}
    assert _count(sqlite_url, Article) == 1  # a, once; e was fetched, found off topic, not stored
    assert _count(sqlite_url, SeenUrl, SeenUrl.status == "offtopic") == 2
    assert _count(sqlite_url, SeenUrl, SeenUrl.status == "disallowed") == 1
    total = report["sources"][-1]
    assert (total["fetched"], total["relevant"], total["stored"]) == (2, 1, 1)


def test_faults_end_as_recorded_failures_or_successes_after_retries(cli, sqlite_url: str) -> None:
    with serve() as site:
        base = site.url("")
        slow = Route(b"<html></html>", headers=dict(HTML), delay=3.0)
        site.routes.update(
            {
                "/robots.txt": Route(b"", 404),
                "/r429.html": sequence(Route(b"", 429, {"Retry-After": "1"}), cpec_article("CPEC after 429")),
                "/r503.html": sequence(Route(b"", 503), cpec_article("CPEC after 503", who="Omar Farooq")),
                "/slow.html": slow,
                "/loop.html": Route(b"", 302, {"Location": "/loop.html"}),
                "/huge.html": Route(headers=dict(HTML), stream=(b"x" * 1_000_000, 50)),
                "/feed.xml": Route(
                    rss(
                        base,
                        [
                            (p, "CPEC story")
                            for p in ("/r429.html", "/r503.html", "/slow.html", "/loop.html", "/huge.html")
                        ],
                    ),
                    headers=dict(XML),
                ),
                "/broken.xml": Route(b"<html><body>Not a feed at all</body></html>", headers=dict(XML)),
            }
        )
        cli("sources", "add", site.url("/feed.xml"), "--name", "good", "--kind", "feed", "--db", sqlite_url)
        cli(
            "sources",
            "add",
            site.url("/broken.xml"),
            "--name",
            "broken",
            "--kind",
            "feed",
            "--db",
            sqlite_url,
        )
        result = cli("run", "--once", "--format", "json", "--db", sqlite_url)
        listing = cli("sources", "list", "--format", "json", "--db", sqlite_url)
    assert result.code == 3, result.err  # partial: one source and three URLs failed, the rest stored
    report = _json(result.out)
    good = next(s for s in report["sources"] if s["source"] == "good")
    assert (good["stored"], good["failed"]) == (2, 3)
    errors = " ".join(e["error"] for e in report["errors"])
    assert "timed out" in errors and "too many redirects" in errors and "byte cap" in errors
    assert "not an RSS or Atom feed" in errors
    health = {row["name"]: row for row in map(json.loads, listing.out.splitlines())}
    assert health["broken"]["consecutive_failures"] == 1 and health["broken"]["last_error"]
    assert health["good"]["consecutive_failures"] == 0 and health["good"]["last_success_at"]
    assert site.hits("/r429.html") == 2 and site.hits("/r503.html") == 2


def test_failing_source_is_disabled_with_its_reason(cli, sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "cpec.toml").write_text(FAST + "max_failures = 2\n")
    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        cli("sources", "add", site.url("/gone.xml"), "--name", "gone", "--kind", "feed", "--db", sqlite_url)
        for _ in range(2):
            cli("run", "--once", "--source", "gone", "--db", sqlite_url)
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        enabled, reason = conn.execute(select(Source.enabled, Source.disabled_reason)).one()
    engine.dispose()
    assert not enabled and "2 consecutive failures" in reason and "404" in reason


def test_sources_commands_and_bad_input(cli, sqlite_url: str) -> None:
    assert cli("sources", "add", "--defaults", "--db", sqlite_url).code == 0
    listed = [
        json.loads(x) for x in cli("sources", "list", "--format", "json", "--db", sqlite_url).out.splitlines()
    ]
    assert len(listed) >= 10 and all(r["enabled"] for r in listed)
    assert cli("sources", "disable", "dawn-home", "--db", sqlite_url).code == 0
    assert cli("sources", "remove", "cgtn-world", "--db", sqlite_url).code == 0
    again = [
        json.loads(x) for x in cli("sources", "list", "--format", "json", "--db", sqlite_url).out.splitlines()
    ]
    assert len(again) == len(listed) - 1
    assert not next(r for r in again if r["name"] == "dawn-home")["enabled"]
    for args, message in (
        (
            ("sources", "add", "http://127.0.0.1:9/x.xml", "--kind", "feed", "--every", "soon"),
            "not a duration",
        ),
        (("sources", "remove", "nope"), "no source named 'nope'"),
        (("sources", "add", "https://www.dawn.com/feeds/business", "--kind", "feed"), "already follows"),
        (("run", "--once", "--source", "nope"), "no source named 'nope'"),
    ):
        result = cli(*args, "--db", sqlite_url)
        assert (
            result.code != 0
            and message in result.err
            and "Traceback" not in result.err
            and "internal error" not in result.err
        )


def test_feed_changed_under_the_same_etag_is_noticed(cli, sqlite_url: str) -> None:
    with serve() as site:
        base = site.url("")
        bodies = [rss(base, [("/a.html", "CPEC zone gets power")])]
        # a server that ignores If-None-Match and keeps its ETag while the feed changes
        site.routes["/feed.xml"] = lambda _r: Route(bodies[-1], 200, {**XML, "ETag": '"same"'})
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/a.html"] = cpec_article("CPEC zone gets power")
        site.routes["/b.html"] = cpec_article("CPEC freight grows", who="Omar Farooq")
        cli("sources", "add", site.url("/feed.xml"), "--name", "f", "--kind", "feed", "--db", sqlite_url)
        cli("run", "--once", "--db", sqlite_url)
        bodies.append(rss(base, [("/a.html", "CPEC zone gets power"), ("/b.html", "CPEC freight grows")]))
        second = _json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
    assert second["sources"][-1]["stored"] == 1 and site.hits("/b.html") == 1 and site.hits("/a.html") == 1


def test_crawl_delay_from_robots_spaces_requests_to_a_host(cli, sqlite_url: str) -> None:
    with serve() as site:
        paths = [f"/n{i}.html" for i in range(3)]
        site.routes["/robots.txt"] = Route(
            b"User-agent: *\nCrawl-delay: 1\n", headers={"Content-Type": "text/plain"}
        )
        site.routes["/feed.xml"] = Route(rss(site.url(""), [(p, "CPEC story") for p in paths]), headers=XML)
        for i, p in enumerate(paths):
            site.routes[p] = cpec_article(f"CPEC story {i}", who=f"Zara Shah{'h' * i}")
        cli("sources", "add", site.url("/feed.xml"), "--name", "f", "--kind", "feed", "--db", sqlite_url)
        assert cli("run", "--once", "--db", sqlite_url).code == 0
        times = [t for _p, t in site.times]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 5 and min(gaps) >= 0.95  # robots, feed, three pages: a second apart, not 0.05 s


def test_sitemap_index_listing_page_and_the_per_pass_cap(cli, sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "cpec.toml").write_text(FAST + "max_new_per_source = 2\n")
    with serve() as site:
        base = site.url("")
        stories = [f"/news/{i}-cpec.html" for i in range(5)]
        site.routes.update(
            {p: cpec_article(f"CPEC story {i}", who=f"Zara Shah{'h' * i}") for i, p in enumerate(stories)}
        )
        site.routes["/robots.txt"] = Route(b"", 404)
        index = (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-1.xml.gz</loc></sitemap></sitemapindex>"
        ).encode()
        site.routes["/sitemap.xml"] = Route(index, headers=dict(XML))
        site.routes["/sitemap-1.xml.gz"] = Route(
            gzip.compress(sitemap(base, stories[:1])), headers={"Content-Type": "application/gzip"}
        )
        links = "".join(f'<a href="{p}">CPEC story</a>' for p in stories[1:]) + '<a href="/about">About</a>'
        site.routes["/news/"] = Route(f"<html><body>{links}</body></html>".encode(), headers=dict(HTML))
        cli("sources", "add", site.url("/sitemap.xml"), "--name", "map", "--db", sqlite_url)
        cli(
            "sources",
            "add",
            site.url("/news/"),
            "--name",
            "list",
            "--kind",
            "page",
            "--pattern",
            r"^/news/\d",
            "--db",
            sqlite_url,
        )
        passes = [_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out) for _ in range(3)]
    stored = [{s["source"]: s["stored"] for s in p["sources"]} for p in passes]
    assert [s["map"] for s in stored] == [1, 0, 0]  # through the index and its gzipped child
    assert [s["list"] for s in stored] == [2, 2, 0]  # two per pass; the rest is picked up next time
    assert site.hits("/about") == 0 and all(site.hits(p) == 1 for p in stories)


def test_unreachable_robots_leaves_the_host_alone_and_fails_the_source_for_now(cli, sqlite_url: str) -> None:
    with serve() as site:
        site.routes["/robots.txt"] = Route(b"down", 503, {"Content-Type": "text/plain"})
        site.routes["/feed.xml"] = Route(rss(site.url(""), [("/a.html", "CPEC story")]), headers=XML)
        cli("sources", "add", site.url("/feed.xml"), "--name", "f", "--kind", "feed", "--db", sqlite_url)
        report = _json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        assert site.hits("/feed.xml") == 0 and site.hits("/robots.txt") == 3  # tried, with retries
    assert "robots.txt unreachable" in report["errors"][0]["error"]
    listing = json.loads(cli("sources", "list", "--format", "json", "--db", sqlite_url).out)
    assert listing["consecutive_failures"] == 1 and listing["enabled"]
