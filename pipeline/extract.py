"""Main text and metadata from a page with trafilatura; the settings were chosen by bench/extraction.py."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html
from trafilatura.settings import Document

from pipeline.charsets import decode_bytes
from pipeline.errors import ExtractionError
from pipeline.page_meta import clean_author, clean_title, strip_bylines

log = logging.getLogger(__name__)

# Measured on the scrapinghub benchmark (bench/extraction.py): excluding comments and favouring precision
# scores best, and comment sections ("Facebook Comments", "Comments are closed.") must not reach analysis.
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "favor_precision": True, "include_tables": True}
# favor_precision drops whole articles on some layouts (bench/outlet_pages.py): trafilatura's default
# settings are used instead when they find text where it found none, or 1.5 times as much that contains
# what it found (1.5 scored best on both benchmarks), then favor_recall, then jusText.
FALLBACKS: tuple[dict[str, Any], ...] = (
    {"include_comments": False, "include_tables": True},
    {"include_comments": False, "include_tables": True, "favor_recall": True},
)
LONGER = 1.5


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


def _run(html: str, url: str, options: dict[str, Any]) -> tuple[Document | None, str]:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, **options)
    if not isinstance(doc, Document):
        return None, ""
    return doc, (doc.text or "").strip()


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 4]) for i in range(max(len(words) - 3, 1))}


def _covers(longer: str, shorter: str) -> bool:
    """The longer text holds (nearly) all of the shorter one."""
    short = _shingles(shorter)
    return len(short & _shingles(longer)) >= 0.9 * len(short)


def _main_text(html: str, url: str) -> tuple[Document | None, str]:
    doc, text = _run(html, url, EXTRACT_OPTIONS)
    for options in FALLBACKS:
        other_doc, other = _run(html, url, options)
        if not text or (len(other.split()) >= LONGER * len(text.split()) and _covers(other, text)):
            log.debug("%s: %s found more text", url, options)
            doc, text = other_doc or doc, other
        if text:
            break
    if not text:
        text = _justext(html)
    return doc, text


def _justext(html: str) -> str:
    """The last resort: jusText's paragraph classifier (English stop words)."""
    import justext

    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate).strip()


def extract_html(html: str, url: str, prefer_page_url: bool = False) -> Extracted:
    """Extract the article; prefer_page_url takes the page's canonical URL (for HTML with no address)."""
    if not html.strip():
        raise ExtractionError(f"{url}: empty page")
    doc, text = _main_text(html, url)
    if not text:
        raise ExtractionError(f"{url}: no article text found")
    host = urlsplit(url).hostname
    title = clean_title(doc.title if doc else None, doc.sitename if doc else None, host)
    author = clean_author(doc.author if doc else None)
    text = strip_bylines(
        text, title, author or (doc.author if doc else None), (doc.categories or []) if doc else []
    )
    if not text:
        raise ExtractionError(f"{url}: no article text found")
    return Extracted(
        url=((doc.url if doc else None) if prefer_page_url else None) or url,
        title=title,
        published_at=_parse_date(doc.date if doc else None),
        author=author,
        language=(doc.language if doc else None) or _html_lang(html) or _detect_language(text),
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
