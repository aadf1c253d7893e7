"""Engine and sessions, Alembic migrations, the article writer and the read-side queries."""

from storage.engine import Database, StorageError, open_database

__all__ = ["Database", "StorageError", "open_database"]
