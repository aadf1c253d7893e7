"""Resolve article-level records to cross-article entities: one person is one row, whatever the spelling."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from config import gazetteers
from models import Organization, Person, PersonAlias, PersonTitle, Zone
from models.names import name_key, same_person
from models.records import Official, OrganizationRecord, ZoneRecord


def _find_person(session: Session, keys: list[str]) -> Person | None:
    for key in keys:
        person = session.scalar(select(Person).where(Person.key == key))
        if person is not None:
            return person
        alias = session.scalar(select(PersonAlias).where(PersonAlias.key == key))
        if alias is not None:
            return session.get(Person, alias.person_id)
    return None


def _find_similar(session: Session, keys: list[str]) -> Person | None:
    """A stored person under another spelling or a longer/shorter form of the name (models/names.py),
    when exactly one fits: with two candidates ("Ali Khan" ends many names) nobody is merged."""
    candidates = session.scalars(select(Person).where(_same_surname(keys))).all()
    found = {
        p.id: p for p in candidates if any(same_person(k, other) for k in keys for other in known_keys(p))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def known_keys(person: Person) -> list[str]:
    return [person.key, *(a.key for a in person.aliases)]


def _same_surname(keys: list[str]) -> ColumnElement[bool]:
    """People whose name or an alias shares a word with the name, in any listed spelling (a cheap
    pre-filter: "Ahsan Iqbal" finds "Ahsan Iqbal Chaudhry"; the rule itself decides)."""
    variants = gazetteers.name_variants()
    words = {w for k in keys for word in k.split() if len(word) > 3 for w in _spellings(word, variants)}
    via_alias = select(PersonAlias.person_id).where(
        or_(false(), *(PersonAlias.key.like(f"%{w}%") for w in words))
    )
    return or_(false(), *(Person.key.like(f"%{w}%") for w in words), Person.id.in_(via_alias))


def _spellings(word: str, variants: dict[str, str]) -> set[str]:
    canon = variants.get(word, word)
    return {word, canon} | {v for v, c in variants.items() if c == canon}


def person_for(session: Session, official: Official, seen: date | None) -> Person:
    keys = [name_key(n) for n in [official.name, *official.aliases] if name_key(n)]
    person = _find_person(session, keys) or _find_similar(session, keys)
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
        note_title(person, held.title, held.organization or "", seen)
    return person


def note_title(person: Person, title: str, organization: str, seen: date | None) -> None:
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
