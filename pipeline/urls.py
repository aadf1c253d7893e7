"""Canonical URLs, so one article reached through a feed, a sitemap or by hand is one row."""

from __future__ import annotations

from courlan import normalize_url


def canonical_url(url: str) -> str:
    """Lower-case host, no fragment, no tracking parameters; file: and stdin: URLs are kept as they are."""
    if not url.lower().startswith(("http://", "https://")):
        return url
    try:
        return str(normalize_url(url, strict=True))
    except ValueError:
        return url
