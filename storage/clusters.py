"""Event clusters across articles, kept up to date on every write: the reports of the written articles are
clustered again with the clusters they may join (same type, a shared key, days that meet) and the clusters
they were in; each new group keeps the id of the old cluster it overlaps most, so ids are stable when
nothing changed. Copies' events belong to no cluster: a copy counts once, as its original."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from models import Article, Event, EventCluster, EventClusterKey
from storage.cluster_reports import (
    PARTY,
    PLANNED_TOLERANCE,
    STATUS_RANK,
    Key,
    PersonKeys,
    Report,
    Window,
    conflict,
    load_reports,
    same_occurrence,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prior:
    """The clusters an article's events were in before its events were replaced."""

    by_key: dict[Key, int]
    cluster_ids: frozenset[int]


def prior_clusters(article: Article) -> Prior:
    """Call before an article's events are replaced (reprocess, an update)."""
    by_key = {
        (ev.article_id, ev.type, ev.sentence_start, ev.trigger): ev.cluster_id
        for ev in article.events
        if ev.cluster_id is not None
    }
    return Prior(by_key, frozenset(by_key.values()))


def recluster(session: Session, article_ids: Iterable[int], prior: Prior | None = None) -> set[str]:
    """Cluster the events of these articles again with their neighbourhood; returns the zones whose
    clusters changed (their stages need recomputing)."""
    ids = set(article_ids)
    people = PersonKeys()
    own = load_reports(session, Event.article_id.in_(ids), people)
    prior = prior or Prior({}, frozenset())
    for r in own:
        r.previous = r.cluster_id or prior.by_key.get(r.key)
    seeds = [r for r in own if not r.is_copy]
    old = {r.cluster_id for r in own if r.cluster_id is not None} | set(prior.cluster_ids)
    nearby = old | {c for r in seeds for c in _candidates(session, r)}
    if nearby:  # a remembered cluster may be gone (merged away meanwhile)
        nearby = set(session.scalars(select(EventCluster.id).where(EventCluster.id.in_(nearby))))
    members = []
    if nearby:
        where = and_(Event.cluster_id.in_(nearby), Event.article_id.not_in(ids))
        members = [r for r in load_reports(session, where, people) if not r.is_copy]
    for r in members:
        r.previous = r.cluster_id
    zones = {
        z for c in session.scalars(select(EventCluster).where(EventCluster.id.in_(nearby))) for z in c.zones
    }
    groups = group_reports([*members, *seeds])
    kept = _assign(session, groups, nearby)
    copies = [r.event_id for r in own if r.is_copy and r.cluster_id is not None]
    if copies:
        session.execute(update(Event).where(Event.id.in_(copies)).values(cluster_id=None))
    for cid, group in kept:
        zones |= {z for r in group for z in r.zones}
        _write_cluster(session, cid, group)
    gone = nearby - {cid for cid, _ in kept}
    if gone:
        session.execute(delete(EventCluster).where(EventCluster.id.in_(gone)))
    session.flush()
    return zones


def _candidates(session: Session, r: Report) -> list[int]:
    """Clusters of the same type whose days meet the report's and that share an official, zone or body."""
    keys = [("p", k) for k in r.people] + [("z", z) for z in r.zones] + [("o", o) for o in r.orgs]
    if not keys:
        return []
    slack = timedelta(PLANNED_TOLERANCE)
    stmt = (
        select(EventCluster.id)
        .join(EventClusterKey, EventClusterKey.cluster_id == EventCluster.id)
        .where(
            EventCluster.type == r.type,
            EventCluster.first_day <= r.hi + slack,
            EventCluster.last_day >= r.lo - slack,
            or_(*(and_(EventClusterKey.kind == k, EventClusterKey.name == n) for k, n in keys)),
        )
        .distinct()
    )
    return list(session.scalars(stmt))


