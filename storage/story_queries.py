"""Read side across articles for stories: event clusters with their reports, a zone's stage timeline, an
official's titles over time and the meetings attended. Plain dicts for the CLI, JSON and the web pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from models import Article, Event, EventArgument, EventCluster, EventClusterKey, Person, Zone
from storage import filters
from storage.queries import NotFound, iso
from storage.record_queries import RecordFilter
from storage.zone_stages import stage_rows


def _clusters_with(kind: str, text: str) -> ColumnElement[bool]:
    """Clusters with a report naming the participant or zone (part of its name, any case)."""
    events = select(Event.cluster_id).join(EventArgument, EventArgument.event_id == Event.id)
    events = events.where(EventArgument.kind == kind, filters.name_like(EventArgument.name, text))
    return EventCluster.id.in_(events.where(Event.cluster_id.is_not(None)))


def _cluster_conditions(f: RecordFilter) -> list[ColumnElement[bool]]:
    day = func.coalesce(EventCluster.date_start, EventCluster.first_reported)
    last = func.coalesce(EventCluster.date_end, EventCluster.last_reported)
    conds: list[ColumnElement[bool]] = []
    if f.type:
        conds.append(EventCluster.type == f.type)
    if f.status:
        conds.append(EventCluster.status == f.status)
    if f.official:
        conds.append(_clusters_with("participant", f.official))
    if f.zone:
        conds.append(_clusters_with("zone", f.zone))
    if f.since:
        conds.append(last >= f.since)
    if f.until:
        conds.append(day <= f.until)
    return conds


def cluster_summary(c: EventCluster) -> dict[str, Any]:
    dated = c.date_start is not None
    return {
        "id": c.id,
        "date_start": iso(c.date_start or c.first_reported),
        "date_end": iso(c.date_end or c.first_reported),
        "dated_by": "text" if dated else "first report",
        "type": c.type,
        "status": c.status,
        "reports": c.reports,
        "first_reported": iso(c.first_reported),
        "last_reported": iso(c.last_reported),
        "participants": [p["name"] + (f" ({p['role']})" if p.get("role") else "") for p in c.participants],
        "zones": c.zones,
        "organizations": c.organizations,
        "trigger": c.trigger,
        "sentence": c.sentence,
    }


def list_event_clusters(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    """One row per real occurrence, with its number of reports and first/last reported (latest news
    first)."""
    stmt = (
        select(EventCluster)
        .where(*_cluster_conditions(f))
        .order_by(EventCluster.last_reported.desc(), EventCluster.id.desc())
        .limit(f.limit)
    )
    return [cluster_summary(c) for c in session.scalars(stmt)]


def event_cluster(session: Session, cluster_id: int) -> dict[str, Any]:
    """A cluster with every report of it: the article, when it was published, what it said."""
    cluster = session.get(EventCluster, cluster_id)
    if cluster is None:
        raise NotFound(f"no event cluster {cluster_id}")
    stmt = (
        select(Event, Article.url, Article.title, Article.published_at)
        .join(Article, Article.id == Event.article_id)
        .where(Event.cluster_id == cluster_id)
        .order_by(Article.published_at, Article.id)
    )
    reports = [
        {
            "article_id": ev.article_id,
            "published_at": iso(published),
            "status": ev.status,
            "date": {"start": iso(ev.date_start), "end": iso(ev.date_end)} if ev.date_start else None,
            "trigger": ev.trigger,
            "sentence": ev.sentence,
            "title": title,
            "url": url,
        }
        for ev, url, title, published in session.execute(stmt).all()
    ]
    return {**cluster_summary(cluster), "reports_list": reports}


def _zone(session: Session, name: str) -> Zone:
    exact = session.scalar(select(Zone).where(func.lower(Zone.name) == name.lower()))
    if exact is not None:
        return exact
    named = select(Zone).where(Zone.id.in_(filters.zones_named(name)))
    found = session.scalars(named.order_by(Zone.name)).all()
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"no stored zone matches {name!r}")
    raise NotFound(f"{name!r} matches {len(found)} zones: {', '.join(z.name for z in found[:8])}")


def zone_timeline(session: Session, name: str) -> dict[str, Any]:
    """A zone's stages in order, each with its dates, reports and the occurrences behind it."""
    zone = _zone(session, name)
    return {
        "zone": zone.name,
        "location": zone.location,
        "province": zone.province,
        **zone_stages(session, zone),
    }


def zone_stages(session: Session, zone: Zone) -> dict[str, Any]:
    """The stage a zone stands at now, since when, and every stage with the occurrences behind it."""
    stages = stage_rows(session, zone.id)
    ids = {cid for s in stages for cid in s["cluster_ids"]}
    clusters = {c.id: c for c in session.scalars(select(EventCluster).where(EventCluster.id.in_(ids)))}
    for s in stages:
        s["events"] = [cluster_summary(clusters[cid]) for cid in s["cluster_ids"] if cid in clusters]
    current = next((s for s in stages if s["current"]), None)
    return {
        "stage": current["stage"] if current else None,
        "since": current["since"] if current else None,
        "stages": stages,
    }


def _person(session: Session, name: str) -> Person:
    found = session.scalars(
        select(Person)
        .where(Person.id.in_(filters.people_named(name)))
        .order_by(Person.name)
        .options(selectinload(Person.titles), selectinload(Person.aliases))
    ).all()
    exact = [p for p in found if p.name.lower() == name.lower()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise NotFound(f"no stored official matches {name!r}")
    raise NotFound(f"{name!r} matches {len(found)} officials: {', '.join(p.name for p in found[:8])}")


def official_timeline(
    session: Session, name: str, meeting_types: tuple[str, ...] = ("meeting",)
) -> dict[str, Any]:
    """An official's titles over time (first and last seen) and the meetings attended, oldest first."""
    person = _person(session, name)
    titles = sorted(person.titles, key=lambda t: (t.first_seen or date.min, t.title))
    return {
        "name": person.name,
        "country": person.country,
        "aliases": [a.alias for a in person.aliases],
        "titles": [
            {
                "title": t.title,
                "organization": t.organization or None,
                "first_seen": iso(t.first_seen),
                "last_seen": iso(t.last_seen),
            }
            for t in titles
        ],
        "meetings": meetings_attended(session, person, meeting_types),
    }


def meetings_attended(
    session: Session, person: Person, meeting_types: tuple[str, ...] = ("meeting",), latest: int | None = None
) -> list[dict[str, Any]]:
    """The occurrences (not the reports) of the given types the person took part in, oldest first; with
    `latest`, only that many of the newest."""
    keys = [person.key, *(a.key for a in person.aliases)]
    attended = select(EventClusterKey.cluster_id).where(
        EventClusterKey.kind == "p", EventClusterKey.name.in_(keys)
    )
    day = func.coalesce(EventCluster.date_start, EventCluster.first_reported)
    stmt = select(EventCluster).where(EventCluster.id.in_(attended), EventCluster.type.in_(meeting_types))
    if latest is None:
        meetings = list(session.scalars(stmt.order_by(day, EventCluster.id)))
    else:
        newest = stmt.order_by(day.desc(), EventCluster.id.desc()).limit(latest)
        meetings = list(reversed(session.scalars(newest).all()))
    return [cluster_summary(c) for c in meetings]
