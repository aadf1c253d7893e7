"""Discovery: candidate article URLs from RSS/Atom feeds, sitemaps (news sitemaps too) and listing pages."""

from __future__ import annotations

import gzip
import io
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree
from lxml import html as lxml_html

from pipeline.crawl.urls import canonical_url
from pipeline.errors import CpecError

log = logging.getLogger(__name__)

MAX_XML_BYTES = 50 * 1024 * 1024  # a decompressed sitemap may not exceed the sitemap protocol's limit
FEED_ROOTS = {"rss", "feed", "rdf"}
SITEMAP_ROOTS = {"urlset", "sitemapindex"}


class DiscoveryError(CpecError):
    """A source's document is not the feed, sitemap or page it should be."""


@dataclass(frozen=True)
class Candidate:
    url: str  # canonical
    title: str | None = None
    summary: str | None = None
    published: datetime | None = None


@dataclass
class Discovered:
    candidates: list[Candidate]
    sitemaps: list[str]  # child sitemaps of a sitemap index, to fetch next


def _ungzip(content: bytes) -> bytes:
    if content[:2] != b"\x1f\x8b":
        return content
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as handle:
            data = handle.read(MAX_XML_BYTES + 1)
    except OSError as exc:
        raise DiscoveryError(f"broken gzip data: {exc}") from None
    if len(data) > MAX_XML_BYTES:
        raise DiscoveryError("decompressed sitemap exceeds 50 MB")
    return data


def _root_tag(content: bytes) -> str | None:
    """Local name of the first element, without parsing the whole document."""
    m = re.search(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)", content[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def detect_kind(content: bytes) -> str:
    """feed | sitemap | page, from the document itself."""
    tag = _root_tag(_ungzip(content))
    if tag in FEED_ROOTS:
        return "feed"
    if tag in SITEMAP_ROOTS:
        return "sitemap"
    return "page"


def discover(kind: str, content: bytes, base_url: str, url_pattern: str | None = None) -> Discovered:
    if kind == "feed":
        return Discovered(parse_feed(content, base_url), [])
    if kind == "sitemap":
        return parse_sitemap(content, base_url)
    return Discovered(parse_listing(content, base_url, url_pattern), [])


def _when(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def parse_feed(content: bytes, base_url: str) -> list[Candidate]:
    """RSS or Atom through feedparser, on the bytes we fetched (feedparser never fetches here)."""
    if _root_tag(content) not in FEED_ROOTS:
        raise DiscoveryError(f"{base_url}: not an RSS or Atom feed")
    parsed = feedparser.parse(content, response_headers={"content-location": base_url})
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"{base_url}: unreadable feed: {parsed.bozo_exception}")
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        out.append(
            Candidate(
                canonical_url(urljoin(base_url, link)),
                entry.get("title"),
                _text(entry.get("summary")),
                _when(entry.get("published_parsed") or entry.get("updated_parsed")),
            )
        )
    return out


def _text(fragment: str | None) -> str | None:
    if not fragment:
        return None
    try:
        return str(lxml_html.fromstring(fragment).text_content()).strip()
    except (etree.ParserError, ValueError):
        return fragment


SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def _local(tag: Any) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _iso(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_sitemap(content: bytes, base_url: str) -> Discovered:
    """<urlset> entries with lastmod and Google News title/publication date, or a <sitemapindex>."""
    try:
        root = etree.fromstring(_ungzip(content), SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{base_url}: not a sitemap: {exc}") from None
    kind = _local(root.tag)
    if kind not in SITEMAP_ROOTS:
        raise DiscoveryError(f"{base_url}: not a sitemap (root element <{kind}>)")
    found: list[Candidate] = []
    children: list[str] = []
    for entry in root:
        fields = {_local(el.tag): (el.text or "").strip() for el in entry.iter() if el is not entry}
        loc = fields.get("loc")
        if not loc:
            continue
        if kind == "sitemapindex":
            children.append(urljoin(base_url, loc))
            continue
        when = _iso(fields.get("publication_date")) or _iso(fields.get("lastmod"))
        absolute = loc if loc.startswith(("http://", "https://")) else urljoin(base_url, loc)
        found.append(Candidate(canonical_url(absolute), fields.get("title") or None, None, when))
    return Discovered(found, children)


def parse_listing(content: bytes, base_url: str, url_pattern: str | None) -> list[Candidate]:
    """Links on a listing page, on the same host, whose path matches the source's pattern (any link with
    a path of two or more segments when none is set); the link text serves as the title."""
    try:
        doc = lxml_html.fromstring(content, base_url=base_url)
    except (etree.ParserError, ValueError) as exc:
        raise DiscoveryError(f"{base_url}: unreadable page: {exc}") from None
    pattern = re.compile(url_pattern) if url_pattern else re.compile(r"^/[^/]+/.+")
    host = urlsplit(base_url).hostname
    seen: dict[str, Candidate] = {}
    for element, _attr, link, _pos in doc.iterlinks():
        if element.tag != "a":
            continue
        absolute = urljoin(base_url, link)
        parts = urlsplit(absolute)
        if parts.scheme not in {"http", "https"} or parts.hostname != host or not pattern.search(parts.path):
            continue
        url = canonical_url(absolute)
        title = " ".join(element.text_content().split()) or None
        if url not in seen or (title and not seen[url].title):
            seen[url] = Candidate(url, title)
    return list(seen.values())
