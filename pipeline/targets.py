"""What `cpec ingest` and `cpec extract` accept: an http(s) URL, a local .html/.htm/.txt file, a folder of
them, '@LIST' (a file of targets, one a line, each optionally followed by its publication day), or '-'."""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from config import Settings
from pipeline.charsets import decode_bytes
from pipeline.crawl.polite import Fetcher
from pipeline.datelines import publication_day
from pipeline.errors import TargetError
from pipeline.extract import Extracted, decode_html, extract_html, extract_text_file

HTML_SUFFIXES = {".html", ".htm"}
FILE_SUFFIXES = HTML_SUFFIXES | {".txt"}
DATES_FILE = "dates.tsv"  # in a folder: "file-name  YYYY-MM-DD" lines, the folder's per-file dates
LIST_LINE = re.compile(r"^(?P<target>\S+)(?:\s+(?P<date>\S+))?\s*$")


@dataclass(frozen=True)
class Target:
    name: str
    published: date | None = None  # given by the user (flag, list file, folder's dates file)


def is_url(target: str) -> bool:
    return "://" in target


def expand(targets: list[str], published: date | None) -> list[Target]:
    """Folders and list files become their targets; --published belongs to exactly one target."""
    out: list[Target] = []
    for name in targets:
        if name.startswith("@"):
            out += _read_list(Path(name[1:]))
        elif name != "-" and not is_url(name) and Path(name).is_dir():
            out += _read_folder(Path(name))
        else:
            out.append(Target(name))
    if published is not None:
        if len(out) != 1:
            raise TargetError(
                f"--published gives one date for one target, not {len(out)}: give per-file dates in a "
                f"list file (@targets.txt, lines 'TARGET YYYY-MM-DD') or a folder's {DATES_FILE}"
            )
        out = [replace(out[0], published=published)]
    return out


def _parse_date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise TargetError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _read_lines(path: Path) -> list[tuple[str, date | None]]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise TargetError(f"{path}: no such list file") from None
    except (OSError, UnicodeError) as exc:
        raise TargetError(f"{path}: cannot read the list ({exc})") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = LIST_LINE.match(line.strip())
        if not m:
            raise TargetError(f"{path}:{number}: expected 'TARGET [YYYY-MM-DD]', got {line.strip()!r}")
        rows.append((m["target"], _parse_date(m["date"], f"{path}:{number}")))
    return rows


def _read_list(path: Path) -> list[Target]:
    base = path.parent
    return [
        Target(t if t == "-" or is_url(t) or Path(t).is_absolute() else str(base / t), d)
        for t, d in _read_lines(path)
    ]


def _read_folder(folder: Path) -> list[Target]:
    dates = dict(_read_lines(folder / DATES_FILE)) if (folder / DATES_FILE).exists() else {}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
    if not files:
        raise TargetError(f"{folder}: no .html, .htm or .txt files in this folder")
    return [Target(str(p), dates.get(p.name)) for p in files]


def load_target(target: Target, fetcher: Fetcher, settings: Settings) -> Extracted:
    """Fetch or read a target and extract its article; a date the user gave wins over the page's."""
    extracted = _load(target.name, fetcher, settings)
    if target.published is not None:
        extracted = replace(extracted, published_at=target.published)
    return extracted


def _load(target: str, fetcher: Fetcher, settings: Settings) -> Extracted:
    if target == "-":
        content = sys.stdin.buffer.read(settings.max_bytes + 1)
        if len(content) > settings.max_bytes:
            raise TargetError(f"stdin: more than the {settings.max_bytes}-byte cap (max_bytes)")
        # Without an address, the page's own canonical URL identifies it; else its content does.
        fallback = "stdin:" + hashlib.sha256(content).hexdigest()[:16]
        return extract_html(decode_html(content, None), fallback, prefer_page_url=True)
    if is_url(target):
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ("http", "https"):
            raise TargetError(f"{target}: unsupported scheme {scheme!r} (use http, https, a file or '-')")
        page = fetcher.get(target)
        return extract_html(decode_html(page.content, page.charset), page.final_url)
    return _load_file(Path(target), settings.max_bytes)


def _load_file(path: Path, max_bytes: int) -> Extracted:
    suffix = path.suffix.lower()
    if suffix not in FILE_SUFFIXES:
        raise TargetError(f"{path}: unsupported file type {suffix or '(none)'!r} (use .html, .htm or .txt)")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TargetError(f"{path}: {size} bytes, more than the {max_bytes}-byte cap (max_bytes)")
        content = path.read_bytes()
        modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
    except FileNotFoundError:
        raise TargetError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TargetError(f"{path}: is a folder") from None
    except OSError as exc:
        raise TargetError(f"{path}: cannot read ({exc.strerror})") from None
    url = path.resolve().as_uri()
    if suffix == ".txt":
        extracted = extract_text_file(decode_bytes(content, None, html=False), url)
        if extracted.published_at is None:  # the dateline, read against the day the file was written
            extracted = replace(extracted, published_at=publication_day(extracted.text, modified))
        return extracted
    return extract_html(decode_html(content, None), url)
