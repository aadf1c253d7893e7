"""Polite HTTP for one page: timeouts, bounded redirects, a size cap, content-type and charset handling."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from config import Settings
from pipeline.crawl.guard import AddressPolicy, GuardedTransport, check_request
from pipeline.errors import FetchError

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass
class RawPage:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def make_client(settings: Settings) -> httpx.Client:
    """A client that reaches public addresses only (and the private ones allow_private_hosts names)."""
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    policy = AddressPolicy.of(settings.allow_private_hosts)
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        headers={"User-Agent": settings.user_agent},
        transport=GuardedTransport(policy, httpx.HTTPTransport()),
        event_hooks={"request": [check_request(policy)]},
    )


def _read_capped(response: httpx.Response, url: str, max_bytes: int, ends: float | None) -> bytes:
    """The body, at most max_bytes, and done by `ends` (monotonic): a server that trickles a byte just
    inside each read timeout cannot hold a fetch for longer than the deadline and one read timeout."""
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: response of {declared} bytes exceeds the {max_bytes}-byte cap", url=url)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: response exceeds the {max_bytes}-byte cap", url=url)
        if ends is not None and time.monotonic() > ends:
            raise FetchError(f"{url}: not complete within the fetch deadline", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    client: httpx.Client,
    url: str,
    max_bytes: int,
    accept: tuple[str, ...] = HTML_TYPES,
    extra_headers: dict[str, str] | None = None,
    deadline: float | None = None,
) -> RawPage:
    """GET url; raise FetchError for network failures, HTTP errors, oversize or unexpected content types.

    A 304 is returned as a page with status 304 and no content, for conditional requests. `deadline` is
    the most seconds the whole request may take.
    """
    ends = time.monotonic() + deadline if deadline else None
    try:
        with client.stream("GET", url, headers=extra_headers) as response:
            status = response.status_code
            headers = {k.lower(): v for k, v in response.headers.items()}
            if status == 304:
                return RawPage(url, str(response.url), status, b"", headers)
            if status >= 400:
                raise FetchError(
                    f"{url}: HTTP {status} {response.reason_phrase}".rstrip(),
                    url=url,
                    status=status,
                    retryable=status in RETRYABLE_STATUS,
                    retry_after=retry_after(headers.get("retry-after")),
                )
            page = RawPage(url, str(response.url), status, b"", headers)
            if accept and page.content_type and page.content_type not in accept:
                raise FetchError(f"{url}: unsupported content type {page.content_type!r}", url=url)
            page.content = _read_capped(response, url, max_bytes, ends)
            return page
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects", url=url) from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out", url=url, retryable=True) from None
    except httpx.UnsupportedProtocol:
        raise FetchError(f"{url}: unsupported URL scheme", url=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}", url=url, retryable=True) from None
    except (httpx.InvalidURL, UnicodeError) as exc:  # a malformed URL or host name, e.g. from a redirect
        raise FetchError(f"{url}: invalid URL ({exc})", url=url) from None
