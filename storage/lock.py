"""One scheduler per database: a row that its holder keeps fresh; a stale row may be taken over."""

from __future__ import annotations

import logging

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from models import SchedulerLock
from models.base import utcnow
from storage.engine import Database, StorageError

log = logging.getLogger(__name__)


class LockHeld(StorageError):
    """Another live scheduler holds the lock."""


def acquire(db: Database, name: str, holder: str, timeout: float) -> None:
    """Take the lock, or take it over when its holder has not beaten for `timeout` seconds."""
    try:
        with db.writing() as session:
            row = session.scalar(select(SchedulerLock).where(SchedulerLock.name == name).with_for_update())
            now = utcnow()
            if row is None:
                session.add(SchedulerLock(name=name, holder=holder, acquired_at=now, heartbeat_at=now))
                return
            age = (now - row.heartbeat_at).total_seconds()
            if row.holder != holder and age < timeout:
                raise LockHeld(
                    f"another scheduler ({row.holder}) is running on this database (last heartbeat "
                    f"{age:.0f}s ago); a lock without heartbeat for {timeout:.0f}s is taken over"
                )
            if row.holder != holder:
                log.warning("taking over the lock of %s, silent for %.0fs", row.holder, age)
            row.holder, row.acquired_at, row.heartbeat_at = holder, now, now
    except IntegrityError:
        raise LockHeld("another scheduler took the lock at the same moment") from None


def heartbeat(db: Database, name: str, holder: str) -> bool:
    """Refresh the lock; False when it was taken over (the caller must stop)."""
    with db.writing() as session:
        row = session.scalar(select(SchedulerLock).where(SchedulerLock.name == name).with_for_update())
        if row is None or row.holder != holder:
            return False
        row.heartbeat_at = utcnow()
        return True


def release(db: Database, name: str, holder: str) -> None:
    with db.writing() as session:
        session.execute(
            delete(SchedulerLock).where(SchedulerLock.name == name, SchedulerLock.holder == holder)
        )
