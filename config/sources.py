"""The default sources shipped in config/data/sources.json (unverified from the machine that wrote them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class DefaultSource:
    name: str
    url: str
    kind: str
    every: str
    topic_filter: bool = True
    url_pattern: str | None = None


def default_sources() -> list[DefaultSource]:
    raw = json.loads(resources.files("config").joinpath("data/sources.json").read_text(encoding="utf-8"))
    return [
        DefaultSource(
            s["name"], s["url"], s["kind"], s["every"], s.get("topic_filter", True), s.get("url_pattern")
        )
        for s in raw["sources"]
    ]
