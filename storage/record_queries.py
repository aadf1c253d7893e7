"""Read side across articles: officials, zones, organisations and events, filtered, as plain dicts for
tables, JSON and CSV; the CLI and the web API share them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, selectinload

from models import (
    Article,
    ArticleOfficial,
    ArticleOrganization,
    ArticleZone,
    Event,
    Organization,
    Person,
    Zone,
)
from storage import filters, paging
from storage.paging import Page
from storage.queries import iso
from storage.zone_stages import current_stages


@dataclass(frozen=True, kw_only=True)  # by name only: several fields share a type
class RecordFilter:
    official: str | None = None  # part of a name or alias, any case
    zone: str | None = None  # part of a zone name, any case
    type: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 100
    official_id: int | None = None
    zone_id: int | None = None
    organization_id: int | None = None
    year: int | None = None  # events dated in that year
    ascending: bool = False  # events oldest first (a timeline) instead of newest first
    include_copies: bool = False  # raw event lists: also the events of syndicated copies


def story_count() -> ColumnElement[int]:
    """Articles counted once per story: a copy counts as its original."""
    return func.count(func.distinct(func.coalesce(Article.copy_of_id, Article.id)))


def _published(f: RecordFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.since:
        conds.append(Article.published_at >= f.since)
    if f.until:
        conds.append(Article.published_at <= f.until)
    return conds


def _seen(first: date | None, last: date | None) -> dict[str, str | None]:
    return {
        "first_seen": iso(first),
        "last_seen": iso(last),
    }


def _offset_page(
    session: Session, stmt: Any, f: RecordFilter, kind: str, cursor: str | None
) -> tuple[list[Any], str | None]:
    """Lists ordered by an aggregate page by offset (they are as long as there are entities, not rows)."""
    offset = paging.as_int(paging.decode(kind, cursor, 1)[0]) if cursor else 0
    rows = session.execute(stmt.offset(offset).limit(f.limit + 1)).all()
    more = len(rows) > f.limit
    return list(rows[: f.limit]), paging.encode(kind, [offset + f.limit]) if more else None


def titles_held(person: Person) -> list[dict[str, Any]]:
    titles = sorted(person.titles, key=lambda t: (t.last_seen or date.min, t.first_seen or date.min))
    return [
        {"title": t.title, "organization": t.organization or None, **_seen(t.first_seen, t.last_seen)}
        for t in reversed(titles)
    ]


def _by_entity(entity: Any, link: Any, link_fk: Any, articles: Any, conds: list[Any]) -> Select[Any]:
    """One row per person, zone or body of the matching articles: the entity, how many stories name it,
    first and last seen; most-named first."""
    return (
        select(entity, articles, func.min(Article.published_at), func.max(Article.published_at))
        .join(link, link_fk == entity.id)
        .join(Article, Article.id == link.article_id)
        .where(*conds)
        .group_by(entity.id)
        .order_by(articles.desc(), entity.name, entity.id)
    )


def officials_page(session: Session, f: RecordFilter, cursor: str | None = None) -> Page:
    """One row per person across the matching articles (a copy counts as its original), with every title
    held and when it was seen."""
    articles = story_count()
    conds = _published(f)
    if f.official:
        conds.append(Person.id.in_(filters.people_named(f.official)))
    if f.zone:
        conds.append(filters.article_names_zones(filters.zones_named(f.zone)))
    stmt = _by_entity(Person, ArticleOfficial, ArticleOfficial.person_id, articles, conds).options(
        selectinload(Person.titles), selectinload(Person.aliases)
    )
    rows, nxt = _offset_page(session, stmt, f, "officials", cursor)
    items = []
    for person, count, first, last in rows:
        titles = titles_held(person)
        items.append(
            {
                "id": person.id,
                "name": person.name,
                "title": titles[0]["title"] if titles else None,
                "organization": titles[0]["organization"] if titles else None,
                "country": person.country,
                "articles": count,
                **_seen(first, last),
                "aliases": [a.alias for a in person.aliases],
                "titles": titles,
            }
        )
    return Page(items, nxt)


def zones_page(session: Session, f: RecordFilter, cursor: str | None = None) -> Page:
    """Zones across articles (a copy counts as its original), with the stage each stands at now."""
    articles = story_count()
    conds = _published(f)
    if f.official:
        conds.append(filters.article_names_people(filters.people_named(f.official)))
    if f.zone:
        conds.append(filters.name_like(Zone.name, f.zone))
    stmt = _by_entity(Zone, ArticleZone, ArticleZone.zone_id, articles, conds)
    rows, nxt = _offset_page(session, stmt, f, "zones", cursor)
    stages = current_stages(session, [zone.id for zone, *_ in rows])
    items = [
        {
            "id": zone.id,
            "name": zone.name,
            "location": zone.location,
            "province": zone.province,
            "articles": count,
            **_seen(first, last),
            "stage": stages.get(zone.id, (None, None))[0],
            "stage_since": iso(stages.get(zone.id, (None, None))[1]),
        }
        for zone, count, first, last in rows
    ]
    return Page(items, nxt)


def organizations_page(session: Session, f: RecordFilter, name: str | None, cursor: str | None) -> Page:
    articles = story_count()
    conds = _published(f)
    if name:
        conds.append(filters.name_like(Organization.name, name))
    stmt = _by_entity(Organization, ArticleOrganization, ArticleOrganization.organization_id, articles, conds)
    rows, nxt = _offset_page(session, stmt, f, "organizations", cursor)
    items = [
        {"id": o.id, "name": o.name, "abbreviation": o.abbreviation, "articles": count, **_seen(first, last)}
        for o, count, first, last in rows
    ]
    return Page(items, nxt)


def list_officials(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    return officials_page(session, f).items


def list_zones(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    return zones_page(session, f).items


def event_conditions(f: RecordFilter, skip: str | None = None) -> list[ColumnElement[bool]]:
    """Events matching the filter; skip names one dimension to leave out (for that dimension's facet)."""
    day = filters.event_day()
    conds: list[ColumnElement[bool]] = []
    if f.type and skip != "type":
        conds.append(Event.type == f.type)
    if f.status and skip != "status":
        conds.append(Event.status == f.status)
    if f.official:
        conds.append(
            filters.event_has_argument("participant", filters.person_names(filters.people_named(f.official)))
        )
    if f.official_id is not None:
        conds.append(filters.event_has_argument("participant", filters.person_names([f.official_id])))
    if f.zone and skip != "zone":
        conds.append(filters.event_has_argument("zone", filters.zone_names(filters.zones_named(f.zone))))
    if f.zone_id is not None and skip != "zone":
        conds.append(filters.event_has_argument("zone", filters.zone_names([f.zone_id])))
    if f.organization_id is not None:
        conds.append(
            filters.event_has_argument("organization", filters.organization_names(f.organization_id))
        )
    # an event's own date when it has one, else its article's publication date
    end = func.coalesce(Event.date_end, Event.day)  # date_end is set whenever date_start is
    if f.since:
        conds.append(end >= f.since)
    if f.until:
        conds.append(day <= f.until)
    if f.year is not None and skip != "year":
        conds.append(and_(day >= date(f.year, 1, 1), day <= date(f.year, 12, 31)))
    if not f.include_copies:
        conds.append(_not_a_copy())
    return [and_(*conds)] if conds else []


def _not_a_copy() -> ColumnElement[bool]:
    """The event's article is not a syndicated copy (correlated, so paging stays on ix_events_day)."""
    copies = select(Article.id).where(Article.id == Event.article_id, Article.copy_of_id.is_not(None))
    return ~copies.correlate(Event).exists()


def event_row(
    ev: Event, url: str, title: str | None, published: date | None, copy_of: int | None = None
) -> dict[str, Any]:
    args = ev.arguments
    start, end = ev.date_start or published, ev.date_end or published
    return {
        "id": ev.id,
        "article_id": ev.article_id,
        "date_start": iso(start),
        "date_end": iso(end),
        "dated_by": "text" if ev.date_start else "publication",
        "type": ev.type,
        "status": ev.status,
        "trigger": ev.trigger,
        "participants": [
            a.name + (f" ({a.role})" if a.role else "") for a in args if a.kind == "participant"
        ],
        "people": [{"name": a.name, "role": a.role} for a in args if a.kind == "participant"],
        "organizations": [a.name for a in args if a.kind == "organization"],
        "zones": [a.name for a in args if a.kind == "zone"],
        "amount": f"{ev.amount_value:,.0f} {ev.amount_currency}" if ev.amount_value else None,
        "sentence": ev.sentence,
        "url": url,
        "article_title": title,
        "cluster_id": ev.cluster_id,
        "copy_of": copy_of,
    }


def events_page(session: Session, f: RecordFilter, cursor: str | None = None) -> Page:
    """Newest first (or oldest first with f.ascending); dated by the text, else by the article."""
    day = filters.event_day()
    order = (
        (day.asc().nulls_last(), Event.id.asc())
        if f.ascending
        else (day.desc().nulls_last(), Event.id.desc())
    )
    # The page's ids first, from events alone (ix_events_day); articles are joined for those rows only,
    # not for the 40,000 events of a prime minister.
    ids = select(Event.id).where(*event_conditions(f)).order_by(*order).limit(f.limit + 1)
    kind = "events-asc" if f.ascending else "events"
    if cursor:
        last, last_id = paging.decode(kind, cursor, 2)
        ids = ids.where(
            paging.after_nullable(
                day, Event.id, paging.as_date(last), paging.as_int(last_id), not f.ascending
            )
        )
    page_ids = ids.subquery("page_ids")
    stmt = (
        select(Event, Article.url, Article.title, Article.published_at, Article.copy_of_id)
        .join(page_ids, page_ids.c.id == Event.id)
        .join(Article, Article.id == Event.article_id)
        .order_by(*order)
        .options(selectinload(Event.arguments))
    )
    rows = session.execute(stmt).all()
    items = [event_row(*row) for row in rows[: f.limit]]
    _link(session, items)
    more = len(rows) > f.limit
    nxt = paging.encode(kind, [items[-1]["date_start"], items[-1]["id"]]) if more else None
    return Page(items, nxt)


def _link(session: Session, items: list[dict[str, Any]]) -> None:
    """Each event's participants, zones and organisations with the ids of their pages (when stored)."""
    people = ids_by_name(session, "official", {p["name"] for e in items for p in e["people"]})
    zones = ids_by_name(session, "zone", {z for e in items for z in e["zones"]})
    orgs = ids_by_name(session, "organization", {o for e in items for o in e["organizations"]})
    for e in items:
        e["links"] = {
            "officials": {p["name"]: people[p["name"]] for p in e["people"] if p["name"] in people},
            "zones": {z: zones[z] for z in e["zones"] if z in zones},
            "organizations": {o: orgs[o] for o in e["organizations"] if o in orgs},
        }


def list_events(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    return events_page(session, f).items


def event_facets(session: Session, f: RecordFilter, top: int = 30) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching events by type, status, zone and year; each dimension counted without its
    own filter, so the other values stay in view."""
    from models import EventArgument

    day = filters.event_day()
    year = (
        func.extract("year", day) if session.get_bind().dialect.name != "sqlite" else func.strftime("%Y", day)
    )
    dims: dict[str, Any] = {"type": Event.type, "status": Event.status, "year": year}
    out: dict[str, list[dict[str, Any]]] = {}
    for name, column in dims.items():
        count = func.count(Event.id)
        stmt = (
            select(column, count)
            .select_from(Event)
            .where(*event_conditions(f, skip=name))
            .group_by(column)
            .order_by(count.desc())
        )
        out[name] = [
            {"value": int(v) if name == "year" else v, "count": n}
            for v, n in session.execute(stmt).all()
            if v is not None
        ]
    count = func.count(Event.id)
    zone_stmt = (
        select(EventArgument.name, Zone.id, count)
        .select_from(Event)
        .join(EventArgument, and_(EventArgument.event_id == Event.id, EventArgument.kind == "zone"))
        .outerjoin(Zone, Zone.name == EventArgument.name)
        .where(*event_conditions(f, skip="zone"))
        .group_by(EventArgument.name, Zone.id)
        .order_by(count.desc())
        .limit(top)
    )
    out["zone"] = [{"value": n, "id": zid, "count": c} for n, zid, c in session.execute(zone_stmt).all()]
    out["year"].sort(key=lambda r: r["value"], reverse=True)
    return out


def ids_by_name(session: Session, kind: str, names: set[str]) -> dict[str, int]:
    """Entity ids for the names events and mentions use: people (also by alias), zones, organisations."""
    if not names:
        return {}
    if kind == "zone":
        return dict(session.execute(select(Zone.name, Zone.id).where(Zone.name.in_(names))).all())
    if kind == "organization":
        rows = session.execute(select(Organization.name, Organization.id).where(Organization.name.in_(names)))
        return dict(rows.all())
    from models import PersonAlias

    found = dict(session.execute(select(Person.name, Person.id).where(Person.name.in_(names))).all())
    rest = names - found.keys()
    if rest:
        aliases = select(PersonAlias.alias, PersonAlias.person_id).where(PersonAlias.alias.in_(rest))
        found.update(dict(session.execute(aliases).all()))
    return found
