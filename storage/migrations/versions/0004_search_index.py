"""full-text search over articles (SQLite FTS5 / PostgreSQL tsvector + GIN) and indexes for browsing

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 20:40:00

The search index is kept current by the database itself, not by the writer: SQLite triggers feed an
external-content FTS5 table, PostgreSQL computes a stored generated tsvector column. Every path that
writes articles (ingest, crawl passes, reprocess, a bulk load, a fix made by hand in SQL) is then covered
without code that could be forgotten. The FTS objects are not in the ORM metadata; storage/migrations/env.py
tells autogenerate to leave them alone.

Note for later migrations: on SQLite a batch ("move and copy") alteration of `articles` drops these
triggers with the old table; such a migration must create them again (SQLITE_TRIGGERS below).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')"
)
SQLITE_TRIGGERS = (
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
)
# Title words weigh more than body words. Text past 500,000 characters is left out of the vector: a
# tsvector is limited to 1 MB, and an article that long would otherwise fail to be written at all.
POSTGRES_VECTOR = (
    "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, left(coalesce(text, ''), 500000)), 'B')) STORED"
)
POSTGRES_INDEX = "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)"
# Newest first with undated articles last, as lists show them: PostgreSQL reads it off this index instead
# of sorting every article (SQLite's ix_articles_published_at already serves, its rowid being the id).
POSTGRES_NEWEST = "CREATE INDEX ix_articles_newest ON articles (published_at DESC NULLS LAST, id DESC)"


# events.day: the date lists sort and filter events by (its own date, else its article's publication date),
# kept by the writer; an index instead of a sort of every event joined to its article.
EVENT_DAY_BACKFILL = (
    "UPDATE events SET day = COALESCE(date_start, "
    "(SELECT published_at FROM articles WHERE articles.id = events.article_id))"
)
POSTGRES_EVENTS_NEWEST = "CREATE INDEX ix_events_newest ON events (day DESC NULLS LAST, id DESC)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_FTS)
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    else:
        op.execute(POSTGRES_VECTOR)
        op.execute(POSTGRES_INDEX)
        op.execute(POSTGRES_NEWEST)
    # events of one zone or one official: event_arguments found by (kind, name), covering the event id;
    # the arguments of given events by (event_id, kind), covering the name (it replaces the event_id index)
    op.create_index("ix_event_arguments_kind_name", "event_arguments", ["kind", "name", "event_id"])
    op.create_index("ix_event_arguments_event_kind_name", "event_arguments", ["event_id", "kind", "name"])
    op.drop_index("ix_event_arguments_event_id", table_name="event_arguments")
    op.add_column("events", sa.Column("day", sa.Date(), nullable=True))
    op.execute(EVENT_DAY_BACKFILL)
    op.create_index("ix_events_day", "events", ["day", "id"])
    if op.get_bind().dialect.name != "sqlite":
        op.execute(POSTGRES_EVENTS_NEWEST)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_events_newest")
    op.drop_index("ix_events_day", table_name="events")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("day")
    op.create_index("ix_event_arguments_event_id", "event_arguments", ["event_id"])
    op.drop_index("ix_event_arguments_event_kind_name", table_name="event_arguments")
    op.drop_index("ix_event_arguments_kind_name", table_name="event_arguments")
    if op.get_bind().dialect.name == "sqlite":
        for name in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_newest")
        op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search_vector")
