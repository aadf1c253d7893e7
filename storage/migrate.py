"""Bring a database to the newest schema with Alembic, from empty or from any older revision."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from storage.engine import WRITE_OPTION, Database, StorageError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATION_LOCK = 0x43504543  # "CPEC": PostgreSQL advisory lock key taken while migrating
# Objects of 0004 that exist on one database only and live outside the ORM metadata (an FTS5 table and its
# shadow tables on SQLite; a generated tsvector column, its GIN index and a NULLS LAST index on
# PostgreSQL): autogenerate leaves them alone.
UNMAPPED = (
    "articles_fts",
    "search_vector",
    "ix_articles_search_vector",
    "ix_articles_newest",
    "ix_events_newest",
)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (name or "").startswith(UNMAPPED)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database) -> None:
    """Upgrade to head unless already there; the check is read-only so normal starts stay cheap."""
    try:
        if current_revision(db) == head_revision():
            return
        with db.engine.connect() as conn:
            if db.is_sqlite:
                with _foreign_keys_off(conn):
                    _upgrade_on(conn)
            else:
                _upgrade_on(conn)
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot migrate database: {str(exc).splitlines()[0]}") from None
    log.info("database upgraded to %s", head_revision())


def _upgrade_on(conn: Connection) -> None:
    cfg = alembic_config()
    with conn.execution_options(**{WRITE_OPTION: True}).begin():
        if conn.dialect.name == "postgresql":  # several processes may start on an empty database
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:  # raising rolls the whole upgrade back
                raise StorageError(f"the upgrade would leave a dangling reference in table {broken[0]}")


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite batch migrations copy a table and drop the old one; with foreign keys on, that DROP deletes
    every child row by cascade (an upgrade would empty `events`). The pragma is ignored inside a
    transaction, so it is set on the bare connection before the upgrade begins, and set back after."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def check_current(db: Database) -> None:
    """A database that cannot be upgraded (read-only) must already be at head to be read safely."""
    try:
        current = current_revision(db)
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot read database: {str(exc).splitlines()[0]}") from None
    if current != head_revision():
        raise StorageError(
            f"the read-only database is at schema {current}, this cpec needs {head_revision()}: "
            "open it once with write access to upgrade it"
        )
