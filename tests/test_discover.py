"""Discovery on documents built here (no network): feeds, sitemaps and indexes, listing pages, kinds."""

from __future__ import annotations

import gzip

import pytest

from pipeline.crawl.discover import DiscoveryError, detect_kind, parse_feed, parse_listing, parse_sitemap
from pipeline.crawl.topic import on_topic
from pipeline.crawl.urls import canonical_url

BASE = "https://news.example"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Rashakai SEZ gets power</title><link href="/a/1?utm_medium=social"/>
<updated>2024-05-06T10:00:00Z</updated><summary>&lt;p&gt;Zone news&lt;/p&gt;</summary></entry>
</feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/b/2</loc><news:news><news:publication_date>2024-05-07T08:00:00+05:00</news:publication_date>
<news:title>CPEC freight up</news:title></news:news></url>
<url><loc>https://news.example/c/3</loc><lastmod>2024-05-01</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/sitemap-1.xml.gz</loc></sitemap></sitemapindex>"""

LISTING = b"""<html><body><a href="/news/101-cpec-meeting">CPEC meeting held</a>
<a href="/about">About</a><a href="https://other.example/news/5">Elsewhere</a>
<a href="/news/102-zone#comments">Zone plots</a></body></html>"""


def test_atom_feed_with_relative_links_and_summaries() -> None:
    [entry] = parse_feed(ATOM, BASE + "/feed.atom")
    assert entry.url == "https://news.example/a/1"
    assert entry.summary == "Zone news" and entry.published is not None and entry.published.day == 6


def test_news_sitemap_and_gzipped_index() -> None:
    found = parse_sitemap(NEWS_SITEMAP, BASE + "/sitemap.xml").candidates
    assert [(c.url, c.title) for c in found] == [(BASE + "/b/2", "CPEC freight up"), (BASE + "/c/3", None)]
    assert found[0].published is not None and found[0].published.hour == 8
    index = parse_sitemap(gzip.compress(INDEX), BASE + "/sitemap_index.xml.gz")
    assert index.sitemaps == [BASE + "/sitemap-1.xml.gz"] and not index.candidates


def test_listing_page_links_on_the_same_host_matching_the_pattern() -> None:
    found = parse_listing(LISTING, BASE + "/news/", r"^/news/\d+")
    assert [(c.url, c.title) for c in found] == [
        (BASE + "/news/101-cpec-meeting", "CPEC meeting held"),
        (BASE + "/news/102-zone", "Zone plots"),
    ]


def test_kinds_and_bad_documents() -> None:
    assert detect_kind(ATOM) == "feed"
    assert detect_kind(gzip.compress(NEWS_SITEMAP)) == "sitemap"
    assert detect_kind(LISTING) == "page"
    with pytest.raises(DiscoveryError, match="not an RSS or Atom feed"):
        parse_feed(LISTING, BASE)
    with pytest.raises(DiscoveryError, match="not a sitemap"):
        parse_sitemap(b"<urlset><url><loc>x</loc>", BASE)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("https://News.Example/a/1/amp/?utm_source=x#top", "https://news.example/a/1/"),
        ("https://news.example/amp/a/1", "https://news.example/a/1"),
        ("https://news.example/a/1.amp.html?fbclid=abc", "https://news.example/a/1.html"),
        ("https://news.example/campaign/ample", "https://news.example/campaign/ample"),
    ],
)
def test_canonical_urls_drop_tracking_fragments_and_amp(variant: str, canonical: str) -> None:
    assert canonical_url(variant) == canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power reaches the Dhabeji SEZ", True),  # a zone name from the gazetteer
        ("Chinese firms eye Pakistan's special economic zones", True),  # China + Pakistan + economy
        ("Pakistan beat China in the hockey final", False),
        ("Stocks close higher in Karachi", False),
    ],
)
def test_topic_filter(text: str, expected: bool) -> None:
    assert on_topic(text) is expected
