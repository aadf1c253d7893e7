"""Where a zone stands: its stages (planned, approved, groundbreaking, operational, delayed) derived from
the event clusters that name it, each with its first and last date and the reports behind it; recomputed
for the zones a write touched. The current stage is the furthest one reached, unless a delay was reported
after it (and nothing moved since)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import Event, EventCluster, EventClusterKey, Zone, ZoneStage
from storage.queries import iso

STAGES = ("planned", "approved", "groundbreaking", "operational", "delayed")
PROGRESS = {"planned": 1, "approved": 2, "groundbreaking": 3, "operational": 4}
GROUNDBREAKING = re.compile(r"ground|foundation", re.I)
PLAN_TYPES = {"announcement", "agreement"}
STAGED_TYPES = {"launch", "approval", "completion", "delay", *PLAN_TYPES}


def stage_of(cluster_type: str, status: str, triggers: Iterable[str]) -> str | None:
    """The stage an occurrence puts a zone in, if any (a meeting about it puts it nowhere)."""
    if cluster_type == "delay":
        return None if status == "planned" else "delayed"
    if cluster_type not in STAGED_TYPES:
        return None
    if status == "planned" or cluster_type in PLAN_TYPES:
        return "planned"
    if cluster_type == "approval":
        return "approved"
    if cluster_type == "launch" and any(GROUNDBREAKING.search(t) for t in triggers):
        return "groundbreaking"
    return "operational"  # inaugurated, launched, operations started, completed


@dataclass
class _Stage:
    first: date
    last: date
    articles: set[int] = field(default_factory=set)
    clusters: list[int] = field(default_factory=list)


def refresh_zones(session: Session, names: Iterable[str]) -> None:
    for name in sorted(set(names)):
        zone = session.scalar(select(Zone).where(Zone.name == name))
        if zone is not None:
            _refresh(session, zone)


def _refresh(session: Session, zone: Zone) -> None:
    entries = _entries(session, zone.name)
    session.execute(delete(ZoneStage).where(ZoneStage.zone_id == zone.id))
    stages: dict[str, _Stage] = {}
    for day, stage, cid, articles in entries:
        row = stages.setdefault(stage, _Stage(day, day))
        row.first, row.last = min(row.first, day), max(row.last, day)
        row.articles |= articles
        row.clusters.append(cid)
    current, since = current_stage([(day, stage) for day, stage, _c, _a in entries])
    for stage in STAGES:
        if stage in stages:
            s = stages[stage]
            session.add(
                ZoneStage(
                    zone_id=zone.id,
                    stage=stage,
                    first_date=s.first,
                    last_date=s.last,
                    reports=len(s.articles),
                    article_ids=sorted(s.articles),
                    cluster_ids=s.clusters,
                    current=stage == current,
                    since=since if stage == current else None,
                )
            )


def _entries(session: Session, zone_name: str) -> list[tuple[date, str, int, set[int]]]:
    """(day, stage, cluster, articles) for every staged occurrence of the zone, by day."""
    keyed = select(EventClusterKey.cluster_id).where(
        EventClusterKey.kind == "z", EventClusterKey.name == zone_name
    )
    clusters = session.scalars(
        select(EventCluster).where(EventCluster.id.in_(keyed), EventCluster.type.in_(STAGED_TYPES))
    ).all()
    if not clusters:
        return []
    triggers: dict[int, list[str]] = defaultdict(list)
    articles: dict[int, set[int]] = defaultdict(set)
    rows = session.execute(
        select(Event.cluster_id, Event.trigger, Event.article_id).where(
            Event.cluster_id.in_([c.id for c in clusters])
        )
    ).all()
    for cid, trigger, article_id in rows:
        if cid is None:
            continue
        triggers[cid].append(trigger)
        articles[cid].add(article_id)
    out = []
    for c in clusters:
        stage = stage_of(c.type, c.status, triggers[c.id])
        day = _stage_day(c)
        if stage is not None and day is not None:
            out.append((day, stage, c.id, articles[c.id]))
    return sorted(out, key=lambda e: (e[0], e[2]))


def _stage_day(c: EventCluster) -> date | None:
    """The day of the happening when the reports give it to the day; else (a plan, "in 2021") the day
    it was first reported: a zone planned for 2035 has been planned since the news said so."""
    precise = c.date_start is not None and c.date_end is not None and (c.date_end - c.date_start).days <= 3
    if precise and c.status != "planned":
        return c.date_start
    return c.first_reported


def current_stage(entries: list[tuple[date, str]]) -> tuple[str | None, date | None]:
    """Walk the dated stages in order: the furthest progress holds; a delay after it stands until a report
    of progress at least as far comes later."""
    progress: str | None = None
    since: date | None = None
    delayed: date | None = None
    for day, stage in sorted(entries):
        if stage == "delayed":
            delayed = delayed or day
            continue
        if progress is None or PROGRESS[stage] > PROGRESS[progress]:
            progress, since = stage, day
            delayed = None
        elif delayed is not None and PROGRESS[stage] >= PROGRESS[progress] and day > delayed:
            delayed = None
    if delayed is not None:
        return "delayed", delayed
    return progress, since


def current_stages(session: Session, zone_ids: Iterable[int]) -> dict[int, tuple[str, date | None]]:
    """zone id -> (current stage, since) for the zones that have one."""
    rows = session.execute(
        select(ZoneStage.zone_id, ZoneStage.stage, ZoneStage.since).where(
            ZoneStage.zone_id.in_(list(zone_ids)), ZoneStage.current.is_(True)
        )
    ).all()
    return {zid: (stage, since) for zid, stage, since in rows}


def stage_rows(session: Session, zone_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(select(ZoneStage).where(ZoneStage.zone_id == zone_id)).all()
    order = {s: i for i, s in enumerate(STAGES)}
    return [
        {
            "stage": r.stage,
            "first_date": r.first_date.isoformat(),
            "last_date": r.last_date.isoformat(),
            "reports": r.reports,
            "current": r.current,
            "since": iso(r.since),
            "article_ids": r.article_ids,
            "cluster_ids": r.cluster_ids,
        }
        for r in sorted(rows, key=lambda r: (r.first_date, order[r.stage]))
    ]
