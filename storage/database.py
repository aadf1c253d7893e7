"""Open a database for the application: connect, then create or upgrade its schema to head."""

from __future__ import annotations

from storage.engine import Database, connect
from storage.migrate import upgrade


def open_database(url: str, busy_timeout_ms: int = 30_000, migrate: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at url."""
    db = connect(url, busy_timeout_ms)
    if migrate:
        upgrade(db)
    return db
