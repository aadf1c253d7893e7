"""The JSON API under /api/: every list cursor-paged (or exported whole as CSV / JSON Lines), every entity
with its profile. The pages (pages.py) render exactly what these functions return."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from sqlalchemy.orm import Session

from pipeline.web import export
from pipeline.web.params import Articles, Cursor, Entities, Events, Fmt, Format
from storage import Database
from storage.paging import Page
from storage.profiles import official_profile, organization_profile, zone_profile
from storage.queries import article_page, article_record, find_article
from storage.record_queries import event_facets, events_page, officials_page, organizations_page, zones_page

router = APIRouter(prefix="/api")


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def session(request: Request) -> Iterator[Session]:
    """One read transaction per request (the connection itself is read-only)."""
    with database(request).reading() as s:
        yield s


DB = Annotated[Database, Depends(database)]
S = Annotated[Session, Depends(session)]
ItemId = Annotated[int, Path(ge=1)]


def page_json(request: Request, page: Page) -> dict[str, Any]:
    next_url = str(request.url.include_query_params(cursor=page.next)) if page.next else None
    return {"items": page.items, "next": page.next, "next_url": next_url}


def _list(
    request: Request,
    db: Database,
    s: Session,
    fetch: export.Fetch,
    cursor: str | None,
    fmt: Format,
    name: str,
    limit: int,
) -> Any:
    if fmt is not Format.json:
        return export.stream(db, fetch, cursor, fmt, name)
    return page_json(request, fetch(s, limit, cursor))


@router.get("/articles", summary="Articles: full-text search and filters, newest or best match first")
def articles(
    request: Request, db: DB, s: S, f: Articles, cursor: Cursor = None, fmt: Fmt = Format.json
) -> Any:
    def fetch(sess: Session, n: int, c: str | None) -> Page:
        return article_page(sess, replace(f, limit=n), c)

    return _list(request, db, s, fetch, cursor, fmt, "articles", f.limit)


@router.get("/articles/{article_id}", summary="One article's whole record, as `cpec show --format json`")
def article(s: S, article_id: ItemId) -> dict[str, Any]:
    return article_record(s, find_article(s, str(article_id)))


@router.get("/officials", summary="Officials across articles, most often named first")
def officials(
    request: Request, db: DB, s: S, q: Entities, cursor: Cursor = None, fmt: Fmt = Format.json
) -> Any:
    def fetch(sess: Session, n: int, c: str | None) -> Page:
        return officials_page(sess, replace(q.filter("official"), limit=n), c)

    return _list(request, db, s, fetch, cursor, fmt, "officials", q.limit)


@router.get("/officials/{official_id}", summary="One official: aliases, titles held over time, events")
def official(s: S, official_id: ItemId) -> dict[str, Any]:
    return official_profile(s, official_id)


@router.get("/zones", summary="Zones across articles, most often named first")
def zones(request: Request, db: DB, s: S, q: Entities, cursor: Cursor = None, fmt: Fmt = Format.json) -> Any:
    def fetch(sess: Session, n: int, c: str | None) -> Page:
        return zones_page(sess, replace(q.filter("zone"), limit=n), c)

    return _list(request, db, s, fetch, cursor, fmt, "zones", q.limit)


@router.get("/zones/{zone_id}", summary="One zone: location, events over time, officials involved")
def zone(s: S, zone_id: ItemId) -> dict[str, Any]:
    return zone_profile(s, zone_id)


@router.get("/organizations", summary="Organisations across articles, most often named first")
def organizations(
    request: Request, db: DB, s: S, q: Entities, cursor: Cursor = None, fmt: Fmt = Format.json
) -> Any:
    def fetch(sess: Session, n: int, c: str | None) -> Page:
        return organizations_page(sess, replace(q.filter(""), limit=n), q.name, c)

    return _list(request, db, s, fetch, cursor, fmt, "organizations", q.limit)


@router.get("/organizations/{organization_id}", summary="One organisation: articles and events")
def organization(s: S, organization_id: ItemId) -> dict[str, Any]:
    return organization_profile(s, organization_id)


@router.get(
    "/events", summary="Events with their sentence and article, by type, status, zone, official, year"
)
def events(request: Request, db: DB, s: S, f: Events, cursor: Cursor = None, fmt: Fmt = Format.json) -> Any:
    def fetch(sess: Session, n: int, c: str | None) -> Page:
        return events_page(sess, replace(f, limit=n), c)

    return _list(request, db, s, fetch, cursor, fmt, "events", f.limit)


@router.get("/events/facets", summary="Counts of the matching events by type, status, zone and year")
def facets(s: S, f: Events) -> dict[str, Any]:
    return event_facets(s, f)
