"""Canonical URLs, so one article reached through a feed, a sitemap or by hand is one row."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url

# AMP copies of an article: /amp/... , .../amp(/) and ...amp.html; the ?amp parameter courlan drops itself
AMP_START = re.compile(r"^/amp(?=/)")
AMP_END = re.compile(r"/amp(/?)$")  # ".../title/amp/" -> ".../title/", ".../123/amp" -> ".../123"
AMP_SUFFIX = re.compile(r"\.amp(\.html?)$")


def canonical_url(url: str) -> str:
    """Lower-case host, no fragment, no tracking parameters, no AMP variant; file: and stdin: URLs are kept
    as they are."""
    if not url.lower().startswith(("http://", "https://")):
        return url
    try:
        normal = str(normalize_url(url, strict=True))
    except ValueError:
        return url
    parts = urlsplit(normal)
    path = AMP_SUFFIX.sub(r"\1", AMP_END.sub(r"\1", AMP_START.sub("", parts.path))) or "/"
    return urlunsplit(parts._replace(path=path))
