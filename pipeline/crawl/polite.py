"""Polite fetching shared by every thread of a pass: robots.txt (crawl/robots.py), per-host spacing,
retries with backoff."""

from __future__ import annotations

import logging
import threading
import time
from urllib.parse import urlsplit

import httpx

from config import Settings
from pipeline.crawl.fetch import HTML_TYPES, RawPage, fetch, make_client
from pipeline.crawl.guard import AddressPolicy
from pipeline.crawl.robots import Robots, RobotsCache, read_robots
from pipeline.errors import Disallowed, FetchError

log = logging.getLogger(__name__)


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


class Fetcher:
    """One httpx client (connection pooling is thread-safe), robots cache and host gate for a pass."""

    def __init__(
        self,
        settings: Settings,
        stop: threading.Event | None = None,
        robots: RobotsCache | None = None,
        obey_robots: bool = True,
    ) -> None:
        self.settings = settings
        self.obey_robots = obey_robots  # False for a page a person asked for by hand (`cpec ingest URL`)
        self.policy = AddressPolicy.of(settings.allow_private_hosts)
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
        self,
        url: str,
        accept: tuple[str, ...] = HTML_TYPES,
        headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> RawPage:
        """GET with robots, spacing and retries; FetchError (Disallowed for robots, Refused for an address
        that is not public) when it cannot."""
        host = host_of(url)
        parts = urlsplit(url)
        if parts.hostname:  # refused before robots.txt is asked for, and never retried
            self.policy.resolve(url, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        delay = self.settings.per_host_delay
        if not self.obey_robots:
            return self._with_retries(url, host, delay, accept, headers, max_bytes)
        robots = self._robots_for(host)
        if robots.unreachable:
            raise FetchError(f"{url}: {robots.unreachable}; host left alone for now", url=url, retryable=True)
        if robots.parser is not None and not robots.parser.can_fetch(url, self.settings.user_agent):
            raise Disallowed(f"{url}: disallowed by robots.txt", url=url)
        delay = max(delay, robots.crawl_delay(self.settings.user_agent))
        return self._with_retries(url, host, delay, accept, headers, max_bytes)

    def _with_retries(
        self,
        url: str,
        host: str,
        delay: float,
        accept: tuple[str, ...],
        headers: dict[str, str] | None,
        max_bytes: int | None = None,
    ) -> RawPage:
        attempt = 0
        cap = max_bytes or self.settings.max_bytes
        while True:
            self.gate.wait(host, delay)
            try:
                return fetch(self.client, url, cap, accept, headers, self.settings.fetch_deadline)
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

    def _robots_for(self, host: str) -> Robots:
        return self.robots.get(host, self._load_robots)

    def _load_robots(self, host: str) -> Robots:
        def get(url: str) -> RawPage:
            return self._with_retries(url, host, self.settings.per_host_delay, (), None)

        robots = read_robots(host, get, self.settings.robots_ttl)
        self.gate.hold(host, robots.crawl_delay(self.settings.user_agent))  # Crawl-delay counts from here
        return robots
