"""Query parameters shared by the API and the pages: typed, bounded, turned into storage filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query
from pydantic import BeforeValidator, Field

from pipeline.analysis.event_types import BY_NAME, STATUSES
from storage.queries import ArticleFilter
from storage.record_queries import RecordFilter

MAX_LIMIT = 200  # rows per page; exports page through everything up to MAX_EXPORT
MAX_EXPORT = 100_000


class BadParameter(ValueError):
    """A parameter that passed its type check but means nothing here (an unknown event type...)."""


class Format(StrEnum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (at most {MAX_LIMIT}).")]
Cursor = Annotated[str | None, Query(description="The `next` cursor of the previous page.")]
Fmt = Annotated[Format, Query(alias="format", description="json (a page), or csv / jsonl (every row).")]
# A form's empty field arrives as "": it means "no filter", not a bad date or number
Blank = BeforeValidator(lambda v: None if v == "" else v)
Since = Annotated[date | None, Blank, Query(description="On or after YYYY-MM-DD.")]
Until = Annotated[date | None, Blank, Query(description="On or before YYYY-MM-DD.")]
Name = Annotated[str | None, Query(max_length=200, description="Part of a name, any case.")]
Id = Annotated[Annotated[int, Field(ge=1)] | None, Blank, Query()]
EventType = Annotated[str | None, Query(description=f"One of: {', '.join(BY_NAME)}.")]
Status = Annotated[str | None, Query(description=f"One of: {', '.join(STATUSES)}.")]


def check_event(type_: str | None, status: str | None) -> None:
    if type_ and type_ not in BY_NAME:
        raise BadParameter(f"type: {type_!r} is not an event type ({', '.join(BY_NAME)})")
    if status and status not in STATUSES:
        raise BadParameter(f"status: {status!r} is not a status ({', '.join(STATUSES)})")


def article_filter(
    q: Annotated[
        str | None, Query(max_length=500, description='Words, "phrases", prefix*, -excluded.')
    ] = None,
    since: Since = None,
    until: Until = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    zone: Name = None,
    official: Name = None,
    zone_id: Id = None,
    official_id: Id = None,
    organization_id: Id = None,
    event_type: EventType = None,
    event_status: Status = None,
    limit: Limit = 50,
) -> ArticleFilter:
    check_event(event_type, event_status)
    return ArticleFilter(
        search=q or None,
        since=since,
        until=until,
        source=source or None,
        limit=limit,
        zone=zone or None,
        official=official or None,
        zone_id=zone_id,
        official_id=official_id,
        organization_id=organization_id,
        event_type=event_type or None,
        event_status=event_status or None,
    )


def event_filter(
    type: EventType = None,
    status: Status = None,
    zone: Name = None,
    official: Name = None,
    zone_id: Id = None,
    official_id: Id = None,
    organization_id: Id = None,
    year: Annotated[Annotated[int, Field(ge=1900, le=2200)] | None, Blank, Query()] = None,
    since: Since = None,
    until: Until = None,
    order: Annotated[
        str, Query(pattern="^(newest|oldest)$", description="newest or oldest first.")
    ] = "newest",
    limit: Limit = 50,
) -> RecordFilter:
    check_event(type, status)
    return RecordFilter(
        official=official or None,
        zone=zone or None,
        type=type or None,
        status=status or None,
        since=since,
        until=until,
        limit=limit,
        official_id=official_id,
        zone_id=zone_id,
        organization_id=organization_id,
        year=year,
        ascending=order == "oldest",
    )


@dataclass(frozen=True)
class EntityQuery:
    """Officials, zones, organisations: by part of the name, seen in articles published in the window."""

    name: str | None
    since: date | None
    until: date | None
    limit: int

    def filter(self, by: str) -> RecordFilter:
        return RecordFilter(
            official=self.name if by == "official" else None,
            zone=self.name if by == "zone" else None,
            since=self.since,
            until=self.until,
            limit=self.limit,
        )


def entity_query(
    name: Name = None, since: Since = None, until: Until = None, limit: Limit = 50
) -> EntityQuery:
    return EntityQuery(name or None, since, until, limit)


Articles = Annotated[ArticleFilter, Depends(article_filter)]
Events = Annotated[RecordFilter, Depends(event_filter)]
Entities = Annotated[EntityQuery, Depends(entity_query)]
