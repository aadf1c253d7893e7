"""Durations as people write them on the command line: 2s, 15m, 1h, 1d (or combined, 1h30m)."""

from __future__ import annotations

import re

from pipeline.errors import CpecError

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
PART = re.compile(r"(\d+)([smhd])")


class DurationError(CpecError):
    """A duration that is not of the form 2s, 15m, 1h, 1d."""


def parse_duration(text: str) -> int:
    """Seconds in a duration such as '15m' or '1h30m'; a bare number is seconds."""
    raw = text.strip().lower()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    parts = PART.findall(raw)
    if not parts or "".join(n + u for n, u in parts) != raw:
        raise DurationError(f"{text!r} is not a duration (use e.g. 30s, 15m, 1h, 1d)")
    seconds = sum(int(n) * UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise DurationError(f"{text!r} is not a positive duration")
    return seconds


def format_duration(seconds: int) -> str:
    """The shortest exact spelling: 90 -> '1m30s', 3600 -> '1h'."""
    out = ""
    for unit, size in sorted(UNITS.items(), key=lambda kv: -kv[1]):
        count, seconds = divmod(seconds, size)
        if count:
            out += f"{count}{unit}"
    return out or "0s"
