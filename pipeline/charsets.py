"""Bytes to text, deciding from the bytes when a declared charset does not fit them.

Order: a byte-order mark; valid UTF-8 (a non-ASCII text that is valid UTF-8 is almost never anything else,
whatever a header or meta tag claims); the declared charset (HTTP header, then the page's meta tag) when it
decodes the bytes without error; windows-1252, the WHATWG default for undeclared Western pages (a superset
of Latin-1 that also covers curly quotes); charset_normalizer's guess; UTF-8 with replacement characters.
"""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

log = logging.getLogger(__name__)

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# codecs that Python knows but that are no document encoding (idna, punycode, rot13, ...)
NOT_DOCUMENT = {"idna", "punycode", "rot-13", "rot13", "raw-unicode-escape", "unicode-escape", "utf-7"}


def _strict(content: bytes, charset: str | None) -> str | None:
    if not charset or charset.lower().replace("_", "-") in NOT_DOCUMENT:
        return None
    try:
        info = codecs.lookup(charset)
    except LookupError:
        log.info("unknown charset %r, detecting instead", charset)
        return None
    if info.name in NOT_DOCUMENT:
        return None
    try:
        return content.decode(info.name)
    except (UnicodeError, ValueError):
        log.info("bytes are not %s as declared, detecting instead", charset)
        return None


def meta_charset(content: bytes) -> str | None:
    """The charset a page declares in its first 2 KB (<meta charset> or http-equiv content-type)."""
    m = META_CHARSET.search(content[:2048])
    return m.group(1).decode("ascii") if m else None


def decode_bytes(content: bytes, declared: str | None = None, html: bool = True) -> str:
    for bom, codec in BOMS:
        if content.startswith(bom):
            return content.decode(codec, errors="replace")
    for charset in ("utf-8", declared, meta_charset(content) if html else None, "cp1252"):
        text = _strict(content, charset)
        if text is not None:
            return text
    best = from_bytes(content).best()
    if best is not None:
        return str(best)
    return content.decode("utf-8", errors="replace")
