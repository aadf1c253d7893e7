"""One entity across the whole collection: an official's titles over time, events and co-participants;
a zone's events over time, status by year and the officials involved; an organisation's articles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from models import (
    Article,
    ArticleOfficial,
    ArticleOrganization,
    ArticleZone,
    Event,
    EventArgument,
    Organization,
    Person,
    PersonAlias,
    Source,
    Zone,
)
from storage import filters
from storage.queries import NotFound, article_summary
from storage.record_queries import RecordFilter, _seen, events_page, ids_by_name, titles_held
from storage.story_queries import meetings_attended, zone_stages

RECENT = 20  # articles and events shown on a profile; the lists behind them page on


def _articles(session: Session, link: Any, column: Any, entity_id: int) -> dict[str, Any]:
    """Count, first and last publication, and the newest articles of those linked to the entity."""
    ids = select(link.article_id).where(column == entity_id)
    count, first, last = session.execute(
        select(func.count(Article.id), func.min(Article.published_at), func.max(Article.published_at)).where(
            Article.id.in_(ids)
        )
    ).one()
    recent = session.execute(
        select(Article, Source.name)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(Article.id.in_(ids))
        .order_by(Article.published_at.desc().nulls_last(), Article.id.desc())
        .limit(RECENT)
    ).all()
    return {"count": count, **_seen(first, last), "recent": [article_summary(a, n) for a, n in recent]}


def _events(session: Session, f: RecordFilter) -> dict[str, Any]:
    page = events_page(session, f)
    return {"items": page.items, "next": page.next}


def _by_year_and_status(session: Session, condition: Any) -> list[dict[str, Any]]:
    """Events per year and status: how an entity's story moved from planned to happened."""
    day = filters.event_day()
    sqlite = session.get_bind().dialect.name == "sqlite"
    year = func.strftime("%Y", day) if sqlite else func.extract("year", day)
    stmt = (
        select(year, Event.status, func.count(Event.id))
        .select_from(Event)
        .where(condition)
        .group_by(year, Event.status)
    )
    grid: dict[int, dict[str, int]] = {}
    for y, status, n in session.execute(stmt).all():
        if y is not None:
            grid.setdefault(int(y), {})[status] = n
    return [{"year": y, **grid[y]} for y in sorted(grid)]


def _argument_counts(session: Session, events: Any, kind: str, exclude: set[str], top: int) -> list[Any]:
    """Names of one kind taking part in the given events, most frequent first."""
    other = aliased(EventArgument)
    count = func.count(func.distinct(other.event_id))
    ids = events.subquery()
    # From the entity's events to their arguments (ix_event_arguments_event_kind_name), not the reverse:
    # `kind || ''` keeps SQLite's planner (no statistics on a fresh database) from starting at every
    # argument of that kind through ix_event_arguments_kind_name. PostgreSQL's planner has statistics.
    sqlite = session.get_bind().dialect.name == "sqlite"
    stmt = (
        select(other.name, count)
        .join(ids, other.event_id == ids.c.event_id)
        .where(other.kind.concat("") == kind if sqlite else other.kind == kind)
        .group_by(other.name)
        .order_by(count.desc(), other.name)
        .limit(top + len(exclude))
    )
    return [(n, c) for n, c in session.execute(stmt).all() if n not in exclude][:top]


def _linked(session: Session, kind: str, rows: list[Any]) -> list[dict[str, Any]]:
    ids = ids_by_name(session, kind, {n for n, _c in rows})
    return [{"name": n, "id": ids.get(n), "events": c} for n, c in rows]


