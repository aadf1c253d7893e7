"""What `cpec ingest` and `cpec extract` accept: an http(s) URL, a local .html/.htm/.txt file, or '-'."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from config import Settings
from pipeline.crawl.fetch import fetch
from pipeline.errors import TargetError
from pipeline.extract import Extracted, decode_html, extract_html, extract_text_file

HTML_SUFFIXES = {".html", ".htm"}


def is_url(target: str) -> bool:
    return "://" in target


def load_target(target: str, client: httpx.Client, settings: Settings) -> Extracted:
    """Fetch or read a target and extract its article."""
    if target == "-":
        content = sys.stdin.buffer.read()
        # Without an address, the page's own canonical URL identifies it; else its content does.
        fallback = "stdin:" + hashlib.sha256(content).hexdigest()[:16]
        return extract_html(decode_html(content, None), fallback, prefer_page_url=True)
    if is_url(target):
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ("http", "https"):
            raise TargetError(f"{target}: unsupported scheme {scheme!r} (use http, https, a file or '-')")
        page = fetch(client, target, settings.max_bytes)
        return extract_html(decode_html(page.content, page.charset), page.final_url)
    return _load_file(Path(target))


def _load_file(path: Path) -> Extracted:
    suffix = path.suffix.lower()
    if suffix not in HTML_SUFFIXES | {".txt"}:
        raise TargetError(f"{path}: unsupported file type {suffix or '(none)'!r} (use .html, .htm or .txt)")
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise TargetError(f"{path}: no such file") from None
    except OSError as exc:
        raise TargetError(f"{path}: cannot read ({exc.strerror})") from None
    url = path.resolve().as_uri()
    if suffix == ".txt":
        return extract_text_file(content.decode("utf-8-sig", errors="replace"), url)
    return extract_html(decode_html(content, None), url)
