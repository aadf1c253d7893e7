"""Tidying what extraction returns: titles without the site's suffix, desks and sections that are no author,
and the bylines, datelines and timestamps that news pages put above the first paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterable

SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|•|·)\s+")
# words that name a desk's section, never a person ("Pop Culture & Art" is how one outlet signs)
SECTION_WORDS = {
    "art",
    "arts",
    "business",
    "culture",
    "entertainment",
    "fashion",
    "health",
    "lifestyle",
    "opinion",
    "editorial",
    "science",
    "sports",
    "technology",
    "world",
}
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
TIMESTAMP = re.compile(
    rf"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:"
    rf"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    rf"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)(?:\s*(?:,|at)?\s*\d{{1,2}}:\d\d\s*(?:[ap]m)?\s*\w{{0,4}})?"
    rf")$",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def clean_title(title: str | None, sitename: str | None, host: str | None) -> str | None:
    """ "Story | The Express Tribune" -> "Story"; "Story - Business - DAWN.COM" -> "Story"."""
    if not title:
        return None
    parts = SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    site_keys = {k for k in (_key(sitename or ""), _key((host or "").removeprefix("www."))) if k}
    host_words = {_key(w) for w in re.split(r"[.\-]", (host or "").removeprefix("www.")) if len(w) > 3}

    def is_site(part: str) -> bool:
        k = _key(part)
        return bool(k) and (
            k in site_keys
            or any(k in s or s in k for s in site_keys if len(s) > 3)
            or any(w and w in k for w in host_words - {"com", "news"})
        )

    if not is_site(parts[-1]):
        return title.strip()
    parts.pop()
    while len(parts) > 1 and len(parts[-1].split()) <= 2 and not is_site(parts[0]):
        parts.pop()  # the section before the site name ("- Business - DAWN.COM")
    return " - ".join(parts).strip() or title.strip()


def clean_author(author: str | None) -> str | None:
    """None for a section posing as the author ("Pop Culture; Art")."""
    if not author:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", author)}
    return None if words & SECTION_WORDS else author.strip()


def strip_bylines(text: str, title: str | None, author: str | None, extra: Iterable[str] = ()) -> str:
    """Drop the lines above the first paragraph that repeat the title, name the author or desk, or give a
    date or an "N hours ago"; stops at the first line that is none of these."""
    known = {_key(x) for x in (title, author, *extra) if x}
    lines = text.split("\n")
    start = 0
    while start < len(lines) - 1:
        line = lines[start].strip().lstrip("-–—•·").strip()
        bare = re.sub(r"^(?:by|written by)\s+", "", line, flags=re.IGNORECASE)
        if not line or _key(line) in known or _key(bare) in known or TIMESTAMP.match(line):
            start += 1
            continue
        if lines[start].strip()[:1] in "-–—•·" and len(line.split()) <= 4:  # "- Web Desk", "- Tanveer Abbas"
            start += 1
            continue
        break
    return "\n".join(lines[start:]).strip()
