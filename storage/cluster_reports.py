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
PLANNED_AHEAD = 10  # an undated plan ("will meet"): in the days after the report
TOLERANCE = 0  # days between two reports' dates of one happening: "Wednesday" is resolved to its date
PLANNED_TOLERANCE = 2  # a plan's day and the day it happened
STATUS_RANK = {"planned": 0, "ongoing": 1, "happened": 2}
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
PARTY = "party"
PRONOUN_SPEAKER = "speaker (he/she)"  # a he/she resolved to the last speaker: no evidence of identity
VAGUE_DAYS = 3  # a report dated only by a month or a year ("in 2021") tells no occasion apart
# umbrella bodies named around most CPEC events: sharing them says nothing about the occasion
UMBRELLA = re.compile(r"economic corridor|^cpec$|belt and road|associated press|press of pakistan", re.I)

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

    @property
    def vague(self) -> bool:
        return self.start is not None and self.end is not None and (self.end - self.start).days > VAGUE_DAYS

    @property
    def keys(self) -> frozenset[tuple[str, str]]:
        people = {("p", k) for k in self.people}
        return frozenset(people | {("z", z) for z in self.zones} | {("o", o) for o in self.orgs})

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
        people=frozenset(people.key(n) for n, role in participants if role not in {PARTY, PRONOUN_SPEAKER}),
        zones=frozenset(a.name for a in args if a.kind == "zone"),
        orgs=frozenset(a.name for a in args if a.kind == "organization" and not UMBRELLA.search(a.name)),
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
    """Same type, days that agree, and two shared officials, zones or bodies; one is enough for a zone, or
    for reports dated to the same day unless they are meetings of one official (the Prime Minister alone
    holds several meetings a day)."""
    if a.article_id == b.article_id or a.type != b.type or a.vague or b.vague:
        return False
    if a.ordinals() and b.ordinals() and not a.ordinals() & b.ordinals():
        return False  # "the 13th JCC" and "the 14th JCC"
    if conflict(a, b):
        return False
    shared = a.keys & b.keys
    if len(shared) < 2 and not (shared and _one_key_enough(a, b, next(iter(shared))[0])):
        return False
    return dates_agree(a, b)


def _one_key_enough(a: Report, b: Report, kind: str) -> bool:
    one_day = a.start is not None and a.start == a.end == b.start == b.end
    return kind == "z" or (one_day and not (kind == "p" and a.type == "meeting"))


def conflict(a: Report, b: Report) -> bool:
    """Each names an official the other does not: the Minister met the envoy, then the governor: two
    meetings of one busy official, not one."""
    return bool(a.people - b.people) and bool(b.people - a.people)


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


@dataclass(frozen=True)
class Window:
    """The days every report of a group can agree on: reports of the happening (done) and plans apart.
    Joining two groups must leave both non-empty and meeting, so that a chain of reports each a day
    after the other never becomes one occurrence spanning weeks."""

    done: tuple[date, date] | None
    plan: tuple[date, date] | None
    plan_told: date | None  # the last day a plan was reported

    @staticmethod
    def of(r: Report) -> Window:
        if r.status == "planned":
            return Window(None, (r.lo, r.hi), r.published)
        return Window((r.lo, r.hi), None, None)

    def join(self, other: Window) -> Window | None:
        ok_done, done = _meet(self.done, other.done, TOLERANCE)
        ok_plan, plan = _meet(self.plan, other.plan, PLANNED_TOLERANCE)
        if not (ok_done and ok_plan):
            return None
        told = max((d for d in (self.plan_told, other.plan_told) if d), default=None)
        if done and plan:
            if not _meet(done, plan, PLANNED_TOLERANCE)[0]:
                return None
            if told is not None and told > done[1] + timedelta(TOLERANCE):
                return None
        return Window(done, plan, told)


Days = tuple[date, date]


def _meet(a: Days | None, b: Days | None, days: int) -> tuple[bool, Days | None]:
    """Whether two ranges meet (within days), and their common days (the other range if one is None)."""
    if a is None or b is None:
        return True, a or b
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo > hi + timedelta(days):
        return False, None
    return True, (min(lo, hi), max(lo, hi))
