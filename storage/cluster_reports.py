"""Event reports as clustering sees them, and the rule for two reports of one real occurrence: same type,
a shared official or zone (or bodies), and dates that agree within a window that depends on status."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from models import Article, Event, Person, PersonAlias
from models.names import name_key

HAPPENED_BACK = 3  # an undated report of what happened: in the days just before the news
PLANNED_AHEAD = 45  # an undated plan: in the weeks after the report
TOLERANCE = 1  # days between two reports' dates of one happening (time zones, "on Monday" told late)
PLANNED_TOLERANCE = 2  # a plan's day and the day it happened
STATUS_RANK = {"planned": 0, "ongoing": 1, "happened": 2}
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
PARTY = "party"

Key = tuple[int, str, int, str]  # article, type, sentence start, trigger: one report across reprocessing


@dataclass
class Report:
    """One article-level event, with what clustering compares."""

    event_id: int
    article_id: int
    type: str
    status: str
    start: date | None
    end: date | None
    published: date
    trigger: str
    sentence: str
    sentence_start: int
    is_copy: bool
    cluster_id: int | None
    participants: list[tuple[str, str | None]] = field(default_factory=list)
    people: frozenset[str] = frozenset()  # identity keys of the officials taking part
    zones: frozenset[str] = frozenset()
    orgs: frozenset[str] = frozenset()
    previous: int | None = None  # the cluster this report was in before the write

    @property
    def key(self) -> Key:
        return (self.article_id, self.type, self.sentence_start, self.trigger)

    @property
    def lo(self) -> date:
        if self.start is not None:
            return self.start
        return self.published if self.status == "planned" else self.published - timedelta(HAPPENED_BACK)

    @property
    def hi(self) -> date:
        if self.end is not None:
            return self.end
        return self.published + timedelta(PLANNED_AHEAD) if self.status == "planned" else self.published

    def ordinals(self) -> set[str]:
        return set(ORDINAL.findall(self.sentence.lower()))


def load_reports(session: Session, where: ColumnElement[bool], people: PersonKeys) -> list[Report]:
    stmt = (
        select(Event, Article.published_at, Article.fetched_at, Article.copy_of_id)
        .join(Article, Article.id == Event.article_id)
        .where(where)
        .options(selectinload(Event.arguments))
    )
    rows = session.execute(stmt).all()
    names = {a.name for ev, *_ in rows for a in ev.arguments if a.kind == "participant" and a.role != PARTY}
    people.resolve(session, names)
    return [
        _report(ev, published or fetched.date(), copy is not None, people)
        for ev, published, fetched, copy in rows
    ]


def _report(ev: Event, published: date, is_copy: bool, people: PersonKeys) -> Report:
    args = ev.arguments
    participants = [(a.name, a.role) for a in args if a.kind == "participant"]
    return Report(
        event_id=ev.id,
        article_id=ev.article_id,
        type=ev.type,
        status=ev.status,
        start=ev.date_start,
        end=ev.date_end,
        published=published,
        trigger=ev.trigger,
        sentence=ev.sentence,
        sentence_start=ev.sentence_start,
        is_copy=is_copy,
        cluster_id=ev.cluster_id,
        participants=participants,
        people=frozenset(people.key(n) for n, role in participants if role != PARTY),
        zones=frozenset(a.name for a in args if a.kind == "zone"),
        orgs=frozenset(a.name for a in args if a.kind == "organization"),
    )


class PersonKeys:
    """A participant's name as the identity key of the stored person it names (its own key when none),
    so that "Ahsan Iqbal" and "Ahsan Iqbal Chaudhry" stored as one person are one participant."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}

    def resolve(self, session: Session, names: Iterable[str]) -> None:
        wanted = {name_key(n): n for n in names if n not in self._known}
        if not wanted:
            return
        found = dict(session.execute(select(Person.key, Person.key).where(Person.key.in_(wanted))).all())
        aliases = select(PersonAlias.key, Person.key).join(Person, Person.id == PersonAlias.person_id)
        found |= dict(session.execute(aliases.where(PersonAlias.key.in_(wanted))).all())
        for key, name in wanted.items():
            self._known[name] = found.get(key, key)

    def key(self, name: str) -> str:
        return self._known.get(name) or name_key(name)


def same_occurrence(a: Report, b: Report) -> bool:
    if a.article_id == b.article_id or a.type != b.type:
        return False
    if a.ordinals() and b.ordinals() and not a.ordinals() & b.ordinals():
        return False  # "the 13th JCC" and "the 14th JCC"
    orgs = a.orgs & b.orgs
    same_day = a.start is not None and a.start == b.start
    if not (a.people & b.people or a.zones & b.zones or len(orgs) >= 2 or (orgs and same_day)):
        return False
    return dates_agree(a, b)


def dates_agree(a: Report, b: Report) -> bool:
    planned = [r for r in (a, b) if r.status == "planned"]
    if len(planned) == 1:
        plan, done = (a, b) if a.status == "planned" else (b, a)
        if plan.published > done.hi + timedelta(TOLERANCE):
            return False  # a plan told after the happening is of another occasion
        return _overlap(plan, done, PLANNED_TOLERANCE)
    return _overlap(a, b, PLANNED_TOLERANCE if planned else TOLERANCE)


def _overlap(a: Report, b: Report, days: int) -> bool:
    slack = timedelta(days)
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack
