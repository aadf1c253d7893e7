"""The pages: each renders what its JSON twin under /api/ returns (linked on the page), plus what only a
person needs (highlighted text, charts)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from pipeline.analysis.event_types import BY_NAME, STATUSES
from pipeline.web import charts
from pipeline.web.api import ItemId, S, page_json
from pipeline.web.params import Articles, Cursor, Entities, Events
from pipeline.web.templating import templates
from pipeline.web.textmarks import pieces
from storage.profiles import (
    article_links,
    official_profile,
    organization_profile,
    trigger_spans,
    zone_profile,
)
from storage.queries import article_page, article_record, find_article
from storage.record_queries import event_facets, events_page, officials_page, organizations_page, zones_page
from storage.search import SearchSyntaxError

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    api = "/api" + request.url.path.rstrip("/") if request.url.path != "/" else "/api/articles"
    if request.url.query:
        api += "?" + request.url.query
    context.setdefault("json_url", api)
    context["params"] = dict(request.query_params)
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/", response_class=HTMLResponse)
def search(request: Request, s: S, f: Articles, cursor: Cursor = None) -> Response:
    try:
        page = page_json(request, article_page(s, replace(f, limit=min(f.limit, 50)), cursor))
    except SearchSyntaxError as exc:
        return _render(request, "search.html", 422, page=None, error=str(exc), f=f)
    return _render(request, "search.html", page=page, error=None, f=f)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, s: S, article_id: ItemId) -> Response:
    record = article_record(s, find_article(s, str(article_id)))
    links = article_links(s, article_id)
    text = pieces(record, links, trigger_spans(s, article_id))
    return _render(request, "article.html", record=record, pieces=text, links=links)


@router.get("/officials", response_class=HTMLResponse)
def officials(request: Request, s: S, q: Entities, cursor: Cursor = None) -> Response:
    page = page_json(request, officials_page(s, q.filter("official"), cursor))
    return _render(request, "officials.html", page=page)


@router.get("/officials/{official_id}", response_class=HTMLResponse)
def official(request: Request, s: S, official_id: ItemId) -> Response:
    profile = official_profile(s, official_id)
    link = f"/events?official_id={official_id}"
    return _render(
        request,
        "official.html",
        p=profile,
        titles_chart=charts.titles_over_time(profile["titles"]),
        status_chart=charts.status_by_year(profile["events_by_year"], link),
    )


@router.get("/zones", response_class=HTMLResponse)
def zones(request: Request, s: S, q: Entities, cursor: Cursor = None) -> Response:
    page = page_json(request, zones_page(s, q.filter("zone"), cursor))
    return _render(request, "zones.html", page=page)


@router.get("/zones/{zone_id}", response_class=HTMLResponse)
def zone(request: Request, s: S, zone_id: ItemId) -> Response:
    profile = zone_profile(s, zone_id)
    chart = charts.status_by_year(profile["status_by_year"], f"/events?zone_id={zone_id}")
    return _render(request, "zone.html", p=profile, status_chart=chart)


@router.get("/organizations", response_class=HTMLResponse)
def organizations(request: Request, s: S, q: Entities, cursor: Cursor = None) -> Response:
    page = page_json(request, organizations_page(s, q.filter(""), q.name, cursor))
    return _render(request, "organizations.html", page=page)


@router.get("/organizations/{organization_id}", response_class=HTMLResponse)
def organization(request: Request, s: S, organization_id: ItemId) -> Response:
    return _render(request, "organization.html", p=organization_profile(s, organization_id))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, s: S, f: Events, cursor: Cursor = None) -> Response:
    page = page_json(request, events_page(s, f, cursor))
    return _render(
        request,
        "events.html",
        page=page,
        facets=event_facets(s, f),
        f=f,
        types=list(BY_NAME),
        statuses=STATUSES,
    )
