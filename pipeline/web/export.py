"""Any list as CSV or JSON Lines: every matching row, streamed page by page in short read transactions,
so an export of 100,000 rows holds one page in memory and no transaction open between pages."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from pipeline.formats import csv_cell, json_line
from pipeline.web.params import MAX_EXPORT, Format
from storage import Database
from storage.paging import Page

PAGE = 500
Fetch = Callable[[Session, int, str | None], Page]  # session, page size, cursor -> page


def rows(db: Database, fetch: Fetch, first: Page, cap: int = MAX_EXPORT) -> Iterator[dict[str, Any]]:
    page, sent = first, 0
    while True:
        yield from page.items[: cap - sent]
        sent += len(page.items)
        if page.next is None or sent >= cap:
            return
        with db.reading() as session:
            page = fetch(session, min(PAGE, cap - sent), page.next)


def _csv(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    columns: list[str] | None = None
    for row in items:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if columns is None:
            columns = list(row)
            writer.writerow(columns)
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        yield buffer.getvalue()


def _jsonl(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    for row in items:
        yield json_line(row) + "\n"


def stream(db: Database, fetch: Fetch, cursor: str | None, fmt: Format, name: str) -> StreamingResponse:
    """The first page is read before the response starts, so a bad cursor or search is still a 422."""
    with db.reading() as session:
        first = fetch(session, PAGE, cursor)
    items = rows(db, fetch, first)
    if fmt is Format.csv:
        body, media, ext = _csv(items), "text/csv; charset=utf-8", "csv"
    else:
        body, media, ext = _jsonl(items), "application/x-ndjson; charset=utf-8", "jsonl"
    headers = {"Content-Disposition": f'attachment; filename="{name}.{ext}"'}
    return StreamingResponse(body, media_type=media, headers=headers)