def group_reports(reports: list[Report]) -> list[list[Report]]:
    """Connected groups of reports of one occurrence; never two reports of one article in a group (an
    article already told its occurrences apart), nor two that name different counterparts. Pairs are
    joined closest first, in an order that does not depend on row ids, so that the same reports always
    make the same groups."""
    ordered = sorted(reports, key=lambda r: r.key)
    parent = list(range(len(ordered)))
    articles = [{r.article_id} for r in ordered]
    windows = [Window.of(r) for r in ordered]
    members = [[r] for r in ordered]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = [
        (i, j) for i, j in combinations(range(len(ordered)), 2) if same_occurrence(ordered[i], ordered[j])
    ]
    pairs.sort(key=lambda p: (_distance(ordered[p[0]], ordered[p[1]]), p))
    for i, j in pairs:
        a, b = find(i), find(j)
        if a == b or articles[a] & articles[b] or _conflicting(members[a], members[b]):
            continue
        window = windows[a].join(windows[b])
        if window is not None:
            parent[b] = a
            articles[a] |= articles[b]
            windows[a] = window
            members[a] += members[b]
    groups: dict[int, list[Report]] = {}
    for i, r in enumerate(ordered):
        groups.setdefault(find(i), []).append(r)
    return list(groups.values())


def _conflicting(one: list[Report], other: list[Report]) -> bool:
    """No two reports of a group may name different counterparts (complete link on conflicts)."""
    return any(conflict(x, y) for x in one for y in other)


def _distance(a: Report, b: Report) -> int:
    return abs((a.lo - b.lo).days) + abs((a.hi - b.hi).days)


def _assign(session: Session, groups: list[list[Report]], old: set[int]) -> list[tuple[int, list[Report]]]:
    """Each group takes the old cluster id most of its reports had (a larger group first); the rest get
    new clusters."""
    taken: set[int] = set()
    out = []
    for group in sorted(groups, key=lambda g: (-len(g), min(r.key for r in g))):
        votes = Counter(r.previous for r in group if r.previous in old and r.previous not in taken)
        if votes:
            cid = min(votes, key=lambda c: (-votes[c], c))
        else:
            cluster = EventCluster(type=group[0].type, status="", first_day=date.min, last_day=date.min)
            session.add(cluster)
            session.flush()
            cid = cluster.id
        taken.add(cid)
        out.append((cid, group))
    return out


def _write_cluster(session: Session, cid: int, group: list[Report]) -> None:
    cluster = session.get(EventCluster, cid)
    assert cluster is not None
    summarise(cluster, group)
    session.execute(
        update(Event).where(Event.id.in_([r.event_id for r in group])).values(cluster_id=cid),
        execution_options={"synchronize_session": False},
    )
    session.execute(delete(EventClusterKey).where(EventClusterKey.cluster_id == cid))
    keys = {("p", k) for r in group for k in r.people}
    keys |= {("z", z) for r in group for z in r.zones} | {("o", o) for r in group for o in r.orgs}
    session.add_all(EventClusterKey(cluster_id=cid, kind=k, name=n[:300]) for k, n in sorted(keys))


def summarise(cluster: EventCluster, group: list[Report]) -> None:
    """Reconcile the reports: the latest report's status (a plan later reported done is done), the date
    most reports of that status give, everyone and everything any report names."""
    ordered = sorted(group, key=lambda r: (r.published, r.key))
    latest = [r for r in ordered if r.published == ordered[-1].published]
    status = max(latest, key=lambda r: STATUS_RANK.get(r.status, 0)).status
    dated = [r for r in ordered if r.start and r.status == status] or [r for r in ordered if r.start]
    if dated:
        counts = Counter((r.start, r.end) for r in dated)
        cluster.date_start, cluster.date_end = max(counts, key=lambda d: (counts[d], d))
    else:
        cluster.date_start = cluster.date_end = None
    cluster.type, cluster.status = ordered[0].type, status
    cluster.first_reported, cluster.last_reported = ordered[0].published, ordered[-1].published
    cluster.reports = len({r.article_id for r in group})
    cluster.mentions = len(group)
    cluster.first_day = min(r.lo for r in group)
    cluster.last_day = max(r.hi for r in group)
    cluster.participants = _participants(ordered)
    cluster.zones = _union(r.zones for r in ordered)
    cluster.organizations = _union(r.orgs for r in ordered)
    cluster.trigger, cluster.sentence = ordered[0].trigger, ordered[0].sentence


def _participants(ordered: list[Report]) -> list[dict[str, str | None]]:
    seen: dict[str, dict[str, str | None]] = {}
    for r in ordered:
        for name, role in r.participants:
            if name not in seen:
                seen[name] = {"name": name, "role": role}
    officials = [p for p in seen.values() if p["role"] != PARTY]
    return officials + [p for p in seen.values() if p["role"] == PARTY]


def _union(sets: Iterable[frozenset[str]]) -> list[str]:
    return sorted(set().union(*sets))
