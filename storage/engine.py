"""Engines for SQLite (WAL, busy timeout, foreign keys, BEGIN IMMEDIATE for writes) and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

WRITE_OPTION = "cpec_write"


class StorageError(RuntimeError):
    """The database cannot be reached, opened or written."""


def _sqlite_hooks(engine: Engine, busy_timeout_ms: int, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin, so BEGIN IMMEDIATE is ours to emit.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if readonly:
            # mode=ro already refuses writes; query_only also refuses them on a connection opened
            # otherwise. The journal mode is left alone: changing it is a write.
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock up front: two writers then queue on busy_timeout instead
        # of one failing with "database is locked" when it upgrades a read lock.
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    engine: Engine
    url: str
    readonly: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: committed whole on success, rolled back whole on any error."""
        maker = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}))
        try:
            with maker() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise StorageError(f"database write failed: {_first_line(exc)}") from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _first_line(exc: SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _readonly_sqlite(parsed: URL) -> URL:
    """The same file opened with SQLite's mode=ro: the connection cannot write, whatever runs on it."""
    if not parsed.database or parsed.database == ":memory:":
        raise StorageError("a read-only SQLite database must be a file")
    if parsed.database.startswith("file:"):
        return parsed.update_query_dict({"mode": "ro", "uri": "true"})
    path = quote(str(Path(parsed.database).resolve()))
    return parsed.set(database=f"file:{path}", query={"mode": "ro", "uri": "true"})


def connect(url: str, busy_timeout_ms: int = 30_000, readonly: bool = False, pool_size: int = 5) -> Database:
    """Open the database at url and check that it answers; the schema is storage/database.py's business.

    readonly: SQLite opens the file with mode=ro and query_only; PostgreSQL sessions default to read-only
    transactions. Either way a write is refused by the database itself."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"not a database URL: {url!r}") from None
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 10}
        if readonly:
            kwargs["connect_args"]["options"] = "-c default_transaction_read_only=on"
    elif readonly and parsed.get_backend_name() == "sqlite":
        parsed = _readonly_sqlite(parsed)
    if pool_size != 5:
        kwargs.update(pool_size=pool_size, max_overflow=pool_size)
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise StorageError(f"unsupported database URL {redact(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _sqlite_hooks(engine, busy_timeout_ms, readonly)
    db = Database(engine=engine, url=url, readonly=readonly)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StorageError(f"cannot open database {redact(url)}: {_first_line(exc)}") from None
    return db
