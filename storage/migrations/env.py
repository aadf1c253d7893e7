"""Alembic environment: runs on the connection that storage.migrate hands in, or on a URL for autogenerate."""

from alembic import context
from sqlalchemy import create_engine

from models import Base
from storage.migrate import include_name

target_metadata = Base.metadata
config = context.config


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
