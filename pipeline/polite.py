"""Polite fetching shared by every thread of a pass: robots.txt, per-host spacing, retries with backoff."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from protego import Protego

from config import Settings
from pipeline.errors import Disallowed, FetchError
from pipeline.fetch import HTML_TYPES, RawPage, fetch, make_client

log = logging.getLogger(__name__)

ROBOTS_ERROR_TTL = 300.0  # an unreachable robots.txt is asked again after five minutes


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Stopped(Exception):
    """The pass was asked to stop (SIGTERM/SIGINT) before this request."""


class HostGate:
    """At most one request per host per `delay` seconds, whatever thread asks: each caller reserves the
    next free slot of its host, then sleeps until it (waking early only to stop)."""

    def __init__(self, stop: threading.Event) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._stop = stop

    def wait(self, host: str, delay: float) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, 0.0))
            self._next[host] = slot + delay
        if self._stop.wait(max(0.0, slot - now)):
            raise Stopped
        if self._stop.is_set():
            raise Stopped

    def hold(self, host: str, seconds: float) -> None:
        """Keep every thread off a host for a while (Retry-After, backoff)."""
        with self._lock:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)


@dataclass
class _Robots:
    parser: Protego | None  # None: everything allowed (no robots.txt)
    unreachable: str | None  # why robots.txt could not be read: the host is left alone for now
    expires: float


class RobotsCache:
    """robots.txt per host with an expiry; outlives a pass (the scheduler keeps one), and one thread
    loads a host's file while the others wait for it."""

    def __init__(self) -> None:
        self._entries: dict[str, _Robots] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, host: str, load: Callable[[str], _Robots]) -> _Robots:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            entry = self._entries.get(host)
            if entry is None or entry.expires <= time.monotonic():
                entry = self._entries[host] = load(host)
            return entry


class Fetcher:
    """One httpx client (connection pooling is thread-safe), robots cache and host gate for a pass."""

    def __init__(
        self, settings: Settings, stop: threading.Event | None = None, robots: RobotsCache | None = None
    ) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self.gate = HostGate(self.stop)
        self.client: httpx.Client = make_client(settings)
        self.robots = robots or RobotsCache()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def get(
        self, url: str, accept: tuple[str, ...] = HTML_TYPES, headers: dict[str, str] | None = None
    ) -> RawPage:
        """GET with robots, spacing and retries; FetchError (Disallowed for robots) when it cannot."""
        host = host_of(url)
        robots = self._robots_for(host)
        if robots.unreachable:
            raise FetchError(f"{url}: {robots.unreachable}; host left alone for now", url=url, retryable=True)
        if robots.parser is not None and not robots.parser.can_fetch(url, self.settings.user_agent):
            raise Disallowed(f"{url}: disallowed by robots.txt", url=url)
        delay = max(self.settings.per_host_delay, self._crawl_delay(robots))
        return self._with_retries(url, host, delay, accept, headers)

    def _crawl_delay(self, robots: _Robots) -> float:
        if robots.parser is None:
            return 0.0
        value = robots.parser.crawl_delay(self.settings.user_agent)
        return float(value) if value else 0.0

    def _with_retries(
        self, url: str, host: str, delay: float, accept: tuple[str, ...], headers: dict[str, str] | None
    ) -> RawPage:
        attempt = 0
        while True:
            self.gate.wait(host, delay)
            try:
                return fetch(self.client, url, self.settings.max_bytes, accept, headers)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.settings.max_retries:
                    raise
                wait = exc.retry_after if exc.retry_after is not None else self._backoff(attempt)
                if wait > self.settings.max_retry_after:
                    raise FetchError(
                        f"{exc} (asked to wait {wait:.0f}s, more than max_retry_after)",
                        url=url,
                        status=exc.status,
                    ) from None
                log.info("%s: %s; retry %d in %.1fs", url, exc, attempt + 1, wait)
                self.gate.hold(host, wait)
                attempt += 1

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.backoff_base * 2**attempt)

    def _robots_for(self, host: str) -> _Robots:
        return self.robots.get(host, self._load_robots)

    def _load_robots(self, host: str) -> _Robots:
        """RFC 9309: 4xx means no rules; 5xx or no answer means stay away for now."""
        ttl = self.settings.robots_ttl
        try:
            page = self._with_retries(host + "/robots.txt", host, self.settings.per_host_delay, (), None)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return _Robots(None, None, time.monotonic() + ttl)
            log.info("%s/robots.txt unreachable (%s): host left alone for now", host, exc)
            reason = f"robots.txt unreachable ({exc})"
            return _Robots(None, reason, time.monotonic() + min(ttl, ROBOTS_ERROR_TTL))
        robots = _Robots(Protego.parse(page.content.decode("utf-8", "replace")), None, time.monotonic() + ttl)
        self.gate.hold(host, self._crawl_delay(robots))  # the Crawl-delay counts from this request on
        return robots
