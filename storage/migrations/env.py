"""Alembic environment: runs on the connection that storage.migrate hands in, or on a URL for autogenerate."""

from alembic import context
from sqlalchemy import create_engine

from models import Base

target_metadata = Base.metadata
config = context.config


# The full-text search objects of 0004 live outside the ORM metadata (an FTS5 table and its shadow
# tables on SQLite, a generated tsvector column and its GIN index on PostgreSQL); autogenerate must not
# propose dropping them.
SEARCH_OBJECTS = ("articles_fts", "search_vector", "ix_articles_search_vector")


def include_name(name, type_, parent_names):
    return not (name or "").startswith(SEARCH_OBJECTS)


def run(connection):
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
