"""Open a database for the application: connect, then create or upgrade its schema to head."""

from __future__ import annotations

from storage.engine import Database, connect
from storage.migrate import check_current, upgrade


def open_database(
    url: str, busy_timeout_ms: int = 30_000, migrate: bool = True, write: bool = True
) -> Database:
    """Open (and by default create or upgrade) the database at url.

    write=False is for commands that only read: a SQLite file must already exist, and one this process
    may not write is opened read-only (and must then already be at the newest schema)."""
    db = connect(url, busy_timeout_ms, must_exist=not write)
    if migrate and not db.read_only:
        upgrade(db)
    elif db.read_only:
        check_current(db)
    return db