def official_profile(session: Session, person_id: int) -> dict[str, Any]:
    person = session.scalar(
        select(Person)
        .where(Person.id == person_id)
        .options(selectinload(Person.titles), selectinload(Person.aliases))
    )
    if person is None:
        raise NotFound(f"no official {person_id}")
    names = {person.name, *(a.alias for a in person.aliases)}
    their_events = select(EventArgument.event_id).where(
        EventArgument.kind == "participant", EventArgument.name.in_(names)
    )
    return {
        "official": {
            "id": person.id,
            "name": person.name,
            "country": person.country,
            "aliases": sorted(names - {person.name}),
        },
        "titles": titles_held(person),
        "articles": _articles(session, ArticleOfficial, ArticleOfficial.person_id, person.id),
        "events": _events(session, RecordFilter(official_id=person.id, limit=RECENT)),
        # occurrences across reports (storage/clusters.py), each meeting once however many outlets told it
        "meetings": meetings_attended(session, person, latest=RECENT),
        "events_by_year": _by_year_and_status(session, Event.id.in_(their_events)),
        "co_participants": _linked(
            session, "official", _argument_counts(session, their_events, "participant", names, 20)
        ),
        "zones": _linked(session, "zone", _argument_counts(session, their_events, "zone", set(), 10)),
    }


def zone_profile(session: Session, zone_id: int) -> dict[str, Any]:
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise NotFound(f"no zone {zone_id}")
    its_events = select(EventArgument.event_id).where(
        EventArgument.kind == "zone", EventArgument.name == zone.name
    )
    latest = events_page(session, RecordFilter(zone_id=zone.id, limit=RECENT))
    return {
        "zone": {"id": zone.id, "name": zone.name, "location": zone.location, "province": zone.province},
        "articles": _articles(session, ArticleZone, ArticleZone.zone_id, zone.id),
        # the newest events, told in date order; `next` leads further back
        "timeline": {"items": list(reversed(latest.items)), "earlier": latest.next},
        # where it stands: planned, approved, groundbreaking, operational, stalled (storage/zone_stages.py)
        "stages": zone_stages(session, zone),
        "status_by_year": _by_year_and_status(session, Event.id.in_(its_events)),
        "officials": _linked(
            session, "official", _argument_counts(session, its_events, "participant", set(), 20)
        ),
    }


def organization_profile(session: Session, org_id: int) -> dict[str, Any]:
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFound(f"no organization {org_id}")
    return {
        "organization": {"id": org.id, "name": org.name, "abbreviation": org.abbreviation},
        "articles": _articles(session, ArticleOrganization, ArticleOrganization.organization_id, org.id),
        "events": _events(session, RecordFilter(organization_id=org.id, limit=RECENT)),
    }


def article_links(session: Session, article_id: int) -> dict[str, dict[str, int]]:
    """Entity ids by the names an article's mentions and events use, for linking them."""
    people = _named_in(session, Person, ArticleOfficial, ArticleOfficial.person_id, article_id)
    zones = _named_in(session, Zone, ArticleZone, ArticleZone.zone_id, article_id)
    orgs = _named_in(
        session, Organization, ArticleOrganization, ArticleOrganization.organization_id, article_id
    )
    aliases = session.execute(
        select(PersonAlias.alias, PersonAlias.person_id).where(
            PersonAlias.person_id.in_([i for _n, i in people])
        )
    ).all()
    return {
        "official": {**dict(aliases), **dict(people)},
        "zone": dict(zones),
        "organization": dict(orgs),
    }


def _named_in(session: Session, entity: Any, link: Any, link_fk: Any, article_id: int) -> list[Any]:
    """(name, id) of the people, zones or bodies an article's link table ties to it."""
    return list(
        session.execute(
            select(entity.name, entity.id)
            .join(link, link_fk == entity.id)
            .where(link.article_id == article_id)
        ).all()
    )


def trigger_spans(session: Session, article_id: int) -> list[tuple[int, int] | None]:
    """Where each event's trigger stands in the article text, in the order of the article's events."""
    text = session.scalar(select(Article.text).where(Article.id == article_id)) or ""
    rows = session.execute(
        select(Event.sentence_start, Event.sentence, Event.trigger)
        .where(Event.article_id == article_id)
        .order_by(Event.id)
    ).all()
    spans: list[tuple[int, int] | None] = []
    for start, sentence, trigger in rows:
        if text[start : start + len(sentence)] != sentence:
            start = text.find(sentence)
        at = sentence.lower().find(trigger.lower()) if start >= 0 and trigger else -1
        spans.append((start + at, start + at + len(trigger)) if at >= 0 else None)
    return spans
