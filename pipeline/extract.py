"""Main text and metadata from a page with trafilatura; the settings were chosen by bench/extraction.py."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import trafilatura
from lxml import html as lxml_html
from trafilatura.settings import Document

from pipeline.charsets import decode_bytes
from pipeline.errors import ExtractionError

log = logging.getLogger(__name__)

# Measured on the scrapinghub benchmark (bench/extraction.py): excluding comments and favouring precision
# scores best, and comment sections ("Facebook Comments", "Comments are closed.") must not reach analysis.
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "favor_precision": True, "include_tables": True}


@dataclass
class Extracted:
    url: str
    title: str | None
    published_at: date | None
    author: str | None
    language: str | None
    text: str

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        return data


def decode_html(content: bytes, charset: str | None) -> str:
    """Decode a page, trusting its declared charset only when the bytes agree (pipeline/charsets.py)."""
    return decode_bytes(content, charset, html=True)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _html_lang(html: str) -> str | None:
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.split("-")[0].lower() if lang else None


def _detect_language(text: str) -> str | None:
    import py3langid

    code, _score = py3langid.classify(text[:5000])
    return str(code) if code else None


def extract_html(html: str, url: str, prefer_page_url: bool = False) -> Extracted:
    """Extract the article; prefer_page_url takes the page's canonical URL (for HTML with no address)."""
    if not html.strip():
        raise ExtractionError(f"{url}: empty page")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    text = (doc.text or "").strip() if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or not text:
        raise ExtractionError(f"{url}: no article text found")
    return Extracted(
        url=(doc.url if prefer_page_url and doc.url else None) or url,
        title=doc.title or None,
        published_at=_parse_date(doc.date),
        author=doc.author or None,
        language=doc.language or _html_lang(html) or _detect_language(text),
        text=text,
    )


def extract_text_file(body: str, url: str) -> Extracted:
    """A plain-text article: first non-empty line the title, the rest the body."""
    lines = body.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ExtractionError(f"{url}: empty text file")
    title = lines[0].strip()
    text = "\n".join(lines[1:]).strip()
    if not text:
        raise ExtractionError(f"{url}: text file has a title but no body")
    return Extracted(url, title, None, None, _detect_language(text), text)
