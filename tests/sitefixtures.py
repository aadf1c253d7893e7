"""Invented news pages, feeds and sitemaps for crawl tests (served by tests/httpserver.py)."""

from __future__ import annotations

from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

from tests.httpserver import Route

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/rss+xml"}


def article(title: str, *paragraphs: str, published: str = "2024-05-06") -> Route:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}T10:00:00+05:00"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Invented for tests.</footer></body></html>"
    )
    return Route(page.encode(), headers=dict(HTML))


def cpec_article(title: str, who: str = "Zara Shah") -> Route:
    return article(
        title,
        f"ISLAMABAD: Minister for Planning {who} on Monday chaired a meeting on CPEC projects and "
        "the Rashakai Special Economic Zone.",
        "The minister said power would reach the zone next month and that Chinese investors had "
        "shown interest in the Dhabeji SEZ.",
        "Officials of the Board of Investment briefed the meeting on the progress of the zones.",
    )


def rss(base: str, items: list[tuple[str, str]], description: str = "CPEC news") -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><description>{description}</description>"
        "<pubDate>Mon, 06 May 2024 10:00:00 +0500</pubDate></item>"
        for path, title in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>{base}/</link>'
        f"{entries}</channel></rss>"
    ).encode()


def sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>2024-05-06</lastmod></url>" for p in paths)
    return (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


def conditional(body: bytes, etag: str) -> Callable[[BaseHTTPRequestHandler], Route]:
    """A feed that answers 304 to a request carrying its current ETag."""

    def route(request: BaseHTTPRequestHandler) -> Route:
        if request.headers.get("If-None-Match") == etag:
            return Route(b"", 304, {"ETag": etag})
        return Route(body, 200, {**XML, "ETag": etag})

    return route


def sequence(*routes: Route) -> Callable[[BaseHTTPRequestHandler], Route]:
    """Answer with each route in turn, then keep answering with the last."""
    served = [0]

    def route(_request: BaseHTTPRequestHandler) -> Route:
        chosen = routes[min(served[0], len(routes) - 1)]
        served[0] += 1
        return chosen

    return route
