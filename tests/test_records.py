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


def test_reprocess_merges_a_person_stored_twice(cli, stored: str, tmp_path: Path) -> None:
    """Class: a middle name added ('Zara Shah' / 'Zara Bano Shah'), stored as two people by older rules."""
    third = tmp_path / "c.txt"
    third.write_text(
        "Minister visits port\n\nGWADAR: Minister for Planning Zara Bano Shah visited the port on Monday.",
        encoding="utf-8",
    )
    assert cli("ingest", str(third), "--published", "2024-04-01", "--db", stored).code == 0
    engine = create_engine(stored)
    with engine.begin() as conn:  # as the older rules left it: a second row for the fuller name
        conn.execute(text("INSERT INTO people (name, key) VALUES ('Zara Bano Shah', 'zara bano shah')"))
        new_id = conn.scalar(text("SELECT id FROM people WHERE key = 'zara bano shah'"))
        conn.execute(text("UPDATE article_officials SET person_id = :p WHERE article_id = 3"), {"p": new_id})
        assert conn.scalar(text("SELECT count(*) FROM people WHERE key LIKE 'zara%'")) == 2
    [row] = _rows(cli("reprocess", "--all", "--format", "json", "--db", stored).out)
    assert row["people_merged"] == 1
    with engine.begin() as conn:
        assert conn.scalar(text("SELECT count(*) FROM people WHERE key LIKE 'zara%'")) == 1
    engine.dispose()
    [person] = [
        p
        for p in _rows(cli("query", "officials", "--format", "json", "--db", stored).out)
        if "Zara" in p["name"]
    ]
    assert person["name"] == "Zara Bano Shah" and "Zara Shah" in person.get("aliases", [])


def test_explain_shows_each_fact_beside_its_sentence_words_and_rule(cli, stored: str) -> None:
    result = cli("explain", "1", "--format", "json", "--db", stored)
    assert result.code == 0, result.err
    rows = _rows(result.out)
    kinds = {r["kind"] for r in rows}
    assert {"official", "zone", "date", "event"} <= kinds
    for row in rows:
        assert row["rule"], row  # every stored fact says which rule made it
        assert row["marks"], row
        for start, end in row["marks"]:
            assert row["sentence"][start:end].strip()  # the marked words are in the sentence
    official = next(r for r in rows if r["kind"] == "official")
    assert official["fact"].startswith("Zara Shah") and "office-before-name" in official["rule"]
    assert "Zara Shah" in [official["sentence"][s:e] for s, e in official["marks"]]
    table = cli("explain", "1", "--db", stored)
    assert table.code == 0 and "Zara Shah" in table.out
    missing = cli("explain", "99", "--db", stored)
    assert missing.code == 1 and "no stored article" in missing.err
