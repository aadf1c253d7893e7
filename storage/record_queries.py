"""Read side across articles: officials, zones and events, filtered, as plain dicts for tables/JSON/CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from models import (
    Article,
    ArticleOfficial,
    ArticleZone,
    Event,
    EventArgument,
    Person,
    PersonAlias,
    Zone,
)
from storage.zone_stages import current_stages


@dataclass(frozen=True)
class RecordFilter:
    official: str | None = None  # part of a name or alias, any case
    zone: str | None = None  # part of a zone name, any case
    type: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 100
    include_copies: bool = False  # raw event lists: also the events of syndicated copies


def story_count() -> ColumnElement[int]:
    """Articles counted once per story: a copy counts as its original."""
    return func.count(func.distinct(func.coalesce(Article.copy_of_id, Article.id)))


def _like(text: str) -> str:
    return f"%{text}%"


def _published(f: RecordFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.since:
        conds.append(Article.published_at >= f.since)
    if f.until:
        conds.append(Article.published_at <= f.until)
    return conds


def _person_named(text: str | None) -> list[ColumnElement[bool]]:
    if not text:
        return []
    alias = select(PersonAlias.person_id).where(PersonAlias.alias.ilike(_like(text))).correlate(None)
    return [or_(Person.name.ilike(_like(text)), Person.id.in_(alias))]


def _article_names_official(text: str) -> ColumnElement[bool]:
    # correlate(None) / correlate_except: these subqueries name their own tables even when the outer
    # query selects people, zones or their article links, so auto-correlation must not swallow them
    alias = select(PersonAlias.person_id).where(PersonAlias.alias.ilike(_like(text))).correlate(None)
    person = (
        select(Person.id).where(or_(Person.name.ilike(_like(text)), Person.id.in_(alias))).correlate(None)
    )
    link = select(ArticleOfficial.id).where(
        ArticleOfficial.article_id == Article.id, ArticleOfficial.person_id.in_(person)
    )
    return link.correlate_except(ArticleOfficial).exists()


def _article_names_zone(text: str) -> ColumnElement[bool]:
    zone = select(Zone.id).where(Zone.name.ilike(_like(text))).correlate(None)
    link = select(ArticleZone.id).where(ArticleZone.article_id == Article.id, ArticleZone.zone_id.in_(zone))
    return link.correlate_except(ArticleZone).exists()


def _seen(first: date | None, last: date | None) -> dict[str, str | None]:
    return {
        "first_seen": first.isoformat() if first else None,
        "last_seen": last.isoformat() if last else None,
    }


def list_officials(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    """One row per person across the matching articles (a copy counts as its original), with every title
    held and when it was seen."""
    articles = story_count()
    stmt = (
        select(Person, articles, func.min(Article.published_at), func.max(Article.published_at))
        .join(ArticleOfficial, ArticleOfficial.person_id == Person.id)
        .join(Article, Article.id == ArticleOfficial.article_id)
        .where(*_published(f), *_person_named(f.official), *([_article_names_zone(f.zone)] if f.zone else []))
        .group_by(Person.id)
        .order_by(articles.desc(), Person.name)
        .limit(f.limit)
        .options(selectinload(Person.titles), selectinload(Person.aliases))
    )
    rows = []
    for person, count, first, last in session.execute(stmt).all():
        titles = sorted(person.titles, key=lambda t: t.last_seen or date.min, reverse=True)
        rows.append(
            {
                "name": person.name,
                "title": titles[0].title if titles else None,
                "organization": (titles[0].organization or None) if titles else None,
                "country": person.country,
                "articles": count,
                **_seen(first, last),
                "aliases": [a.alias for a in person.aliases],
                "titles": [
                    {
                        "title": t.title,
                        "organization": t.organization or None,
                        **_seen(t.first_seen, t.last_seen),
                    }
                    for t in titles
                ],
            }
        )
    return rows


def list_zones(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    """Zones across articles (a copy counts as its original), with the stage each stands at now."""
    articles = story_count()
    conds = _published(f)
    if f.official:
        conds.append(_article_names_official(f.official))
    if f.zone:
        conds.append(Zone.name.ilike(_like(f.zone)))
    stmt = (
        select(Zone, articles, func.min(Article.published_at), func.max(Article.published_at))
        .join(ArticleZone, ArticleZone.zone_id == Zone.id)
        .join(Article, Article.id == ArticleZone.article_id)
        .where(*conds)
        .group_by(Zone.id)
        .order_by(articles.desc(), Zone.name)
        .limit(f.limit)
    )
    rows = session.execute(stmt).all()
    stages = current_stages(session, [zone.id for zone, *_ in rows])
    return [
        {
            "name": zone.name,
            "location": zone.location,
            "province": zone.province,
            "articles": count,
            **_seen(first, last),
            "stage": stages.get(zone.id, (None, None))[0],
            "stage_since": _iso(stages.get(zone.id, (None, None))[1]),
        }
        for zone, count, first, last in rows
    ]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _argument(kind: str, text: str) -> ColumnElement[bool]:
    arg = select(EventArgument.id).where(
        EventArgument.event_id == Event.id,
        EventArgument.kind == kind,
        EventArgument.name.ilike(_like(text)),
    )
    return arg.correlate_except(EventArgument).exists()


def _event_conditions(f: RecordFilter) -> list[ColumnElement[bool]]:
    # an event's own date when it has one, else its article's publication date
    start = func.coalesce(Event.date_start, Article.published_at)
    end = func.coalesce(Event.date_end, Article.published_at)
    conds: list[ColumnElement[bool]] = []
    if f.type:
        conds.append(Event.type == f.type)
    if f.status:
        conds.append(Event.status == f.status)
    if f.official:
        conds.append(_argument("participant", f.official))
    if f.zone:
        conds.append(_argument("zone", f.zone))
    if f.since:
        conds.append(end >= f.since)
    if f.until:
        conds.append(start <= f.until)
    if not f.include_copies:
        conds.append(Article.copy_of_id.is_(None))
    return [and_(*conds)] if conds else []


def list_events(session: Session, f: RecordFilter) -> list[dict[str, Any]]:
    stmt = (
        select(Event, Article.url, Article.published_at, Article.copy_of_id)
        .join(Article, Article.id == Event.article_id)
        .where(*_event_conditions(f))
        .order_by(func.coalesce(Event.date_start, Article.published_at).desc(), Event.id)
        .limit(f.limit)
        .options(selectinload(Event.arguments))
    )
    rows = []
    for ev, url, published, copy_of in session.execute(stmt).all():
        args = ev.arguments
        start, end = ev.date_start or published, ev.date_end or published
        rows.append(
            {
                "id": ev.id,
                "article_id": ev.article_id,
                "date_start": start.isoformat() if start else None,
                "date_end": end.isoformat() if end else None,
                "dated_by": "text" if ev.date_start else "publication",
                "type": ev.type,
                "status": ev.status,
                "trigger": ev.trigger,
                "participants": [
                    a.name + (f" ({a.role})" if a.role else "") for a in args if a.kind == "participant"
                ],
                "organizations": [a.name for a in args if a.kind == "organization"],
                "zones": [a.name for a in args if a.kind == "zone"],
                "amount": f"{ev.amount_value:,.0f} {ev.amount_currency}" if ev.amount_value else None,
                "sentence": ev.sentence,
                "url": url,
                "cluster_id": ev.cluster_id,
                "copy_of": copy_of,
            }
        )
    return rows
