"""Merge people stored twice (before the name rules knew them for one): "Asim Bajwa" and "Asim Saleem
Bajwa", "Shehbaz Sharif" and "Mian Muhammad Shahbaz Sharif". A pair merges only when each is the other's
one match, so "Ali Khan" is never folded into one of the many names that end in it."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import ArticleOfficial, Person, PersonAlias
from models.names import fold, name_words, same_person
from storage.entities import known_keys, note_title

log = logging.getLogger(__name__)


def merge_duplicate_people(session: Session) -> int:
    """Merge every pair of stored people that the name rule calls one person; returns merges done."""
    people = session.scalars(select(Person)).all()
    matches: dict[int, set[int]] = defaultdict(set)
    for a, b in _candidate_pairs(people):
        if any(same_person(x, y) for x in known_keys(a) for y in known_keys(b)):
            matches[a.id].add(b.id)
            matches[b.id].add(a.id)
    by_id = {p.id: p for p in people}
    merged = 0
    for pid, others in sorted(matches.items()):
        if len(others) != 1 or pid not in by_id:
            continue
        other = next(iter(others))
        if other in by_id and matches[other] == {pid}:
            keep, drop = sorted((by_id[pid], by_id[other]), key=lambda p: p.id)
            _merge(session, keep, drop)
            del by_id[drop.id]
            merged += 1
    log.info("merged %d people stored twice", merged)
    return merged


def _candidate_pairs(people: Sequence[Person]) -> list[tuple[Person, Person]]:
    """Pairs that share a name word (folded spelling): the rule is only tried within them."""
    buckets: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        for word in {fold(w) for k in known_keys(person) for w in name_words(k) if len(w) > 3}:
            buckets[word].append(person)
    pairs = {(a.id, b.id): (a, b) for group in buckets.values() for a, b in combinations(group, 2)}
    return list(pairs.values())


def _merge(session: Session, keep: Person, drop: Person) -> None:
    """The older row stays; the fuller name is its name, every other spelling an alias."""
    names = {keep.key: keep.name, drop.key: drop.name}
    names |= {a.key: a.alias for a in (*keep.aliases, *drop.aliases)}
    if len(drop.name.split()) > len(keep.name.split()):
        keep.name = drop.name
    keep.country = keep.country or drop.country
    for title in drop.titles:
        note_title(keep, title.title, title.organization, title.first_seen)
        note_title(keep, title.title, title.organization, title.last_seen)
    session.execute(
        update(ArticleOfficial).where(ArticleOfficial.person_id == drop.id).values(person_id=keep.id)
    )
    session.delete(drop)
    session.flush()
    present = {a.key for a in keep.aliases}
    for key, alias in names.items():
        if key not in present and alias != keep.name:  # every other spelling, the former name too
            keep.aliases.append(PersonAlias(alias=alias, key=key))
            present.add(key)
    log.info("merged person %d %r into %d %r", drop.id, drop.name, keep.id, keep.name)
