"""`cpec demo`: the bundled site served on 127.0.0.1, one pass into the database, the findings printed."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, select

from models import Article, SeenUrl, Source


def test_demo_serves_its_site_stores_cpec_stories_and_is_idempotent(cli, sqlite_url: str) -> None:
    first = cli("demo", "--format", "json", "--db", sqlite_url)
    assert first.code == 0, first.err
    report, found = (json.loads(line) for line in first.out.splitlines())
    total = report["sources"][-1]
    assert (total["stored"], total["disallowed"], report["status"]) == (3, 1, "ok")
    assert {"Saima Rauf", "Tariq Hameed", "Liu Chen"} <= {o["name"] for o in found["officials"]}
    assert "Gwadar Free Zone" in {z["name"] for z in found["zones"]}
    assert any(e["type"] == "meeting" and e["status"] == "planned" for e in found["events"])
    assert f"cpec serve --db {sqlite_url}" in first.err and "http://127.0.0.1:8000/" in first.err
    again = json.loads(cli("demo", "--format", "json", "--db", sqlite_url).out.splitlines()[0])
    assert again["sources"][-1]["stored"] == 0
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        titles = set(conn.scalars(select(Article.title)))
        states = dict(conn.execute(select(SeenUrl.url, SeenUrl.status)).all())
        enabled = set(conn.scalars(select(Source.enabled)))
    engine.dispose()
    assert not any("Karachi Kings" in (t or "") for t in titles)  # off topic: never stored
    assert [s for u, s in states.items() if "/drafts/" in u] == ["disallowed"]  # robots.txt obeyed
    assert enabled == {False}  # the demo's sources stay, switched off, for the scheduler to ignore
