"""Engines for SQLite (WAL, busy timeout, foreign keys, BEGIN IMMEDIATE for writes) and PostgreSQL."""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

WRITE_OPTION = "cpec_write"
WRITE_ATTEMPTS = 4  # a transaction that lost a race (unique key, deadlock, serialization) is run again
T = TypeVar("T")


class StorageError(RuntimeError):
    """The database cannot be reached, opened or written."""


def _sqlite_hooks(engine: Engine, busy_timeout_ms: int, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin, so BEGIN IMMEDIATE is ours to emit.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if read_only:
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


def _retryable(exc: SQLAlchemyError) -> bool:
    """A race another writer won: a unique key taken meanwhile, a deadlock, a serialization failure."""
    if isinstance(exc, IntegrityError):
        return "unique" in str(exc.orig).lower() or "duplicate" in str(exc.orig).lower()
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("40001", "40P01")


@dataclass
class Database:
    engine: Engine
    url: str
    read_only: bool = False
    file: Path | None = None  # a SQLite database's file, watched so that its deletion is noticed
    _inode: int | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.file is not None:
            self._inode = self.file.stat().st_ino

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def check_file(self) -> None:
        """A SQLite file deleted or replaced under a running process would swallow every later write."""
        if self.file is None:
            return
        try:
            inode = self.file.stat().st_ino
        except FileNotFoundError:
            raise StorageError(f"the database file {self.file} was deleted while cpec was running") from None
        if inode != self._inode:
            raise StorageError(f"the database file {self.file} was replaced while cpec was running")

    def transact(self, work: Callable[[Session], T], attempts: int = WRITE_ATTEMPTS) -> T:
        """Run work in one write transaction; run it again from scratch when it lost a race to another
        writer (PostgreSQL lets two transactions insert the same person; one of them must start over)."""
        for attempt in range(1, attempts + 1):
            try:
                with self.writing() as session:
                    return work(session)
            except StorageError as exc:
                cause = exc.__cause__
                if attempt == attempts or not isinstance(cause, SQLAlchemyError) or not _retryable(cause):
                    raise
                log.info("write lost a race (%s); attempt %d", _first_line(cause), attempt + 1)
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: committed whole on success, rolled back whole on any error."""
        if self.read_only:
            raise StorageError(f"the database {redact(self.url)} is open read-only")
        self.check_file()
        maker = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}))
        try:
            with maker() as session, session.begin():
                yield session
        except (OperationalError, IntegrityError) as exc:
            raise StorageError(f"database write failed: {_first_line(exc)}") from exc
        except DataError as exc:
            raise StorageError(f"the database refused the data: {_first_line(exc)}") from exc

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


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL; postgres:// (Heroku's and libpq's spelling) and postgresql:// use psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"not a database URL: {url!r}") from None
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_file(parsed: URL) -> Path | None:
    """The file of a SQLite URL, None for PostgreSQL and in-memory SQLite."""
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def connect(
    url: str,
    busy_timeout_ms: int = 30_000,
    must_exist: bool = False,
    readonly: bool = False,
    pool_size: int = 5,
) -> Database:
    """Open the database at url and check that it answers; the schema is storage/database.py's business.

    must_exist: a read command on a SQLite file that is not there refuses instead of creating an empty
    database (a typo in --db would otherwise look like lost data). A SQLite file this process may not
    write is opened read-only. readonly (the web face): SQLite opens the file with mode=ro and
    query_only; PostgreSQL sessions default to read-only transactions. Either way the database itself
    refuses a write."""
    parsed = parse_url(url)
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 10}
        if readonly:
            kwargs["connect_args"]["options"] = "-c default_transaction_read_only=on"
    if pool_size != 5:
        kwargs.update(pool_size=pool_size, max_overflow=pool_size)
    file = sqlite_file(parsed)
    if file is not None:
        if (must_exist or readonly) and not file.exists():
            raise StorageError(f"no database at {file} (check --db; commands that write create it)")
        if readonly or (must_exist and not os.access(file, os.W_OK)):
            return _connect_read_only(url, file, busy_timeout_ms)
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise StorageError(f"unsupported database URL {redact(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _sqlite_hooks(engine, busy_timeout_ms, read_only=False)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StorageError(f"cannot open database {redact(url)}: {_first_line(exc)}") from None
    watched = file if file is not None and file.exists() else None  # created by the connection above
    return Database(engine=engine, url=url, read_only=readonly, file=watched)


def _connect_read_only(url: str, file: Path, busy_timeout_ms: int) -> Database:
    """A SQLite file this process may not write: mode=ro, so that nothing (not even the WAL pragma)
    writes. A WAL database whose -shm file is gone cannot be opened so in a folder we may not write
    either; then immutable=1, which reads the file as it is (safe unless its owner writes meanwhile)."""
    last = ""
    for query in ("mode=ro", "mode=ro&immutable=1"):
        engine = create_engine(f"sqlite:///file:{file.resolve()}?{query}&uri=true", pool_pre_ping=True)
        _sqlite_hooks(engine, busy_timeout_ms, read_only=True)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except SQLAlchemyError as exc:
            engine.dispose()
            last = _first_line(exc)
            continue
        log.info("opened %s read-only (%s)", file, query)
        return Database(engine=engine, url=url, read_only=True, file=file)
    raise StorageError(f"cannot open database {redact(url)} read-only: {last}")
