"""The query plans of the web face's heaviest statements, as the database will run them: EXPLAIN QUERY
PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL. Statements are captured from the real storage
functions, so the plans are those of the code, not of hand-copied SQL.

PYTHONPATH=. .venv/bin/python bench/explain.py --db sqlite:///bench/results/bench100k.db
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from models import ArticleZone, Person, Zone
from storage import open_database
from storage.profiles import official_profile, zone_profile
from storage.queries import ArticleFilter, article_page
from storage.record_queries import RecordFilter, event_facets, events_page


def captured(db: Any, call: Callable[[Session], object]) -> list[tuple[str, Any, float]]:
    """Every statement the call runs, with its parameters and how long it took."""
    seen: list[tuple[str, Any, float]] = []
    started: list[float] = []

    def before(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        started.append(time.perf_counter())

    def after(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, params, (time.perf_counter() - started.pop()) * 1000))

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        with db.reading() as session:
            call(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--slowest", type=int, default=2, help="plans shown per case")
    args = parser.parse_args()
    db = open_database(args.db, migrate=False)
    with db.reading() as s:
        zone_id = s.scalar(
            select(ArticleZone.zone_id).group_by(ArticleZone.zone_id).order_by(func.count().desc()).limit(1)
        )
        person_id = s.scalar(select(Person.id).order_by(Person.id).limit(1))
        zone_name = s.scalar(select(Zone.name).where(Zone.id == zone_id))
    cases: dict[str, Callable[[Session], object]] = {
        "search": lambda s: article_page(s, ArticleFilter(search="Gwadar port", limit=50)),
        "zone events": lambda s: events_page(s, RecordFilter(zone_id=zone_id, limit=50)),
        "zone page": lambda s: zone_profile(s, zone_id or 0),
        "official page": lambda s: official_profile(s, person_id or 0),
        "event facets": lambda s: event_facets(s, RecordFilter(zone_id=zone_id)),
    }
    print(f"busiest zone: {zone_name} ({zone_id}); official {person_id}")
    for name, call in cases.items():
        statements = sorted(captured(db, call), key=lambda x: -x[2])
        print(f"\n=== {name}: {len(statements)} statements, {sum(t for *_x, t in statements):.1f} ms")
        for statement, params, took in statements[: args.slowest]:
            print(f"--- {took:.1f} ms\n{' '.join(statement.split())[:600]}")
            explain = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
            with db.engine.connect() as conn:
                rows = conn.exec_driver_sql(explain + statement, params).all()
            for row in rows:
                print("   ", row[-1] if db.is_sqlite else row[0])


if __name__ == "__main__":
    main()
