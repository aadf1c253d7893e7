"""Resolve article-level records to cross-article entities: one person is one row, whatever the spelling."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Organization, Person, PersonAlias, PersonTitle, Zone
from models.records import Official, OrganizationRecord, ZoneRecord


def name_key(name: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive identity key ("Zara  Shah" == "zara shah")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def _find_person(session: Session, keys: list[str]) -> Person | None:
    for key in keys:
        person = session.scalar(select(Person).where(Person.key == key))
        if person is not None:
            return person
        alias = session.scalar(select(PersonAlias).where(PersonAlias.key == key))
        if alias is not None:
            return session.get(Person, alias.person_id)
    return None


def person_for(session: Session, official: Official, seen: date | None) -> Person:
    keys = [name_key(n) for n in [official.name, *official.aliases] if name_key(n)]
    person = _find_person(session, keys)
    if person is None:
        person = Person(name=official.name, key=keys[0], country=official.country)
        session.add(person)
        session.flush()
    elif official.country and not person.country:
        person.country = official.country
    known = {person.key} | {a.key for a in person.aliases}
    for alias, key in zip([official.name, *official.aliases], keys, strict=False):
        if key not in known and _find_person(session, [key]) is None:
            person.aliases.append(PersonAlias(alias=alias, key=key))
            known.add(key)
    for held in official.titles:
        _note_title(person, held.title, held.organization or "", seen)
    return person


def _note_title(person: Person, title: str, organization: str, seen: date | None) -> None:
    for row in person.titles:
        if row.title == title and row.organization == organization:
            if seen and (row.first_seen is None or seen < row.first_seen):
                row.first_seen = seen
            if seen and (row.last_seen is None or seen > row.last_seen):
                row.last_seen = seen
            return
    person.titles.append(PersonTitle(title=title, organization=organization, first_seen=seen, last_seen=seen))


def zone_for(session: Session, zone: ZoneRecord) -> Zone:
    row = session.scalar(select(Zone).where(Zone.name == zone.name))
    if row is None:
        row = Zone(name=zone.name, location=zone.location, province=zone.province)
        session.add(row)
        session.flush()
    else:
        row.location = row.location or zone.location
        row.province = row.province or zone.province
    return row


def organization_for(session: Session, org: OrganizationRecord) -> Organization:
    row = session.scalar(select(Organization).where(Organization.name == org.name))
    if row is None:
        row = Organization(name=org.name, abbreviation=org.abbreviation)
        session.add(row)
        session.flush()
    elif org.abbreviation and not row.abbreviation:
        row.abbreviation = org.abbreviation
    return row
