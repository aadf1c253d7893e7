"""How robots.txt is obeyed: RFC 9309 reading of a host's robots.txt, cached per host with an expiry."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from pipeline.crawl.fetch import RawPage
from pipeline.errors import FetchError

log = logging.getLogger(__name__)

ROBOTS_ERROR_TTL = 300.0  # an unreachable robots.txt is asked again after five minutes


@dataclass
class Robots:
    parser: Protego | None  # None: everything allowed (no robots.txt)
    unreachable: str | None  # why robots.txt could not be read: the host is left alone for now
    expires: float

    def crawl_delay(self, user_agent: str) -> float:
        if self.parser is None:
            return 0.0
        value = self.parser.crawl_delay(user_agent)
        return float(value) if value else 0.0


def read_robots(host: str, get: Callable[[str], RawPage], ttl: float) -> Robots:
    """RFC 9309: 4xx means no rules; 5xx or no answer means stay away for now."""
    try:
        page = get(host + "/robots.txt")
    except FetchError as exc:
        if exc.status is not None and 400 <= exc.status < 500:
            return Robots(None, None, time.monotonic() + ttl)
        log.info("%s/robots.txt unreachable (%s): host left alone for now", host, exc)
        reason = f"robots.txt unreachable ({exc})"
        return Robots(None, reason, time.monotonic() + min(ttl, ROBOTS_ERROR_TTL))
    return Robots(Protego.parse(page.content.decode("utf-8", "replace")), None, time.monotonic() + ttl)


class RobotsCache:
    """robots.txt per host with an expiry; outlives a pass (the scheduler keeps one), and one thread
    loads a host's file while the others wait for it."""

    def __init__(self) -> None:
        self._entries: dict[str, Robots] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, host: str, load: Callable[[str], Robots]) -> Robots:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            entry = self._entries.get(host)
            if entry is None or entry.expires <= time.monotonic():
                entry = self._entries[host] = load(host)
            return entry
