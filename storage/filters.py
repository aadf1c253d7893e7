"""WHERE conditions shared by the read-side lists: by name (part of it, any case) or by id.

Names are matched against the small entity tables (people and aliases, zones, organisations); the big
link tables are then reached through their indexed ids, never scanned with LIKE.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select

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
    Zone,
)


def like(text: str) -> str:
    """A LIKE pattern that finds text anywhere, with % and _ (and the escape) taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def name_like(column: Any, text: str) -> ColumnElement[bool]:
    result: ColumnElement[bool] = column.ilike(like(text), escape="\\")
    return result


def people_named(text: str) -> Select[int]:
    alias = select(PersonAlias.person_id).where(name_like(PersonAlias.alias, text))
    return select(Person.id).where(or_(name_like(Person.name, text), Person.id.in_(alias))).correlate(None)


def zones_named(text: str) -> Select[int]:
    return select(Zone.id).where(name_like(Zone.name, text)).correlate(None)


# Conditions are "id IN (ids from the small side)" rather than correlated EXISTS: the database then starts
# from the entity's few links (an index range) instead of testing every article or event (bench/explain.py).


def article_names_people(people: Select[int] | list[int]) -> ColumnElement[bool]:
    return Article.id.in_(select(ArticleOfficial.article_id).where(ArticleOfficial.person_id.in_(people)))


def article_names_zones(zones: Select[int] | list[int]) -> ColumnElement[bool]:
    return Article.id.in_(select(ArticleZone.article_id).where(ArticleZone.zone_id.in_(zones)))


def article_names_organization(org_id: int) -> ColumnElement[bool]:
    links = select(ArticleOrganization.article_id).where(ArticleOrganization.organization_id == org_id)
    return Article.id.in_(links)


def article_has_event(type_: str | None, status: str | None) -> ColumnElement[bool]:
    conds = [Event.article_id == Article.id]
    if type_:
        conds.append(Event.type == type_)
    if status:
        conds.append(Event.status == status)
    return select(Event.id).where(*conds).correlate_except(Event).exists()


def person_names(people: Select[int] | list[int]) -> Select[str]:
    """Every spelling the people were stored under: event participants are named as the article wrote."""
    ids = people if isinstance(people, list) else people.scalar_subquery()
    own = select(Person.name).where(Person.id.in_(ids))
    aliases = select(PersonAlias.alias).where(PersonAlias.person_id.in_(ids))
    return select(own.union(aliases).subquery().c[0])


def event_has_argument(kind: str, names: Select[str] | list[str]) -> ColumnElement[bool]:
    """The event has an argument of this kind named one of names (ix_event_arguments_kind_name)."""
    ids = select(EventArgument.event_id).where(EventArgument.kind == kind, EventArgument.name.in_(names))
    return Event.id.in_(ids)


def zone_names(zones: Select[int] | list[int]) -> Select[str]:
    return select(Zone.name).where(Zone.id.in_(zones))


def organization_names(org_id: int) -> Select[str]:
    return select(Organization.name).where(Organization.id == org_id)


def event_day() -> ColumnElement[Any]:
    """An event's own date when the text gives one, else its article's publication date (events.day)."""
    day: ColumnElement[Any] = Event.day  # type: ignore[assignment]
    return day
