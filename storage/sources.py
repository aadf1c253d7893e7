"""Sources and their health, the URLs discovery has met, and the run log: all the crawl state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import Article, Run, SeenUrl, Source
from models.base import utcnow

MAX_BACKOFF = timedelta(days=1)
MAX_URL_ATTEMPTS = 3  # passes in which a failing article URL is tried


class SourceError(LookupError):
    """A source that does not exist, or one that would duplicate another."""


@dataclass(frozen=True)
class NewSource:
    name: str
    url: str
    kind: str
    interval_seconds: int
    topic_filter: bool = True
    url_pattern: str | None = None


def add_source(session: Session, new: NewSource) -> Source:
    clash = session.scalar(select(Source).where((Source.name == new.name) | (Source.url == new.url)))
    if clash is not None:
        raise SourceError(f"a source named {clash.name!r} already follows {clash.url}")
    source = Source(
        name=new.name,
        url=new.url,
        kind=new.kind,
        interval_seconds=new.interval_seconds,
        topic_filter=new.topic_filter,
        url_pattern=new.url_pattern,
        enabled=True,
        consecutive_failures=0,
    )
    session.add(source)
    session.flush()
    return source


def get_source(session: Session, name: str) -> Source:
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        raise SourceError(f"no source named {name!r} (see `cpec sources list`)")
    return source


def list_sources(session: Session, names: Iterable[str] = ()) -> list[Source]:
    wanted = list(names)
    stmt = select(Source).order_by(Source.name)
    if wanted:
        for name in wanted:
            get_source(session, name)  # a clear error for a misspelt name
        stmt = stmt.where(Source.name.in_(wanted))
    return list(session.scalars(stmt))


def enabled_sources(session: Session) -> list[Source]:
    return list(session.scalars(select(Source).where(Source.enabled.is_(True)).order_by(Source.name)))


def remove_source(session: Session, name: str) -> None:
    """Forget a source; its articles stay (their source becomes empty), its seen URLs go."""
    source = get_source(session, name)
    session.execute(delete(SeenUrl).where(SeenUrl.source_id == source.id))
    session.delete(source)


def set_enabled(session: Session, name: str, enabled: bool) -> Source:
    source = get_source(session, name)
    source.enabled = enabled
    if enabled:  # a fresh start: the failures that disabled it are forgiven
        source.disabled_reason = None
        source.consecutive_failures = 0
        source.next_attempt_at = None
    return source


def record_success(session: Session, source: Source, validators: dict[str, str | None]) -> None:
    now = utcnow()
    source.last_attempt_at = source.last_success_at = now
    source.consecutive_failures = 0
    source.last_error = None
    source.next_attempt_at = now + timedelta(seconds=source.interval_seconds)
    for key in ("etag", "last_modified", "body_hash"):
        if key in validators:
            setattr(source, key, validators[key])


def record_failure(session: Session, source: Source, error: str, max_failures: int) -> None:
    """Back off exponentially (interval x 2^failures, at most a day); disable after max_failures."""
    now = utcnow()
    source.last_attempt_at = now
    source.consecutive_failures = (source.consecutive_failures or 0) + 1
    source.last_error = error
    wait = timedelta(seconds=source.interval_seconds * 2 ** min(source.consecutive_failures, 20))
    source.next_attempt_at = now + min(wait, MAX_BACKOFF)
    if source.consecutive_failures >= max_failures:
        source.enabled = False
        source.disabled_reason = f"disabled after {source.consecutive_failures} consecutive failures: {error}"


def unknown_urls(session: Session, urls: list[str]) -> list[str]:
    """Those of the (canonical) URLs never met before nor stored by a manual ingest; a URL whose fetch
    failed counts as new again until it has failed MAX_URL_ATTEMPTS times."""
    known: set[str] = set()
    settled = or_(SeenUrl.status != "failed", SeenUrl.attempts >= MAX_URL_ATTEMPTS)
    for start in range(0, len(urls), 500):
        chunk = urls[start : start + 500]
        known |= set(session.scalars(select(SeenUrl.url).where(SeenUrl.url.in_(chunk), settled)))
        known |= set(session.scalars(select(Article.url).where(Article.url.in_(chunk))))
    return [u for u in urls if u not in known]


def mark_url(
    session: Session,
    url: str,
    source_id: int | None,
    status: str,
    article_id: int | None = None,
    error: str | None = None,
) -> None:
    row = session.scalar(select(SeenUrl).where(SeenUrl.url == url))
    if row is None:
        row = SeenUrl(url=url, source_id=source_id, status=status, attempts=0)
        session.add(row)
    row.status = status
    row.article_id = article_id
    row.last_error = error
    row.last_attempt_at = utcnow()
    row.attempts = (row.attempts or 0) + 1


def mark_urls(session: Session, urls: list[str], source_id: int | None, status: str) -> None:
    """Remember many URLs at once (off-topic sitemap entries): one executemany INSERT, URLs already known
    left as they are (the database's own ON CONFLICT DO NOTHING)."""
    if not urls:
        return
    now = utcnow()
    rows = [
        {
            "url": u,
            "source_id": source_id,
            "status": status,
            "attempts": 1,
            "first_seen_at": now,
            "last_attempt_at": now,
        }
        for u in dict.fromkeys(urls)
    ]
    module: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = module.insert(SeenUrl.__table__).on_conflict_do_nothing(index_elements=["url"])
    session.connection().execute(stmt, rows)


def retry_candidates(session: Session, source_id: int) -> list[str]:
    """URLs of a source whose fetch failed fewer than MAX_URL_ATTEMPTS times: tried again every pass,
    whether or not the source's feed changed."""
    stmt = select(SeenUrl.url).where(
        SeenUrl.source_id == source_id, SeenUrl.status == "failed", SeenUrl.attempts < MAX_URL_ATTEMPTS
    )
    return list(session.scalars(stmt.order_by(SeenUrl.id)))


def start_run(session: Session, kind: str, note: str | None = None, holder: str | None = None) -> int:
    run = Run(kind=kind, status="running", counts={}, errors=[], note=note, holder=holder)
    session.add(run)
    session.flush()
    return run.id


def mark_stale_runs(session: Session, host: str, alive: Callable[[int], bool], max_age: timedelta) -> int:
    """Runs left "running" by a process that died (kill -9, power loss) become "interrupted": on this
    host when their process is gone, elsewhere when older than max_age."""
    changed = 0
    for run in session.scalars(select(Run).where(Run.status == "running")):
        where, _, pid = (run.holder or "").rpartition(":")
        dead = (where == host and pid.isdigit() and not alive(int(pid))) or (
            run.started_at < utcnow() - max_age
        )
        if dead:
            run.status = "interrupted"
            run.finished_at = run.finished_at or utcnow()
            run.errors = [*(run.errors or []), {"error": "the process running this pass ended abruptly"}]
            changed += 1
    return changed


def finish_run(session: Session, run_id: int, status: str, counts: dict[str, Any], errors: list[Any]) -> None:
    run = session.get(Run, run_id)
    if run is None:
        return
    run.finished_at = utcnow()
    run.status = status
    run.counts = counts
    run.errors = errors


def list_runs(session: Session, limit: int) -> list[dict[str, Any]]:
    rows = session.scalars(select(Run).order_by(Run.id.desc()).limit(limit))
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "started_at": _iso(r.started_at),
            "finished_at": _iso(r.finished_at),
            "status": r.status,
            "counts": r.counts,
            "errors": r.errors,
            "note": r.note,
        }
        for r in rows
    ]


def source_row(source: Source) -> dict[str, Any]:
    return {
        "name": source.name,
        "kind": source.kind,
        "url": source.url,
        "every_seconds": source.interval_seconds,
        "topic_filter": source.topic_filter,
        "url_pattern": source.url_pattern,
        "enabled": source.enabled,
        "last_success_at": _iso(source.last_success_at),
        "consecutive_failures": source.consecutive_failures,
        "next_attempt_at": _iso(source.next_attempt_at),
        "last_error": source.last_error,
        "disabled_reason": source.disabled_reason,
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None
