"""Engine and sessions, Alembic migrations, the article writer and the read-side queries."""

from storage.database import open_database
from storage.engine import Database, StorageError

__all__ = ["Database", "StorageError", "open_database"]
