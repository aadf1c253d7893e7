"""Querying officials, zones and events across articles, and reprocessing stored text, on SQLite and
PostgreSQL. The articles are invented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text, update

from models import Article, Event

FIRST = (
    "Planning minister reviews zone\n\n"
    "ISLAMABAD: Minister for Planning Zara Shah on Monday chaired a meeting on the Rashakai SEZ. "
    "The minister said power lines would reach the zone soon."
)
SECOND = (
    "Minister to visit Dhabeji\n\n"
    "KARACHI: Zara Shah, Federal Minister for Planning, will visit the Dhabeji SEZ next month. "
    "Chinese Ambassador Jiang Zaidong will accompany her."
)


def _rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def stored(cli, db_url: str, tmp_path: Path) -> str:
    (tmp_path / "cpec.toml").write_text("min_words = 10\n")  # two short briefs, articles all the same
    for name, body, day in (("a.txt", FIRST, "2024-01-10"), ("b.txt", SECOND, "2024-03-05")):
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        result = cli("ingest", str(path), "--published", day, "--format", "json", "--db", db_url)
        assert result.code == 0, result.err
    return db_url


def test_officials_across_articles_with_titles_seen(cli, stored: str) -> None:
    result = cli("query", "officials", "--official", "zara", "--format", "json", "--db", stored)
    [zara] = _rows(result.out)
    assert (zara["name"], zara["articles"]) == ("Zara Shah", 2)
    assert (zara["first_seen"], zara["last_seen"]) == ("2024-01-10", "2024-03-05")
    assert {t["title"] for t in zara["titles"]} == {"Minister", "Federal Minister"}
    chinese = _rows(cli("query", "officials", "--zone", "Dhabeji", "--format", "json", "--db", stored).out)
    assert {r["name"] for r in chinese} == {"Zara Shah", "Jiang Zaidong"}


def test_zones_and_events_filters(cli, stored: str) -> None:
    zones = _rows(cli("query", "zones", "--since", "2024-02-01", "--format", "json", "--db", stored).out)
    assert [z["name"] for z in zones] == ["Dhabeji Special Economic Zone"]
    planned = _rows(
        cli(
            "query", "events", "--status", "planned", "--official", "Zara", "--format", "json", "--db", stored
        ).out
    )
    assert any(e["type"] == "visit" and e["date_start"] == "2024-04-01" for e in planned)
    assert all(e["status"] == "planned" for e in planned)
    table = cli("query", "events", "--type", "meeting", "--format", "csv", "--db", stored).out
    meetings = list(csv.DictReader(io.StringIO(table)))
    assert meetings and all(m["type"] == "meeting" for m in meetings)
    assert "Rashakai Special Economic Zone" in meetings[0]["zones"]


def test_bad_filter_is_one_line(cli, stored: str) -> None:
    result = cli("query", "events", "--type", "party", "--db", stored)
    assert (
        result.code != 0
        and "not an event type" in result.err
        and "Traceback" not in result.err
        and "internal error" not in result.err
    )


def test_reprocess_redoes_stale_articles_only_and_replaces_rows(cli, stored: str) -> None:
    engine = create_engine(stored)
    with engine.begin() as conn:
        events_before = conn.scalar(select(func.count()).select_from(Event))
        conn.execute(update(Article).where(Article.id == 1).values(pipeline_version="old"))
        conn.execute(text("DELETE FROM events WHERE article_id = 1"))  # as if the old rules found none
    [row] = _rows(cli("reprocess", "--format", "json", "--db", stored).out)
    assert (row["selected"], row["reprocessed"]) == (1, 1)
    with engine.begin() as conn:
        assert conn.scalar(select(func.count()).select_from(Event)) == events_before
        versions = set(conn.scalars(select(Article.pipeline_version)))
    assert versions == {row["pipeline_version"]}
    [again] = _rows(cli("reprocess", "--format", "json", "--db", stored).out)
    assert again["selected"] == 0
    [everything] = _rows(
        cli("reprocess", "--all", "--since", "2024-03-01", "--format", "json", "--db", stored).out
    )
    assert (everything["selected"], everything["reprocessed"]) == (1, 1)
    with engine.begin() as conn:  # replaced, not added to
        assert conn.scalar(select(func.count()).select_from(Event)) == events_before
    engine.dispose()
